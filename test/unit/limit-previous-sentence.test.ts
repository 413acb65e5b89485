import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

/** Findings of a document as "rule:severity: flagged text". */
function found(text: string): string[] {
  return analyzeText(text).findings.map((f) => `${f.ruleId}:${f.severity}: ${text.slice(f.start, f.end)}`);
}

describe('a limit whose service the sentence before names', () => {
  it('binds a sentence that names no service to the one service of the sentence before it, at most a warning', () => {
    assert.deepEqual(found('Orders are queued in SQS. The retention is 20 days.\n'), ['sqs-retention:warning: 20 days']);
    assert.deepEqual(found('Uploads land in S3. The object size cannot exceed 5 TB.\n'), ['s3-object-size:warning: 5 TB']);
  });

  it('picks among several services by what the sentence says they hold (objects, items, queues)', () => {
    assert.deepEqual(found('Uploads land in S3 and trigger a Lambda. Objects can be up to 5 TB.\n'), ['s3-object-size:warning: 5 TB']);
    assert.deepEqual(found('Uploads land in S3 and trigger a Lambda. The limit is 5 TB.\n'), []);
  });

  it('leaves a sentence that names its own service, a value in range, and an answer to a question to their own readings', () => {
    assert.deepEqual(found('Orders are queued in SQS. The retention is 4 days.\n'), []);
    assert.deepEqual(found('Orders are queued in SQS. CloudWatch Logs keeps the audit trail for 30 days.\n'), []);
  });
});
