/**
 * Inline HTML comments that can never close. micromark tries an inline comment at every `<!--` and
 * scans to the next `-->` or the end of the paragraph: a paragraph full of unclosed `<!--` is
 * quadratic (60 KB of them: 13 s to parse). A `<!--` with no `-->` before the next blank line (a
 * paragraph ends there, so the comment cannot reach past it) is plain text whatever follows, so its
 * `<` is replaced by a letter before parsing: same length, the same tree, and offsets still index
 * the original text (the engine reads text from offsets, never from the parse).
 *
 * A `<!--` that may start an HTML block (nothing but indentation and container markers before it
 * on its line) is left alone: a block is parsed differently, and linearly.
 */

/** Characters that may stand before a block start on a line: indentation, quote and list markers. */
const BLOCK_PREFIX = /^[ \t>*+\-\d.)]*$/;
const BLANK_LINE = /\n[ \t]*(?:\r?\n|\r|$)/g;

export function neutraliseUnclosedComments(text: string): string {
  let at = text.indexOf('<!--');
  if (at === -1) return text;
  let out: string[] | undefined;
  let copied = 0;
  let close = -2;
  let blank = -1;
  // Start of the line holding `at`, found by one forward scan over the whole loop.
  let lineStart = 0;
  let scanned = 0;
  for (; at !== -1; at = text.indexOf('<!--', at + 1)) {
    for (; scanned < at; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code === 10 || code === 13) lineStart = scanned + 1;
    }
    if (close !== -1 && close < at + 2) close = text.indexOf('-->', at + 2);
    if (blank !== Number.MAX_SAFE_INTEGER && blank < at) {
      BLANK_LINE.lastIndex = at;
      const match = BLANK_LINE.exec(text);
      blank = match ? match.index : Number.MAX_SAFE_INTEGER;
    }
    if (close !== -1 && close < blank) continue;
    // Bounded look-back: a line prefix longer than this is content, not markers.
    if (at - lineStart < 64 && BLOCK_PREFIX.test(text.slice(lineStart, at))) continue;
    out ??= [];
    out.push(text.slice(copied, at), 'x');
    copied = at + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}
