import type { ServiceCard } from '../types';
import { num, range, text } from '../build';

const MSG_QUOTAS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html';
const FIFO_QUOTAS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-fifo.html';
const VISIBILITY = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html';
const POLLING = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html';
const STANDARD = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues.html';

export const sqs: ServiceCard = {
  id: 'sqs',
  name: 'Amazon Simple Queue Service (SQS)',
  summary: 'Fully managed message queues: standard (at-least-once, best-effort order) and FIFO.',
  aliases: ['SQS', 'Amazon SQS', 'Simple Queue Service', 'Amazon Simple Queue Service', 'SQS queue', 'SQS queues'],
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
    num('sqs.fifo-throughput', 'FIFO throughput (per API action, no batching)', 'quota', 300, 'count', FIFO_QUOTAS, {
      detail: '3,000 messages/s with batches of 10; high-throughput mode allows far more (Region-dependent).',
    }),
    text('sqs.standard-ordering', 'Standard queue ordering', 'behaviour', 'At-least-once delivery, best-effort ordering', STANDARD),
  ],
};
