/**
 * The hard stop for an analysis that would hang the server (issue 16). One analysis worker
 * (analysis-worker.ts, bundled to dist/server-worker.cjs) analyses the blocks of a risky document
 * (edit-risk.ts) and ships them; the server adopts them and runs only the document-level phase on
 * its own thread. A worker that takes longer than its budget is terminated, which stops even a
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
import { adoptShiftKeys, type BlockSplice, type RuleSettings, type ShiftKeysSnapshot, type ShippedBlock } from '../engine';
import type { DiagnosticFinding } from './convert';

/**
 * A part of a first analysis: text[from, to) analysed as a document of its own. `next`: where the
 * next part starts (a line inside this one, its last): the worker checks a block starts there cleanly.
 */
export interface OpenPart {
  readonly from: number;
  readonly to: number;
  readonly next?: number;
}

export type ToWorker =
  | { readonly kind: 'open'; readonly id: number; readonly uri: string; readonly text: string; readonly rules: RuleSettings; readonly sliceChars: number; readonly keep: boolean; readonly part?: OpenPart }
  | { readonly kind: 'update'; readonly id: number; readonly uri: string; readonly text: string; readonly rules: RuleSettings; readonly base: number | undefined }
  | { readonly kind: 'close'; readonly uri: string };

export type ToGate =
  | { readonly kind: 'shift-keys'; readonly snapshot: ShiftKeysSnapshot }
  | { readonly id: number; readonly kind: 'progress'; readonly slices: number; readonly blocks: readonly ShippedBlock[] }
  | { readonly id: number; readonly kind: 'done'; readonly blocks: BlockSplice | undefined; readonly findings?: readonly DiagnosticFinding[]; readonly verified?: boolean }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/**
 * How a job ended: `ok` (the worker got through, or failed the way the server would: it reports
 * that), `too-complex` (terminated), `stale` (dropped unrun). An `ok` carries the worker's blocks
 * and the sequence number of its analyzer (the job's id), unless the worker failed or died. A first
 * analysis also carries the findings of the worker's own analysis of the text (what a Diagnostic
 * needs of them): the server publishes them before it assembles its own analysis from the blocks.
 */
export type Verdict =
  | { readonly kind: 'ok'; readonly shipped?: { readonly blocks: BlockSplice; readonly seq: number }; readonly findings?: readonly DiagnosticFinding[]; readonly verified?: boolean; readonly parts?: number }
  | { readonly kind: 'too-complex'; readonly budgetMs: number }
  | { readonly kind: 'stale' };

/** Budget of a step (a whole update, or the part of a first analysis up to its next slice): this, plus `PER_KB_MS` per KB of the document. */
const BASE_BUDGET_MS = 10_000;
const PER_KB_MS = 20;
/** A worker loads its bundle and calibrates before its first job (seconds on a loaded machine): not counted in that job's budget. */
const STARTUP_ALLOWANCE_MS = 30_000;

export interface GateOptions {
  /** The worker script; undefined: no worker, every job passes. */
  readonly script?: string;
  readonly baseBudgetMs?: number;
  readonly perKbMs?: number;
  /** Tests: the worker spins forever on a text containing this. */
  readonly spinOn?: string;
  /** Shift keys another worker learned, read when the worker starts: it need not calibrate (a helper worker). */
  readonly shiftKeys?: () => ShiftKeysSnapshot | undefined;
}

interface Job {
  readonly message: Exclude<ToWorker, { kind: 'close' }>;
  readonly stale: () => boolean;
  /** A first analysis: the blocks shipped with its progress so far. */
  readonly blocks: ShippedBlock[];
  readonly finish: (verdict: Verdict) => void;
  /** Called on every progress. */
  readonly onProgress: (slices: number, blocks: readonly ShippedBlock[]) => void;
}

export function defaultGateOptions(): GateOptions {
  const bundle = join(__dirname, 'server-worker.cjs');
  // Through the V8 code cache (launch-worker.cjs) where the build put the launcher beside the bundle.
  const launcher = join(__dirname, 'server-worker-launch.cjs');
  const script = existsSync(bundle) && existsSync(launcher) ? launcher : bundle;
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
  /** The current worker has loaded and calibrated (its first message). */
  #ready = false;
  readonly #readyWaiters: Array<() => void> = [];
  readonly #readyListeners: Array<() => void> = [];

  constructor(options: GateOptions = defaultGateOptions()) {
    this.#options = options;
  }

  /** False when there is no worker script: jobs pass at once. */
  get enabled(): boolean {
    return this.#options.script !== undefined;
  }

  /**
   * A worker has loaded and calibrated, and no first analysis is running or waiting there: a new one
   * starts at once or behind an update (short: one edit's blocks, or a config change's re-check).
   */
  get freeForOpen(): boolean {
    return this.#ready && this.#worker !== undefined && this.#current?.message.kind !== 'open' && !this.#queue.some((job) => job.message.kind === 'open');
  }

  /** Starts the worker ahead of the first job (loading the bundle takes a few hundred ms). */
  warm(): void {
    if (this.enabled) this.#spawn();
  }

  /**
   * Resolves once a worker has started and handed over its shift keys (engine/incremental/shift.ts),
   * or after `timeoutMs`, or at once without a worker. Starts the worker if it is not running.
   */
  whenReady(timeoutMs: number): Promise<void> {
    if (!this.enabled || this.#ready) return Promise.resolve();
    this.warm();
    return new Promise((resolve) => {
      const timer = setTimeout(finish, timeoutMs);
      timer.unref();
      this.#readyWaiters.push(finish);
      function finish(): void {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  /** Calls `listener` each time a worker has started and calibrated (does not start one). */
  onReady(listener: () => void): void {
    this.#readyListeners.push(listener);
  }

  /** The budget of one step for a document of `chars` characters. */
  budgetMs(chars: number): number {
    return (this.#options.baseBudgetMs ?? BASE_BUDGET_MS) + ((this.#options.perKbMs ?? PER_KB_MS) * chars) / 1024;
  }

  /**
   * A first analysis of `text` in slices of `sliceChars`; `onSlice` after each slice with the blocks
   * analysed so far. Without a worker: `ok` at once, with no blocks (the server analyses itself).
   * `keep`: the worker keeps its analyzer for the document's later updates (risky texts only).
   */
  open(uri: string, text: string, rules: RuleSettings, sliceChars: number, stale: () => boolean, onSlice: (slices: number, blocks: readonly ShippedBlock[]) => void = () => undefined, keep = true, part?: OpenPart): Promise<Verdict> {
    if (!this.enabled) return Promise.resolve({ kind: 'ok' });
    const message: ToWorker = { kind: 'open', id: this.#nextId++, uri, text, rules, sliceChars, keep: keep && !part, ...(part ? { part } : {}) };
    return new Promise((resolve) => this.#enqueue({ message, stale, blocks: [], finish: resolve, onProgress: onSlice }));
  }

  /**
   * An update of a document the worker has seen before (it diffs against the last text it saw).
   * `base`: the sequence number of the worker's blocks the server holds (a splice of them comes
   * back), or undefined (every block comes back).
   */
  update(uri: string, text: string, rules: RuleSettings, base: number | undefined, stale: () => boolean): Promise<Verdict> {
    if (!this.enabled) return Promise.resolve({ kind: 'ok' });
    return new Promise((resolve) => this.#enqueue({ message: { kind: 'update', id: this.#nextId++, uri, text, rules, base }, stale, blocks: [], finish: resolve, onProgress: () => undefined }));
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
      const worker = this.#spawn();
      this.#arm(job);
      worker.postMessage(job.message);
    }
  }

  #spawn(): Worker {
    if (this.#worker) return this.#worker;
    const script = this.#options.script;
    if (!script) throw new Error('no analysis worker');
    const worker = new Worker(script, { workerData: { spinOn: this.#options.spinOn, shiftKeys: this.#options.shiftKeys?.() } });
    this.#ready = false;
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
    // Learned by the worker as it starts: the server's first edit need not calibrate (shift.ts).
    if (message.kind === 'shift-keys') {
      adoptShiftKeys(message.snapshot);
      // The worker is ready: a job's budget starts now (loading and calibrating are not the job's).
      this.#ready = true;
      for (const waiter of this.#readyWaiters.splice(0)) waiter();
      for (const listener of this.#readyListeners) listener();
      if (this.#current) this.#arm(this.#current);
      return;
    }
    const job = this.#current;
    if (!job || message.id !== job.message.id) return;
    if (message.kind === 'progress') {
      for (const block of message.blocks) job.blocks.push(block);
      this.#arm(job);
      job.onProgress(message.slices, job.blocks);
      return;
    }
    if (message.kind === 'failed') {
      this.#end({ kind: 'ok' });
      return;
    }
    const blocks: BlockSplice | undefined = job.message.kind === 'open' ? { kind: 'all', blocks: job.blocks } : message.blocks;
    this.#end({ kind: 'ok', ...(blocks ? { shipped: { blocks, seq: job.message.id } } : {}), ...(message.findings ? { findings: message.findings } : {}), ...(message.verified !== undefined ? { verified: message.verified } : {}) });
  }

  /** (Re)starts the budget of the current job's next step. */
  #arm(job: Job): void {
    this.#clearTimer();
    const budgetMs = this.budgetMs(job.message.text.length);
    // A worker still starting gets its start-up allowance on top (it re-arms once ready).
    this.#timer = setTimeout(() => {
      const worker = this.#worker;
      this.#worker = undefined;
      void worker?.terminate();
      this.#end({ kind: 'too-complex', budgetMs });
    }, budgetMs + (this.#ready ? 0 : STARTUP_ALLOWANCE_MS));
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
