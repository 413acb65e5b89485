/**
 * Org-mode and reStructuredText, pasted into a markdown document or making up a whole `.md` file,
 * read as the markdown they stand for. As in asciidoc.ts, each construct is rewritten in place with
 * the same length before the markdown parser sees the text, so every offset still indexes the
 * document and what the engine reads of each line is the text as written.
 *
 * Org-mode (each rule reads the line and the one below it, so a slice of the document reads it as the
 * whole does):
 * - `** Sub` becomes an ATX heading, and so does `* Headline` when the line right below it is its own
 *   text (a drawer, a block, body text), not a blank line or a list item: a markdown bullet stays one
 *   (scopes/sections.ts reads the level from the stars);
 * - `#+BEGIN_SRC yaml` … `#+END_SRC` becomes a fence of that language, `#+BEGIN_EXAMPLE` one without;
 *   `#+BEGIN_QUOTE` markers are blanked, so the quote is prose; `#+TITLE:` becomes a level-1 heading;
 * - a table's `|---+---|` rule under its first row becomes GFM's delimiter row, other rules empty rows
 *   (a blank line would end the table), a rule above the first row or below the last a blank line;
 * - a `:PROPERTIES:` drawer's `:PROPERTIES:` and `:END:` lines are blanked, so its `:Key: value` lines
 *   are a paragraph under the headline (contexts.ts makes each field line its own sentence).
 *
 * reStructuredText:
 * - a title underlined (and maybe overlined) with `~ ^ " ' * + # : .` becomes a setext heading: the
 *   first style a text uses is level 1 (`=`), any other level 2 (`-`); an overline is blanked (a `~~~`
 *   line would open a fence, a `***` one be a rule);
 * - `.. code-block:: yaml` (`.. code::`, `.. sourcecode::`) over an indented body becomes a list item
 *   holding a fence of that language (`- ```yaml`): the body is the item's content, so the fence ends
 *   where the indentation does; its option lines (`:linenos:`) are blanked;
 * - a simple table (`=====  =====` borders) and a grid table (`+-----+` borders, `+=====+` under the
 *   header) become GFM tables: a `|` in each column gap, the border under the header the delimiter row;
 * - a `.. list-table::` over indented `* -` rows becomes a list item (its `..` a marker), so the table is
 *   one block that rst-list-table.ts reads as a table;
 * - field lists (`:Retention: 20 days`) are read as drawer lines are (contexts.ts).
 *
 * Lines inside markdown fences are never rewritten.
 */
import { FenceTracker, lineTexts, type LineText } from '../util/text';


/** Any construct below (most documents have none). */
const ANY = /^(?:\*{1,6}[ \t]+\S|#\+(?:BEGIN_|begin_|TITLE:|title:)|:PROPERTIES:|\|-+\+|[ \t]*\.\. (?:code-block|code|sourcecode|list-table|tabs|tab|group-tab|code-tab)::|[=~^"'*+#:.-]{3,}[ \t]*\r?$|=+[ \t]+=+|\+-+\+)/m;
/**
 * What can make an edit below, in one pass (`ANY` alone matches nearly every markdown file: a `* `
 * bullet, a `---` rule). A superset of the rewrites' conditions, each read off the code below:
 * `#+` lines, a drawer, a planning line, an org table rule (`|-`), a headline of two stars or more, a
 * one-star headline over a line that is neither blank nor a list item's start; an RST directive
 * (`.. `), a simple or grid border, an underline other than markdown's own `=`/`-`, and a `=`/`-`
 * overline two lines above an underline of the same character. A text without any of these gets no
 * edit, so it is returned as it is without the per-line scans ("lists changing bullet", 100 KB of
 * `- a` / `* c`: ~75–155 ms of ~1 s CPU before).
 */
const EDITABLE = /^(?:[ \t]*(?:#\+|:PROPERTIES:|(?:SCHEDULED|DEADLINE|CLOSED):|\|-|\.\. )|\*{2,6}[ \t]+\S|\*[ \t]+\S[^\n]*\n[ \t]*(?!(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?$))\S|=+[ \t]+=+|\+-+\+|([~^"'*+#:.`])\1{2,}[ \t]*\r?$|([=-])\2{2,}[ \t]*\r?\n[^\n]*\n\2{3})/m;
/** What only org-mode writes under a headline, indented or not: a drawer, a block, a planning line. */
const ORG_CONSTRUCT = /^[ \t]*(?::PROPERTIES:|#\+|(?:SCHEDULED|DEADLINE|CLOSED):)/;
/** A line that continues a markdown list item, or starts one: after `* Title`, it makes that line a bullet. */
const LIST_LINE = /^(?:[ \t]{2,}\S|[ \t]{0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?$))/;

const ORG_HEADLINE = /^(\*{1,6})[ \t]+(?=\S)([^\n]{1,120})$/;
const ORG_BEGIN = /^[ \t]*#\+(?:BEGIN|begin)_(SRC|src|EXAMPLE|example|QUOTE|quote)(?:[ \t]+([A-Za-z][\w+#-]{0,19}))?[^\n]*$/;
const ORG_END = /^[ \t]*#\+(?:END|end)_(SRC|src|EXAMPLE|example|QUOTE|quote)[ \t]*\r?$/;
const ORG_TITLE = /^#\+(?:TITLE|title):[ \t]+\S/;
const ORG_RULE = /^([ \t]*)\|-[-+]*\|?[ \t]*\r?$/;
const ORG_ROW = /^[ \t]*\|/;
const DRAWER_OPEN = /^[ \t]*:PROPERTIES:[ \t]*\r?$/;
const DRAWER_END = /^[ \t]*:END:[ \t]*\r?$/;

const RST_DIRECTIVE = /^([ \t]*)\.\. (?:code-block|code|sourcecode|code-tab)::(?:[ \t]+([A-Za-z][\w+#-]{0,19}))?(?:[ \t]+[^\s][^\n]{0,60})?\r?$/;
/** sphinx-tabs containers (`.. tabs::`, `.. tab:: Terraform`, `.. group-tab:: CDK`): their indented body is a list item's. */
const RST_TABS = /^([ \t]*)\.\. (?:tabs|tab|group-tab)::(?:[ \t][^\n]{0,80})?$/;
const RST_OPTION = /^[ \t]+:[\w-]+:/;
const RST_LIST_TABLE = /^\.\. list-table::/;
/** An underline or overline: one punctuation character repeated. */
const ADORNMENT = /^([=~^"'*+#:.`-])\1{2,}[ \t]*\r?$/;
const TITLE_TEXT = /^(?=[^\s])[^\n]{1,100}$/;
const SIMPLE_BORDER = /^=+(?:[ \t]+=+)+[ \t]*\r?$/;
const GRID_BORDER = /^\+(?:-+\+)+[ \t]*\r?$/;
const GRID_HEAD = /^\+(?:=+\+)+[ \t]*\r?$/;

type Line = LineText;

/** The length of a line without its `\r`. */
function width(line: Line): number {
  return line.text.endsWith('\r') ? line.text.length - 1 : line.text.length;
}

class Edits {
  readonly list: Array<{ start: number; text: string }> = [];

  /** The whole line (without its `\r`) as `replacement`, padded with spaces. */
  line(line: Line, replacement: string): void {
    const w = width(line);
    if (replacement.length > w) return;
    this.list.push({ start: line.start, text: replacement + ' '.repeat(w - replacement.length) });
  }

  /** `text` at `start` (the same length as what it covers). */
  at(start: number, text: string): void {
    this.list.push({ start, text });
  }

  apply(text: string): string {
    if (this.list.length === 0) return text;
    const sorted = this.list.sort((a, b) => a.start - b.start);
    let out = '';
    let last = 0;
    for (const e of sorted) {
      if (e.start < last) continue;
      out += text.slice(last, e.start) + e.text;
      last = e.start + e.text.length;
    }
    return out + text.slice(last);
  }
}

/** The first line index at or after `from` that is not blank, or `lines.length`. */
function nextNonBlank(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j] as Line).text.trim() === '') j++;
  return j;
}

/** Org tables: rules as delimiter rows or empty rows, outer rules blanked. */
function orgTable(edits: Edits, lines: readonly Line[], from: number): number {
  let to = from;
  while (to < lines.length && ORG_ROW.test((lines[to] as Line).text)) to++;
  const rows = lines.slice(from, to);
  const firstRow = rows.findIndex((l) => !ORG_RULE.test(l.text));
  if (firstRow === -1) return to;
  let delimited = false;
  rows.forEach((l, k) => {
    if (!ORG_RULE.test(l.text)) return;
    const i = l.text.indexOf('|');
    const body = l.text.slice(i, width(l));
    if (k < firstRow || k === rows.length - 1) edits.line(l, '');
    else if (!delimited && k === firstRow + 1) {
      edits.at(l.start + i, body.replace(/\+/g, '|'));
      delimited = true;
    } else edits.at(l.start + i, body.replace(/\+/g, '|').replace(/-/g, ' '));
  });
  return to;
}

function orgAsMarkdown(lines: readonly Line[], edits: Edits): void {
  // The first `#+END_` line at or after each line, found in one pass (a text of many unclosed blocks stays linear).
  const nextEnd: number[] = new Array<number>(lines.length + 1).fill(lines.length);
  for (let k = lines.length - 1; k >= 0; k--) nextEnd[k] = ORG_END.test((lines[k] as Line).text) ? k : (nextEnd[k + 1] ?? lines.length);
  const fences = new FenceTracker();
  let block: 'code' | 'quote' | undefined;
  let drawer = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (block !== undefined) {
      if (ORG_END.test(line.text)) {
        edits.line(line, block === 'code' ? '```' : '');
        block = undefined;
      }
      continue;
    }
    if (fences.step(line.text)) continue;
    const begin = ORG_BEGIN.exec(line.text);
    if (begin) {
      const kind = (begin[1] ?? '').toLowerCase();
      // Only a block that is closed: an unclosed one is left as text.
      if ((nextEnd[i + 1] ?? lines.length) >= lines.length) continue;
      if (kind === 'quote') {
        edits.line(line, '');
        block = 'quote';
      } else {
        edits.line(line, '```' + (kind === 'src' ? (begin[2] ?? '') : ''));
        block = 'code';
      }
      continue;
    }
    if (DRAWER_OPEN.test(line.text)) {
      drawer = true;
      edits.line(line, '');
      continue;
    }
    if (drawer) {
      if (DRAWER_END.test(line.text)) {
        drawer = false;
        edits.line(line, '');
      }
      continue;
    }
    if (ORG_TITLE.test(line.text)) {
      edits.at(line.start, '#       '.slice(0, '#+TITLE:'.length));
      continue;
    }
    if (ORG_ROW.test(line.text)) {
      i = orgTable(edits, lines, i) - 1;
      continue;
    }
    const headline = ORG_HEADLINE.exec(line.text.replace(/\r$/, ''));
    // A headline is a title, not a sentence that a markdown bullet would hold. `** Title` is never a
    // markdown list item; `* Title` is a headline when the line right below it (in the same block, so
    // every slice of the document reads it alike) is text of its own: a drawer, a block, body text.
    const below = lines[i + 1]?.text ?? '';
    const single = (headline?.[1] ?? '').length === 1;
    const ownText = below.trim() !== '' && (ORG_CONSTRUCT.test(below) || !LIST_LINE.test(below));
    if (headline && !/[.:;,]$/.test((headline[2] ?? '').trim()) && (!single || ownText)) {
      edits.at(line.start, '#'.repeat((headline[1] ?? '*').length));
    }
  }
}

/** Column gaps of a simple table's border (`=====  =====`): where each gap starts. */
function gapsOf(border: string): number[] {
  const gaps: number[] = [];
  for (let k = 1; k < border.length; k++) if (border[k] !== '=' && border[k - 1] === '=' && border.slice(k).trim() !== '') gaps.push(k);
  return gaps;
}

/** A row with a `|` in each gap, or undefined when text runs through a gap. */
function piped(text: string, gaps: readonly number[]): string | undefined {
  let out = text;
  for (const g of gaps) {
    if (g >= out.length) break;
    if (out[g] !== ' ' && out[g] !== '\t') return undefined;
    out = out.slice(0, g) + '|' + out.slice(g + 1);
  }
  return out;
}

/** A simple table: borders, header, rows. Returns the index after it. */
function simpleTable(edits: Edits, lines: readonly Line[], from: number): number {
  const top = lines[from] as Line;
  const gaps = gapsOf(top.text.replace(/\r$/, ''));
  let j = from + 1;
  const head: number[] = [];
  while (j < lines.length && !SIMPLE_BORDER.test((lines[j] as Line).text) && (lines[j] as Line).text.trim() !== '') head.push(j++);
  if (j >= lines.length || head.length !== 1 || !SIMPLE_BORDER.test((lines[j] as Line).text)) return from + 1;
  const middle = j;
  const rows: number[] = [];
  j++;
  while (j < lines.length && !SIMPLE_BORDER.test((lines[j] as Line).text) && (lines[j] as Line).text.trim() !== '') rows.push(j++);
  const bottom = j < lines.length && SIMPLE_BORDER.test((lines[j] as Line).text) ? j : undefined;
  const changed = [...head, ...rows].map((k) => [k, piped((lines[k] as Line).text.replace(/\r$/, ''), gaps)] as const);
  if (rows.length === 0 || changed.some(([, t]) => t === undefined)) return from + 1;
  edits.line(top, '');
  for (const [k, t] of changed) edits.at((lines[k] as Line).start, t ?? '');
  const mid = lines[middle] as Line;
  edits.at(mid.start, piped(mid.text.replace(/\r$/, '').replace(/=/g, '-'), gaps) ?? '');
  if (bottom !== undefined) edits.line(lines[bottom] as Line, '');
  return (bottom ?? j - 1) + 1;
}

/** A grid table with a `+===+` header border. Returns the index after it. */
function gridTable(edits: Edits, lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && /^[+|]/.test((lines[j] as Line).text)) j++;
  const block = lines.slice(from, j);
  const headAt = block.findIndex((l) => GRID_HEAD.test(l.text));
  // No header border: the block is left as it is, all of it (read once).
  if (headAt < 2) return j;
  block.forEach((l, k) => {
    const text = l.text.replace(/\r$/, '');
    if (k === 0 || k === block.length - 1) edits.line(l, '');
    else if (k === headAt) edits.at(l.start, text.replace(/\+/g, '|').replace(/=/g, '-'));
    else if (GRID_BORDER.test(text)) edits.at(l.start, text.replace(/\+/g, '|').replace(/-/g, ' '));
  });
  return j;
}

/** The width of a line's leading spaces (a tab counts as four). */
function indentOf(text: string): number {
  let n = 0;
  for (const c of text) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4;
    else return n;
  }
  return n;
}

function rstAsMarkdown(lines: readonly Line[], edits: Edits): void {
  const fences = new FenceTracker();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // `~~~` under a title is an RST underline, not a fence.
    const underline = !fences.inside && ADORNMENT.test(line.text) && i > 0 && TITLE_TEXT.test((lines[i - 1] as Line).text.trim());
    if (!underline && fences.step(line.text)) continue;
    const directive = RST_DIRECTIVE.exec(line.text);
    if (directive) {
      let j = i + 1;
      while (j < lines.length && RST_OPTION.test((lines[j] as Line).text)) j++;
      const body = nextNonBlank(lines, j);
      // The body must be indented by two or more past the directive, so it is the list item's content.
      const indent = directive[1] ?? '';
      if (body < lines.length && indentOf((lines[body] as Line).text) >= indent.length + 2) {
        edits.line(line, `${indent}- \`\`\`${directive[2] ?? ''}`);
        for (let k = i + 1; k < j; k++) edits.line(lines[k] as Line, '');
        i = body;
      }
      continue;
    }
    // A sphinx-tabs container over an indented body: its `..` becomes a list marker, so a nested code block is in its item.
    const tabs = RST_TABS.exec(line.text.replace(/\r$/, ''));
    if (tabs) {
      const body = nextNonBlank(lines, i + 1);
      if (body < lines.length && indentOf((lines[body] as Line).text) >= (tabs[1] ?? '').length + 2) edits.at(line.start + (tabs[1] ?? '').length, '- ');
      continue;
    }
    if (RST_LIST_TABLE.test(line.text)) {
      let j = i + 1;
      while (j < lines.length && RST_OPTION.test((lines[j] as Line).text)) j++;
      const body = nextNonBlank(lines, j);
      // Rows indented as the directive's body: the directive becomes their list item (rst-list-table.ts reads it).
      if (body < lines.length && /^ {2,4}\* - /.test((lines[body] as Line).text)) edits.at(line.start, '- ');
      continue;
    }
    if (SIMPLE_BORDER.test(line.text) && (i === 0 || (lines[i - 1] as Line).text.trim() === '')) {
      i = simpleTable(edits, lines, i) - 1;
      continue;
    }
    if (GRID_BORDER.test(line.text)) {
      i = gridTable(edits, lines, i) - 1;
      continue;
    }
    const under = ADORNMENT.exec(line.text);
    const title = lines[i - 1];
    const after = lines[i + 1];
    if (under && title && TITLE_TEXT.test(title.text.trim()) && !ADORNMENT.test(title.text) && width(line) >= title.text.trim().length && (after === undefined || after.text.trim() === '')) {
      const char = under[1] ?? '=';
      const over = lines[i - 2];
      const overlined = over !== undefined && over.text.trim().startsWith(char.repeat(3)) && ADORNMENT.test(over.text);
      const before = overlined ? lines[i - 3] : over;
      // A title stands alone: a blank line (or the text's start) above it.
      if (before !== undefined && before.text.trim() !== '') continue;
      // Markdown's own `=` and `-` underlines keep their level; an overlined title is level 1, any other style level 2.
      const mark = overlined ? '=' : char === '=' || char === '-' ? char : '-';
      if (char !== mark || overlined) edits.at(line.start, mark.repeat(width(line)));
      if (overlined && over) edits.line(over, '');
      continue;
    }
  }
}

/** `text` with the org-mode and reStructuredText it holds rewritten as markdown of the same length. */
export function orgRstAsMarkdown(text: string): string {
  if (!ANY.test(text) || !mayRewrite(text)) return text;
  return orgRstRewritten(text);
}

/** False when no rewrite below can apply to `text` (`EDITABLE`; exported for its test). */
export function mayRewrite(text: string): boolean {
  return EDITABLE.test(text);
}

/** The rewrite without the pre-checks (exported for the test that the pre-checks change nothing). */
export function orgRstRewritten(text: string): string {
  const lines = lineTexts(text);
  const edits = new Edits();
  orgAsMarkdown(lines, edits);
  rstAsMarkdown(lines, edits);
  return edits.apply(text);
}

/**
 * The code lines of a block this module made a fence of, as offsets into `raw` (the block's text as
 * written): below an org `#+BEGIN_SRC` line and above its `#+END_SRC`, or below an RST directive (the
 * fence starts inside its `.. `) and its option lines. Undefined for any other block.
 */
export function orgRstCodeSpan(raw: string): { start: number; end: number } | undefined {
  const lines = lineTexts(raw);
  const first = lines[0];
  if (!first) return undefined;
  let from = 1;
  let to = lines.length;
  if (ORG_BEGIN.test(first.text)) {
    const last = lines[lines.length - 1];
    if (last && lines.length > 1 && ORG_END.test(last.text)) to = lines.length - 1;
  } else if (/^ ?(?:code-block|code|sourcecode|code-tab)::/.test(first.text)) {
    while (from < lines.length && RST_OPTION.test((lines[from] as Line).text)) from++;
  } else return undefined;
  const start = lines[from]?.start ?? raw.length;
  const lastLine = lines[to - 1];
  let end = to > from && lastLine ? lastLine.start + lastLine.text.length : start;
  if (end > start && raw.charCodeAt(end - 1) === 13) end--;
  return { start, end: Math.max(start, end) };
}
