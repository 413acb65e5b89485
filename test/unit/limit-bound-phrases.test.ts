/**
 * Outdated ceilings said in the forms people use beyond "up to" and "max": a negated exceedance, a
 * comparison the service refuses, a superlative, a cue after the value, the value naming a limit; and
 * former values read from the fact pack's value history. Each form has look-alikes that must stay
 * quiet: changes reported, plans in the first person, workloads, today's values, other subjects.
 * Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string): string[] {
  return analyzeText(text).findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

const FLAGGED: ReadonlyArray<readonly [text: string, finding: string]> = [
  ['SQS messages cannot exceed 256 KB.', 'sqs-message-size: 256 KB'],
  ['A queue message can not be larger than 256 KB in SQS.', 'sqs-message-size: 256 KB'],
  ['SQS will reject any message larger than 256 KB.', 'sqs-message-size: 256 KB'],
  ['A message over 256 KB is rejected by SQS.', 'sqs-message-size: 256 KB'],
  ['The largest message SQS accepts is 256 KB.', 'sqs-message-size: 256 KB'],
  ['SQS has a 256 KB message size limit.', 'sqs-message-size: 256 KB'],
  ['With SQS, you get 256 KB per message at most.', 'sqs-message-size: 256 KB'],
  ['SQS messages must be 256 KB or smaller.', 'sqs-message-size: 256 KB'],
  ['Kinesis keeps records for 7 days at the most.', 'kinesis-retention: 7 days'],
  ['A Kinesis stream cannot retain data longer than 7 days.', 'kinesis-retention: 7 days'],
  ['The longest Kinesis retention is 7 days.', 'kinesis-retention: 7 days'],
  ['Kinesis Data Streams has a 7-day retention limit.', 'kinesis-retention: 7-day'],
  ['S3 objects cannot exceed 5 TB.', 's3-object-size: 5 TB'],
  ['Objects bigger than 5 TB are rejected by S3.', 's3-object-size: 5 TB'],
  ['gp3 volumes cannot exceed 16,000 IOPS.', 'outdated-ceiling: 16,000'],
  ['Aurora Global Database cannot have more than 5 secondary Regions.', 'outdated-ceiling: 5'],
  ['Lambda functions may run for no longer than 5 minutes.', 'lambda-timeout: 5 minutes'],
  ['Lambda memory goes as high as 3,008 MB.', 'lambda-memory: 3,008 MB'],
  // A contrast sets its own phrase aside, not the clause.
  ['Unlike SQS, Kinesis keeps records for 7 days at the most.', 'kinesis-retention: 7 days'],
  // Chat style: lower-case service names, glued units, a bare ceiling that names no attribute.
  ['fwiw sqs msgs cap at 256kb, so we use the extended client', 'sqs-message-size: 256kb'],
  ['kinesis holds records 7 days max', 'kinesis-retention: 7 days'],
  ['s3 maxes out at 5 TB per object', 's3-object-size: 5 TB'],
  // A bracket right after the value names it as the limit the comparison is made against.
  ['Payloads above 256 KB (the SQS message size limit) go to S3.', 'sqs-message-size: 256 KB'],
  ['Kinesis records older than 7 days (the Kinesis retention limit) are gone.', 'kinesis-retention: 7 days'],
  // The run itself bounded: "can't run longer than", "cannot execute for more than", a function duration.
  ["Lambda functions can't run longer than five minutes.", 'lambda-timeout: five minutes'],
  ['A Lambda function cannot execute for more than 5 minutes.', 'lambda-timeout: 5 minutes'],
  ['Max Lambda function duration = 300s', 'lambda-timeout: 300s'],
  // The bracket's attribute is the value's, nearer words of the clause notwithstanding.
  ['| Q | A |\n|---|---|\n| API Gateway: Lambda, 504, why? | Lambda function takes more than 30s (API Gateway timeout) |', 'api-gateway-timeout: 30s'],
  // A range of allowed values that starts at the documented minimum: its end is the maximum claimed.
  ['SQS retention can be set from 1 minute to 7 days.', 'sqs-retention: 7 days'],
  ['| Setting | Allowed range |\n|---|---|\n| SQS retention | 1 minute – 7 days |', 'sqs-retention: 7 days'],
  ['Lambda timeout: valid values 1-300 seconds', 'lambda-timeout: 300 seconds'],
  // "≤" states the ceiling, unless the clause asks the design to stay under it.
  ['SQS message size ≤ 256 KB', 'sqs-message-size: 256 KB'],
  ['Lambda timeout <= 5 min', 'lambda-timeout: 5 min'],
  // A delay's range starts at 0 (a delay of 0 is still a delay); only a retention's 0 turns the thing off.
  ['## ELB\n\nThe deregistration delay can be set between 1 to 3600 seconds.', 'stated-limit: 1'],
];

const QUIET: readonly string[] = [
  // A setting's "to" is no ceiling; a range from 1 of a setting whose 0 turns it off is the enabled range.
  'Set the Kinesis retention to 7 days for replay.',
  'We raised the Kinesis retention to 7 days.',
  'Aurora backups are kept 1 to 35 days.',
  'Keep SQS messages ≤ 256 KB.',
  'SQS payloads must be ≤ 256 KB.',
  'Lambda p99 duration ≤ 5 min',
  'Lambda timeout ≤ 15 min',
  'Lambda functions in this repo: timeout 1–60 seconds',
  'Lambda memory: 128–1,024 MB depending on the function.',
  'SQS retention: 1 minute to 14 days (the allowed range).',
  'We set SQS retention from 1 minute to 7 days depending on the queue.',
  'Lambda function takes more than 29s (API Gateway timeout).',
  'If a Lambda can run longer than 5 minutes, raise the SQS visibility timeout.',
  'Our Lambda functions must not run longer than 5 minutes, by policy.',
  'Jobs that run longer than 5 minutes move from Lambda to Fargate.',
  // A bracket naming another limit, or one of ours, or stating its own value.
  'Keep handlers under 10 s (API Gateway timeout is 29 s).',
  'Lambda jobs longer than 20 minutes (our own limit) go to Batch.',
  'Set the SQS visibility timeout above 90 s (six times the Lambda timeout).',
  'Payloads above 1 MiB (the SQS message size limit) go to S3.',
  'SQS raised the 256 KB limit to 1 MiB in 2025.',
  'Before August 2025, SQS messages could not exceed 256 KB.',
  'Our events never exceed 256 KB, so SQS is fine.',
  'We reject any message larger than 256 KB at the API layer before it reaches SQS.',
  'Messages larger than 64 KB are billed as several SQS requests.',
  'Payloads of 256 KB or less go straight to SQS; bigger ones go to S3.',
  'S3 objects larger than 5 GB cannot be uploaded with a single PUT; use multipart upload.',
  'The largest object we store in S3 is 5 TB.',
  'Kinesis used to keep records for 7 days at the most.',
  'Kinesis keeps records for 24 hours by default, 365 days at the most.',
  'Our SQS message size limit is 256 KB, set by the producer library.',
  'The 256 KB SQS limit was lifted, so the claim-check pattern is optional now.',
  'Lambda functions that run longer than 15 minutes are stopped.',
  'SQS messages must be 1 MiB or smaller.',
  'DynamoDB items cannot exceed 400 KB.',
  'A Kinesis record over 10 MiB is rejected.',
  'Keep each message at 256 KB or below for the legacy consumer, which cannot read more.',
  'gp3 volumes cannot exceed 80,000 IOPS.',
  'Device batches are at most 900 KB, under the 1 MiB SQS message maximum.',
  'Move the export to multipart (S3 single PUT ceiling of 5 GB).',
  'EC2 instances go up to 24 TB of memory.',
  'lambda maxes out at 15 min, which is plenty for the thumbnailer',
  'Our batch jobs on lambda cap at 5 minutes.',
  'Unlike Kinesis, SQS does not keep data for 7 days at most.',
  'We keep events in SQS rather than in a Kinesis stream capped at 7 days.',
  'Lambda functions may run for no longer than 15 minutes.',
  'Exports that take no longer than 5 minutes stay on Lambda.',
  // A setting's value under a plain label configures one resource; it states no ceiling.
  '- Lambda Timeout: 300 seconds (5 minutes)',
  '| Function | Timeout |\n|---|---|\n| Lambda exporter | 5 minutes |',
  'The glue job and the aurora cluster both top out at 16 TB.',
  // A section's subject is not enough for these forms: the sentence may speak of another service.
  '## SQS\n\nThe broker alternative has a 256 KB limit as well for some protocols.',
];

describe('limit bound phrases: outdated ceilings in more forms', () => {
  it('a bare ceiling of a lower-case service is read as its quoted limit (5 minutes: the maximum until 2018)', () => {
    const f = analyzeText('iirc lambda maxes out at 5 mins so the export cannot run there').findings.map((x) => `${x.ruleId}:${x.severity}`);
    assert.deepEqual(f, ['lambda-timeout:warning']);
  });
  for (const [text, finding] of FLAGGED) {
    it(text, () => assert.deepEqual(flagged(text), [finding]));
  }
  for (const text of QUIET) {
    it(`quiet: ${text.split('\n').pop()}`, () => assert.deepEqual(flagged(text), []));
  }
});
