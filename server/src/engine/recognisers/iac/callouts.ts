/**
 * AsciiDoc callouts: `<1>` (or `<1> <2>`) at the end of a code line points at a note written under
 * the block (`<1> Twenty days of retention.`). A reader would take `900 <1>` for a string, so the
 * markers are blanked (same length: offsets keep indexing the document) before a fence is parsed.
 * A marker counts only at a line's end after a blank, so `a<1>` or a quoted `"<1>"` stays as written.
 */

/** The start of the trailing callout markers of `line` (its length when it has none). */
function calloutStart(line: string): number {
  let end = line.length;
  if (line.charCodeAt(end - 1) === 13) end--;
  let cut = line.length;
  for (;;) {
    let i = end;
    while (i > 0 && (line[i - 1] === ' ' || line[i - 1] === '\t')) i--;
    if (line[i - 1] !== '>') return cut;
    let j = i - 1;
    while (j > 0 && line.charCodeAt(j - 1) >= 48 && line.charCodeAt(j - 1) <= 57) j--;
    const digits = i - 1 - j;
    if (digits < 1 || digits > 2 || line[j - 1] !== '<') return cut;
    const open = j - 1;
    if (open === 0 || (line[open - 1] !== ' ' && line[open - 1] !== '\t')) return cut;
    cut = open;
    end = open;
  }
}

/** `code` with every line's trailing callout markers blanked (the same string when it has none). */
export function withoutCallouts(code: string): string {
  if (!/<\d{1,2}>/.test(code)) return code;
  let out = '';
  let last = 0;
  for (let lineStart = 0; lineStart <= code.length; ) {
    const next = code.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? code.length : next;
    const line = code.slice(lineStart, lineEnd);
    const cut = calloutStart(line);
    if (cut < line.length) {
      const blankTo = line.charCodeAt(line.length - 1) === 13 ? line.length - 1 : line.length;
      out += code.slice(last, lineStart + cut) + ' '.repeat(blankTo - cut);
      last = lineStart + blankTo;
    }
    if (next === -1) break;
    lineStart = next + 1;
  }
  return last === 0 ? code : out + code.slice(last);
}
