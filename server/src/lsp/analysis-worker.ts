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
import { adoptShiftKeys, cleanStart, IncrementalAnalyzer, shiftBlockAnalysis, shiftKeysSnapshot, type BlockSplice, type RuleSettings, type ShiftKeysSnapshot, type ShippedBlock } from '../engine';
import type { OpenPart, ToGate, ToWorker } from './analysis-gate';
import type { DiagnosticFinding } from './convert';

const data = workerData as { spinOn?: string; shiftKeys?: ShiftKeysSnapshot } | undefined;
/** Tests only: a text containing this marker spins forever, as a backtracking regex would. */
const spinOn = data?.spinOn;
// A helper worker (it analyses a part of a first analysis) takes the keys the first worker learned.
if (data?.shiftKeys) adoptShiftKeys(data.shiftKeys);
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

/**
 * A first analysis: each slice's blocks go with its progress; the end ships the findings of this
 * thread's analysis (the server publishes them at once, before its own document phase).
 */
async function open(id: number, uri: string, text: string, rules: RuleSettings, sliceChars: number, keepIt: boolean, part?: OpenPart): Promise<{ blocks: undefined; findings?: DiagnosticFinding[]; verified?: boolean }> {
  spinIfAsked(text);
  if (part) return { blocks: undefined, verified: await openPart(id, text, rules, sliceChars, part) };
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
  const findings = analyzer?.analysis.findings.map(({ ruleId, severity, message, start, end }) => ({ ruleId, severity, message, start, end }));
  return { blocks: undefined, ...(findings ? { findings } : {}) };
}

/**
 * A part of a first analysis (two workers analyse the halves of a big text at once): the part's text
 * is analysed as a document of its own, a fresh parse from its start (a clean start: see
 * engine/parse/slices.ts), and its blocks are shipped at their offsets in the whole text. A part
 * with a `next` runs up to the end of that line and checks that a block starts there cleanly, as the
 * engine checks a slice's cut: only then are the next part's blocks the whole-document parse's.
 * Resolves whether that held (true without a `next`). No findings: the server assembles the parts.
 */
async function openPart(id: number, text: string, rules: RuleSettings, sliceChars: number, part: OpenPart): Promise<boolean> {
  const { from, to, next } = part;
  const source = text.slice(from, to);
  const last = source.trimEnd().length;
  let verified = next === undefined;
  let complete = false;
  let previousType: string | undefined;
  let slices = 0;
  let blocks: ShippedBlock[] = [];
  await IncrementalAnalyzer.open(
    source,
    { rules },
    {
      shipped: (fresh) => {
        for (const block of fresh) {
          const start = block.start + from;
          if (next !== undefined && start >= next) {
            if (start === next) verified = cleanStart(text, next, previousType);
            complete = true;
            break;
          }
          previousType = block.type;
          blocks.push({ type: block.type, start, end: block.end + from, result: shiftBlockAnalysis(block.result, from), pending: 0 });
          if (block.end >= last) complete = true;
        }
      },
      pause: () => {
        post({ id, kind: 'progress', slices: ++slices, blocks });
        blocks = [];
        return Promise.resolve();
      },
      // Every block is shipped: the part's own document phase would be wasted (the server assembles).
      cancelled: () => complete,
    },
    sliceChars,
  );
  if (blocks.length > 0) post({ id, kind: 'progress', slices: ++slices, blocks });
  return verified;
}

/** An update: a splice of the blocks the server has when they are those of job `base`, else every block. */
async function update(id: number, uri: string, text: string, rules: RuleSettings, base: number | undefined): Promise<{ blocks: BlockSplice }> {
  return { blocks: await updateBlocks(id, uri, text, rules, base) };
}

async function updateBlocks(id: number, uri: string, text: string, rules: RuleSettings, base: number | undefined): Promise<BlockSplice> {
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

/**
 * Run through dist/server-worker-launch.cjs: writes the V8 code cache once (a no-op after the first
 * call, or when the cache was read): after the first analysis, so it holds the code that analysis
 * compiled. A worker sees no `exit` event when the server ends, where the launcher would write it.
 */
function saveCodeCache(): void {
  const save = (globalThis as Record<symbol, unknown>)[Symbol.for('archnotes.saveCodeCache')];
  if (typeof save === 'function') save();
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
  const run: Promise<{ blocks: BlockSplice | undefined; findings?: DiagnosticFinding[]; verified?: boolean }> = message.kind === 'open' ? open(id, message.uri, message.text, message.rules, message.sliceChars, message.keep, message.part) : update(id, message.uri, message.text, message.rules, message.base);
  run.then(
    (done) => {
      post({ id, kind: 'done', ...done });
      if (message.kind === 'open') saveCodeCache();
    },
    (error: unknown) => {
      kept.delete(message.uri);
      post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
