import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, revert, setRules, waitForDiagnostics, withCode, workspaceFile } from './helpers';

suite('settings: archnotes.rules applies live', () => {
  let restore: (() => Promise<void>) | undefined;
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(async () => {
    await restore?.();
    restore = undefined;
  });

  test('vpc-cidr-size: error → warning → off → back to error', async () => {
    const { doc } = await openFixture('docs/payments-platform.md');
    const sev = (s: vscode.DiagnosticSeverity) => (d: vscode.Diagnostic[]) => withCode(d, 'vpc-cidr-size').some((x) => x.severity === s);
    await waitForDiagnostics(doc.uri, sev(vscode.DiagnosticSeverity.Error), 'vpc-cidr-size as error (default)');

    restore = await setRules({ 'vpc-cidr-size': 'warning' });
    await waitForDiagnostics(doc.uri, sev(vscode.DiagnosticSeverity.Warning), 'vpc-cidr-size as warning');

    await setRules({ 'vpc-cidr-size': 'info' });
    await waitForDiagnostics(doc.uri, sev(vscode.DiagnosticSeverity.Information), 'vpc-cidr-size as info');

    await setRules({ 'vpc-cidr-size': 'off' });
    const off = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length === 0, 'vpc-cidr-size off');
    // other rules keep reporting while one is off
    assert.ok(withCode(off, 'engine-port-mismatch').length > 0, 'engine-port-mismatch still reported');

    await restore();
    restore = undefined;
    await waitForDiagnostics(doc.uri, sev(vscode.DiagnosticSeverity.Error), 'vpc-cidr-size back to error');
  });
});

suite('settings: renamed keys keep working', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('archnotes.maxFileSizeKb (now largeFileSize) still applies; the new key wins where both are set', async () => {
    const file = workspaceFile('docs/large-setting.md');
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('archnotes');
    const text = `# Sizes\n\n${'The orders VPC is 10.0.0.0/16 and its queue is in SQS. '.repeat(40)}\n`;
    await vscode.workspace.fs.writeFile(file, Buffer.from(text));
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc, { preview: false });
    const large = (d: vscode.Diagnostic[]): boolean => withCode(d, 'large-file').length === 1;
    try {
      await waitForDiagnostics(doc.uri, (d) => !large(d), 'no large-file note at the default 2048 KB');
      await config().update('maxFileSizeKb', 1, vscode.ConfigurationTarget.Workspace);
      const diags = await waitForDiagnostics(doc.uri, large, 'the large-file note from the old key (1 KB)');
      assert.match(withCode(diags, 'large-file')[0]!.message, /archnotes\.largeFileSize \(1 KB\)/);
      await config().update('largeFileSize', 4096, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(doc.uri, (d) => !large(d), 'the new key (4096 KB) wins over the old one');
    } finally {
      await config().update('maxFileSizeKb', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('largeFileSize', undefined, vscode.ConfigurationTarget.Workspace);
      await revert(doc);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });
});
