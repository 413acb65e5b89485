/**
 * Which texts and edits the analysis worker checks before the server analyses them (analysis-gate.ts).
 * What makes an analysis super-linear is a long line or a big block (a regex re-scanning a line, a
 * paragraph read as one context), so a first analysis of a text with either goes through the worker.
 * Edits are the keystroke path: checking one costs the worker's update on top of the server's (a
 * 20 KB table: 1.2–1.4 s → 3.9 s per keystroke on the loaded machine), so only an edit touching a long
 * line or pasting a lot is checked; big blocks of short lines update in linear time
 * (robust-linear.test.ts), and the ReDoS check keeps super-linear regexes off unbounded input.
 */

/** An edit touching a line longer than this is checked (a cubic regex took 0.6 s on 2,000 characters). */
export const LONG_LINE_CHARS = 2000;
/** A first analysis of a text with a block (lines between blank lines) bigger than this is checked. */
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

/** True when any of the edits at `spans` of `text` (undefined: unknown) should be checked by the worker first. */
export function riskyEdits(text: string, spans: ReadonlyArray<{ start: number; end: number; replaced?: number }> | undefined): boolean {
  if (!spans) return true;
  return spans.some((span) => (span.replaced ?? 0) > BIG_EDIT_CHARS || riskyEdit(text, span));
}

/** True when the edit at `span` of `text` (undefined: unknown) should be checked by the worker first. */
export function riskyEdit(text: string, span: { start: number; end: number } | undefined): boolean {
  if (!span) return true;
  if (span.end - span.start > BIG_EDIT_CHARS) return true;
  // The lines the edit touches, from the start of the first to the end of the last.
  let lineStart = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  if (span.start === 0) lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > LONG_LINE_CHARS) return true;
    if (newline === -1 || lineEnd >= span.end) return false;
    lineStart = newline + 1;
  }
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
