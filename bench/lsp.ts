/** A minimal LSP client over stdio for the benchmark: spawns the built server and timestamps traffic. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: number;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

export interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: readonly unknown[];
  /** performance.now() when the notification was read. */
  readonly at: number;
}

export class BenchClient {
  readonly child: ChildProcessWithoutNullStreams;
  #buffer: Buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<number, (message: Message) => void>();
  #waiters: Array<(p: Published) => boolean> = [];
  readonly published: Published[] = [];
  /** `archnotes/status` notifications: `busy: false` ends an analysis. */
  readonly statuses: Array<{ readonly uri: string; readonly busy: boolean; readonly at: number }> = [];
  /** `window/logMessage` texts with the time they were read. */
  readonly logs: Array<{ readonly message: string; readonly at: number }> = [];

  /** `nodeArgs`: options for the server's node (e.g. `--cpu-prof`). */
  constructor(root: string, env: NodeJS.ProcessEnv = process.env, nodeArgs: readonly string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, join(root, 'bin', 'archnotes-language-server.cjs'), '--stdio'], { stdio: 'pipe', env });
    this.child.stdout.on('data', (chunk: Buffer) => this.#onData(chunk));
    this.child.stderr.on('data', () => undefined);
  }

  #onData(chunk: Buffer): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString('ascii'))?.[1] ?? '0');
      if (this.#buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.#buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.#buffer = this.#buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method) {
        // workspace/configuration and friends: the defaults.
        this.#send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [{}] : null });
      } else if (message.id !== undefined) {
        this.#pending.get(message.id)?.(message);
        this.#pending.delete(message.id);
      } else if (message.method === 'archnotes/status') {
        const params = message.params as { uri: string; busy: boolean };
        this.statuses.push({ uri: params.uri, busy: params.busy, at: performance.now() });
      } else if (message.method === 'window/logMessage') {
        this.logs.push({ message: String((message.params as { message?: unknown }).message), at: performance.now() });
      } else if (message.method === 'textDocument/publishDiagnostics') {
        const params = message.params as Omit<Published, 'at'>;
        const published: Published = { ...params, at: performance.now() };
        this.published.push(published);
        this.#waiters = this.#waiters.filter((accept) => !accept(published));
      }
    }
  }

  #send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result as T)));
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first publishDiagnostics for `uri` (at `version` when given), past or future. */
  diagnostics(uri: string, version?: number, timeoutMs = 120_000): Promise<Published> {
    const accept = (p: Published): boolean => p.uri === uri && (version === undefined || p.version === version);
    const seen = this.published.find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version ?? '?'}`)), timeoutMs);
      this.#waiters.push((p) => {
        if (!accept(p)) return false;
        clearTimeout(timer);
        resolve(p);
        return true;
      });
    });
  }

  async initialize(): Promise<void> {
    await this.request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    this.notify('initialized', {});
  }

  /**
   * Resolves with the last publishDiagnostics for `uri` at `version` of the analysis that ends with
   * the next `archnotes/status` `busy: false` (a big first analysis publishes partial results first,
   * and the final publish goes out right before that status).
   */
  async finalDiagnostics(uri: string, version: number, timeoutMs = 120_000): Promise<Published> {
    const deadline = performance.now() + timeoutMs;
    while (!this.statuses.some((s) => s.uri === uri && !s.busy)) {
      if (performance.now() > deadline) throw new Error(`no end of analysis for ${uri}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const last = this.published.filter((p) => p.uri === uri && p.version === version).at(-1);
    if (!last) throw new Error(`no diagnostics for ${uri} v${version}`);
    return last;
  }

  /** CPU time of the server process in ms, in all and on its main thread (Linux; clock ticks of 10 ms). */
  cpuMs(): { all: number; main: number } | undefined {
    const pid = this.child.pid;
    if (pid === undefined) return undefined;
    const ticks = (path: string): number => {
      const stat = readFileSync(path, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(fields[11]) + Number(fields[12]);
    };
    try {
      return { all: ticks(`/proc/${pid}/stat`) * 10, main: ticks(`/proc/${pid}/task/${pid}/stat`) * 10 };
    } catch {
      return undefined;
    }
  }

  /** Peak resident set size of the server process so far (Linux), in MB. */
  peakRssMb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.child.pid ?? 0}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
      return Number.isFinite(kb) ? kb / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    setTimeout(() => this.child.kill(), 500).unref();
  }
}
