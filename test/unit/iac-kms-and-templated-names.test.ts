import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';

function findings(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.findings.map((f) => `${f.ruleId}@${analysis.lines.positionAt(f.start).line + 1}`);
}

describe('KMS key settings and templated bucket names in IaC', () => {
  it('reads the rotation period and deletion window of a KMS key (CloudFormation and Terraform)', () => {
    const cfn = ['```yaml', 'Resources:', '  Key:', '    Type: AWS::KMS::Key', '    Properties:', '      EnableKeyRotation: true', '      RotationPeriodInDays: 3000', '      PendingWindowInDays: 7', '```'].join('\n');
    assert.deepEqual(findings(cfn), ['stated-limit@7']);
    const tf = ['```hcl', 'resource "aws_kms_key" "k" {', '  rotation_period_in_days = 365', '  deletion_window_in_days = 45', '}', '```'].join('\n');
    assert.deepEqual(findings(tf), ['stated-limit@4']);
  });

  it('flags a created bucket whose fixed part has upper case or underscores, whatever its variables hold', () => {
    const bucket = (name: string): string => ['```yaml', 'Reports:', '  Type: AWS::S3::Bucket', '  Properties:', `    BucketName: ${name}`, '```'].join('\n');
    assert.deepEqual(findings(bucket('Reports-${sls:stage}-${aws:accountId}')), ['s3-bucket-name-invalid@5']);
    assert.deepEqual(findings(bucket('raw_events-${Stage}')), ['s3-bucket-name-invalid@5']);
    assert.deepEqual(findings(bucket('reports-${AWS::AccountId}-${Stage}')), []);
    assert.deepEqual(findings(bucket('${self:custom.bucketName}')), []);
  });
});
