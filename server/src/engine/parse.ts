/**
 * Markdown → mdast with unified + remark-parse + remark-gfm. The processor is built once; parsing is
 * the dominant cost (perf-baseline.md), so callers parse block ranges rather than whole documents
 * whenever they can.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root, RootContent } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  const root = processor.parse(text) as Root;
  // micromark drops a leading BOM and counts offsets from after it: shift them back onto `text`.
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(root, 1);
  return root;
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
