/**
 * "Disable <rule> for this file", "Disable <rule> in .archnotes.jsonc" and "Show documentation for
 * <rule>" over stdio against the built server: the config edit keeps the file's comments, creates
 * the file in the workspace folder when there is none (only for a client that creates files), and
 * the documentation command opens the published page through window/showDocument.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, parse } from 'jsonc-parser';
import { LspClient } from './helpers/lsp-client';
import { disableRuleInText, newConfigText } from '../../server/src/lsp/config-edit';
import { analyzeText } from '../../server/src/engine/analyze';

interface Position {
  line: number;
  character: number;
}
interface TextEdit {
  range: { start: Position; end: Position };
  newText: string;
}
interface CodeActionResult {
  title: string;
  kind?: string;
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ kind?: string; uri?: string; textDocument?: { uri: string }; edits?: TextEdit[] }> };
  command?: { command: string; arguments?: unknown[] };
}

function applyText(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const DOC = '# Net\n\nThe VPC is 10.0.1.0/16.\n';
const RANGE = { start: { line: 2, character: 11 }, end: { line: 2, character: 22 } };

describe('config edit: disable a rule in .archnotes.jsonc text', () => {
  it('adds the rule to "rules", keeping comments, other rules and the indentation', () => {
    const text = '// team config\n{\n    // noisy in lab docs\n    "rules": {\n        "vpc-cidr-size": "warning" // keep\n    },\n    "ignores": ["drafts/**"]\n}\n';
    const edits = disableRuleInText(text, 'cidr-host-bits');
    assert.ok(edits);
    const out = applyEdits(text, edits);
    assert.deepEqual(parse(out), { rules: { 'vpc-cidr-size': 'warning', 'cidr-host-bits': 'off' }, ignores: ['drafts/**'] });
    for (const kept of ['// team config', '// noisy in lab docs', '// keep']) assert.ok(out.includes(kept), out);
    assert.match(out, /\n {8}"cidr-host-bits": "off"/);
  });

  it('adds "rules" when missing, replaces the rule\'s level when present, keeps CRLF', () => {
    assert.deepEqual(parse(applyEdits('{}', disableRuleInText('{}', 'sqs-retention') ?? [])), { rules: { 'sqs-retention': 'off' } });
    const crlf = '{\r\n  "rules": { "sqs-retention": "error" }\r\n}\r\n';
    const out = applyEdits(crlf, disableRuleInText(crlf, 'sqs-retention') ?? []);
    assert.deepEqual(parse(out), { rules: { 'sqs-retention': 'off' } });
    assert.doesNotMatch(out.replace(/\r\n/g, ''), /\n/);
  });

  it('leaves a broken or odd config alone (no edit that could land anywhere)', () => {
    assert.equal(disableRuleInText('{ "rules": { "a": "off" ', 'x'), undefined);
    assert.equal(disableRuleInText('[1, 2]', 'x'), undefined);
    assert.equal(disableRuleInText('{ "rules": ["x"] }', 'x'), undefined);
  });

  it('a new file is valid JSONC that turns the rule off', () => {
    assert.deepEqual(parse(newConfigText('cidr-host-bits')), { rules: { 'cidr-host-bits': 'off' } });
  });
});

describe('language server over stdio: rule actions', function () {
  this.timeout(30000);
  const folders: string[] = [];
  const clients: LspClient[] = [];
  after(() => {
    for (const c of clients) c.process.kill();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  async function open(capabilities: unknown, config?: string): Promise<{ client: LspClient; folder: string; uri: string; actions: CodeActionResult[] }> {
    const folder = mkdtempSync(join(tmpdir(), 'archnotes-rule-actions-'));
    folders.push(folder);
    mkdirSync(join(folder, 'docs'));
    if (config !== undefined) writeFileSync(join(folder, '.archnotes.jsonc'), config);
    const uri = pathToFileURL(join(folder, 'docs', 'net.md')).toString();
    const client = new LspClient(['--stdio']);
    clients.push(client);
    const folderUri = pathToFileURL(folder).toString();
    await client.request('initialize', { processId: process.pid, rootUri: folderUri, capabilities, workspaceFolders: [{ uri: folderUri, name: 'ws' }] });
    client.notify('initialized', {});
    const published = client.waitFor<{ uri: string; diagnostics: unknown[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DOC } });
    await published;
    const actions = await client.request<CodeActionResult[]>('textDocument/codeAction', { textDocument: { uri }, range: RANGE, context: { diagnostics: [], only: ['quickfix'] } });
    return { client, folder, uri, actions };
  }

  it('an existing config: an edit of that file that keeps its comment; for this file: a comment on line 1', async () => {
    const config = '{\n  // lab\n  "rules": {}\n}\n';
    const { folder, uri, actions } = await open({}, config);
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles.slice(-3), ['Disable cidr-host-bits for this file', 'Disable cidr-host-bits in .archnotes.jsonc', 'Show documentation for cidr-host-bits']);
    const configAction = actions.find((a) => a.title === 'Disable cidr-host-bits in .archnotes.jsonc');
    const configUri = pathToFileURL(join(folder, '.archnotes.jsonc')).toString();
    const edits = configAction?.edit?.changes?.[configUri];
    assert.ok(edits, JSON.stringify(configAction));
    const out = applyText(config, edits);
    assert.deepEqual(parse(out), { rules: { 'cidr-host-bits': 'off' } });
    assert.ok(out.includes('// lab'));
    assert.deepEqual(configAction?.command, { title: 'Save .archnotes.jsonc', command: 'archnotes.saveConfigFile', arguments: [configUri] });
    const fileAction = actions.find((a) => a.title === 'Disable cidr-host-bits for this file');
    assert.equal(applyText(DOC, fileAction?.edit?.changes?.[uri] ?? []), `<!-- archnotes-disable-file cidr-host-bits -->\n${DOC}`);
  });

  it('no config: creates one in the workspace folder when the client creates files, else offers nothing', async () => {
    const creating = await open({ workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } });
    const action = creating.actions.find((a) => a.title === 'Disable cidr-host-bits in .archnotes.jsonc');
    const configUri = pathToFileURL(join(creating.folder, '.archnotes.jsonc')).toString();
    const [create, edit] = action?.edit?.documentChanges ?? [];
    assert.deepEqual({ kind: create?.kind, uri: create?.uri }, { kind: 'create', uri: configUri });
    assert.equal(edit?.textDocument?.uri, configUri);
    assert.deepEqual(parse(applyText('', edit?.edits ?? [])), { rules: { 'cidr-host-bits': 'off' } });
    const plain = await open({});
    assert.equal(plain.actions.some((a) => a.title.includes('.archnotes.jsonc')), false);
  });

  it('"Show documentation" runs a server command that opens the rule page through window/showDocument', async () => {
    const { client, actions } = await open({ window: { showDocument: { support: true } } });
    const docs = actions.find((a) => a.title === 'Show documentation for cidr-host-bits');
    assert.equal(docs?.command?.command, 'archnotes.showRuleDocumentation');
    const shown = new Promise<{ uri: string; external?: boolean }>((resolve) => {
      client.onServerRequest = (m) => {
        if (m.method !== 'window/showDocument') return null;
        resolve(m.params as { uri: string; external?: boolean });
        return { success: true };
      };
    });
    assert.ok(docs?.command);
    await client.request('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
    const params = await shown;
    assert.match(params.uri, /^https:\/\/.*\/docs\/rules\/cidr-host-bits\.md$/);
    assert.equal(params.external, true);
  });
});

describe('language server over stdio: progressive diagnostics of a big document', function () {
  this.timeout(60000);

  it('publishes the first blocks\' findings first, each kept by the final publish', async () => {
    const section = (i: number): string => `## Part ${i}\n\nThe VPC ${i} uses 10.${i % 250}.0.0/15.\n\nPostgreSQL ${i} listens on port 3306.\n\n| Subnet | CIDR |\n| --- | --- |\n| app | 10.${i % 250}.1.5/24 |\n`;
    const text = Array.from({ length: 900 }, (_, i) => section(i)).join('\n');
    assert.ok(text.length > 64 * 1024, 'above the size opened slice by slice');
    const client = new LspClient(['--stdio']);
    try {
      await client.initialize();
      const uri = 'file:///big-progressive.md';
      const publishes: Array<Array<{ code: string; range: unknown; message: string }>> = [];
      const done = client.waitFor<{ uri: string; diagnostics: Array<{ code: string; range: unknown; message: string }> }>('textDocument/publishDiagnostics', (p) => {
        if (p.uri !== uri) return false;
        publishes.push(p.diagnostics);
        return p.diagnostics.filter((d) => d.code === 'vpc-cidr-size').length === 900;
      }, 50000);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const final = await done;
      const keys = new Set(final.diagnostics.map((d) => JSON.stringify(d)));
      assert.ok(publishes.length >= 2, `${publishes.length} publishes`);
      const firstCount = publishes[0]?.length ?? 0;
      assert.ok(firstCount > 0 && firstCount < final.diagnostics.length, `first ${firstCount}, final ${final.diagnostics.length}`);
      for (const [i, diagnostics] of publishes.entries()) for (const d of diagnostics) assert.ok(keys.has(JSON.stringify(d)), `publish ${i} has ${JSON.stringify(d)}, not in the final one`);
    } finally {
      client.process.kill();
    }
  });
});

describe('language server over stdio: check all markdown in the workspace', function () {
  this.timeout(60000);
  let folder = '';
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'archnotes-check-ws-'));
    mkdirSync(join(folder, 'docs'));
    mkdirSync(join(folder, 'drafts'));
    writeFileSync(join(folder, '.archnotes.jsonc'), '{ "ignores": ["drafts/"], "rules": { "engine-port-mismatch": "off" } }\n');
    writeFileSync(join(folder, 'docs', 'a.md'), '# A\n\nThe VPC is 10.0.0.0/15. PostgreSQL listens on 3306.\n');
    writeFileSync(join(folder, 'docs', 'open.md'), '# Open\n\nThe VPC is 10.0.0.0/15.\n');
    writeFileSync(join(folder, 'drafts', 'b.md'), '# B\n\nThe VPC is 10.0.0.0/15.\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('publishes the findings of every file not open, with the config\'s rules and ignores, and reports progress', async () => {
    const client = new LspClient(['--stdio']);
    try {
      const folderUri = pathToFileURL(folder).toString();
      await client.request('initialize', { processId: process.pid, rootUri: folderUri, capabilities: {}, workspaceFolders: [{ uri: folderUri, name: 'ws' }] });
      client.notify('initialized', {});
      const openUri = pathToFileURL(join(folder, 'docs', 'open.md')).toString();
      const openPublished = client.waitFor<{ uri: string }>('textDocument/publishDiagnostics', (p) => p.uri === openUri);
      client.notify('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'markdown', version: 1, text: '# Open\n\nThe VPC is 10.0.0.0/15.\n' } });
      await openPublished;
      const published = new Map<string, Array<{ code: string }>>();
      const progress: Array<{ done: number; total: number }> = [];
      const stops = [
        client.onNotification<{ uri: string; diagnostics: Array<{ code: string }> }>('textDocument/publishDiagnostics', (p) => published.set(p.uri, p.diagnostics)),
        client.onNotification<{ done: number; total: number }>('archnotes/checkWorkspaceProgress', (p) => progress.push(p)),
      ];
      const result = await client.request<{ files: number; findings: number; skipped: number; cancelled: boolean }>('archnotes/checkWorkspace', {});
      for (const stop of stops) stop();
      assert.deepEqual(result, { files: 1, withFindings: 1, findings: 1, skipped: 1, cancelled: false });
      assert.deepEqual(published.get(pathToFileURL(join(folder, 'docs', 'a.md')).toString())?.map((d) => d.code), ['vpc-cidr-size']);
      assert.equal(published.has(pathToFileURL(join(folder, 'drafts', 'b.md')).toString()), false, 'ignored by the config');
      assert.equal(published.has(openUri), false, 'an open document keeps its live diagnostics');
      assert.deepEqual(progress[progress.length - 1], { done: 3, total: 3 });
    } finally {
      client.process.kill();
    }
  });

  it('a big file (analysed slice by slice) gets what analyzeText finds', async () => {
    const big = mkdtempSync(join(tmpdir(), 'archnotes-check-big-'));
    const client = new LspClient(['--stdio']);
    try {
      const text = Array.from({ length: 1000 }, (_, i) => `## Part ${i}\n\nThe VPC ${i} uses 10.${i % 250}.0.0/15 and PostgreSQL on 3306.\n`).join('\n');
      assert.ok(text.length > 64 * 1024);
      writeFileSync(join(big, 'big.md'), text);
      const folderUri = pathToFileURL(big).toString();
      await client.request('initialize', { processId: process.pid, rootUri: folderUri, capabilities: {}, workspaceFolders: [{ uri: folderUri, name: 'ws' }] });
      client.notify('initialized', {});
      const uri = pathToFileURL(join(big, 'big.md')).toString();
      const published = client.waitFor<{ uri: string; diagnostics: Array<{ code: string; range: { start: { line: number; character: number } } }> }>('textDocument/publishDiagnostics', (p) => p.uri === uri, 50000);
      const result = await client.request<{ files: number; findings: number }>('archnotes/checkWorkspace', {});
      const expected = analyzeText(text);
      assert.equal(result.findings, expected.findings.length);
      assert.deepEqual(
        (await published).diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`),
        expected.findings.map((f) => `${f.ruleId}@${expected.lines.positionAt(f.start).line}:${expected.lines.positionAt(f.start).character}`),
      );
    } finally {
      client.process.kill();
      rmSync(big, { recursive: true, force: true });
    }
  });

  it('findings of a file deleted since, or gone at the next check, leave the Problems panel', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'archnotes-check-deleted-'));
    const client = new LspClient(['--stdio']);
    try {
      mkdirSync(join(ws, 'docs', 'old'), { recursive: true });
      const bad = 'The lab VPC is 10.0.0.0/15.\n';
      for (const name of ['a.md', 'b.md', 'old/c.md', 'old/d.md']) writeFileSync(join(ws, 'docs', name), bad);
      const uriOf = (name: string): string => pathToFileURL(join(ws, 'docs', name)).toString();
      const folderUri = pathToFileURL(ws).toString();
      await client.request('initialize', { processId: process.pid, rootUri: folderUri, capabilities: {}, workspaceFolders: [{ uri: folderUri, name: 'ws' }] });
      client.notify('initialized', {});
      const latest = new Map<string, number>();
      const stop = client.onNotification<{ uri: string; diagnostics: unknown[] }>('textDocument/publishDiagnostics', (p) => latest.set(p.uri, p.diagnostics.length));
      const first = await client.request<{ files: number }>('archnotes/checkWorkspace', {});
      assert.equal(first.files, 4);
      assert.deepEqual(['a.md', 'b.md', 'old/c.md', 'old/d.md'].map((n) => latest.get(uriOf(n))), [1, 1, 1, 1]);

      // A file and a folder deleted while the editor watches: their findings are cleared at once.
      rmSync(join(ws, 'docs', 'a.md'));
      rmSync(join(ws, 'docs', 'old'), { recursive: true });
      const cleared = ['a.md', 'old/c.md', 'old/d.md'].map((n) => client.waitFor<{ uri: string; diagnostics: unknown[] }>('textDocument/publishDiagnostics', (p) => p.uri === uriOf(n) && p.diagnostics.length === 0));
      client.notify('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: uriOf('a.md'), type: 3 },
          { uri: pathToFileURL(join(ws, 'docs', 'old')).toString(), type: 3 },
        ],
      });
      await Promise.all(cleared);
      assert.equal(latest.get(uriOf('b.md')), 1, 'a file still there keeps its findings');

      // Deleted with no event (outside the editor): the next check clears it.
      rmSync(join(ws, 'docs', 'b.md'));
      const second = await client.request<{ files: number }>('archnotes/checkWorkspace', {});
      assert.equal(second.files, 0);
      assert.equal(latest.get(uriOf('b.md')), 0, 'gone at the next check');
      stop();
    } finally {
      client.process.kill();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('a cancelled check stops', async () => {
    const client = new LspClient(['--stdio']);
    try {
      const folderUri = pathToFileURL(folder).toString();
      await client.request('initialize', { processId: process.pid, rootUri: folderUri, capabilities: {}, workspaceFolders: [{ uri: folderUri, name: 'ws' }] });
      client.notify('initialized', {});
      const response = await client.requestCancelledInQueue('archnotes/checkWorkspace', {});
      const result = response.result as { cancelled?: boolean } | undefined;
      assert.ok(response.error || result?.cancelled === true, JSON.stringify(response));
    } finally {
      client.process.kill();
    }
  });
});
