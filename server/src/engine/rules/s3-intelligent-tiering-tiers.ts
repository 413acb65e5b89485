import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const INT = /\b(?:S3\s+)?Intelligent[- ]Tiering\b|\bINTELLIGENT_TIERING\b/i;
/** Two tiers: "moves data between two access tiers", "has two tiers, frequent and infrequent". */
const TWO_TIERS: readonly ClaimFrame[] = [
  {
    subject: INT,
    predicate:
      /\b(?:between|across|among|into|with|has|have|uses?|offers?|provides?|of)\s+(?:only\s+|just\s+)?(?:two|2)\s+(?:(?:access|storage|automatic|pricing)\s+)?tiers\b|\b(?:two|2)[- ]tier(?:ed)?\b|\bthe\s+(?:two|2)\s+(?:(?:access|storage)\s+)?tiers\b|\bbetween\s+(?:the\s+)?frequent(?:\s+access)?\s+and\s+(?:the\s+)?infrequent(?:\s+access)?\s+tiers?(?:\s+only)?(?=\s*[.;]|\s*$)/i,
    reach: 80,
  },
];
/** The archive tiers, three tiers or Archive Instant Access named: the writer knows the rest. */
const KNOWS_TIERS = /\bArchive\s+(?:Instant\s+)?Access\b|\bDeep\s+Archive\b|\bthree\b|\b3\s+(?:access\s+)?tiers\b|\bfive\b|\barchive\s+tiers?\b|\bRedshift\b|\bDynamoDB\b/i;

export const s3IntelligentTieringTiers: ContextRule = {
  id: 's3-intelligent-tiering-tiers',
  scope: 'context',
  cue: { words: ['intelligent'] },
  description: 'S3 Intelligent-Tiering said to move objects between two tiers, although it has three automatic tiers.',
  rationale:
    'S3 Intelligent-Tiering moves each object among three low-latency tiers automatically: Frequent Access, Infrequent Access (after ' +
    '30 days without access) and Archive Instant Access (after 90 days), and optionally into Archive Access and Deep Archive Access. ' +
    'The two-tier description dates from its launch in 2018. Text that names the archive tiers or three tiers is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['s3-intelligent-tiering.tiers'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'S3 Intelligent-Tiering: Automatically moves data between two access tiers when access patterns change.',
        flagged: ['S3 Intelligent-Tiering: Automatically moves data between two access tiers'],
      },
      { text: 'Intelligent-Tiering has two tiers, frequent and infrequent.', flagged: ['Intelligent-Tiering has two tiers'] },
      { text: 'We rely on the two-tier model of S3 Intelligent-Tiering for logs.', flagged: ['two-tier model of S3 Intelligent-Tiering'] },
    ],
    pass: [
      'S3 Intelligent-Tiering moves objects among Frequent, Infrequent and Archive Instant Access tiers.',
      'S3 Intelligent-Tiering does not have just two tiers.',
      'Does S3 Intelligent-Tiering move data between two tiers?',
      'At launch in 2018, S3 Intelligent-Tiering had two tiers; it now has three plus optional archive tiers.',
      'Our lifecycle rule moves logs between two storage classes, Standard and Glacier, not Intelligent-Tiering.',
    ],
  },
  check(context, report) {
    if (!INT.test(context.text) || KNOWS_TIERS.test(context.text)) return;
    for (const claim of assertedClaims(context, TWO_TIERS)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'S3 Intelligent-Tiering has three automatic tiers (Frequent, Infrequent, Archive Instant Access) plus optional Archive Access and Deep Archive Access.',
      });
    }
  },
};
