/**
 * `npm run fuzz`: the long property-based run of the engine (see test/fuzz/properties.ts for the
 * properties). Reports cases run, time, peak memory and the result; on a failure prints the shrunk
 * counterexample with the seed and path that replay it, and exits 1.
 *
 *   npm run fuzz -- --cases 100000 --seed 42 [--workers 2] [--big-weight 2] [--incremental-cases 2000] [--out fuzz-result.json]
 *   npm run fuzz -- --minutes 60 --seed 42      (as many cases as fit in the time, then the summary)
 *   npm run fuzz -- --seed 42 --path "12:3:0"   (replay one failure)
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { anyDoc, editArb, hostileName, seedTexts } from '../test/fuzz/generators';
import { checkEngineCase, checkIncremental, checkReportCase } from '../test/fuzz/properties';
import { ruleSettings } from '../test/fuzz/run';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A time budget instead of a case count: the engine phase stops after 94 % of it, the incremental phase (2 % of the engine cases) gets the rest; no failure = passed. */
const minutes = arg('minutes') === undefined ? undefined : Number(arg('minutes'));
const budgetMs = minutes === undefined ? undefined : Math.max(1, minutes * 60_000);
const cases = Number(arg('cases') ?? (budgetMs === undefined ? 100_000 : 1_000_000_000));
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const path = arg('path');
/** Big documents (100k-character lines, 2000-row tables, 400-deep nesting) per 1000 cases. */
const bigPerMille = Number(arg('big-weight') ?? 2);
const out = arg('out');
/** Incremental-vs-full cases after the engine cases (default: 2% of them). */
const incrementalArg = arg('incremental-cases');
const incrementalRuns = Number(incrementalArg ?? Math.ceil(cases / 50));

/** Parallel processes (seeds seed, seed+1, …), each running its share of the cases. */
const workers = Math.max(1, Number(arg('workers') ?? 1));

interface Summary {
  result: string;
  cases: number;
  incrementalCases: number;
  seed: number;
  seconds: number;
  findings: number;
  safeEdits: number;
  largestInput: number;
  peakRssMiB: number;
}

if (workers > 1 && !path) {
  const started = Date.now();
  const share = Math.ceil(cases / workers);
  const runs = Array.from({ length: workers }, (_, i) =>
    new Promise<{ summary?: Summary; output: string; code: number | null }>((resolve) => {
      const args = [...process.execArgv, __filename, '--cases', String(share), '--seed', String(seed + i), '--big-weight', String(arg('big-weight') ?? 2)];
      if (budgetMs === undefined || incrementalArg !== undefined) args.push('--incremental-cases', String(Math.ceil(incrementalRuns / workers)));
      if (minutes !== undefined) args.push('--minutes', String(minutes));
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        // A failing worker's counterexample shows at once, not when the slowest worker ends.
        process.stderr.write(chunk.toString('utf8').replace(/^/gm, `[worker ${i}] `));
      });
      child.on('exit', (code) => {
        const json = /^\{[\s\S]*?^\}/m.exec(output)?.[0];
        resolve({ summary: json ? (JSON.parse(json) as Summary) : undefined, output, code });
      });
    }),
  );
  void Promise.all(runs).then((results) => {
    const summaries = results.flatMap((r) => (r.summary ? [r.summary] : []));
    const total = {
      result: results.every((r) => r.code === 0 && r.summary?.result === 'passed') ? 'passed' : 'FAILED',
      cases: summaries.reduce((n, s) => n + s.cases, 0),
      incrementalCases: summaries.reduce((n, s) => n + s.incrementalCases, 0),
      workers,
      seeds: summaries.map((s) => s.seed),
      seconds: Math.round((Date.now() - started) / 1000),
      casesPerSecond: Number((summaries.reduce((n, s) => n + s.cases, 0) / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1)),
      findings: summaries.reduce((n, s) => n + s.findings, 0),
      safeEdits: summaries.reduce((n, s) => n + s.safeEdits, 0),
      largestInput: Math.max(0, ...summaries.map((s) => s.largestInput)),
      peakRssMiBPerProcess: Math.max(0, ...summaries.map((s) => s.peakRssMiB)),
      node: process.version,
    };
    process.stdout.write(`${JSON.stringify(total, null, 2)}\n`);
    if (out) writeFileSync(out, `${JSON.stringify(total, null, 2)}\n`);
    for (const r of results) if (r.code !== 0) process.stdout.write(`\n${r.output}\n`);
    if (total.result !== 'passed') process.exitCode = 1;
  });
} else {
  runOne();
}

function runOne(): void {
  const seeds = seedTexts();
  const doc = fc.oneof({ weight: 1000 - bigPerMille, arbitrary: anyDoc(seeds) }, { weight: Math.max(0, bigPerMille), arbitrary: anyDoc(seeds, { big: true }) });

  let count = 0;
  let findings = 0;
  let safeEdits = 0;
  let largest = 0;
  let peakRss = 0;
  const started = Date.now();
  let lastReport = started;

  const property = fc.property(doc, ruleSettings, fc.array(fc.nat(), { maxLength: 12 }), (text, rules, probes) => {
    count++;
    largest = Math.max(largest, text.length);
    const report = checkEngineCase(text, { rules, probes, skipFixes: text.length > 300_000 });
    findings += report.findings;
    safeEdits += report.safeEdits;
    if ((count & 255) === 0) {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const now = Date.now();
      if (now - lastReport > 30_000) {
        lastReport = now;
        process.stderr.write(`fuzz[seed ${seed}]: ${count} cases, ${((now - started) / 1000).toFixed(0)} s, rss ${(peakRss / 2 ** 20).toFixed(0)} MiB\n`);
      }
    }
  });

  const engineResult = fc.check(property, { seed, numRuns: cases, path, verbose: fc.VerbosityLevel.None, interruptAfterTimeLimit: budgetMs === undefined || path ? undefined : budgetMs * 0.94 });
  const engineSeconds = (Date.now() - started) / 1000;
  const engineCases = count;
  // Incremental = full analysis after random edits (each edit costs a full analysis too: fewer cases).
  let incrementalCases = 0;
  const incrementalProperty = fc.property(fc.oneof(anyDoc(seeds)), fc.array(editArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(64, 256, 2048, 16384), (text, edits, chunk) => {
    incrementalCases++;
    checkIncremental(text, edits, chunk);
  });
  // With a time budget: 2 % of the engine cases run, within what is left of the budget.
  const incrementalNumRuns = budgetMs !== undefined && incrementalArg === undefined ? Math.ceil(engineCases / 50) : incrementalRuns;
  const left = budgetMs === undefined ? undefined : Math.max(budgetMs * 0.06, budgetMs - (Date.now() - started));
  const incrementalResult = engineResult.failed || path ? engineResult : fc.check(incrementalProperty, { seed, numRuns: incrementalNumRuns, verbose: fc.VerbosityLevel.None, interruptAfterTimeLimit: left });
  // Hostile file names through every CLI output format (1 % of the engine cases, at least 100).
  let nameCases = 0;
  const nameProperty = fc.property(hostileName, fc.oneof(anyDoc(seeds)), (name, text) => {
    nameCases++;
    checkReportCase(name, text);
  });
  const result = incrementalResult.failed || path ? incrementalResult : fc.check(nameProperty, { seed, numRuns: Math.max(100, Math.ceil(engineCases / 100)), verbose: fc.VerbosityLevel.None });
  const seconds = (Date.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const summary = {
    result: result.failed ? 'FAILED' : 'passed',
    cases: engineCases,
    incrementalCases,
    seed,
    seconds: Math.round(seconds),
    casesPerSecond: Number((engineCases / Math.max(engineSeconds, 0.001)).toFixed(1)),
    nameCases,
    stoppedByTime: engineResult.interrupted || incrementalResult.interrupted,
    findings,
    safeEdits,
    largestInput: largest,
    peakRssMiB: Math.round(peakRss / 2 ** 20),
    node: process.version,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (out) writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  if (result.failed) {
    const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    process.stdout.write(`\ncounterexample (replay: --seed ${result.seed} --path "${result.counterexamplePath ?? ''}"):\n${JSON.stringify(result.counterexample?.[0])}\n${error}\n`);
    process.exitCode = 1;
  }
}
