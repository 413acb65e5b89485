import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const CLOUDFRONT = /\b(?:Amazon\s+)?CloudFront\b(?:\s+distributions?)?/i;
/** The origin kinds VPC origins serve: an ALB, NLB or EC2 instance (S3 is private through OAC, another matter). */
const ORIGIN = String.raw`(?:(?:the\s+|an?\s+|our\s+|its\s+)?(?:ALBs?|NLBs?|(?:Application|Network)\s+Load\s+Balancers?|load\s+balancers?|EC2(?:\s+instances?)?|instances|origin(?:\s+servers?)?|backends?|web\s+servers?)(?:\s+behind\s+the\s+(?:ALB|NLB|load\s+balancer))?)`;
const MUST_BE_PUBLIC = String.raw`(?:must|has\s+to|have\s+to|needs?\s+to|should)\s+be\s+(?:configured\s+(?:to\s+be|as)\s+)?(?:publicly\s+(?:accessible|reachable|exposed|available)|public(?:ly)?(?:[- ]facing)?|internet[- ]facing|exposed\s+to\s+the\s+internet|in\s+(?:a\s+)?public\s+subnets?|reachable\s+from\s+the\s+internet)`;

/**
 * Public origins only: "the ALB must be internet-facing for CloudFront", "CloudFront cannot reach private
 * origins", "CloudFront does not support private access".
 */
const PUBLIC_ONLY: readonly ClaimFrame[] = [
  {
    subject: CLOUDFRONT,
    predicate: new RegExp(String.raw`\b${ORIGIN}\s+${MUST_BE_PUBLIC}\b`, 'i'),
    reach: 60,
  },
  {
    subject: CLOUDFRONT,
    predicate:
      /\b(?:does\s+not|doesn't|do\s+not|don't|cannot|can't|can\s+not|won't|is\s+unable\s+to)\s+(?:support|reach|access|connect\s+to|talk\s+to|use|route\s+to|serve\s+from|work\s+with)\s+(?:a\s+|an\s+)?(?:private|internal)\s+(?:access|origins?|ALBs?|NLBs?|load\s+balancers?|subnets?|instances|EC2(?:\s+instances?)?|endpoints?|resources|IPs?|IP\s+addresses)\b|\b(?:only\s+(?:supports?|works?\s+with|reaches|connects\s+to)|requires?)\s+(?:a\s+)?(?:public|internet[- ]facing)\s+(?:origins?|ALBs?|NLBs?|load\s+balancers?|endpoints?)\b/i,
    reach: 20,
    ordered: true,
  },
];
/** VPC origins, S3 (OAC/OAI), other front doors, or the date they arrived: the writer knows or means something else. */
const OTHER_CASE = /\bVPC\s+origins?\b|\bS3\b|\bbuckets?\b|\bOA[CI]\b|\bGlobal\s+Accelerator\b|\bAPI\s+Gateway\b|\bPrivateLink\b|\bNovember\s+2024\b|\b2024\b|\b2025\b|\b2026\b/i;

export const cloudfrontPublicOrigin: ContextRule = {
  id: 'cloudfront-public-origin',
  scope: 'context',
  cue: { words: ['cloudfront'] },
  description: 'CloudFront said to need a public ALB, NLB or EC2 origin, although VPC origins reach private ones.',
  rationale:
    'Since November 2024 CloudFront VPC origins deliver content from Application Load Balancers, Network Load Balancers and EC2 ' +
    'instances in private subnets, so CloudFront can be the only way in. Even with a public ALB origin, the instances behind the ALB ' +
    'never had to be public. Before VPC origins an ALB or EC2 origin had to be internet-facing, so the statement may be right in a ' +
    'document dated earlier; the finding is informational. Text about S3 origins, VPC origins, Global Accelerator or API Gateway is not ' +
    'flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['cloudfront.vpc-origins'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'The ALB must be configured to be publicly accessible to allow CloudFront to connect to it.',
        flagged: ['The ALB must be configured to be publicly accessible to allow CloudFront'],
      },
      { text: 'CloudFront cannot reach private load balancers, so the ALB sits in public subnets.', flagged: ['CloudFront cannot reach private load balancers'] },
      { text: 'For CloudFront, the EC2 instances behind the ALB must be public.', flagged: ['CloudFront, the EC2 instances behind the ALB must be public'] },
    ],
    pass: [
      'CloudFront reaches the internal ALB through a VPC origin.',
      'CloudFront can use a private ALB as an origin, so the ALB need not be internet-facing.',
      'Must the ALB be internet-facing for CloudFront?',
      'Before November 2024 an ALB origin of CloudFront had to be internet-facing.',
      'The S3 bucket does not need to be public for CloudFront; OAC signs the requests.',
    ],
  },
  check(context, report) {
    if (!CLOUDFRONT.test(context.text) || OTHER_CASE.test(context.text)) return;
    for (const claim of assertedClaims(context, PUBLIC_ONLY)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'CloudFront VPC origins (since November 2024) reach ALBs, NLBs and EC2 instances in private subnets; instances behind an ALB origin never had to be public.',
      });
    }
  },
};
