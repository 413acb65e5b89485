/**
 * The language server's analysis worker (bundled to dist/server-worker.cjs). It runs each
 * analysis the server is about to run, first: the server waits for it, and terminates this thread
 * when it takes longer than its budget (analysis-gate.ts). A regular expression that backtracks
 * cannot be interrupted in the server's own thread; here `Worker.terminate()` stops it at once.
 *
 * It keeps an incremental analyzer per document, so checking an edit costs what the server's own
 * update would. It ships the blocks it analysed (structured clones of the block results: a first
 * analysis slice by slice, an update as a splice of the block list), and the server adopts them
 * instead of analysing the same blocks again on its own thread: only the document-level phase runs
 * there. Each kept analyzer has a sequence number (the id of the job that last moved it); an update
 * is shipped as a splice only when the server's blocks are those of that sequence, else in full.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IncrementalAnalyzer, shiftKeysSnapshot, type BlockSplice, type RuleSettings, type ShippedBlock } from '../engine';
import type { ToGate, ToWorker } from './analysis-gate';

/** Tests only: a text containing this marker spins forever, as a backtracking regex would. */
const spinOn = (workerData as { spinOn?: string } | undefined)?.spinOn;
/** Documents kept; the least recently checked goes first. */
const MAX_DOCUMENTS = 32;

interface Kept {
  analyzer: IncrementalAnalyzer;
  rules: string;
  /** The id of the job that last brought `analyzer` to its text. */
  seq: number;
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

/** A first analysis: each slice's blocks go with its progress; the end ships nothing more. */
async function open(id: number, uri: string, text: string, rules: RuleSettings, sliceChars: number, keepIt: boolean): Promise<BlockSplice | undefined> {
  spinIfAsked(text);
  let slices = 0;
  let blocks: readonly ShippedBlock[] = [];
  const analyzer = await IncrementalAnalyzer.open(
    text,
    { rules },
    {
      shipped: (fresh) => (blocks = fresh),
      pause: () => {
        post({ id, kind: 'progress', slices: ++slices, blocks });
        blocks = [];
        return Promise.resolve();
      },
      cancelled: () => false,
    },
    sliceChars,
  );
  // Not kept: a document the server updates itself (its first analysis came here only to leave the
  // server's thread free); an old entry would be out of step anyway.
  if (analyzer && keepIt) keep(uri, { analyzer, rules: JSON.stringify(rules), seq: id });
  else kept.delete(uri);
  return undefined;
}

/** An update: a splice of the blocks the server has when they are those of job `base`, else every block. */
async function update(id: number, uri: string, text: string, rules: RuleSettings, base: number | undefined): Promise<BlockSplice> {
  spinIfAsked(text);
  const key = JSON.stringify(rules);
  const entry = kept.get(uri);
  if (!entry) {
    const analyzer = new IncrementalAnalyzer(text, { rules });
    keep(uri, { analyzer, rules: key, seq: id });
    return analyzer.lastSplice;
  }
  if (entry.rules !== key) {
    entry.analyzer.setOptions({ rules });
    entry.rules = key;
  }
  const inStep = entry.seq === base;
  const before = entry.analyzer.text;
  entry.analyzer.update(text);
  entry.seq = id;
  keep(uri, entry);
  const splice = entry.analyzer.lastSplice;
  if (inStep && before !== text) return splice;
  // Unchanged text: nothing moved (an empty splice); out of step: every block.
  if (inStep) return { kind: 'splice', first: 0, end: 0, fresh: [], delta: 0 };
  return splice.kind === 'all' ? splice : { kind: 'all', blocks: entry.analyzer.blocks() };
}

// Calibrating how block results shift (engine/incremental/shift.ts) takes seconds of CPU in a fresh
// thread: done here, before any job is read (the gate starts a job's budget at this message), and
// handed to the server, which then need not do it on its own thread.
post({ kind: 'shift-keys', snapshot: shiftKeysSnapshot() });

parentPort?.on('message', (message: ToWorker) => {
  if (message.kind === 'close') {
    kept.delete(message.uri);
    return;
  }
  const { id } = message;
  const run = message.kind === 'open' ? open(id, message.uri, message.text, message.rules, message.sliceChars, message.keep) : update(id, message.uri, message.text, message.rules, message.base);
  run.then(
    (blocks) => post({ id, kind: 'done', blocks }),
    (error: unknown) => {
      kept.delete(message.uri);
      post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
