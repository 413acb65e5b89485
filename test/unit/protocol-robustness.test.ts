/**
 * Protocol robustness over the real stdio binary: whatever a client sends (unknown documents,
 * positions past the end, out-of-order versions, bursts of changes, cancellations, silence on
 * workspace/configuration, malformed frames), and whatever the workspace holds (a broken
 * .archnotes.jsonc), the server answers sensibly and stays up.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/engine/analyze';
import { LspClient, type Hover, type Message, type PublishParams, type Range } from './helpers/lsp-client';

const DOC = ['# Orders', '', 'The production VPC uses 10.0.0.0/15 across three AZs.', '', 'The queue is Amazon SQS and the orders DB is RDS for PostgreSQL on port 3306.', ''].join('\n');

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function start(options: { noConfigReply?: boolean } = {}): LspClient {
  const client = new LspClient(['--stdio']);
  client.process.stderr.resume();
  client.process.stdin.on('error', () => undefined);
  if (options.noConfigReply) client.onServerRequest = (m) => (m.method === 'workspace/configuration' ? LspClient.NO_REPLY : null);
  return client;
}

/** The server is alive and answering: a hover on a known document comes back. */
async function assertAlive(client: LspClient, uri: string, position = { line: 4, character: 15 }): Promise<void> {
  assert.equal(client.process.exitCode, null, 'server process exited');
  const hover = await within(client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), 10000, 'hover after abuse');
  assert.match(hover?.contents.value ?? '', /Simple Queue Service/);
}

function inside(range: Range, text: string): boolean {
  const doc = TextDocument.create('untitled:x', 'markdown', 1, text);
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const back = doc.positionAt(end);
  return start <= end && back.line === range.end.line && back.character === range.end.character;
}

async function open(client: LspClient, uri: string, text: string, version = 1): Promise<PublishParams> {
  const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 20000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  return published;
}

describe('protocol robustness (real binary over stdio)', function () {
  this.timeout(60000);

  describe('one server under a stream of bad requests', () => {
    let client: LspClient;
    const uri = 'untitled:robustness-1';
    before(async () => {
      client = start();
      await client.initialize({});
      await open(client, uri, DOC);
    });
    after(() => client.process.kill());

    it('requests for unknown documents answer null or empty', async () => {
      const unknown = { uri: 'file:///nowhere/never-opened.md' };
      assert.equal(await client.request('textDocument/hover', { textDocument: unknown, position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: unknown, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
      const completion = await client.request<unknown>('textDocument/completion', { textDocument: unknown, position: { line: 0, character: 0 } });
      assert.ok(completion === null || (Array.isArray(completion) && completion.length === 0) || typeof completion === 'object');
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: unknown }), []);
      client.notify('textDocument/didChange', { textDocument: { ...unknown, version: 2 }, contentChanges: [{ text: 'x' }] });
      client.notify('textDocument/didClose', { textDocument: unknown });
      await assertAlive(client, uri);
    });

    it('positions past the end of a line or of the document clamp', async () => {
      const lines = DOC.split('\n');
      const hovers: Array<Hover | null> = [];
      for (const position of [
        { line: 2, character: 9999 },
        { line: 999, character: 0 },
        { line: 999, character: 999 },
        { line: lines.length - 1, character: 50 },
        { line: 4, character: 2 ** 31 - 1 },
      ]) {
        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
        hovers.push(hover);
        if (hover?.range) assert.ok(inside(hover.range, DOC), JSON.stringify(hover.range));
        await client.request('textDocument/completion', { textDocument: { uri }, position });
      }
      const actions = await client.request<unknown[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 500, character: 3 }, end: { line: 2, character: 1000 } },
        context: { diagnostics: [] },
      });
      assert.ok(Array.isArray(actions));
      await assertAlive(client, uri);
    });

    it('malformed positions and params get an error response, not a crash', async () => {
      for (const params of [
        { textDocument: { uri }, position: { line: -1, character: -5 } },
        { textDocument: { uri }, position: { line: 1.5, character: Number.MAX_SAFE_INTEGER } },
        { textDocument: { uri } },
        { textDocument: { uri }, position: null },
        null,
        'not an object',
      ]) {
        const { response } = client.requestWithId('textDocument/hover', params);
        const answer = await within(response, 10000, `hover ${JSON.stringify(params)}`);
        assert.ok('result' in answer || answer.error, JSON.stringify(answer));
      }
      const unknownMethod = await within(client.requestWithId('archnotes/noSuchMethod', {}).response, 10000, 'unknown method');
      assert.equal(unknownMethod.error?.code, -32601);
      client.notify('archnotes/noSuchNotification', { x: 1 });
      await assertAlive(client, uri);
    });

    it('a malformed frame and invalid JSON do not take the server down', async () => {
      const body = '{"jsonrpc":"2.0","id":9999,"method":"textDocument/hover",';
      client.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      await assertAlive(client, uri);
    });

    it('cancelling every request type still yields exactly one answer each, and the server carries on', async () => {
      const requests: Array<[string, unknown]> = [
        ['textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 28 } }],
        ['textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 17 } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: [] } }],
        ['textDocument/documentSymbol', { textDocument: { uri } }],
        ['workspace/symbol', { query: 'vpc' }],
      ];
      for (const [method, params] of requests) {
        // Cancel before, right after, and long after the answer.
        for (const when of ['before-flush', 'after'] as const) {
          const { id, response } = client.requestWithId(method, params);
          if (when === 'before-flush') client.notify('$/cancelRequest', { id });
          const answer: Message = await within(response, 10000, `${method} (cancelled ${when})`);
          if (when === 'after') client.notify('$/cancelRequest', { id });
          assert.ok('result' in answer || answer.error?.code === -32800, `${method}: ${JSON.stringify(answer.error)}`);
        }
      }
      client.notify('$/cancelRequest', { id: 123456 });
      await assertAlive(client, uri);
    });
  });

  describe('document versions', () => {
    let client: LspClient;
    before(async () => {
      client = start();
      await client.initialize({});
    });
    after(() => client.process.kill());

    it('a burst of 150 incremental changes ends with the diagnostics of the last version', async () => {
      const uri = 'untitled:burst';
      let local = TextDocument.create(uri, 'markdown', 1, DOC);
      await open(client, uri, DOC);
      const published: PublishParams[] = [];
      const listen = (p: PublishParams): boolean => {
        if (p.uri === uri) published.push(p);
        return false;
      };
      void client.waitFor<PublishParams>('textDocument/publishDiagnostics', listen, 60000).catch(() => undefined);
      const sentence = '\nThe staging VPC is 10.20.0.0/14 and MySQL listens on port 5432 😀.\r\n';
      let version = 1;
      for (const ch of sentence) {
        version++;
        const end = local.positionAt(local.getText().length);
        const change = { range: { start: end, end }, text: ch };
        local = TextDocument.update(local, [change], version);
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      }
      for (let i = 0; i < 80; i++) {
        version++;
        const at = local.positionAt((i * 37) % (local.getText().length + 1));
        const change = i % 2 === 0 ? { range: { start: at, end: at }, text: i % 4 === 0 ? '\r\n' : 'x' } : { range: { start: at, end: local.positionAt(local.offsetAt(at) + 1) }, text: '' };
        local = TextDocument.update(local, [change], version);
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      }
      const last = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 30000);
      const expected = analyzeText(local.getText()).findings.map((f) => [f.ruleId, local.positionAt(f.start), local.positionAt(f.end)]);
      assert.deepEqual(last.diagnostics.map((d) => [d.code, d.range.start, d.range.end]), expected);
      for (const p of published) if (p.version !== undefined) assert.ok(p.version <= version);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stale = published.filter((p) => published.indexOf(p) > published.indexOf(last) && p.version !== version);
      assert.deepEqual(stale, [], 'nothing older is published after the last version');
    });

    it('out-of-order and repeated versions are survived; a full-text change resynchronises', async () => {
      const uri = 'untitled:versions';
      await open(client, uri, DOC, 5);
      const insert = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' };
      client.notify('textDocument/didChange', { textDocument: { uri, version: 9 }, contentChanges: [insert] });
      client.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [insert] });
      client.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ range: { start: { line: 90, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }] });
      client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [] });
      const resynced = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 20, 30000);
      client.notify('textDocument/didChange', { textDocument: { uri, version: 20 }, contentChanges: [{ text: DOC }] });
      const diagnostics = (await resynced).diagnostics;
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), analyzeText(DOC).findings.map((f) => f.ruleId).sort());
      for (const d of diagnostics) assert.ok(inside(d.range, DOC));
      await assertAlive(client, uri);
    });

    it('close then requests: empty answers; reopen works', async () => {
      const uri = 'untitled:closed';
      await open(client, uri, DOC);
      const cleared = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 0, 10000);
      client.notify('textDocument/didClose', { textDocument: { uri } });
      await cleared;
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 15 } }), null);
      await open(client, uri, DOC, 2);
      await assertAlive(client, uri);
    });
  });

  it('a client that never answers workspace/configuration still gets diagnostics and hovers', async () => {
    const client = start({ noConfigReply: true });
    try {
      await client.initialize({ workspace: { configuration: true } });
      const uri = 'untitled:silent-client';
      const published = open(client, uri, DOC);
      // While the server waits for settings, hover answers at once (null until the first analysis lands).
      await within(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 15 } }), 5000, 'hover while settings are pending');
      const diagnostics = (await within(published, 15000, 'diagnostics without configuration')).diagnostics;
      await assertAlive(client, uri);
      assert.ok(diagnostics.some((d) => d.code === 'vpc-cidr-size'));
      client.notify('workspace/didChangeConfiguration', { settings: null });
      await assertAlive(client, uri);
    } finally {
      client.process.kill();
    }
  });

  it('a broken .archnotes.jsonc: one config diagnostic, defaults for the document, recovery when fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archnotes-broken-config-'));
    const config = join(dir, '.archnotes.jsonc');
    const doc = join(dir, 'notes.md');
    writeFileSync(config, '{ "rules": { "vpc-cidr-size": "off", \u0000 ');
    writeFileSync(doc, DOC);
    const uri = pathToFileURL(doc).toString();
    const configUri = pathToFileURL(config).toString();
    const client = start();
    try {
      await client.initialize({});
      const configDiagnostics = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === configUri, 20000);
      const first = await open(client, uri, DOC);
      assert.ok(first.diagnostics.some((d) => d.code === 'vpc-cidr-size'), 'defaults apply');
      const problems = (await configDiagnostics).diagnostics;
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0]?.message ?? '', /using the defaults/);
      await assertAlive(client, uri);

      writeFileSync(config, '{ "rules": { "vpc-cidr-size": "off" } }\n');
      const fixed = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'vpc-cidr-size'), 20000);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await fixed;

      writeFileSync(config, '[1, 2');
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      rmSync(config);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
      await assertAlive(client, uri);
    } finally {
      client.process.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('non-file URIs (virtual workspaces, untitled) are analysed without touching the disk', async () => {
    const client = start();
    try {
      await client.initialize({});
      for (const uri of ['vscode-vfs://github/org/repo/notes.md', 'untitled:Untitled-1', 'vscode-notebook-cell:/x.ipynb#cell1', 'file:///%E0%A4%A']) {
        const published = await open(client, uri, DOC);
        assert.ok(published.diagnostics.some((d) => d.code === 'vpc-cidr-size'), uri);
        await assertAlive(client, uri);
      }
    } finally {
      client.process.kill();
    }
  });

  it('shutdown and exit end the process with code 0 even with documents open and requests in flight', async () => {
    const client = start();
    await client.initialize({});
    const uri = 'untitled:shutdown';
    await open(client, uri, DOC);
    void client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 28 } });
    assert.equal(await within(client.shutdown(), 15000, 'shutdown'), 0);
  });
});
