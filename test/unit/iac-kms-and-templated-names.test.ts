import { strict as assert } from 'node:assert';
import { findings } from '../support/rule-at-line';

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

describe('retired services used in code', () => {
  it('reads a Terraform resource type, a Pulumi module and an EKS controller annotation', () => {
    assert.deepEqual(findings(['```hcl', 'resource "aws_qldb_ledger" "journal" {', '  name = "journal"', '}', '```'].join('\n')), ['retired-service@2']);
    assert.deepEqual(findings(['```python', 'media = aws.elastictranscoder.Pipeline("media", input_bucket=raw.id)', '```'].join('\n')), ['retired-service@2']);
    assert.deepEqual(findings(['```yaml', 'metadata:', '  annotations:', '    appmesh.k8s.aws/sidecarInjectorWebhook: enabled', '```'].join('\n')), ['retired-service@4']);
  });

  it('leaves types of running services alone, renamed ones included', () => {
    assert.deepEqual(findings(['```hcl', 'resource "aws_db_instance" "db" {', '  engine = "postgres"', '}', 'data "aws_elasticsearch_domain" "old" {', '  domain_name = "x"', '}', '```'].join('\n')), []);
    assert.deepEqual(findings(['```yaml', 'metadata:', '  annotations:', '    elbv2.k8s.aws/cluster: prod', '```'].join('\n')), []);
  });
});
