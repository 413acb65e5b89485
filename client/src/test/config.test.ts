import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, revert, setRules, waitForDiagnostics, withCode, workspaceFile } from './helpers';

const DOC = 'docs/payments-platform.md';

suite('project config and suppressions', () => {
  const configUri = () => workspaceFile('.archnotes.jsonc');
  let restore: (() => Promise<void>) | undefined;

  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(async () => {
    await restore?.();
    restore = undefined;
    await vscode.workspace.fs.delete(configUri()).then(undefined, () => undefined);
  });

  test('.archnotes.jsonc turns a rule off live; deleting it brings the rule back', async () => {
    const { doc } = await openFixture(DOC);
    await waitForDiagnostics(doc.uri, (d) => withCode(d, 'engine-port-mismatch').length > 0, 'engine-port-mismatch (default)');
    const text = '// project rules for the design docs\n{ "rules": { "engine-port-mismatch": "off" } }\n';
    await vscode.workspace.fs.writeFile(configUri(), Buffer.from(text));
    const off = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'engine-port-mismatch').length === 0, 'engine-port-mismatch off via .archnotes.jsonc');
    assert.ok(withCode(off, 'vpc-cidr-size').length > 0, 'other rules still report');
    await vscode.workspace.fs.delete(configUri());
    await waitForDiagnostics(doc.uri, (d) => withCode(d, 'engine-port-mismatch').length > 0, 'engine-port-mismatch back after deleting .archnotes.jsonc');
  });

  test('a syntax error in .archnotes.jsonc is shown at its line and column; deleting the file clears it', async () => {
    const { doc } = await openFixture(DOC);
    await waitForDiagnostics(doc.uri, (d) => withCode(d, 'engine-port-mismatch').length > 0, 'engine-port-mismatch (default)');
    await vscode.workspace.fs.writeFile(configUri(), Buffer.from('{\n  "rules": {\n    "vpc-cidr-size": "off"\n    "engine-port-mismatch": "off"\n  }\n}\n'));
    const [problem] = await waitForDiagnostics(configUri(), (d) => d.length === 1, 'one problem on .archnotes.jsonc');
    assert.equal(problem!.message, 'line 4, column 5: a comma is missing; using the defaults');
    assert.deepEqual([problem!.range.start.line, problem!.range.start.character], [3, 4]);
    assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
    await vscode.workspace.fs.delete(configUri());
    await waitForDiagnostics(configUri(), (d) => d.length === 0, 'no problem left once the file is deleted');
  });

  test('the archnotes.rules setting overrides .archnotes.jsonc', async () => {
    const { doc } = await openFixture(DOC);
    await vscode.workspace.fs.writeFile(configUri(), Buffer.from('{ "rules": { "vpc-cidr-size": "off" } }\n'));
    await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length === 0, 'vpc-cidr-size off via .archnotes.jsonc');
    restore = await setRules({ 'vpc-cidr-size': 'warning' });
    await waitForDiagnostics(
      doc.uri,
      (d) => withCode(d, 'vpc-cidr-size').some((x) => x.severity === vscode.DiagnosticSeverity.Warning),
      'vpc-cidr-size as warning from the setting, despite the file',
    );
  });

  test('an archnotes-disable-next-line comment suppresses that line only', async () => {
    const { doc, editor } = await openFixture(DOC);
    try {
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length > 0, 'vpc-cidr-size (default)');
      const line = doc.getText().split('\n').findIndex((l) => l.includes('10.0.0.0/15'));
      await editor.edit((e) =>
        e.insert(new vscode.Position(line, 0), '<!-- archnotes-disable-next-line vpc-cidr-size -- legacy block, migrating in Q3 -->\n'),
      );
      const after = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length === 0, 'vpc-cidr-size suppressed');
      assert.ok(withCode(after, 'engine-port-mismatch').length > 0, 'other lines still report');
    } finally {
      await revert(doc);
    }
  });
  test('a suppression that suppresses nothing is shown faded, with a fix that removes it', async () => {
    const { doc, editor } = await openFixture(DOC);
    try {
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length > 0, 'vpc-cidr-size (default)');
      const line = doc.getText().split('\n').findIndex((l) => l.includes('10.0.0.0/15'));
      await editor.edit((e) => e.insert(new vscode.Position(line, 0), '<!-- archnotes-disable-next-line sqs-fifo-name-suffix -- stale -->\n'));
      const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'unused-suppression').length > 0, 'unused-suppression');
      const [unused] = withCode(diags, 'unused-suppression');
      assert.equal(unused.severity, vscode.DiagnosticSeverity.Information);
      assert.deepEqual(unused.tags, [vscode.DiagnosticTag.Unnecessary]);
      assert.equal(unused.range.start.line, line);
      assert.ok(withCode(diags, 'vpc-cidr-size').length > 0, 'the finding below is not suppressed');
    } finally {
      await revert(doc);
    }
  });
});
