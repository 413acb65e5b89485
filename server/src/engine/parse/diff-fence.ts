/**
 * `diff` and `patch` fences (and `diff-hcl`, `diff-yaml`, … as highlighters name them): the `+` lines
 * are the text a change brings, the unmarked and ` ` lines the text it keeps, and the `-` lines what
 * it takes away. A reviewer judges the new text only, so the fence is read as the code it becomes:
 * `-` lines and diff headers are blanked out and the `+` markers turned into spaces, with the same
 * length (offsets stay exact), and that text goes through the IaC readers of its language. No
 * context ever covers a `-` line, so nothing there (an old CIDR, a retention that was fixed) is read.
 */
import { contentLanguage, type IacValue } from '../recognisers/iac';

const DIFF_LANGS = /^(?:diff|patch|udiff)$/;
/** `diff-hcl`, `diff-yaml`: the highlighter's name for a diff of that language. */
const DIFF_OF = /^diff-([a-z0-9]+)$/;

/** File extensions of a `+++ b/main.tf` header → the language the IaC readers know it by. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  tf: 'hcl',
  hcl: 'hcl',
  tfvars: 'hcl',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  template: 'yaml',
};

export interface DiffView {
  /** The fence's code as it reads after the change: same length, `-` lines and headers blanked. */
  readonly code: string;
  /** The language of what is changed ('' when only its content can say). */
  readonly lang: string;
  /** Ranges (relative to the code) of `-` lines and headers: old text no context may cover. */
  readonly removed: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

/** The code a diff fence becomes, or undefined when `lang` is not a diff. */
export function diffView(code: string, lang: string): DiffView | undefined {
  const of = DIFF_OF.exec(lang);
  if (!of && !DIFF_LANGS.test(lang)) return undefined;
  let content = of?.[1] ?? '';
  const removed: Array<{ start: number; end: number }> = [];
  let out = '';
  // The new text without the diff's marker column, only to tell its language by its content.
  let plain = '';
  let start = 0;
  for (;;) {
    const nl = code.indexOf('\n', start);
    const stop = nl === -1 ? code.length : nl;
    const lineEnd = stop > start && code.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    const line = code.slice(start, lineEnd);
    if (isHeader(line)) {
      if (content === '' && line.startsWith('+++ ')) content = languageOfPath(line.slice(4));
      removed.push({ start, end: lineEnd });
      out += ' '.repeat(line.length);
    } else if (line.startsWith('-')) {
      removed.push({ start, end: lineEnd });
      out += ' '.repeat(line.length);
    } else if (line.startsWith('+')) {
      out += ` ${line.slice(1)}`;
      plain += `${line.slice(1)}\n`;
    } else {
      out += line;
      plain += `${line.startsWith(' ') ? line.slice(1) : line}\n`;
    }
    out += code.slice(lineEnd, nl === -1 ? code.length : nl + 1);
    if (nl === -1) break;
    start = nl + 1;
  }
  return { code: out, lang: content === '' ? contentLanguage(plain) : content, removed };
}

/** Unified-diff headers: `--- a/x`, `+++ b/x`, `@@ -1,3 +1,4 @@`, `diff --git`, `index …`, `\ No newline…`. */
function isHeader(line: string): boolean {
  return line.startsWith('--- ') || line.startsWith('+++ ') || line.startsWith('@@') || line.startsWith('diff --git ') || line.startsWith('\\ ') || /^index [0-9a-f]+\.\.[0-9a-f]+/.test(line);
}

function languageOfPath(path: string): string {
  const name = path.trim().split(/[\s\t]/)[0] ?? '';
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : (BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? '');
}

interface Piece {
  start: number;
  end: number;
  iacValues?: readonly IacValue[];
}

/**
 * Pieces of a diff fence (absolute offsets, `at` where the code starts) cut around the removed
 * lines, so a resource block whose `-` line sits in the middle becomes the parts before and after
 * it. Each value goes to the part that holds it; a value the resource reads from elsewhere (a
 * variable's default) stays with its first part.
 */
export function withoutRemoved<P extends Piece>(pieces: readonly P[], view: DiffView, at: number): P[] {
  if (view.removed.length === 0) return [...pieces];
  const out: P[] = [];
  let r = 0;
  for (const piece of pieces) {
    while (r < view.removed.length && at + (view.removed[r]?.end ?? 0) <= piece.start) r++;
    const parts: P[] = [];
    let from = piece.start;
    for (let k = r; k < view.removed.length; k++) {
      const gap = view.removed[k];
      if (!gap || at + gap.start >= piece.end) break;
      pushPart(parts, piece, from, at + gap.start, view, at);
      from = Math.max(from, at + gap.end);
    }
    pushPart(parts, piece, from, piece.end, view, at);
    if (parts.length === 0) continue;
    // One sweep (values and parts are in document order): a value outside every part, read from
    // elsewhere for this resource, stays with the first part.
    const own: IacValue[][] = parts.map(() => []);
    let p = 0;
    for (const value of piece.iacValues ?? []) {
      while (p < parts.length && (parts[p]?.end ?? 0) < value.end) p++;
      const part = parts[p];
      (part && part.start <= value.start ? own[p] : own[0])?.push(value);
      if (p >= parts.length) p = parts.length - 1;
    }
    parts.forEach((part, i) => {
      part.iacValues = (own[i] ?? []).length > 0 ? own[i] : undefined;
    });
    for (const part of parts) {
      if (part.iacValues === undefined) delete part.iacValues;
      out.push(part);
    }
  }
  return out;
}

/** A part trimmed to its non-blank text (of the code after the change); nothing when only blanks remain. */
function pushPart<P extends Piece>(parts: P[], piece: P, from: number, to: number, view: DiffView, at: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(view.code[start - at] ?? '')) start++;
  while (end > start && /\s/.test(view.code[end - 1 - at] ?? '')) end--;
  if (end > start) parts.push({ ...piece, start, end });
}
