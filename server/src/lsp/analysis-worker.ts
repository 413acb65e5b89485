/**
 * The language server's analysis worker (bundled to dist/server-worker.cjs). It runs each
 * analysis the server is about to run, first: the server waits for it, and terminates this thread
 * when it takes longer than its budget (analysis-gate.ts). A regular expression that backtracks
 * cannot be interrupted in the server's own thread; here `Worker.terminate()` stops it at once.
 *
 * It keeps an incremental analyzer per document, so checking an edit costs what the server's own
 * update costs. Nothing is sent back but progress and the end: the server analyses again itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IncrementalAnalyzer, type RuleSettings } from '../engine';
import type { ToGate, ToWorker } from './analysis-gate';

/** Tests only: a text containing this marker spins forever, as a backtracking regex would. */
const spinOn = (workerData as { spinOn?: string } | undefined)?.spinOn;
/** Documents kept; the least recently checked goes first. */
const MAX_DOCUMENTS = 32;

interface Kept {
  analyzer: IncrementalAnalyzer;
  rules: string;
}

const kept = new Map<string, Kept>();

function post(message: ToGate): void {
  parentPort?.postMessage(message);
}

function keep(uri: string, entry: Kept): void {
  kept.delete(uri);
  kept.set(uri, entry);
  while (kept.size > MAX_DOCUMENTS) kept.delete(kept.keys().next().value as string);
}

function spinIfAsked(text: string): void {
  if (!spinOn || !text.includes(spinOn)) return;
  for (;;) {
    // Never returns: the gate's budget has to stop this thread.
  }
}

async function open(id: number, uri: string, text: string, rules: RuleSettings, sliceChars: number): Promise<void> {
  spinIfAsked(text);
  let slices = 0;
  const analyzer = await IncrementalAnalyzer.open(
    text,
    { rules },
    {
      pause: () => {
        post({ id, kind: 'progress', slices: ++slices });
        return Promise.resolve();
      },
      cancelled: () => false,
    },
    sliceChars,
  );
  if (analyzer) keep(uri, { analyzer, rules: JSON.stringify(rules) });
}

async function update(uri: string, text: string, rules: RuleSettings): Promise<void> {
  spinIfAsked(text);
  const key = JSON.stringify(rules);
  const entry = kept.get(uri);
  if (!entry) {
    keep(uri, { analyzer: new IncrementalAnalyzer(text, { rules }), rules: key });
    return;
  }
  if (entry.rules !== key) {
    entry.analyzer.setOptions({ rules });
    entry.rules = key;
  }
  entry.analyzer.update(text);
  keep(uri, entry);
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.kind === 'close') {
    kept.delete(message.uri);
    return;
  }
  const { id } = message;
  const run = message.kind === 'open' ? open(id, message.uri, message.text, message.rules, message.sliceChars) : update(message.uri, message.text, message.rules);
  run.then(
    () => post({ id, kind: 'done' }),
    (error: unknown) => {
      kept.delete(message.uri);
      post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
