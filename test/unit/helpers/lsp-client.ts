/** A small LSP client over stdio for protocol tests: spawns the real built server binary. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export interface Message {
  jsonrpc: '2.0';
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** The shapes of the server's messages that tests read (the protocol tests and the stress test share them). */
export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export interface Diagnostic {
  range: Range;
  code: string;
  source: string;
  severity: number;
  message: string;
  codeDescription?: { href: string };
}
export interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface Hover {
  contents: { kind: string; value: string };
  range?: Range;
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  #pending = new Map<number, (m: Message) => void>();
  #listeners: Array<(m: Message) => void> = [];
  /** Return this from `onServerRequest` to leave the server's request unanswered (a client that never replies). */
  static readonly NO_REPLY: unique symbol = Symbol('no reply');
  /** Answers the server's own requests (workspace/configuration…); default: null. */
  onServerRequest: (m: Message) => unknown = () => null;

  /** `execArgv`: node options for the server process (e.g. `--require` a preload); `cwd`, `env` as for spawn; `bin`: another server script (an installed package's). */
  constructor(args: string[] = ['--stdio'], options: { execArgv?: string[]; cwd?: string; env?: NodeJS.ProcessEnv; bin?: string } = {}) {
    const bin = options.bin ?? join(__dirname, '..', '..', '..', 'bin', 'archnotes-language-server.cjs');
    this.process = spawn(process.execPath, [...(options.execArgv ?? []), bin, ...args], { stdio: 'pipe', cwd: options.cwd, env: options.env });
    this.process.stdout.on('data', (chunk: Buffer) => this.#onData(chunk));
  }

  #onData(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.#buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1] ?? '0');
      if (this.#buffer.length < headerEnd + 4 + length) return;
      const body = this.#buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.#buffer = this.#buffer.subarray(headerEnd + 4 + length);
      const message = JSON.parse(body) as Message;
      if (message.id !== undefined && message.method) {
        const result = this.onServerRequest(message);
        if (result !== LspClient.NO_REPLY) this.#send({ jsonrpc: '2.0', id: message.id, result });
      } else if (message.id !== undefined) {
        this.#pending.get(message.id)?.(message);
        this.#pending.delete(message.id);
      } else {
        for (const listener of [...this.#listeners]) listener(message);
      }
    }
  }

  #send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result as T)));
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** A request whose id is known, so a test can cancel it; errors resolve as `{ error }` with their code. */
  requestWithId(method: string, params: unknown): { id: number; response: Promise<Message> } {
    const id = this.#nextId++;
    const response = new Promise<Message>((resolve) => this.#pending.set(id, resolve));
    this.#send({ jsonrpc: '2.0', id, method, params });
    return { id, response };
  }

  /** A request and its `$/cancelRequest` in one write, so the cancel arrives while the request is still queued. */
  requestCancelledInQueue(method: string, params: unknown): Promise<Message> {
    const id = this.#nextId++;
    const response = new Promise<Message>((resolve) => this.#pending.set(id, resolve));
    const frame = (message: unknown): string => {
      const body = JSON.stringify(message);
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    this.process.stdin.write(frame({ jsonrpc: '2.0', id, method, params }) + frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } }));
    return response;
  }

  /** Writes raw bytes to the server (malformed frames, invalid JSON). */
  writeRaw(data: string | Buffer): void {
    this.process.stdin.write(data);
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: '2.0', method, params });
  }

  /** Calls `listener` with the params of every notification `method` until the returned function is called. */
  onNotification<T>(method: string, listener: (params: T) => void): () => void {
    const wrapped = (m: Message): void => {
      if (m.method === method) listener(m.params as T);
    };
    this.#listeners.push(wrapped);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== wrapped);
    };
  }

  /** Resolves with the next notification `method` whose params satisfy `accept`. */
  waitFor<T>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 15000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#listeners = this.#listeners.filter((l) => l !== listener);
        reject(new Error(`timed out waiting for ${method}`));
      }, timeoutMs);
      const listener = (m: Message): void => {
        if (m.method !== method || !accept(m.params as T)) return;
        clearTimeout(timer);
        this.#listeners = this.#listeners.filter((l) => l !== listener);
        resolve(m.params as T);
      };
      this.#listeners.push(listener);
    });
  }

  /** `folder`: a workspace folder (a file URI), as VS Code sends one. */
  async initialize(capabilities: unknown = {}, folder?: string): Promise<unknown> {
    const folders = folder ? { rootUri: folder, workspaceFolders: [{ uri: folder, name: 'ws' }] } : { rootUri: null };
    const result = await this.request('initialize', { processId: process.pid, ...folders, capabilities });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }
}
