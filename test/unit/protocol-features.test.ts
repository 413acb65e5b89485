import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './helpers/lsp-client';
import { analyzeText } from '../../server/src/engine/analyze';
import { documentSymbols } from '../../server/src/engine';

interface CompletionItem {
  label: string;
  detail?: string;
  textEdit?: { newText: string };
}
interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}
interface DocumentSymbol {
  name: string;
  kind: number;
  children?: DocumentSymbol[];
}
interface SymbolInformation {
  name: string;
  location: { uri: string };
}

describe('language server features over stdio: completion and symbols', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'archnotes-ws-'));
    writeFileSync(join(folder, 'data.md'), '# Data\n\n| Database | Engine | Port |\n| --- | --- | --- |\n| orders-db | PostgreSQL | 5432 |\n');
    client = new LspClient(['--stdio']);
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }] });
    client.notify('initialized', {});
  });
  after(() => {
    client.process.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  const uri = (): string => pathToFileURL(join(folder, 'network.md')).toString();
  const text = ['# Network', '', 'The prod VPC is 10.0.0.0/16.', '', '| Subnet | CIDR |', '| --- | --- |', '| app-a | 10.0.1.0/24 |', '| app-b | 10.0.2.0/24 |', '| app-c | ', '', 'Messages go to Amaz'].join('\n');

  it('completes the next free subnet in a subnet table and service names in prose', async () => {
    const published = client.waitFor<{ uri: string }>('textDocument/publishDiagnostics', (p) => p.uri === uri());
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'markdown', version: 1, text } });
    await published;
    const cidr = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 8, character: 10 } });
    assert.equal(cidr.items[0]?.label, '10.0.3.0/24');
    assert.equal(cidr.isIncomplete, true, 'asked again as the user types, so it closes when the value departs from it');
    // Typed by the user after the row's last pipe (the Enter that ends the row must not accept anything).
    const endOfRow = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri() },
      position: { line: 7, character: 23 },
      context: { triggerKind: 2, triggerCharacter: '4' },
    });
    assert.deepEqual(endOfRow.items, []);
    const services = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 10, character: 19 } });
    assert.ok(services.items.some((i) => i.label === 'Amazon SQS'), services.items.map((i) => i.label).join(', '));
    const none = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 0, character: 1 } });
    assert.deepEqual(none.items, []);
  });

  it('lists VPCs with their subnets as document symbols', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri() } });
    const vpc = symbols.find((s) => s.kind === 3);
    assert.ok(vpc, JSON.stringify(symbols));
    assert.deepEqual(vpc.children?.map((c) => c.name), ['app-a', 'app-b']);
  });

  it('finds symbols across the workspace, including files that are not open', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'orders-db' });
    assert.ok(found.some((s) => s.name === 'orders-db' && s.location.uri.endsWith('/data.md')), JSON.stringify(found));
  });
});

interface HoverResult {
  contents: { value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface CodeActionResult {
  title: string;
  edit?: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> };
}

describe('language server features over stdio: requests that arrive before the analysis caught up', function () {
  this.timeout(30000);
  let client: LspClient;
  const uri = 'file:///behind/network.md';

  before(async () => {
    client = new LspClient(['--stdio']);
    // A long debounce keeps the analysis one edit behind for the whole test.
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 5000 } });
    client.notify('initialized', {});
    const published = client.waitFor<{ uri: string }>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# Network\n\nThe VPC is 10.0.0.0/15 and sends to SQS.\n' } });
    await published;
    // Type "Our new " at the start of the line, and a new line with "Amaz" after it.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Our new ' },
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Events go to Amaz\n' },
      ],
    });
  });
  after(() => client.process.kill());

  it('a hover reads the previous analysis at the positions the edit moved', async () => {
    const hover = await client.request<HoverResult | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 22 } });
    assert.ok(hover, 'a hover on the CIDR');
    assert.match(hover.contents.value, /131,072/);
    assert.deepEqual(hover.range, { start: { line: 2, character: 19 }, end: { line: 2, character: 30 } });
    const onNewText = await client.request<HoverResult | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } });
    assert.equal(onNewText, null, 'no card for text the analysis has not seen');
  });

  it('a quick fix edits the moved text, not where it used to be', async () => {
    const range = { start: { line: 2, character: 19 }, end: { line: 2, character: 30 } };
    const actions = await client.request<CodeActionResult[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['quickfix'] } });
    const fix = actions.find((a) => a.title.includes('/16'));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const edit = fix.edit?.changes[uri]?.[0];
    assert.ok(edit && edit.range.start.line === 2 && edit.range.end.line === 2, JSON.stringify(edit));
    const line = 'Our new The VPC is 10.0.0.0/15 and sends to SQS.';
    const fixed = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    assert.equal(fixed, 'Our new The VPC is 10.0.0.0/16 and sends to SQS.');
  });

  it('completion reads the text as typed, not the analysed one', async () => {
    const { items } = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 17 } });
    assert.ok(items.some((i) => i.label === 'Amazon SQS'), items.map((i) => i.label).join(', '));
  });
});

describe('language server features over stdio: document symbols asked at the open of a big document', function () {
  this.timeout(120000);
  let client: LspClient;
  after(() => client?.process.kill());

  it('answers with the symbols once the first analysis is done, not an empty list', async () => {
    // Found in the real editor: VS Code asks for a version's symbols once, at the open; the answer
    // came before the notes' first analysis, empty, and the outline said "No symbols found".
    const text = readFileSync(join(__dirname, '..', '..', 'bench', 'fixtures', 'notes.md'), 'utf8');
    const expected = documentSymbols(analyzeText(text).model).map((s) => s.name);
    assert.ok(expected.length > 0, 'the notes describe VPCs');
    client = new LspClient(['--stdio']);
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    const uri = 'file:///big/notes.md';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), expected);
  });
});
