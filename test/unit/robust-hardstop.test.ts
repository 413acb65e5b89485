/**
 * The hard stop (issue 16): the language server runs each first analysis, and each edit in a long
 * line or a big block, in an analysis worker first, and terminates it after its budget. A worker
 * that never returns (the test hook spins forever, as a backtracking regex would) costs the
 * document one "too complex" note, never the server: hovers on other documents keep answering.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LspClient, type Diagnostic, type PublishParams } from './helpers/lsp-client';
import { PendingEdits } from '../../server/src/lsp/pending-edits';
import { BIG_BLOCK_CHARS, BIG_EDIT_CHARS, LONG_LINE_CHARS, riskyEdit, riskyEdits, riskyText } from '../../server/src/lsp/edit-risk';

const MARKER = 'spin-forever-0f3c';
const FINDING = 'The production VPC uses 10.0.0.0/15.\n';

function server(budgetMs: number): LspClient {
  return new LspClient(['--stdio'], {
    env: { ...process.env, ARCHNOTES_TEST_WORKER_SPINS_ON: MARKER, ARCHNOTES_ANALYSIS_BUDGET_MS: String(budgetMs), ARCHNOTES_ANALYSIS_BUDGET_PER_KB_MS: '0' },
  });
}

async function start(client: LspClient): Promise<void> {
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  client.notify('initialized', {});
}

function open(client: LspClient, uri: string, text: string): Promise<PublishParams> {
  const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, 60_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return published;
}

/** Hovers on `uri` one after another until `until` settles: how many answered before it, and the slowest. */
async function hoverWhile(client: LspClient, uri: string, until: Promise<unknown>): Promise<{ before: number; slowestMs: number }> {
  let settled = false;
  void until.then(() => (settled = true));
  let before = 0;
  let slowestMs = 0;
  while (!settled) {
    const sent = performance.now();
    const card = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 28 } });
    if (settled) break;
    assert.ok(card?.contents.value, 'a hover card on the other document');
    before++;
    slowestMs = Math.max(slowestMs, performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (process.env['ARCHNOTES_HARDSTOP_TIMES']) process.stdout.write(`      ${before} hovers on the other document while stopped, slowest ${slowestMs.toFixed(0)} ms\n`);
  return { before, slowestMs };
}

const codes = (p: PublishParams): string[] => p.diagnostics.map((d: Diagnostic) => d.code);

describe('robust: the server stops an analysis that does not end (hard stop)', function () {
  this.timeout(180_000);

  it('a first analysis that never returns gives one "too complex" note; hovers on another document answer meanwhile; an edit analyses again', async () => {
    const client = server(3000);
    try {
      await start(client);
      const other = 'file:///hardstop/other.md';
      assert.deepEqual(codes(await open(client, other, FINDING)), ['vpc-cidr-size']);
      const uri = 'file:///hardstop/hostile.md';
      // A long line: the first analysis runs in the worker first (a short text goes straight on).
      const note = open(client, uri, `${FINDING}\nNotes: ${'word '.repeat(LONG_LINE_CHARS / 5)}${MARKER}\n`);
      // With the analysis on the server's own thread, no hover would answer before the note.
      const hovers = await hoverWhile(client, other, note);
      const published = await note;
      assert.deepEqual(codes(published), ['too-complex']);
      assert.match(published.diagnostics[0]?.message ?? '', /too complex/);
      assert.ok(hovers.before >= 5, `${hovers.before} hovers answered while the worker spun (slowest ${hovers.slowestMs.toFixed(0)} ms)`);
      // No hover card from the stopped document (an on-demand parse could hang the server's thread).
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 28 } }), null);
      // The marker removed: analysed again (once typing pauses), with its finding.
      const again = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, 60_000);
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: FINDING }] });
      assert.deepEqual(codes(await again), ['vpc-cidr-size']);
    } finally {
      client.process.kill();
    }
  });

  it('an edit into a long line runs in the worker first and is stopped; an edit in a short paragraph is not held up', async () => {
    const client = server(3000);
    try {
      await start(client);
      const other = 'file:///hardstop/other.md';
      await open(client, other, FINDING);
      const uri = 'file:///hardstop/edited.md';
      const longLine = `Notes: ${'word '.repeat(LONG_LINE_CHARS / 5)}end.\n`;
      assert.deepEqual(codes(await open(client, uri, `${FINDING}\n${longLine}`)), ['vpc-cidr-size']);
      // An ordinary edit in the short first paragraph: published as usual.
      const edited = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, 60_000);
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text: 'new ' }] });
      assert.deepEqual(codes(await edited), ['vpc-cidr-size']);
      // Typing the marker into the long line: the worker checks the edit, spins, and is stopped.
      const line = 2;
      const note = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 3, 60_000);
      client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line, character: 7 }, end: { line, character: 7 } }, text: `${MARKER} ` }] });
      const hovers = await hoverWhile(client, other, note);
      assert.deepEqual(codes(await note), ['too-complex']);
      assert.ok(hovers.before >= 5, `${hovers.before} hovers answered while the worker spun`);
      // The other document still works after the worker was replaced.
      const otherEdit = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === other && p.version === 2, 60_000);
      client.notify('textDocument/didChange', { textDocument: { uri: other, version: 2 }, contentChanges: [{ text: `${FINDING}${'x'.repeat(LONG_LINE_CHARS + 10)}\n` }] });
      assert.deepEqual(codes(await otherEdit), ['vpc-cidr-size']);
    } finally {
      client.process.kill();
    }
  });

  it('a big document with a long line opened slice by slice waits for the worker, and is stopped when the worker is', async () => {
    const client = server(3000);
    try {
      await start(client);
      const paragraphs = Array.from({ length: 3000 }, (_, i) => `Service ${i} runs in the VPC 10.${i % 200}.0.0/16 behind an ALB.\n`).join('\n');
      assert.ok(paragraphs.length > 100_000);
      const longLine = `Notes: ${'word '.repeat(LONG_LINE_CHARS / 5)}${MARKER}\n`;
      assert.deepEqual(codes(await open(client, 'file:///hardstop/big-hostile.md', `${paragraphs}\n${longLine}`)), ['too-complex']);
      const fine = await open(client, 'file:///hardstop/big.md', `${FINDING}\n${paragraphs}`);
      assert.ok(codes(fine).includes('vpc-cidr-size'), codes(fine).join(' '));
    } finally {
      client.process.kill();
    }
  });
});

describe('robust: which edits the worker checks first', () => {
  it('an edit in a short line is not risky, even in a big table; in a long line or a big paste it is', () => {
    const short = `# Title\n\n${FINDING}\nAnother paragraph.\n`;
    assert.equal(riskyEdit(short, { start: 12, end: 13 }), false);
    const long = `${short}\n${'a '.repeat(LONG_LINE_CHARS)}\n\nAfter.\n`;
    assert.equal(riskyEdit(long, { start: 12, end: 13 }), false, 'the long line is in another block');
    assert.equal(riskyEdit(long, { start: short.length + 10, end: short.length + 10 }), true);
    assert.equal(riskyEdit(long, { start: long.length - 3, end: long.length - 3 }), false);
    const table = `| a | b |\n| --- | --- |\n${'| 1 | 2 |\n'.repeat(BIG_BLOCK_CHARS / 10 + 10)}`;
    assert.equal(riskyEdit(table, { start: table.length - 5, end: table.length - 5 }), false, 'a row of a big table (linear)');
    assert.equal(riskyEdit(long, { start: 12, end: short.length + 10 }), true, 'a span reaching into the long line');
    assert.equal(riskyEdit(short, undefined), true, 'unknown edits');
    assert.equal(riskyEdit('x'.repeat(10_000), { start: 0, end: 5000 }), true, 'a big paste');
    // Scattered keystrokes (typed while a big document opened) are checked one by one, not as one span.
    const text = `${FINDING}\n`.repeat(1000);
    assert.equal(riskyEdits(text, [{ start: 10, end: 11, replaced: 0 }, { start: text.length - 10, end: text.length - 9, replaced: 0 }]), false);
    assert.equal(riskyEdits(text, [{ start: 10, end: 10, replaced: BIG_EDIT_CHARS + 1 }]), true, 'a big deletion');
    assert.equal(riskyEdits(text, undefined), true);
  });

  it('a text is risky with a long line or a big block, not with many short blocks', () => {
    assert.equal(riskyText(`${FINDING}\n`.repeat(2000)), false);
    assert.equal(riskyText(`${FINDING}\n${'a'.repeat(LONG_LINE_CHARS + 1)}`), true);
    assert.equal(riskyText(FINDING.repeat(BIG_BLOCK_CHARS / FINDING.length + 1)), true);
    assert.equal(riskyText(`${FINDING.repeat(BIG_BLOCK_CHARS / FINDING.length - 1)}\n \t\r\n${FINDING.repeat(BIG_BLOCK_CHARS / FINDING.length - 1)}`), false);
  });

  it('PendingEdits.spans cover every character that differs from the analysed text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.record({ a: fc.nat(), b: fc.nat(), text: fc.string({ maxLength: 6 }) }), { minLength: 1, maxLength: 8 }),
        (original, edits) => {
          const pending = new PendingEdits();
          let text = original;
          for (const edit of edits) {
            const start = Math.min(edit.a, edit.b) % (text.length + 1);
            const end = Math.min(text.length, start + (Math.max(edit.a, edit.b) % 5));
            pending.push({ start, end, text: edit.text });
            text = text.slice(0, start) + edit.text + text.slice(end);
          }
          const spans = pending.spans();
          assert.ok(spans);
          for (const s of spans) assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, JSON.stringify(s));
          const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
          let prefix = 0;
          while (prefix < text.length && prefix < original.length && text[prefix] === original[prefix]) prefix++;
          let suffix = 0;
          while (suffix < text.length - prefix && suffix < original.length - prefix && text[text.length - 1 - suffix] === original[original.length - 1 - suffix]) suffix++;
          if (prefix + suffix === text.length && text.length === original.length) return;
          assert.ok(span.start <= prefix && text.length - suffix <= span.end, JSON.stringify({ span, prefix, suffix, len: text.length }));
        },
      ),
      { seed: 16, numRuns: 500 },
    );
  });
});
