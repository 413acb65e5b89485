import { findClaims } from './claims';
import type { ContextRule } from './types';

const STANDARD = /\bstandard\s+(?:SQS\s+)?queues?\b|\bSQS\s+standard\s+queues?\b|\bstandard\s+SQS\b/i;
const ORDER_CLAIM = /\b(?:guarantee[sd]?|preserve[sd]?|keeps?|maintain(?:s|ed)?|ensure[sd]?|provides?|gives?|delivers?|deliver(?:ed|s)?|process(?:es|ed)?|arrive|received?)\b[^.;]{0,40}\b(?:(?:strict|exact|guaranteed|FIFO|message)\s+)?order(?:ing|ed)?\b|\bin\s+(?:strict\s+|exact\s+|the\s+same\s+)?order\b|\bexactly[- ]once\b|\bstrict(?:ly)?\s+order(?:ed|ing)?\b|\bno\s+duplicates?\b/i;
const SOFT = /\bbest[- ]effort\b|\bgenerally\b|\busually\b|\bmostly\b|\bFIFO queues?\b(?![^.;]*\bstandard\b[^.;]*\bguarantee)|\bout of order\b|\bat[- ]least[- ]once\b|\bidempotent\b|\bdedup/i;

export const sqsStandardOrdering: ContextRule = {
  id: 'sqs-standard-ordering',
  scope: 'context',
  description: 'A standard SQS queue relied on for strict ordering or exactly-once delivery.',
  rationale:
    'Standard SQS queues deliver at least once with best-effort ordering: messages can arrive out of order and occasionally twice. ' +
    'Strict order and exactly-once processing need a FIFO queue (per message group) or idempotent consumers that reorder.',
  severity: 'error',
  category: 'behaviour',
  facts: ['sqs.standard-ordering', 'sqs-fifo.ordering'],
  fixable: false,
  examples: {
    flag: [
      'Orders go to a standard SQS queue, which guarantees strict ordering per customer.',
      'We use a standard queue so that payments are processed in order.',
      'The standard queue delivers each message exactly once.',
    ],
    pass: [
      'A standard queue gives best-effort ordering; we use a FIFO queue for payments.',
      'Standard queues do not guarantee order.',
      'Messages in a standard queue can arrive out of order, so consumers are idempotent.',
    ],
  },
  check(context, report) {
    if (!STANDARD.test(context.text)) return;
    for (const claim of findClaims(context, ORDER_CLAIM, { requires: STANDARD, excludes: SOFT })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Standard SQS queues deliver at least once with best-effort ordering; strict order or exactly-once processing needs a FIFO queue.',
      });
    }
  },
};
