import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

/** Findings of a document as "rule: flagged text". */
function found(text: string): string[] {
  return analyzeText(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

describe('IaC keys that name their service themselves', () => {
  it('reads a property only SQS has in an untyped YAML or JSON block (an SSM Automation step, a pasted attribute map)', () => {
    const yaml = '```yaml\nmainSteps:\n  - action: aws:executeAwsApi\n    inputs:\n      Api: SetQueueAttributes\n      Attributes:\n        MessageRetentionPeriod: "1814400"\n```\n';
    assert.deepEqual(found(yaml), ['sqs-retention: 1814400']);
    assert.deepEqual(found('```json\n{"MessageRetentionPeriod": "1814400"}\n```\n'), ['sqs-retention: 1814400']);
  });

  it('leaves a value inside the range, and a short key several services share, alone', () => {
    assert.deepEqual(found('```yaml\nAttributes:\n  MessageRetentionPeriod: 345600\n```\n'), []);
    assert.deepEqual(found('```yaml\ntimeout: 1200\n```\n'), []);
  });
});
