import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const SNS = /\b(?:Amazon\s+)?SNS\b|\bSimple\s+Notification\s+Service\b/i;
/** Another queueing service between SNS and the queue owns the queue ("SNS fans out to SQS FIFO queues"). */
const OTHER_QUEUE = /\bSQS\b|\bSimple\s+Queue\s+Service\b|\bAmazon\s+MQ\b|\bKinesis\b|\bEventBridge\b|\bRabbitMQ\b|\bKafka\b/i;
/** What a queue subscribed to a topic is called in passing: "the SNS queue subscription", "queue policy". */
const NOT_A_QUEUE_OF_SNS = /^\s+(?:as\s+)?(?:subscri\w*|polic(?:y|ies)|permissions?|targets?|endpoints?|consumers?|subscribers?)\b/i;

/**
 * SNS said to have queues: "an SNS FIFO queue", "SNS offers standard and FIFO queues", "FIFO queues in
 * SNS". SNS has topics (standard and FIFO); queues are SQS.
 */
const SNS_QUEUES: readonly ClaimFrame[] = [
  { subject: SNS, predicate: /\b(?:FIFO\s+|standard\s+)?queues?\b/i, reach: 1, ordered: true },
  {
    subject: SNS,
    predicate:
      /\b(?:has|have|offers?|supports?|provides?|creates?|comes\s+with|introduced)\s+(?:both\s+)?(?:standard\s+(?:and|or)\s+)?FIFO\s+queues?\b/i,
    reach: 30,
    ordered: true,
    rival: OTHER_QUEUE,
  },
  { subject: SNS, predicate: /\b(?:FIFO\s+)?queues?\s+(?:in|of|on)\b/i, reach: 1 },
];
/** A dead-letter queue belongs to an SNS subscription (it is an SQS queue): correct. */
const DLQ = /\bdead[- ]letter\b|\bDLQs?\b|\bredrive\b/i;

export const snsQueue: ContextRule = {
  id: 'sns-queue',
  scope: 'context',
  cue: { words: ['queue'] },
  description: 'Amazon SNS said to have queues (an "SNS FIFO queue"), although SNS has topics and the queues are SQS.',
  rationale:
    'Amazon SNS publishes to topics: standard topics, and FIFO topics (names end in `.fifo`) that order and deduplicate by message ' +
    'group ID. It has no queues. A FIFO topic delivers to subscribed SQS queues (FIFO or standard), which is where messages wait. ' +
    '"SNS FIFO queue" usually means an SNS FIFO topic or the SQS FIFO queue subscribed to it; the design should say which, because ' +
    'the two are created, named and paid for differently. Dead-letter queues of SNS subscriptions (they are SQS queues) and text that ' +
    'puts SQS between SNS and the queue are not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['sns.fifo'],
  fixable: false,
  examples: {
    flag: [
      {
        text: '- **Similarity to SQS FIFO:** SNS FIFO queues offer similar features to SQS FIFO queues, including deduplication.',
        flagged: ['SNS FIFO queues'],
      },
      { text: 'Amazon SNS offers standard and FIFO queues.', flagged: ['Amazon SNS offers standard and FIFO queues'] },
      { text: 'Payments go through FIFO queues in SNS.', flagged: ['FIFO queues in SNS'] },
    ],
    pass: [
      'An SNS FIFO topic fans out to SQS FIFO queues.',
      'SNS has no queues, only topics.',
      'Does SNS have FIFO queues?',
      'Each SNS subscription has a dead-letter queue for failed deliveries.',
      'The SNS/SQS queue pattern decouples the producers.',
      'Create the SNS queue subscription with raw message delivery.',
    ],
  },
  check(context, report) {
    if (!/\bqueues?\b/i.test(context.text) || !SNS.test(context.text) || DLQ.test(context.text)) return;
    for (const claim of assertedClaims(context, SNS_QUEUES)) {
      if (NOT_A_QUEUE_OF_SNS.test(context.text.slice(claim.end - context.start))) continue;
      report({
        start: claim.start,
        end: claim.end,
        message: 'Amazon SNS has topics, not queues: FIFO topics order and deduplicate messages and deliver them to subscribed SQS queues.',
      });
    }
  },
};
