/**
 * Long runs of plain table rows, list items and paragraph lines, split by the engine instead of
 * micromark.
 *
 * micromark costs 0.3–0.6 ms per table row or one-line list item (a tokenizer per cell, container
 * continuation per line), so a 100 KB table or list spent 1.5–1.8 s of CPU in the parser alone, and
 * a 100 KB paragraph of short lines 1.3 s. A row, item or line made only of plain characters has one
 * reading, which a line scan finds directly:
 *
 * - a table body row that starts with `|` and holds no backslash, backtick, `<`, `&` or tab: its
 *   cells run from each `|` to the next; a `|` with only spaces after it closes the row;
 * - a one-line bullet item `- text` (same marker every line, one space, text starting with a
 *   letter or a digit that is not an ordered-list marker, no backslash, backtick, `<`, `&`, tab or
 *   trailing space): one item holding one paragraph;
 * - a paragraph line of the same kind (no marker, no `>` either: no inline HTML opened on an
 *   earlier line can end in it): more text of the paragraph (a CIDR per line, hard-wrapped prose).
 *
 * The parser still reads everything around a run and the run's first row or item, so it decides
 * whether the run is a table body, a list or a paragraph at all (a `|` line inside a fence, an HTML
 * block or a paragraph is not): the rest of the run is handed to it as blank lines (same length, so
 * every offset it reports still indexes the text), and the rows, items or lines are added here only
 * if the parsed tree shows the run's first line as the end of a top-level table, bullet list or
 * paragraph. Otherwise the text is parsed as it is. A run must be followed by the end of the text or
 * a blank line (and, for a list, by no indented line after the blank lines), so the blank lines end
 * the block exactly where the real lines would have ended it.
 */
import type { List, ListItem, Paragraph, Root, Table, TableCell, TableRow, Text } from 'mdast';

/** Runs shorter than this are left to the parser (not worth a second look). */
export const MIN_RUN_LINES = 16;

interface Line {
  readonly start: number;
  /** End of the line's content (before its line break). */
  readonly end: number;
}

export interface RowRun {
  readonly kind: 'table' | 'list' | 'paragraph';
  /** The run's first row or item, which the parser reads. */
  readonly first: Line;
  /** The rows or items built here (the parser sees blank lines). */
  readonly rest: readonly Line[];
}

const PIPE = 124;
const SPACE = 32;

/** Characters that may change how a row or item is read (escapes, code spans, HTML, entities, tabs). */
function plain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */ || code === 96 /* ` */ || code === 60 /* < */ || code === 38 /* & */ || code === 9) return false;
  }
  return true;
}

/**
 * A paragraph's continuation line that cannot start or interrupt a block and that no inline
 * construct opened on an earlier line can end in (HTML ends at `>`, a code span at a backtick).
 */
function plainTextLine(text: string, line: Line): boolean {
  if (line.end === line.start || !isAlphanumeric(text.charCodeAt(line.start)) || text.charCodeAt(line.end - 1) === SPACE) return false;
  if (!plain(text, line.start, line.end)) return false;
  for (let i = line.start; i < line.end; i++) if (text.charCodeAt(i) === 62 /* > */) return false;
  return !ORDERED_MARKER.test(text.slice(line.start, Math.min(line.end, line.start + 12)));
}

function plainRow(text: string, line: Line): boolean {
  if (text.charCodeAt(line.start) !== PIPE || !plain(text, line.start, line.end)) return false;
  // At least one character other than pipes and spaces.
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== PIPE && code !== SPACE) return true;
  }
  return false;
}

/** The first `-` is where the first class stops: one way to match, linear on a long line. */
const DELIMITER_ROW = /^\|[ :|]*-[ :|-]*$/;
const ORDERED_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/;

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The bullet of a plain one-line item (`-`, `*` or `+`), or 0. */
function plainItemMarker(text: string, line: Line): number {
  const marker = text.charCodeAt(line.start);
  if (marker !== 45 && marker !== 42 && marker !== 43) return 0;
  if (text.charCodeAt(line.start + 1) !== SPACE || !isAlphanumeric(text.charCodeAt(line.start + 2))) return 0;
  if (text.charCodeAt(line.end - 1) === SPACE || !plain(text, line.start + 2, line.end)) return 0;
  if (ORDERED_MARKER.test(text.slice(line.start + 2, Math.min(line.end, line.start + 14)))) return 0;
  return marker;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    lines.push({ start, end: i });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
    if (start > text.length) break;
  }
  return lines;
}

function blank(text: string, line: Line | undefined): boolean {
  if (!line) return true;
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== 9) return false;
  }
  return true;
}

/** After a list run: the end, or blank lines and then a line that does not start with white space. */
function listEndsAfter(text: string, lines: readonly Line[], next: number): boolean {
  if (next >= lines.length) return true;
  if (!blank(text, lines[next])) return false;
  for (let i = next; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (blank(text, line)) continue;
    const code = text.charCodeAt(line.start);
    return code !== SPACE && code !== 9;
  }
  return true;
}

/** Runs of plain table rows and plain list items of at least `minLines` lines. */
export function findRowRuns(text: string, minLines = MIN_RUN_LINES): RowRun[] {
  // Cheap exit: a text shorter than a run of minimal lines, or without the characters runs start with.
  if (text.length < minLines * 3) return [];
  const lines = linesOf(text);
  const runs: RowRun[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (plainRow(text, line)) {
      let end = i + 1;
      while (end < lines.length && plainRow(text, lines[end] as Line)) end++;
      // The first body row: the line after the first delimiter row of the run.
      let delimiter = i;
      while (delimiter < end && !DELIMITER_ROW.test(text.slice((lines[delimiter] as Line).start, (lines[delimiter] as Line).end))) delimiter++;
      const first = delimiter + 1;
      if (end - first >= minLines && blank(text, lines[end])) runs.push({ kind: 'table', first: lines[first] as Line, rest: lines.slice(first + 1, end) });
      i = end;
      continue;
    }
    if (plainTextLine(text, line)) {
      let end = i + 1;
      while (end < lines.length && plainTextLine(text, lines[end] as Line)) end++;
      if (end - i >= minLines && blank(text, lines[end])) runs.push({ kind: 'paragraph', first: line, rest: lines.slice(i + 1, end) });
      i = end;
      continue;
    }
    const marker = plainItemMarker(text, line);
    if (marker !== 0) {
      let end = i + 1;
      while (end < lines.length && plainItemMarker(text, lines[end] as Line) === marker) end++;
      if (end - i >= minLines && listEndsAfter(text, lines, end)) runs.push({ kind: 'list', first: line, rest: lines.slice(i + 1, end) });
      i = end;
      continue;
    }
    i++;
  }
  return runs;
}

/** `text` with the rows or items each run builds itself turned into blank lines (same length). */
export function blankRuns(text: string, runs: readonly RowRun[]): string {
  if (runs.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  for (const run of runs) {
    const from = (run.rest[0] as Line).start;
    const to = (run.rest[run.rest.length - 1] as Line).end;
    parts.push(text.slice(copied, from), text.slice(from, to).replace(/[^\r\n]/g, ' '));
    copied = to;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * Builds each run's rows or items into the tree parsed from `blankRuns(text, runs)`. `bias` is added
 * to every offset (-1 when the parser dropped a leading byte order mark). Returns false, leaving
 * the tree unusable, when the tree does not show a run's first line where a run needs it.
 */
export function attachRuns(root: Root, text: string, runs: readonly RowRun[], bias = 0): boolean {
  let child = 0;
  for (const run of runs) {
    const firstStart = run.first.start + bias;
    const firstEnd = run.first.end + bias;
    // The top-level node holding the run's first line.
    while (child < root.children.length && (root.children[child]?.position?.end.offset ?? -1) < firstEnd) child++;
    const node = root.children[child];
    const position = node?.position;
    if (!node || !position || node.type !== run.kind || position.end.offset !== firstEnd || (position.start.offset ?? firstStart) > firstStart) return false;
    const end = run.rest[run.rest.length - 1] as Line;
    if (node.type === 'paragraph') {
      // The run continues the paragraph's last text, line endings included, as micromark writes it.
      const last = node.children[node.children.length - 1];
      if (last?.type !== 'text' || !last.position || last.position.end.offset !== firstEnd) return false;
      const lineNumber = position.end.line + run.rest.length;
      last.value += text.slice(run.first.end, end.end);
      last.position.end = { line: lineNumber, column: end.end - end.start + 1, offset: end.end + bias };
      position.end = { ...last.position.end };
      child++;
      continue;
    }
    const last = node.type === 'table' || node.type === 'list' ? node.children[node.children.length - 1] : undefined;
    const lastStart = last?.position?.start;
    if (!last || !lastStart || lastStart.offset !== firstStart || last.position?.end.offset !== firstEnd) return false;
    const point = (line: number, at: number, lineStart: number): Point => ({ line, column: at - lineStart + 1, offset: at + bias });
    let lineNumber = lastStart.line;
    if (node.type === 'table') {
      const rows = (node as Table).children;
      for (const line of run.rest) rows.push(tableRow(text, line, ++lineNumber, point));
    } else {
      const list = node as List;
      const firstItem = last as ListItem;
      if (list.ordered || firstItem.children.length !== 1 || firstItem.children[0]?.type !== 'paragraph') return false;
      for (const line of run.rest) list.children.push(listItem(text, line, ++lineNumber, point));
    }
    position.end = point(lineNumber, end.end, end.start);
    child++;
  }
  return true;
}

type PointAt = (line: number, at: number, lineStart: number) => Point;

function tableRow(text: string, line: Line, lineNumber: number, point: PointAt): TableRow {
  const pipes: number[] = [];
  for (let i = line.start; i < line.end; i++) if (text.charCodeAt(i) === PIPE) pipes.push(i);
  // A last pipe with only spaces after it closes the row: it belongs to the last cell.
  let close = line.end;
  const lastPipe = pipes[pipes.length - 1] as number;
  if (pipes.length > 1 && blank(text, { start: lastPipe + 1, end: line.end })) {
    close = lastPipe;
    pipes.pop();
  }
  const at = (offset: number): Point => point(lineNumber, offset, line.start);
  const cells: TableCell[] = pipes.map((from, k) => {
    const next = pipes[k + 1];
    let start = from + 1;
    let end = next ?? close;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    while (start < end && text.charCodeAt(start) === SPACE) start++;
    const children: Text[] = start < end ? [{ type: 'text', value: text.slice(start, end), position: { start: at(start), end: at(end) } }] : [];
    return { type: 'tableCell', children, position: { start: at(from), end: at(next ?? line.end) } };
  });
  return { type: 'tableRow', children: cells, position: { start: at(line.start), end: at(line.end) } };
}

function listItem(text: string, line: Line, lineNumber: number, point: PointAt): ListItem {
  const at = (offset: number): Point => point(lineNumber, offset, line.start);
  const contentStart = line.start + 2;
  const value = text.slice(contentStart, line.end);
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value, position: { start: at(contentStart), end: at(line.end) } }],
    position: { start: at(contentStart), end: at(line.end) },
  };
  return { type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start: at(line.start), end: at(line.end) } };
}
