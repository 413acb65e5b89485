/**
 * Plain notes stack a generic title line under the service's title ("Amazon DocumentDB", blank line,
 * "Key Features", then the items): the generic title is a subsection, and its statements are about
 * the service above it. A generic title after body text starts a section of its own and inherits
 * nothing. Sentences written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function rulesOn(text: string): string[] {
  return analyzeText(text).findings.map((f) => f.ruleId);
}

describe('notes: stacked title lines', () => {
  it('a generic title right under a service title takes its subject (claim rule)', () => {
    const text = 'Amazon DocumentDB\n\nKey Features\n\n- **Compatibility:**\n - Fully compatible with MongoDB.\n';
    assert.deepEqual(rulesOn(text), ['documentdb-mongodb-parity']);
  });

  it('a generic title right under a service title takes its subject (stated limit)', () => {
    const text = 'Amazon S3\n\nKey Features\n\n- Serverless, with a maximum object size of 5TB.\n';
    assert.deepEqual(rulesOn(text), ['s3-object-size']);
  });

  it('two generic titles under the service title still reach it', () => {
    const text = 'Amazon S3\n\nOverview\n\nKey Features\n\n- Serverless, with a maximum object size of five TB.\n';
    assert.deepEqual(rulesOn(text), ['s3-object-size']);
  });

  it('a generic title after body text inherits nothing', () => {
    const text = 'Amazon S3\n\nS3 stores objects in buckets.\n\nKey Features\n\n- Serverless, with a maximum object size of 5TB.\n';
    assert.deepEqual(rulesOn(text), []);
  });

  it('the current value, a negation and history stay quiet under a stacked title', () => {
    for (const item of ['- The maximum object size is 50 TB.', '- Fully compatible with MongoDB? Not quite.', '- Until 2025 the maximum object size was 5 TB.']) {
      const text = `Amazon S3\n\nKey Features\n\n${item}\n`;
      assert.deepEqual(rulesOn(text), [], item);
    }
  });

  it('a title naming two services gives no subject to the title under it', () => {
    const text = 'Amazon S3 and Amazon EFS\n\nKey Features\n\n- Serverless, with a maximum object size of 5TB.\n';
    assert.deepEqual(rulesOn(text), []);
  });
});
