/** Shared by the document-level network rules: when a document shows alternatives or a before/after. */
import type { NetworkBlock } from '../model';
import { cidrText, networkOf } from '../recognisers/cidr';

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
