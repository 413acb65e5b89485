/**
 * The server's copy of an open document. `vscode-languageserver-textdocument` builds the new text on
 * every change and reads a character of it at once (its CRLF check), which makes V8 copy the whole
 * document into fresh memory: ~3 ms on the 434 KB notes, paid before the next message (a hover sent
 * right behind the keystroke) is even read.
 *
 * This one keeps the text as of the last read plus the changes since, and builds the new text only
 * when something reads it (the analysis, a moment later). Positions, offsets and line counts come from
 * line offsets kept up to date per change and from single characters looked up through the changes, so
 * hover and code actions never build it. Same semantics as the library (test/unit/editor-document.test.ts
 * compares both on random edits): UTF-16 offsets, \n, \r\n and \r line breaks, positions past a line's
 * end clamped before its line break.
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../engine';

const LF = 10;
const CR = 13;
/** Past this many unread changes, the text is built (each character lookup walks the changes). */
const MAX_UNREAD_CHANGES = 64;

function isEOL(code: number): boolean {
  return code === LF || code === CR;
}

/**
 * Each line break of `text` (placed at `at`): where it starts (`ends`: the line's content ends there)
 * and where the next line starts (`starts`). Through `indexOf`, not a loop over the characters: the
 * first hover on a big document just opened builds these while the loop is still interpreted
 * (434 KB: 7–8 ms per index against well under 1 ms).
 */
function scanBreaks(text: string, at: number, starts: number[], ends?: number[]): void {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    // \r\n is one break: `lf` is the first \n after the previous break, so right after this \r or later.
    const next = i === cr && lf === i + 1 ? i + 2 : i + 1;
    ends?.push(at + i);
    starts.push(at + next);
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
  }
}

/** Offsets where lines start after each line break in `text` (placed at `at`). */
function lineStartsIn(text: string, at: number): number[] {
  const out: number[] = [];
  scanBreaks(text, at, out);
  return out;
}

/**
 * The line starts and content ends of `text` as the engine's `LineIndex` takes them
 * (`new LineIndex(text, lineBreaks(text))` equals `new LineIndex(text)`), found as `scanBreaks` finds them.
 */
export function lineBreaks(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  scanBreaks(text, 0, starts, ends);
  ends.push(text.length);
  return { starts, ends };
}

export class EditorDocument implements TextDocument {
  readonly uri: string;
  readonly languageId: string;
  #version: number;
  /** The text when it was last read; `#changes` apply to it in order. */
  #base: string;
  #changes: TextChange[] = [];
  #length: number;
  #lineStarts: number[] | undefined;

  constructor(uri: string, languageId: string, version: number, text: string) {
    this.uri = uri;
    this.languageId = languageId;
    this.#version = version;
    this.#base = text;
    this.#length = text.length;
  }

  get version(): number {
    return this.#version;
  }

  /** The text's length without building it. */
  get length(): number {
    return this.#length;
  }

  get lineCount(): number {
    return this.#starts().length;
  }

  getText(range?: Range): string {
    if (this.#changes.length > 0) {
      let text = this.#base;
      for (const c of this.#changes) text = text.slice(0, c.start) + c.text + text.slice(c.end);
      this.#base = text;
      this.#changes = [];
    }
    if (!range) return this.#base;
    return this.#base.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  /** Applies LSP changes in order; `onChange` gets each one as offsets in the text it applies to. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number, onChange?: (change: TextChange) => void): void {
    for (const change of changes) {
      if ('range' in change) {
        const a = this.offsetAt(change.range.start);
        const b = this.offsetAt(change.range.end);
        const edit: TextChange = { start: Math.min(a, b), end: Math.max(a, b), text: change.text };
        this.#apply(edit);
        onChange?.(edit);
      } else {
        onChange?.({ start: 0, end: this.#length, text: change.text });
        this.#base = change.text;
        this.#changes = [];
        this.#length = change.text.length;
        this.#lineStarts = undefined;
      }
    }
    this.#version = version;
  }

  #apply(edit: TextChange): void {
    if (this.#changes.length >= MAX_UNREAD_CHANGES) this.getText();
    const starts = this.#lineStarts;
    const startLine = starts ? this.#lineOf(edit.start) : 0;
    const endLine = starts ? this.#lineOf(edit.end) : 0;
    this.#changes.push(edit);
    this.#length += edit.text.length - (edit.end - edit.start);
    if (!starts) return;
    const insertedEnd = edit.start + edit.text.length;
    // A CRLF pair formed or split at either edge moves line starts outside the edit: recount later.
    const crlfAtStart = this.#charCodeAt(edit.start - 1) === CR && this.#charCodeAt(edit.start) === LF;
    const crlfAtEnd = this.#charCodeAt(insertedEnd - 1) === CR && this.#charCodeAt(insertedEnd) === LF;
    if (crlfAtStart || crlfAtEnd) {
      this.#lineStarts = undefined;
      return;
    }
    const added = lineStartsIn(edit.text, edit.start);
    const delta = edit.text.length - (edit.end - edit.start);
    const tail = starts.slice(endLine + 1);
    for (let i = 0; i < tail.length; i++) tail[i] = (tail[i] ?? 0) + delta;
    starts.length = startLine + 1;
    for (const s of added) starts.push(s);
    for (const s of tail) starts.push(s);
  }

  /** The character code at `offset` of the current text, read through the unread changes (NaN outside). */
  #charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.#length) return Number.NaN;
    let at = offset;
    for (let i = this.#changes.length - 1; i >= 0; i--) {
      const c = this.#changes[i];
      if (!c || at < c.start) continue;
      if (at < c.start + c.text.length) return c.text.charCodeAt(at - c.start);
      at += c.end - c.start - c.text.length;
    }
    return this.#base.charCodeAt(at);
  }

  #starts(): number[] {
    if (!this.#lineStarts) {
      this.#lineStarts = [0];
      scanBreaks(this.getText(), 0, this.#lineStarts);
    }
    return this.#lineStarts;
  }

  /** The line whose start is the last at or before `offset`. */
  #lineOf(offset: number): number {
    const starts = this.#starts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] ?? 0) > offset) high = mid;
      else low = mid + 1;
    }
    return low - 1;
  }

  #beforeEOL(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isEOL(this.#charCodeAt(at - 1))) at--;
    return at;
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.#length));
    const line = this.#lineOf(at);
    const lineStart = this.#starts()[line] ?? 0;
    return { line, character: this.#beforeEOL(at, lineStart) - lineStart };
  }

  getLineRange(line: number): Range {
    const starts = this.#starts();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const at = Math.min(line, starts.length - 1);
    const lineStart = starts[at] ?? 0;
    const next = line >= starts.length ? this.#length : at + 1 < starts.length ? (starts[at + 1] ?? this.#length) : this.#length;
    const end = line >= starts.length ? next : this.#beforeEOL(next, lineStart);
    return { start: { line: at, character: 0 }, end: { line: at, character: end - lineStart } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.#starts();
    if (line < 0 || line >= starts.length) return '';
    const lineStart = starts[line] ?? 0;
    const next = line + 1 < starts.length ? (starts[line + 1] ?? this.#length) : this.#length;
    let eol = '';
    for (let at = this.#beforeEOL(next, lineStart); at < next; at++) eol += String.fromCharCode(this.#charCodeAt(at));
    return eol;
  }

  offsetAt(position: Position): number {
    const starts = this.#starts();
    if (position.line >= starts.length) return this.#length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line] ?? 0;
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? (starts[position.line + 1] ?? this.#length) : this.#length;
    return this.#beforeEOL(Math.min(lineStart + position.character, next), lineStart);
  }
}
