import type { ServiceCard } from '../types';
import { num, range, text } from '../build';

const QUEUE_QUOTAS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-queues.html';
const MSG_QUOTAS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html';
const FIFO_QUOTAS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-fifo.html';
const FIFO_IN_FLIGHT_120K = 'https://aws.amazon.com/about-aws/whats-new/2024/11/amazon-sqs-increases-in-flight-limit-fifo-queues/';
const VISIBILITY = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html';
const POLLING = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html';
const DLQ = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html';
/** The console steps state the Maximum receives range (1 to 1,000); the overview page does not. */
const DLQ_CONFIGURE = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html';
const SSE = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html';
const FIFO = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fifo-queues.html';
const FIFO_KEY_TERMS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-key-terms.html';
const STANDARD = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues.html';

export const sqs: ServiceCard = {
  id: 'sqs',
  name: 'Amazon Simple Queue Service (SQS)',
  summary: 'Fully managed message queues: standard (at-least-once, best-effort order) and FIFO.',
  aliases: ['SQS', 'Amazon SQS', 'Simple Queue Service', 'Amazon Simple Queue Service', 'SQS queue', 'SQS queues', 'dead-letter queue', 'dead-letter queues', 'DLQ', 'DLQs', 'visibility timeout', 'VisibilityTimeout', 'long polling', 'ReceiveMessageWaitTimeSeconds', 'MessageRetentionPeriod', 'DelaySeconds', 'delay queue'],
  category: 'Application integration',
  docs: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/welcome.html',
  facts: [
    range('sqs.retention', 'Message retention', { min: 60, max: 1_209_600, default: 345_600 }, 'seconds', MSG_QUOTAS, {
      hardLimit: true,
      detail: '60 seconds to 14 days; 4 days by default.',
      changed: { notes: '4 days called a "default minimum"', note: '4 days is the default; the minimum is 60 seconds.' },
    }),
    range('sqs.message-size', 'Maximum message size', { min: 1_024, max: 1_048_576, default: 1_048_576 }, 'bytes', MSG_QUOTAS, {
      hardLimit: true,
      detail: 'Up to 1 MiB; larger payloads go through S3 with the Extended Client Library.',
      changed: { notes: '256 KB', note: 'AWS raised the limit from 256 KiB to 1 MiB in August 2025.' },
    }),
    range('sqs.visibility-timeout', 'Visibility timeout', { min: 0, max: 43_200, default: 30 }, 'seconds', VISIBILITY, {
      hardLimit: true,
      detail: '0 seconds to 12 hours; 30 seconds by default.',
    }),
    range('sqs.receive-wait-time', 'Long-poll wait time', { min: 0, max: 20, default: 0 }, 'seconds', POLLING, {
      hardLimit: true,
      detail: '1–20 s enables long polling; 0 is short polling.',
    }),
    range('sqs.delay', 'Delivery delay', { min: 0, max: 900, default: 0 }, 'seconds', MSG_QUOTAS, { hardLimit: true }),
    num('sqs.fifo-throughput', 'FIFO throughput (per API action, no batching)', 'quota', 300, 'per second', FIFO_QUOTAS, {
      detail: '3,000 messages/s with batches of 10; high-throughput mode allows far more (Region-dependent).',
    }),
    text('sqs.standard-ordering', 'Standard queue ordering', 'behaviour', 'At-least-once delivery, best-effort ordering', STANDARD),
    range('sqs.max-receive-count', 'Dead-letter queue maxReceiveCount', { min: 1, max: 1_000 }, 'count', DLQ_CONFIGURE, { hardLimit: true }),
    num('sqs.in-flight', 'In-flight messages per standard queue', 'quota', 120_000, 'count', QUEUE_QUOTAS, {
      hardLimit: false,
      detail: 'Approximately 120,000, depending on queue traffic and backlog; then ReceiveMessage returns OverLimit. FIFO queues: also up to 120,000 in flight (older pages say 20,000), with no error when reached.',
    }),
    text('sqs.encryption', 'Encryption', 'default', 'HTTPS in transit; SSE-SQS at rest on by default for new queues; SSE-KMS optional', SSE, {
      seedLine: 1746,
      changed: { notes: 'in-flight and client-side encryption', note: 'Server-side encryption (SSE-SQS) is on by default.' },
    }),
    num('sqs.batch-size', 'Messages per batch request', 'limit', 10, 'count', MSG_QUOTAS, { hardLimit: true }),
  ],
};

export const sqsFifo: ServiceCard = {
  id: 'sqs-fifo',
  parent: 'sqs',
  name: 'Amazon SQS FIFO queues',
  summary: 'SQS queues with exactly-once processing and strict ordering within a message group; names end in .fifo.',
  aliases: ['FIFO queue', 'FIFO queues', 'SQS FIFO', 'SQS FIFO queue', 'FIFO', 'high-throughput FIFO', 'MessageGroupId', 'message group ID', 'content-based deduplication'],
  category: 'Application integration',
  docs: FIFO,
  facts: [
    num('sqs-fifo.throughput', 'Throughput per API action (default mode, no batching)', 'quota', 300, 'per second', FIFO_QUOTAS, {
      detail: '3,000 messages/s with batches of 10.',
      seedLine: 1768,
    }),
    num('sqs-fifo.high-throughput', 'High-throughput mode, per API action (up to, Region-dependent)', 'quota', 70_000, 'per second', MSG_QUOTAS, {
      hardLimit: false,
      checked: '2026-12-06',
      sourceSection: 'Message throughput, High throughput for FIFO queues: transaction throughput limits (non-batching API calls)',
      // quotas-messages (current copy, 2026-12-07): the high-throughput limits per Region group; the copy reached stops after the
      // first two groups, so the other Regions' figures are not given here.
      regional: [
        { regions: ['us-east-1', 'us-west-2', 'eu-west-1'], value: 'up to 70,000 transactions per second per API action' },
        { regions: ['us-east-2', 'eu-central-1'], value: 'up to 19,000 transactions per second per API action' },
        { regions: ['other'], value: 'lower Region-dependent limits (listed on the quotas page)' },
      ],
      detail: 'Up to 70,000 TPS per API action in US East (N. Virginia), US West (Oregon) and Europe (Ireland); up to 19,000 in US East (Ohio) and Europe (Frankfurt); lower in the other Regions. Batching multiplies messages per call by up to 10.',
      seedLine: 1768,
      changed: { notes: '300 msg/s, 3,000 with batching', note: 'Those are default-mode limits; high-throughput FIFO reaches up to 70,000 transactions/s per action.' },
    }),
    // quotas-fifo, Messages per queue (in flight): 120,000, more through AWS Support; 20,000 until November 2024.
    num('sqs-fifo.in-flight', 'In-flight messages per FIFO queue', 'quota', 120_000, 'count', FIFO_QUOTAS, {
      hardLimit: false,
      checked: '2026-12-07',
      sourceSection: 'Messages per queue (in flight): FIFO queues support a maximum of 120,000 in-flight messages; increase through AWS Support',
      quota: { adjustable: true, via: 'support' },
      history: [{ value: '20,000 in-flight messages', until: '2024-11', source: FIFO_IN_FLIGHT_120K }],
      names: { counted: ['in-flight messages', 'inflight messages', 'in flight messages', 'messages in flight'] },
    }),
    num('sqs-fifo.dedup-interval', 'Deduplication interval', 'limit', 300, 'seconds', FIFO, { hardLimit: true }),
    text('sqs-fifo.name', 'Queue name', 'behaviour', 'Must end with the .fifo suffix', FIFO),
    text('sqs-fifo.ordering', 'Ordering', 'behaviour', 'Strict order within a message group ID (one message of a group processed at a time); a message sent again with the same deduplication ID within 5 minutes is delivered once', FIFO_KEY_TERMS),
  ],
};
