import { limitRule } from './kit/limit-rule';
import { RETENTION_WORDS } from './kit/retention-words';

export const sqsRetention = limitRule({
  id: 'sqs-retention',
  description: 'SQS message retention outside 60 seconds to 14 days, or a wrong default.',
  rationale:
    'An SQS queue keeps messages for 60 seconds to 14 days (1,209,600 seconds); the default is 4 days. Longer retention needs another store ' +
    '(S3, a database, Kinesis with extended retention). Checked in prose and in `message_retention_seconds` / `MessageRetentionPeriod`.',
  severity: 'error',
  fact: 'sqs.retention',
  services: ['sqs', 'sqs-fifo'],
  attribute: RETENTION_WORDS,
  checkDefault: true,
  examples: {
    flag: [
      // What applies unless someone sets a value is the default.
      { text: 'SQS keeps messages for 7 days unless you change the retention.', flagged: ['7 days'], output: 'SQS keeps messages for 4 days unless you change the retention.' },
      // A lead-in sentence that says the list below follows names the list's subject.
      {
        text: 'The orders queue (SQS) is configured as follows.\n\n- Retention: 20 days\n- Batch size: 10',
        flagged: ['20 days'],
        output: 'The orders queue (SQS) is configured as follows.\n\n- Retention: 14 days\n- Batch size: 10',
      },
      { text: 'SQS retention is 4 days by default, configurable up to 10 days.', flagged: ['10 days'], output: 'SQS retention is 4 days by default, configurable up to 14 days.' },
      { text: 'Messages stay in the SQS queue for up to 30 days.', flagged: ['30 days'], output: 'Messages stay in the SQS queue for up to 14 days.' },
      {
        text: 'The SQS queue keeps failed orders for 30 days so support can replay them.',
        flagged: ['30 days'],
        output: 'The SQS queue keeps failed orders for 14 days so support can replay them.',
      },
      {
        text: '| Queue | Retention |\n| --- | --- |\n| orders (SQS) | 3 weeks |',
        flagged: ['3 weeks'],
        output: '| Queue | Retention |\n| --- | --- |\n| orders (SQS) | 14 days |',
      },
      {
        text: '| Service | Setting | Value |\n| --- | --- | --- |\n| SQS | Message retention | 30 days |',
        flagged: ['30 days'],
        output: '| Service | Setting | Value |\n| --- | --- | --- |\n| SQS | Message retention | 14 days |',
      },
      {
        text: '```hcl\nresource "aws_sqs_queue" "orders" {\n  message_retention_seconds = 2592000\n}\n```',
        flagged: ['2592000'],
        output: '```hcl\nresource "aws_sqs_queue" "orders" {\n  message_retention_seconds = 1209600\n}\n```',
      },
      {
        text: '```yaml\nOrdersQueue:\n  Type: AWS::SQS::Queue\n  Properties:\n    MessageRetentionPeriod: 30\n```',
        flagged: ['30'],
        output: '```yaml\nOrdersQueue:\n  Type: AWS::SQS::Queue\n  Properties:\n    MessageRetentionPeriod: 60\n```',
      },
      { text: 'The default SQS retention is 7 days.', flagged: ['7 days'], output: 'The default SQS retention is 4 days.' },
      {
        text: '| Queue | Retention, days |\n| --- | --- |\n| SQS `orders` | 20 |',
        flagged: ['20'],
        output: '| Queue | Retention, days |\n| --- | --- |\n| SQS `orders` | 14 |',
      },
    ],
    pass: [
      'Our orders queue keeps messages for 7 days unless we change it for a replay.',
      // A range with a purpose after its end is the design's: "up to 10 days for audit queues".
      'SQS queues keep messages 4 days by default, up to 10 days for audit queues.',
      'Messages stay in the SQS queue for up to 14 days.',
      'A received message stays invisible to other consumers for 30 seconds.',
      'SQS retains messages for up to 14 days (1,209,600 seconds); the default is 4 days.',
      'Set the SQS retention to twenty minutes for the throttle queue.',
      'Orders are kept in S3 for 30 days after the SQS queue delivers them.',
      'If a message must live longer than 14 days, SQS is the wrong store.',
      '```hcl\nresource "aws_sqs_queue" "orders" {\n  message_retention_seconds = 1209600\n}\n```',
      'The old design doc said the SQS DLQ retention is 30 days; that is not allowed, DLQ retention is 14 days.',
      'An earlier draft set the SQS DLQ retention to 30 days; that is not allowed.',
      'Retention: SQS 4 days, audit bucket 400 days.',
      'SQS retention 4 days, S3 lifecycle 400 days.',
      'SQS retention 4 days, retries for 20 days.',
    ],
  },
});
