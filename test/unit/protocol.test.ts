import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { LspClient, type Diagnostic, type Hover, type PublishParams } from './helpers/lsp-client';

interface CodeAction {
  title: string;
  kind: string;
  edit?: { changes: Record<string, Array<{ range: Diagnostic['range']; newText: string }>> };
}

const URI = 'file:///tmp/archnotes-protocol/design.md';
const DOC = [
  '# Orders service',
  '',
  'The production VPC uses 10.0.0.0/15 across three AZs.',
  '',
  'The queue is Amazon SQS and the orders DB is RDS for PostgreSQL on port 3306.',
  '',
].join('\n');

describe('language server over stdio (real binary)', function () {
  this.timeout(30000);
  let client: LspClient;

  before(() => {
    client = new LspClient(['--stdio']);
  });
  after(() => {
    client.process.kill();
  });

  it('initialize → didOpen → diagnostics → hover → code action → didChange → shutdown', async () => {
    const init = (await client.initialize({})) as { capabilities: Record<string, unknown> };
    const caps = init.capabilities;
    assert.ok(caps['hoverProvider']);
    assert.ok(caps['documentSymbolProvider']);
    assert.ok(caps['completionProvider']);
    assert.deepEqual((caps['textDocumentSync'] as { change: number }).change, 2, 'incremental sync');
    assert.ok(((caps['codeActionProvider'] as { codeActionKinds: string[] }).codeActionKinds).includes('source.fixAll.archnotes'));

    const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === URI);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DOC } });
    const diags = (await published).diagnostics;
    const codes = diags.map((d) => d.code).sort();
    assert.deepEqual(codes, ['engine-port-mismatch', 'vpc-cidr-size']);
    for (const d of diags) {
      assert.equal(d.source, 'archnotes');
      assert.match(d.codeDescription?.href ?? '', new RegExp(`docs/rules/${d.code}\\.md$`));
    }
    const vpc = diags.find((d) => d.code === 'vpc-cidr-size');
    assert.deepEqual(vpc?.range, { start: { line: 2, character: 24 }, end: { line: 2, character: 35 } });

    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 20 } });
    assert.match(hover?.contents.value ?? '', /Amazon Simple Queue Service/);
    assert.match(hover?.contents.value ?? '', /docs\.aws\.amazon\.com/);
    const cidrHover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 28 } });
    assert.match(cidrHover?.contents.value ?? '', /131,072/);

    const port = diags.find((d) => d.code === 'engine-port-mismatch');
    assert.ok(port);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: port.range,
      context: { diagnostics: [port] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && /5432/.test(a.title));
    assert.ok(fix, `quick fix in ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.edit?.changes[URI]?.[0]?.newText, '5432');

    const republished = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === URI && p.version === 2);
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: port.range, text: '5432' }],
    });
    const after = (await republished).diagnostics;
    assert.deepEqual(after.map((d) => d.code), ['vpc-cidr-size']);

    // A request cancelled while still queued is answered RequestCancelled without running.
    const cancelled = await client.requestCancelledInQueue('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 28 } });
    assert.equal(cancelled.error?.code, -32800, JSON.stringify(cancelled));

    const code = await client.shutdown();
    assert.equal(code, 0);
  });
});

describe('language server: opening a big document (real binary)', function () {
  this.timeout(120000);

  it('publishes exactly what analyzeText finds on the notes × 2 (opened slice by slice)', async function () {
    const notesPath = join(__dirname, '..', '..', 'bench', 'fixtures', 'notes.md');
    if (!existsSync(notesPath)) this.skip();
    const notes = readFileSync(notesPath, 'utf8');
    // Two copies with a VPC/subnet pair far apart, so the document phase ties slices together.
    const text = `${notes}\n\nThe VPC is 10.0.0.0/15.\n\n${notes}\n\nSubnet app-a is 10.9.1.0/24.\n`;
    const expected = analyzeText(text);
    const client = new LspClient(['--stdio']);
    try {
      await client.initialize({});
      const uri = 'file:///tmp/archnotes-protocol/big.md';
      // 870 KB opened cold: on a loaded 2-core machine this takes well over the default 15 s wait.
      // The top's findings are published first (provisional, each kept): the last publish before
      // the status says the analysis finished is the whole document's.
      const publishes: PublishParams[] = [];
      const stop = client.onNotification<PublishParams>('textDocument/publishDiagnostics', (p) => {
        if (p.uri === uri) publishes.push(p);
      });
      const finished = client.waitFor<{ uri: string; busy: boolean }>('archnotes/status', (p) => p.uri === uri && !p.busy, 100000);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await finished;
      stop();
      const last = publishes[publishes.length - 1];
      assert.ok(last, 'diagnostics published before the status said finished');
      const got = last.diagnostics.filter((d) => d.code !== 'large-file');
      const want = expected.findings.map((f) => ({ code: f.ruleId, range: { start: expected.lines.positionAt(f.start), end: expected.lines.positionAt(f.end) } }));
      assert.deepEqual(got.map((d) => ({ code: d.code, range: d.range })), want);
      assert.ok(want.some((w) => w.code === 'vpc-cidr-size'));
    } finally {
      client.process.kill();
    }
  });
});
