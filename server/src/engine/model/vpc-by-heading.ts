/**
 * A subnet listed under a heading that names its VPC: "### payments-prod subnets" after a VPC table
 * row "| payments-prod | 10.64.0.0/16 |". Design docs often give every VPC's block in one table and
 * each VPC's subnets in a section of its own, with no CIDR in the heading.
 *
 * The heading that counts is the subnet's own section heading, else its parent headings (a subnet
 * table under "### Subnets" inside "## payments-prod"); a level-1 title is not a parent: it names
 * the document, not one VPC. A heading must name exactly one VPC (several VPCs stated under the same
 * name with different blocks name none), by its whole name: "prod" does not match "production", and
 * neither does "payments-prod" match "payments-prod-dr".
 */
import type { AnalyzedContext, NetworkBlock } from './records';
import { escapeRegExp } from '../util/text';

/** Names shorter than this are too likely to be ordinary words ("db", "a"). */
const MIN_NAME = 3;
/** A name of one token ("payments-prod", "vpc.core") is looked up per heading token. */
const TOKEN = /[\w-]+(?:\.[\w-]+)*/g;
const ONE_TOKEN = /^[\w-]+(?:\.[\w-]+)*$/;
/** Names with spaces ("Payments prod") are matched by one regex: only a few, to keep it cheap. */
const MAX_PHRASES = 50;

function levelOf(heading: AnalyzedContext): number {
  return /^\s{0,3}(#{1,6})/.exec(heading.text)?.[1]?.length ?? 1;
}

/**
 * For each section (1 = the text under `headings[0]`, 0 = before any heading), the VPC its heading
 * or a parent heading names; undefined when none or several do.
 */
export function vpcsByHeading(headings: readonly AnalyzedContext[], vpcs: readonly NetworkBlock[]): (section: number) => NetworkBlock | undefined {
  const byName = new Map<string, NetworkBlock | null>();
  for (const vpc of vpcs) {
    const name = vpc.name.trim().replace(/\s+/g, ' ');
    if (name.length < MIN_NAME || name === vpc.mention.text || name.includes('/')) continue;
    const key = name.toLowerCase();
    const known = byName.get(key);
    const same = known && known.cidr.address === vpc.cidr.address && known.cidr.prefix === vpc.cidr.prefix;
    byName.set(key, known === undefined ? vpc : same ? known : null);
  }
  const phrases = [...byName.keys()].filter((k) => byName.get(k) && !ONE_TOKEN.test(k));
  if (byName.size === 0) return () => undefined;
  phrases.sort((a, b) => b.length - a.length);
  const phrase = phrases.length > 0 && phrases.length <= MAX_PHRASES ? new RegExp(`(?<![\\w-])(?:${phrases.map(escapeRegExp).join('|')})(?![\\w-])`, 'gi') : undefined;

  const named = (heading: AnalyzedContext): NetworkBlock | undefined => {
    const found = new Set<NetworkBlock>();
    const text = heading.text.toLowerCase();
    for (const m of text.matchAll(TOKEN)) {
      const vpc = byName.get(m[0]);
      if (vpc) found.add(vpc);
    }
    if (phrase) {
      for (const m of text.replace(/\s+/g, ' ').matchAll(phrase)) {
        const vpc = byName.get(m[0]);
        if (vpc) found.add(vpc);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  };

  const resolved: Array<NetworkBlock | undefined> = [undefined];
  const stack: Array<{ level: number; vpc: NetworkBlock | undefined }> = [];
  for (const heading of headings) {
    const level = levelOf(heading);
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    const own = named(heading);
    const parent = stack[stack.length - 1];
    const vpc = own ?? (parent && parent.level > 1 ? parent.vpc : undefined);
    stack.push({ level, vpc });
    resolved.push(vpc);
  }
  return (section) => resolved[section];
}
