/**
 * Block-incremental analysis: the cost of a keystroke follows the edit, not the document.
 *
 * The analyzer keeps the previous parse's top-level blocks (their ranges, types and block results).
 * On an edit it re-parses with remark only from the block before the edit to the first following
 * block where the new parse lines up with the old one again (same start, end and type, shifted by
 * the edit's length change), reuses the cached results of every other block (later ones shifted),
 * and re-runs `assemble` (document rules, settings, suppressions) on the result.
 *
 * Slices start at the beginning of a top-level block's line (see parse/slices.ts for why that gives the
 * whole-document parse's blocks). A cold analysis parses the document slice by slice.
 *
 * Results are identical to `analyzeText` (test/unit/incremental.test.ts compares both on every
 * example and fixture and after thousands of random edits of the notes).
 */
import { analyzeBlock, assemble, type Analysis, type AnalyzeOptions, type BlockAnalysis } from '../analyze';
import { canShiftBlockAnalysis } from './shift';
import { blankLineBefore, CHUNK_CHARS, chunkedSlices, cleanStart, lineStartAt, nextLineStart, parseSlice, type Slice, type SliceBlock } from '../parse/slices';
import { LineIndex } from '../util/text';

export { CHUNK_CHARS, lineStartAt, nextLineStart } from '../parse/slices';

/** A top-level block of the current text and its analysis (`result` may lag by `pending`). */
interface Entry {
  readonly type: string;
  /** Absolute offsets in the current text. */
  start: number;
  end: number;
  /** Block result in the coordinates it was analyzed at: its offsets + `pending` = current (shifted lazily, see blocks.ts). */
  readonly result: BlockAnalysis;
  pending: number;
}

/**
 * A block as the language server's analysis worker ships it (structured clone): the server adopts
 * the worker's results instead of analysing the same blocks again on its own thread.
 */
export interface ShippedBlock {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly result: BlockAnalysis;
  readonly pending: number;
}

/**
 * How the last update changed the block list: every block (`all`), or old blocks [first, end)
 * replaced by `fresh` and the blocks from `end` on moved by `delta`.
 */
export type BlockSplice =
  | { readonly kind: 'all'; readonly blocks: readonly ShippedBlock[] }
  | { readonly kind: 'splice'; readonly first: number; readonly end: number; readonly fresh: readonly ShippedBlock[]; readonly delta: number };

/** One replacement in the text before it is applied: [start, end) becomes `text` (LSP semantics). */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface UpdateStats {
  /** Characters handed to the markdown parser for this update. */
  readonly parsedChars: number;
  /** Blocks analyzed afresh and blocks reused from the cache. */
  readonly analyzedBlocks: number;
  readonly reusedBlocks: number;
  /** True when the analyzer had to fall back to a full analysis. */
  readonly full: boolean;
}

function entriesOf(slice: Slice, blocks: readonly SliceBlock[]): Entry[] {
  return blocks.map((b) => ({ type: b.type, start: b.start, end: b.end, result: analyzeBlock(b.node, slice.source, slice.base), pending: 0 }));
}

function* chunkedEntries(text: string, chunkChars: number): Generator<Entry[], void, void> {
  for (const { slice, blocks } of chunkedSlices(text, chunkChars)) yield entriesOf(slice, blocks);
}

function allChunkedEntries(text: string, chunkChars: number): Entry[] {
  const out: Entry[] = [];
  for (const entries of chunkedEntries(text, chunkChars)) for (const e of entries) out.push(e);
  return out;
}

/** Whole-document analysis through slices of a chosen size (`analyzeText` uses the default size). */
export function analyzeChunked(text: string, options: AnalyzeOptions = {}, chunkChars = CHUNK_CHARS): Analysis {
  return assemble(text, allChunkedEntries(text, chunkChars), options);
}

// ---------------------------------------------------------------------------------------------
// Text diff.

const STEPS = [4096, 512, 64, 8, 1];

/** The smallest single replacement turning `before` into `after`, found with native chunk compares. */
export function diffTexts(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  for (const step of STEPS) {
    while (prefix + step <= max && before.substr(prefix, step) === after.substr(prefix, step)) prefix += step;
  }
  let suffix = 0;
  const room = max - prefix;
  for (const step of STEPS) {
    while (suffix + step <= room && before.substr(before.length - suffix - step, step) === after.substr(after.length - suffix - step, step)) suffix += step;
  }
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

// ---------------------------------------------------------------------------------------------
// Shipped blocks.

function toEntry(block: ShippedBlock): Entry {
  return { type: block.type, start: block.start, end: block.end, result: block.result, pending: block.pending };
}

/** Blocks in order, inside a text of `length` characters, each result at its own offsets. */
function checkEntries(entries: readonly Entry[], length: number): void {
  let previous = 0;
  for (const e of entries) {
    if (!(e.start >= previous && e.end >= e.start && e.end <= length && e.result.start + e.pending === e.start)) throw new Error('shipped blocks do not fit the text');
    previous = e.end;
  }
}

// ---------------------------------------------------------------------------------------------
// The analyzer.

function firstEndingAtOrAfter(entries: readonly Entry[], offset: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entries[mid]?.end ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function firstStartingAfter(entries: readonly Entry[], offset: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entries[mid]?.start ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface OpenControl {
  /** Resolves when the caller is ready for the next slice (e.g. after setImmediate). */
  pause(): Promise<void>;
  cancelled(): boolean;
  /** After each slice: the blocks analysed so far, in order (read them only when needed). */
  sliced?(blocks: () => readonly BlockAnalysis[]): void;
  /** After each slice: that slice's blocks (the analysis worker ships them to the server). */
  shipped?(blocks: readonly ShippedBlock[]): void;
  /**
   * Between two blocks of a slice: a promise when the caller wants a turn now (its time budget is
   * spent), so a request waits for one block at most rather than for a whole slice.
   */
  between?(): Promise<void> | undefined;
}

/** Blocks analyzed by `IncrementalAnalyzer.open`; opaque to callers. */
export interface Prebuilt {
  readonly entries: Entry[];
}

export class IncrementalAnalyzer {
  #text: string;
  #lines: LineIndex;
  #entries: Entry[];
  #options: AnalyzeOptions;
  #analysis: Analysis;
  #stats: UpdateStats;
  #splice: BlockSplice | undefined;
  readonly #chunkChars: number;

  /** Analyzes `text` in full (slice by slice, synchronously). */
  constructor(text: string, options: AnalyzeOptions = {}, chunkChars = CHUNK_CHARS, prebuilt?: Prebuilt) {
    this.#chunkChars = chunkChars;
    this.#text = text;
    this.#lines = new LineIndex(text);
    this.#options = options;
    this.#entries = prebuilt?.entries ?? allChunkedEntries(text, chunkChars);
    this.#stats = { parsedChars: text.length, analyzedBlocks: this.#entries.length, reusedBlocks: 0, full: true };
    this.#analysis = this.#assemble();
  }

  /**
   * Analyzes `text` slice by slice, awaiting `pause()` between slices so a server keeps answering
   * (hover, cancellation) during a cold analysis of a big file. Resolves undefined when `cancelled()`.
   */
  static async open(text: string, options: AnalyzeOptions, control: OpenControl, chunkChars = CHUNK_CHARS): Promise<IncrementalAnalyzer | undefined> {
    const entries: Entry[] = [];
    for (const { slice, blocks } of chunkedSlices(text, chunkChars)) {
      const fresh: Entry[] = [];
      for (const b of blocks) {
        const turn = control.between?.();
        if (turn) {
          await turn;
          if (control.cancelled()) return undefined;
        }
        const entry: Entry = { type: b.type, start: b.start, end: b.end, result: analyzeBlock(b.node, slice.source, slice.base), pending: 0 };
        fresh.push(entry);
        entries.push(entry);
      }
      if (control.cancelled()) return undefined;
      control.sliced?.(() => entries.map((e) => e.result));
      control.shipped?.(fresh);
      await control.pause();
      if (control.cancelled()) return undefined;
    }
    return new IncrementalAnalyzer(text, options, chunkChars, { entries });
  }

  /** An analyzer over blocks another analyzer analysed (the worker's, shipped: see `lastSplice`). */
  static fromBlocks(text: string, options: AnalyzeOptions, blocks: readonly ShippedBlock[], chunkChars = CHUNK_CHARS): IncrementalAnalyzer {
    const entries = blocks.map(toEntry);
    checkEntries(entries, text.length);
    return new IncrementalAnalyzer(text, options, chunkChars, { entries });
  }

  get text(): string {
    return this.#text;
  }

  get analysis(): Analysis {
    return this.#analysis;
  }

  get options(): AnalyzeOptions {
    return this.#options;
  }

  /** What the last update cost. */
  get stats(): UpdateStats {
    return this.#stats;
  }

  /** Every block, shared, not copied (ship them at once). */
  blocks(): readonly ShippedBlock[] {
    return this.#entries;
  }

  /**
   * What the last update (or the construction) did to the block list, for a mirror of this
   * analyzer to repeat with `applySplice`. Blocks are shared, not copied: ship them at once.
   */
  get lastSplice(): BlockSplice {
    return this.#splice ?? { kind: 'all', blocks: this.#entries };
  }

  /**
   * Brings the analysis to `text` with another analyzer's blocks: `splice` is what that analyzer's
   * update to `text` did (`lastSplice`), starting from the blocks this one has (or `all` of them).
   * Throws when the blocks cannot be those of `text` (the caller then analyses itself).
   */
  applySplice(text: string, splice: BlockSplice, options = this.#options): Analysis {
    const change = diffTexts(this.#text, text);
    let entries: Entry[];
    if (splice.kind === 'all') entries = splice.blocks.map(toEntry);
    else {
      const old = this.#entries;
      if (!(splice.first >= 0 && splice.first <= splice.end && splice.end <= old.length)) throw new Error('block splice out of range');
      const tail = old.slice(splice.end);
      if (splice.delta !== 0) {
        for (const e of tail) {
          e.start += splice.delta;
          e.end += splice.delta;
          e.pending += splice.delta;
        }
      }
      entries = [...old.slice(0, splice.first), ...splice.fresh.map(toEntry), ...tail];
    }
    checkEntries(entries, text.length);
    if (change) {
      const y = change.end;
      this.#lines = this.#lines.edited(text, change.start, y, change.text.length);
    }
    this.#text = text;
    this.#entries = entries;
    this.#options = options;
    this.#splice = undefined;
    const fresh = splice.kind === 'all' ? entries.length : splice.fresh.length;
    this.#stats = { parsedChars: 0, analyzedBlocks: fresh, reusedBlocks: entries.length - fresh, full: splice.kind === 'all' };
    this.#analysis = this.#assemble();
    return this.#analysis;
  }

  /** New rule settings: re-runs only the document-level part. */
  setOptions(options: AnalyzeOptions): Analysis {
    this.#options = options;
    this.#analysis = this.#assemble();
    return this.#analysis;
  }

  /** Brings the analysis to `text` (diffed against the current text). */
  update(text: string): Analysis {
    const change = diffTexts(this.#text, text);
    if (!change) return this.#analysis;
    return this.#apply([change], text);
  }

  /** Applies changes in order, each in the coordinates of the text the previous one produced. */
  applyChanges(changes: readonly TextChange[]): Analysis {
    return this.#apply(changes);
  }

  /** `after`, when known, is the text after all changes (saves building and flattening a copy). */
  #apply(changes: readonly TextChange[], after?: string): Analysis {
    if (changes.length === 0) return this.#analysis;
    let parsed = 0;
    let analyzed = 0;
    let full = false;
    this.#splice = undefined;
    for (const [i, change] of changes.entries()) {
      const result = this.#edit(change, i === changes.length - 1 ? after : undefined);
      // Several changes: a mirror takes every block (splices would have to be composed).
      if (i > 0) this.#splice = { kind: 'all', blocks: this.#entries };
      parsed += result.parsed;
      analyzed += result.analyzed;
      full ||= result.full;
    }
    this.#analysis = this.#assemble();
    this.#stats = { parsedChars: parsed, analyzedBlocks: analyzed, reusedBlocks: this.#entries.length - analyzed, full };
    return this.#analysis;
  }

  #edit(change: TextChange, after?: string): { parsed: number; analyzed: number; full: boolean } {
    const old = this.#text;
    const x = Math.max(0, Math.min(change.start, old.length));
    const y = Math.max(x, Math.min(change.end, old.length));
    const text = after ?? old.slice(0, x) + change.text + old.slice(y);
    const delta = change.text.length - (y - x);
    this.#text = text;
    this.#lines = this.#lines.edited(text, x, y, change.text.length);
    const entries = this.#entries;
    if (entries.length === 0 || !canShiftBlockAnalysis()) {
      this.#entries = allChunkedEntries(text, this.#chunkChars);
      this.#splice = { kind: 'all', blocks: this.#entries };
      return { parsed: text.length, analyzed: this.#entries.length, full: true };
    }

    // Start: the block before the first block that reaches the edit's line.
    let first = firstEndingAtOrAfter(entries, lineStartAt(old, x)) - 1;
    const startOf = (i: number): number => lineStartAt(old, entries[i]?.start ?? 0);
    while (first > 0 && (startOf(first) < (entries[first - 1]?.end ?? 0) || !cleanStart(old, startOf(first), entries[first - 1]?.type))) first--;
    if (first === 0 && startOf(0) !== 0) first = -1;
    const from = first >= 0 ? startOf(first) : 0;
    first = Math.max(0, first);

    // End: the first old block whose line starts after the edit and re-parses identically.
    // Candidate anchors: blocks whose line starts after the edit and that both parses reach in a
    // clean state (after a blank line). Checking that needs no parse, so skip the others first.
    const usable = (i: number): boolean => {
      const e = entries[i];
      if (!e) return true;
      const line = lineStartAt(old, e.start);
      // The old parse reached it cleanly; the new one is checked once parsed (its previous block may change).
      return line > y && cleanStart(old, line, entries[i - 1]?.type) && blankLineBefore(text, line + delta);
    };
    let j = firstStartingAfter(entries, y);
    while (j < entries.length && !usable(j)) j++;
    let step = 1;
    let parsed = 0;
    for (;;) {
      const anchor = entries[j];
      if (!anchor) {
        const slice = parseSlice(text, from, text.length, true);
        parsed += text.length - from;
        const fresh = entriesOf(slice, slice.blocks);
        this.#entries = [...entries.slice(0, first), ...fresh];
        this.#splice ??= { kind: 'splice', first, end: entries.length, fresh, delta };
        return { parsed, analyzed: fresh.length, full: false };
      }
      const to = nextLineStart(old, anchor.end) + delta;
      const slice = parseSlice(text, from, to, true);
      parsed += to - from;
      const at = slice.blocks.findIndex((b) => b.start >= anchor.start + delta);
      const match = slice.blocks[at];
      const previous = at > 0 ? slice.blocks[at - 1]?.type : entries[first - 1]?.type;
      const clean = cleanStart(text, lineStartAt(text, anchor.start + delta), previous);
      if (clean && match && match.start === anchor.start + delta && match.end === anchor.end + delta && match.type === anchor.type) {
        const fresh = entriesOf(slice, slice.blocks.slice(0, at));
        const tail = entries.slice(j);
        if (delta !== 0) {
          for (const e of tail) {
            e.start += delta;
            e.end += delta;
            e.pending += delta;
          }
        }
        this.#entries = [...entries.slice(0, first), ...fresh, ...tail];
        this.#splice ??= { kind: 'splice', first, end: j, fresh, delta };
        return { parsed, analyzed: fresh.length, full: false };
      }
      j += step;
      step *= 2;
      while (j < entries.length && !usable(j)) j++;
    }
  }

  #assemble(): Analysis {
    // A snapshot: later edits move the entries, never an analysis already handed out.
    return assemble(this.#text, this.#entries.map((e) => ({ result: e.result, pending: e.pending })), this.#options, this.#lines);
  }
}
