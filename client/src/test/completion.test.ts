import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, revert } from './helpers';

suite('snippets (vscode.executeCompletionItemProvider)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('aws-vpc-3az is offered as a snippet in a design doc and expands', async () => {
    const { doc, editor } = await openFixture('docs/orders-service.md');
    try {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, '\n\naws-vpc'));
      const pos = doc.lineAt(doc.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
      const label = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
      const item = list.items.find((i) => label(i) === 'aws-vpc-3az');
      assert.ok(item, `aws-vpc-3az among ${JSON.stringify(list.items.map(label).slice(0, 30))}`);
      assert.equal(item.kind, vscode.CompletionItemKind.Snippet);
      const body = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText ?? '');
      assert.ok(body.split('\n').length > 3, `snippet body has several lines: ${body}`);
      // Expand it the way the editor does: replace the typed prefix with the snippet.
      const prefixRange = new vscode.Range(pos.translate(0, -'aws-vpc'.length), pos);
      const before = doc.lineCount;
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(body), prefixRange));
      assert.ok(doc.lineCount > before + 2, 'snippet added lines');
      assert.doesNotMatch(doc.lineAt(pos.line).text, /^aws-vpc$/);
    } finally {
      await vscode.commands.executeCommand('leaveSnippet');
      await revert(doc);
    }
  });
});
