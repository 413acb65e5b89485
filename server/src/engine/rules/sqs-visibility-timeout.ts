import { limitRule } from './kit/limit-rule';

export const sqsVisibilityTimeout = limitRule({
  id: 'sqs-visibility-timeout',
  description: 'SQS visibility timeout above 12 hours, or a wrong default.',
  rationale:
    'The visibility timeout of an SQS queue or message is 0 seconds to 12 hours (43,200 seconds); the default is 30 seconds. Checked in prose ' +
    'and in `visibility_timeout_seconds` / `VisibilityTimeout`.',
  severity: 'error',
  fact: 'sqs.visibility-timeout',
  services: ['sqs', 'sqs-fifo', 'lambda'],
  attribute: /\bvisibility(?:[\s_-]+time-?outs?)?\b/i,
  checkDefault: true,
  examples: {
    flag: [
      // A sentence in a cell under a header that names no attribute ("Event") says what its value is, as prose does.
      {
        text: '| Time | Event |\n| --- | --- |\n| 09:40 | We raise the SQS visibility timeout to 14 hours |',
        flagged: ['14 hours'],
        output: '| Time | Event |\n| --- | --- |\n| 09:40 | We raise the SQS visibility timeout to 12 hours |',
      },
      {
        text: 'The SQS visibility timeout is 24 hours so a stuck batch is retried once a day.',
        flagged: ['24 hours'],
        output: 'The SQS visibility timeout is 12 hours so a stuck batch is retried once a day.',
      },
      {
        text: 'The default SQS visibility timeout is 60 seconds.',
        flagged: ['60 seconds'],
        output: 'The default SQS visibility timeout is 30 seconds.',
      },
      {
        text: '```hcl\nresource "aws_sqs_queue" "jobs" {\n  visibility_timeout_seconds = 86400\n}\n```',
        flagged: ['86400'],
        output: '```hcl\nresource "aws_sqs_queue" "jobs" {\n  visibility_timeout_seconds = 43200\n}\n```',
      },
      {
        text: '| Queue | Visibility timeout (s) |\n| --- | --- |\n| SQS `jobs` | 50000 |',
        flagged: ['50000'],
        output: '| Queue | Visibility timeout (s) |\n| --- | --- |\n| SQS `jobs` | 43200 |',
      },
      // A ceiling named as the service's ("the maximum SQS allows", "cannot exceed") below today's.
      {
        text: 'I set the SQS visibility timeout to 15 minutes, the maximum SQS allows.',
        flagged: ['15 minutes'],
        output: 'I set the SQS visibility timeout to 12 hours, the maximum SQS allows.',
      },
      { text: 'The SQS visibility timeout cannot exceed 6 hours.', flagged: ['6 hours'], output: 'The SQS visibility timeout cannot exceed 12 hours.' },
      // A purpose after the value negates only itself.
      {
        text: 'We set the SQS visibility timeout to 13 hours so slow consumers never lose a message.',
        flagged: ['13 hours'],
        output: 'We set the SQS visibility timeout to 12 hours so slow consumers never lose a message.',
      },
    ],
    pass: [
      '| Time | Event |\n| --- | --- |\n| 09:40 | We raise the SQS visibility timeout to 10 hours |',
      'Set the SQS visibility timeout to 6 times the Lambda timeout: 90 minutes.',
      'The default SQS visibility timeout is 30 seconds; the maximum is 12 hours.',
      '```yaml\nJobs:\n  Type: AWS::SQS::Queue\n  Properties:\n    VisibilityTimeout: 43200\n```',
      'SQS visibility timeout 5 minutes, retries for 2 days.',
      // The negation before the value is the statement's; an approximation is not a purpose.
      'The SQS visibility timeout cannot be 13 hours because the maximum is 12 hours.',
      'An SQS visibility timeout of 13 hours or so is not possible.',
      // A design's own ceiling: a requirement, or compared with the service's maximum in the same sentence.
      'Keep the SQS visibility timeout at most 6 hours so stuck jobs retry the same day.',
      'Jobs finish in at most 10 minutes, well under the SQS maximum visibility timeout of 12 hours.',
    ],
  },
});
