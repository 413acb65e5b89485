/**
 * Issue 15, defect 4: a big document's first analysis goes to the analysis worker once that is
 * ready (the server's thread stays free for hovers and only assembles the result), and on the
 * server's own thread, slice by slice, before. Either way the final publish must be byte-identical
 * to the diagnostics of a whole-document analysis, on the notes (434 KB) and on the test fixtures
 * (joined, twice, to be big enough); hovers meanwhile come from the analysed blocks. Over the real
 * built server. Times are not asserted (npm run bench and the e2e stage report them).
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../server/src/engine/analyze';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { LspClient, type Hover, type PublishParams } from './helpers/lsp-client';

const ROOT = join(__dirname, '..', '..');

function markdownUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return markdownUnder(path);
      return name.endsWith('.md') ? [path] : [];
    });
}

const notes = readFileSync(join(ROOT, 'bench', 'fixtures', 'notes.md'), 'utf8');
const fixtureText = [join(ROOT, 'test', 'fixtures'), join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), join(ROOT, 'examples')]
  .flatMap(markdownUnder)
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n\n');
const fixtures = `${fixtureText}\n\n${fixtureText}`;

interface Opened {
  readonly final: PublishParams;
  readonly publishes: number;
  readonly log: string;
  readonly hover: Hover | null;
  /** At `early`, once the first partial publish is out (from an analysed block), and after the analysis. */
  readonly early: Hover | null;
  readonly earlyAfter: Hover | null;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

/** Opens `text`, hovers on `hoverAt` while the first analysis runs, and waits for its end (the status after the final publish). */
async function openAndWait(client: LspClient, uri: string, text: string, hoverAt: number, early: number): Promise<Opened> {
  const published: PublishParams[] = [];
  const stop = client.onNotification<PublishParams>('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri) published.push(p);
  });
  const firstPublish = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, 300_000);
  const log = client.waitFor<{ message: string }>('window/logMessage', (p) => p.message.includes(`analysed ${fileURLToPath(uri)} `), 300_000);
  const done = client.waitFor<{ uri: string; busy: boolean }>('archnotes/status', (p) => p.uri === uri && !p.busy, 300_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, hoverAt) });
  await firstPublish;
  const earlyHover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, early) });
  await done;
  stop();
  const earlyAfter = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, early) });
  const final = published[published.length - 1];
  assert.ok(final, `${uri}: published`);
  return { final, publishes: published.length, log: (await log).message, hover, early: earlyHover, earlyAfter };
}

function expected(text: string): string {
  const analysis = analyzeText(text);
  return JSON.stringify(analysis.findings.map((f) => toDiagnostic(analysis, f)));
}

describe('a big first analysis, on the server\'s thread and in the analysis worker', function () {
  this.timeout(600_000);

  it('publishes exactly the whole-document diagnostics either way, on the notes and the fixtures', async () => {
    assert.ok(fixtures.length > 64 * 1024, `the fixtures joined are ${fixtures.length} characters: a big document`);
    const client = new LspClient();
    // Registered at once: the worker starts a few seconds after the server and calibrates.
    const ready = client.waitFor<{ message: string }>('window/logMessage', (p) => /analysis worker ready/.test(p.message), 300_000);
    try {
      await client.initialize();
      // [name, text, a hover position half way down, one near the top]
      const texts: Array<[string, string, number, number]> = [
        ['notes', notes, notes.indexOf('SQS', notes.length / 2) + 1, notes.indexOf('SQS') + 1],
        ['fixtures', fixtures, fixtures.indexOf('VPC', fixtures.length / 2) + 1, fixtures.indexOf('VPC') + 1],
      ];
      // Before the worker is ready: the server's own thread, slice by slice.
      const onThread: Opened[] = [];
      for (const [name, text, at, early] of texts) onThread.push(await openAndWait(client, `file:///open-in-worker/thread-${name}.md`, text, at, early));
      await ready;
      const inWorker: Opened[] = [];
      for (const [name, text, at, early] of texts) inWorker.push(await openAndWait(client, `file:///open-in-worker/worker-${name}.md`, text, at, early));
      texts.forEach(([name, text], i) => {
        const want = expected(text);
        const thread = onThread[i];
        const worker = inWorker[i];
        assert.ok(thread && worker);
        assert.doesNotMatch(thread.log, /analysis worker/, `${name}: analysed on the server's thread before the worker was ready (${thread.log})`);
        assert.match(worker.log, /in (the|2) analysis workers?/, `${name}: analysed in the worker once it was ready (${worker.log})`);
        assert.equal(JSON.stringify(thread.final.diagnostics), want, `${name}: the server's thread publishes the whole-document diagnostics`);
        assert.equal(JSON.stringify(worker.final.diagnostics), want, `${name}: the worker route publishes the whole-document diagnostics`);
        assert.ok(worker.publishes > 1, `${name}: partial publishes before the final one (${worker.publishes})`);
        // The hover sent right behind the open: the same card either way (answered on demand or from analysed blocks).
        assert.deepEqual(worker.hover?.contents, thread.hover?.contents, `${name}: the same hover card during either first analysis`);
        // Near the top, once the first slice is published: from the analysed block, as after the analysis.
        for (const opened of [thread, worker]) {
          assert.ok(opened.early?.contents.value, `${name}: a card near the top during the analysis`);
          assert.deepEqual(opened.early?.contents, opened.earlyAfter?.contents, `${name}: the card near the top during the analysis is the one after it`);
        }
      });
      assert.match(inWorker[0]?.hover?.contents.value ?? '', /Amazon Simple Queue Service/);
    } finally {
      client.process.kill();
    }
  });
});
