// Issue 15, defects 3 and 4, on the notes (bench/fixtures/notes.md, 434 KB) in the real editor:
// open → first and → all diagnostics, and hovers while the first analysis runs. Measured and printed
// as `TIMING` lines (test/e2e/run.sh repeats them in its summary), not asserted against a time: on a
// 2-core machine shared with other jobs a timed assertion flakes (npm run bench judges performance).
// Asserted: the first diagnostics come before the whole analysis, the editor ends with exactly the
// engine's findings, and every hover sent during the first analysis is answered with the card.
// Runs where the repository is at hand (ARCHNOTES_EXT_ROOT, set by test/e2e/run.sh); skipped elsewhere.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzeText } from '../../../server/src/engine/analyze';
import { documentSymbols } from '../../../server/src/engine';
import { activateExtension, firstAnalysisDone, hoverAt, serverHover, spread, waitForDiagnostics, workspaceFile } from './helpers';

/** Pause between two hovers of the series (VS Code asks again when the mouse moves to another word). */
const HOVER_GAP_MS = 50;

suite('opening the notes: first and all diagnostics, hovers meanwhile', () => {
  test('the notes (434 KB): first diagnostics early, hovers answered during the analysis, then exactly the engine\'s findings', async function () {
    const root = process.env.ARCHNOTES_EXT_ROOT;
    const notesPath = root ? path.join(root, 'bench', 'fixtures', 'notes.md') : undefined;
    if (!notesPath || !fs.existsSync(notesPath)) this.skip();
    this.timeout(240000);
    await activateExtension();
    const text = fs.readFileSync(notesPath!, 'utf8');
    // Before opening, so it does not compete with the server for the CPU.
    const analysed = analyzeText(text);
    const expected = analysed.findings.length;
    const expectedSymbols = documentSymbols(analysed.model).map((s) => s.name);
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > 2500 && /messages from SQS/.test(l));
    assert.ok(line > 0, 'the notes mention SQS half way down');
    const sqs = new vscode.Position(line, (lines[line] ?? '').indexOf('SQS') + 1);
    // A folder of its own with an empty config: no config another test leaves behind applies.
    const folder = workspaceFile('notes-timing');
    const uri = vscode.Uri.joinPath(folder, 'notes.md');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.archnotes.jsonc'), Buffer.from('{}\n'));
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    const stalls: string[] = [];
    let watch: NodeJS.Timeout | undefined;
    // ARCHNOTES_PROFILE_EXT_HOST=1: a CPU profile of this thread (the extension host) from the open to
    // the end of the analysis, next to the results (ext-host-notes.cpuprofile), for its slow turns.
    const results = process.env.ARCHNOTES_E2E_RESULTS;
    const profiler = process.env.ARCHNOTES_PROFILE_EXT_HOST && results ? new Session() : undefined;
    const post = (method: string, params?: object): Promise<unknown> =>
      new Promise((resolve, reject) => profiler?.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
    if (profiler) {
      profiler.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 200 });
      await post('Profiler.start');
    }
    try {
      const opened = Date.now();
      let first = { ms: -1, count: 0 };
      const firstSeen = waitForDiagnostics(uri, (d) => d.length > 0, 'the first diagnostics of the notes', 200000).then((d) => {
        first = { ms: Date.now() - opened, count: d.length };
      });
      // "All": the last publish of the first analysis (the partial publishes before it come while the
      // server still reports the analysis busy), not merely the first publish with the expected count.
      let allMs = -1;
      let inWorker = false;
      let cpuMs: number | undefined;
      let serverMs: number | undefined;
      const allSeen = firstAnalysisDone(uri, (d) => d.length === expected, `all ${expected} findings of the engine on the notes`, 200000).then((done) => {
        allMs = done.at - opened;
        inWorker = done.inWorker;
        cpuMs = done.cpuMs;
        serverMs = done.serverMs;
        return done.diagnostics;
      });
      // Where a slow hover waits: this thread (the extension host, which carries every request and
      // every publish between VS Code and the server) is watched for turns longer than 100 ms.
      let tick = Date.now();
      watch = setInterval(() => {
        const now = Date.now();
        if (now - tick > 100) stalls.push(`${tick - opened}:${now - tick}`);
        tick = now;
      }, 10);
      const doc = await vscode.workspace.openTextDocument(uri);
      const shown = vscode.window.showTextDocument(doc, { preview: false });
      // Hovers while the first analysis runs, one after the other, as a user moving the mouse.
      const during: number[] = [];
      const series: string[] = [];
      const wholeSent = Date.now();
      const whole = hoverAt(doc, sqs).then((t) => ({ ms: Date.now() - wholeSent, t }));
      // The outline asks once, at the open: the answer must be the symbols, not the empty list of
      // an analysis not done yet (the outline then said "No symbols found" until the first edit).
      const outline = vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
      while (allMs < 0) {
        const sentAt = Date.now();
        const { ms, text: card } = await serverHover(doc, sqs);
        if (allMs >= 0 && sentAt - opened >= allMs) break; // the analysis had finished: not "during"
        assert.match(card, /Amazon Simple Queue Service/, `hover ${during.length + 1}, sent ${sentAt - opened} ms after the open, got: ${JSON.stringify(card.slice(0, 200))}`);
        during.push(ms);
        series.push(`${sentAt - opened}:${ms}`);
        await new Promise((resolve) => setTimeout(resolve, HOVER_GAP_MS));
      }
      clearInterval(watch);
      if (profiler && results) {
        const { profile } = (await post('Profiler.stop')) as { profile: unknown };
        fs.writeFileSync(path.join(path.dirname(results), 'ext-host-notes.cpuprofile'), JSON.stringify(profile));
        profiler.disconnect();
      }
      await shown;
      const all = await allSeen;
      await firstSeen;
      const vscodeHover = await whole;
      assert.match(vscodeHover.t, /Amazon Simple Queue Service/);
      const names = ((await outline) ?? []).map((s) => s.name);
      assert.deepEqual(expectedSymbols.filter((n) => !names.includes(n)), [], `the outline asked at the open lacks symbols; it has ${JSON.stringify(names)}`);
      const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
      console.log(`    TIMING notes ${Math.round(text.length / 1024)} KB: open → first diagnostics ${first.ms} ms (${first.count}), → all (last publish) ${allMs} ms (${all.length}, analysed ${inWorker ? 'in the analysis worker' : 'on the server\'s thread'}; server CPU ${cpuMs ?? '?'} ms; the analysis ${serverMs ?? '?'} ms by the server's clock, the rest of "all" is the open reaching it and the diagnostics reaching this extension host); targets 1 s and 2 s (load average ${load}; ${os.cpus().length} cores)`);
      console.log(`    TIMING notes hovers during the first analysis (archnotes' server): first ${during[0] ?? -1} ms, ${spread(during)}; target 100 ms`);
      console.log(`    TIMING notes hovers (sent at ms after the open:answered in ms): ${series.join(' ')}`);
      console.log(`    TIMING notes extension host turns over 100 ms until the analysis ended (ms after the open:length): ${stalls.join(' ') || 'none'}`);
      console.log(`    TIMING notes first hover through vscode.executeHoverProvider (all providers, sent with the first): ${vscodeHover.ms} ms`);
      assert.ok(first.ms >= 0 && first.ms <= allMs);
      assert.ok(during.length > 0, 'at least one hover was sent while the first analysis ran');
    } finally {
      clearInterval(watch);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
