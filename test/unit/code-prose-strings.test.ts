import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { stringProseSpan } from '../../server/src/engine/parse/code-comments';

/** Findings of a document as "rule: flagged text". */
function found(text: string): string[] {
  return analyzeText(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

describe('code: prose strings read as sentences', () => {
  it('reads an alert description and a guard message as prose', () => {
    const text =
      '```yaml\n- alert: Visibility\n  annotations:\n    description: "The SQS visibility timeout is capped at 15 minutes, so workers extend it."\n```\n\n' +
      '```\nrule sqs_delay {\n  << SQS can delay delivery of new messages by up to one hour >>\n}\n```\n';
    assert.deepEqual(found(text), ['sqs-visibility-timeout: 15 minutes', 'stated-limit: one hour']);
  });

  it('leaves correct sentences, short labels, templates and other keys alone', () => {
    const text =
      '```yaml\n- alert: Retention\n  annotations:\n    summary: "DLQ messages are old"\n' +
      '    description: "The SQS queue keeps messages for up to 14 days, the longest SQS allows."\n' +
      '    runbook: "SQS keeps messages for 30 days in our notes"\n' +
      '    message: "Queue {{ $labels.queue }} holds messages for 30 days"\n```\n';
    assert.deepEqual(found(text), []);
  });

  it('finds the sentence inside the quotes only', () => {
    const line = '    description: "The SQS visibility timeout is capped at 15 minutes.",';
    const span = stringProseSpan(line);
    assert.ok(span);
    assert.equal(line.slice(span.start, span.end), 'The SQS visibility timeout is capped at 15 minutes.');
    assert.equal(stringProseSpan('    description: "a short one"'), undefined);
    assert.equal(stringProseSpan('  << SQS keeps messages for 14 days >> and more'), undefined);
  });
});
