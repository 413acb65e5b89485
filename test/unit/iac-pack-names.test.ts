import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const flagged = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

describe('IaC properties the fact pack names (names.iac) beyond the attribute table', () => {
  it('judges Firehose buffering hints, a CloudFront origin timeout, a target group delay and Redshift retention', () => {
    const yaml = ['```yaml', 'Resources:', '  S:', '    Type: AWS::KinesisFirehose::DeliveryStream', '    Properties:', '      ExtendedS3DestinationConfiguration:', '        BufferingHints:', '          IntervalInSeconds: 1200', '```'].join('\n');
    assert.deepEqual(flagged(yaml), ['stated-limit:1200']);
    const hcl = ['```hcl', 'resource "aws_lb_target_group" "api" {', '  deregistration_delay = 7200', '}', 'resource "aws_redshift_cluster" "dw" {', '  automated_snapshot_retention_period = 40', '}', '```'].join('\n');
    assert.deepEqual(flagged(hcl), ['stated-limit:7200', 'stated-limit:40']);
  });

  it('leaves values in range and the same key on another resource type alone', () => {
    const hcl = ['```hcl', 'resource "aws_lb_target_group" "api" {', '  deregistration_delay = 300', '}', 'resource "aws_ecs_service" "svc" {', '  deregistration_delay = 7200', '}', '```'].join('\n');
    assert.deepEqual(flagged(hcl), []);
  });
});
