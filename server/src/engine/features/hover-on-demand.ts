/**
 * A hover before the document's first analysis (a big file opening slice by slice, or the first
 * document waiting for the editor's settings): the few blocks around the cursor are parsed and
 * analysed alone, so a card answers from the first moment instead of "Loading…" and then nothing.
 *
 * The window starts after a blank line outside any fence: a fresh parse from there reads the block
 * under the cursor as the whole-document parse does (a list may start at a later item, which keeps
 * its sentences). Only an HTML block spanning blank lines can fool it, which costs one card at
 * most until the analysis is done.
 */
import { analyzeBlockForCards, assembleModel } from '../analyze';
import type { BlockAnalysis } from '../incremental/block-analysis';
import { hoverAt, type HoverResult } from './hover';
import { lineStartAt, nextLineStart, parseSlice } from '../parse/slices';
import { LineIndex } from '../util/text';

/** How far back the window may start and how far past the cursor it reaches at least. */
const REACH = 16 * 1024;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;  // used with the g and m flags

function isBlank(text: string, lineStart: number): boolean {
  for (let i = lineStart; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Start of the opening line of the fence that is open at `lineStart`, or undefined when none is. */
function openFenceAt(text: string, lineStart: number): number | undefined {
  const fences = new RegExp(FENCE.source, 'gm');
  let open: { start: number; marker: string } | undefined;
  for (let m = fences.exec(text); m && m.index < lineStart; m = fences.exec(text)) {
    const marker = m[1] ?? '';
    const rest = text.slice(m.index + m[0].length, nextLineStart(text, m.index));
    if (!open) open = { start: m.index, marker };
    // A closing fence: the same character, at least as long, nothing after it.
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && rest.trim() === '') open = undefined;
  }
  return open?.start;
}

/**
 * A line start at or before `offset` where a fresh parser reads what the whole-document parse read:
 * after a blank line, outside a fence. Undefined when there is none within reach (a huge table or
 * list): no card then, rather than a parse of half the document.
 */
function windowStart(text: string, offset: number): number | undefined {
  let line = lineStartAt(text, offset);
  const limit = offset - REACH;
  while (line > 0) {
    const previous = lineStartAt(text, line - 1);
    if (isBlank(text, previous) && !isBlank(text, line)) break;
    if (previous < limit) return undefined;
    line = previous;
  }
  const fence = openFenceAt(text, line);
  if (fence === undefined) return line;
  return fence < limit ? undefined : fence;
}

/** A line end after `offset`: the first blank line at least a little past the cursor (a fence is parsed whole). */
function windowEnd(text: string, offset: number): number {
  let at = nextLineStart(text, offset);
  const limit = Math.min(text.length, offset + REACH);
  while (at < limit && !isBlank(text, at)) at = nextLineStart(text, at);
  return Math.max(at, Math.min(text.length, nextLineStart(text, offset)));
}

/** The hover card at `offset`, from an analysis of the blocks around it alone (`lines`: the text's, when at hand). */
export function hoverOnDemand(text: string, offset: number, lines?: LineIndex): HoverResult | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const from = windowStart(text, offset);
  if (from === undefined) return undefined;
  const slice = parseSlice(text, from, Math.max(windowEnd(text, offset), from));
  const block = slice.blocks.find((b) => b.start <= offset && offset <= b.end);
  if (!block) return undefined;
  const result = analyzeBlockForCards(block.node, slice.source, slice.base);
  return hoverOnBlock(text, offset, result, lines ?? new LineIndex(text));
}

/**
 * During a first analysis: the hover card at `offset` from the blocks analysed so far (of `text`,
 * in document order, none shifted since), without parsing anything. `covered` is false when the
 * analysis has not reached `offset` yet (then only a parse of the blocks around it can answer).
 */
export function hoverInAnalyzedBlocks(text: string, offset: number, blocks: readonly BlockAnalysis[], lines: LineIndex): { readonly covered: boolean; readonly card?: HoverResult } {
  const last = blocks[blocks.length - 1];
  if (!last || offset > last.end) return { covered: false };
  // The first block that ends at or after `offset` (blocks do not overlap and are in order).
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((blocks[middle]?.end ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  const block = blocks[low];
  if (!block || block.start > offset) return { covered: true };
  return { covered: true, card: hoverOnBlock(text, offset, block, lines) };
}

/** The one block as an analysis of its own: hover reads only the block under the cursor and the model. */
function hoverOnBlock(text: string, offset: number, block: BlockAnalysis, lines: LineIndex): HoverResult | undefined {
  return hoverAt(assembleModel(text, [{ result: block, pending: 0 }], lines), offset);
}
