import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';
import { LspClient, type PublishParams, type Range } from './helpers/lsp-client';

interface HoverResult {
  contents: { value: string };
  range: Range;
}
type AnyEdit = { range: Range; newText?: string; snippet?: { kind: string; value: string } };
interface CodeActionResult {
  title: string;
  edit?: { changes?: Record<string, AnyEdit[]>; documentChanges?: Array<{ textDocument: { uri: string; version: number }; edits: AnyEdit[] }> };
}

describe('language server: a hover while the first analysis runs', function () {
  this.timeout(120000);

  it('answers with the card a finished analysis gives, while the notes are still being opened', async function () {
    const notesPath = join(__dirname, '..', '..', 'bench', 'fixtures', 'notes.md');
    if (!existsSync(notesPath)) this.skip();
    const text = readFileSync(notesPath, 'utf8');
    const line = text.split('\n').findIndex((l, i) => i > 2500 && /messages from SQS/.test(l));
    assert.ok(line > 0, 'the notes mention SQS half way down');
    const character = (text.split('\n')[line] ?? '').indexOf('SQS') + 1;
    const full = analyzeText(text);
    const expected = hoverAt(full, full.lines.offsetAt({ line, character }));
    assert.ok(expected, 'a finished analysis has a card there');
    const client = new LspClient(['--stdio']);
    try {
      await client.initialize({});
      const uri = 'file:///tmp/archnotes-protocol/notes.md';
      let published = false;
      const done = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, 100000).then(() => (published = true));
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const hover = await client.request<HoverResult | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
      assert.equal(published, false, 'the hover was answered before the analysis finished');
      assert.ok(hover, 'a card, not nothing');
      assert.equal(hover.contents.value, expected.markdown);
      assert.deepEqual(hover.range, { start: full.lines.positionAt(expected.start), end: full.lines.positionAt(expected.end) });
      await done;
    } finally {
      client.process.kill();
    }
  });
});

describe('language server: suppress with a reason', function () {
  this.timeout(60000);
  const uri = 'file:///tmp/archnotes-protocol/plan.md';
  const text = '# Plan\n\n| Tier | CIDR |\n| --- | --- |\n| App subnet | 10.0.1.5/24 |\n| Data subnet | 10.0.2.0/24 |\n\nThe end.\n';
  const finding = { start: { line: 4, character: 15 }, end: { line: 4, character: 26 } };

  async function suppressAction(capabilities: unknown): Promise<CodeActionResult> {
    const client = new LspClient(['--stdio']);
    try {
      await client.initialize(capabilities);
      const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      assert.ok((await published).diagnostics.some((d) => d.code === 'cidr-host-bits'));
      const actions = await client.request<CodeActionResult[]>('textDocument/codeAction', { textDocument: { uri }, range: finding, context: { diagnostics: [], only: ['quickfix'] } });
      const action = actions.find((a) => a.title.startsWith('Suppress cidr-host-bits'));
      assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
      return action;
    } finally {
      client.process.kill();
    }
  }

  it('an editor that takes snippet edits gets the reason as a placeholder, around the table', async () => {
    const action = await suppressAction({ workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } });
    assert.equal(action.title, 'Suppress cidr-host-bits in this table, with a reason');
    const change = action.edit?.documentChanges?.[0];
    assert.ok(change, JSON.stringify(action.edit));
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const [disable, enable] = change.edits;
    assert.deepEqual(disable?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
    assert.equal(disable?.snippet?.value, '<!-- archnotes-disable cidr-host-bits -- ${1:reason} -->\n');
    assert.deepEqual(enable?.range.start, { line: 5, character: 29 });
    assert.equal(enable?.newText, '\n<!-- archnotes-enable cidr-host-bits -->');
  });

  it('other editors get the comments without a placeholder word', async () => {
    const action = await suppressAction({});
    assert.equal(action.title, 'Suppress cidr-host-bits in this table');
    const edits = action.edit?.changes?.[uri] ?? [];
    assert.equal(edits.length, 2);
    assert.equal(edits[0]?.newText, '<!-- archnotes-disable cidr-host-bits -->\n');
    for (const edit of edits) assert.doesNotMatch(edit.newText ?? '', /TODO|reason/);
  });
});

describe('language server: a finding\'s AWS source in its hover, not in its message', function () {
  this.timeout(60000);

  it('the message is the advice alone; the hover over the finding names the page and the date checked', async () => {
    const client = new LspClient(['--stdio']);
    try {
      await client.initialize({});
      const uri = 'file:///tmp/archnotes-protocol/vpc.md';
      const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# Net\n\nThe VPC is 10.0.0.0/15.\n' } });
      const diagnostic = (await published).diagnostics.find((d) => d.code === 'vpc-cidr-size');
      assert.ok(diagnostic);
      assert.doesNotMatch(diagnostic.message, /https:|checked/);
      const hover = await client.request<HoverResult | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 22 } });
      assert.ok(hover);
      assert.match(hover.contents.value, /131,072/, 'the CIDR card first');
      assert.match(hover.contents.value, /`vpc-cidr-size`: \[[^\]]+\]\(https:\/\/docs\.aws\.amazon\.com\/[^)]+\) \(checked \d{4}-\d{2}-\d{2}\)/);
    } finally {
      client.process.kill();
    }
  });
});
