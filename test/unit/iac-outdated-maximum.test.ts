/**
 * A constant code names for the limit at a figure the fact's value history records is an outdated
 * ceiling; a setting of the same value (a queue configured to 256 KiB), a cap the program picks itself
 * and a module's validation bound are not. Blocks written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const found = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}:${f.severity}: ${text.slice(f.start, f.end)}`);

describe('IaC and code: a former maximum stated as the maximum', () => {
  it('flags a constant named for the limit at a former maximum', () => {
    const go = '```go\nconst (\n\tMaxSQSMessageBytes = 256 * 1024 // SQS hard limit\n\tLambdaMaxTimeout   = 5 * time.Minute\n)\n```\n';
    assert.deepEqual(found(go), ['sqs-message-size:warning: 256 * 1024', 'lambda-timeout:warning: 5 * time.Minute']);
    const message = analyzeText(go).findings[0]?.message ?? '';
    assert.match(message, /It was the maximum until August 2025\./);
  });

  it('leaves a validation bound to the module: it may allow less than AWS does', () => {
    const hcl =
      '```hcl\nvariable "max_message_size" {\n  description = "Maximum SQS message size in bytes"\n  type        = number\n  validation {\n    condition     = var.max_message_size <= 262144\n    error_message = "Too big."\n  }\n}\n```\n';
    assert.deepEqual(found(hcl), []);
  });

  it('leaves settings, own caps and today\'s maxima alone', () => {
    for (const text of [
      '```yaml\nQueue:\n  Type: AWS::SQS::Queue\n  Properties:\n    MaximumMessageSize: 262144\n```\n',
      '```go\nconst MaxSQSMessageBytes = 64 * 1024 // our producers stay small\n```\n',
      '```go\nconst MaxSQSMessageBytes = 1024 * 1024 // SQS limit since 2025\n```\n',
      '```go\nconst LambdaMaxTimeout = 15 * time.Minute\n```\n',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });
});
