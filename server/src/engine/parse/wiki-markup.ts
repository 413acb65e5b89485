/**
 * Jira and Confluence wiki markup pasted into markdown, read as the markdown it stands for. Before
 * the markdown parser sees the text, each construct is rewritten in place with the same length (so
 * every offset still indexes the document, as nesting.ts and html-comments.ts do):
 *
 * - `{code:hcl}` … `{code}` and `{noformat}` … `{noformat}`, each tag alone on its line, become a
 *   fence of that language (`text` for noformat), so the code is read by its language's reader. An
 *   opening tag without its closing one runs to the end, as an unclosed fence does: what a block
 *   is must not depend on text beyond the slice a re-parse sees (parse/slices.ts);
 * - `h1.`–`h6.` at a line start become ATX headings (`#` to `###`; the level is read from the
 *   written `hN.` by scopes/sections.ts);
 * - `bq. ` becomes a blockquote marker;
 * - `# item` lines become list items where the text shows they are Jira's numbered items, not
 *   markdown headings: two or more in a row, or one right below a Jira heading or list item;
 * - `** item` under a `* item` becomes a list item too.
 *
 * What the engine reads of each line is still the text as written (contexts slice the document).
 * Tables (`||Header||` / `|cell|`) are read from the paragraph they parse to (wiki-tables.ts); so are MediaWiki
 * tables (`{|` … `|}`), whose `|-` row separators are hidden from the parser (they would read as a delimiter row).
 * Lines inside markdown fences are never rewritten.
 */
import { FenceTracker, lineTexts, type LineText } from '../util/text';

/**
 * A cheap test for any construct this module rewrites (most documents have none): a `#` item needs a
 * Jira heading or another `#` line of its level right below, a `**` item a Jira line above it.
 */
const ANY_MARKUP = /^[ \t]{0,3}(?:\{\||\{(?:code|noformat)\b|h[1-6]\.[ \t]|bq\.[ \t]|(#{1,6})[ \t][^\n]*\n[ \t]{0,3}\1[ \t])/m;
const CODE_OPEN = /^([ \t]{0,3})\{(code|noformat)(?::([^}\n]{0,80}))?\}[ \t]*\r?$/;
const CODE_CLOSE = /^[ \t]{0,3}\{(code|noformat)\}[ \t]*\r?$/;
/** The opening and closing tag lines of a wiki code block, for the reader of its fence (contexts.ts). */
export const WIKI_CODE_OPEN = CODE_OPEN;
export const WIKI_CODE_CLOSE = CODE_CLOSE;
/** A MediaWiki table's opening line, row separator and closing line. */
const TABLE_OPEN = /^[ \t]{0,3}\{\|/;
const ROW_SEPARATOR = /^[ \t]*\|-/;
const TABLE_CLOSE = /^[ \t]*\|\}/;
const HEADING = /^([ \t]{0,3})h([1-6])\.[ \t]/;
const QUOTE = /^([ \t]{0,3})bq\.[ \t]/;
const NUMBERED = /^([ \t]{0,3})(#{1,6})[ \t]+\S/;
const BULLET = /^[ \t]{0,3}(\*{1,6})[ \t]+\S/;

/** The language a `{code:…}` tag names: `{code:yaml}`, `{code:language=hcl|title=main.tf}`. */
function languageOf(params: string | undefined, tag: string): string {
  if (tag === 'noformat') return 'text';
  if (!params) return '';
  const named = /(?:^|\|)language=([\w+-]{1,20})/.exec(params);
  if (named) return named[1] ?? '';
  const first = /^([\w+-]{1,20})(?:\||$)/.exec(params);
  return first && !first[1]?.includes('=') ? (first[1] ?? '') : '';
}

/** `replacement` padded with spaces to `length` (never longer: the caller checks it fits). */
function sameLength(replacement: string, length: number): string {
  return replacement + ' '.repeat(Math.max(0, length - replacement.length));
}

type Line = LineText;

/** `text` with the wiki markup it holds rewritten as markdown of the same length (the same string when none). */
export function wikiMarkupAsMarkdown(text: string): string {
  if (!ANY_MARKUP.test(text)) return text;
  const lines = lineTexts(text);
  const edits: Array<{ start: number; text: string }> = [];
  const edit = (line: Line, from: number, replacement: string): void => {
    edits.push({ start: line.start + from, text: replacement });
  };
  const fences = new FenceTracker();
  let wiki: string | undefined; // the wiki code tag open, if any
  /** The previous line was a Jira heading, numbered or bulleted item (a `#` line below one is an item). */
  let afterWikiLine = false;
  /** Inside a MediaWiki table (`{|` … `|}`). */
  let mediaWiki = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (wiki !== undefined) {
      const close = CODE_CLOSE.exec(line.text);
      if (close && close[1] === wiki) {
        edit(line, 0, sameLength('```', line.text.replace(/\r$/, '').length));
        wiki = undefined;
      }
      continue;
    }
    if (fences.step(line.text)) {
      afterWikiLine = false;
      continue;
    }
    if (mediaWiki) {
      // `|-` would read as a table's delimiter row: the table is one paragraph, read by wiki-tables.ts.
      if (ROW_SEPARATOR.test(line.text)) edit(line, line.text.indexOf('|'), '\u00a6');
      else if (TABLE_CLOSE.test(line.text) || line.text.trim() === '') mediaWiki = false;
      continue;
    }
    if (TABLE_OPEN.test(line.text)) {
      mediaWiki = true;
      afterWikiLine = false;
      continue;
    }
    const open = CODE_OPEN.exec(line.text);
    if (open) {
      const tag = open[2] ?? 'code';
      const width = line.text.replace(/\r$/, '').length;
      edit(line, 0, sameLength(`${open[1] ?? ''}\`\`\`${languageOf(open[3], tag)}`, width));
      wiki = tag;
      afterWikiLine = false;
      continue;
    }
    const heading = HEADING.exec(line.text);
    if (heading) {
      const level = Math.min(3, Number(heading[2]));
      edit(line, (heading[1] ?? '').length, sameLength('#'.repeat(level), 4));
      afterWikiLine = true;
      continue;
    }
    const quote = QUOTE.exec(line.text);
    if (quote) {
      edit(line, (quote[1] ?? '').length, '>   ');
      afterWikiLine = false;
      continue;
    }
    const numbered = NUMBERED.exec(line.text);
    if (numbered) {
      const marks = numbered[2] ?? '#';
      // Two markdown headings of one level on consecutive lines are rare; two Jira items are a list.
      const nextIsItem = NUMBERED.exec(lines[i + 1]?.text ?? '')?.[2] === marks;
      if (afterWikiLine || nextIsItem) {
        edit(line, (numbered[1] ?? '').length, `${' '.repeat(marks.length - 1)}-`);
        afterWikiLine = true;
        continue;
      }
    }
    const bullet = BULLET.exec(line.text);
    if (bullet && (bullet[1] ?? '').length > 1 && afterWikiLine) {
      // `** item` under a Jira item: a list item (markdown would read `**` as emphasis).
      const stars = bullet[1] ?? '**';
      edit(line, line.text.indexOf('*'), `${' '.repeat(stars.length - 1)}*`);
      continue;
    }
    afterWikiLine = false;
  }
  if (edits.length === 0) return text;
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.start) + e.text;
    last = e.start + e.text.length;
  }
  return out + text.slice(last);
}
