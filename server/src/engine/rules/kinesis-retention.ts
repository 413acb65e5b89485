import { limitRule } from './kit/limit-rule';
import { RETENTION_WORDS } from './kit/retention-words';

export const kinesisRetention = limitRule({
  id: 'kinesis-retention',
  description: 'Kinesis Data Streams retention outside 24 hours to 365 days, or a wrong default.',
  rationale:
    'A Kinesis data stream keeps records for 24 hours by default and up to 365 days (8,760 hours) with extended and long-term retention. ' +
    'Checked in prose and in `retention_period` / `RetentionPeriodHours`.',
  severity: 'error',
  fact: 'kinesis-data-streams.retention',
  bareCeiling: true,
  services: ['kinesis-data-streams'],
  attribute: RETENTION_WORDS,
  checkDefault: true,
  examples: {
    flag: [
      // The end of a range after the default: "… by default and can be extended to 5 days" claims the maximum.
      {
        text: 'Kinesis keeps records for 24 hours by default and can be extended to 5 days.',
        flagged: ['5 days'],
        output: 'Kinesis keeps records for 24 hours by default and can be extended to 365 days.',
      },
      { text: 'Kinesis keeps the raw clicks for four hundred days.', flagged: ['four hundred days'], output: 'Kinesis keeps the raw clicks for 365 days.' },
      {
        text: 'Kinesis Data Streams keeps the click events for 2 years for replay.',
        flagged: ['2 years'],
        output: 'Kinesis Data Streams keeps the click events for 365 days for replay.',
      },
      {
        text: 'The default Kinesis Data Streams retention is 7 days.',
        flagged: ['7 days'],
        output: 'The default Kinesis Data Streams retention is 1 day.',
      },
      {
        text: '```hcl\nresource "aws_kinesis_stream" "clicks" {\n  retention_period = 12\n}\n```',
        flagged: ['12'],
        output: '```hcl\nresource "aws_kinesis_stream" "clicks" {\n  retention_period = 24\n}\n```',
      },
      {
        text: '| Stream | Retention (hours) |\n| --- | --- |\n| Kinesis `clicks` | 9000 |',
        flagged: ['9000'],
        output: '| Stream | Retention (hours) |\n| --- | --- |\n| Kinesis `clicks` | 8760 |',
      },
    ],
    pass: [
      'We keep Kinesis records for 24 hours by default, up to 5 days for replays.',
      'Kinesis Data Streams retains records for 24 hours by default, up to 365 days.',
      'The Kinesis Data Streams retention is 7 days so the replay job can catch up.',
      'Firehose delivers the Kinesis Data Streams records to S3, where they are kept for 2 years.',
      'Retention: Kinesis 7 days, data lake 400 days.',
    ],
  },
});
