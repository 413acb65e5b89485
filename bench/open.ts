/**
 * The first analysis of a big document over the protocol (issue 15, defects 3 and 4): the built
 * server over stdio opens the notes (434 KB) while hovers on service names are sent one after
 * another (`--gap` ms apart), and reports spawn → the answer to `initialize`, open → first publish,
 * open → last publish (the one before the server's `archnotes/status` says the analysis ended), each
 * hover's latency and whether it answered with a card, the server's CPU time (all threads, and its
 * main thread alone) and the load average. `npm run bench` is the judge of performance; this is the harness for the open.
 *
 *   tsx bench/open.ts [--runs 3] [--gap 30] [--ready] [--same] [--file path] [--prof dir] [--root checkout]
 *
 * `--ready`: open once the analysis worker is ready (the server logs it), as a document opened a
 * while after the editor started; without it the document opens right after `initialize`, as the
 * editor's first document. `--prof dir`: the server runs with `--cpu-prof` into `dir`.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchClient } from './lsp';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ROOT = option('--root') ?? join(__dirname, '..');
const RUNS = Number(option('--runs') ?? '3');
const GAP_MS = Number(option('--gap') ?? '30');
const READY = argv.includes('--ready');
const FILE = option('--file') ?? join(ROOT, 'bench', 'fixtures', 'notes.md');
const PROF = option('--prof');
/** Hover one position again and again (the e2e's: "messages from SQS" half way down), not a tour of the notes. */
const SAME = argv.includes('--same');

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
const f0 = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(0));

/** Positions of service names spread over the text: hovers there answer with a card once analysed. */
function hoverTargets(text: string): Array<{ line: number; character: number }> {
  const lines = text.split(/\r\n|\r|\n/);
  const targets: Array<{ line: number; character: number }> = [];
  const name = /\b(SQS|DynamoDB|Lambda|Amazon S3|CloudFront|Kinesis|Aurora|API Gateway)\b/;
  const step = Math.max(1, Math.floor(lines.length / 400));
  for (let line = 0; line < lines.length; line += step) {
    const match = name.exec(lines[line] ?? '');
    if (match) targets.push({ line, character: match.index + 1 });
  }
  return targets;
}

interface Run {
  firstMs: number;
  lastMs: number;
  publishes: number;
  cpuAll: number;
  cpuMain: number;
  hovers: number[];
  /** When each hover was sent, in ms after the open. */
  sentAt: number[];
  answered: number;
  load: string;
  /** The server's log line for the analysis (where it ran). */
  log: string;
  /** From the server's spawn to its answer to `initialize` (the editor opens the first document then). */
  initializeMs: number;
}

async function once(text: string): Promise<Run> {
  const spawned = performance.now();
  const client = new BenchClient(ROOT, process.env, PROF ? ['--cpu-prof', '--cpu-prof-dir', PROF] : []);
  await client.initialize();
  const initializeMs = performance.now() - spawned;
  if (READY) {
    while (!client.logs.some((l) => l.message.includes('analysis worker ready'))) await sleep(20);
  }
  const loadBefore = load();
  const uri = 'file:///bench/open/notes.md';
  const lines = text.split('\n');
  const sameLine = lines.findIndex((l, i) => i > 2500 && /messages from SQS/.test(l));
  const targets = SAME && sameLine > 0 ? [{ line: sameLine, character: (lines[sameLine] ?? '').indexOf('SQS') + 1 }] : hoverTargets(text);
  const cpuBefore = client.cpuMs();
  const opened = performance.now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const ended = (): boolean => client.statuses.some((s) => s.uri === uri && !s.busy);
  const hovers: number[] = [];
  const sentAt: number[] = [];
  let answered = 0;
  for (let i = 0; !ended(); i++) {
    const position = targets[(i * 7) % targets.length] ?? { line: 0, character: 0 };
    const started = performance.now();
    const result = await client.request<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri }, position });
    hovers.push(performance.now() - started);
    sentAt.push(started - opened);
    if (result?.contents) answered++;
    await sleep(GAP_MS);
  }
  const last = await client.finalDiagnostics(uri, 1);
  const first = await client.diagnostics(uri, 1);
  const cpuAfter = client.cpuMs();
  const run: Run = {
    firstMs: first.at - opened,
    lastMs: last.at - opened,
    publishes: client.published.filter((p) => p.uri === uri).length,
    cpuAll: (cpuAfter?.all ?? Number.NaN) - (cpuBefore?.all ?? Number.NaN),
    cpuMain: (cpuAfter?.main ?? Number.NaN) - (cpuBefore?.main ?? Number.NaN),
    hovers,
    sentAt,
    answered,
    load: `${loadBefore} → ${load()}`,
    initializeMs,
    log: client.logs.find((l) => l.message.includes(`analysed ${fileURLToPath(uri)} `))?.message.replace(/^.*?: analysed \S+ /, '') ?? '',
  };
  await client.close();
  await sleep(600);
  return run;
}

async function main(): Promise<void> {
  const text = readFileSync(FILE, 'utf8');
  console.log(`${FILE} (${Math.round(text.length / 1024)} KB), ${READY ? 'worker ready' : 'right after initialize'}, hovers ${GAP_MS} ms apart`);
  for (let i = 0; i < RUNS; i++) {
    const r = await once(text);
    const sorted = [...r.hovers].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `run ${i + 1}: initialize ${f0(r.initializeMs)} ms after the spawn; first ${f0(r.firstMs)} ms, last ${f0(r.lastMs)} ms (${r.publishes} publishes); ` +
        `CPU all threads ${f0(r.cpuAll)} ms, main thread ${f0(r.cpuMain)} ms; ` +
        `hovers ${r.hovers.length} (${r.answered} with a card), first ${f0(r.hovers[0])} ms, median ${f0(median)} ms, worst ${f0(sorted.at(-1))} ms; load ${r.load}; ${r.log}`,
    );
    const worst = r.hovers.map((ms, i) => ({ ms, at: r.sentAt[i] ?? 0 })).sort((a, b) => b.ms - a.ms).slice(0, 4);
    console.log(`  slowest hovers (sent at ms after the open: took ms): ${worst.map((w) => `${f0(w.at)}: ${f0(w.ms)}`).join(', ')}; first publish at ${f0(r.firstMs)}, last at ${f0(r.lastMs)}`);
  }
}

void main();
