/**
 * Texts that are not markdown notes: a binary file opened as markdown, or a minified file whose
 * lines run to hundreds of kilobytes. micromark parses one huge paragraph super-linearly (a 1 MB
 * line took 13 s, blocking the server), and findings in such a file help no one, so the server and
 * the CLI skip them with a note instead of analyzing.
 */
import { formatNumber } from '../util/format';
import { deepestNesting, MAX_NESTING, mayNestDeeperThan } from './nesting';

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

/** A line break: \r\n, a lone \r or \n (as micromark and LineIndex read them). */
const BREAK = /\r\n?|\n/g;
/** White space other than a line break from a position on (what `/\s/` calls blank). */
const SPACES = /[^\S\r\n]*/y;

export interface LineStats {
  /** Longest line in UTF-16 units. */
  readonly longestLine: number;
  /** Characters and first line (0-based) of the longest run of lines without a blank one. */
  readonly longestBlock: { readonly chars: number; readonly line: number };
}

/**
 * One pass over the lines. The line breaks and a line's leading white space are found by regular
 * expressions: this runs on the server's thread when a document opens and before its first hover,
 * where a loop over every character ran unoptimised (the 434 KB notes: 0.15 s for this check).
 */
export function lineStats(text: string): LineStats {
  let longestLine = 0;
  let longestBlock = { chars: 0, line: 0 };
  let runStart = -1;
  let runLine = 0;
  let line = 0;
  let start = 0;
  BREAK.lastIndex = 0;
  for (;;) {
    const found = BREAK.exec(text);
    const end = found ? found.index : text.length;
    if (end - start > longestLine) longestLine = end - start;
    SPACES.lastIndex = start;
    SPACES.exec(text);
    if (SPACES.lastIndex >= end) runStart = -1;
    else {
      if (runStart < 0) {
        runStart = start;
        runLine = line;
      }
      if (end - runStart > longestBlock.chars) longestBlock = { chars: end - runStart, line: runLine };
    }
    if (!found) break;
    start = BREAK.lastIndex;
    line++;
  }
  return { longestLine, longestBlock };
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
  const stats = lineStats(text);
  const longest = stats.longestLine;
  if (longest > MAX_LINE_CHARS) {
    return {
      kind: 'long-line',
      message: `This file has a line of ${formatNumber(longest)} characters (minified or generated?): archnotes analyzes files whose lines are at most ${formatNumber(MAX_LINE_CHARS)} characters.`,
    };
  }
  const block = stats.longestBlock;
  if (block.chars > MAX_BLOCK_CHARS) {
    return {
      kind: 'long-block',
      message: `This file has ${formatNumber(block.chars)} characters without a blank line (from line ${formatNumber(block.line + 1)}): archnotes analyses files whose paragraphs and tables are at most ${formatNumber(MAX_BLOCK_CHARS)} characters.`,
    };
  }
  const nesting = mayNestDeeperThan(text, MAX_NESTING) ? deepestNesting(text) : { depth: 0, line: 0 };
  if (nesting.depth > MAX_NESTING) {
    return {
      kind: 'deep-nesting',
      message: `This file nests lists or quotes about ${formatNumber(nesting.depth)} levels deep (line ${formatNumber(nesting.line + 1)}): archnotes analyses files nested at most ${formatNumber(MAX_NESTING)} levels.`,
    };
  }
  return undefined;
}
