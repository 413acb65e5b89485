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
