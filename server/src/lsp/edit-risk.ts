/**
 * Which texts and edits the analysis worker checks before the server analyses them (analysis-gate.ts). What makes
 * an analysis super-linear is a long line or a big block (a regex re-scanning a line, a table or
 * paragraph handled as one piece), so an edit inside ordinary short paragraphs goes straight to the
 * incremental update, and one that touches a long line, a big block or pastes a lot is checked
 * first. Reads at most a few block sizes of text around the edit.
 */

/** An edit touching a line longer than this is checked (a cubic regex took 0.6 s on 2,000 characters). */
export const LONG_LINE_CHARS = 2000;
/** An edit inside a block (lines between blank lines) bigger than this is checked. */
export const BIG_BLOCK_CHARS = 16 * 1024;
/** An edit that inserts or spans more than this is checked. */
export const BIG_EDIT_CHARS = 4096;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/** True when the edit at `span` of `text` (undefined: unknown) should be checked by the worker first. */
export function riskyEdit(text: string, span: { start: number; end: number } | undefined): boolean {
  if (!span) return true;
  if (span.end - span.start > BIG_EDIT_CHARS) return true;
  // Back to the start of the block: the line after the nearest blank line before the edit.
  let blockStart = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  if (span.start === 0) blockStart = 0;
  while (blockStart > 0) {
    const previousStart = text.lastIndexOf('\n', blockStart - 2) + 1;
    if (isBlank(text, previousStart, blockStart - 1)) break;
    if (blockStart - 1 - previousStart > LONG_LINE_CHARS) return true;
    blockStart = previousStart;
    if (span.start - blockStart > BIG_BLOCK_CHARS) return true;
  }
  // Forward line by line to the first blank line after the edit.
  for (let lineStart = blockStart; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > LONG_LINE_CHARS) return true;
    if (lineEnd - blockStart > BIG_BLOCK_CHARS) return true;
    if (lineStart > span.end && isBlank(text, lineStart, lineEnd)) return false;
    if (newline === -1) return false;
    lineStart = newline + 1;
  }
  return false;
}

/** True when `text` has a line longer than LONG_LINE_CHARS or a block bigger than BIG_BLOCK_CHARS (one pass). */
export function riskyText(text: string): boolean {
  let blockStart = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > LONG_LINE_CHARS) return true;
    if (isBlank(text, lineStart, lineEnd)) blockStart = newline + 1;
    else if (lineEnd - blockStart > BIG_BLOCK_CHARS) return true;
    if (newline === -1) return false;
    lineStart = newline + 1;
  }
  return false;
}
