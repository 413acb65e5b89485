/**
 * AsciiDoc written into (or converted to) markdown, read as the markdown it stands for. As in
 * wiki-markup.ts, each construct is rewritten in place with the same length before the markdown
 * parser sees the text, so every offset still indexes the document:
 *
 * - `= Title`, `== Section` … at a line start become ATX headings (`#`, `##`; scopes/sections.ts
 *   reads the level from the written `=`), so a section's service is the subject of its statements;
 * - `[source,yaml]` (or `[,yaml]`) right above a fence without a language gives the fence its
 *   language; above a `----` listing block it opens a fence of that language, and the closing
 *   `----` closes it (an unclosed one runs to the end, as an unclosed fence does);
 * - `[NOTE]` … `[CAUTION]` over a `====` block: the attribute line and the delimiters are blanked,
 *   so the body is a paragraph (markdown would read `====` under text as a setext heading);
 * - a block title (`.Queue settings` right above a block) loses its dot: a title line, not a
 *   sentence starting with punctuation.
 *
 * `NOTE:` / `WARNING:` paragraphs are prose already, and callouts in code (`<1>`) are blanked by the
 * IaC readers (recognisers/iac/callouts.ts). Lines inside markdown fences are never rewritten.
 */
import { FenceTracker, lineTexts, type LineText } from '../util/text';

/** A cheap test for any construct this module rewrites (most documents have none). */
const ANY_ASCIIDOC = /^(?:={1,6}[ \t]+\S|\[(?:source)?,|\[(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\r?$|\.[A-Za-z])/m;
/** A fence line without an info string. */
const BARE_FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*\r?$/;
/** `= Title` … `====== Title`: the title starts with a capital, a digit-free word or code. */
const SECTION = /^(={1,6})[ \t]+[\p{Lu}`*_]/u;
/** `[source,yaml]`, `[source, hcl, linenums]`, `[,json]`: the language. */
const SOURCE = /^\[(?:source)?,[ \t]?([A-Za-z][\w+#-]{0,19})(?:,[^\]\n]{0,80})?\][ \t]*\r?$/;
const LISTING = /^-{4,}[ \t]*\r?$/;
const ADMONITION = /^\[(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\r?$/;
const EXAMPLE = /^={4,}[ \t]*\r?$/;
/** `.Queue settings`: a block title, a short phrase (not `..`, not `.5 GB`, not `.gitignore`). */
const BLOCK_TITLE = /^\.[\p{Lu}][^\n.]{0,60}\r?$/u;

type Line = LineText;

/** The length of a line without its `\r`. */
function width(line: Line): number {
  return line.text.endsWith('\r') ? line.text.length - 1 : line.text.length;
}

/** `text` with the AsciiDoc it holds rewritten as markdown of the same length (the same string when none). */
export function asciidocAsMarkdown(text: string): string {
  if (!ANY_ASCIIDOC.test(text)) return text;
  const lines = lineTexts(text);
  const edits: Array<{ start: number; text: string }> = [];
  const replace = (line: Line, replacement: string): void => {
    edits.push({ start: line.start, text: replacement + ' '.repeat(Math.max(0, width(line) - replacement.length)) });
  };
  const fences = new FenceTracker();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (fences.step(line.text)) continue;
    const next = lines[i + 1];
    const source = SOURCE.exec(line.text);
    if (source && next) {
      const lang = source[1] ?? '';
      if (BARE_FENCE.test(next.text)) {
        // The fence opens one line early, with the language; its own bare line is a blank code line.
        const marker = /[`~]{3,}/.exec(next.text)?.[0] ?? '```';
        if (marker.length + lang.length <= width(line)) {
          replace(line, marker + lang);
          replace(next, '');
          fences.step(next.text);
          i++;
        }
        continue;
      }
      if (LISTING.test(next.text)) {
        replace(line, '```' + lang);
        replace(next, '');
        let j = i + 2;
        while (j < lines.length && !LISTING.test((lines[j] as Line).text)) j++;
        if (j < lines.length) replace(lines[j] as Line, '```');
        i = j;
        continue;
      }
    }
    if (ADMONITION.test(line.text) && next && EXAMPLE.test(next.text)) {
      const delimiter = next.text.trimEnd();
      let j = i + 2;
      while (j < lines.length && (lines[j] as Line).text.trimEnd() !== delimiter) j++;
      if (j < lines.length) {
        replace(line, '');
        replace(next, '');
        replace(lines[j] as Line, '');
      }
      continue;
    }
    const section = SECTION.exec(line.text);
    if (section) {
      edits.push({ start: line.start, text: '#'.repeat((section[1] ?? '=').length) });
      continue;
    }
    if (BLOCK_TITLE.test(line.text) && next && next.text.trim() !== '') edits.push({ start: line.start, text: ' ' });
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

/**
 * The code lines of a block this module made a fence of (`raw` starts with its `[source,…]` line):
 * after the attribute line and the bare fence or `----` line below it, up to the closing fence or
 * `----` (excluded). Offsets into `raw`; undefined for any other block.
 */
export function asciidocCodeSpan(raw: string): { start: number; end: number } | undefined {
  const first = raw.indexOf('\n');
  if (first === -1 || !SOURCE.test(raw.slice(0, first))) return undefined;
  const second = raw.indexOf('\n', first + 1);
  const opener = raw.slice(first + 1, second === -1 ? raw.length : second);
  if (!BARE_FENCE.test(opener) && !LISTING.test(opener)) return undefined;
  const start = second === -1 ? raw.length : second + 1;
  let end = raw.length;
  const lastBreak = raw.lastIndexOf('\n');
  if (lastBreak >= start - 1 && lastBreak > first + 1) {
    const lastLine = raw.slice(lastBreak + 1);
    if (/^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*\r?$/.test(lastLine) || LISTING.test(lastLine)) end = lastBreak;
  }
  if (end > start && raw.charCodeAt(end - 1) === 13) end--;
  return { start, end: Math.max(start, end) };
}
