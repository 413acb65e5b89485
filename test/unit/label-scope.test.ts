/**
 * Where a statement's attribute or subject comes from when the sentence itself names less: a label item
 * over the values ("* Retention" / "  * 24 hours by default, max 7 days"), the question a reply answers or
 * the section title that names the service too ("## SQS message retention"), a setext heading, a limits
 * table under a generic "Quota" header; and the cues written after a value ("4 days by default, 14 days
 * maximum"). Each case has a look-alike that must stay quiet. Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function findings(text: string, rule: string): string[] {
  return analyzeText(text).findings.filter((f) => f.ruleId === rule).map((f) => `${f.severity}: ${f.message}`);
}

const FLAGGED: ReadonlyArray<readonly [rule: string, text: string, says: RegExp]> = [
  ['kinesis-retention', '## Kinesis Data Streams\n\n* Retention\n  * one day by default, max 7 days', /^warning: .*7 days is an older or lower figure/],
  ['kinesis-retention', '## Streams\n\n* Kinesis Data Streams\n  * Retention period:\n    * 24 hours default, at most 7 days', /^warning: .*older or lower figure/],
  ['sqs-message-size', 'Queues\n------\n\nSQS\n---\n\n| Item | Limit |\n|---|---|\n| max message size | 256 KB |', /^warning: .*1 MiB; 256 KB is an older/],
  ['sqs-message-size', '## SQS\n\n| Area | Category | Quota | Notes |\n|---|---|---|---|\n| Messages | size | 256 KB | larger payloads go to S3 |', /^warning: .*older or lower figure/],
  ['kinesis-retention', '**Q:** What is the longest retention a Kinesis data stream offers?\n**A:** 7 days.', /^warning: .*older or lower figure/],
  ['sqs-retention', '## SQS message retention\n\n- 30 days for the orders queue', /^warning: .*above the maximum/],
];

const QUIET: ReadonlyArray<readonly [rule: string, text: string]> = [
  ['kinesis-retention', '## Kinesis Data Streams\n\n* Retention\n  * 24 hours by default, up to 365 days'],
  ['kinesis-retention', '## Kinesis Data Streams\n\n* Retention\n  * we copy 7 days of records to S3 every week'],
  ['kinesis-retention', '## Kinesis Data Streams\n\n* Costs and retention of the archive bucket, in detail\n  * 7 days'],
  ['sqs-retention', '## SQS\n\n| Area | Category | Quota |\n|---|---|---|\n| Messages | retention | 4 days by default 14 days maximum |'],
  ['sqs-visibility-timeout', '## SQS\n\n| Category | Quota |\n|---|---|\n| Visibility timeout | 30 seconds default 12 hours max. |'],
  ['sqs-message-size', '## SQS\n\n| Area | Category | Quota | Notes |\n|---|---|---|---|\n| Messages | size | 1 MiB | larger payloads go to S3 |'],
  ['sqs-retention', '# Orders platform on SQS\n\n## Data retention\n\n- 7 years for audit logs'],
  ['sqs-retention', '## SQS retention and visibility timeout\n\n- 20 days'],
  ['kinesis-retention', '**Q:** What is the longest retention a Kinesis data stream offers?\n**A:** 365 days.'],
  ['s3-object-size', '## SQS\n\n| Area | Category | Quota | Notes |\n|---|---|---|---|\n| Messages | size | 256 KB | larger payloads go to S3 |'],
];

describe('attribute from a label, subject from a setext heading, cues after the value', () => {
  for (const [rule, text, says] of FLAGGED) {
    it(`flags ${rule}: ${text.split('\n').pop()}`, () => {
      const got = findings(text, rule);
      assert.equal(got.length, 1, `expected one ${rule} finding, got ${JSON.stringify(got)}`);
      assert.match(got[0] ?? '', says);
    });
  }
  for (const [rule, text] of QUIET) {
    it(`leaves ${rule} alone: ${text.split('\n').pop()}`, () => {
      assert.deepEqual(findings(text, rule), []);
    });
  }
});
