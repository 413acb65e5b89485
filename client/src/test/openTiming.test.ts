// Issue 15, defect 4: open → first and → all diagnostics on the notes (bench/fixtures/notes.md,
// 434 KB) in the real editor. Measured and printed, not asserted against a time (npm run bench judges
// performance); asserted: the first diagnostics come before the whole analysis, and the editor ends
// with exactly the engine's findings. Runs where the repository is at hand (ARCHNOTES_EXT_ROOT, set
// by test/e2e/run.sh); skipped elsewhere.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzeText } from '../../../server/src/engine/analyze';
import { activateExtension, waitForDiagnostics, workspaceFile } from './helpers';

suite('opening the notes: first and all diagnostics', () => {
  test('the notes (434 KB): first diagnostics early, then exactly the engine\'s findings', async function () {
    const root = process.env.ARCHNOTES_EXT_ROOT;
    const notesPath = root ? path.join(root, 'bench', 'fixtures', 'notes.md') : undefined;
    if (!notesPath || !fs.existsSync(notesPath)) this.skip();
    this.timeout(240000);
    await activateExtension();
    const text = fs.readFileSync(notesPath!, 'utf8');
    // Before opening, so it does not compete with the server for the CPU.
    const expected = analyzeText(text).findings.length;
    // A folder of its own with an empty config: no config another test leaves behind applies.
    const folder = workspaceFile('notes-timing');
    const uri = vscode.Uri.joinPath(folder, 'notes.md');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.archnotes.jsonc'), Buffer.from('{}\n'));
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      const opened = Date.now();
      let first = { ms: -1, count: 0 };
      const firstSeen = waitForDiagnostics(uri, (d) => d.length > 0, 'the first diagnostics of the notes', 200000).then((d) => {
        first = { ms: Date.now() - opened, count: d.length };
      });
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      const all = await waitForDiagnostics(uri, (d) => d.length === expected, `all ${expected} findings of the engine on the notes`, 200000);
      const allMs = Date.now() - opened;
      await firstSeen;
      console.log(`    (the notes, ${Math.round(text.length / 1024)} KB: open → first diagnostics ${first.ms} ms (${first.count}), → all ${allMs} ms (${all.length}); issue 15 targets 1 s and 2 s)`);
      assert.ok(first.ms >= 0 && first.ms <= allMs);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
