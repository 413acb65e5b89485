/**
 * Checking many files on several cores. The main thread checks files too, taking the next one from
 * a shared counter like the workers, then waits for the workers' results (or their exit: a worker
 * that dies, say out of memory, costs the file it was on, reported as failed, never a hang).
 * Results come back in input order, so the report is identical to a sequential run.
 *
 * A worker costs ~0.4–0.6 s of CPU before it is up to speed (loading the bundle, then cold first
 * files), so workers are only used when there is enough text to pay for them; in source
 * (tests under tsx) there is no bundled worker and the check runs sequentially. Threads take the
 * largest files first, so a big file met last in path order does not run alone at the end.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckOptions, type Checked } from './check';

export type { Checked };

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
  /** [0]: next position in `order` to take. */
  readonly counters: SharedArrayBuffer;
}

export interface WorkerOutput {
  readonly index: number;
  readonly checked: Checked;
}

const failed = (path: string, why: string): Checked => ({ result: { path, findings: [], suppressed: 0, fixed: 0, error: `analysis failed (${why})`, failure: 'internal' }, configProblems: [] });

/** Checks one file; an exception (a bug) fails that file only, never the run. */
export function checkSafely(file: string, options: CheckOptions): Checked {
  try {
    return checkFile(file, options);
  } catch (error) {
    return failed(file, error instanceof Error ? error.message : String(error));
  }
}

/** Takes file indexes from the shared counter until none is left; `done` runs after each file. */
export function takeWork(input: WorkerInput, done: (index: number, checked: Checked) => void): void {
  const counters = new Int32Array(input.counters);
  for (;;) {
    const next = Atomics.add(counters, 0, 1);
    if (next >= input.order.length) return;
    const index = input.order[next] ?? next;
    const file = input.files[index];
    if (file === undefined) return;
    done(index, checkSafely(file, input.options));
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
export async function checkFiles(files: readonly string[], options: CheckOptions): Promise<Checked[]> {
  const script = workerScript();
  if (files.length < 2 || !script) return files.map((file) => checkSafely(file, options));
  const sizes = sizesOf(files);
  const threads = threadsFor(sizes);
  if (threads < 2) return files.map((file) => checkSafely(file, options));
  const order = largestFirst(sizes);
  const results: Array<Checked | undefined> = new Array<Checked | undefined>(files.length);
  let received = 0;
  let allIn = (): void => undefined;
  const allReceived = new Promise<void>((resolve) => (allIn = resolve));
  const store = (index: number, checked: Checked): void => {
    if (results[index] === undefined) received++;
    results[index] = checked;
    if (received >= files.length) allIn();
  };
  const input: WorkerInput = { files, order, options, counters: new SharedArrayBuffer(4) };
  const workers: Worker[] = [];
  const exited: Array<Promise<void>> = [];
  for (let i = 0; i < threads - 1; i++) {
    const worker = new Worker(script, { workerData: input });
    worker.on('message', (output: WorkerOutput) => store(output.index, output.checked));
    // An error is followed by 'exit'; listening keeps it from taking the process down.
    worker.on('error', () => undefined);
    exited.push(new Promise((resolve) => worker.once('exit', () => resolve())));
    workers.push(worker);
  }
  takeWork(input, store);
  // Results and exits queued while the main thread was busy are delivered from here on (a worker's
  // messages always before its 'exit').
  await Promise.race([allReceived, Promise.all(exited)]);
  for (const worker of workers) void worker.terminate();
  // Array.from, not map: map skips the holes a dead worker leaves.
  return Array.from(files, (file, i) => results[i] ?? failed(file, 'worker exited'));
}
