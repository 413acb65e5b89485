import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const SHARD = /\b(?:each|every|a|one|the|any)\s+(?:Kinesis\s+)?shard\b|\bshards\b/i;
/**
 * One reader per shard: "each shard can be consumed by only one consumer", "a shard can be read by a single
 * application", "only one consumer may read a shard at a time".
 */
const ONE_CONSUMER: readonly ClaimFrame[] = [
  {
    subject: SHARD,
    predicate:
      /\b(?:can|may|could)\s+(?:only\s+)?be\s+(?:consumed|read|processed)\s+(?:only\s+)?by\s+(?:only\s+)?(?:one|a\s+single|1|exactly\s+one)\s+(?:consumer|application|app|reader|subscriber|client)s?\b|\b(?:only|just)\s+(?:one|a\s+single|1)\s+(?:consumer|application|app|reader|subscriber|client)\s+(?:can|may)\s+(?:read|consume|process)\b|\b(?:one|a\s+single|1)\s+(?:consumer|application|reader)\s+(?:at\s+a\s+time\s+)?per\s+shard\b|\b(?:cannot|can't|can\s+not)\s+be\s+(?:read|consumed)\s+by\s+(?:multiple|several|more\s+than\s+one|two)\s+(?:consumers|applications|readers)\b/i,
    reach: 40,
  },
  {
    subject: /\bKinesis(?:\s+Data\s+Streams?)?\b/i,
    predicate: /\b(?:allows?|permits?|supports?|has|takes)\s+(?:only\s+)?(?:one|a\s+single|1)\s+(?:consumer|application|reader)\s+per\s+shard\b/i,
    reach: 10,
    ordered: true,
  },
];
/** Within one KCL application a shard has one lease holder (true); other services' shards differ. */
const OTHER_CASE =
  /\bKCL\b|\bKinesis\s+Client\s+Library\b|\bworkers?\b|\bleases?\b|\bconsumer\s+groups?\b|\bwithin\s+(?:a|one|the\s+same)\s+(?:consumer\s+)?application\b|\bDynamoDB\s+Streams\b|\bKafka\b|\bMSK\b|\bpartitions?\b|\bOpenSearch\b|\bElasticsearch\b|\bMongoDB\b|\bDocumentDB\b|\bRedis\b|\bElastiCache\b|\bLambda\b|\benhanced\s+fan-?out\b|\bEFO\b/i;

export const kinesisShardSingleConsumer: ContextRule = {
  id: 'kinesis-shard-single-consumer',
  scope: 'context',
  cue: { words: ['shard'] },
  description: 'A Kinesis shard said to be readable by one consumer only, although several applications can read the same shard.',
  rationale:
    'Several consumer applications can read the same Kinesis data stream shard. Shared-throughput consumers split the shard\'s 2 MB/s ' +
    'of reads (and five GetRecords calls per second); enhanced fan-out consumers (20 per stream by default) each get their own 2 MB/s ' +
    'per shard. What is true is narrower: inside one Kinesis Client Library application, one worker holds the lease of a shard. Text ' +
    'about KCL workers and leases, enhanced fan-out, Lambda or another service\'s shards is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['kinesis-data-streams.consumers'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'Each shard can be consumed by only one consumer, providing strong ordering guarantees within that shard.',
        flagged: ['Each shard can be consumed by only one consumer'],
      },
      { text: 'In Kinesis, only one application can read a shard, so analytics needs a second stream.', flagged: ['only one application can read a shard'] },
      { text: 'A Kinesis shard cannot be read by multiple consumers.', flagged: ['A Kinesis shard cannot be read by multiple consumers'] },
    ],
    pass: [
      'Several applications can read the same Kinesis shard; they share its 2 MB/s.',
      'Within one KCL application, each shard is processed by only one worker.',
      'Can a shard be consumed by only one consumer?',
      'A Kinesis shard is not limited to one consumer.',
      'In Kafka, each partition can be consumed by only one consumer in a consumer group.',
    ],
  },
  check(context, report) {
    if (!/\bshards?\b/i.test(context.text) || OTHER_CASE.test(context.text)) return;
    for (const claim of assertedClaims(context, ONE_CONSUMER)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Several applications can read the same Kinesis shard (shared 2 MB/s, or 2 MB/s each with enhanced fan-out); only inside one KCL application does one worker hold a shard.',
      });
    }
  },
};
