/**
 * The hard stop for an analysis that would hang the server (issue 16). One analysis worker
 * (analysis-worker.ts, bundled to dist/server-worker.cjs) runs an analysis before the server runs
 * it: the server goes ahead only once the worker got through, slice by slice for a big document's
 * first analysis. A worker that takes longer than its budget is terminated, which stops even a
 * regular expression that backtracks (nothing on the server's own thread can), and the document
 * gets one "too complex" note instead of findings. Meanwhile the server's thread is free: hovers on
 * other documents answer at once.
 *
 * Runs one job at a time; a job whose document has moved on by the time its turn comes is dropped.
 * Without the bundled worker (the server run from source, in unit tests) every job passes at once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RuleSettings } from '../engine';

export type ToWorker =
  | { readonly kind: 'open'; readonly id: number; readonly uri: string; readonly text: string; readonly rules: RuleSettings; readonly sliceChars: number }
  | { readonly kind: 'update'; readonly id: number; readonly uri: string; readonly text: string; readonly rules: RuleSettings }
  | { readonly kind: 'close'; readonly uri: string };

export type ToGate =
  | { readonly id: number; readonly kind: 'progress'; readonly slices: number }
  | { readonly id: number; readonly kind: 'done' }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** How a job ended: `ok` (the worker got through, or failed the way the server would: it reports that), `too-complex` (terminated), `stale` (dropped unrun). */
export type Verdict = { readonly kind: 'ok' } | { readonly kind: 'too-complex'; readonly budgetMs: number } | { readonly kind: 'stale' };

/** Budget of a step (a whole update, or the part of a first analysis up to its next slice): this, plus `PER_KB_MS` per KB of the document. */
const BASE_BUDGET_MS = 10_000;
const PER_KB_MS = 20;

export interface GateOptions {
  /** The worker script; undefined: no worker, every job passes. */
  readonly script?: string;
  readonly baseBudgetMs?: number;
  readonly perKbMs?: number;
  /** Tests: the worker spins forever on a text containing this. */
  readonly spinOn?: string;
}

/** A running first analysis: the server awaits `passed(n)` before its own slice n, then `verdict`. */
export interface GatedOpen {
  /** True once the worker is past slice `n` (or finished); false once it was stopped or dropped. */
  passed(n: number): Promise<boolean>;
  readonly verdict: Promise<Verdict>;
}

interface Job {
  readonly message: Exclude<ToWorker, { kind: 'close' }>;
  readonly stale: () => boolean;
  slices: number;
  readonly finish: (verdict: Verdict) => void;
  /** Called on every progress and at the end. */
  readonly onProgress: () => void;
}

export function defaultGateOptions(): GateOptions {
  const script = join(__dirname, 'server-worker.cjs');
  const env = process.env;
  const number = (name: string): number | undefined => {
    const value = Number(env[name] ?? '');
    return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  return {
    script: existsSync(script) ? script : undefined,
    baseBudgetMs: number('ARCHNOTES_ANALYSIS_BUDGET_MS'),
    perKbMs: number('ARCHNOTES_ANALYSIS_BUDGET_PER_KB_MS'),
    spinOn: env['ARCHNOTES_TEST_WORKER_SPINS_ON'] || undefined,
  };
}

export class AnalysisGate {
  readonly #options: GateOptions;
  #worker: Worker | undefined;
  readonly #queue: Job[] = [];
  #current: Job | undefined;
  #timer: NodeJS.Timeout | undefined;
  #nextId = 1;

  constructor(options: GateOptions = defaultGateOptions()) {
    this.#options = options;
  }

  /** False when there is no worker script: jobs pass at once. */
  get enabled(): boolean {
    return this.#options.script !== undefined;
  }

  /** Starts the worker ahead of the first job (loading the bundle takes a few hundred ms). */
  warm(): void {
    if (this.enabled) this.#spawn();
  }

  /** The budget of one step for a document of `chars` characters. */
  budgetMs(chars: number): number {
    return (this.#options.baseBudgetMs ?? BASE_BUDGET_MS) + ((this.#options.perKbMs ?? PER_KB_MS) * chars) / 1024;
  }

  /** A first analysis of `text`, in slices of `sliceChars` like the server's own; `skip`: passes at once. */
  open(uri: string, text: string, rules: RuleSettings, sliceChars: number, stale: () => boolean, skip = false): GatedOpen {
    if (!this.enabled || skip) return { passed: () => Promise.resolve(true), verdict: Promise.resolve({ kind: 'ok' }) };
    const waiters: Array<{ n: number; resolve: (passed: boolean) => void }> = [];
    let ended: Verdict | undefined;
    let job: Job | undefined;
    const settle = (): void => {
      for (let i = waiters.length - 1; i >= 0; i--) {
        const waiter = waiters[i];
        if (!waiter) continue;
        if (ended) waiter.resolve(ended.kind === 'ok');
        else if ((job?.slices ?? 0) >= waiter.n) waiter.resolve(true);
        else continue;
        waiters.splice(i, 1);
      }
    };
    const verdict = new Promise<Verdict>((resolve) => {
      job = {
        message: { kind: 'open', id: this.#nextId++, uri, text, rules, sliceChars },
        stale,
        slices: 0,
        finish: (v) => {
          ended = v;
          settle();
          resolve(v);
        },
        onProgress: settle,
      };
      this.#enqueue(job);
    });
    return {
      passed: (n) => {
        if (ended) return Promise.resolve(ended.kind === 'ok');
        if ((job?.slices ?? 0) >= n) return Promise.resolve(true);
        return new Promise((resolve) => waiters.push({ n, resolve }));
      },
      verdict,
    };
  }

  /** An update of a document the server has analysed before (the worker diffs it against the last text it saw). */
  update(uri: string, text: string, rules: RuleSettings, stale: () => boolean): Promise<Verdict> {
    if (!this.enabled) return Promise.resolve({ kind: 'ok' });
    return new Promise((resolve) => this.#enqueue({ message: { kind: 'update', id: this.#nextId++, uri, text, rules }, stale, slices: 0, finish: resolve, onProgress: () => undefined }));
  }

  close(uri: string): void {
    this.#worker?.postMessage({ kind: 'close', uri } satisfies ToWorker);
  }

  /** Stops the worker (server shutdown). */
  dispose(): void {
    for (const job of this.#queue.splice(0)) job.finish({ kind: 'stale' });
    this.#current?.finish({ kind: 'stale' });
    this.#current = undefined;
    this.#clearTimer();
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #enqueue(job: Job): void {
    this.#queue.push(job);
    this.#next();
  }

  #next(): void {
    while (!this.#current) {
      const job = this.#queue.shift();
      if (!job) return;
      if (job.stale()) {
        job.finish({ kind: 'stale' });
        continue;
      }
      this.#current = job;
      this.#arm(job);
      this.#spawn().postMessage(job.message);
    }
  }

  #spawn(): Worker {
    if (this.#worker) return this.#worker;
    const script = this.#options.script;
    if (!script) throw new Error('no analysis worker');
    const worker = new Worker(script, { workerData: { spinOn: this.#options.spinOn } });
    worker.unref();
    worker.on('message', (message: ToGate) => this.#onMessage(message));
    // An error is followed by 'exit'; listening keeps it from taking the server down.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      // Died on its own (out of memory): the job is not known to hang; the server tries it itself.
      this.#end({ kind: 'ok' });
    });
    this.#worker = worker;
    return worker;
  }

  #onMessage(message: ToGate): void {
    const job = this.#current;
    if (!job || message.id !== job.message.id) return;
    if (message.kind === 'progress') {
      job.slices = message.slices;
      this.#arm(job);
      job.onProgress();
      return;
    }
    this.#end({ kind: 'ok' });
  }

  /** (Re)starts the budget of the current job's next step. */
  #arm(job: Job): void {
    this.#clearTimer();
    const budgetMs = this.budgetMs(job.message.text.length);
    this.#timer = setTimeout(() => {
      const worker = this.#worker;
      this.#worker = undefined;
      void worker?.terminate();
      this.#end({ kind: 'too-complex', budgetMs });
    }, budgetMs);
  }

  #end(verdict: Verdict): void {
    this.#clearTimer();
    const job = this.#current;
    this.#current = undefined;
    job?.finish(verdict);
    this.#next();
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
