import { limitRule } from './kit/limit-rule';
import { RETENTION_WORDS } from './kit/retention-words';

export const dynamodbStreamsRetention = limitRule({
  id: 'dynamodb-streams-retention',
  description: 'DynamoDB Streams said to keep change records longer than 24 hours.',
  rationale:
    'A DynamoDB stream keeps each change record for 24 hours; the period cannot be changed. Longer replay needs Kinesis Data Streams for ' +
    'DynamoDB (24 hours to 365 days) or a consumer that copies the changes elsewhere. Only statements about DynamoDB Streams are checked: ' +
    'Kinesis Data Streams (also when it carries DynamoDB changes), the table itself and its backups are left alone.',
  severity: 'error',
  fact: 'dynamodb-streams.retention',
  services: ['dynamodb-streams'],
  attribute: new RegExp(`${RETENTION_WORDS.source}|\\breplay(?:s|ed)?\\b`, 'i'),
  rangeText: '24 hours',
  maxText: '24 hours',
  note: 'For longer replay, stream the table to Kinesis Data Streams (up to 365 days).',
  examples: {
    flag: [
      {
        text: 'DynamoDB Streams keeps 7 days of changes so we can rebuild the search index.',
        flagged: ['7 days'],
        output: 'DynamoDB Streams keeps 24 hours of changes so we can rebuild the search index.',
      },
      {
        text: '| Stream | Retention |\n| --- | --- |\n| orders table (DynamoDB Streams) | 48 hours |',
        flagged: ['48 hours'],
        output: '| Stream | Retention |\n| --- | --- |\n| orders table (DynamoDB Streams) | 24 hours |',
      },
      {
        text: '- The DynamoDB stream retains item changes for one week, long enough for the nightly reconciliation.',
        flagged: ['one week'],
        output: '- The DynamoDB stream retains item changes for 24 hours, long enough for the nightly reconciliation.',
      },
    ],
    pass: [
      'DynamoDB Streams keeps change records for 24 hours; Kinesis Data Streams for DynamoDB keeps them for up to 1 year.',
      'Kinesis Data Streams for DynamoDB keeps item changes for 7 days so consumers can replay them.',
      'DynamoDB Streams triggers a Lambda function that writes each change to S3, where it is kept for 7 years.',
      'We keep on-demand DynamoDB backups for 90 days.',
      'If the consumer falls more than 24 hours behind, DynamoDB Streams records are lost.',
    ],
  },
});
