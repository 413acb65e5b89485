import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

/** Lambda@Edge by name, or by what only it does: a function replicated to the edge locations. */
const LAMBDA_EDGE = /\bLambda@Edge\b|\bLambda\s+at\s+Edge\b|\bedge\s+functions?\b|\breplicated\s+to\s+(?:the\s+|all\s+)?(?:CloudFront\s+)?edge\s+locations\b/i;
/**
 * The Region of a Lambda@Edge function as a habit or a choice: "deployed in one Region (typically
 * us-east-1)", "usually created in N. Virginia", "create it in any Region and CloudFront replicates
 * it". The function must be created in us-east-1.
 */
const REGION_AS_HABIT: readonly ClaimFrame[] = [
  {
    subject: LAMBDA_EDGE,
    predicate:
      /\b(?:typically|usually|normally|generally|often|mostly|commonly|preferably|ideally|recommended)\b[^.;]{0,20}?\b(?:us-east-1|N(?:orth(?:ern)?|\.)\s*Virginia|US\s+East)\b|\b(?:us-east-1|N(?:orth(?:ern)?|\.)\s*Virginia|US\s+East)\b[^.;]{0,12}?\b(?:typically|usually|normally|generally|often|by\s+default|is\s+recommended|preferred|ideally)\b|\b(?:in|into|from)\s+(?:any\s+(?:AWS\s+)?Region|a\s+Region\s+of\s+your\s+choice|whichever\s+Region|the\s+Region\s+(?:closest|nearest)\s+to\s+(?:you|your\s+users))\b/i,
    reach: 80,
    subjectInScope: true,
  },
];

export const lambdaEdgeRegion: ContextRule = {
  id: 'lambda-edge-region',
  scope: 'context',
  description: 'A Lambda@Edge function said to be created "typically" in us-east-1 or in any Region, although it must be created in us-east-1.',
  rationale:
    'A Lambda@Edge function must be created in US East (N. Virginia), us-east-1, and associated with a CloudFront distribution as a ' +
    'numbered version; CloudFront then replicates it to the Regions near its edge locations. "Typically" or "any Region" suggests a ' +
    'choice that does not exist: a deployment pipeline that builds the function in another Region cannot attach it to the distribution.',
  severity: 'info',
  category: 'behaviour',
  facts: ['lambda-edge.region'],
  cue: { words: ['us', 'virginia', 'any', 'choice', 'closest', 'nearest'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'Lambda@Edge functions are deployed in one AWS Region (typically us-east-1), then replicated to edge locations.', flagged: ['Lambda@Edge functions are deployed in one AWS Region (typically us-east-1'] },
      { text: 'You can write a Lambda@Edge function in any Region and CloudFront copies it to the edge.', flagged: ['Lambda@Edge function in any Region'] },
      { text: '- Lambda@Edge\n  - Usually created in us-east-1.', flagged: ['Usually created in us-east-1'] },
    ],
    pass: [
      'Lambda@Edge functions must be created in us-east-1.',
      'A Lambda@Edge function cannot be created in any Region other than us-east-1.',
      'Is a Lambda@Edge function typically created in us-east-1?',
      'Our Lambda functions usually run in eu-west-1.',
      'CloudFront Functions run at every edge location; Lambda@Edge is created in us-east-1.',
    ],
  },
  fromSection: { services: ['lambda-edge'], cue: /us-east-1|Virginia|US\s+East|\bany\s+Region/i, otherServices: true },
  check(context, report) {
    if (!/us-east-1|Virginia|US\s+East|\bany\b|\bchoice\b|\bclosest\b|\bnearest\b/i.test(context.text)) return;
    if (/\bmust\b|\brequired?\b|\bonly\b|\bhas\s+to\b|\bhave\s+to\b|\bneeds?\s+to\b/i.test(context.text)) return;
    for (const claim of assertedClaims(context, REGION_AS_HABIT)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A Lambda@Edge function must be created in us-east-1 (US East, N. Virginia) and attached as a numbered version; CloudFront replicates it from there.',
      });
    }
  },
};
