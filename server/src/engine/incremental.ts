/**
 * Block-incremental analysis: the cost of a keystroke follows the edit, not the document.
 *
 * The analyser keeps the previous parse's top-level blocks (their ranges, types and block results).
 * On an edit it re-parses with remark only from the block before the edit to the first following
 * block where the new parse lines up with the old one again (same start, end and type, shifted by
 * the edit's length change), reuses the cached results of every other block (later ones shifted),
 * and re-runs `assemble` (document rules, settings, suppressions) on the result.
 *
 * Slices start at the beginning of a top-level block's line (see slices.ts for why that gives the
 * whole-document parse's blocks). A cold analysis parses the document slice by slice.
 *
 * Results are identical to `analyzeText` (test/unit/incremental.test.ts compares both on every
 * example and fixture and after thousands of random edits of the notes).
 */
import { analyzeBlock, assemble, type Analysis, type AnalyzeOptions, type BlockAnalysis } from './analyze';
import { parseMarkdown } from './parse';
import { RULES } from './rules';
import { blankLineBefore, CHUNK_CHARS, chunkedSlices, cleanStart, lineStartAt, nextLineStart, parseSlice, type Slice, type SliceBlock } from './slices';
import { LineIndex } from './text';

export { CHUNK_CHARS, lineStartAt, nextLineStart } from './slices';

/** A top-level block of the current text and its analysis (`result` may lag by `pending`). */
interface Entry {
  readonly type: string;
  /** Absolute offsets in the current text. */
  start: number;
  end: number;
  /** Block result in the coordinates it was last materialised at: its offsets + `pending` = current. */
  result: BlockAnalysis;
  pending: number;
}

/** One replacement in the text before it is applied: [start, end) becomes `text` (LSP semantics). */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface UpdateStats {
  /** Characters handed to the markdown parser for this update. */
  readonly parsedChars: number;
  /** Blocks analysed afresh and blocks reused from the cache. */
  readonly analysedBlocks: number;
  readonly reusedBlocks: number;
  /** True when the analyser had to fall back to a full analysis. */
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
  return assemble(text, allChunkedEntries(text, chunkChars).map((e) => e.result), options);
}

// ---------------------------------------------------------------------------------------------
// Shifting block results.

/**
 * Which numeric fields of block results are document offsets. Learned once per process by analysing
 * sample blocks at two bases and comparing (so a recogniser that adds `slash`, `numberStart` or any
 * other offset field is covered without being listed here); a field name that is an offset in one
 * place and a plain number in another makes shifting unsafe, and the analyser then re-analyses.
 */
interface ShiftKeys {
  readonly keys: ReadonlySet<string>;
  readonly safe: boolean;
}

let shiftKeys: ShiftKeys | undefined;

const CALIBRATION = `# VPC 10.0.0.0/16 with subnet 10.0.1.0/24

The VPC uses 10.0.0.0/16; the public subnet is 10.0.1.0/24 (netmask 255.255.255.0) with 251 usable IPs and 29 instances.
RDS for PostgreSQL listens on port 5432, MySQL on 3306. SQS keeps messages for 4 days (345600 seconds), max 256 KB.
Lambda timeout is 15 minutes and 900 s; memory 10,240 MB. A /24 holds 256 addresses.

* Each VPC can have a CIDR block:
  * /12 (172.16.0.0/12)
  * subnet: 10.0.2.0/24

| Subnet | CIDR | Port |
| --- | --- | --- |
| app-a | 10.0.3.0/24 | 443 |

<!-- archnotes-disable-next-line vpc-cidr-size -- reason -->
Subnet 10.0.4.0/29 and VPC 10.0.0.0/8.

\`\`\`hcl
resource "aws_vpc" "main" {
  cidr_block = "10.1.0.0/16"
}
resource "aws_db_instance" "db" {
  engine = "postgres"
  port = 3306
  timeout = 900
}
\`\`\`

\`\`\`yaml
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      MessageRetentionPeriod: 60
\`\`\`
`;

const PROBE = 7919;

function calibrate(): ShiftKeys {
  const keys = new Set<string>();
  const plain = new Set<string>();
  let safe = true;
  const compare = (a: unknown, b: unknown, key: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      if (b - a === PROBE) keys.add(key);
      else if (a === b || (Number.isNaN(a) && Number.isNaN(b))) plain.add(key);
      else safe = false;
      return;
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      if (a !== b && !(typeof a === 'string' && typeof b === 'string')) safe = false;
      return;
    }
    if (!isPlain(a) || !isPlain(b)) {
      safe = false;
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) safe = false;
      for (let i = 0; i < a.length && i < b.length; i++) compare(a[i], b[i], `${key}[]`);
      return;
    }
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k in ra) compare(ra[k], rb[k], k);
  };
  const samples = [CALIBRATION];
  for (const rule of RULES) samples.push(...rule.examples.flag, ...rule.examples.pass);
  for (const sample of samples) {
    for (const node of parseMarkdown(sample).children) {
      try {
        compare(analyzeBlock(node, sample, 0), analyzeBlock(node, sample, PROBE), '');
      } catch {
        safe = false;
      }
    }
  }
  for (const k of keys) if (plain.has(k)) safe = false;
  return { keys, safe };
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

function getShiftKeys(): ShiftKeys {
  shiftKeys ??= calibrate();
  return shiftKeys;
}

function shiftValue(value: unknown, delta: number, keys: ReadonlySet<string>, key: string): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'number' && keys.has(key) ? value + delta : value;
  if (Array.isArray(value)) {
    const n = value.length;
    if (n === 0) return value; // shared: results are never mutated
    const itemKey = `${key}[]`;
    const first: unknown = value[0];
    if (typeof first !== 'object' && !(typeof first === 'number' && keys.has(itemKey))) return value; // strings, group ids, octets
    const out: unknown[] = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = shiftValue(value[i], delta, keys, itemKey);
    return out;
  }
  if (!isPlain(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in source) {
    const x = source[k];
    out[k] = typeof x === 'object' && x !== null ? shiftValue(x, delta, keys, k) : typeof x === 'number' && keys.has(k) ? x + delta : x;
  }
  return out;
}

/** A copy of a block result with every document offset moved by `delta`. */
export function shiftBlockAnalysis(block: BlockAnalysis, delta: number): BlockAnalysis {
  if (delta === 0) return block;
  return shiftValue(block, delta, getShiftKeys().keys, '') as BlockAnalysis;
}

/** False when block results carry offsets under a name that is also a plain number elsewhere. */
export function canShiftBlockAnalysis(): boolean {
  return getShiftKeys().safe;
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
// The analyser.

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
}

/** Blocks analysed by `IncrementalAnalyzer.open`; opaque to callers. */
export interface Prebuilt {
  readonly entries: Entry[];
}

export class IncrementalAnalyzer {
  #text: string;
  #entries: Entry[];
  #options: AnalyzeOptions;
  #analysis: Analysis;
  #stats: UpdateStats;
  readonly #chunkChars: number;

  /** Analyses `text` in full (slice by slice, synchronously). */
  constructor(text: string, options: AnalyzeOptions = {}, chunkChars = CHUNK_CHARS, prebuilt?: Prebuilt) {
    this.#chunkChars = chunkChars;
    this.#text = text;
    this.#options = options;
    this.#entries = prebuilt?.entries ?? allChunkedEntries(text, chunkChars);
    this.#stats = { parsedChars: text.length, analysedBlocks: this.#entries.length, reusedBlocks: 0, full: true };
    this.#analysis = this.#assemble();
  }

  /**
   * Analyses `text` slice by slice, awaiting `pause()` between slices so a server keeps answering
   * (hover, cancellation) during a cold analysis of a big file. Resolves undefined when `cancelled()`.
   */
  static async open(text: string, options: AnalyzeOptions, control: OpenControl, chunkChars = CHUNK_CHARS): Promise<IncrementalAnalyzer | undefined> {
    const entries: Entry[] = [];
    for (const slice of chunkedEntries(text, chunkChars)) {
      for (const entry of slice) entries.push(entry);
      if (control.cancelled()) return undefined;
      await control.pause();
      if (control.cancelled()) return undefined;
    }
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

  /** New rule settings: re-runs only the document-level part. */
  setOptions(options: AnalyzeOptions): Analysis {
    this.#options = options;
    this.#analysis = assemble(this.#text, this.#analysis.blocks, options, this.#analysis.lines);
    return this.#analysis;
  }

  /** Brings the analysis to `text` (diffed against the current text). */
  update(text: string): Analysis {
    const change = diffTexts(this.#text, text);
    if (!change) return this.#analysis;
    return this.applyChanges([change]);
  }

  /** Applies changes in order, each in the coordinates of the text the previous one produced. */
  applyChanges(changes: readonly TextChange[]): Analysis {
    if (changes.length === 0) return this.#analysis;
    let parsed = 0;
    let analysed = 0;
    let full = false;
    for (const change of changes) {
      const result = this.#edit(change);
      parsed += result.parsed;
      analysed += result.analysed;
      full ||= result.full;
    }
    this.#analysis = this.#assemble();
    this.#stats = { parsedChars: parsed, analysedBlocks: analysed, reusedBlocks: this.#entries.length - analysed, full };
    return this.#analysis;
  }

  #edit(change: TextChange): { parsed: number; analysed: number; full: boolean } {
    const old = this.#text;
    const x = Math.max(0, Math.min(change.start, old.length));
    const y = Math.max(x, Math.min(change.end, old.length));
    const text = old.slice(0, x) + change.text + old.slice(y);
    const delta = change.text.length - (y - x);
    this.#text = text;
    const entries = this.#entries;
    if (entries.length === 0 || !canShiftBlockAnalysis()) {
      this.#entries = allChunkedEntries(text, this.#chunkChars);
      return { parsed: text.length, analysed: this.#entries.length, full: true };
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
        const slice = parseSlice(text, from, text.length);
        parsed += text.length - from;
        const fresh = entriesOf(slice, slice.blocks);
        this.#entries = [...entries.slice(0, first), ...fresh];
        return { parsed, analysed: fresh.length, full: false };
      }
      const to = nextLineStart(old, anchor.end) + delta;
      const slice = parseSlice(text, from, to);
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
        return { parsed, analysed: fresh.length, full: false };
      }
      j += step;
      step *= 2;
      while (j < entries.length && !usable(j)) j++;
    }
  }

  #assemble(): Analysis {
    const results: BlockAnalysis[] = new Array<BlockAnalysis>(this.#entries.length);
    this.#entries.forEach((e, i) => {
      if (e.pending !== 0) {
        e.result = shiftBlockAnalysis(e.result, e.pending);
        e.pending = 0;
      }
      results[i] = e.result;
    });
    return assemble(this.#text, results, this.#options, new LineIndex(this.#text));
  }
}
