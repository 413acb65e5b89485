/**
 * Quantities in the notation of spreadsheets and Kubernetes, which `quantities.ts` does not read:
 *
 * - binary suffixes glued to the number, as Kubernetes writes sizes: `256Ki`, `512Mi`, `12Gi`, `2Ti`;
 * - a thousands `k` before a duration unit: `1.5k min`, `86.4k seconds`, and in a table cell under a
 *   header that states a duration unit (`| Retention (s) |` over `| 1209.6k |`). Under a size header
 *   a `k` is left alone: `256K` in a `KB` column may mean 256 KB or 256,000 KB;
 * - a table's unit column: `| Timeout | Unit |` over `| 20 | min |` gives the number just left of
 *   the unit column that unit (and nothing else in the row).
 *
 * Code is not read here: a pod's `memory: 12Gi` is not a statement about an AWS service's limit.
 */
import type { Context } from '../parse/contexts';
import { plainCell } from '../parse/cells';
import { headerUnitOf, unitFactor, type QuantityMention } from './quantities';
import { termUnitQuantities } from './term-units';

const BINARY: Readonly<Record<string, number>> = { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4 };
const BINARY_RE = /(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti)(?![\w/])/g;
/** `1.5k min`, `10K seconds`; a one-letter unit only after a space (`10k s`), never glued (`10ks`). */
const THOUSANDS_RE = /(?<![\w.,/-])(\d+(?:\.\d+)?)[kK](?:[ \t]?(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)|[ \t](s|h|d))(?![\w/])/g;
/** A cell that is only a number, possibly with a thousands `k`. */
const CELL_NUMBER = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([kK])?$/;
const UNIT_COLUMN = /^units?$/i;

function mention(start: number, numberEnd: number, end: number, value: number, unit: string, fromHeader: boolean): QuantityMention | undefined {
  const kind = unitFactor(unit);
  if (!kind || !Number.isFinite(value)) return undefined;
  return { start, end, value, unit, dimension: kind.dimension, normalized: value * kind.factor, numberStart: start, numberEnd, ...(fromHeader ? { unitFromHeader: true } : {}) };
}

function inText(text: string, base: number): QuantityMention[] {
  const out: QuantityMention[] = [];
  if (/\d(?:Ki|Mi|Gi|Ti)\b/.test(text)) {
    BINARY_RE.lastIndex = 0;
    for (let m = BINARY_RE.exec(text); m; m = BINARY_RE.exec(text)) {
      const digits = m[1] ?? '';
      const suffix = m[2] ?? '';
      const value = Number(digits.replace(/,/g, ''));
      const start = base + m.index;
      const factor = BINARY[suffix];
      if (factor === undefined || !Number.isFinite(value)) continue;
      out.push({ start, end: start + m[0].length, value, unit: suffix, dimension: 'size', normalized: value * factor, numberStart: start, numberEnd: start + digits.length });
    }
  }
  if (/\d[kK]\s?[a-z]/.test(text)) {
    THOUSANDS_RE.lastIndex = 0;
    for (let m = THOUSANDS_RE.exec(text); m; m = THOUSANDS_RE.exec(text)) {
      const start = base + m.index;
      const q = mention(start, start + (m[1] ?? '').length + 1, start + m[0].length, Number(m[1]) * 1000, m[2] ?? m[3] ?? '', false);
      if (q) out.push(q);
    }
  }
  return out;
}

/** The quantity a table cell states through its header's duration unit or the row's unit column. */
function cellQuantities(context: Context): QuantityMention[] {
  const { cells, header } = context;
  if (!cells || !header) return [];
  const out: QuantityMention[] = [];
  cells.forEach((cell, i) => {
    const m = CELL_NUMBER.exec(plainCell(cell.text));
    if (!m?.[1]) return;
    const thousands = m[2] !== undefined;
    const headerUnit = headerUnitOf(header[i]?.text ?? '');
    // The unit column right of this cell, when this column's header states none.
    const unitCell = headerUnit === undefined && UNIT_COLUMN.test(plainCell(header[i + 1]?.text ?? '')) ? plainCell(cells[i + 1]?.text ?? '') : undefined;
    const unit = headerUnit ?? (unitCell && /^[A-Za-z]{1,12}$/.test(unitCell) && !/^(?:m|b)$/i.test(unitCell) ? unitCell : undefined);
    if (unit === undefined) return;
    // A `k` under a size unit is ambiguous (256K in a KB column); a plain number under a header unit is quantities.ts's.
    if (headerUnit !== undefined && (!thousands || unitFactor(headerUnit)?.dimension !== 'duration')) return;
    const at = cell.text.indexOf(m[1]);
    if (at < 0) return;
    const start = cell.start + at;
    const numberEnd = start + m[1].length;
    const q = mention(start, numberEnd, numberEnd + (thousands ? 1 : 0), Number(m[1].replace(/,/g, '')) * (thousands ? 1000 : 1), unit, true);
    if (q) out.push(q);
  });
  return out;
}

/** Quantities of a context in these notations that no quantity in `found` already covers, merged with `found` in order. */
export function withSheetQuantities(context: Context, found: QuantityMention[]): QuantityMention[] {
  if (context.kind === 'code') return found;
  // A definition list's term may state its definition's unit (term-units.ts).
  const more = [...inText(context.text, context.start), ...(context.kind === 'tableRow' ? cellQuantities(context) : termUnitQuantities(context))].filter(
    (q) => !found.some((f) => f.start < q.end && q.start < f.end),
  );
  return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.start - b.start);
}
