/** Shared by the document-level network rules: when a document shows alternatives or a before/after. */
import type { NetworkBlock } from '../../model/document-model';
import { cidrText, lastOf, networkOf } from '../../recognisers/cidr';

/** Words that say a range is one of several options, an old/new pair, or an example, not the design. */
export const ALTERNATIVES =
  /\b(?:alternatives?|options?\s+[A-Z0-9]\b|option\s+\d|either|instead|before|after\s+(?:the\s+)?(?:migration|cut-?over|move)|previously|formerly|old|legacy|current(?:ly)?\s+(?:uses?|is|are)|migrat\w*|replac\w*|proposed?|candidates?|examples?|e\.g\.|for instance|hypothetical|rejected|not chosen|vs\.?|versus|compare[sd]?|comparison|renumber\w*|re-?ip)\b/i;

export function showsAlternatives(...blocks: readonly NetworkBlock[]): boolean {
  return blocks.some((b) => ALTERNATIVES.test(b.context.text) || b.context.parents.some((p) => ALTERNATIVES.test(p.text)) || (b.context.header ?? []).some((h) => ALTERNATIVES.test(h.text)));
}

export function show(block: NetworkBlock): string {
  const cidr = cidrText(networkOf(block.cidr), block.cidr.prefix);
  return block.name && block.name !== block.mention.text ? `${block.name} (${cidr})` : cidr;
}

export function sameNetwork(a: NetworkBlock, b: NetworkBlock): boolean {
  return networkOf(a.cidr) === networkOf(b.cidr) && a.cidr.prefix === b.cidr.prefix;
}

/** At most this many overlapping pairs are examined, so a huge document stays linear-ish. */
const MAX_PAIRS = 20_000;

/**
 * Index pairs (i < j, in document order) of blocks whose ranges overlap, found with a sweep over the
 * blocks sorted by network address instead of comparing every pair: the work follows the number of
 * overlaps, not the square of the number of VPC mentions.
 */
export function overlappingPairs(blocks: readonly NetworkBlock[]): Array<[number, number]> {
  const order = blocks.map((_, i) => i).sort((x, y) => {
    const a = blocks[x] as NetworkBlock;
    const b = blocks[y] as NetworkBlock;
    return networkOf(a.cidr) - networkOf(b.cidr) || a.cidr.prefix - b.cidr.prefix || x - y;
  });
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < order.length && pairs.length < MAX_PAIRS; k++) {
    const i = order[k] as number;
    const last = lastOf((blocks[i] as NetworkBlock).cidr);
    for (let m = k + 1; m < order.length && pairs.length < MAX_PAIRS; m++) {
      const j = order[m] as number;
      if (networkOf((blocks[j] as NetworkBlock).cidr) > last) break;
      pairs.push(i < j ? [i, j] : [j, i]);
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
