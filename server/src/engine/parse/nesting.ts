/**
 * Bounds how deeply one line can nest containers before the markdown parser sees it.
 *
 * micromark's cost for a line that opens d block quotes or list items is quadratic in d ('- ' × 2,000
 * took 4 s for 4 KB; × 5,000 took 26 s), and remark-gfm's tree transform recurses once per level
 * (5,000 levels overflowed the call stack). Real notes nest a handful of levels. Past
 * MAX_LINE_NESTING markers on one line, the remaining markers are replaced by spaces: the text keeps
 * its length, so every offset the parser reports still indexes the original text, and the rest of
 * the line becomes the deepest item's content (indented code), which no rule reads as prose.
 */

/**
 * Container markers (block quote, list item) one line may open before the rest is flattened. Four:
 * no line of the notes, the corpus, the fixtures or the example opens more than three (checked
 * 2026-12-07), and each marker kept costs micromark and mdast a container per line (100 KB of
 * 30-deep `- ` lines: 1.95 s of CPU with 8, 1.42 s with 4).
 */
export const MAX_LINE_NESTING = 4;

const SPACE = 32;
const TAB = 9;

function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

/**
 * Length of the container marker at `at` (`>`, `-`/`*`/`+` or up to 9 digits and `.`/`)` followed by
 * a space, a tab or the line end), or 0 when there is none.
 */
function markerAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 62 /* > */) return 1;
  let end = at;
  if (code === 45 || code === 42 || code === 43 /* - * + */) end = at + 1;
  else {
    while (end < text.length && end - at < 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    if (end === at) return 0;
    const delimiter = text.charCodeAt(end);
    if (delimiter !== 46 && delimiter !== 41 /* . ) */) return 0;
    end++;
  }
  const next = text.charCodeAt(end);
  return end >= text.length || isBlank(next) || isBreak(next) ? end - at : 0;
}

/**
 * `text` unchanged when no line opens more than MAX_LINE_NESTING containers, otherwise a copy of the
 * same length with the markers past that many replaced by spaces.
 */
export function flattenDeepNesting(text: string): string {
  let parts: string[] | undefined;
  let copied = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let at = lineStart;
    let markers = 0;
    for (;;) {
      while (at < text.length && isBlank(text.charCodeAt(at))) at++;
      const length = at < text.length ? markerAt(text, at) : 0;
      if (length === 0) break;
      markers++;
      if (markers > MAX_LINE_NESTING) {
        parts ??= [];
        parts.push(text.slice(copied, at), ' '.repeat(length));
        copied = at + length;
      }
      at += length;
    }
    while (at < text.length && !isBreak(text.charCodeAt(at))) at++;
    while (at < text.length && isBreak(text.charCodeAt(at))) at++;
    lineStart = at;
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Beyond this estimated depth the parser's cost grows with depth × lines (unsupported-text.ts skips the file). */
export const MAX_NESTING = 128;

/**
 * An upper bound of the deepest container nesting the parser sees on any line, and that line
 * (0-based): half the line's indentation columns before its first marker (a nested list item needs
 * at least two columns per level, a tab counts four) plus its container markers, of which
 * `flattenDeepNesting` leaves at most MAX_LINE_NESTING. One pass over the text.
 */
export function deepestNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  let line = 0;
  let at = 0;
  while (at < text.length) {
    let columns = 0;
    let markers = 0;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === SPACE || code === TAB) {
        if (markers === 0) columns += code === TAB ? 4 : 1;
        at++;
        continue;
      }
      const length = at < text.length ? markerAt(text, at) : 0;
      if (length === 0) break;
      markers++;
      at += length;
    }
    const depth = Math.min(markers, MAX_LINE_NESTING) + Math.floor(columns / 2);
    if (depth > deepest.depth) deepest = { depth, line };
    while (at < text.length && !isBreak(text.charCodeAt(at))) at++;
    if (at < text.length) {
      at += text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
      line++;
    }
  }
  return deepest;
}

/**
 * False when no line of `text` can nest deeper than `depth` by `deepestNesting`'s estimate, found
 * by a regular expression instead of its loop over every character: a line's markers count at most
 * MAX_LINE_NESTING, so only indentation can take it past `depth`, and that needs at least this many
 * white-space characters at the start of a line (a tab counts four columns, two columns a level).
 */
export function mayNestDeeperThan(text: string, depth: number): boolean {
  const columns = 2 * (depth - MAX_LINE_NESTING + 1);
  if (columns <= 0) return true;
  let pattern = indentPatterns.get(columns);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[\\r\\n])[ \\t]{${Math.ceil(columns / 4)}}`);
    indentPatterns.set(columns, pattern);
  }
  return pattern.test(text);
}

const indentPatterns = new Map<number, RegExp>();
