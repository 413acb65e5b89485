import { limitRule } from './kit/limit-rule';

export const sqsMessageSize = limitRule({
  id: 'sqs-message-size',
  description: 'SQS message size above the maximum, or the old 256 KB limit stated as the maximum.',
  rationale:
    'An SQS message can be up to 1 MiB since August 2025 (it was 256 KiB). Larger payloads go to S3 with the Extended Client Library. A message ' +
    'above the maximum is an error; "up to 256 KB" stated as the limit is reported as outdated (info).',
  severity: 'error',
  fact: 'sqs.message-size',
  bareCeiling: true,
  services: ['sqs', 'sqs-fifo'],
  attribute: /\b(?:messages?|msgs?)(?:\s+(?:size|payload))?\b|\bpayloads?\b|\bmax(?:imum)?\s+size\b|\b(?:in\s+)?size\b/i,
  outdatedMax: true,
  proseMin: false,
  examples: {
    flag: [
      { text: 'Each message in SQS can be up to 256 KB in size.', flagged: ['256 KB'] },
      // A threshold at the old ceiling: bigger messages sent elsewhere because they once could not fit.
      { text: 'SQS messages larger than 256 KB must go through S3 with the Extended Client Library.', flagged: ['256 KB'] },
      { text: 'We send 5 MB messages through the SQS queue.', flagged: ['5 MB'], output: 'We send 1 MiB messages through the SQS queue.' },
      { text: 'Each SQS message carries 3 MB of payload.', flagged: ['3 MB'], output: 'Each SQS message carries 1 MiB of payload.' },
      {
        text: '```hcl\nresource "aws_sqs_queue" "q" {\n  max_message_size = 2097152\n}\n```',
        flagged: ['2097152'],
        output: '```hcl\nresource "aws_sqs_queue" "q" {\n  max_message_size = 1048576\n}\n```',
      },
    ],
    pass: [
      'SQS messages can be up to 1 MiB; larger payloads go through S3.',
      'Our SQS messages are about 2 KB of JSON.',
      'Payloads larger than 1 MB are stored in S3 and the SQS message carries the key.',
      // A threshold of the design's own, below the ceiling: not a claim about the limit.
      'SQS messages larger than 100 KB go to S3 in our design.',
      // A backlog or a month's traffic is an amount of many messages, not one message's size.
      '- The SQS backlog held 6 GB of messages at the peak.',
      'SQS: 2.4 billion messages per month, ~4.8 TB of payload.',
    ],
  },
});
