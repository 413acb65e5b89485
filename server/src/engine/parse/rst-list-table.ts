/**
 * reStructuredText `.. list-table::` directives: each row a `* -` item, each cell a `-` item under it,
 * `:header-rows: 1` saying the first row is the header. org-rst.ts turns the directive line into a
 * list item's marker (the body is its indented content, so the whole table is one block); this reads
 * that item as a table: a header context and one table row per row item, each cell with its column's
 * header, as a GFM table is read (contexts.ts). A table without a header row is left to the list reader.
 */
import type { List, ListItem } from 'mdast';
import type { Cell, Context, GroupCounter } from './contexts';

/** The directive as written at the item's start (`.. list-table::` with an optional title). */
export const LIST_TABLE = /^\.\. list-table::/;
const HEADER_ROWS = /:header-rows:[ \t]*(\d+)/;

function span(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** A cell item's content, trimmed, with document offsets. */
function cellOf(item: ListItem, source: string, base: number): Cell | undefined {
  const first = item.children[0];
  const last = item.children[item.children.length - 1];
  const from = first && span(first);
  const to = last && span(last);
  if (!from || !to) return { start: (span(item)?.end ?? 0) + base, end: (span(item)?.end ?? 0) + base, text: '' };
  let s = from.start;
  let e = to.end;
  while (s < e && /\s/.test(source[s] ?? '')) s++;
  while (e > s && /\s/.test(source[e - 1] ?? '')) e--;
  return { start: s + base, end: e + base, text: source.slice(s, e) };
}

/** The contexts of a list-table item, or undefined when `item` is none (or has no header row). */
export function listTableContexts(item: ListItem, source: string, base: number, groups: GroupCounter, ancestors: readonly number[]): Context[] | undefined {
  const own = span(item);
  if (!own || !LIST_TABLE.test(source.slice(own.start, own.start + 16))) return undefined;
  const options = item.children[0]?.type === 'paragraph' ? span(item.children[0]) : undefined;
  const headerRows = Number(HEADER_ROWS.exec(options ? source.slice(options.start, options.end) : '')?.[1] ?? 0);
  const list = item.children.find((c): c is List => c.type === 'list');
  if (headerRows < 1 || !list) return undefined;
  const rows: Array<{ start: number; end: number; cells: Cell[] }> = [];
  for (const row of list.children) {
    const rowSpan = span(row);
    const cellsList = row.children[0];
    if (!rowSpan || cellsList?.type !== 'list') return undefined;
    const cells = cellsList.children.map((c) => cellOf(c, source, base)).filter((c): c is Cell => c !== undefined);
    rows.push({ start: rowSpan.start, end: rowSpan.end, cells });
  }
  const head = rows[headerRows - 1];
  if (!head || rows.length <= headerRows) return undefined;
  const group = groups.next++;
  const out: Context[] = [{ kind: 'heading', start: head.start + base, end: head.end + base, text: source.slice(head.start, head.end), group, ancestors }];
  for (const row of rows.slice(headerRows)) {
    out.push({ kind: 'tableRow', start: row.start + base, end: row.end + base, text: source.slice(row.start, row.end), group, ancestors, header: head.cells, cells: row.cells });
  }
  return out;
}
