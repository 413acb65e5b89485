/**
 * Definition lists whose term states the unit of its definition's bare numbers (CLI and API
 * references): `**--visibility-timeout** *SECONDS*` over `: Range 0–43200, default 30.`
 * (recognisers/term-units.ts). Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

describe('readers: units stated by a definition term', () => {
  it('reads the numbers of the first definition in the term unit', () => {
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--visibility-timeout** *SECONDS*\n: Range 0–86400, default 30.\n'), ['warning sqs-visibility-timeout 86400']);
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--message-retention-period** *SECONDS*\n: Range 60–1728000, default 345600.\n'), ['warning sqs-retention 1728000']);
    assert.deepEqual(flagged('# Functions\n\n`--timeout` (seconds)\n: The Lambda function timeout, 1 to 1200.\n'), ['error lambda-timeout 1200']);
    const message = analyzeText('# SQS CLI reference\n\n**--visibility-timeout** *SECONDS*\n: Range 0–86400, default 30.\n').findings[0]?.message ?? '';
    assert.match(message, /86400 seconds is above the maximum/);
  });

  it('leaves alone correct ranges, other settings, other clouds, negations and later definitions', () => {
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--visibility-timeout** *SECONDS*\n: Range 0–43200, default 30.\n'), []);
    assert.deepEqual(flagged('# Queue\n\n`MessageRetentionPeriod` (seconds)\n: 60 to 1209600 for Amazon SQS, default 345600.\n'), []);
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--max-page-size** *BYTES*\n: Up to 2097152.\n'), []);
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--batch-window** *SECONDS*\n: Range 0–86400.\n'), []);
    assert.deepEqual(flagged('# Service Bus CLI\n\n**--default-message-time-to-live** *SECONDS*\n: Up to 1728000 on Azure Service Bus.\n'), []);
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--visibility-timeout** *SECONDS*\n: Not 86400: the range is 0–43200.\n'), []);
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--visibility-timeout** *SECONDS*\n: Range 0–43200.\n: Before 2015 the console showed 86400.\n'), []);
    // Two units in the term: which one a number has is not said.
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--visibility-timeout** *SECONDS or MINUTES*\n: Up to 86400.\n'), []);
    // A number with its own unit or a percentage is not the term's.
    assert.deepEqual(flagged('# SQS CLI reference\n\n**--visibility-timeout** *SECONDS*\n: Set it to 6 times the function timeout, 90% of runs finish in 10 minutes.\n'), []);
  });

  it('keeps offsets with CRLF and emoji', () => {
    const doc = '# 🚀 SQS CLI reference\r\n\r\n**--visibility-timeout** *SECONDS* 🕒\r\n: Range 0–86400, default 30.\r\n';
    assert.deepEqual(flagged(doc), ['warning sqs-visibility-timeout 86400']);
  });
});
