import type { AnalyzedContext, NetworkBlock } from '../model/document-model';
import { resourceNameOf } from '../model/document-model';
import { contains, networkOf, overlaps, type Cidr } from '../recognisers/cidr';
import { NEGATION } from './kit/helpers';
import { overlappingPairs, sameNetwork, show, showsAlternatives } from './kit/network-guards';
import type { DocumentRule } from './kit/types';
import { escapeRegExp } from '../util/text';

const PEERING = /\bpeer(?:s|ed|ing)?\b|\bpcx-[0-9a-f]+|aws_vpc_peering_connection|AWS::EC2::VPCPeeringConnection|<->|↔/i;
const TGW = /\btransit gateway\b|\bTGW\b|aws_ec2_transit_gateway_vpc_attachment|AWS::EC2::TransitGatewayAttachment/i;
const HYBRID = /\bsite-to-site\b|\bVPN\b|\bDirect Connect\b|\bDX\b|\bCloudHub\b|\btransit gateway\b|\bTGW\b|\bhybrid\b/i;
const ONPREM_BEFORE = /(?:\bon[- ]?prem(?:ises)?|\bcorporate|\boffice|\bdata ?cent(?:er|re)s?|\bbranch(?:es)?|\bDC|\bcampus|\bLAN|\bWAN|\bremote sites?)\b[^.;|]{0,30}$/i;
const CARVED = /\bcarv\w*|\ballocat\w*|\bassigned to AWS|\breserved for AWS|\bIPAM\b|\bfrom (?:it|that|this)\b|\bsupernet|\bsummar/i;

type Link = 'peering' | 'tgw';

function link(text: string): Link | undefined {
  if (NEGATION.test(text)) return undefined;
  if (PEERING.test(text)) return 'peering';
  if (TGW.test(text)) return 'tgw';
  return undefined;
}

const GENERIC_NAME = /^(?:vpcs?|subnets?|on-?prem(?:ises)?|cidrs?|routes?|tgw|peering|peer|vpn|dx|aws|the|a|an)$/i;

function nameOf(block: NetworkBlock): string | undefined {
  return block.name !== block.mention.text && block.name.length >= 2 && !GENERIC_NAME.test(block.name) ? block.name : undefined;
}

/** 169.254.0.0/16 is link-local (VPN inside-tunnel addresses), never a VPC or an on-premises LAN. */
const LINK_LOCAL: Cidr = { address: 0xa9fe0000, prefix: 16 };

type Linked = ReadonlyArray<{ context: AnalyzedContext; link: Link }>;

/** The statements that contain a link word, found once per check (not once per VPC pair). */
function linkedContexts(contexts: readonly AnalyzedContext[]): Linked {
  return contexts.flatMap((context) => {
    const l = link(context.text);
    return l ? [{ context, link: l }] : [];
  });
}

const words = new Map<string, RegExp>();
function wordOf(name: string): RegExp {
  let re = words.get(name);
  if (!re) {
    if (words.size > 2000) words.clear();
    re = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`);
    words.set(name, re);
  }
  return re;
}

/** Contexts that tie two VPCs together: both in one statement, or both names in one statement with a link word. */
function linkBetween(contexts: readonly AnalyzedContext[], linked: Linked, a: NetworkBlock, b: NetworkBlock): { link: Link; context: AnalyzedContext } | undefined {
  if (a.context === b.context) {
    // From the list, not link(text) again: on a minified line every pair shares one 1 MB statement.
    const l = linked.find((entry) => entry.context === a.context)?.link;
    return l ? { link: l, context: a.context } : undefined;
  }
  const na = nameOf(a);
  const nb = nameOf(b);
  if (!na || !nb || na === nb) return undefined;
  // Only statements with a link word can tie two VPCs (same first match as scanning every context in order).
  for (const { context, link: l } of linked) {
    if (wordOf(na).test(context.text) && wordOf(nb).test(context.text)) return { link: l, context };
  }
  // Terraform: a peering / TGW resource referencing both VPC resources.
  const ra = resourceNameOf(a.context);
  const rb = resourceNameOf(b.context);
  if (ra && rb && ra !== rb) {
    for (const context of contexts) {
      if (context.kind !== 'code' || !context.resourceType) continue;
      if (new RegExp(`aws_vpc\\.${ra}\\b`).test(context.text) && new RegExp(`aws_vpc\\.${rb}\\b`).test(context.text)) {
        const l = link(context.resourceType);
        if (l) return { link: l, context };
      }
    }
  }
  return undefined;
}

interface OnPrem {
  readonly cidr: Cidr;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly context: AnalyzedContext;
}

function onPremRanges(contexts: readonly AnalyzedContext[]): OnPrem[] {
  const out: OnPrem[] = [];
  for (const context of contexts) {
    for (const m of context.cidrs) {
      if (!m.cidr || m.role !== 'other') continue;
      const before = context.text.slice(Math.max(0, m.start - context.start - 60), m.start - context.start);
      if (!ONPREM_BEFORE.test(before)) continue;
      out.push({ cidr: m.cidr, start: m.start, end: m.end, text: m.text, context });
    }
  }
  return out;
}

export const vpcOverlapConnected: DocumentRule = {
  id: 'vpc-overlap-connected',
  scope: 'document',
  description: 'Overlapping CIDRs on networks the document connects: peered VPCs, VPCs on one Transit Gateway, or a VPC and an on-premises range.',
  rationale:
    'AWS refuses a VPC peering connection between VPCs with overlapping IPv4 CIDRs. A Transit Gateway accepts the attachments but cannot ' +
    'route between overlapping ranges, and a VPC that overlaps the on-premises network it reaches over VPN or Direct Connect makes those ' +
    'addresses unreachable. The pair must be linked in the text (one statement, both names with a peering/TGW word, or an IaC peering ' +
    'resource referencing both). A VPC carved from a corporate supernet (10.0.0.0/8) is not flagged.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc-peering.overlap', 'transit-gateway.attachments'],
  fixable: false,
  examples: {
    flag: [
      { text: 'VPC-A (10.0.0.0/16) is peered with VPC-B (10.0.0.0/16).', flagged: ['10.0.0.0/16'] },
      {
        text: '| VPC | CIDR |\n| --- | --- |\n| prod | 10.0.0.0/16 |\n| shared | 10.0.128.0/17 |\n\nWe peer prod with shared for the directory service.',
        flagged: ['10.0.128.0/17'],
      },
      {
        text: 'The office LAN is 192.168.0.0/16. The VPC uses 192.168.10.0/24 and reaches the office over Direct Connect.',
        flagged: ['192.168.10.0/24'],
      },
    ],
    pass: [
      'VPC-A 10.0.0.0/16 is peered with VPC-B 10.1.0.0/16.',
      'Our corporate WAN is 10.0.0.0/8, so the VPC takes 10.20.0.0/16 from it; a Site-to-Site VPN connects them.',
      'Dev VPC 10.0.0.0/16 and test VPC 10.0.0.0/16 are never peered.',
      '| VPC | CIDR |\n| --- | --- |\n| dev | 10.0.0.0/16 |\n| sandbox | 10.0.0.0/16 |',
    ],
  },
  select: (context) =>
    context.cidrs.length > 0 || (context.kind === 'code' && context.resourceType !== undefined) || PEERING.test(context.text) || TGW.test(context.text) || HYBRID.test(context.text),
  check({ model, contexts }, report) {
    const linked = linkedContexts(contexts);
    // A VPC restated under the same name ("## Subnets of pay-prod (10.20.0.0/16)" after its table row) is one network.
    // (One pass keyed by name and network: a pairwise scan was quadratic in the document's VPC blocks.)
    const stated = new Set<string>();
    const vpcs = model.vpcs.filter((v) => {
      if (contains(LINK_LOCAL, v.cidr)) return false;
      const name = nameOf(v);
      if (name === undefined) return true;
      const key = `${name}\u0000${networkOf(v.cidr)}/${v.cidr.prefix}`;
      if (stated.has(key)) return false;
      stated.add(key);
      return true;
    });
    const reported = new Set<number>();
    for (const [i, j] of overlappingPairs(vpcs)) {
      {
        const a = vpcs[i] as NetworkBlock;
        const b = vpcs[j] as NetworkBlock;
        if (!overlaps(a.cidr, b.cidr)) continue;
        if (sameNetwork(a, b) && a.context !== b.context && (nameOf(a) === nameOf(b) || !nameOf(a) || !nameOf(b))) continue;
        if (reported.has(b.mention.start)) continue;
        const found = linkBetween(contexts, linked, a, b);
        if (!found || showsAlternatives(a, b)) continue;
        reported.add(b.mention.start);
        const peering = found.link === 'peering';
        report({
          start: b.mention.start,
          end: b.mention.end,
          severity: peering ? 'error' : 'warning',
          message: peering
            ? `VPC ${show(a)} and VPC ${show(b)} overlap; AWS cannot peer VPCs with overlapping IPv4 CIDRs.`
            : `VPC ${show(a)} and VPC ${show(b)} overlap; a Transit Gateway cannot route between overlapping ranges.`,
          related: [{ start: a.mention.start, end: a.mention.end, message: `overlaps VPC ${show(a)}` }],
          factIds: [peering ? 'vpc-peering.overlap' : 'transit-gateway.attachments'],
        });
      }
    }
    if (!contexts.some((c) => HYBRID.test(c.text))) return;
    for (const onprem of onPremRanges(contexts)) {
      // A VPC carved from the corporate supernet is the usual design; only a site-sized range (/16 or longer) is a clash.
      if (onprem.cidr.prefix < 16 || CARVED.test(onprem.context.text) || contains(LINK_LOCAL, onprem.cidr)) continue;
      for (const vpc of vpcs) {
        if (reported.has(vpc.mention.start)) continue;
        if (!overlaps(vpc.cidr, onprem.cidr) || CARVED.test(vpc.context.text) || showsAlternatives(vpc)) continue;
        reported.add(vpc.mention.start);
        if (contains(vpc.cidr, onprem.cidr) && vpc.context === onprem.context && NEGATION.test(vpc.context.text)) continue;
        report({
          start: vpc.mention.start,
          end: vpc.mention.end,
          severity: 'warning',
          message: `VPC ${show(vpc)} overlaps the on-premises range ${onprem.text}; routes over VPN or Direct Connect to those addresses will be ambiguous.`,
          related: [{ start: onprem.start, end: onprem.end, message: `on-premises ${onprem.text}` }],
        });
      }
    }
  },
};
