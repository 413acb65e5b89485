import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const PROVISIONED = /\bprovisioned\s+(?:capacity\s+)?(?:mode|capacity|throughput)\b|\bRCUs?\b|\bWCUs?\b|\b(?:read|write)\s+capacity\s+units?\b|\bprovision\b/i;
const NAMES_DYNAMODB = /\bDynamoDB\b|\bRCUs?\b|\bWCUs?\b|\bcapacity\s+units?\b/i;
/**
 * Provisioned capacity as a prepayment: "you provision and pay for RCUs and WCUs upfront", "provisioned
 * mode is paid in advance". Provisioned capacity is billed per capacity-unit hour; only reserved
 * capacity is bought upfront.
 */
const PAID_UPFRONT: readonly ClaimFrame[] = [
  {
    subject: PROVISIONED,
    predicate: /\b(?:pay|paid|paying|pays|billed|charged|purchased?|buy|bought)\b[^.;]{0,80}?\b(?:upfront|up-front|up\s+front|in\s+advance|ahead\s+of\s+time|beforehand)\b/i,
    reach: 60,
  },
];
/** Reserved capacity (which is bought upfront) or the hourly rate named. */
const KNOWS_BILLING = /\breserved\s+capacity\b|\breservations?\b|\bper\s+hour\b|\bhourly\b|\bper\s+(?:RCU|WCU|capacity\s+unit)[- ]hour\b/i;

export const dynamodbProvisionedUpfront: ContextRule = {
  id: 'dynamodb-provisioned-upfront',
  scope: 'context',
  description: 'DynamoDB provisioned capacity said to be paid upfront, although it is billed per capacity-unit hour.',
  rationale:
    'In provisioned mode a DynamoDB table is billed for the read and write capacity units it has provisioned, hour by hour, whether ' +
    'or not they are used; the capacity can be changed (or auto scaled between a minimum and a maximum) at any time. Nothing is paid ' +
    'in advance unless reserved capacity, a separate one- or three-year commitment, is bought. Text that names reserved capacity or ' +
    'the hourly rate is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['dynamodb.capacity-modes'],
  cue: { words: ['upfront', 'up', 'advance', 'ahead', 'beforehand'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'In provisioned mode you provision and pay for the RCUs and WCUs upfront.', flagged: ['provisioned mode you provision and pay for the RCUs and WCUs upfront'] },
      { text: 'DynamoDB provisioned capacity is paid in advance for the month.', flagged: ['provisioned capacity is paid in advance'] },
      { text: 'DynamoDB write capacity units are bought up front.', flagged: ['write capacity units are bought up front'] },
    ],
    pass: [
      'DynamoDB provisioned capacity is billed per capacity-unit hour.',
      'DynamoDB reserved capacity is paid upfront for one or three years.',
      'Is DynamoDB provisioned capacity paid upfront?',
      'Provisioned capacity is not paid upfront.',
      'We pay for the RDS instance upfront with a Reserved Instance.',
    ],
  },
  check(context, report) {
    if (!/upfront|up-front|up\s+front|in\s+advance|ahead\s+of\s+time|beforehand/i.test(context.text) || !NAMES_DYNAMODB.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' ')) || KNOWS_BILLING.test(context.text)) return;
    for (const claim of assertedClaims(context, PAID_UPFRONT)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'DynamoDB provisioned capacity is billed per capacity-unit hour, not upfront; only reserved capacity is a prepaid commitment.',
      });
    }
  },
};
