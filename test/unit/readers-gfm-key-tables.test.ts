import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { explainAssertions } from '../../server/src/engine/assertions/explain';

/** Findings of a document as "rule: flagged text". */
function found(text: string): string[] {
  return analyzeText(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

describe('readers: markdown tables of settings keys and of unit-named columns', () => {
  it('reads headers written as keys, for the service the name column stands for', () => {
    const text = '| Queue | visibility_timeout | `message_retention_seconds` |\n|---|---|---|\n| orders | 50000 | 1382400 |\n| audit | 30 | 345600 |\n';
    assert.deepEqual(found(text), ['sqs-visibility-timeout: 50000', 'sqs-retention: 1382400']);
  });

  it('reads a header whose last word is the unit, for the service a record\'s label names', () => {
    const text = '| Service | Timeout seconds | Memory MB | Batch size |\n|---|---|---|---|\n| Lambda | 1200 | 12288 | 20000 |\n| AWS Lambda | 900 | 10240 | 10 |\n';
    assert.deepEqual(found(text), ['lambda-timeout: 1200', 'lambda-memory: 12288']);
    // A "Max" header is the table binder's: a stated maximum above the service's is flagged there.
    assert.deepEqual(found('| Service | Max timeout seconds |\n|---|---|\n| Lambda | 1200 |\n'), ['lambda-timeout: 1200']);
    const message = analyzeText(text).findings[0]?.message ?? '';
    // The table binder reads a unit-last header itself (recognisers/quantities.ts), so the message is the prose one.
    assert.match(message, /^AWS Lambda: timeout is 1 second to 15 minutes; 1200 seconds is above the maximum/);
  });

  it('reads a two-column table of key/value pairs, its header row included', () => {
    const text = '| VisibilityTimeout | 86400 |\n|---|---|\n| MessageRetentionPeriod | 1382400 |\n| DelaySeconds | 0 |\n';
    assert.deepEqual(found(text), ['sqs-visibility-timeout: 86400', 'sqs-retention: 1382400']);
  });

  it('reads a value the table binding already reads once', () => {
    const text = '| SQS queue | Retention (days) | message_retention_days |\n|---|---|---|\n| orders | 16 | 16 |\n';
    const analysis = analyzeText(text);
    const rows = explainAssertions(analysis).filter((r) => r.ruleId === 'sqs-retention');
    assert.equal(new Set(rows.map((r) => r.start)).size, rows.length);
    assert.equal(found(text).length, 2);
  });

  it('leaves units alone as attributes, bounds and before/after columns, labels naming two services, and words that are no key', () => {
    const quiet = [
      // "Storage GB" is a size of Kinesis, not its record size.
      '| Service | Storage GB | Throughput MB |\n|---|---|---|\n| Kinesis | 100 | 2 |\n',
      '| Setting | Old timeout seconds | New timeout seconds |\n|---|---|---|\n| Lambda | 1200 | 900 |\n',
      '| Component | Timeout seconds |\n|---|---|\n| ALB in front of Lambda | 4000 |\n',
      '| Function | Timeout | Visibility |\n|---|---|---|\n| ingest | 1200 | 50000 |\n',
      // Pairs whose keys name no service say nothing about one (the section's subject is not read here).
      '## Lambda settings\n\n| `timeout` | 1200 |\n|---|---|\n| `memory_size` | 20480 |\n',
    ];
    for (const text of quiet) assert.deepEqual(found(text), [], text);
  });
});
