import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const DEFAULT_VPC = /\b(?:the\s+|a\s+|each\s+|every\s+)?default\s+VPCs?\b/i;
const COUNT = String.raw`(?:two|three|four|five|six|2|3|4|5|6)`;
/** A fixed number of subnets: "the default VPC contains three subnets", "comes with two public subnets". */
const FIXED_COUNT: readonly ClaimFrame[] = [
  {
    subject: DEFAULT_VPC,
    predicate: new RegExp(
      String.raw`\b(?:contains?|has|have|comes?\s+with|includes?|provides?|gives\s+you|is\s+created\s+with|consists\s+of)\s+(?:exactly\s+|only\s+|always\s+)?${COUNT}\s+(?:default\s+|public\s+)?subnets\b`,
      'i',
    ),
    reach: 20,
    ordered: true,
  },
];
/** The count tied to the zones or to one Region: the writer knows where it comes from. */
const KNOWS_PER_AZ =
  /\b(?:per|each|every|one\s+(?:default\s+)?subnet\s+(?:in|for)\s+(?:each|every))\s+(?:AZ|Availability\s+Zone)\b|\bone\s+(?:for|in)\s+each\b|\b[a-z]{2}(?:-gov)?-[a-z]+-\d\b|\b(?:this|our|that|the\s+same)\s+Region\b|\bin\s+(?:N\.\s*Virginia|Ohio|Oregon|Ireland|London|Frankfurt|Paris|Tokyo|Sydney|Mumbai|Singapore)\b/i;

export const defaultVpcSubnetCount: ContextRule = {
  id: 'default-vpc-subnet-count',
  scope: 'context',
  cue: { words: ['subnets'] },
  description: 'The default VPC said to have a fixed number of subnets, although it has one default subnet per Availability Zone.',
  rationale:
    'A default VPC (172.31.0.0/16) gets one /20 default subnet in each Availability Zone of its Region, so the count follows the Region: ' +
    'three in many Regions, six in us-east-1. A design or runbook that expects a fixed number (or picks "the three subnets" by index) ' +
    'breaks in another Region. Text that ties the count to the zones or to one named Region is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['vpc.default-cidr'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'The default VPC contains three subnets, each in a different Availability Zone.',
        flagged: ['The default VPC contains three subnets'],
      },
      { text: 'Every default VPC comes with two public subnets.', flagged: ['Every default VPC comes with two public subnets'] },
      { text: '- Default VPC: has 3 subnets and an internet gateway.', flagged: ['Default VPC: has 3 subnets'] },
    ],
    pass: [
      'The default VPC has one default subnet per Availability Zone.',
      'The default VPC in eu-west-2 has three subnets.',
      'Does the default VPC contain three subnets?',
      'The default VPC does not always have three subnets.',
      'Our custom VPC contains three subnets, unlike the default VPC.',
    ],
  },
  check(context, report) {
    if (!/\bsubnets\b/i.test(context.text) || !DEFAULT_VPC.test(context.text) || KNOWS_PER_AZ.test(context.text)) return;
    for (const claim of assertedClaims(context, FIXED_COUNT)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A default VPC has one default subnet in each Availability Zone of its Region, so the number depends on the Region (six in us-east-1).',
      });
    }
  },
};
