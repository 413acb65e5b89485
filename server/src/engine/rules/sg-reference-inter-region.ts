import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const SG = /\b(?:security[- ]groups?|SGs?)(?:\s+(?:IDs?|rules?|references?))?\b|\bsource\s+groups?\b/i;
const OTHER_REGION = String.raw`(?:(?:another|a\s+different|other|different|the\s+other|remote|peer)\s+(?:AWS\s+)?Regions?|inter-?\s?Region(?:al)?|cross-?\s?Region|across\s+Regions|(?:another|a\s+different|other)\s+account\s+(?:or|and|\/)\s+Region)`;
/**
 * A peer group referenced across Regions: "security groups of a peered VPC in another Region can be
 * referenced", "over inter-Region peering the rules reference the peer's SG".
 */
const REFERENCE_ACROSS: readonly ClaimFrame[] = [
  {
    subject: SG,
    predicate: new RegExp(String.raw`\b${OTHER_REGION}\b`, 'i'),
    reach: 70,
  },
];
/** The clause must be about referencing a peer's group (not about SGs and Regions in general). */
const REFERENCING = /\breferenc\w*|\bsource\s+groups?\b|\ballow(?:s|ed|ing)?\s+(?:traffic\s+)?from\s+(?:the\s+)?(?:peer|remote)\b/i;
const PEERING = /\bpeer(?:ed|ing|s)?\b/i;
/** Same-Region referencing, the CIDR workaround, or Transit Gateway named: the writer knows the limit. */
const KNOWS_LIMIT = /\bsame\s+(?:AWS\s+)?Region\b|\bCIDRs?\b|\bIP\s+ranges?\b|\bprefix\s+lists?\b|\bTransit\s+Gateway\b|\bTGW\b|\bstale\b/i;

export const sgReferenceInterRegion: ContextRule = {
  id: 'sg-reference-inter-region',
  scope: 'context',
  cue: { words: ['peer'] },
  description: 'A security group rule said to reference a peer VPC group across Regions, which inter-Region peering does not support.',
  rationale:
    'Over a VPC peering connection a security group rule can reference a group of the peer VPC when both VPCs are in the same Region ' +
    '(in the same or another account, with the account number before the group id). Over an inter-Region peering connection it ' +
    'cannot: rules must use the CIDR blocks of the peer VPC instead. Text that says same Region or uses CIDRs, prefix lists or ' +
    'Transit Gateway is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['security-group.peer-reference'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'Security groups from a peered VPC in another account or region can be referenced.',
        flagged: ['Security groups from a peered VPC in another account or region'],
      },
      { text: 'Over inter-Region peering, our rules reference the security group of the peer VPC.', flagged: ['inter-Region peering, our rules reference the security group'] },
      { text: 'The app SG in eu-west-1 allows traffic from the peer SG in another Region by referencing its ID.', flagged: ['SG in eu-west-1 allows traffic from the peer SG in another Region'] },
    ],
    pass: [
      'Security groups of a peered VPC can be referenced only in the same Region.',
      'Over inter-Region peering, reference the peer VPC CIDR instead of its security group.',
      'Security groups cannot be referenced across Regions over peering.',
      'Can a security group reference a peer VPC group in another Region?',
      'Each Region has its own security groups, and peering connects VPCs across Regions.',
    ],
  },
  check(context, report) {
    if (!SG.test(context.text) || !PEERING.test(context.text) || KNOWS_LIMIT.test(context.text)) return;
    for (const claim of assertedClaims(context, REFERENCE_ACROSS, { requires: REFERENCING })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A rule can reference a peer VPC security group only over same-Region peering; across Regions, use the peer VPC CIDR.',
      });
    }
  },
};
