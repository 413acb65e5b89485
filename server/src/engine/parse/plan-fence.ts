/**
 * `terraform plan` / `terraform apply` output pasted into a fence: resource blocks whose lines carry
 * an action marker (`+` create, `~` update, `-` destroy, `-/+` replace, `<=` read). The document
 * proposes the state after the change, so the fence is read as the HCL that state would be:
 *
 * - markers become blanks, so `+ port = 3306` is `port = 3306` for the HCL reader;
 * - `~ retention = 345600 -> 1382400` keeps only the value after the arrow; the old value and the
 *   arrow are removed text (no context covers them, as with a diff's `-` lines);
 * - `-` lines, and the nested blocks or whole resources they open (to their closing line), are
 *   removed text; so are data sources being read (`<= data …`), which propose nothing;
 * - `(known after apply)`, `(sensitive value)` and `null` are no value: blanked, never read.
 *
 * The view has the fence's length, so every offset the readers give is the document's. Terraform's
 * plain `terraform show` of a state is already HCL and needs no view. Plans written for nothing in
 * particular are read line by line: every step advances, and nothing here backtracks.
 */
import type { DiffView } from './diff-fence';
import { linesOf } from '../util/text';

/** Fences a plan is pasted into: unmarked, text and console output, shell, Terraform, diff highlighting. */
const PLAN_LANGS = /^(?:|text|txt|plain|plaintext|output|log|console|shell|shell-session|shellsession|terminal|bash|sh|zsh|hcl|terraform|tf|diff|patch|plan|tfplan)$/;

/** A resource header with an action marker: `  ~ resource "aws_db_instance" "main" {`. */
const PLAN_RESOURCE = /^[ \t]*(?:[+~-]|-\/\+|\+\/-)[ \t]+resource[ \t]+"[A-Za-z][\w-]*"[ \t]+"[^"\n]*"[ \t]*\{[ \t]*(?:#[^\r\n]*)?\r?$/m;

/** The action marker at a line's start, after its indentation. */
const MARKER = /^([ \t]*)(-\/\+|\+\/-|<=|[+~-])(?=[ \t])/;

/** A line that opens a nested structure it does not close: `- ingress {`, `- cidr_blocks = [`, `- policy = jsonencode(`. */
const OPENS = /[{[(][ \t]*(?:#[^\n]*)?$/;

/** Values a plan prints where it knows none. */
const NO_VALUE = /^(?:\(known after apply\)|\(sensitive(?: value)?\)|null)(?=[ \t]*(?:#|,|$))/;

type Range = { start: number; end: number };

/** The plan view of a fence, or undefined when it is not `terraform plan` output. */
export function planView(code: string, lang: string): DiffView | undefined {
  if (!PLAN_LANGS.test(lang) || !PLAN_RESOURCE.test(code)) return undefined;
  const chars = code.split('');
  const removed: Range[] = [];
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (chars[i] !== '\r' && chars[i] !== '\n') chars[i] = ' ';
  };
  const remove = (from: number, to: number): void => {
    if (to <= from) return;
    blank(from, to);
    const last = removed[removed.length - 1];
    // Lines removed one after another form one range (withoutRemoved wants them ordered, not overlapping).
    if (last && /^[\s]*$/.test(code.slice(last.end, from))) last.end = to;
    else removed.push({ start: from, end: to });
  };
  /** Inside a removed block: the indentation of the line that closes it. */
  let closerIndent: number | undefined;
  for (const { start, end } of linesOf(code)) {
    const line = code.slice(start, end);
    if (closerIndent !== undefined) {
      remove(start, end);
      const indent = line.length - line.trimStart().length;
      if (indent <= closerIndent && /^[ \t]*[}\])]/.test(line)) closerIndent = undefined;
    } else {
      const m = MARKER.exec(line);
      if (m) {
        const indent = (m[1] ?? '').length;
        const marker = m[2] ?? '';
        const body = line.slice(indent + marker.length);
        if (marker === '-' || (marker === '<=' && /^[ \t]+data[ \t]/.test(body))) {
          remove(start, end);
          // The closing line of what a removed line opens sits under the text after the marker.
          if (OPENS.test(line)) closerIndent = indent + 2;
        } else {
          blank(start + indent, start + indent + marker.length);
          readChange(line, start, indent + marker.length, blank, remove);
        }
      }
    }
  }
  return { code: chars.join(''), lang: 'hcl', removed };
}

/**
 * `key = old -> new` on a line (from `from`, after its marker): the old value and the arrow are
 * removed; a new value the plan does not know is blanked. `key = value` alone is left as it is,
 * except an unknown value.
 */
function readChange(line: string, at: number, from: number, blank: (a: number, b: number) => void, remove: (a: number, b: number) => void): void {
  const eq = assignment(line, from);
  if (eq === undefined) return;
  let i = eq + 1;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const oldStart = i;
  const oldEnd = valueEnd(line, i);
  if (oldEnd === undefined) return;
  let j = oldEnd;
  while (line[j] === ' ' || line[j] === '\t') j++;
  let newStart = oldStart;
  if (line.startsWith('->', j)) {
    j += 2;
    while (line[j] === ' ' || line[j] === '\t') j++;
    newStart = j;
    remove(at + oldStart, at + newStart);
  }
  const unknown = NO_VALUE.exec(line.slice(newStart));
  if (unknown) blank(at + newStart, at + newStart + unknown[0].length);
}

/** The index of the `=` of `key = …` (a bare or quoted key), or undefined. */
function assignment(line: string, from: number): number | undefined {
  let i = from;
  while (line[i] === ' ' || line[i] === '\t') i++;
  if (line[i] === '"') {
    const close = stringEnd(line, i);
    if (close === undefined) return undefined;
    i = close;
  } else {
    const keyStart = i;
    while (i < line.length && /[\w-]/.test(line[i] ?? '')) i++;
    if (i === keyStart) return undefined;
  }
  while (line[i] === ' ' || line[i] === '\t') i++;
  return line[i] === '=' && line[i + 1] !== '=' && line[i + 1] !== '>' ? i : undefined;
}

/** The index after a quoted string opened at `open`, or undefined when it does not close on the line. */
function stringEnd(line: string, open: number): number | undefined {
  for (let i = open + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') return i + 1;
  }
  return undefined;
}

/** The index after one value (a quoted string, `(known after apply)`, or a run without blanks). */
function valueEnd(line: string, at: number): number | undefined {
  if (at >= line.length) return undefined;
  if (line[at] === '"') return stringEnd(line, at);
  if (line[at] === '(') {
    const close = line.indexOf(')', at);
    return close === -1 ? undefined : close + 1;
  }
  let i = at;
  while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
  return i;
}
