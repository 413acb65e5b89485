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

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Maps offsets to line/character and back. Line breaks: \n, \r\n and lone \r. */
export class LineIndex {
  /** Offset where each line starts. */
  readonly #starts: number[];
  /** Offset where each line's content ends (its break, or the document end for the last line). */
  readonly #ends: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        ends.push(i);
        starts.push(i + 1);
      } else if (code === 13) {
        ends.push(i);
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.#starts = starts;
    this.#ends = ends;
    this.#length = text.length;
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

/** True when `offset` would split a surrogate pair. */
export function splitsSurrogate(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
