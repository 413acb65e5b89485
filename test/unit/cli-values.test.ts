import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const fence = (line: string): string => '```bash\n' + line + '\n```\n';
const flagged = (line: string): string[] => {
  const text = fence(line);
  return analyzeText(text).findings.map((f) => `${f.ruleId}@${text.slice(f.start, f.end)}`);
};

describe('values set by aws CLI commands', () => {
  it('reads flags and --attributes of the commands that configure a resource', () => {
    assert.deepEqual(flagged('aws lambda update-function-configuration --function-name ingest --timeout 1200 --memory-size 2048'), ['lambda-timeout@1200']);
    assert.deepEqual(flagged('aws sqs set-queue-attributes --queue-url "$Q" --attributes MessageRetentionPeriod=2592000,VisibilityTimeout=60'), ['sqs-retention@2592000']);
    assert.deepEqual(flagged(`aws sqs create-queue --queue-name jobs --attributes '{"VisibilityTimeout":"50000"}'`), ['sqs-visibility-timeout@50000']);
    assert.deepEqual(flagged('aws kinesis increase-stream-retention-period --stream-name clicks --retention-period-hours 9000'), ['kinesis-retention@9000']);
    assert.deepEqual(flagged('aws rds modify-db-instance --db-instance-identifier ledger --backup-retention-period 40'), ['rds-backup-retention@40']);
    assert.deepEqual(flagged('aws lambda update-function-configuration --function-name x --ephemeral-storage Size=20480'), ['lambda-ephemeral-storage@20480']);
  });

  it('reads KMS key flags and the named attributes of the elbv2 commands', () => {
    assert.deepEqual(flagged('aws kms enable-key-rotation --key-id alias/ledger --rotation-period-in-days 30'), ['stated-limit@30']);
    assert.deepEqual(flagged('aws kms schedule-key-deletion --key-id alias/old --pending-window-in-days 3'), ['stated-limit@3']);
    assert.deepEqual(flagged('aws elbv2 modify-target-group-attributes --target-group-arn "$TG" --attributes Key=deregistration_delay.timeout_seconds,Value=7200'), ['stated-limit@7200']);
    assert.deepEqual(flagged('aws elbv2 modify-load-balancer-attributes --load-balancer-arn "$LB" --attributes \'[{"Key":"idle_timeout.timeout_seconds","Value":"4500"}]\''), ['stated-limit@4500']);
    // In range, and an attribute the table does not know.
    assert.deepEqual(flagged('aws kms schedule-key-deletion --key-id alias/old --pending-window-in-days 7'), []);
    assert.deepEqual(flagged('aws elbv2 modify-load-balancer-attributes --load-balancer-arn "$LB" --attributes Key=idle_timeout.timeout_seconds,Value=600'), []);
    assert.deepEqual(flagged('aws elbv2 modify-target-group-attributes --target-group-arn "$TG" --attributes Key=slow_start.duration_seconds,Value=7200'), []);
  });

  it('leaves values in range, other commands and other flags alone', () => {
    assert.deepEqual(flagged('aws lambda update-function-configuration --function-name ok --timeout 300 --memory-size 1024'), []);
    assert.deepEqual(flagged('aws lambda invoke --function-name x --cli-read-timeout 1200 out.json'), []);
    assert.deepEqual(flagged('aws sqs receive-message --queue-url "$Q" --wait-time-seconds 20 --visibility-timeout 60'), []);
    assert.deepEqual(flagged('curl --max-time 1200 https://example.com/timeout'), []);
  });

  it('the message quotes the flag as written', () => {
    const text = fence('aws lambda update-function-configuration --function-name ingest --timeout 1200');
    const analysis = analyzeText(text);
    const finding = analysis.findings[0];
    assert.ok(finding);
    assert.equal(finding.message.startsWith('--timeout 1200 is 20 minutes'), true, finding.message);
  });
});

describe('aws commands outside code fences', () => {
  it('a command on a line of prose or in inline code sets values as in a fence', () => {
    const text = 'Run this:\n\naws lambda update-function-configuration --function-name ingest --timeout 1000\n\nor `aws sqs set-queue-attributes --queue-url $Q --attributes MessageRetentionPeriod=2592000`.\n';
    const found = analyzeText(text).findings.map((f) => `${f.ruleId}@${text.slice(f.start, f.end)}`);
    assert.deepEqual(found, ['lambda-timeout@1000', 'sqs-retention@2592000']);
  });
  it('a sentence about the aws CLI without a command sets nothing', () => {
    assert.deepEqual(analyzeText('We use the aws cli --profile prod flag in every script.').findings, []);
  });
});
