/** The lines of a text outside its markdown fences: what the same-length rewrites before the parse may touch. */

const MARKDOWN_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** Calls `visit` with each line of `text` outside markdown fences (its start offset and text, without the `\n`), in order. */
export function forLinesOutsideFences(text: string, visit: (start: number, line: string) => void): void {
  let fence: string | undefined;
  for (let start = 0; start <= text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    const line = text.slice(start, end);
    const md = MARKDOWN_FENCE.exec(line);
    if (fence !== undefined) {
      if (md && (md[1] ?? '').startsWith(fence)) fence = undefined;
    } else if (md) fence = md[1] ?? '```';
    else visit(start, line);
    if (next === -1) break;
    start = next + 1;
  }
}
