/**
 * Definition lists whose term states the unit of its definition's bare numbers, as CLI and API
 * references write them: `**--visibility-timeout** *SECONDS*` over `: Range 0–43200, default 30.`,
 * `` `RetentionPeriod` (days) `` over `: 1 to 35`. The numbers of the first definition line get the
 * term's unit (shown as written plus the unit, like a bare number under a table header's unit); the
 * term's words then name the attribute (parse/clauses.ts joins the term and its definition).
 *
 * Only a term with exactly one unit word, only plain numbers (not a percentage, a version, a count
 * of something named after it, or a number glued to other text).
 */
import type { Context } from '../parse/contexts';
import { unitFactor, type QuantityMention } from './quantities';

const DEFINITION_LINE = /^[ \t]{0,3}:[ \t]/;
const UNIT_WORD = /\b(milliseconds?|ms|seconds?|secs?|minutes?|mins|hours?|hrs|days?|weeks?|bytes?|KiB|MiB|GiB|KB|MB|GB)\b/gi;
/** A plain number: not inside a word, a version or a path, not followed by a unit, a `%` or another word. */
const BARE_NUMBER = /(?<![\w.,/$-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%/]|\.\d|,\d{3}|[ \t]?[A-Za-z%])/g;

/** The term's one unit (`SECONDS`, `(days)`), or undefined. */
function termUnit(term: string): string | undefined {
  const units = new Set<string>();
  let first: string | undefined;
  UNIT_WORD.lastIndex = 0;
  for (let m = UNIT_WORD.exec(term); m; m = UNIT_WORD.exec(term)) {
    const word = m[1] ?? '';
    const kind = unitFactor(word);
    if (!kind) continue;
    units.add(`${kind.dimension}:${kind.factor}`);
    first ??= word;
  }
  // `*SECONDS*` is shown as "seconds"; `KiB` keeps its case.
  return units.size === 1 && first !== undefined ? (/^[A-Z]{4,}$/.test(first) ? first.toLowerCase() : first) : undefined;
}

/** Quantities of a definition's bare numbers in the unit its term states (none for other contexts). */
export function termUnitQuantities(context: Context): QuantityMention[] {
  if (context.kind !== 'sentence' || !context.text.includes(':')) return [];
  const text = context.text;
  const out: QuantityMention[] = [];
  let lineStart = 0;
  let term: string | undefined;
  while (lineStart <= text.length) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? text.length : next;
    const line = text.slice(lineStart, lineEnd);
    if (DEFINITION_LINE.test(line) && term !== undefined) {
      const unit = termUnit(term);
      const kind = unit ? unitFactor(unit) : undefined;
      if (unit && kind) {
        BARE_NUMBER.lastIndex = 0;
        for (let m = BARE_NUMBER.exec(line); m; m = BARE_NUMBER.exec(line)) {
          const digits = m[1] ?? '';
          const value = Number(digits.replace(/,/g, ''));
          if (!Number.isFinite(value)) continue;
          const start = context.start + lineStart + m.index;
          const end = start + digits.length;
          out.push({ start, end, value, unit, dimension: kind.dimension, normalized: value * kind.factor, numberStart: start, numberEnd: end, unitFromHeader: true });
        }
      }
      // Only the first definition: a second one may speak of something else.
      term = undefined;
    } else term = line.trim() === '' || DEFINITION_LINE.test(line) ? undefined : line;
    if (next === -1) break;
    lineStart = next + 1;
  }
  return out;
}
