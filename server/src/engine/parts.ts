/**
 * Analysing a document in parts that can run on separate threads, with exactly the whole parse's
 * blocks.
 *
 * A part is a slice run (slices.ts) that starts at a guessed split point and runs until it has cut
 * at or past the next split point. The first part starts at 0 and is right; every later part is
 * trusted only from a cut the previous (trusted) run made, provided the later part also starts a
 * block on that line from a clean state (`cleanStart`): from there both parsers read the same. A
 * part that never lines up (a split point inside a long fence, say) is re-analysed from the trusted
 * cut, so a bad guess costs time, never correctness.
 */
import { analyzeBlock, type BlockAnalysis } from './analyze';
import { blankLineBefore, CHUNK_CHARS, chunkedSlices, lineStartAt, nextLineStart, cleanStart } from './slices';

export interface Part {
  /** Where the part's run started (a line start) and the cut where it stopped (≥ its `until`, or the text's end). */
  readonly from: number;
  readonly until: number;
  readonly end: number;
  readonly blocks: readonly BlockAnalysis[];
  /** Each block's kind (`blockKind`), for the clean-start check when parts are joined. */
  readonly types: readonly string[];
}

/** Analyses the slice run from `from` until it cuts at or past `until`. */
export function analyzePart(text: string, from: number, until: number, chunkChars = CHUNK_CHARS): Part {
  const blocks: BlockAnalysis[] = [];
  const types: string[] = [];
  let end = from;
  for (const { slice, blocks: found, next } of chunkedSlices(text, chunkChars, from, until)) {
    for (const block of found) {
      blocks.push(analyzeBlock(block.node, slice.source, slice.base));
      types.push(block.type);
    }
    end = next;
  }
  return { from, until, end: Math.max(end, from), blocks, types };
}

/**
 * `count` − 1 split points near equal fractions of the text, each moved forward to a line that
 * follows a blank line and does not start with indentation (likely a top-level block start).
 * Only a guess: `joinParts` checks it.
 */
export function splitPoints(text: string, count: number): number[] {
  const points: number[] = [];
  for (let k = 1; k < count; k++) {
    let at = nextLineStart(text, Math.floor((text.length * k) / count));
    const limit = Math.min(text.length, at + 64 * 1024);
    while (at < limit && !(blankLineBefore(text, at) && /[^\s]/.test(text.charAt(at)))) at = nextLineStart(text, at);
    if (at >= text.length) break;
    if (at > (points[points.length - 1] ?? 0)) points.push(at);
  }
  return points;
}

export interface Joined {
  readonly blocks: BlockAnalysis[];
  readonly types: string[];
  /** Parts that did not line up and were re-analysed on the calling thread. */
  readonly redone: number;
}

/** Joins parts (in order; the first starts at 0) into the whole parse's blocks. */
export function joinParts(text: string, parts: readonly Part[], chunkChars = CHUNK_CHARS): Joined {
  const blocks: BlockAnalysis[] = [];
  const types: string[] = [];
  let cursor = 0;
  let redone = 0;
  const take = (part: Part, index: number): void => {
    for (let i = index; i < part.blocks.length; i++) {
      blocks.push(part.blocks[i] as BlockAnalysis);
      types.push(part.types[i] as string);
    }
    cursor = part.end;
  };
  for (const part of parts) {
    if (cursor >= text.length || part.end <= cursor) continue; // the trusted run already covered it
    const index = lineUp(text, part, cursor);
    if (index !== undefined) take(part, index);
    else {
      redone++;
      take(analyzePart(text, cursor, part.until, chunkChars), 0);
    }
  }
  if (cursor < text.length) take(analyzePart(text, cursor, text.length, chunkChars), 0);
  return { blocks, types, redone };
}

/** The index of the part's block that starts the line `cursor` from a clean state, if any. */
function lineUp(text: string, part: Part, cursor: number): number | undefined {
  if (part.from === cursor) return 0;
  if (part.from > cursor) return undefined;
  for (let i = 0; i < part.blocks.length; i++) {
    const line = lineStartAt(text, (part.blocks[i] as BlockAnalysis).start);
    if (line < cursor) continue;
    if (line > cursor) return undefined;
    return i > 0 && cleanStart(text, cursor, part.types[i - 1]) ? i : undefined;
  }
  return undefined;
}
