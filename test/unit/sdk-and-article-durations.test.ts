import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { findQuantities } from '../../server/src/engine/recognisers/quantities';
import { readSdk } from '../../server/src/engine/recognisers/iac/sdk';

const findings = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

describe('durations written with an article or a half', () => {
  const seconds = (text: string): number[] => findQuantities(text, 0).map((q) => q.normalized);

  it('reads "a week", "an hour", "half an hour" and "a day and a half"', () => {
    assert.deepEqual(seconds('kept for a week'), [604800]);
    assert.deepEqual(seconds('runs for an hour'), [3600]);
    assert.deepEqual(seconds('at most half an hour'), [1800]);
    assert.deepEqual(seconds('about a day and a half'), [129600]);
  });

  it('leaves rates and points in time alone', () => {
    assert.deepEqual(seconds('twice a day, once a week, 500 requests a day, every a week'), []);
    assert.deepEqual(seconds('deployed a week ago, rotated a day later'), []);
  });

  it('judges them like numbers', () => {
    assert.deepEqual(findings('Lambda functions can run for half an hour at most.'), ['lambda-timeout:half an hour']);
    assert.deepEqual(findings('SQS can hold a message for a month.'), ['sqs-retention:a month']);
    assert.deepEqual(findings('SQS keeps messages for up to a week by default? No: 4 days by default.'), []);
  });
});

describe('AWS SDK calls in code fences', () => {
  it('reads boto3 keyword arguments and nested attribute maps', () => {
    const code = 'sqs.create_queue(QueueName="q", Attributes={"MessageRetentionPeriod": "2592000"})\nlam.update_function_configuration(Timeout=1200, EphemeralStorage={"Size": 20480})';
    const fence = readSdk(code, 10);
    assert.deepEqual(fence.resources.map((r) => r.resourceType), ['AWS::SQS::Queue', 'AWS::Lambda::Function']);
    assert.deepEqual(fence.values.map((v) => [v.normalizedKey, v.raw, v.parentKey ?? '', code.slice(v.start - 10, v.end - 10)]), [
      ['messageretentionperiod', '2592000', 'attributes', '2592000'],
      ['timeout', '1200', '', '1200'],
      ['size', '20480', 'ephemeralstorage', '20480'],
    ]);
  });

  it('judges SDK v3 commands and v2 methods like the same CloudFormation properties', () => {
    const doc = [
      '```typescript',
      'await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: "x", Timeout: 1200 }));',
      '```',
      '',
      '```javascript',
      "rds.modifyDBInstance({ DBInstanceIdentifier: 'db', BackupRetentionPeriod: 40 });",
      '```',
    ].join('\n');
    assert.deepEqual(findings(doc), ['lambda-timeout:1200', 'rds-backup-retention:40']);
  });

  it('leaves other calls and values in range alone', () => {
    const doc = ['```python', 'lam.update_function_configuration(Timeout=900, MemorySize=10240)', 'client.put_item(Item={"Timeout": 5000})', '```'].join('\n');
    assert.deepEqual(findings(doc), []);
  });
});
