/**
 * One worker thread that analyses a part of a big document while the main thread analyses the
 * rest (engine/parts.ts), so opening the notes uses both cores. Started on the first big open and
 * stopped after a minute without work, so an idle server holds no second heap. When the bundled
 * worker is missing (tests run from source) or fails, callers analyse on the main thread.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Part } from '../engine/parts';
import type { PartRequest } from './part-worker';

const IDLE_STOP_MS = 60_000;

interface Reply {
  readonly id: number;
  readonly part?: Part;
  readonly error?: string;
}

export class PartPool {
  readonly #script: string | undefined;
  #worker: Worker | undefined;
  #next = 1;
  readonly #waiting = new Map<number, { resolve: (part: Part | undefined) => void }>();
  #idle: NodeJS.Timeout | undefined;

  constructor(script = join(__dirname, 'part-worker.cjs')) {
    // ARCHNOTES_THREADS=1 keeps all analysis on the main thread (as for the CLI).
    this.#script = existsSync(script) && process.env['ARCHNOTES_THREADS'] !== '1' ? script : undefined;
  }

  get available(): boolean {
    return this.#script !== undefined;
  }

  /** Resolves the analysed part, or undefined when the worker is unavailable or failed. */
  analyze(text: string, from: number, until: number): Promise<Part | undefined> {
    const worker = this.#start();
    if (!worker) return Promise.resolve(undefined);
    if (this.#idle) clearTimeout(this.#idle);
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, { resolve });
      const request: PartRequest = { id, text, from, until };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    if (this.#idle) clearTimeout(this.#idle);
    this.#fail();
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #start(): Worker | undefined {
    if (this.#worker || !this.#script) return this.#worker;
    try {
      // The same young generation as the main thread's --max-semi-space-size=64 (node-flags.ts).
      const worker = new Worker(this.#script, { resourceLimits: { maxYoungGenerationSizeMb: 192 } });
      worker.unref();
      worker.on('message', (reply: Reply) => this.#settle(reply));
      worker.on('error', () => this.#lost(worker));
      worker.on('exit', () => this.#lost(worker));
      this.#worker = worker;
      return worker;
    } catch {
      return undefined;
    }
  }

  #settle(reply: Reply): void {
    const waiting = this.#waiting.get(reply.id);
    this.#waiting.delete(reply.id);
    waiting?.resolve(reply.error === undefined ? reply.part : undefined);
    if (this.#waiting.size === 0) {
      if (this.#idle) clearTimeout(this.#idle);
      this.#idle = setTimeout(() => this.dispose(), IDLE_STOP_MS);
      this.#idle.unref();
    }
  }

  /** A crashed or stopped worker: its callers fall back to the main thread; the next call starts a new one. */
  #lost(worker: Worker): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    this.#fail();
  }

  #fail(): void {
    for (const { resolve } of this.#waiting.values()) resolve(undefined);
    this.#waiting.clear();
  }
}
