/**
 * Comparison matrices written in markdown with merged group headers: the header row names a service
 * once over the columns of its variants (the cells after it left empty, as a spreadsheet's merged
 * cell pastes), the first body row names each column's variant, and the rows below are properties:
 *
 *   | Property | Amazon SQS |      | Amazon Kinesis Data Streams |             |
 *   | ---      | ---        | ---  | ---                         | ---         |
 *   | Variant  | Standard   | FIFO | On-demand                   | Provisioned |
 *   | Maximum retention | 14 days | 14 days | 365 days | 365 days |
 *
 * Each column gets the header cell of its group, as an HTML `colspan` gives it (html-tables.ts); where
 * the variant itself names a service ("PostgreSQL" under "Amazon RDS"), the variant is the column's
 * header, the more specific subject. Any other table keeps its header as written.
 */
import type { Cell } from './contexts';
import { findServices } from '../recognisers/services';

/** A variant row's label cell: empty, or a word that says the row holds variants. */
const VARIANT_LABEL = /^(?:|variants?|editions?|types?|modes?|flavou?rs?|engines?|options?|tiers?|capacity modes?|queue types?|deployment(?: option)?s?|kinds?|class(?:es)?|storage class(?:es)?|versions?|plans?|configurations?|setups?|sub-?types?)$/i;
/** A variant: a name, not a value (no digits but a version after a name, nothing longer than a few words). */
const VARIANT = /^(?=\S)(?:[A-Za-z][\w+./-]*)(?:[ \t][A-Za-z(][\w+./()-]*|[ \t]\d+(?:\.\d+)*){0,3}$/;

const plain = (text: string): string => text.replace(/[*_`]/g, '').trim();

/**
 * The header of a table whose header row names services spanning several columns, with the variant
 * row below it (`variants`: the first body row's cells), or undefined when the table is not one.
 */
export function groupedHeader(header: readonly Cell[], variants: readonly Cell[] | undefined): Cell[] | undefined {
  if (!variants || header.length < 3 || variants.length !== header.length) return undefined;
  if (!VARIANT_LABEL.test(plain(variants[0]?.text ?? ''))) return undefined;
  const out: Cell[] = [header[0] as Cell];
  let group: Cell | undefined;
  let spans = 0;
  for (let i = 1; i < header.length; i++) {
    const cell = header[i] as Cell;
    const variant = variants[i] as Cell;
    if (plain(cell.text) !== '') {
      // A group header names one service; any other header cell ends the group and stays as written.
      const ids = new Set(findServices(cell.text, cell.start).map((s) => s.serviceId));
      group = ids.size === 1 ? cell : undefined;
      if (!group) {
        out.push(cell);
        continue;
      }
    } else if (!group) return undefined;
    else spans++;
    // Each column of a group holds a variant.
    if (!VARIANT.test(plain(variant.text))) return undefined;
    out.push(findServices(variant.text, variant.start).length > 0 ? variant : group);
  }
  return spans > 0 ? out : undefined;
}
