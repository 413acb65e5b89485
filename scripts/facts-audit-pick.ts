/**
 * Draws the facts of a random audit: `npx tsx scripts/facts-audit-pick.ts [seed] [count] [--skip-audited]`.
 * With --skip-audited the draw is made from the facts no earlier audit (scripts/facts-audit-data.ts) read.
 * mulberry32(seed) picks distinct indexes into every fact of the pack sorted by id, so the same seed over the
 * same pack gives the same facts (docs/facts.md records the seed and the pack size it was drawn from).
 */
import { SERVICES } from '../server/src/facts/catalog';
import type { Fact } from '../server/src/facts/types';
import { AUDITS } from './facts-audit-data';

/** mulberry32: a small, well-known 32-bit generator; enough to make a draw repeatable. */
function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function describe(f: Fact): string {
  const v = f.value;
  if (v.type === 'number') return `${v.value} ${v.unit}`;
  if (v.type === 'range') return `${v.min}..${v.max}${v.default !== undefined ? ` (default ${v.default})` : ''} ${v.unit}`;
  return v.type === 'text' ? v.value : v.values.join(', ');
}

/**
 * The ids the audits drawn before the one with `seed` read (every recorded audit for a new seed), so a draw made
 * with --skip-audited repeats. AUDITS is newest first; a later audit drawn over the whole pack may read them again.
 */
export function auditedIds(seed?: number): Set<string> {
  const at = AUDITS.findIndex((a) => a.seed === seed);
  return new Set(AUDITS.slice(at + 1).flatMap((a) => a.rows.map((r) => r.id)));
}

export function pickFacts(seed: number, count: number, skip: ReadonlySet<string> = new Set()): Fact[] {
  const all = SERVICES.flatMap((s) => s.facts)
    .filter((f) => !skip.has(f.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const next = mulberry32(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, all.length)) picked.add(Math.floor(next() * all.length));
  return [...picked].sort((a, b) => a - b).map((i) => all[i]);
}

if (require.main === module) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const seed = Number(args[0] ?? 20261206);
  const count = Number(args[1] ?? 50);
  const skip = process.argv.includes('--skip-audited') ? auditedIds(seed) : new Set<string>();
  for (const f of pickFacts(seed, count, skip)) process.stdout.write(`${f.id} | ${describe(f)} | ${f.source}\n`);
}
