/**
 * Limits stated with the wrong modality: the default given as the minimum or the maximum, a maximum
 * given by its label that is lower than today's, and the cues people use ("tops out at", "default 60 s").
 * Each case has a look-alike that must stay quiet. Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function findings(text: string, rule: string): string[] {
  return analyzeText(text).findings.filter((f) => f.ruleId === rule).map((f) => f.message);
}

const FLAGGED: ReadonlyArray<readonly [rule: string, text: string, says: RegExp]> = [
  ['sqs-retention', 'SQS keeps messages for a default minimum retention period of 4 days.', /4 days is the default message retention, not the minimum; the minimum is 1 minute/],
  ['sqs-retention', 'The minimum SQS message retention period is 4 days.', /not the minimum/],
  ['sqs-visibility-timeout', 'The SQS visibility timeout can be at most 30 seconds.', /not the maximum; the maximum is 12 hours/],
  ['lambda-ephemeral-storage', 'Lambda /tmp storage tops out at 512 MB.', /512 MB is the default \/tmp storage, not the maximum/],
  ['sqs-visibility-timeout', '- SQS visibility timeout default 60 s', /the default visibility timeout is 30 seconds, not 60 s/],
  ['dynamodb-item-size', 'DynamoDB item size limit: 40 KB', /the maximum item size is 400 KiB; 40 KB is lower/],
  ['s3-object-size', '| Service | Limit | Value |\n|---|---|---|\n| S3 | Max object size | 5 GB |', /the maximum object size is 50 TB; 5 GB is lower/],
  ['lambda-timeout', '# Lambda\n\n- Max execution: 30 min', /above the maximum/],
  ['stated-limit', '## Amazon Data Firehose\n\n- The shortest buffer interval is 60 seconds.', /the minimum buffer interval is 0 seconds, not 60 seconds/],
  // A limit AWS states in decimal units is shown in them, not as "10,000 bytes".
  ['stated-limit', '## CloudFront Functions\n\n- Maximum function size is 2 MB.', /is up to 10 KB; 2 MB is above the maximum/],
  ['stated-limit', '* Firehose\n  * Near real-time, lowest buffer time is 1 minute', /the minimum buffer interval is 0 seconds, not 1 minute/],
  ['stated-limit', '## Amazon Data Firehose\n\n| Attribute | Value |\n|---|---|\n| Latency | near real time (buffering: 1–15 minutes) |', /the range starts at 0 seconds, not 1/],
];

const QUIET: ReadonlyArray<readonly [rule: string, text: string]> = [
  ['sqs-retention', 'SQS retention defaults to 4 days and can be set from 1 minute to 14 days.'],
  ['sqs-retention', 'We keep a minimum retention of 4 days on our queues.'],
  ['sqs-visibility-timeout', 'The SQS visibility timeout is 30 seconds by default and at most 12 hours.'],
  ['lambda-ephemeral-storage', 'Lambda /tmp storage is 512 MB by default and can be raised to 10 GB.'],
  ['dynamodb-item-size', 'DynamoDB item size limit: 400 KB'],
  ['sqs-retention', 'SQS retention limit: 1 minute to 14 days'],
  ['s3-object-size', 'S3 objects up to 5 GB can be uploaded in a single PUT; the maximum object size is 50 TB.'],
  ['dynamodb-item-size', 'Our DynamoDB items are limited to 40 KB by our own schema.'],
  ['sqs-retention', '## SQS\n\n- Minimum retention: 7 days for the audit queue.'],
  ['lambda-ephemeral-storage', '## Lambda\n\n- Lambda layers: the total unzipped size is 250 MB.'],
  ['lambda-ephemeral-storage', '## Lambda\n\n- The deployment package size limit is 50 MB zipped.'],
  ['lambda-memory', '## Lambda\n\n- Minimum memory: 512 MB for the image resizer.'],
  ['sqs-retention', '## SQS\n\n- The minimum retention period is 60 seconds.'],
  ['stated-limit', '## Amazon Data Firehose\n\n- We keep the shortest buffer interval at 60 seconds.'],
];

describe('limit modality: default as minimum or maximum, labelled maxima', () => {
  for (const [rule, text, says] of FLAGGED) {
    it(`${rule}: ${text.split('\n').pop()}`, () => {
      const got = findings(text, rule);
      assert.equal(got.length, 1, `expected one ${rule} finding, got ${JSON.stringify(got)}`);
      assert.match(got[0] ?? '', says);
    });
  }
  for (const [rule, text] of QUIET) {
    it(`quiet: ${text}`, () => assert.deepEqual(findings(text, rule), []));
  }
});

describe('stated-limit: named facts of the pack, and ranges that start too high', () => {
  const cases: ReadonlyArray<readonly [text: string, says: RegExp | null]> = [
    ['SQS delay queues can postpone delivery for up to 30 minutes.', /delivery delay is up to 15 minutes; 30 minutes is above the maximum/],
    ['# Kinesis Data Firehose\n\n* Buffer interval ranges from 60s to 900s', /the range starts at 0 seconds, not 60s/],
    ['Firehose buffer interval: 0 to 900 seconds.', null],
    ['The KMS key deletion window is 7 to 30 days.', null],
  ];
  for (const [text, says] of cases) {
    it(`${says ? 'flags' : 'quiet'}: ${text.split('\n').pop()}`, () => {
      const got = analyzeText(text).findings.filter((f) => f.ruleId === 'stated-limit').map((f) => f.message);
      if (says) {
        assert.equal(got.length, 1, JSON.stringify(got));
        assert.match(got[0] ?? '', says);
      } else assert.deepEqual(got, []);
    });
  }
  it('a range in a limit rule that starts above today\'s minimum', () => {
    const got = analyzeText('SQS message retention ranges from 1 day to 14 days.').findings.filter((f) => f.ruleId === 'sqs-retention');
    assert.equal(got.length, 1);
    assert.match(got[0]?.message ?? '', /the range starts at 1 minute, not 1 day/);
  });
});
