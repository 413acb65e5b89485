/**
 * Shared by cidr-address-count and subnet-usable-ips: a count of addresses stated for a prefix
 * ("a /24 gives 256 usable IPs", "/22 = 2048 IPs"), paired with the prefix it describes.
 */
import type { CountMention } from '../../recognisers/counts';
import type { PrefixMention } from '../../recognisers/cidr';
import type { AnalyzedContext } from '../../model/document-model';

export interface AddressClaim {
  readonly count: CountMention;
  readonly prefix: PrefixMention;
}

/**
 * Words between a prefix and a count that make the count a requirement, not a claim. "holds" states
 * what a block holds (a claim); "to hold", "must hold" state a need.
 */
const REQUIREMENT = /\b(?:need|needs|needed|require[sd]?|requirement|for|fit|fits|run|runs|host|hosting|serve|reserve[sd]?|avoid|instead|too small|enough)\b|\b(?:to|must|should|will|can|could)\s+hold\b/i;
/** Words that make the count a statement of the block's size. */
const CLAIM = /=|→|->|—|–|\(|:|\b(?:gives?|giving|gave|provides?|providing|provided|has|have|having|had|offers?|offering|contains?|containing|yields?|yielding|resulting in|results in|leaves?|leaving|allows?|allowing|supports?|with|is|are|means|equals|of|totals?|holds|gets?|getting|got)\b/i;

/**
 * The writer subtracting AWS's reservation on the way to a usable count: "minus 5 reserved by AWS",
 * "after AWS takes five", "AWS reserves 5, so", "− 5 =". Not a requirement ("reserve 20 for the
 * database" is one), and the usable count after it is a reckoning that must come out right.
 */
export const AWS_RESERVATION =
  /\b(?:minus|less|after|without)\s+(?:the\s+)?(?:5|five)\s+(?:(?:AWS[- ])?reserved|(?:that\s+)?AWS\s+(?:reserves|keeps|takes))\b(?:\s+(?:by|for)\s+AWS)?|\b(?:AWS|Amazon)\s+(?:reserves|keeps|takes)\s+(?:the\s+)?(?:5|five)\b|\b(?:5|five)\s+(?:are\s+|get\s+)?reserved(?:\s+by\s+AWS)?|[−-]\s*5\s*(?:reserved\s*)?=/gi;

export function isAddressCount(count: CountMention): boolean {
  return count.noun === 'address' || (count.usable && /\bhosts\b/i.test(count.text));
}

/** A count of hosts without "usable" ("a /24 gives us 254 hosts"): hosts are the usable addresses. */
export function isHostCount(count: CountMention): boolean {
  return count.noun === 'workload' && !count.usable && /^\S+\s+hosts\b/i.test(count.text);
}

/** `withHosts`: hosts counts too, for the rule that reads them as usable addresses. */
export function addressClaims(context: AnalyzedContext, withHosts = false): AddressClaim[] {
  const out: AddressClaim[] = [];
  const rowLike = context.kind === 'tableRow';
  for (const count of context.counts) {
    if (!isAddressCount(count) && !(withHosts && isHostCount(count))) continue;
    // The nearest prefix written before the count, in the same clause.
    let best: PrefixMention | undefined;
    for (const p of context.prefixes) if (p.end <= count.start && (!best || p.end > best.end)) best = p;
    if (!best) continue;
    const between = context.text.slice(best.end - context.start, count.start - context.start);
    if (between.length > 90) continue;
    if (/;|[.!?]\s/.test(between) || (!rowLike && /\|/.test(between))) continue;
    // Another count of addresses between them belongs to this prefix first; in a table row each column
    // counts the row's block ("| /22 | 1,024 | 1,019 |": total and usable).
    // A usable count after the total ("a /25 gives 128 addresses and 123 usable") is the same block's too.
    if (!rowLike && context.counts.some((c) => c !== count && isAddressCount(c) && c.usable === count.usable && c.start > best.end && c.end <= count.start)) continue;
    if (REQUIREMENT.test(between.replace(AWS_RESERVATION, (m) => ' '.repeat(m.length)))) continue;
    if (!rowLike && !CLAIM.test(between)) continue;
    out.push({ count, prefix: best });
  }
  return out;
}
