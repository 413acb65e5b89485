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
import type { Blockquote, Heading, List, ListItem, Paragraph, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';

/** Runs shorter than this are left to the parser (not worth a second look). */
export const MIN_RUN_LINES = 16;

interface Line {
  readonly start: number;
  /** End of the line's content (before its line break). */
  readonly end: number;
}

export interface RowRun {
  readonly kind: 'table' | 'list' | 'paragraph' | 'blocks';
  /** The run's first row or item, which the parser reads (of `blocks`: its first block, all its lines). */
  readonly first: Line;
  /** The rows or items built here (the parser sees blank lines). */
  readonly rest: readonly Line[];
  /** Of `blocks`: the blocks after the first, each one line or a few items (`rest` holds their lines). */
  readonly blocks?: readonly SmallBlock[];
  /** Of `blocks`: the first block's kind and, for items, its bullet. */
  readonly head?: SmallBlock;
}

/**
 * A one-line block between blank lines (a quote, an ATX heading, a paragraph) or a few plain items
 * of one bullet. Documents made of thousands of these cost micromark 2–6 s of CPU per 100 KB (a
 * tokenizer per container, garbage collection 35–45 %): a run of them is built here like the rows.
 */
interface SmallBlock {
  readonly kind: 'quote' | 'heading' | 'paragraph' | 'items';
  readonly lines: readonly Line[];
  /** Where the first line's text starts (after `> `, `# `, the bullet). */
  readonly textStart: number;
  /** Heading depth, or the bullet of items. */
  readonly mark: number;
  /** Line number offset of the first line from the run's first line. */
  readonly lineOffset: number;
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

/** Text of a one-line block after its marker: plain, starting with a letter or digit, not a list, no trailing space. */
function plainContent(text: string, from: number, to: number): boolean {
  if (from >= to || !isAlphanumeric(text.charCodeAt(from)) || text.charCodeAt(to - 1) === SPACE || !plain(text, from, to)) return false;
  return !ORDERED_MARKER.test(text.slice(from, Math.min(to, from + 12)));
}

/** The small block starting at line `i` (see `SmallBlock`), and the line after it; undefined when there is none. */
function smallBlockAt(text: string, lines: readonly Line[], i: number): { kind: SmallBlock['kind']; end: number; textStart: number; mark: number } | undefined {
  const line = lines[i] as Line;
  const code = text.charCodeAt(line.start);
  if (code === 62 /* > */) {
    const at = line.start + (text.charCodeAt(line.start + 1) === SPACE ? 2 : 1);
    return plainContent(text, at, line.end) ? { kind: 'quote', end: i + 1, textStart: at, mark: 0 } : undefined;
  }
  if (code === 35 /* # */) {
    let depth = 1;
    while (depth < 7 && text.charCodeAt(line.start + depth) === 35) depth++;
    const at = line.start + depth + 1;
    // No closing sequence: a heading's text ending in `#` loses it.
    if (depth > 6 || text.charCodeAt(at - 1) !== SPACE || !plainContent(text, at, line.end) || text.charCodeAt(line.end - 1) === 35) return undefined;
    return { kind: 'heading', end: i + 1, textStart: at, mark: depth };
  }
  const marker = plainItemMarker(text, line);
  if (marker !== 0) {
    let end = i + 1;
    while (end < lines.length && plainItemMarker(text, lines[end] as Line) === marker) end++;
    return { kind: 'items', end, textStart: line.start + 2, mark: marker };
  }
  return plainTextLine(text, line) ? { kind: 'paragraph', end: i + 1, textStart: line.start, mark: 0 } : undefined;
}

/** A line that continues a list across blank lines: indented, or another item. */
const CONTINUES_LIST = /^(?:[ \t]|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;

/**
 * Small blocks from line `i`, one blank line between each two, at least `minBlocks` of them, and
 * then the end, or blank lines and a line that continues no list (the parser sees the first block
 * and blank lines after it: a list item or an indented line there would join the first block).
 * `scanned`: the line the search reached (no run starts before it either).
 */
function smallBlockRunAt(text: string, lines: readonly Line[], i: number, minBlocks: number): { run?: RowRun; scanned: number } {
  // `scanned` of a run: the line after its last block.
  const found: Array<{ kind: SmallBlock['kind']; start: number; end: number; textStart: number; mark: number }> = [];
  let at = i;
  for (;;) {
    const block = smallBlockAt(text, lines, at);
    if (!block || (block.end < lines.length && !blank(text, lines[block.end]))) break;
    // Fields listed, not spread: a spread per block was most of this function's time (the probe's quotes).
    found.push({ kind: block.kind, end: block.end, textStart: block.textStart, mark: block.mark, start: at });
    // One blank line, then the next block.
    if (block.end + 1 >= lines.length || blank(text, lines[block.end + 1])) break;
    at = block.end + 1;
  }
  const scanned = Math.max(i + 1, at);
  // Blocks are dropped from the end until what follows the run continues no list.
  const following = (k: number): Line | undefined => {
    for (let n = (found[k] as { end: number }).end; n < lines.length; n++) if (!blank(text, lines[n])) return lines[n];
    return undefined;
  };
  while (found.length >= minBlocks) {
    const next = following(found.length - 1);
    if (!next || !CONTINUES_LIST.test(text.slice(next.start, Math.min(next.end, next.start + 12)))) break;
    found.pop();
  }
  if (found.length < minBlocks) return { scanned };
  const [head, ...tail] = found;
  if (!head) return { scanned };
  const toBlock = (b: (typeof found)[number]): SmallBlock => ({ kind: b.kind, lines: lines.slice(b.start, b.end), textStart: b.textStart, mark: b.mark, lineOffset: b.start - head.start });
  const blocks = tail.map(toBlock);
  const first: Line = { start: (lines[head.start] as Line).start, end: (lines[head.end - 1] as Line).end };
  const end = (found[found.length - 1] as { end: number }).end;
  return { run: { kind: 'blocks', first, rest: blocks.flatMap((b) => b.lines), blocks, head: toBlock(head) }, scanned: end };
}

/** Runs of plain table rows and plain list items of at least `minLines` lines. */
export function findRowRuns(text: string, minLines = MIN_RUN_LINES): RowRun[] {
  // Cheap exit: a text shorter than a run of minimal lines, or without the characters runs start with.
  if (text.length < minLines * 3) return [];
  const lines = linesOf(text);
  const runs: RowRun[] = [];
  let i = 0;
  /** Small-block runs start at or after this line (a search from an earlier line found none up to it). */
  let smallFrom = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (i >= smallFrom && (i === 0 || blank(text, lines[i - 1]))) {
      const { run, scanned } = smallBlockRunAt(text, lines, i, minLines);
      if (run) {
        runs.push(run);
        i = scanned;
        smallFrom = scanned;
        continue;
      }
      smallFrom = scanned;
    }
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
    // Small blocks become one blank line (the parser's cost is per line): `attachRuns` puts the
    // line numbers after it back.
    parts.push(text.slice(copied, from), text.slice(from, to).replace(run.kind === 'blocks' ? /[^]/g : /[^\r\n]/g, ' '));
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
  // Line breaks the small-block runs so far took out of the parsed text, and the top-level nodes
  // whose lines already count them.
  let lineShift = 0;
  let shifted = 0;
  const shiftUpTo = (end: number): void => {
    for (; shifted < end && shifted < root.children.length; shifted++) if (lineShift > 0) shiftLines(root.children[shifted] as RootContent, lineShift);
  };
  for (const run of runs) {
    const firstStart = run.first.start + bias;
    const firstEnd = run.first.end + bias;
    // The top-level node holding the run's first line.
    while (child < root.children.length && (root.children[child]?.position?.end.offset ?? -1) < firstEnd) child++;
    shiftUpTo(child + 1);
    if (run.kind === 'blocks') {
      const added = attachSmallBlocks(root, child, text, run, bias);
      if (added === undefined) return false;
      child += 1 + added;
      shifted = child;
      lineShift += lineBreaks(text, (run.rest[0] as Line).start, (run.rest[run.rest.length - 1] as Line).end);
      continue;
    }
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
  shiftUpTo(root.children.length);
  const end = root.position?.end;
  if (end && lineShift > 0) {
    end.line += lineShift;
    // The text may end on a small block's line: its column in the text, not in the blanked line.
    let lineStart = (end.offset ?? 0) - bias;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    end.column = (end.offset ?? 0) - bias - lineStart + 1;
  }
  return true;
}

function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks;
}

/** Adds `by` to the line of every point of `node` and its descendants. */
function shiftLines(node: RootContent, by: number): void {
  const stack: Array<{ position?: Root['position']; children?: unknown }> = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.position) {
      next.position.start.line += by;
      next.position.end.line += by;
    }
    if (Array.isArray(next.children)) for (const c of next.children as Array<{ position?: Root['position'] }>) stack.push(c);
  }
}

type PointAt = (line: number, at: number, lineStart: number) => Point;

const SMALL_BLOCK_TYPE = { quote: 'blockquote', heading: 'heading', paragraph: 'paragraph', items: 'list' } as const;

/**
 * The blocks of a small-block run after `root.children[child]`, which must be the run's first block
 * as the parser read it (its kind, from the run's first line to the end of its block); the number
 * of nodes added, or undefined when the tree is not that.
 */
function attachSmallBlocks(root: Root, child: number, text: string, run: RowRun, bias: number): number | undefined {
  const head = run.head;
  const node = root.children[child];
  const position = node?.position;
  if (!head || !node || !position || node.type !== SMALL_BLOCK_TYPE[head.kind]) return undefined;
  if (position.start.offset !== run.first.start + bias || position.end.offset !== run.first.end + bias) return undefined;
  if (node.type === 'heading' && node.depth !== head.mark) return undefined;
  if (node.type === 'list' && (node.ordered || node.children.length !== head.lines.length || node.children.some((item) => item.children.length !== 1 || item.children[0]?.type !== 'paragraph'))) return undefined;
  const point = (line: number, at: number, lineStart: number): Point => ({ line, column: at - lineStart + 1, offset: at + bias });
  const firstLine = position.start.line;
  const added: RootContent[] = [];
  // The list the next items join: one of the same bullet right before them (a blank line between: a loose list).
  let list = node.type === 'list' ? node : undefined;
  let bullet = head.kind === 'items' ? head.mark : 0;
  for (const block of run.blocks ?? []) {
    const lineNumber = firstLine + block.lineOffset;
    const line = block.lines[0] as Line;
    const last = block.lines[block.lines.length - 1] as Line;
    const at = (offset: number): Point => point(lineNumber, offset, line.start);
    if (block.kind === 'items') {
      const items = block.lines.map((itemLine, k) => listItem(text, itemLine, lineNumber + k, point));
      const end = point(lineNumber + block.lines.length - 1, last.end, last.start);
      if (list?.position && bullet === block.mark) {
        list.children.push(...items);
        list.spread = true;
        list.position.end = end;
      } else {
        list = { type: 'list', ordered: false, start: null, spread: false, children: items, position: { start: at(line.start), end } };
        added.push(list);
      }
      bullet = block.mark;
      continue;
    }
    list = undefined;
    bullet = 0;
    const words: Text = { type: 'text', value: text.slice(block.textStart, line.end), position: { start: at(block.textStart), end: at(line.end) } };
    const whole = { start: at(line.start), end: at(line.end) };
    if (block.kind === 'heading') added.push({ type: 'heading', depth: block.mark as Heading['depth'], children: [words], position: whole } satisfies Heading);
    else if (block.kind === 'paragraph') added.push({ type: 'paragraph', children: [words], position: whole } satisfies Paragraph);
    else added.push({ type: 'blockquote', children: [{ type: 'paragraph', children: [words], position: { start: at(block.textStart), end: at(line.end) } }], position: whole } satisfies Blockquote);
  }
  root.children.splice(child + 1, 0, ...added);
  return added.length;
}

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
