/**
 * Jira and Confluence wiki tables pasted into markdown: a `||Header||Header||` row, then `|cell|cell|`
 * rows. Markdown reads them as one paragraph (there is no delimiter row); they become a header
 * context and table rows, as a GFM table does (contexts.ts), so each value has its column's header.
 * A `|` inside a link (`[text|url]`) or monospace (`{{a|b}}`) does not split a cell. A vertical table
 * (each row a `||` label, then values) has no header row: each row is read alone, as an HTML one is.
 */
import type { Cell, Context, GroupCounter } from './contexts';

const HEADER_ROW = /^[ \t]{0,3}\|\|[^\n]*\|\|[ \t]*\r?$/;
const BODY_ROW = /^[ \t]{0,3}\|[^|\n][^\n]*\|[ \t]*\r?$/;
/** A row of a vertical table: a `||` label cell, then `|` value cells (`||Retention|4 days|`). */
const VERTICAL_ROW = /^[ \t]{0,3}\|\|[^|\n]+\|[^|\n][^\n]*[^|\n]\|[ \t]*\r?$/;
/** Rows longer than this are not a pasted table row. */
const MAX_ROW = 4000;

/** The cells of one row (`text` starting at document offset `at`): runs of `|` separate them. */
function cellsOfRow(text: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let depth = 0; // inside [link|url] or {{mono|space}}
  let cellStart = -1;
  const close = (end: number): void => {
    if (cellStart < 0) return;
    let s = cellStart;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    cells.push({ start: at + s, end: at + e, text: text.slice(s, e) });
    cellStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || (c === '{' && text[i + 1] === '{')) depth++;
    else if ((c === ']' || (c === '}' && text[i + 1] === '}')) && depth > 0) depth--;
    if (c === '|' && depth === 0) {
      close(i);
      while (text[i + 1] === '|') i++;
      cellStart = i + 1;
    }
  }
  // The text after the last `|` is only the line's end.
  return cells;
}

interface RowLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The contexts of a wiki table that makes up the whole paragraph `source[from, to)`, or [] when the
 * paragraph is not one: its first line a `||` header row and every other line a `|` row.
 */
export function wikiTableContexts(source: string, from: number, to: number, base: number, groups: GroupCounter, ancestors: readonly number[]): Context[] {
  if (source.charCodeAt(from) !== 124 && !/^[ \t]{1,3}\|/.test(source.slice(from, from + 4))) return [];
  const rows: RowLine[] = [];
  for (let start = from; start < to; ) {
    const next = source.indexOf('\n', start);
    const end = next === -1 || next > to ? to : next;
    const text = source.slice(start, end);
    if (text.length > MAX_ROW) return [];
    const lineEnd = text.endsWith('\r') ? end - 1 : end;
    rows.push({ start, end: lineEnd, text: source.slice(start, lineEnd) });
    start = end + 1;
  }
  if (rows.length > 0 && rows.every((r) => VERTICAL_ROW.test(r.text))) return verticalContexts(rows, base, groups, ancestors);
  const [head, ...body] = rows;
  if (!head || body.length === 0 || !HEADER_ROW.test(head.text) || !body.every((r) => BODY_ROW.test(r.text) || HEADER_ROW.test(r.text) || VERTICAL_ROW.test(r.text))) return [];
  const header = cellsOfRow(head.text, head.start + base);
  if (header.length < 2) return [];
  const group = groups.next++;
  const out: Context[] = [{ kind: 'heading', start: head.start + base, end: head.end + base, text: head.text, group, ancestors: [...ancestors] }];
  for (const row of body) {
    out.push({
      kind: 'tableRow',
      start: row.start + base,
      end: row.end + base,
      text: row.text,
      group,
      ancestors: [...ancestors],
      header,
      cells: cellsOfRow(row.text, row.start + base),
    });
  }
  return out;
}

/** A vertical table's rows, each a record of its own (html-tables.ts reads `<th>`-led rows the same way). */
function verticalContexts(rows: readonly RowLine[], base: number, groups: GroupCounter, ancestors: readonly number[]): Context[] {
  const group = groups.next++;
  return rows.map((row) => ({
    kind: 'tableRow' as const,
    start: row.start + base,
    end: row.end + base,
    text: row.text,
    group,
    ancestors: [...ancestors],
    cells: cellsOfRow(row.text, row.start + base),
  }));
}

/** MediaWiki table markup: `{|` opens it, `|+` a caption, `|-` a row, `!` header cells, `|` data cells, `|}` closes it. */
const MEDIAWIKI_OPEN = /^[ \t]{0,3}\{\|/;
const MEDIAWIKI_CLOSE = /^[ \t]*\|\}[ \t]*$/;
/** A cell's attributes before a single `|` (`style="text-align:right" | SQS`, `scope="col" | Service`). */
const CELL_ATTRIBUTES = /^[ \t]*(?:[\w-]{1,30}[ \t]*=[ \t]*(?:"[^"\n]*"|'[^'\n]*'|[\w#%.-]+)[ \t]*)+\|(?!\|)/;

interface WikiRow {
  start: number;
  end: number;
  cells: Cell[];
  /** Every cell is a `!` header cell. */
  header: boolean;
}

/**
 * The cells a MediaWiki row line holds (`line` at document offset `at`, after its `!` or `|` marker at `from`):
 * `!!` / `||` separate cells on one line, and attributes before a single `|` are not the cell's text.
 */
function mediaWikiCells(line: string, from: number, at: number, separator: '!!' | '||'): Cell[] {
  const cells: Cell[] = [];
  let start = from;
  for (;;) {
    let next = line.indexOf(separator, start);
    // A header line may also separate cells with `||`.
    if (separator === '!!') {
      const bars = line.indexOf('||', start);
      if (bars >= 0 && (next < 0 || bars < next)) next = bars;
    }
    const end = next < 0 ? line.length : next;
    let s = start;
    const attributes = CELL_ATTRIBUTES.exec(line.slice(s, end));
    if (attributes) s += attributes[0].length;
    let e = end;
    while (s < e && /\s/.test(line[s] ?? '')) s++;
    while (e > s && /\s/.test(line[e - 1] ?? '')) e--;
    cells.push({ start: at + s, end: at + e, text: line.slice(s, e) });
    if (next < 0) return cells;
    start = next + 2;
  }
}

/**
 * The contexts of a MediaWiki table that makes up the whole paragraph `source[from, to)` (`{| class="wikitable"` …
 * `|}`), or [] when it is none: a header context of its `!` cells and a table row per `|-` row, as a GFM table gives.
 * The caption (`|+`) is a sentence before them. A cell continued on the next lines ends where the next cell starts.
 */
export function mediaWikiTableContexts(source: string, from: number, to: number, base: number, groups: GroupCounter, ancestors: readonly number[]): Context[] {
  if (!MEDIAWIKI_OPEN.test(source.slice(from, Math.min(to, from + 8)))) return [];
  const rows: WikiRow[] = [];
  let caption: Cell | undefined;
  let row: WikiRow | undefined;
  let closed = false;
  let first = true;
  for (let start = from; start < to; ) {
    const next = source.indexOf('\n', start);
    const end = next === -1 || next > to ? to : next;
    const lineEnd = source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = source.slice(start, lineEnd);
    if (line.length > MAX_ROW || closed) return [];
    const marker = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    const rest = line.slice(marker);
    if (first) first = false;
    else if (rest.startsWith('{|')) return []; // a nested table
    else if (MEDIAWIKI_CLOSE.test(line)) closed = true;
    else if (rest.startsWith('|+')) caption = mediaWikiCells(line, marker + 2, start, '||')[0];
    else if (rest.startsWith('|-')) row = undefined;
    else if (rest.startsWith('!') || rest.startsWith('|')) {
      const header = rest.startsWith('!');
      const cells = mediaWikiCells(line, marker + 1, start, header ? '!!' : '||');
      if (!row) {
        row = { start, end: lineEnd, cells: [], header };
        rows.push(row);
      }
      row.cells.push(...cells);
      row.end = lineEnd;
      row.header &&= header;
    } else if (row && row.cells.length > 0 && rest !== '') {
      // A cell's text continued on the next line.
      const last = row.cells[row.cells.length - 1] as Cell;
      const e = start + line.trimEnd().length;
      row.cells[row.cells.length - 1] = { start: last.start, end: e, text: source.slice(last.start, e) };
      row.end = lineEnd;
    }
    start = end + 1;
  }
  if (!closed || rows.length === 0) return [];
  const group = groups.next++;
  const out: Context[] = [];
  const context = (kind: Context['kind'], start: number, end: number, extra: Partial<Context> = {}): Context => ({
    kind,
    start: start + base,
    end: end + base,
    text: source.slice(start, end),
    group,
    ancestors: [...ancestors],
    ...extra,
  });
  const shift = (cells: readonly Cell[]): Cell[] => cells.map((c) => ({ ...c, start: c.start + base, end: c.end + base }));
  if (caption && caption.text !== '') out.push({ ...context('sentence', caption.start, caption.end), group: groups.next++ });
  const [head, ...body] = rows;
  const header = head?.header && head.cells.length >= 2 ? shift(head.cells) : undefined;
  if (head && header) out.push(context('heading', head.start, head.end));
  for (const r of header ? body : rows) out.push(context('tableRow', r.start, r.end, { ...(header ? { header } : {}), cells: shift(r.cells) }));
  return out;
}
