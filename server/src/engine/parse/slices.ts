/**
 * Parsing a document in slices that give exactly the whole-document parse's top-level blocks.
 *
 * CommonMark is parsed line by line and a closed block never reopens. At the start of a top-level
 * block that follows a blank line no container and no paragraph is open, so a parser started fresh
 * at the beginning of that block's line sees what the whole-document parser saw from there on.
 * Slices therefore start at the beginning of such a block's line (tabs and list indentation are
 * column-relative), never merely at a blank line (loose lists and fences span blank lines), and
 * their end is checked against what follows. The only
 * state a fresh parser lacks is the set of link reference definitions seen earlier, which changes
 * inline links only; analysis reads block structure and raw text (plus inline HTML comments, which
 * do not depend on definitions).
 *
 * Parsing ≤ ~32 KB slices is also faster than one big parse (perf-baseline.md: the parse's
 * temporaries stay in the young generation) and holds one slice's tree in memory at a time.
 */
import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from './markdown';

// Line helpers (\n, \r\n and lone \r, like LineIndex and micromark).

function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Offset of the start of the line containing `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Offset just after the first line break at or after `offset` (text length when there is none). */
export function nextLineStart(text: string, offset: number): number {
  for (let i = Math.max(0, offset); i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return i + 1;
    if (code === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

// Slice parsing.

export interface SliceBlock {
  readonly node: RootContent;
  /** `blockKind`: the node type, with fenced and indented code told apart. */
  readonly type: string;
  /** Absolute offsets. */
  readonly start: number;
  readonly end: number;
}

export interface Slice {
  readonly source: string;
  readonly base: number;
  readonly blocks: SliceBlock[];
}

/**
 * A fresh parser may start at `from`: micromark drops a byte order mark at the start of its input,
 * so a slice must not start with one that is ordinary text in the whole document.
 */
export function canStartAt(text: string, from: number): boolean {
  return from === 0 || text.charCodeAt(from) !== 0xfeff;
}

/**
 * True when the line before `lineStart` is blank (or `lineStart` is the document start). A parser
 * only starts clean after a blank line: micromark lets an open paragraph change how the first line
 * of a following container is read ("para\n>-" makes the quote's "-" paragraph text, not an empty
 * list item), so a slice must never start right after another block.
 */
export function blankLineBefore(text: string, lineStart: number): boolean {
  if (lineStart <= 0) return true;
  let end = lineStart - 1;
  if (text.charCodeAt(end) === 10 && end > 0 && text.charCodeAt(end - 1) === 13) end--;
  for (let i = end - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * Block kinds after which (and a blank line) micromark's state is clean. Others can leave a flow
 * construct open across the blank line (indented code continues through blank lines; a list or
 * quote may end in one; HTML is concrete), and an open construct makes the first line of a new
 * container read as an interruption ("code\n\n> - \n> x" differs from "para\n\n> - \n> x").
 */
const CLOSED_KINDS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'thematicBreak', 'definition', 'fencedCode', 'table', 'htmlComment', 'quotedParagraph']);

/**
 * The node's type, with fenced and indented code told apart, and an HTML comment that closed (its
 * block ends on the line of its `-->`, so nothing is left open) told from other HTML: a document of
 * suppression comments would otherwise re-parse from its start on every keystroke.
 */
export function blockKind(node: RootContent, source: string, start: number): string {
  if (node.type === 'html') return node.value.startsWith('<!--') && node.value.includes('-->', 4) ? 'htmlComment' : 'html';
  // The blank line after a quote closes it and, when its last block is a paragraph, leaves the parser's
  // flow as a paragraph and a blank line do: a document of one-line quotes was parsed twice over.
  if (node.type === 'blockquote') return node.children[node.children.length - 1]?.type === 'paragraph' ? 'quotedParagraph' : 'blockquote';
  if (node.type !== 'code') return node.type;
  return /^[ \t]*(?:`{3,}|~{3,})/.test(source.slice(start, start + 64)) ? 'fencedCode' : 'indentedCode';
}

/**
 * A fresh parser started at `lineStart` reads what the whole-document parser reads from there on:
 * the document start, or a line after a blank line that follows a block of a closed kind.
 */
export function cleanStart(text: string, lineStart: number, previousKind: string | undefined): boolean {
  if (lineStart === 0) return true;
  return previousKind !== undefined && CLOSED_KINDS.has(previousKind) && canStartAt(text, lineStart) && blankLineBefore(text, lineStart);
}

/**
 * A copy of text[from, to) that does not keep `text` alive. V8 represents a long substring as a
 * view into its parent, so every string a block result keeps (context texts, node values) would
 * otherwise pin the whole document version it was parsed from: after a few hundred keystrokes on
 * the notes that was hundreds of megabytes of old versions. Prepending a character forces a flat
 * copy of just the slice.
 */
export function detachedSlice(text: string, from: number, to: number): string {
  return ` ${text.slice(from, to)}`.slice(1);
}

/**
 * Parses text[from, to) (from must be a line start) and returns its top-level blocks with absolute
 * offsets. `detach`: the results must not keep `text` alive (an edit's re-parse; see detachedSlice).
 */
export function parseSlice(text: string, from: number, to: number, detach = false): Slice {
  const whole = from === 0 && to === text.length;
  const source = detach ? detachedSlice(text, from, to) : whole ? text : text.slice(from, to);
  const root: Root = parseMarkdown(source);
  const blocks: SliceBlock[] = [];
  for (const node of root.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    blocks.push({ node, type: blockKind(node, source, start), start: start + from, end: end + from });
  }
  return { source, base: from, blocks };
}

/**
 * The first line starting at or after `at` that follows a blank line and is not blank itself (the
 * only lines `cleanStart` accepts), or the text's length.
 */
export function restartAfter(text: string, at: number): number {
  let line = at <= 0 ? 0 : nextLineStart(text, at - 1);
  let previousBlank = line > 0 && blankLineBefore(text, line);
  while (line < text.length) {
    const end = lineEndAt(text, line);
    const isBlank = blankBetween(text, line, end);
    if (previousBlank && !isBlank) return line;
    previousBlank = isBlank;
    line = nextLineStart(text, end);
  }
  return text.length;
}

/** A cut past the first place after `cut` where a slice may start, with a chunk of text after it. */
function widened(text: string, cut: number, chunk: number): number {
  const restart = restartAfter(text, cut);
  return restart >= text.length || restart + chunk >= text.length ? text.length : nextLineStart(text, restart + chunk);
}

function lineEndAt(text: string, lineStart: number): number {
  let i = lineStart;
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  return i;
}

function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Default cold-analysis slice size: small enough for the young generation, large enough to amortise. */
export const CHUNK_CHARS = 32 * 1024;

/**
 * `text` parsed slice by slice: yields each slice with the blocks of it that are final (all but the
 * last two, which may continue past the cut or change type with the next line; they are parsed
 * again at the start of the next slice). Slices start at a top-level block's line, so their blocks
 * are exactly the whole-document parse's. `parse`: parseSlice (tests count what it parses).
 */
export function* chunkedSlices(text: string, chunkChars = CHUNK_CHARS, parse = parseSlice): Generator<{ slice: Slice; blocks: readonly SliceBlock[] }, void, void> {
  let from = 0;
  const chunk = Math.max(64, chunkChars);
  let size = chunk;
  while (from < text.length) {
    let cut = from + size >= text.length ? text.length : nextLineStart(text, from + size);
    // Without a place for the next slice to start inside it, the slice cannot be cut: reach past the
    // next such place now instead of parsing the same text again (one 100 KB list or table was parsed
    // at 32, 64 and 100 KB).
    if (cut < text.length && restartAfter(text, from + 1) >= cut) cut = widened(text, cut, chunk);
    const slice = parse(text, from, cut);
    if (cut >= text.length) {
      yield { slice, blocks: slice.blocks };
      return;
    }
    // The last two blocks may continue past the cut (or change type with the next line): re-parse them.
    let keep = slice.blocks.length - 2;
    let next = keep >= 0 ? lineStartAt(text, slice.blocks[keep]?.start ?? 0) : from;
    // A kept block must end before the line the next slice starts on.
    while (keep > 0 && ((slice.blocks[keep - 1]?.end ?? 0) > next || !cleanStart(text, next, slice.blocks[keep - 1]?.type))) {
      keep--;
      next = lineStartAt(text, slice.blocks[keep]?.start ?? 0);
    }
    if (keep <= 0 || next <= from) {
      // One block longer than the slice (a long list or fence), or no closed block to start after:
      // at least double, so text of blocks that never close is parsed a bounded number of times.
      size = Math.max(2 * (cut - from), widened(text, cut, chunk) - from);
      continue;
    }
    yield { slice, blocks: slice.blocks.slice(0, keep) };
    from = next;
    size = Math.max(64, chunkChars);
  }
}

