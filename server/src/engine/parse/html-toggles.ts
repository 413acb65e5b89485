/**
 * HTML toggles, as Notion and GitHub write collapsible sections: `<details>`, `<summary>Title</summary>`,
 * the body, `</details>`. Markdown reads a line opening with `<details>` as an HTML block (up to the
 * next blank line), whose text the engine never reads: a one-line toggle (`<details><summary>Worker
 * </summary>The Lambda timeout is 20 minutes.</details>`) or a body written right under its summary
 * disappeared. Before the parse (same length, as wiki-markup.ts) the `details` and `summary` tags on
 * lines that start with one are blanked, the first one of a line that keeps text turned into a `.`
 * so the line is not an indented code block, and the line is read as prose. A summary on its own line
 * opens a section for the block right after it (`isSummaryLine`, scopes/sections.ts): its service is
 * the subject of the toggle's first paragraph, never of the document after the toggle.
 * Lines inside markdown fences are never rewritten.
 */
import { forLinesOutsideFences } from './outside-fences';

const ANY_TOGGLE = /<(?:details|summary)\b/i;
/** A line that starts with a toggle tag, after indentation. */
const TOGGLE_LINE = /^[ \t]{0,3}<\/?(?:details|summary)\b/i;
/** One toggle tag, attributes included (bounded: no `>` inside). */
const TAG = /<\/?(?:details|summary)\b[^<>\n]{0,200}>/gi;
/** A summary alone on its line: `<summary>SQS limits</summary>`, `<summary><b>SQS</b></summary>`. */
const SUMMARY_LINE = /^<summary\b[^<>\n]{0,200}>[^\n]{1,120}<\/summary>$/i;

/** Whether a statement is a toggle's summary alone (it opens a section for the block after it). */
export function isSummaryLine(text: string): boolean {
  return SUMMARY_LINE.test(text);
}

/** `text` with toggle tags blanked (the same string when it has none). */
export function togglesAsMarkdown(text: string): string {
  if (!ANY_TOGGLE.test(text)) return text;
  let out = '';
  let last = 0;
  forLinesOutsideFences(text, (start, line) => {
    if (!TOGGLE_LINE.test(line)) return;
    const keepsText = line.replace(TAG, '').trim() !== '';
    TAG.lastIndex = 0;
    let first = true;
    for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
      out += text.slice(last, start + m.index) + (first && keepsText ? '.' : ' ') + ' '.repeat(m[0].length - 1);
      last = start + m.index + m[0].length;
      first = false;
    }
  });
  return last === 0 ? text : out + text.slice(last);
}
