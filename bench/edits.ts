/**
 * `npx tsx bench/edits.ts [--reps N] [--phases]`: the in-process one-character edits of `npm run bench`
 * on the notes, alone, for profiling (`node --cpu-prof --import tsx bench/edits.ts`) and A/B
 * comparisons. `--phases` also times the document phase's parts and each document rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalAnalyzer } from '../server/src/engine/incremental/analyzer';

const ROOT = join(__dirname, '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const REPS = arg('--reps', 60);
const FILE = [join(ROOT, 'bench', 'fixtures', 'notes.md'), '/work/shared/seed/000_1718febd920874bd.txt'].find(existsSync);
if (!FILE) throw new Error('no notes');
const text = readFileSync(FILE, 'utf8');

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;

const analyzer = new IncrementalAnalyzer(text);
const out: Record<string, number> = {};
for (const where of ['start', 'middle', 'end'] as const) {
  const at = where === 'start' ? 0 : where === 'middle' ? text.indexOf(' ', text.length >> 1) : text.length;
  const samples: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const change = i % 2 === 0 ? { start: at, end: at, text: 'x' } : { start: at, end: at + 1, text: '' };
    const t = performance.now();
    analyzer.applyChanges([change]);
    samples.push(performance.now() - t);
  }
  out[where] = Number(median(samples.slice(4)).toFixed(2));
}
process.stdout.write(`${JSON.stringify(out)}\n`);
