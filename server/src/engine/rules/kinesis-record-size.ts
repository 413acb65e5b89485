import { limitRule } from './kit/limit-rule';

export const kinesisRecordSize = limitRule({
  id: 'kinesis-record-size',
  description: 'A Kinesis Data Streams record above 10 MiB, or 1 MB stated as the hard limit.',
  rationale:
    'A Kinesis data record is up to 1 MiB by default; since 2025 a stream\'s maximum record size can be raised to 10 MiB. A larger record is an ' +
    'error; "a limit of 1 MB" is reported as outdated (info). The 1 MB/s per-shard write throughput is unchanged.',
  severity: 'error',
  fact: 'kinesis-data-streams.record-size',
  bareCeiling: true,
  services: ['kinesis-data-streams'],
  attribute: /\brecords?(?:\s+size)?\b|\bmessages?\b|\bpayloads?\b|\bdata blob\b|\b(?:in\s+)?size\b|\bchunks?\b/i,
  // A PutRecords request (up to 500 records) has its own, larger limit.
  notAttribute: /\brequests?\b|\bPutRecords\b/i,
  outdatedMax: true,
  proseMin: false,
  examples: {
    flag: [
      // Said to be fixed after the value: the hardness owns its "cannot", which does not negate the statement.
      { text: 'A Kinesis record is 1 MB, which cannot be raised.', flagged: ['1 MB'] },
      { text: 'Kinesis Data Streams imposes a limit of 1 MB on the size of individual messages.', flagged: ['1 MB'] },
      {
        text: 'Each Kinesis Data Streams record carries a 50 MB video chunk.',
        flagged: ['50 MB'],
        output: 'Each Kinesis Data Streams record carries a 10 MiB video chunk.',
      },
      { text: 'Kinesis Data Streams records can be up to 1 MB.', flagged: ['1 MB'] },
    ],
    pass: [
      'Kinesis Data Streams records can be raised to 10 MiB, a hard limit.',
      'Kinesis Data Streams records are 1 MiB by default and up to 10 MiB when raised.',
      'Each Kinesis Data Streams record is about 2 KB of JSON.',
      'Objects larger than 10 MB go to S3 and Kinesis Data Streams carries a pointer.',
      // A PutRecords request (up to 500 records) is not a record.
      '- Kinesis PutRecords requests are up to 5 MB (500 records); each record is below 1 MB.',
    ],
  },
});
