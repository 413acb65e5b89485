/**
 * AWS Tools for PowerShell cmdlets in powershell fences (recognisers/iac/powershell.ts): a setting cmdlet of a
 * service prefix is a resource of its type, its parameters (singular in PowerShell) and hashtable entries its
 * properties. Reading cmdlets, other verbs and other prefixes are not read. Scripts written for these tests.
 */
import { strict as assert } from 'node:assert';
import { readPowerShell } from '../../server/src/engine/recognisers/iac/powershell';
import { fence, flagged } from './helpers/fence-findings';

describe('readers: AWS Tools for PowerShell cmdlets', () => {
  it('reads parameters, singular parameter names and hashtable attributes over continuation lines', () => {
    const script = [
      'Update-LMFunctionConfiguration -FunctionName worker -Timeout 1200 -MemorySize 2048',
      'New-SQSQueue -QueueName orders -Attribute @{',
      '    VisibilityTimeout      = "50000"',
      '    "MessageRetentionPeriod" = "86400"',
      '}',
      'Request-KINStreamRetentionPeriodIncrease -StreamName clicks `',
      '    -RetentionPeriodHour 9000',
      'Write-CWLRetentionPolicy -LogGroupName /app -RetentionInDays 45',
    ];
    const read = readPowerShell(script.join('\n'), 0);
    assert.deepEqual(read.resources.map((r) => r.resourceType), ['AWS::Lambda::Function', 'AWS::SQS::Queue', 'AWS::Kinesis::Stream', 'AWS::Logs::LogGroup']);
    assert.deepEqual(flagged(fence('powershell', ...script)), ['lambda-timeout: 1200', 'sqs-visibility-timeout: 50000', 'kinesis-retention: 9000', 'cloudwatch-logs-retention-invalid: 45']);
  });

  it('leaves reading cmdlets, other verbs and prefixes, and comments alone', () => {
    const script = fence(
      'pwsh',
      'Get-SQSQueueAttribute -QueueUrl $url -AttributeName VisibilityTimeout',
      'Invoke-LMFunction -FunctionName worker -Timeout 1200',
      'Update-CFFunction -Name edge -Timeout 1200',
      'Update-LMFunctionConfiguration -FunctionName worker # -Timeout 1200',
      'Update-LMFunctionConfiguration -FunctionName ok -Timeout 900',
      'Set-SQSQueueAttribute -QueueUrl $url -Attribute @{',
      '    # VisibilityTimeout = "50000"',
      '    DelaySeconds = "10"',
      '}',
    );
    assert.deepEqual(flagged(script), []);
  });
});
