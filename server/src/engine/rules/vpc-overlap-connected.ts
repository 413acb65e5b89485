import type { AnalyzedContext, NetworkBlock } from '../model/document-model';
import { resourceNameOf } from '../model/document-model';
import { proseName } from '../model/vpc-prose-name';
import { contains, networkOf, overlaps, type Cidr } from '../recognisers/cidr';
import { NEGATION } from './kit/helpers';
import { overlappingPairs, sameNetwork, show, showsAlternatives } from './kit/network-guards';
import type { DocumentRule } from './kit/types';
import type { Section } from '../scopes/sections';
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

/** The VPC's name: from its table row, resource or identifier, else the words its statement calls it by ("the production VPC"). */
function nameOf(block: NetworkBlock): string | undefined {
  const name = block.name !== block.mention.text ? block.name : proseName(block);
  return name !== undefined && name.length >= 2 && !GENERIC_NAME.test(name) ? name : undefined;
}

/** A VPC for messages: by its name, also one its statement calls it by in prose. */
function shown(block: NetworkBlock): string {
  const name = nameOf(block);
  return name !== undefined && block.name === block.mention.text ? `${name} (${show(block)})` : show(block);
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
    re = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'i');
    words.set(name, re);
  }
  return re;
}

/** A statement at `at` lies in the section the heading that states `block` opens (before a heading of its level or above). */
function sectionOfHeading(sections: readonly Section[], block: NetworkBlock, at: number): boolean {
  if (block.context.kind !== 'heading' || at <= block.context.start) return false;
  const own = sections.find((s) => s.start === block.context.start);
  if (!own) return false;
  return !sections.some((s) => s.start > own.start && s.start < at && s.level <= own.level);
}

const TGW_ID = /\btgw-[0-9a-f]{8,17}\b/gi;

/** Rows of one table that both say Transit Gateway, naming no different gateways. */
function sameTableTgw(linked: Linked, a: AnalyzedContext, b: AnalyzedContext): boolean {
  if (a.kind !== 'tableRow' || b.kind !== 'tableRow' || a === b || a.header === undefined || a.header !== b.header) return false;
  const tgw = (c: AnalyzedContext): boolean => linked.some((entry) => entry.context === c && entry.link === 'tgw');
  if (!tgw(a) || !tgw(b)) return false;
  const ids = (c: AnalyzedContext): string => [...c.text.matchAll(TGW_ID)].map((m) => m[0].toLowerCase()).sort().join(',');
  return ids(a) === ids(b);
}

/** Contexts that tie two VPCs together: both in one statement, or both names in one statement with a link word. */
function linkBetween(contexts: readonly AnalyzedContext[], linked: Linked, sections: readonly Section[], a: NetworkBlock, b: NetworkBlock): { link: Link; context: AnalyzedContext } | undefined {
  if (a.context === b.context) {
    // From the list, not link(text) again: on a minified line every pair shares one 1 MB statement.
    const l = linked.find((entry) => entry.context === a.context)?.link;
    return l ? { link: l, context: a.context } : undefined;
  }
  // Two rows of one table that both attach to the Transit Gateway ("| prod | 10.20.0.0/16 | TGW |").
  const sameTgw = sameTableTgw(linked, a.context, b.context);
  if (sameTgw) return { link: 'tgw', context: b.context };
  const na = nameOf(a);
  const nb = nameOf(b);
  if (!na || !nb || na.toLowerCase() === nb.toLowerCase()) return undefined;
  // Only statements with a link word can tie two VPCs (same first match as scanning every context in order).
  // A statement in the section a VPC's heading opens speaks of that VPC without naming it.
  for (const { context, link: l } of linked) {
    const namesA = wordOf(na).test(context.text) || sectionOfHeading(sections, a, context.start);
    const namesB = wordOf(nb).test(context.text) || sectionOfHeading(sections, b, context.start);
    if (namesA && namesB) return { link: l, context };
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

/** A block of a network the plan connects to but does not own: an on-premises range, a partner's peered VPC. */
interface ForeignRange {
  readonly cidr: Cidr;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly context: AnalyzedContext;
}

function onPremRanges(contexts: readonly AnalyzedContext[]): ForeignRange[] {
  const out: ForeignRange[] = [];
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

/** "Partner VPC (Acme, `10.9.128.0/20`)": someone else's VPC, which the role binder keeps out of the plan's VPCs. */
const FOREIGN_VPC_BEFORE = /\b(?:partner|customer|vendor|third[- ]party|client|peer(?:ed)?)(?:['’]s)?[ \t]+(?:[\w-]{1,30}[ \t]+)?VPC\b[^.;|\n]{0,40}$/i;

/** Blocks of other parties' VPCs in statements that peer them: they overlap the plan's VPCs they are peered with. */
function foreignPeers(linked: Linked): ForeignRange[] {
  const out: ForeignRange[] = [];
  for (const { context, link: l } of linked) {
    if (l !== 'peering') continue;
    for (const m of context.cidrs) {
      if (!m.cidr || m.role === 'vpc' || m.role === 'subnet') continue;
      const before = context.text.slice(Math.max(0, m.start - context.start - 60), m.start - context.start);
      if (FOREIGN_VPC_BEFORE.test(before) && !ONPREM_BEFORE.test(before)) out.push({ cidr: m.cidr, start: m.start, end: m.end, text: m.text, context });
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
    'addresses unreachable. The pair must be linked in the text (one statement, both names with a peering/TGW word — a statement in ' +
    'the section a VPC\'s heading opens speaks for that VPC —, two rows of one table attached to the same Transit Gateway, or an IaC ' +
    'peering resource referencing both). A VPC\'s name may be the words its statement calls it by ("the production VPC"). A VPC carved from a corporate supernet (10.0.0.0/8) is not flagged.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc-peering.overlap', 'transit-gateway.attachments'],
  fixable: false,
  examples: {
    flag: [
      { text: 'VPC-A (10.0.0.0/16) is peered with VPC-B (10.0.0.0/16).', flagged: ['10.0.0.0/16'] },
      // Another party's VPC, peered with one of the plan's by name.
      { text: '| VPC | CIDR |\n| --- | --- |\n| prod | 10.9.0.0/16 |\n\nThe partner VPC (Acme, 10.9.128.0/20) is peered with prod.', flagged: ['10.9.128.0/20'] },
      { text: '- `core` VPC: 10.81.0.0/20\n\n`core` also peers with the `backoffice` VPC, 10.81.12.0/22.', flagged: ['10.81.12.0/22'] },
      {
        text: '| VPC | CIDR |\n| --- | --- |\n| prod | 10.0.0.0/16 |\n| shared | 10.0.128.0/17 |\n\nWe peer prod with shared for the directory service.',
        flagged: ['10.0.128.0/17'],
      },
      { text: 'The production VPC is 10.20.0.0/16. The shared VPC uses 10.20.0.0/16 and is peered with the production VPC.', flagged: ['10.20.0.0/16'] },
      { text: '| VPC | CIDR | Attached to |\n| --- | --- | --- |\n| prod | 10.20.0.0/16 | TGW |\n| shared | 10.20.0.0/16 | TGW |', flagged: ['10.20.0.0/16'] },
      {
        text: 'The office LAN is 192.168.0.0/16. The VPC uses 192.168.10.0/24 and reaches the office over Direct Connect.',
        flagged: ['192.168.10.0/24'],
      },
    ],
    pass: [
      'VPC-A 10.0.0.0/16 is peered with VPC-B 10.1.0.0/16.',
      'Our corporate WAN is 10.0.0.0/8, so the VPC takes 10.20.0.0/16 from it; a Site-to-Site VPN connects them.',
      'Dev VPC 10.0.0.0/16 and test VPC 10.0.0.0/16 are never peered.',
      'The production VPC is 10.20.0.0/16. The staging VPC is 10.20.0.0/16 too, and they are never peered.',
      '| VPC | CIDR | Attached to |\n| --- | --- | --- |\n| a | 10.50.0.0/16 | tgw-0123456789abcdef0 |\n| b | 10.50.0.0/16 | tgw-0fedcba9876543210 |',
      '| VPC | CIDR |\n| --- | --- |\n| dev | 10.0.0.0/16 |\n| sandbox | 10.0.0.0/16 |',
      '| VPC | CIDR |\n| --- | --- |\n| prod | 10.9.0.0/16 |\n\nThe partner VPC (Acme, 172.31.0.0/16) is peered with prod.',
    ],
  },
  select: (context) =>
    context.cidrs.length > 0 || (context.kind === 'code' && context.resourceType !== undefined) || PEERING.test(context.text) || TGW.test(context.text) || HYBRID.test(context.text),
  check({ model, contexts }, report) {
    const linked = linkedContexts(contexts);
    const hybrid = contexts.some((c) => HYBRID.test(c.text));
    // No link word, no peering or TGW resource and no hybrid link: no pair or on-premises range can be
    // reported, so no VPC need be named (a prose scan each: 0.1-0.2 s for 5,700 VPCs on every edit).
    const canLink = hybrid || linked.length > 0 || contexts.some((c) => c.kind === 'code' && c.resourceType !== undefined && link(c.resourceType) !== undefined);
    // A VPC restated under the same name ("## Subnets of pay-prod (10.20.0.0/16)" after its table row) is one network.
    // (One pass keyed by name and network: a pairwise scan was quadratic in the document's VPC blocks.)
    const stated = new Set<string>();
    const vpcs = !canLink ? [] : model.vpcs.filter((v) => {
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
        if (sameNetwork(a, b) && a.context !== b.context && (nameOf(a)?.toLowerCase() === nameOf(b)?.toLowerCase() || !nameOf(a) || !nameOf(b))) continue;
        if (reported.has(b.mention.start)) continue;
        const found = linkBetween(contexts, linked, model.scopes.sections, a, b);
        if (!found || showsAlternatives(a, b)) continue;
        reported.add(b.mention.start);
        const peering = found.link === 'peering';
        report({
          start: b.mention.start,
          end: b.mention.end,
          severity: peering ? 'error' : 'warning',
          message: peering
            ? `VPC ${shown(a)} and VPC ${shown(b)} overlap; AWS cannot peer VPCs with overlapping IPv4 CIDRs.`
            : `VPC ${shown(a)} and VPC ${shown(b)} overlap; a Transit Gateway cannot route between overlapping ranges.`,
          related: [{ start: a.mention.start, end: a.mention.end, message: `overlaps VPC ${shown(a)}` }],
          factIds: [peering ? 'vpc-peering.overlap' : 'transit-gateway.attachments'],
        });
      }
    }
    for (const peer of foreignPeers(linked)) {
      const vpc = vpcs.find((v) => {
        if (v.context === peer.context || !overlaps(v.cidr, peer.cidr) || reported.has(v.mention.start)) return false;
        const name = nameOf(v);
        return (name !== undefined && wordOf(name).test(peer.context.text)) || sectionOfHeading(model.scopes.sections, v, peer.context.start);
      });
      if (!vpc || reported.has(peer.start)) continue;
      reported.add(peer.start);
      report({
        start: peer.start,
        end: peer.end,
        message: `The peered VPC ${peer.text} overlaps VPC ${shown(vpc)}; AWS cannot peer VPCs with overlapping IPv4 CIDRs.`,
        related: [{ start: vpc.mention.start, end: vpc.mention.end, message: `overlaps the peered VPC ${peer.text}` }],
        factIds: ['vpc-peering.overlap'],
      });
    }
    if (!hybrid) return;
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
