import { assertedClaims, distinctClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const KAFKA = /\b(?:Amazon\s+)?MSK\b|\bManaged\s+Streaming\s+for\s+(?:Apache\s+)?Kafka\b|\b(?:Apache\s+)?Kafka\b/i;
/**
 * Partitions fixed for good: "partitions cannot be added after the topic is created", "the partition
 * count of a topic is fixed", "you can't increase the number of partitions". Kafka adds partitions to a
 * topic at any time; it cannot remove them.
 */
const FIXED: readonly ClaimFrame[] = [
  {
    subject: KAFKA,
    predicate:
      /\bpartitions?\b(?:(?!\b(?:shards?|Kinesis)\b)[^.;]){0,60}?\b(?:cannot|can't|can\s+not|may\s+not)\s+be\s+(?:(?:dynamically|later|ever|subsequently)\s+)?(?:added|increased|extended|expanded|raised|grown)\b|\b(?:partition\s+count|number\s+of\s+partitions)\b(?:(?!\b(?:Kafka|MSK)\b)[^.;]){0,30}?\b(?:is|are)\s+(?:fixed|immutable|final|permanent)\b|\b(?:cannot|can't|can\s+not)\s+(?:add|increase)\s+(?:more\s+)?partitions\b|\b(?:cannot|can't|can\s+not)\s+(?:increase|raise|change)\s+the\s+(?:partition\s+count|number\s+of\s+partitions)\b/i,
    reach: 80,
  },
];
/** "The partition count of a Kafka topic is fixed": the subject inside the attribute's phrase. */
const COUNT_FIXED: readonly ClaimFrame[] = [
  { subject: KAFKA, predicate: /\b(?:is|are)\s+(?:fixed|immutable|final|permanent)\b/i, reach: 20, ordered: true },
];
const COUNT = /\bpartition\s+count\b|\bnumber\s+of\s+partitions\b|\bpartitions?\s+(?:per|of\s+(?:a|the|each))\b/i;

/** The writer knows partitions can grow: "only be increased", "never decreased", "added but not removed". */
const KNOWS_GROWTH =
  /\b(?:can|may)\s+(?:only\s+)?(?:be\s+)?(?:increased|added|grow)\b|\bonly\s+(?:be\s+)?(?:increased|added)\b|\bdecreas\w*|\breduc\w*|\bfewer\b|\bshrink\w*|\bKinesis\b|\bshards?\b/i;

export const mskPartitionsFixed: ContextRule = {
  id: 'msk-partitions-fixed',
  scope: 'context',
  cue: { words: ['partition'] },
  description: 'Kafka (Amazon MSK) topic partitions said to be fixed at creation, although partitions can be added (never removed).',
  rationale:
    'A Kafka topic, on Amazon MSK as anywhere, can be given more partitions at any time (`kafka-topics.sh --alter --partitions`); what ' +
    'cannot be done is reduce the partition count. Adding partitions changes which partition a key maps to, so keyed ordering across the ' +
    'change needs planning, but it is possible. Text that says partitions can only be increased, or compares with Kinesis shards, is ' +
    'not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['msk.partitions'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'In Amazon MSK, partitions are configured when creating a topic and cannot be dynamically added or removed after creation.',
        flagged: ['Amazon MSK, partitions are configured when creating a topic and cannot be dynamically added'],
      },
      { text: 'The partition count of a Kafka topic is fixed once it is created.', flagged: ['Kafka topic is fixed'] },
      { text: 'On MSK you cannot add partitions to an existing topic.', flagged: ['MSK you cannot add partitions'] },
    ],
    pass: [
      'Kafka partitions can be added to a topic but never removed.',
      'The number of partitions of an MSK topic can only be increased.',
      'Can partitions be added to a Kafka topic later?',
      'Partitions cannot be removed from a Kafka topic.',
      'Kafka partitions cannot be decreased, so start small.',
    ],
  },
  check(context, report) {
    if (!/\bpartition/i.test(context.text) || !KAFKA.test(context.text) || KNOWS_GROWTH.test(context.text)) return;
    for (const claim of distinctClaims([...assertedClaims(context, FIXED), ...assertedClaims(context, COUNT_FIXED, { requires: COUNT })])) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A Kafka topic (Amazon MSK included) can be given more partitions at any time; only reducing the partition count is impossible.',
      });
    }
  },
};
