/**
 * `npm run facts:stale`: the facts in the order the next re-verification should take them, oldest
 * checked date first, then by source page (so one page's facts are checked together), with whether
 * each was re-verified against the current AWS page.
 *
 *   npm run facts:stale                      every fact
 *   npm run facts:stale -- --limits          quota, limit and range facts only
 *   npm run facts:stale -- --before 2026-12-01
 *   npm run facts:stale -- --json
 */
import { FACT_PACK_VERSION, SERVICES } from '../server/src/facts/catalog';
import type { Fact } from '../server/src/facts/types';

export interface StaleRow {
  readonly id: string;
  readonly kind: Fact['kind'];
  readonly checked: string;
  readonly reverified: boolean;
  readonly source: string;
}

export interface StaleOptions {
  /** Only quota, limit and range facts. */
  readonly limits?: boolean;
  /** Only facts checked before this ISO date. */
  readonly before?: string;
}

const LIMIT_KINDS: ReadonlySet<Fact['kind']> = new Set(['quota', 'limit', 'range']);

/** The page part of a source, so "limits.html#a" and "limits.html#b" sort together. */
function page(source: string): string {
  return source.replace(/#.*$/, '');
}

export function staleRows(options: StaleOptions = {}): StaleRow[] {
  const rows = SERVICES.flatMap((service) =>
    service.facts
      .filter((f) => !options.limits || LIMIT_KINDS.has(f.kind))
      .filter((f) => !options.before || f.checked < options.before)
      .map((f) => ({ id: f.id, kind: f.kind, checked: f.checked, reverified: f.reverified !== undefined, source: f.source })),
  );
  // Code-unit order, not locale order: the same list on every machine.
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return rows.sort((a, b) => cmp(a.checked, b.checked) || cmp(page(a.source), page(b.source)) || cmp(a.id, b.id));
}

export function renderStale(rows: readonly StaleRow[]): string {
  const byDate = new Map<string, number>();
  for (const r of rows) byDate.set(r.checked, (byDate.get(r.checked) ?? 0) + 1);
  const out = [
    `fact pack ${FACT_PACK_VERSION}: ${rows.length} facts; by checked date: ${[...byDate].map(([d, n]) => `${d} ${n}`).join(', ')}`,
    '',
    'checked     re-verified  kind       id  source',
  ];
  for (const r of rows) out.push(`${r.checked}  ${r.reverified ? 'yes' : 'no '}          ${r.kind.padEnd(9)}  ${r.id}  ${r.source}`);
  return `${out.join('\n')}\n`;
}

function main(argv: readonly string[]): void {
  const beforeAt = argv.indexOf('--before');
  const before = beforeAt >= 0 ? argv[beforeAt + 1] : undefined;
  if (before !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(before)) {
    process.stderr.write('--before needs an ISO date (YYYY-MM-DD)\n');
    process.exit(2);
  }
  const rows = staleRows({ limits: argv.includes('--limits'), ...(before ? { before } : {}) });
  // `npm run facts:stale | head`: a reader that stops early closes the pipe; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify({ factPack: FACT_PACK_VERSION, facts: rows }, null, 2)}\n` : renderStale(rows));
}

if (require.main === module) main(process.argv.slice(2));
