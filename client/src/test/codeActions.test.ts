import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, revert, waitForDiagnostics, withCode, workspaceFile } from './helpers';

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/**
 * VS Code cancels a code-action request when the document changes or when any code-action provider
 * for it is (un)registered meanwhile, and answers with no actions: the built-in markdown extension
 * registers its providers late, so one empty answer is not a verdict. Ask again until the fix shows
 * up or the deadline passes, as the lightbulb does on its next refresh.
 */
async function findFix(doc: vscode.TextDocument, range: vscode.Range, titleHint: RegExp, timeoutMs = 10000): Promise<vscode.CodeAction> {
  const deadline = Date.now() + timeoutMs;
  let titles: string[] = [];
  let attempts = 0;
  for (;;) {
    attempts++;
    const fixes = await quickFixes(doc, range);
    const fix = fixes.find((f) => titleHint.test(f.title));
    if (fix) {
      // Visible in the e2e log, so a CI run shows how often VS Code's first answer was empty.
      if (attempts > 1) console.log(`    (quick fix ${titleHint} found on request ${attempts}; earlier answers were empty or lacked it)`);
      return fix;
    }
    titles = fixes.map((f) => f.title);
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`a quick fix matching ${titleHint} among ${JSON.stringify(titles)} (${attempts} requests over ${timeoutMs} ms)`);
}

async function applyFix(doc: vscode.TextDocument, code: string, titleHint: RegExp): Promise<void> {
  const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, code).length > 0, code);
  const diag = withCode(diags, code)[0];
  const fix = await findFix(doc, diag.range, titleHint);
  assert.ok(fix.edit, 'the quick fix carries a workspace edit');
  assert.ok(await vscode.workspace.applyEdit(fix.edit), 'workspace edit applied');
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
}

/** The first tab that matches, now or once one opens (event-driven, with a deadline). */
function waitForTab(match: (tab: vscode.Tab) => boolean, what: string, timeoutMs = 15000): Promise<vscode.Tab> {
  const find = (): vscode.Tab | undefined => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(match);
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`waited ${timeoutMs} ms for ${what}; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`));
    }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = find();
      if (!tab) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(tab);
    });
  });
}

suite('quick fixes (vscode.executeCodeActionProvider)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('vpc-cidr-size: /15 becomes /16 and the error goes away', async () => {
    const { doc } = await openFixture('docs/payments-platform.md');
    try {
      await applyFix(doc, 'vpc-cidr-size', /\/16/);
      assert.match(doc.getText(), /The production VPC uses 10\.0\.0\.0\/16\./);
      assert.doesNotMatch(doc.getText(), /10\.0\.0\.0\/15/);
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'vpc-cidr-size').length === 0, 'vpc-cidr-size to clear after the fix');
    } finally {
      await revert(doc);
    }
  });

  test('cidr-host-bits: 10.0.1.5/24 becomes 10.0.1.0/24', async () => {
    const { doc } = await openFixture('docs/network-plan.md');
    try {
      await applyFix(doc, 'cidr-host-bits', /10\.0\.1\.0\/24/);
      assert.match(doc.getText(), /\| App subnet \| 10\.0\.1\.0\/24 \|/);
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length === 0, 'cidr-host-bits to clear after the fix');
    } finally {
      await revert(doc);
    }
  });

  test('engine-port-mismatch: PostgreSQL 3306 becomes 5432', async () => {
    const { doc } = await openFixture('docs/payments-platform.md');
    try {
      await applyFix(doc, 'engine-port-mismatch', /5432/);
      assert.match(doc.getText(), /PostgreSQL 16 on port 5432/);
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'engine-port-mismatch').length === 0, 'engine-port-mismatch to clear after the fix');
    } finally {
      await revert(doc);
    }
  });
  test('suppress in a table: a pair around the table, the reason typed in place', async () => {
    const { doc } = await openFixture('docs/network-plan.md');
    try {
      const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length > 0, 'cidr-host-bits');
      const fix = await findFix(doc, withCode(diags, 'cidr-host-bits')[0].range, /^Suppress cidr-host-bits in this table, with a reason$/);
      assert.ok(fix.edit, 'the action carries a workspace edit');
      // Applied in the active editor, the snippet edit selects its placeholder: typing replaces it.
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'workspace edit applied');
      await vscode.commands.executeCommand('type', { text: 'appliance keeps its address' });
      const lines = doc.getText().split('\n');
      const header = lines.findIndex((l) => l.startsWith('| Tier |'));
      assert.equal(lines[header - 1], '<!-- archnotes-disable cidr-host-bits -- appliance keeps its address -->', doc.getText());
      const last = lines.findIndex((l) => l.startsWith('| Data subnet |'));
      assert.equal(lines[last + 1], '<!-- archnotes-enable cidr-host-bits -->', doc.getText());
      assert.doesNotMatch(doc.getText(), /TODO/);
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length === 0 && withCode(d, 'unused-suppression').length === 0, 'cidr-host-bits suppressed');
    } finally {
      await vscode.commands.executeCommand('leaveSnippet');
      await revert(doc);
    }
  });

  test('disable in .archnotes.jsonc: the config is created and saved, the rule goes off', async () => {
    const { doc } = await openFixture('docs/network-plan.md');
    const configUri = workspaceFile('.archnotes.jsonc');
    try {
      const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length > 0, 'cidr-host-bits');
      const action = await findFix(doc, withCode(diags, 'cidr-host-bits')[0].range, /^Disable cidr-host-bits in \.archnotes\.jsonc$/);
      assert.ok(action.edit && action.command, 'an edit of the config and the command that saves it');
      assert.ok(await vscode.workspace.applyEdit(action.edit), 'workspace edit applied');
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      const onDisk = Buffer.from(await vscode.workspace.fs.readFile(configUri)).toString('utf8');
      assert.match(onDisk, /"cidr-host-bits": "off"/);
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length === 0, 'cidr-host-bits off through the new .archnotes.jsonc');
      assert.equal(doc.isDirty, false, 'the document itself is not edited');
    } finally {
      await vscode.workspace.fs.delete(configUri).then(undefined, () => undefined);
      await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length > 0, 'cidr-host-bits back after deleting the config');
    }
  });

  test('disable in .archnotes.jsonc is not offered while the config has unsaved changes', async () => {
    const configUri = workspaceFile('.archnotes.jsonc');
    await vscode.workspace.fs.writeFile(configUri, Buffer.from('{\n  "rules": {}\n}\n'));
    const config = await vscode.workspace.openTextDocument(configUri);
    try {
      const { doc } = await openFixture('docs/network-plan.md');
      const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length > 0, 'cidr-host-bits');
      const range = withCode(diags, 'cidr-host-bits')[0].range;
      await findFix(doc, range, /^Disable cidr-host-bits in \.archnotes\.jsonc$/);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(configUri, new vscode.Position(0, 0), '// unsaved\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(config.isDirty, true);
      // The documentation action is the last of the menu: once it is there, the list is complete.
      await findFix(doc, range, /^Show documentation for cidr-host-bits$/);
      const titles = (await quickFixes(doc, range)).map((a) => a.title);
      assert.ok(titles.includes('Show documentation for cidr-host-bits'), JSON.stringify(titles));
      assert.equal(titles.includes('Disable cidr-host-bits in .archnotes.jsonc'), false, JSON.stringify(titles));
    } finally {
      await revert(config);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(configUri).then(undefined, () => undefined);
    }
  });

  test('show documentation: the shipped rule page opens in the markdown preview', async () => {
    const { doc } = await openFixture('docs/network-plan.md');
    const diags = await waitForDiagnostics(doc.uri, (d) => withCode(d, 'cidr-host-bits').length > 0, 'cidr-host-bits');
    const action = await findFix(doc, withCode(diags, 'cidr-host-bits')[0].range, /^Show documentation for cidr-host-bits$/);
    assert.ok(action.command && !action.edit, 'a command, no edit');
    const isPage = (tab: vscode.Tab): boolean => tab.input instanceof vscode.TabInputWebview && /cidr-host-bits/.test(tab.label);
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    const tab = await waitForTab(isPage, 'the preview tab of the cidr-host-bits page');
    // The page is served under its own scheme: the language client never checks its examples.
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'file' && /cidr-host-bits\.md$/.test(d.uri.path)), false);
    await vscode.window.tabGroups.close(tab);
  });
});
