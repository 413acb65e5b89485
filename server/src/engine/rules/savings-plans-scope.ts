import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

/** Savings Plans in general (not the EC2 Instance kind, which is locked to a family and Region). */
const SAVINGS_PLANS = /(?<!\bEC2 Instance )\bSavings\s+Plans?\b|(?<!\bEC2 Instance )\bSPs?\b(?= (?:are|is|lock|tie))/i;
/**
 * Savings Plans as bound to a family and Region: "locked to instance family and Region", "Savings
 * Plans only apply to one instance family". Only EC2 Instance Savings Plans are; Compute Savings
 * Plans apply across families, sizes, Regions, operating systems, Fargate and Lambda.
 */
const LOCKED: readonly ClaimFrame[] = [
  {
    subject: SAVINGS_PLANS,
    predicate: /\b(?:locked|tied|bound|restricted|limited|fixed|committed)\s+to\s+(?:an?\s+|one\s+|a\s+single\s+|the\s+|a\s+specific\s+|specific\s+)?(?:instance\s+)?(?:family|families|Region)\b|\b(?:only|just)\s+(?:apply|applies|work|works|cover|covers)\s+(?:to\s+)?(?:one|a\s+single|an?)\s+(?:instance\s+)?(?:family|Region)\b/i,
    reach: 80,
    subjectInScope: true,
  },
];
/** The kinds named: the writer knows which one is locked. */
const KNOWS_KINDS = /\bEC2\s+Instance\s+Savings\s+Plans?\b|\bCompute\s+Savings\s+Plans?\b|\bSageMaker\s+(?:AI\s+)?Savings\s+Plans?\b|\bFargate\b|\bLambda\b|\bReserved\s+Instances?\b|\bRIs?\b/i;

export const savingsPlansScope: ContextRule = {
  id: 'savings-plans-scope',
  scope: 'context',
  description: 'Savings Plans in general said to be locked to an instance family and Region, which only EC2 Instance Savings Plans are.',
  rationale:
    'There are several kinds of Savings Plans. EC2 Instance Savings Plans (up to 72 % off) are tied to one instance family in one ' +
    'Region, with any size, operating system and tenancy. Compute Savings Plans (up to 66 %) apply to any family, size, Region and ' +
    'operating system and also cover Fargate and Lambda; SageMaker AI Savings Plans cover SageMaker AI. Saying Savings ' +
    'Plans are locked to a family and Region describes only the first kind. Text that names the kinds (or Reserved Instances, which ' +
    'are scoped that way) is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['savings-plans.ec2-instance-discount'],
  cue: { words: ['famil', 'region'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'Savings Plans are locked to an instance family and Region.', flagged: ['Savings Plans are locked to an instance family'] },
      { text: '3. **Savings Plans:**\n   - Locked to instance family and region, supporting different operating systems.', flagged: ['Locked to instance family'] },
      { text: 'A Savings Plan only applies to one instance family.', flagged: ['Savings Plan only applies to one instance family'] },
    ],
    pass: [
      'EC2 Instance Savings Plans are locked to an instance family and Region.',
      'Compute Savings Plans are not locked to an instance family or Region.',
      'Are Savings Plans locked to an instance family?',
      'Standard Reserved Instances are locked to an instance family.',
      'Unlike Savings Plans, our reservations are tied to one instance family.',
    ],
  },
  check(context, report) {
    if (!/\b(?:family|families|Region)\b/i.test(context.text) || KNOWS_KINDS.test(context.text)) return;
    if (!SAVINGS_PLANS.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' '))) return;
    for (const claim of assertedClaims(context, LOCKED)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Only EC2 Instance Savings Plans are tied to one instance family in one Region; Compute Savings Plans apply to any family, size and Region and also cover Fargate and Lambda.',
      });
    }
  },
};
