/**
 * `npm run fuzz`: the long property-based run of the engine (see test/fuzz/properties.ts for the
 * properties). Reports cases run, time, peak memory and the result; on a failure prints the shrunk
 * counterexample with the seed and path that replay it, and exits 1.
 *
 *   npm run fuzz -- --cases 100000 --seed 42 [--big-weight 1] [--out fuzz-result.json]
 *   npm run fuzz -- --seed 42 --path "12:3:0"   (replay one failure)
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { anyDoc, seedTexts } from '../test/fuzz/generators';
import { checkEngineCase } from '../test/fuzz/properties';
import { ruleSettings } from '../test/fuzz/run';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const cases = Number(arg('cases') ?? 100_000);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const path = arg('path');
/** Big documents (100k-character lines, 2000-row tables, 400-deep nesting) per 1000 cases. */
const bigPerMille = Number(arg('big-weight') ?? 2);
const out = arg('out');

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
      process.stderr.write(`fuzz: ${count} cases, ${((now - started) / 1000).toFixed(0)} s, rss ${(peakRss / 2 ** 20).toFixed(0)} MiB\n`);
    }
  }
});

const result = fc.check(property, { seed, numRuns: cases, path, verbose: fc.VerbosityLevel.None });
const seconds = (Date.now() - started) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
const summary = {
  result: result.failed ? 'FAILED' : 'passed',
  cases: count,
  numRuns: result.numRuns,
  seed,
  seconds: Math.round(seconds),
  casesPerSecond: Math.round(count / Math.max(seconds, 0.001)),
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
