/**
 * The edits a document received after its latest analysis. Hover and code actions read that
 * analysis without waiting for the next one (it runs a moment later, or only when typing pauses in
 * a large file), so offsets must be carried between the analysed text and the current one. An
 * offset inside or touching an edited span has no counterpart: the caller answers nothing rather
 * than a card or a fix for text that has changed.
 */
import type { TextChange } from '../engine';

/** Past this many edits since the analysis, mapping stops (the analysis is far behind anyway). */
const MAX_EDITS = 256;

export class PendingEdits {
  /** Each change is in the coordinates of the text the previous ones produced. */
  #changes: TextChange[] = [];
  #overflow = false;

  get empty(): boolean {
    return this.#changes.length === 0 && !this.#overflow;
  }

  /** The analysis now matches the document: nothing to map. */
  clear(): void {
    this.#changes = [];
    this.#overflow = false;
  }

  push(change: TextChange): void {
    if (this.#overflow) return;
    if (this.#changes.length >= MAX_EDITS) {
      this.#changes = [];
      this.#overflow = true;
      return;
    }
    this.#changes.push(change);
  }

  /** An offset of the current text in the analysed text; undefined when it is in or next to an edit. */
  toAnalyzed(offset: number): number | undefined {
    if (this.#overflow) return undefined;
    let at = offset;
    for (let i = this.#changes.length - 1; i >= 0; i--) {
      const c = this.#changes[i];
      if (!c) continue;
      const insertedEnd = c.start + c.text.length;
      if (at < c.start) continue;
      if (at > insertedEnd) at += c.end - c.start - c.text.length;
      else return undefined;
    }
    return at;
  }

  /** A span of the analysed text in the current text; undefined when an edit touches it. */
  toCurrent(start: number, end: number): { start: number; end: number } | undefined {
    if (this.#overflow) return undefined;
    let s = start;
    let e = end;
    for (const c of this.#changes) {
      if (c.start > e) continue;
      if (c.end < s) {
        const delta = c.text.length - (c.end - c.start);
        s += delta;
        e += delta;
      } else return undefined;
    }
    return { start: s, end: e };
  }

  /**
   * Each edit since the analysis as a span of the current text (later edits map it, and widen it when
   * they overlap it), with how much it replaced; undefined when unknown (too many edits).
   */
  spans(): Array<{ start: number; end: number; replaced: number }> | undefined {
    if (this.#overflow) return undefined;
    const out: Array<{ start: number; end: number; replaced: number }> = [];
    for (const c of this.#changes) {
      const delta = c.text.length - (c.end - c.start);
      const insertedEnd = c.start + c.text.length;
      for (const span of out) {
        if (span.end < c.start) continue;
        if (span.start > c.end) {
          span.start += delta;
          span.end += delta;
          continue;
        }
        span.end = Math.max(span.end >= c.end ? span.end + delta : insertedEnd, insertedEnd);
        span.start = Math.min(span.start, c.start);
      }
      out.push({ start: c.start, end: insertedEnd, replaced: c.end - c.start });
    }
    return out;
  }
}
