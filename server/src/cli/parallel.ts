/**
 * Checking many files on several cores. `run` stays synchronous: the main thread checks files too,
 * taking the next index from a shared counter like the workers, then blocks on an Atomics counter
 * and collects worker results with `receiveMessageOnPort`. Results come back in input order, so
 * the report is identical to a sequential run.
 *
 * A worker costs ~0.4–0.6 s of CPU before it is up to speed (loading the bundle, then cold first
 * files), so workers are only used when there is enough text to pay for them; in source
 * (tests under tsx) there is no bundled worker and the check runs sequentially. Threads take the
 * largest files first, so a big file met last in path order does not run alone at the end.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { checkFile, type CheckOptions } from './check';
import type { FileResult } from './report';

export interface Checked {
  readonly result: FileResult;
  readonly configProblems: string[];
}

/**
 * Below this much text in total, one thread is faster than starting workers: a worker costs ~0.4–0.6 s
 * of CPU before it is up to speed, a warm thread checks ~3 ms/KB today (10 KB docs, 2026-11).
 */
export const PARALLEL_MIN_BYTES = 512 * 1024;
const MAX_THREADS = 8;

export interface WorkerInput {
  readonly files: readonly string[];
  /** Indexes into `files` in the order to check them (largest first). */
  readonly order: readonly number[];
  readonly options: CheckOptions;
  /** [0]: next position in `order` to take; [1]: files finished (main waits on it). */
  readonly counters: SharedArrayBuffer;
  readonly port: MessagePort;
}

export interface WorkerOutput {
  readonly index: number;
  readonly checked: Checked;
}

/** Takes file indexes from the shared counter until none is left; `done` runs after each file. */
export function takeWork(input: Omit<WorkerInput, 'port'>, done: (index: number, checked: Checked) => void): void {
  const counters = new Int32Array(input.counters);
  for (;;) {
    const next = Atomics.add(counters, 0, 1);
    if (next >= input.order.length) return;
    const index = input.order[next] ?? next;
    const file = input.files[index];
    if (file === undefined) return;
    let checked: Checked;
    try {
      checked = checkFile(file, input.options);
    } catch (error) {
      checked = { result: { path: file, findings: [], suppressed: 0, fixed: 0, error: `analysis failed (${(error as Error).message})` }, configProblems: [] };
    }
    done(index, checked);
    Atomics.add(counters, 1, 1);
    Atomics.notify(counters, 1);
  }
}

function workerScript(): string | undefined {
  const script = join(__dirname, 'cli-worker.cjs');
  return existsSync(script) ? script : undefined;
}

/** File sizes in bytes (0 when a file cannot be read: checkFile reports it). */
function sizesOf(files: readonly string[]): number[] {
  return files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  });
}

/** How many threads (main included) to use for files of these sizes. */
export function threadsFor(sizes: readonly number[], hasWorker = workerScript() !== undefined): number {
  const env = Number(process.env['ARCHNOTES_THREADS'] ?? '');
  const cores = Number.isInteger(env) && env > 0 ? env : availableParallelism();
  const threads = Math.min(cores, MAX_THREADS, sizes.length);
  if (threads < 2 || !hasWorker) return 1;
  if (!process.env['ARCHNOTES_THREADS'] && sizes.reduce((total, size) => total + size, 0) < PARALLEL_MIN_BYTES) return 1;
  return threads;
}

/** File indexes, largest file first (ties in input order). */
export function largestFirst(sizes: readonly number[]): number[] {
  return sizes.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
}

/** Checks every file, in parallel when it pays; results in input order. */
export function checkFiles(files: readonly string[], options: CheckOptions): Checked[] {
  const script = workerScript();
  if (files.length < 2 || !script) return files.map((file) => checkFile(file, options));
  const sizes = sizesOf(files);
  const threads = threadsFor(sizes);
  if (threads < 2) return files.map((file) => checkFile(file, options));
  const order = largestFirst(sizes);
  const results: Array<Checked | undefined> = new Array<Checked | undefined>(files.length);
  const counters = new SharedArrayBuffer(8);
  const shared = new Int32Array(counters);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let i = 0; i < threads - 1; i++) {
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { files, order, options, counters, port: port2 };
    workers.push(new Worker(script, { workerData: input, transferList: [port2] }));
    ports.push(port1);
  }
  const drain = (): void => {
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const output = message.message as WorkerOutput;
        results[output.index] = output.checked;
      }
    }
  };
  takeWork({ files, order, options, counters }, (index, checked) => {
    results[index] = checked;
  });
  // Wait for the workers' last files, collecting as they finish.
  for (let finished = Atomics.load(shared, 1); finished < files.length; finished = Atomics.load(shared, 1)) {
    drain();
    Atomics.wait(shared, 1, finished, 50);
  }
  drain();
  for (const worker of workers) void worker.terminate();
  for (const port of ports) port.close();
  return results.map((checked, i) => checked ?? { result: { path: files[i] ?? '', findings: [], suppressed: 0, fixed: 0, error: 'analysis failed (worker exited)' }, configProblems: [] });
}
