import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './helpers/lsp-client';

interface CompletionItem {
  label: string;
  detail?: string;
  textEdit?: { newText: string };
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
  after(() => client.process.kill());

  const uri = (): string => pathToFileURL(join(folder, 'network.md')).toString();
  const text = ['# Network', '', 'The prod VPC is 10.0.0.0/16.', '', '| Subnet | CIDR |', '| --- | --- |', '| app-a | 10.0.1.0/24 |', '| app-b | 10.0.2.0/24 |', '| app-c | ', '', 'Messages go to Amaz'].join('\n');

  it('completes the next free subnet in a subnet table and service names in prose', async () => {
    const published = client.waitFor<{ uri: string }>('textDocument/publishDiagnostics', (p) => p.uri === uri());
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'markdown', version: 1, text } });
    await published;
    const cidr = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 8, character: 10 } });
    assert.equal(cidr[0]?.label, '10.0.3.0/24');
    const services = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 10, character: 19 } });
    assert.ok(services.some((i) => i.label === 'Amazon SQS'), services.map((i) => i.label).join(', '));
    const none = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 0, character: 1 } });
    assert.deepEqual(none, []);
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
