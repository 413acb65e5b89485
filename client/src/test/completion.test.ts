import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, positionOf, revert } from './helpers';

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

const label = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);

async function completionsAt(doc: vscode.TextDocument, pos: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, trigger);
  return list.items;
}

/** CIDR proposals (archnotes offers them as values) at `pos`, once the server analysed the document. */
async function cidrProposals(doc: vscode.TextDocument, pos: vscode.Position, trigger: string | undefined, expectSome: boolean): Promise<string[]> {
  const deadline = Date.now() + 15000;
  for (;;) {
    const cidrs = (await completionsAt(doc, pos, trigger)).filter((i) => i.kind === vscode.CompletionItemKind.Value && /\/\d+$/.test(label(i))).map(label);
    if (cidrs.length > 0 || !expectSome || Date.now() >= deadline) return cidrs;
    // The first request may come before the server's first analysis of the document.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('next free subnet (vscode.executeCompletionItemProvider)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('a digit typed in the CIDR cell of the staging table proposes a staging block', async () => {
    const { doc, editor } = await openFixture('docs/environments.md');
    try {
      const end = doc.lineAt(doc.lineCount - 1).text === '' ? doc.lineCount - 2 : doc.lineCount - 1;
      await editor.edit((e) => e.insert(doc.lineAt(end).range.end, '\n| stg-c | 1'));
      const pos = doc.lineAt(end + 1).range.end;
      const cidrs = await cidrProposals(doc, pos, '1', true);
      assert.deepEqual(cidrs, ['10.1.2.0/24'], 'the staging VPC is 10.1.0.0/16; the production VPC, first in the document, is 10.0.0.0/16');
    } finally {
      await revert(doc);
    }
  });

  test('nothing at the end of a row, nor in another column', async () => {
    const { doc, editor } = await openFixture('docs/environments.md');
    try {
      const row = positionOf(doc, '| stg-b | 10.1.1.0/24 | eu-west-1b |');
      // Wait until the document is analysed: the CIDR cell of a new row has a proposal.
      await editor.edit((e) => e.insert(doc.lineAt(row.line).range.end, '\n| stg-c | 1'));
      assert.ok((await cidrProposals(doc, doc.lineAt(row.line + 1).range.end, '1', true)).length > 0, 'the server analysed the document');
      await editor.edit((e) => e.replace(doc.lineAt(row.line + 1).range, '| stg-c | 10.1.2.0/24 | eu-west-1c |'));
      assert.deepEqual(await cidrProposals(doc, doc.lineAt(row.line + 1).range.end, undefined, false), [], 'after the last pipe of a row');
      assert.deepEqual(await cidrProposals(doc, doc.lineAt(row.line).range.end, undefined, false), [], 'after the last pipe of an existing row');
      await editor.edit((e) => e.replace(doc.lineAt(row.line + 1).range, '| stg-c | 10.1.2.0/24 | 1'));
      assert.deepEqual(await cidrProposals(doc, doc.lineAt(row.line + 1).range.end, '1', false), [], 'in the AZ column');
    } finally {
      await revert(doc);
    }
  });
});

suite('service names and the outline (issue 15, defects 5 and 9)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('service completion: one entry per service, official name as detail, not a module', async () => {
    const { doc, editor } = await openFixture('docs/orders-service.md');
    try {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, '\n\nEvents go to Dyn'));
      const pos = doc.lineAt(doc.lineCount - 1).range.end;
      const services = (await completionsAt(doc, pos)).filter((i) => i.kind === vscode.CompletionItemKind.Reference);
      const details = services.map((i) => String(i.detail));
      assert.ok(details.includes('Amazon DynamoDB') && details.includes('Amazon DynamoDB Streams'), `DynamoDB and DynamoDB Streams among ${JSON.stringify(details)}`);
      assert.equal(new Set(details).size, details.length, `no service twice (stream/Stream/streams): ${JSON.stringify(services.map(label))}`);
      const all = await completionsAt(doc, pos);
      assert.equal(all.filter((i) => i.kind === vscode.CompletionItemKind.Module).length, 0, 'no "Module" icon');
    } finally {
      await revert(doc);
    }
  });

  test('outline: VPCs named as the text names them, subnets nested, no route as a VPC', async () => {
    const { doc } = await openFixture('docs/environments.md');
    const deadline = Date.now() + 15000;
    let vpcs: vscode.DocumentSymbol[] = [];
    // The first request may come before the server's first analysis of the document.
    while (vpcs.length < 2 && Date.now() < deadline) {
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
      // The markdown extension's heading symbols come in the same list: archnotes' VPCs carry their CIDR.
      vpcs = symbols.filter((s) => /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(s.detail));
      if (vpcs.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(
      vpcs.map((v) => [v.name, v.detail, v.children.map((c) => c.name)]),
      [
        ['production', '10.0.0.0/16', ['prod-a', 'prod-b']],
        ['staging', '10.1.0.0/16', ['stg-a', 'stg-b']],
      ],
    );
  });
});
