/**
 * Definition lists (`Term` / `: definition`, PHP Markdown Extra) and bold label lines with the value
 * on the next line: the term names the subject or attribute of its definition (parse/clauses.ts).
 * Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { clauses } from '../../server/src/engine/parse/clauses';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

describe('readers: definition lists and bold labels', () => {
  it('a term names what its definition states', () => {
    assert.deepEqual(flagged('# Queue settings\n\nSQS message retention\n: 16 days\n'), ['error sqs-retention 16 days']);
    assert.deepEqual(flagged('# Worker\n\nLambda function timeout\n:   19 minutes, set in the module\n'), ['error lambda-timeout 19 minutes']);
    assert.deepEqual(flagged('# Ingest\n\nAmazon SQS\n: visibility timeout of 30 seconds\n: retention of 18 days\n'), ['error sqs-retention 18 days']);
  });

  it('a bold label line names what the value under it states', () => {
    assert.deepEqual(flagged('# Worker\n\n**Lambda timeout**\n    23 minutes\n'), ['error lambda-timeout 23 minutes']);
    assert.deepEqual(flagged('# Worker\n\n**SQS retention:**\n3 weeks for the audit queue\n'), ['error sqs-retention 3 weeks']);
  });

  it('stays quiet on correct definitions and on terms that name something else', () => {
    assert.deepEqual(flagged('# Queue settings\n\nSQS message retention\n: 10 days\n'), []);
    assert.deepEqual(flagged('# Worker\n\n**Lambda timeout**\n    14 minutes\n'), []);
    assert.deepEqual(flagged('# Archive\n\nS3 Glacier retention\n: 30 days minimum storage charge\n'), []);
    assert.deepEqual(flagged('# Plans\n\n**Rejected option**\nSQS retention of 30 days, which AWS does not allow.\n'), []);
  });

  it('joins only the term and its first definition, with exact clause offsets (CRLF, emoji)', () => {
    const text = '🚀 SQS retention\r\n: 16 days\r\n: 🕒 encrypted';
    const got = clauses({ kind: 'sentence', text, start: 10 });
    assert.deepEqual(
      got.map((c) => [c.start - 10, c.text]),
      [
        [0, '🚀 SQS retention\r\n: 16 days'],
        [text.indexOf(': 🕒'), ': 🕒 encrypted'],
      ],
    );
    const doc = '# Q 🧪\r\n\r\n🚀 SQS retention\r\n: 🕒 16 days\r\n';
    assert.deepEqual(flagged(doc), ['error sqs-retention 16 days']);
  });
});
