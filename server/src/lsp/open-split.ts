/**
 * Where a big first analysis splits in two, so two analysis workers take a half each (the open's
 * wall time roughly halves, on an idle machine and on a loaded one alike, where each thread gets its
 * share). The second part must start where a fresh parser reads what the whole-document parser
 * reads (engine/parse/slices.ts): a line after a blank line that follows a block of a closed kind.
 * Here that block is a paragraph or heading whose every line starts at the margin with a letter,
 * `**` or `#` (nothing that opens or interrupts a container), outside code fences, so the parse is
 * only guessed; the worker analysing the first part checks the split against its own parse
 * (analysis-worker.ts), and the server falls back to one worker when it does not hold.
 */

import { cleanStart } from '../engine';

/** Below this, one worker is quick enough and a second would cost more to coordinate than it saves. */
export const SPLIT_MIN_CHARS = 128 * 1024;
/** The split may land this far (a share of the text) either side of the middle. */
const SPREAD = 0.2;

const FENCE = /^ {0,3}(`{3,}|~{3,})/gm;
/** A line that can only be paragraph or heading text at the top level (after a blank line, or continuing one). */
const PLAIN = /^(?:[A-Za-z]|\*\*|#{1,6}[ \t])/;

/** Spans [open line start, closing line start) of the fenced code blocks of `text` (an unclosed one runs to the end). */
function fencedSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let open: { start: number; marker: string } | undefined;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m; m = FENCE.exec(text)) {
    const marker = m[1] ?? '';
    // The rest of the line (the info string, or nothing on a closing fence).
    let end = m.index + m[0].length;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const rest = text.slice(m.index + m[0].length, end);
    if (!open) {
      // A backtick fence's info string holds no backtick.
      if (marker[0] === '`' && rest.includes('`')) continue;
      open = { start: m.index, marker };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && rest.trim() === '') {
      spans.push([open.start, m.index]);
      open = undefined;
    }
  }
  if (open) spans.push([open.start, text.length]);
  return spans;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * The split: `next`, the start of the line the second part begins with, and `to`, the end of that
 * line (the first part runs to there, to check a block starts at `next`). Undefined when the text is
 * small or has no such line near its middle.
 */
export function splitPoint(text: string): { readonly next: number; readonly to: number } | undefined {
  if (text.length < SPLIT_MIN_CHARS) return undefined;
  const middle = text.length / 2;
  const high = middle + SPREAD * text.length;
  const fences = fencedSpans(text);
  const fenced = (at: number): boolean => fences.some(([start, end]) => start <= at && at <= end);
  // From the middle on: the first line after a blank line after a plain block (a block that began
  // after a blank line itself, so the scan knows where it began).
  let at = text.indexOf('\n', Math.floor(middle)) + 1;
  if (at <= 0) return undefined;
  let previousBlank = false;
  /** The block being read: undefined before the scan has seen its start; true while every line is plain. */
  let plainBlock: boolean | undefined;
  /** The block before the current run of blank lines was plain. */
  let afterPlain = false;
  while (at < text.length && at <= high) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(at, end);
    if (isBlank(line)) {
      if (!previousBlank) afterPlain = plainBlock === true;
      plainBlock = undefined;
      previousBlank = true;
    } else {
      if (previousBlank) {
        // The plain block stands in for the parse's previous block (a paragraph or a heading, both of
        // a closed kind): the engine's own rule for a clean start decides the rest (a blank line
        // before, no byte order mark opening the part), as the worker's check will.
        if (afterPlain && !/^[ \t]/.test(line) && !fenced(at) && cleanStart(text, at, 'paragraph')) return { next: at, to: end };
        plainBlock = PLAIN.test(line) && !fenced(at);
      } else if (plainBlock !== undefined) {
        plainBlock = plainBlock && PLAIN.test(line);
      }
      previousBlank = false;
    }
    at = end < text.length ? end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1) : end;
  }
  return undefined;
}
