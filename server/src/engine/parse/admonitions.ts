/**
 * MkDocs / Material admonitions: `!!! note "Title"` or a collapsible `??? warning`, with a body
 * indented by four spaces. Markdown reads the first body line as a continuation of the marker's
 * paragraph, and every later body paragraph (and a fence in the body) as an indented code block:
 * prose the engine then read as code, or not at all. Before the parse (same length, as
 * wiki-markup.ts) the marker becomes a list item's (`!!!` → `-  `), so the indented body is the item's
 * content: its paragraphs are prose and its fences are fences. What the engine reads of each line is
 * still the text as written. Only an admonition at a line start whose next non-blank line is
 * indented; `???+` (open by default) is left as it is (its title would push the item's content past
 * the body's indentation). Lines inside markdown fences are never rewritten.
 *
 * Material's content tabs (`=== "Terraform"` over a four-space body, pymdownx.tabbed) are the same
 * form: each tab becomes a list item, so a fence in its body is read with its language, as a fence
 * at the top level is. `===+` / `===!` (a selected tab, a new tab group) are left as they are, as `???+` is.
 */

const ANY_ADMONITION = /^(?:!!!|\?\?\?|===)[ \t]/m;
const MARKDOWN_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
/** `!!! note`, `??? warning "Queue limits"`, `!!! tip ""`: a type word and an optional quoted title. */
const ADMONITION = /^(?:!!!|\?\?\?) [a-z][\w-]{0,30}(?:[ \t]+"[^"\n]{0,120}")?[ \t]*\r?$/;
/** A content tab: `=== "Terraform"`, `=== "CDK (Python)"` (the title is required). */
const TAB = /^=== "[^"\n]{1,120}"[ \t]*\r?$/;
/** A body line: four spaces or a tab. */
const INDENTED = /^(?: {4}|\t)/;

/** `text` with admonition markers rewritten as list item markers (the same string when none). */
export function admonitionsAsMarkdown(text: string): string {
  if (!ANY_ADMONITION.test(text)) return text;
  const edits: number[] = [];
  let fence: string | undefined;
  let lineStart = 0;
  let pending: number | undefined; // an admonition line waiting for its first non-blank line
  while (lineStart <= text.length) {
    const next = text.indexOf('\n', lineStart);
    const end = next === -1 ? text.length : next;
    const line = text.slice(lineStart, end);
    if (pending !== undefined && line.trim() !== '') {
      if (INDENTED.test(line)) edits.push(pending);
      pending = undefined;
    }
    const md = MARKDOWN_FENCE.exec(line);
    if (fence !== undefined) {
      if (md && (md[1] ?? '').startsWith(fence)) fence = undefined;
    } else if (md) fence = md[1] ?? '```';
    else if (ADMONITION.test(line) || TAB.test(line)) pending = lineStart;
    if (next === -1) break;
    lineStart = next + 1;
  }
  if (edits.length === 0) return text;
  let out = '';
  let last = 0;
  for (const at of edits) {
    out += text.slice(last, at) + '-  ';
    last = at + 3;
  }
  return out + text.slice(last);
}
