/**
 * Texts that are not markdown notes: a binary file opened as markdown, or a minified file whose
 * lines run to hundreds of kilobytes. micromark parses one huge paragraph super-linearly (a 1 MB
 * line took 13 s, blocking the server), and findings in such a file help no one, so the server and
 * the CLI skip them with a note instead of analyzing.
 */
import { formatNumber } from '../util/format';
import { deepestNesting, MAX_NESTING } from './nesting';

/** A line longer than this is minified or generated text, not notes. */
export const MAX_LINE_CHARS = 64 * 1024;
/**
 * Text without a blank line longer than this is one block (a paragraph, a table): its analysis grows
 * faster than its size (a 1 MB paragraph of short lines took 48 s, 100 KB 0.94 s), so it is skipped.
 */
export const MAX_BLOCK_CHARS = 128 * 1024;
/** How much of the start of a text the binary check reads (git reads 8,000 bytes for its NUL check). */
const BINARY_PROBE_CHARS = 8000;

export interface Unsupported {
  readonly kind: 'binary' | 'long-line' | 'long-block' | 'deep-nesting';
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

/** Characters and first line (0-based) of the longest run of lines without a blank one. */
function longestBlock(text: string): { chars: number; line: number } {
  let longest = { chars: 0, line: 0 };
  let runStart = -1;
  let runLine = 0;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let blank = true;
    for (let i = start; i < end && blank; i++) blank = /\s/.test(text[i] ?? '');
    if (blank) runStart = -1;
    else {
      if (runStart < 0) {
        runStart = start;
        runLine = line;
      }
      if (end - runStart > longest.chars) longest = { chars: end - runStart, line: runLine };
    }
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
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
  const block = longestBlock(text);
  if (block.chars > MAX_BLOCK_CHARS) {
    return {
      kind: 'long-block',
      message: `This file has ${formatNumber(block.chars)} characters without a blank line (from line ${formatNumber(block.line + 1)}): archnotes analyses files whose paragraphs and tables are at most ${formatNumber(MAX_BLOCK_CHARS)} characters.`,
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
