/**
 * Whose limit a stated value is, when the statement leaves part of it to the reader: a section title
 * naming a service and its parent ("EBS gp3"), a remedy service named after the value ("…, so we use
 * S3"), a noun between the value and its "max" ("3008 MB memory max"), and a size written on the
 * thing itself ("events are limited to 256 KB"). Each has look-alikes that must stay quiet.
 * Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { mostSpecific } from '../../server/src/engine/recognisers/services';

function flagged(text: string): string[] {
  return analyzeText(text).findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

const FLAGGED: ReadonlyArray<readonly [text: string, findings: readonly string[]]> = [
  // The title names the volume type and its service: the type is the subject.
  ['### EBS gp3\n\n- Max IOPS: 16000\n- Max throughput: 1000 MiB/s', ['outdated-ceiling: 16000', 'outdated-ceiling: 1000']],
  ['## Amazon EBS (gp3 volumes)\n\n| Limit | Value |\n| --- | --- |\n| Max IOPS | 16,000 |', ['outdated-ceiling: 16,000']],
  // A service named after the value, in a later clause, is the remedy, not the subject.
  ['## SQS\n\nPayloads are capped at 256 KB, so we store the body in S3.', ['sqs-message-size: 256 KB']],
  ['## Amazon SQS\n\nMessages are limited to 256 KB; anything bigger goes to S3 first.', ['sqs-message-size: 256 KB']],
  // One noun between the value and its "max".
  ['Lambda: 3008 MB memory max', ['lambda-memory: 3008 MB']],
  ['kinesis: 7 days retention max', ['kinesis-retention: 7 days']],
  // The size written on the thing itself.
  ['EventBridge events are limited to 256 KB each.', ['stated-limit: 256 KB']],
  ['EventBridge: max event size 256 KB', ['stated-limit: 256 KB']],
  // A "Max" column: the row's label cell names the attribute.
  ['| Service | Setting | Max |\n| --- | --- | --- |\n| Lambda | timeout | 5 min |', ['lambda-timeout: 5 min']],
  // "max" between the attribute and a generic word of it.
  ['SQS long polling max wait is 30 seconds.', ['sqs-wait-time: 30 seconds']],
  // A bare ceiling of the service: in brackets, as a named limit, capping a noun.
  ['Lambda (max 5 min) handles the resize.', ['lambda-timeout: 5 min']],
  ["The function must finish within Lambda's 5-minute limit.", ['lambda-timeout: 5-minute']],
  ['Because Lambda caps execution at 5 minutes, we moved the export to Fargate.', ['lambda-timeout: 5 minutes']],
  // The service named between a count and its noun; an adjustable quota at a figure its history records.
  ['Up to 200 CloudFormation stacks per account.', ['outdated-ceiling: 200']],
  ['Up to 5 Aurora Global Database secondary Regions.', ['outdated-ceiling: 5']],
  // "times out after" states the timeout; an answer column is generic, the cell names the attribute.
  ['API Gateway integration times out after 30 seconds.', ['api-gateway-timeout: 30 seconds']],
  ['Lambda times out after 20 minutes.', ['lambda-timeout: 20 minutes']],
  ['| Q | A |\n|---|---|\n| API Gateway - 504 | Integration timeout after 30s |', ['api-gateway-timeout: 30s']],
  // A former maximum from the fact's history: read replicas (5 until October 2022), a long superlative.
  ['You can have up to five read replicas of an RDS MySQL instance.', ['read-replica-count: five']],
  ['The largest retention period Kinesis Data Streams allows is 7 days.', ['kinesis-retention: 7 days']],
  ['Aurora storage grows up to 64 TiB.', ['outdated-ceiling: 64']],
  ['Fargate tasks max out at 4 vCPU.', ['outdated-ceiling: 4']],
  // A size in another unit than the fact's (GiB): 16 TiB, the gp3 maximum until 2025, in TiB or GiB.
  ['gp3 volumes go up to 16 TiB.', ['outdated-ceiling: 16']],
  ['A gp3 volume can be at most 16,384 GiB.', ['outdated-ceiling: 16,384']],
  ['| Volume | Max size |\n|---|---|\n| gp3 | 16 TiB |', ['outdated-ceiling: 16']],
  // A former maximum that is today's default: only said as a ceiling is it outdated.
  ['Lambda /tmp storage is limited to 512 MB.', ['lambda-ephemeral-storage: 512 MB']],
  ['Lambda /tmp: up to 512 MB', ['lambda-ephemeral-storage: 512 MB']],
  // An adjustable quota's former default, counted in its nouns (security group rules: 50 until 2018).
  ['A security group supports up to 50 inbound rules.', ['outdated-ceiling: 50']],
];

const QUIET: readonly string[] = [
  'Our app security group has 50 rules.',
  'A network ACL supports up to 50 rules.',
  'Security groups support up to 1,000 rules.',
  'Lambda ephemeral storage: 512 MB',
  'Lambda /tmp is 512 MB by default, configurable up to 10 GB.',
  '| Setting | Value |\n|---|---|\n| Lambda /tmp | 512 MB |',
  'gp3 volumes go up to 64 TiB.',
  'Our gp3 volume is 16 TiB.',
  'Until 2025, gp3 volumes topped out at 16 TiB.',
  '| Volume | Max size |\n|---|---|\n| gp2 | 16 TiB |',
  '### EBS gp3\n\n- Baseline IOPS: 3000\n- Max IOPS: 80000',
  // Two unrelated services in the title: no single subject.
  '## EBS gp3 and Aurora\n\n- Max IOPS: 16000',
  // The service before the value still speaks when the clause names none; a later one never did.
  'The ledger team moved to Kinesis. Records are kept 24 hours by default.',
  '## Storage\n\nThe cap is 5 TB per upload in our proxy, so large files go to S3 by multipart.',
  // A joining word between the value and "max" starts another value.
  'Lambda: 512 MB memory and max 10 GB',
  'Lambda functions: 3008 MB memory max until 2020, 10 GB today',
  // Sizes of things that are not the limit: a workload, a small payload, a split before sending.
  'Our EventBridge events are 2 KB of JSON.',
  'Each SNS message is about 300 bytes.',
  'EventBridge events over 256 KB are split by the producer.',
  'EventBridge events can be up to 1 MiB.',
  '| Service | Setting | Max |\n| --- | --- | --- |\n| Lambda | timeout | 15 min |',
  '| Service | Setting | Min |\n| --- | --- | --- |\n| Lambda | memory | 128 MB |',
  'SQS long polling max wait is 20 seconds.',
  'Lambda (max 15 min) handles the resize.',
  'Lambda has a 15-minute limit, our job has a 5-minute SLA.',
  'S3 (max 5 GB per PUT) stores the exports.',
  'We run 200 CloudFormation stacks.',
  'Up to 2,000 CloudFormation stacks per account.',
  'The Lambda behind API Gateway times out after 10 minutes.',
  'Lambda retries after 30 minutes.',
  'The job starts after 20 minutes, on Lambda.',
  // A step written around its value is a granularity, not a size.
  'Lambda memory goes from 128 MB to 10,240 MB in 1 MB steps.',
  '| Input | Type | Default | Description |\n| --- | --- | --- | --- |\n| `worker_memory_mb` | number | `1024` | Lambda memory, 128 MB to 10,240 MB in 1 MB steps. |',
  // A past observation is not the setting: "the integration timed out".
  'A 504 after exactly 30 seconds means the API Gateway integration timed out.',
  'RDS for Oracle supports up to 5 read replicas.',
  'We run up to 5 read replicas of the RDS for PostgreSQL instance.',
  'The RDS MySQL instance has 5 read replicas.',
  'Aurora supports up to 256 TiB of storage.',
  'Our Fargate task uses 4 vCPU.',
  'Fargate: up to 16 vCPU and 120 GB memory per task.',
];

describe('limit subjects: titles, remedies, nouns before max, sized things', () => {
  for (const [text, expected] of FLAGGED) {
    it(`flags: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(flagged(text), expected);
    });
  }
  for (const text of QUIET) {
    it(`stays quiet: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(flagged(text), []);
    });
  }
  it('a parent named beside its child leaves the child; unrelated services stay two', () => {
    assert.deepEqual([...mostSpecific(new Set(['ebs', 'ebs-gp3']))], ['ebs-gp3']);
    assert.deepEqual([...mostSpecific(new Set(['ebs', 'aurora']))].sort(), ['aurora', 'ebs']);
  });
  it('the section subject is named in the finding of a value whose clause names no service', () => {
    const f = analyzeText('## SQS\n\nPayloads are capped at 256 KB, so we store the body in S3.').findings.find((x) => x.ruleId === 'sqs-message-size');
    assert.ok(f, 'finding');
    assert.match(f.message, /section titled on line 1/);
  });
});
