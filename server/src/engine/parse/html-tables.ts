/**
 * Raw HTML tables (`<table><tr><th>…</th></tr><tr><td>…</td></tr></table>`, as pasted from Confluence
 * or written where a GFM table cannot hold the content) read as the table records a GFM table gives:
 * a header row (its cells name the attributes), then one row context per `<tr>` with its cells. A
 * cell's range is its content inside `<td>`/`<th>`, trimmed of blanks and of the tags that wrap all
 * of it (`<p><strong>SQS</strong></p>` → `SQS`), so a cell's text is still the document's text. A
 * vertical table, whose rows each start with a `<th>` label, has no header row: each row is a record.
 *
 * One linear scan over the HTML block: tags are found with indexOf, never with a regex that could
 * backtrack. A table cut by a blank line is two HTML blocks in markdown; only the part holding the
 * header row is read as a table.
 */
import type { Cell, Context, GroupCounter } from './contexts';

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly start: number;
  /** After the `>`. */
  readonly end: number;
}

/** The next tag at or after `from` (offsets into `text`), or undefined. */
function nextTag(text: string, from: number, to: number): Tag | undefined {
  for (let i = text.indexOf('<', from); i !== -1 && i < to; i = text.indexOf('<', i + 1)) {
    let j = i + 1;
    const closing = text[j] === '/';
    if (closing) j++;
    const nameStart = j;
    while (j < to && /[A-Za-z0-9]/.test(text[j] ?? '')) j++;
    if (j === nameStart) continue;
    const close = text.indexOf('>', j);
    if (close === -1 || close >= to) return undefined;
    return { name: text.slice(nameStart, j).toLowerCase(), closing, start: i, end: close + 1 };
  }
  return undefined;
}

interface Row {
  start: number;
  end: number;
  cells: RawCell[];
}

interface RawCell {
  readonly start: number;
  readonly end: number;
  readonly th: boolean;
  /** Columns and rows the cell spans (`colspan`, `rowspan`), at least 1. */
  readonly cols: number;
  readonly rows: number;
}

/** Merged cells span at most this many columns or rows (a typo of 1000 must not blow a row up). */
const MAX_SPAN = 32;

/** The `colspan` or `rowspan` of an opening tag's text, 1 when it has none. */
function spanOf(tag: string, name: 'colspan' | 'rowspan'): number {
  const at = tag.toLowerCase().indexOf(name);
  if (at === -1) return 1;
  const m = /^\s*=\s*["']?(\d{1,3})/.exec(tag.slice(at + name.length, at + name.length + 12));
  const n = m ? Number(m[1]) : 1;
  return n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** Rows of the tables in `text` between `from` and `to`, in order; each table's rows as one list. */
function tablesIn(text: string, from: number, to: number): Row[][] {
  const tables: Row[][] = [];
  let rows: Row[] | undefined;
  let row: Row | undefined;
  let cell: { contentStart: number; th: boolean; cols: number; rows: number } | undefined;
  const endCell = (at: number): void => {
    if (cell && row) row.cells.push({ start: cell.contentStart, end: at, th: cell.th, cols: cell.cols, rows: cell.rows });
    cell = undefined;
  };
  const endRow = (at: number): void => {
    endCell(at);
    if (row && rows && row.cells.length > 0) rows.push({ ...row, end: Math.max(row.end, at) });
    row = undefined;
  };
  for (let tag = nextTag(text, from, to); tag; tag = nextTag(text, tag.end, to)) {
    switch (tag.name) {
      case 'table':
        if (!tag.closing) {
          if (rows) endRow(tag.start);
          rows = [];
          tables.push(rows);
        } else {
          endRow(tag.start);
          rows = undefined;
        }
        break;
      case 'tr':
        if (!rows) break;
        if (!tag.closing) {
          endRow(tag.start);
          row = { start: tag.start, end: tag.end, cells: [] };
        } else {
          endCell(tag.start);
          if (row) row.end = tag.end;
          endRow(tag.end);
        }
        break;
      case 'td':
      case 'th':
        if (!row) break;
        if (!tag.closing) {
          endCell(tag.start);
          const opening = text.slice(tag.start, tag.end);
          cell = { contentStart: tag.end, th: tag.name === 'th', cols: spanOf(opening, 'colspan'), rows: spanOf(opening, 'rowspan') };
        } else endCell(tag.start);
        if (row) row.end = tag.end;
        break;
      default:
        break;
    }
  }
  if (rows) endRow(to);
  return tables.filter((t) => t.length > 0);
}

const WRAPPING = /^(?:p|strong|b|em|i|span|div|code|u|font|small|big)$/;

/**
 * A cell's content trimmed of blanks, `&nbsp;`, `<br>` at either end, and tags that wrap all of it
 * (`<p><strong>x</strong></p>` → `x`; `🚀 <b>x</b>` keeps its tag, which does not wrap it all).
 */
function trimCell(text: string, start: number, end: number): { start: number; end: number } {
  for (;;) {
    const before = { start, end };
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (text.startsWith('&nbsp;', start)) start += 6;
    if (end - start >= 6 && text.slice(end - 6, end) === '&nbsp;') end -= 6;
    const first = text[start] === '<' ? nextTag(text, start, end) : undefined;
    const lastOpen = text[end - 1] === '>' ? text.lastIndexOf('<', end - 1) : -1;
    const last = lastOpen >= start ? nextTag(text, lastOpen, end) : undefined;
    if (first && first.start === start && first.name === 'br') start = first.end;
    else if (last && last.end === end && last.name === 'br') end = lastOpen;
    else if (first && last && first.start === start && last.end === end && first !== last && !first.closing && last.closing && first.name === last.name && WRAPPING.test(first.name)) {
      start = first.end;
      end = lastOpen;
    }
    if (start === before.start && end === before.end) return { start, end };
  }
}

/**
 * Cells by column: a cell spanning columns fills each of them, and one spanning rows fills its column
 * in the rows below (the same cell, as the reader sees it there), so a value sits under its header.
 * Rows must be given in order.
 */
function grid(source: string, base: number): (row: Row) => Cell[] {
  const carried: Array<{ cell: Cell; left: number } | undefined> = [];
  return (row) => {
    const cells: Cell[] = [];
    const takeCarried = (): void => {
      for (let held = carried[cells.length]; held && held.left > 0; held = carried[cells.length]) {
        held.left--;
        cells.push(held.cell);
      }
    };
    for (const raw of row.cells) {
      takeCarried();
      const span = trimCell(source, raw.start, raw.end);
      const cell: Cell = { start: span.start + base, end: span.end + base, text: source.slice(span.start, span.end) };
      for (let k = 0; k < raw.cols; k++) {
        if (raw.rows > 1) carried[cells.length] = { cell, left: raw.rows - 1 };
        cells.push(cell);
      }
    }
    takeCarried();
    return cells;
  };
}

/**
 * A table whose every row is a `<th>` label then `<td>` values ("| Message retention | 18 days |" written
 * down the page, as Confluence's vertical tables are): no header row, each row a record of its own.
 */
function isVertical(rows: readonly Row[]): boolean {
  return rows.every((row) => row.cells.length >= 2 && row.cells[0]?.th === true && row.cells.slice(1).every((c) => !c.th));
}

/**
 * The contexts of the HTML tables in `source` between `from` and `to` (an HTML block): the header
 * row as a heading context and each other row as a table row, like a GFM table (contexts.ts). A
 * vertical table (a `<th>` label at the head of each row) has no header row: each row is read alone.
 */
export function htmlTableContexts(source: string, from: number, to: number, base: number, groups: GroupCounter, ancestors: readonly number[]): Context[] {
  if (source.slice(from, to).toLowerCase().indexOf('<table') === -1) return [];
  const out: Context[] = [];
  for (const rows of tablesIn(source, from, to)) {
    const cellsOf = grid(source, base);
    const vertical = isVertical(rows);
    const [head, ...rest] = rows;
    if (!head) continue;
    const group = groups.next++;
    const header = vertical ? undefined : cellsOf(head);
    if (!vertical) out.push({ kind: 'heading', start: head.start + base, end: head.end + base, text: source.slice(head.start, head.end), group, ancestors: [...ancestors] });
    for (const row of vertical ? rows : rest) {
      out.push({
        kind: 'tableRow',
        start: row.start + base,
        end: row.end + base,
        text: source.slice(row.start, row.end),
        group,
        ancestors: [...ancestors],
        ...(header ? { header } : {}),
        cells: cellsOf(row),
      });
    }
  }
  return out;
}
