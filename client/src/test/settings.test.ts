import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, setRules, waitForDiagnostics, withCode } from './helpers';

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
