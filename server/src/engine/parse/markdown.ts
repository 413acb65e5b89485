/**
 * Markdown → mdast with unified + remark-parse and the GFM constructs that shape blocks (tables,
 * footnote definitions). The processor is built once; parsing is the dominant cost
 * (perf-baseline.md), so callers parse block ranges rather than whole documents whenever they can.
 *
 * The engine reads block structure and raw text, and of the inline syntax only HTML (suppression
 * comments) and code spans (which hide HTML). Inline constructs it never reads are left out because
 * they are super-linear on hostile text: emphasis (`*a ` × 4,000 + ` b*` × 4,000, 24 KB: 24 s),
 * links and GFM footnote calls (`a]` × 4,000: quadratic), and GFM autolink literals, whose tree
 * transform is quadratic in nested labels and recursed once per nesting level (a stack overflow
 * at 5,000 levels). Tests that need the full syntax (is rendered hover markdown inert?) build their
 * own processor.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Nodes, Root, RootContent } from 'mdast';
import { flattenDeepNesting } from './nesting';
import { neutraliseUnclosedComments } from './html-comments';
import { attachRuns, blankRuns, findRowRuns } from './row-runs';
import { wikiMarkupAsMarkdown } from './wiki-markup';
import { asciidocAsMarkdown } from './asciidoc';
import { togglesAsMarkdown } from './html-toggles';
import { admonitionsAsMarkdown } from './admonitions';
import { jsxTabsAsMarkdown } from './jsx-tabs';
import { orgRstAsMarkdown } from './org-rst';

/** Inline constructs of CommonMark the engine does not read (see above). */
const UNREAD_INLINE = ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd'];

function engineSyntax(this: Processor): void {
  const data = this.data();
  // Footnote definitions are blocks (their text is analysed); footnote calls are inline links.
  const { document } = gfmFootnote();
  data.micromarkExtensions = [gfmTable(), { document }, { disable: { null: UNREAD_INLINE } }];
  data.fromMarkdownExtensions = [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()];
}

const processor = unified().use(remarkParse).use(engineSyntax);

/** `rowRuns`: false parses plain row runs with micromark too (the reference the tests compare with). */
export function parseMarkdown(text: string, rowRuns = true): Root {
  // Same length as `text`, so the offsets below index `text` itself (nesting.ts, html-comments.ts, wiki-markup.ts, asciidoc.ts, org-rst.ts, html-toggles.ts, admonitions.ts, jsx-tabs.ts).
  const prepared = neutraliseUnclosedComments(flattenDeepNesting(wikiMarkupAsMarkdown(asciidocAsMarkdown(orgRstAsMarkdown(admonitionsAsMarkdown(jsxTabsAsMarkdown(togglesAsMarkdown(text))))))));
  const root = rowRuns ? parseRows(prepared, text.charCodeAt(0) === 0xfeff ? -1 : 0) : (processor.parse(prepared) as Root);
  // micromark drops a leading BOM and counts offsets from after it: shift them back onto `text`.
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(root, 1);
  return root;
}

/** Long runs of plain table rows and list items are split by row-runs.ts, not by micromark. */
function parseRows(text: string, bias: number): Root {
  const runs = findRowRuns(text);
  if (runs.length > 0) {
    const root = processor.parse(blankRuns(text, runs)) as Root;
    if (attachRuns(root, text, runs, bias)) return root;
  }
  return processor.parse(text) as Root;
}

function shiftOffsets(root: Root, by: number): void {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const position = node.position;
    if (position) {
      if (position.start.offset !== undefined) position.start.offset += by;
      if (position.end.offset !== undefined) position.end.offset += by;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

/** A top-level block of the document with absolute offsets. */
export interface TopBlock {
  readonly node: RootContent;
  readonly start: number;
  readonly end: number;
}

/**
 * Top-level blocks of `text`, with offsets shifted by `base` (when `text` is a slice of a larger
 * document starting at `base`).
 */
export function topLevelBlocks(root: Root, base = 0): TopBlock[] {
  const blocks: TopBlock[] = [];
  for (const node of root.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    blocks.push({ node, start: start + base, end: end + base });
  }
  return blocks;
}
