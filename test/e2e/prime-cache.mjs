// Writes the V8 code cache of the installed extension's language server and analysis worker
// (dist/server-launch.cjs, dist/server-worker-launch.cjs; bin/code-cache.cjs) before code-server
// starts, as an earlier editor session would have: one server run under the extension host's Node
// opens a document once the analysis worker is ready (so the worker analyses it, as the editor's
// server does), waits for the end of the analysis and exits. The timings of the extension-host
// suite are then those of every start but the first after an install. test/e2e/run.sh runs this
// unless E2E_CODE_CACHE=cold; the cache folder is the run's own ($XDG_CACHE_HOME/archnotes).
//
//   node prime-cache.mjs <extension dir> <document>     (run with the extension host's node)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [extDir, docPath] = process.argv.slice(2);
const text = readFileSync(docPath, 'utf8');
const uri = pathToFileURL(docPath).href;
const started = Date.now();
const child = spawn(process.execPath, [join(extDir, 'dist', 'server-launch.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const deadline = setTimeout(() => {
  console.error('prime-cache: no end of the analysis in 120 s');
  child.kill();
  process.exit(1);
}, 120_000);

let nextId = 1;
const pending = new Map();
const waiters = [];
const send = (message) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
};
const request = (method, params) =>
  new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    send({ id, method, params });
  });
const notify = (method, params) => send({ method, params });
/** Resolves with the first notification (or server request) for which `test` holds. */
const until = (test) => new Promise((resolve) => waiters.push({ test, resolve }));

let buffer = Buffer.alloc(0);
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.subarray(end + 4 + length);
    if (message.id !== undefined && message.method === undefined) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
      continue;
    }
    // Requests from the server (configuration, registrations): an empty answer.
    if (message.id !== undefined) send({ id: message.id, result: message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null });
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].test(message)) waiters.splice(i, 1)[0].resolve(message);
    }
  }
});

const ready = until((m) => m.method === 'window/logMessage' && /analysis worker ready/.test(m.params?.message ?? ''));
await request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
notify('initialized', {});
await ready;
const done = until((m) => m.method === 'archnotes/status' && m.params?.uri === uri && m.params?.busy === false);
notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await done;
// The worker writes its cache right after its analysis, on its own thread: the server's exit would
// cut that write short, so wait for the file (bin/code-cache.cjs: cacheFolder, the file's name).
const folder = process.env.ARCHNOTES_CODE_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'archnotes');
const written = () => {
  try {
    return readdirSync(folder).some((f) => /^server-worker-\w+\.v8cache$/.test(f) && statSync(join(folder, f)).mtimeMs >= started - 1000);
  } catch {
    return false;
  }
};
for (let waited = 0; !written() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
await request('shutdown', null);
notify('exit', null);
const code = await new Promise((resolve) => child.on('exit', resolve));
clearTimeout(deadline);
const files = readdirSync(folder).filter((f) => f.endsWith('.v8cache'));
console.log(`prime-cache: server run on ${docPath} (${Math.round(text.length / 1024)} KB) in ${Date.now() - started} ms, exit ${code}; ${folder}: ${files.join(' ')}`);
process.exit(files.some((f) => f.startsWith('server-worker-')) && files.some((f) => /^server-\w+\.v8cache$/.test(f)) ? 0 : 1);
