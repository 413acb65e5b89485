/**
 * Texts that are not markdown notes: a binary file opened as markdown, or a minified file whose
 * lines run to hundreds of kilobytes. micromark parses one huge paragraph super-linearly (a 1 MB
 * line took 13 s, blocking the server), and findings in such a file help no one, so the server and
 * the CLI skip them with a note instead of analyzing.
 */
import { formatNumber } from './format';
import { deepestNesting, MAX_NESTING } from './nesting';

/** A line longer than this is minified or generated text, not notes. */
export const MAX_LINE_CHARS = 64 * 1024;
/** How much of the start of a text the binary check reads (git reads 8,000 bytes for its NUL check). */
const BINARY_PROBE_CHARS = 8000;

export interface Unsupported {
  readonly kind: 'binary' | 'long-line' | 'deep-nesting';
  readonly message: string;
}

/** Longest line in UTF-16 units; \r\n, \n and a lone \r end a line (classic Mac files use \r only). */
function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    if (i - start > longest) longest = i - start;
    start = i + 1;
  }
  return longest;
}

/** Why `text` is not analyzed, or undefined for ordinary markdown. */
export function unsupportedText(text: string): Unsupported | undefined {
  const probe = text.slice(0, BINARY_PROBE_CHARS);
  let replacement = 0;
  for (let i = 0; i < probe.length; i++) {
    const code = probe.charCodeAt(i);
    if (code === 0) return { kind: 'binary', message: 'This file looks binary (it contains NUL characters): archnotes does not analyze it.' };
    if (code === 0xfffd) replacement++;
  }
  if (probe.length >= 64 && replacement / probe.length > 0.1) {
    return { kind: 'binary', message: 'This file looks binary (many bytes are not valid UTF-8): archnotes does not analyze it.' };
  }
  const longest = longestLine(text);
  if (longest > MAX_LINE_CHARS) {
    return {
      kind: 'long-line',
      message: `This file has a line of ${formatNumber(longest)} characters (minified or generated?): archnotes analyzes files whose lines are at most ${formatNumber(MAX_LINE_CHARS)} characters.`,
    };
  }
  const nesting = deepestNesting(text);
  if (nesting.depth > MAX_NESTING) {
    return {
      kind: 'deep-nesting',
      message: `This file nests lists or quotes about ${formatNumber(nesting.depth)} levels deep (line ${formatNumber(nesting.line + 1)}): archnotes analyses files nested at most ${formatNumber(MAX_NESTING)} levels.`,
    };
  }
  return undefined;
}
