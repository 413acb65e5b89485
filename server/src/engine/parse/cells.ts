/** Table cells as the engine reads them: which column a span sits in, and a cell's plain text. */
import type { Cell } from './contexts';

/** The index of the cell that holds [start, end) (absolute offsets), or -1 when none does. */
export function columnAt(cells: readonly Pick<Cell, 'start' | 'end'>[], start: number, end: number): number {
  return cells.findIndex((c) => c.start <= start && end <= c.end);
}

/** A cell's text without emphasis and code ticks, trimmed: "**`orders-db`**" → "orders-db". */
export function plainCell(text: string): string {
  return text.replace(/[`*_]+/g, '').trim();
}
