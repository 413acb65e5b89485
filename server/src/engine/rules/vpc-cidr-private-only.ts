import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

/** A VPC's address range, or a VPC itself. */
const VPC_RANGE =
  /\bVPC(?:'s|s)?\s+(?:(?:primary|secondary)\s+)?(?:IPv4\s+)?(?:CIDRs?|CIDR\s+(?:blocks?|ranges?)|(?:IP\s+)?address(?:es|\s+(?:ranges?|space|blocks?))|IP\s+ranges?)\b|\b(?:CIDRs?|CIDR\s+blocks?|(?:IP\s+)?address\s+ranges?)\s+(?:of|for)\s+(?:a|the|an?y|each|every)\s+VPCs?\b|\b(?:a|an?y|each|every)\s+VPC\b|\bVPCs\b/i;
const PRIVATE_RANGE = String.raw`(?:(?:the\s+|an?\s+)?(?:private|RFC[\s-]?1918|non-?(?:publicly[\s-])?routable)(?:\s+(?:IPv4|IP))?(?:\s+(?:address(?:es)?|CIDRs?|ranges?|blocks?|space|networks?))*)`;
const PUBLIC_RANGE = String.raw`(?:(?:a\s+|any\s+)?(?:public(?:ly[\s-]routable)?|internet[\s-]routable|non-RFC[\s-]?1918)(?:\s+(?:IPv4|IP))?(?:\s+(?:address(?:es)?|CIDRs?|ranges?|blocks?|space))+)`;

/**
 * Only private ranges: "VPC CIDRs can only use RFC 1918 ranges", "a VPC only accepts private
 * addresses", "you cannot give a VPC a public CIDR", "public ranges are not allowed in a VPC". AWS
 * recommends RFC 1918 and accepts publicly routable blocks.
 */
const PRIVATE_ONLY: readonly ClaimFrame[] = [
  {
    subject: VPC_RANGE,
    predicate: new RegExp(
      String.raw`\b(?:can|may)\s+only\s+(?:be\s+(?:from|in|within)\s+|use\s+|come\s+from\s+|contain\s+|have\s+)${PRIVATE_RANGE}|\bonly\s+(?:supports?|allows?|accepts?|permits?|takes?)\s+${PRIVATE_RANGE}|\b(?:must|has\s+to|have\s+to|need\s+to|needs\s+to|(?:is|are)\s+required\s+to)\s+(?:be\s+(?:from|in|within|taken\s+from|drawn\s+from)\s+|be\s+|use\s+|come\s+from\s+|adhere\s+to\s+|fall\s+(?:with)?in\s+|conform\s+to\s+)${PRIVATE_RANGE}|\b(?:is|are)\s+(?:always|necessarily)\s+(?:in\s+|from\s+|within\s+)?${PRIVATE_RANGE}`,
      'i',
    ),
    reach: 30,
    ordered: true,
  },
  {
    subject: VPC_RANGE,
    predicate: new RegExp(
      String.raw`\b(?:cannot|can't|can\s+not)\s+(?:use|have|be\s+given|be\s+assigned|take|contain)\s+${PUBLIC_RANGE}|${PUBLIC_RANGE}\s+(?:(?:is|are)\s+not|aren't|isn't)\s+(?:allowed|permitted|supported|possible|valid)\b`,
      'i',
    ),
    reach: 30,
  },
];
/**
 * A house rule, not a claim about AWS: "our", "per the network standard", an IPAM pool, or a reason of
 * the team's own ("to avoid overlaps"). Also "should"/"recommend": that is what AWS says.
 */
const OWN_POLICY =
  /\b(?:our|we|us|policy|policies|standards?|conventions?|guidelines?|IPAM|allocated|allocation|plan|corporate|company|organi[sz]ation(?:'s|al)?|should|recommend\w*|best\s+practice|overlap\w*|conflict\w*|peer\w*|on-?prem\w*|VPN|Direct\s+Connect|Transit\s+Gateway)\b/i;

export const vpcCidrPrivateOnly: ContextRule = {
  id: 'vpc-cidr-private-only',
  scope: 'context',
  cue: { words: ['vpc'] },
  description: 'A VPC said to accept only private (RFC 1918) IPv4 ranges, although AWS also accepts publicly routable CIDR blocks.',
  rationale:
    'AWS recommends a VPC CIDR block from the RFC 1918 ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), but a VPC can also be ' +
    'created with a publicly routable block outside them (and 100.64.0.0/10 is used too); such addresses are still private to the VPC ' +
    'and are not reachable from the internet unless the VPC routes them. A design that assumes AWS will refuse anything else may miss ' +
    'that a range it owns, or a CGNAT range, is an option. House rules ("our VPCs must use 10.0.0.0/8 from IPAM"), recommendations and ' +
    'reasons about overlaps with connected networks are not flagged.',
  severity: 'info',
  category: 'addressing',
  facts: ['vpc.public-cidr-allowed'],
  fixable: false,
  examples: {
    flag: [
      { text: ' - VPC CIDRs must adhere to private IPv4 ranges to maintain internal network privacy.', flagged: ['VPC CIDRs must adhere to private IPv4 ranges'] },
      { text: 'A VPC can only use RFC 1918 address space.', flagged: ['A VPC can only use RFC 1918 address space'] },
      { text: 'Public IP ranges are not allowed as the CIDR of a VPC.', flagged: ['Public IP ranges are not allowed as the CIDR of a VPC'] },
    ],
    pass: [
      'AWS recommends RFC 1918 ranges for VPC CIDRs but accepts publicly routable blocks.',
      'Our VPC CIDRs must come from the 10.0.0.0/8 IPAM pool.',
      'A VPC CIDR does not have to be an RFC 1918 range.',
      'Must a VPC CIDR be private?',
      'VPC CIDRs should be RFC 1918 ranges that do not overlap the data centre.',
    ],
  },
  check(context, report) {
    if (!/\bVPCs?\b/i.test(context.text) || !/private|RFC[\s-]?1918|routable|public/i.test(context.text) || OWN_POLICY.test(context.text)) return;
    for (const claim of assertedClaims(context, PRIVATE_ONLY)) {
      report({
        start: claim.start,
        end: claim.end,
        message:
          'AWS recommends RFC 1918 ranges for a VPC, but also accepts publicly routable IPv4 CIDR blocks (they stay private to the VPC unless routed).',
      });
    }
  },
};
