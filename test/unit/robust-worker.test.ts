/**
 * The server adopts the analysis worker's blocks instead of analysing a risky document again on its
 * own thread (issue 16: a 100 KB table blocked hovers on other documents for 2.5 s after the worker
 * got through). The worker ships its blocks as structured clones: every block after a first
 * analysis, a splice of the block list after an update. A mirror analyzer fed only those must give
 * exactly the whole-document analysis, after any sequence of edits; and over the real server, a
 * document analysed in the worker publishes what a whole-document analysis finds, edit after edit.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWhole } from '../../server/src/engine/analyze';
import { IncrementalAnalyzer, type BlockSplice, type TextChange } from '../../server/src/engine/incremental/analyzer';
import { seededRandom as random } from '../support/seeded-random';
import { assertSameAnalysis } from '../support/same-analysis';
import { LspClient, type PublishParams } from './helpers/lsp-client';
import { BIG_BLOCK_CHARS } from '../../server/src/lsp/edit-risk';

const ROOT = join(__dirname, '..', '..');


/** What crosses the thread boundary. */
const ship = (splice: BlockSplice): BlockSplice => structuredClone(splice);

function table(rows: number): string {
  let out = '| Subnet | CIDR | Port |\n| --- | --- | --- |\n';
  for (let r = 0; r < rows; r++) out += `| app-${r} | 10.0.${r % 256}.0/${r % 7 === 0 ? 33 : 24} | ${r % 5 === 0 ? 3306 : 443} |\n`;
  return out;
}

const SNIPPETS = ['\n', '\n\n', ' ', 'x', '- ', '| a | b |\n', '|', '10.0.0.0/8 VPC', 'subnet 10.0.1.0/33', '```\n', '<!-- archnotes-disable-next-line -->\n', '\r\n', '💡', 'PostgreSQL port 3306'];

function randomChange(text: string, next: () => number): TextChange {
  const pick = (n: number): number => Math.floor(next() * n);
  const at = pick(text.length + 1);
  const r = next();
  if (r < 0.5) return { start: at, end: at, text: SNIPPETS[pick(SNIPPETS.length)] ?? 'x' };
  if (r < 0.8) return { start: at, end: Math.min(text.length, at + 1 + pick(next() < 0.8 ? 3 : 300)), text: '' };
  const from = pick(text.length + 1);
  return { start: at, end: at, text: text.slice(from, from + pick(400)) };
}

describe('robust: the server adopts the analysis worker\'s blocks', function () {
  this.timeout(600_000);

  it('a mirror fed only shipped blocks equals the whole-document analysis after every edit', () => {
    const example = readFileSync(join(ROOT, 'examples', 'orders-platform.md'), 'utf8');
    const documents: Array<[string, string]> = [
      ['example + big table', `${example}\n${table(150)}\nAfter the table: VPC 10.1.0.0/16.\n`],
      ['BOM and CRLF', `\uFEFF${example.replace(/\n/g, '\r\n')}`],
      ['notes excerpt', readFileSync(join(ROOT, 'bench', 'fixtures', 'notes.md'), 'utf8').slice(0, 12_000)],
    ];
    for (const [name, start] of documents) {
      const next = random(name.length * 7919);
      // The worker's side: an incremental analyzer; the server's: a mirror built from its blocks.
      const worker = new IncrementalAnalyzer(start, {});
      const mirror = IncrementalAnalyzer.fromBlocks(start, {}, (ship(worker.lastSplice) as Extract<BlockSplice, { kind: 'all' }>).blocks);
      assertSameAnalysis(mirror.analysis, analyzeWhole(start), `${name}: adopted first analysis`);
      let text = start;
      let splices = 0;
      for (let step = 0; step < 20; step++) {
        const change = randomChange(text, next);
        text = text.slice(0, change.start) + change.text + text.slice(change.end);
        const before = worker.text;
        worker.update(text);
        if (before === text) continue;
        const splice = ship(worker.lastSplice);
        if (splice.kind === 'splice') splices++;
        // Rule levels may change with the same blocks.
        const options = step % 10 === 9 ? { rules: { 'vpc-cidr-size': 'off' as const } } : {};
        mirror.applySplice(text, splice, options);
        // A hover reads one block at current offsets (shifted lazily from the adopted ones): first.
        const whole = analyzeWhole(text, options);
        const middle = text.length >> 1;
        assert.deepStrictEqual(mirror.analysis.blockAt(middle), whole.blockAt(middle), `${name}: block at ${middle}`);
        assertSameAnalysis(mirror.analysis, whole, `${name}: step ${step} ${JSON.stringify(change).slice(0, 120)}`);
        if (step % 10 === 9) mirror.applySplice(text, { kind: 'splice', first: 0, end: 0, fresh: [], delta: 0 }, {});
      }
      assert.ok(splices > 10, `${name}: ${splices} updates shipped as splices`);
    }
  });

  it('blocks that cannot be those of the text are refused (the server then analyses itself)', () => {
    const text = `Intro VPC 10.0.0.0/16.\n\n${table(20)}\nAfter.\n`;
    const worker = new IncrementalAnalyzer(text, {});
    const blocks = (ship(worker.lastSplice) as Extract<BlockSplice, { kind: 'all' }>).blocks;
    assert.throws(() => IncrementalAnalyzer.fromBlocks(text.slice(0, 40), {}, blocks), /do not fit/);
    const mirror = IncrementalAnalyzer.fromBlocks(text, {}, blocks);
    assert.throws(() => mirror.applySplice(text, { kind: 'splice', first: 2, end: 1, fresh: [], delta: 0 }), /out of range/);
    assert.throws(() => mirror.applySplice(`${text}x`, { kind: 'splice', first: 0, end: 0, fresh: [], delta: 5 }), /do not fit/);
  });

  it('over the real server: a document with a big block publishes what a whole-document analysis finds, edit after edit', async () => {
    const client = new LspClient(['--stdio']);
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      client.notify('initialized', {});
      const uri = 'file:///worker/big-table.md';
      let text = `# Network\n\nThe VPC is 10.0.0.0/15.\n\n${table(700)}\nThe staging VPC is 10.20.0.0/16.\n`;
      assert.ok(text.length > BIG_BLOCK_CHARS, 'a block big enough for the worker');
      const codes = (p: PublishParams): string[] => p.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
      const expected = (t: string): string[] => {
        const analysis = analyzeWhole(t);
        return analysis.findings.map((f) => {
          const p = analysis.lines.positionAt(f.start);
          return `${f.ruleId}@${p.line}:${p.character}`;
        }).sort();
      };
      const waitVersion = (version: number): Promise<PublishParams> => client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 120_000);
      let published = waitVersion(1);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      assert.deepEqual(codes(await published), expected(text));
      // Edits in the table, before it and after it: each published result equals a fresh analysis.
      const lines = text.split('\n');
      const edits: Array<{ line: number; character: number; insert: string }> = [
        { line: 2, character: 0, insert: 'Old ' },
        { line: 300, character: 2, insert: 'db-' },
        { line: 301, character: 11, insert: '1' },
        { line: lines.length - 2, character: 0, insert: 'Note: ' },
        { line: 4, character: 0, insert: '| extra | 10.9.0.0/33 | 443 |\n' },
      ];
      let version = 1;
      for (const edit of edits) {
        version++;
        const offset = text.split('\n').slice(0, edit.line).reduce((n, l) => n + l.length + 1, 0) + edit.character;
        text = text.slice(0, offset) + edit.insert + text.slice(offset);
        published = waitVersion(version);
        const at = { line: edit.line, character: edit.character };
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: edit.insert }] });
        assert.deepEqual(codes(await published), expected(text), `after edit ${version}`);
      }
    } finally {
      client.process.kill();
    }
  });
});
