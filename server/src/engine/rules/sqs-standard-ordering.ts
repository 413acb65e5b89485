import { distinctClaims, findClaims, findFrames, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const STANDARD = /\bstandard\s+(?:SQS\s+)?queues?\b|\bSQS\s+standard\s+queues?\b|\bstandard\s+SQS\b/i;
const ORDER_CLAIM = /\b(?:guarantee[sd]?|preserve[sd]?|keeps?|maintain(?:s|ed)?|ensure[sd]?|provides?|gives?|delivers?|deliver(?:ed|s)?|process(?:es|ed)?|arrive|received?)\b[^.;]{0,40}\b(?:(?:strict|exact|guaranteed|FIFO|message)\s+)?order(?:ing|ed)?\b|\bin\s+(?:strict\s+|exact\s+|the\s+same\s+)?order\b|\bexactly[- ]once\b|\bstrict(?:ly)?\s+order(?:ed|ing)?\b|\bno\s+duplicates?\b/i;
/**
 * Hedges, and exactly-once or ordering the application builds itself: an idempotency table or key, a
 * dedup store, a conditional write, "in the consumer" ("processed exactly once thanks to the DynamoDB
 * idempotency table" is a correct design on a standard queue).
 */
const SOFT =
  /\bbest[- ]effort\b|\bgenerally\b|\busually\b|\bmostly\b|\bFIFO queues?\b(?![^.;]*\bstandard\b[^.;]*\bguarantee)|\bout of order\b|\bat[- ]least[- ]once\b|\bidempoten(?:t|cy|tly|ce)\b|\bde-?dup|\bconditional (?:writes?|puts?|updates?|checks?)\b|\b(?:by|in|at) the (?:consumers?|applications?|app|workers?|handlers?|receivers?)\b|\b(?:consumer|application|app|client)[- ](?:side|level)\b|\bsequence numbers?\b|\b(?:re-?order|re-?sort)(?:s|ed|ing)?\b|\bprocessed[- ]messages? (?:table|store|log)\b/i;

const SOFT_OR_FIFO = new RegExp(`${SOFT.source}|\\bFIFO\\b(?!\\s+(?:order|ordering|style|fashion|semantics))|\\bmessage groups?\\b|\\bKinesis\\b|\\bshards?\\b`, 'i');
/** Ordering and once-only delivery said in other words, attached to the standard queue. */
const ORDER_FRAMES: readonly ClaimFrame[] = [
  {
    subject: STANDARD,
    predicate:
      /\b(?:never|won't|will not|does not|doesn't|cannot|can't)\s+(?:deliver|send|produce|return|hand out|give)s?\s+(?:a\s+|any\s+)?(?:duplicates?|duplicate messages?|the same message twice|a message twice)\b|\bduplicate[- ]free\b|\bwithout\s+(?:any\s+)?duplicates?\b|\b(?:in\s+sequence|sequentially|one\s+after\s+another\s+in\s+order|first[- ]in[,]?\s+first[- ]out)\b|\bin\s+(?:the\s+)?(?:same\s+)?order\s+(?:they|it|messages?)\s+(?:were|was|are|is)\s+(?:sent|written|published|enqueued|produced)\b|\bonly\s+once\b|\bonce\s+and\s+only\s+once\b/i,
    reach: 80,
  },
];

export const sqsStandardOrdering: ContextRule = {
  id: 'sqs-standard-ordering',
  scope: 'context',
  cue: { words: ['standard'] },
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
      { text: 'Orders go to a standard SQS queue, which guarantees strict ordering per customer.', flagged: ['guarantees strict ordering'] },
      { text: 'We use a standard queue so that payments are processed in order.', flagged: ['processed in order'] },
      { text: 'The standard queue delivers each message exactly once.', flagged: ['exactly once'] },
    ],
    pass: [
      'A standard queue gives best-effort ordering; we use a FIFO queue for payments.',
      'Standard queues do not guarantee order.',
      'Messages in a standard queue can arrive out of order, so consumers are idempotent.',
      '- The SQS standard queue is used for audit events, and each message is processed exactly once thanks to the DynamoDB idempotency table.',
      'Orders go to a standard SQS queue and each order is processed exactly once by the consumer, which checks a processed-messages table.',
    ],
  },
  check(context, report) {
    if (!STANDARD.test(context.text)) return;
    const matches = [...findClaims(context, ORDER_CLAIM, { requires: STANDARD, excludes: SOFT_OR_FIFO }), ...findFrames(context, ORDER_FRAMES, { excludes: SOFT_OR_FIFO })];
    for (const claim of distinctClaims(matches)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Standard SQS queues deliver at least once with best-effort ordering; strict order or exactly-once processing needs a FIFO queue.',
      });
    }
  },
};
