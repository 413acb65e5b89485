import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, waitForDiagnostics, withCode, workspaceFile } from './helpers';

suite('check all markdown in the workspace', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('a file never opened gets its findings in Problems; a file the config ignores does not', async () => {
    const unopened = workspaceFile('docs/never-opened.md');
    const ignored = workspaceFile('drafts/ignored.md');
    const config = workspaceFile('.archnotes.jsonc');
    await vscode.workspace.fs.writeFile(unopened, Buffer.from('# Lab\n\nThe lab VPC is 10.0.0.0/15.\n'));
    await vscode.workspace.fs.writeFile(ignored, Buffer.from('# Draft\n\nThe draft VPC is 10.0.0.0/15.\n'));
    await vscode.workspace.fs.writeFile(config, Buffer.from('{ "ignores": ["drafts/"] }\n'));
    try {
      const result = await vscode.commands.executeCommand<{ files: number; findings: number; skipped: number }>('archnotes.checkWorkspace');
      assert.ok(result && result.files >= 1 && result.skipped >= 1, JSON.stringify(result));
      await waitForDiagnostics(unopened, (d) => withCode(d, 'vpc-cidr-size').length === 1, 'vpc-cidr-size on the never-opened file');
      assert.deepEqual(vscode.languages.getDiagnostics(ignored), [], 'nothing for a file the config ignores');
      assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), false, 'checked without opening it');
      // Deleted since the check: its findings leave the Problems panel (the client watches deletes).
      await vscode.workspace.fs.delete(unopened);
      await waitForDiagnostics(unopened, (d) => d.length === 0, 'no findings left for the deleted file');
    } finally {
      for (const uri of [unopened, ignored, config]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(workspaceFile('drafts'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
