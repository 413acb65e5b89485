import { limitRule } from './kit/limit-rule';

export const sqsWaitTime = limitRule({
  id: 'sqs-wait-time',
  description: 'SQS long-poll wait time above 20 seconds.',
  rationale:
    'ReceiveMessage waits at most 20 seconds for a message (long polling); 0 is short polling. A longer wait is refused by the API. Checked in ' +
    'prose and in `receive_wait_time_seconds` / `ReceiveMessageWaitTimeSeconds`.',
  severity: 'error',
  fact: 'sqs.receive-wait-time',
  checkDefault: true,
  services: ['sqs', 'sqs-fifo'],
  attribute: /\blong[- ]poll(?:ing)?(?:\s+wait)?(?:\s+time)?\b|\breceive(?:\s+message)?\s+wait\s+time\b|\bWaitTimeSeconds\b|\bwait\s+time\b/i,
  examples: {
    flag: [
      // A default stated as another figure.
      { text: 'SQS long polling: the wait time defaults to 20 seconds.', flagged: ['20 seconds'], output: 'SQS long polling: the wait time defaults to 0 seconds.' },
      // Loose: the fix writes "a 20 seconds wait time" (plural inside a compound adjective); output not stated.
      'Consumers use SQS long polling with a 60 second wait time.',
      { text: '- SQS long-poll wait time: 2 minutes', flagged: ['2 minutes'], output: '- SQS long-poll wait time: 20 seconds' },
      {
        text: '```hcl\nresource "aws_sqs_queue" "q" {\n  receive_wait_time_seconds = 30\n}\n```',
        flagged: ['30'],
        output: '```hcl\nresource "aws_sqs_queue" "q" {\n  receive_wait_time_seconds = 20\n}\n```',
      },
    ],
    pass: [
      // The value's own attribute is right after it; long polling is the next item's.
      'SQS work queues: 4 days retention, long polling on.',
      'SQS receive wait time defaults to 0 seconds (short polling); set up to 20 seconds for long polling.',
      'Consumers use SQS long polling with a 20 second wait time.',
      'SQS long polling waits up to 20 seconds.',
      'The worker sleeps 60 seconds between SQS long-poll calls when the queue is empty.',
    ],
  },
});
