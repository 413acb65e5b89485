/**
 * Offsets are UTF-16 code unit indices into the document string, exactly what LSP positions count,
 * so emoji and CRLF never shift a range.
 */
export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 column. */
  readonly character: number;
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Nouns as one alternation: longest first, any run of spaces (counted nouns in rules built from the fact pack). */
export function nounsPattern(nouns: readonly string[]): string {
  return [...nouns].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|');
}

/** Maps offsets to line/character and back. Line breaks: \n, \r\n and lone \r. */
export class LineIndex {
  /** Offset where each line starts. */
  readonly #starts: number[];
  /** Offset where each line's content ends (its break, or the document end for the last line). */
  readonly #ends: number[];
  readonly #length: number;

  constructor(text: string, lines?: { readonly starts: number[]; readonly ends: number[] }) {
    this.#length = text.length;
    if (lines) {
      this.#starts = lines.starts;
      this.#ends = lines.ends;
      return;
    }
    const starts = [0];
    const ends: number[] = [];
    scanLines(text, 0, starts, ends, () => false);
    this.#starts = starts;
    this.#ends = ends;
  }

  /**
   * The index of `text`, which is this index's text with [start, end) replaced by `inserted`
   * characters. Rescans only from the line before the edit to the first line start past it whose
   * break lies wholly after the edit; later lines are this index's, moved by the length change.
   */
  edited(text: string, start: number, end: number, inserted: number): LineIndex {
    const delta = inserted - (end - start);
    if (text.length !== this.#length + delta) return new LineIndex(text);
    const first = this.positionAt(Math.max(0, start - 1)).line;
    const starts = this.#starts.slice(0, first + 1);
    const ends = this.#ends.slice(0, first);
    const oldStarts = this.#starts;
    const oldEnds = this.#ends;
    scanLines(text, starts[first] ?? 0, starts, ends, (next) => {
      // Both characters before `next` are past the edit, so the rest is the old index, shifted.
      if (next < end + delta + 2) return false;
      const k = indexOf(oldStarts, next - delta);
      if (k < 0) return false;
      for (let i = k + 1; i < oldStarts.length; i++) starts.push((oldStarts[i] ?? 0) + delta);
      for (let i = k; i < oldEnds.length; i++) ends.push((oldEnds[i] ?? 0) + delta);
      return true;
    });
    // Every line has a start and an end whether the scan joined the old index or ran to the end.
    return ends.length === starts.length ? new LineIndex(text, { starts, ends }) : new LineIndex(text);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  #clampLine(line: number): number {
    return Math.max(0, Math.min(Number.isFinite(line) ? Math.trunc(line) : 0, this.#starts.length - 1));
  }

  lineStart(line: number): number {
    return this.#starts[this.#clampLine(line)] ?? 0;
  }

  /** Offset of the end of `line`'s content: where its \n, \r\n or \r starts (the document end for the last line). */
  lineContentEnd(line: number): number {
    return this.#ends[this.#clampLine(line)] ?? this.#length;
  }

  /**
   * Position of an offset (clamped to the document). An offset between the \r and \n of a CRLF is
   * no place a cursor can be: it maps to the end of that line's content, as LSP clients do.
   */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, this.#length));
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    const start = this.#starts[low] ?? 0;
    return { line: low, character: Math.min(clamped, this.#ends[low] ?? this.#length) - start };
  }

  /**
   * Offset of a position. A character past the end of a line clamps to the end of that line's
   * content, before its line break (never into or past the break); a line past the end clamps to
   * the document end; negative or non-finite values clamp to 0.
   */
  offsetAt(position: Position): number {
    const line = Number.isFinite(position.line) ? Math.trunc(position.line) : 0;
    const character = Number.isFinite(position.character) ? Math.trunc(position.character) : 0;
    if (line < 0) return 0;
    if (line >= this.#starts.length) return this.#length;
    const start = this.#starts[line] ?? 0;
    return Math.max(start, Math.min(start + Math.max(0, character), this.#ends[line] ?? this.#length));
  }
}

/**
 * Records line starts and content ends from `from` (a line start) on. `stop(nextStart)` may end the
 * scan after a line start was pushed (returning true); otherwise the last line's end is pushed.
 */
function scanLines(text: string, from: number, starts: number[], ends: number[], stop: (next: number) => boolean): void {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    ends.push(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    starts.push(i + 1);
    if (stop(i + 1)) return;
  }
  ends.push(text.length);
}

/** Index of `value` in an ascending array, or -1. */
function indexOf(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid] ?? 0;
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** True when `offset` would split a surrogate pair. */
export function splitsSurrogate(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** A line of a text: where it starts and where it ends before its line break (and any \r). */
export interface TextLine {
  readonly start: number;
  readonly end: number;
}

/** The lines of a text, the last one after its final line break included (possibly empty). */
export function linesOf(code: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (;;) {
    const nl = code.indexOf('\n', start);
    const stop = nl === -1 ? code.length : nl;
    out.push({ start, end: stop > start && code.charCodeAt(stop - 1) === 13 ? stop - 1 : stop });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** A line with its text (a `\r` before the line break kept), for rewriters that keep offsets. */
export interface LineText {
  readonly start: number;
  readonly text: string;
}

const MARKDOWN_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * Markdown fences, line by line, for the rewriters that run before the parse (AsciiDoc, wiki markup,
 * org-mode, RST): they leave a fence's lines alone.
 */
export class FenceTracker {
  private open: string | undefined;

  /** Whether a fence is open before the next line. */
  get inside(): boolean {
    return this.open !== undefined;
  }

  /** Reads one line: true when it opens, holds or closes a fence (a line the rewriters leave alone). */
  step(text: string): boolean {
    const m = MARKDOWN_FENCE.exec(text);
    if (this.open !== undefined) {
      if (m && (m[1] ?? '').startsWith(this.open)) this.open = undefined;
      return true;
    }
    if (!m) return false;
    this.open = m[1] ?? '```';
    return true;
  }
}

/** The lines of a text split at `\n` only, each with its text; the last one after the final break included. */
export function lineTexts(text: string): LineText[] {
  const out: LineText[] = [];
  for (let start = 0; start <= text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    out.push({ start, text: text.slice(start, end) });
    if (next === -1) break;
    start = next + 1;
  }
  return out;
}

/**
 * The text right before a value, up to `span` characters, without the emphasis or code markers that open
 * the value ("up to **5 minutes**", "max `900`"): the cue before them is the value's.
 */
export function textBefore(text: string, at: number, span: number): string {
  let end = at;
  while (end > 0 && '*_`'.includes(text.charAt(end - 1))) end--;
  return text.slice(Math.max(0, at - span), end);
}
