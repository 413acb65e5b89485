/**
 * CSV and TSV inventories: a ```csv / ```tsv fence, an unmarked fence whose lines are all delimited
 * records, or such lines pasted as a paragraph (`queue,visibility_timeout_seconds` over
 * `orders,30`). They are tables: the first line is the header row (its cells name the attributes),
 * each other line a record, so they become a header context and table rows, as a GFM table does
 * (contexts.ts), and each value has its column's header. A header cell written as a key
 * (`visibility_timeout`, `MessageRetentionPeriod`) is also read as a settings key, bound to the
 * service the table names (recognisers/iac/csv-values.ts).
 *
 * A paragraph is an inventory only when every line has the same number (≥ 2) of delimiters, the
 * header's cells are short names (no sentence), and some record holds a number: "SQS, SNS, and
 * Kinesis" over "are queues, topics, and streams" is prose. A lead-in line ending with `:` may open
 * the paragraph ("SQS queues in prod:"); it stays a sentence and names the table's service.
 */
import { csvRowValues } from '../recognisers/iac/csv-values';
import type { Cell, Context, GroupCounter } from './contexts';

/** Lines longer than this, or tables wider than this, are no pasted inventory. */
const MAX_LINE = 2000;
const MAX_COLUMNS = 40;
const MAX_ROWS = 2000;
/** A header cell: a name of at most five words (`Queue name`, `visibility_timeout`, `Timeout (s)`), no sentence. */
const HEADER_CELL = /^[A-Za-z][A-Za-z0-9_./()%#-]*(?: [A-Za-z0-9_./()%#-]+){0,4}$/;
/** A record's cell that is a number, with or without its unit (`1209600`, `30s`, `14 days`, `1,024` is two cells). */
const NUMBER_CELL = /^\d+(?:\.\d+)?(?:[ ]?[A-Za-z]{1,7})?$/;

interface Line {
  readonly start: number;
  readonly end: number;
}

/** The lines of `source[from, to)`, each without its line break (and `\r`). */
function linesOf(source: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let start = from; start < to; ) {
    const next = source.indexOf('\n', start);
    const end = next === -1 || next > to ? to : next;
    out.push({ start, end: end > start && source.charCodeAt(end - 1) === 13 ? end - 1 : end });
    start = end + 1;
  }
  return out;
}

/**
 * The cells of one record (`source[line.start, line.end)`), split at `delimiter` outside double quotes;
 * a quoted cell's range is inside its quotes. Undefined when a quote is left open.
 */
function cellsOf(source: string, line: Line, delimiter: string, base: number): Cell[] | undefined {
  const cells: Cell[] = [];
  let cellStart = line.start;
  let quoted = false;
  const close = (end: number): void => {
    let s = cellStart;
    let e = end;
    while (s < e && (source[s] === ' ' || source[s] === '\t')) s++;
    while (e > s && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
    if (e - s >= 2 && source[s] === '"' && source[e - 1] === '"') {
      s++;
      e--;
    }
    cells.push({ start: s + base, end: e + base, text: source.slice(s, e) });
  };
  for (let i = line.start; i < line.end; i++) {
    const c = source[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) {
      close(i);
      cellStart = i + 1;
    }
  }
  if (quoted) return undefined;
  close(line.end);
  return cells;
}

/** The delimiter every line of `lines` uses the same number of times (≥ 1): tab, comma or semicolon. */
function delimiterOf(source: string, lines: readonly Line[], allowed: string): string | undefined {
  for (const d of allowed) {
    const counts = lines.map((l) => cellsOf(source, l, d, 0)?.length ?? -1);
    const first = counts[0] ?? -1;
    if (first >= 2 && first <= MAX_COLUMNS && counts.every((n) => n === first)) return d;
  }
  return undefined;
}

/** Whether `header` is a row of column names and some record holds a number. */
function isInventory(header: readonly Cell[], rows: ReadonlyArray<readonly Cell[]>): boolean {
  if (!header.every((c) => c.text.length <= 60 && HEADER_CELL.test(c.text))) return false;
  // Column names are distinct and name things, not values: a header of numbers is a record.
  if (new Set(header.map((c) => c.text.toLowerCase())).size !== header.length) return false;
  return rows.some((cells) => cells.some((c) => NUMBER_CELL.test(c.text)));
}

/**
 * The header context and row contexts of the inventory in `source[from, to)` (a paragraph or a fence's
 * code), or [] when it is none. `strict`: a paragraph or unmarked fence, which must look like one; a
 * ```csv / ```tsv fence only needs consistent records. `lead` is the text that names the table's
 * service besides its header (a fence's info string).
 */
export function csvTableContexts(
  source: string,
  from: number,
  to: number,
  base: number,
  groups: GroupCounter,
  ancestors: readonly number[],
  options: { readonly delimiters: string; readonly strict: boolean; readonly lead?: string },
): Context[] {
  let lines = linesOf(source, from, to).filter((l) => l.end > l.start && /\S/.test(source.slice(l.start, l.end)));
  if (lines.length < 2 || lines.length > MAX_ROWS || lines.some((l) => l.end - l.start > MAX_LINE)) return [];
  const out: Context[] = [];
  let lead = options.lead ?? '';
  // A lead-in line ("SQS queues in prod:") over the records of a paragraph names them.
  const first = lines[0] as Line;
  const firstText = source.slice(first.start, first.end);
  if (options.strict && /:[ \t]*$/.test(firstText)) {
    lead = `${lead} ${firstText}`;
    out.push({ kind: 'sentence', start: first.start + base, end: first.end + base, text: firstText, group: groups.next++, ancestors: [...ancestors] });
    lines = lines.slice(1);
    if (lines.length < 2) return [];
  }
  // A comment line at the top of a fence (`# Lambda functions, prod`) names the table too.
  while (!options.strict && lines.length > 2 && /^[ \t]*(?:#|\/\/)/.test(source.slice(lines[0]?.start ?? 0, lines[0]?.end ?? 0))) {
    lead = `${lead} ${source.slice(lines[0]?.start ?? 0, lines[0]?.end ?? 0)}`;
    lines = lines.slice(1);
  }
  const delimiter = delimiterOf(source, lines, options.delimiters);
  if (delimiter === undefined) return [];
  const [head, ...body] = lines.map((l) => cellsOf(source, l, delimiter, base) ?? []);
  if (!head || body.length === 0) return [];
  if (options.strict && !isInventory(head, body)) return [];
  if (!options.strict && !head.every((c) => c.text.length <= 60)) return [];
  const headLine = lines[0] as Line;
  const group = groups.next++;
  out.push({ kind: 'heading', start: headLine.start + base, end: headLine.end + base, text: source.slice(headLine.start, headLine.end), group, ancestors: [...ancestors] });
  const values = csvRowValues(head, body, lead);
  body.forEach((cells, i) => {
    const line = lines[i + 1] as Line;
    const own = values[i] ?? [];
    out.push({
      kind: 'tableRow',
      start: line.start + base,
      end: line.end + base,
      text: source.slice(line.start, line.end),
      group,
      ancestors: [...ancestors],
      header: head,
      cells,
      ...(own.length > 0 ? { iacValues: own } : {}),
    });
  });
  return out;
}

/** Fence languages that hold delimited records, and their delimiters (tried in order). */
export function csvDelimiters(lang: string): string | undefined {
  if (lang === 'csv') return ',;';
  if (lang === 'tsv') return '\t';
  return undefined;
}
