import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, openFixture, revert, waitForDiagnostics, withCode } from './helpers';

suite('diagnostics (languages.getDiagnostics + onDidChangeDiagnostics)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('vpc-cidr-size: error on a /15 VPC block', async () => {
    const { doc } = await openFixture('docs/payments-platform.md');
    const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length > 0, 'vpc-cidr-size');
    const [d] = withCode(diags, 'vpc-cidr-size');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(doc.getText(d.range), /\/15/);
    assert.equal(d.range.start.line, doc.getText().split('\n').findIndex((l) => l.includes('10.0.0.0/15')));
    assert.match(d.message, /131,072/);
    assert.match(d.message, /\/16/);
    assert.match(d.message, /\/28/);
  });

  test('engine-port-mismatch: PostgreSQL on 3306', async () => {
    const { doc } = await openFixture('docs/payments-platform.md');
    const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'engine-port-mismatch').length > 0, 'engine-port-mismatch');
    const [d] = withCode(diags, 'engine-port-mismatch');
    assert.match(doc.lineAt(d.range.start.line).text, /PostgreSQL.*3306/);
  });

  test('cidr-host-bits: 10.0.1.5/24 has host bits set', async () => {
    const { doc } = await openFixture('docs/network-plan.md');
    const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length > 0, 'cidr-host-bits');
    const [d] = withCode(diags, 'cidr-host-bits');
    assert.match(doc.getText(d.range), /10\.0\.1\.5\/24|\/24|10\.0\.1\.5/);
  });

  test('a clean design doc gets none of the first-slice rules', async () => {
    const { doc, editor } = await openFixture('docs/orders-service.md');
    try {
      // Append one known problem and wait for it: that proves the server has validated this
      // document, so the absence of anything else is meaningful (no reliance on timing).
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, '\nProbe: the sandbox VPC uses 10.9.0.0/29.\n'));
      const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length === 1, 'the probe diagnostic');
      const probeLine = doc.lineCount - 2;
      const others = diags.filter(
        (d) => ['vpc-cidr-size', 'cidr-host-bits', 'engine-port-mismatch'].includes(codeOf(d) ?? '') && d.range.start.line !== probeLine,
      );
      assert.deepEqual(others.map((d) => `${codeOf(d)}: ${d.message}`), []);
    } finally {
      await revert(doc);
    }
  });

  test('typing a bad VPC block adds a diagnostic live, deleting it clears it', async () => {
    const { doc, editor } = await openFixture('docs/orders-service.md');
    try {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, '\nThe staging VPC uses 172.16.0.0/12.\n'));
      const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length === 1, 'vpc-cidr-size after typing');
      assert.match(doc.getText(withCode(diags, 'vpc-cidr-size')[0].range), /\/12/);
      await revert(doc);
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length === 0, 'vpc-cidr-size cleared after revert');
    } finally {
      await revert(doc);
    }
  });
});
