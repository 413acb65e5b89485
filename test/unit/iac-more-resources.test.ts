/**
 * Limits set in IaC on more resources: Terraform load balancers and target groups, IAM roles, Secrets
 * Manager secrets, Redshift clusters, Firehose delivery streams and CloudFront origins. Each value
 * outside the fact's range is flagged on the value; in-range values, a network load balancer's block and
 * Terraform's documented 0 for a secret's recovery window stay quiet. Blocks written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const fence = (body: string): string => `\`\`\`hcl\n${body}\n\`\`\`\n`;
const flagged = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

describe('IaC limits on more resources', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['resource "aws_lb" "web" {\n  load_balancer_type = "application"\n  idle_timeout       = 5000\n}', 'stated-limit: 5000'],
    ['resource "aws_lb_target_group" "api" {\n  deregistration_delay = 7200\n}', 'stated-limit: 7200'],
    ['resource "aws_lb_target_group" "api" {\n  stickiness {\n    type            = "lb_cookie"\n    cookie_duration = 1209600\n  }\n}', 'stated-limit: 1209600'],
    ['resource "aws_iam_role" "deploy" {\n  max_session_duration = 86400\n}', 'stated-limit: 86400'],
    ['resource "aws_secretsmanager_secret" "db" {\n  recovery_window_in_days = 60\n}', 'stated-limit: 60'],
    ['resource "aws_redshift_cluster" "dw" {\n  automated_snapshot_retention_period = 40\n}', 'stated-limit: 40'],
    ['resource "aws_kinesis_firehose_delivery_stream" "logs" {\n  extended_s3_configuration {\n    buffering_interval = 1800\n  }\n}', 'stated-limit: 1800'],
  ];
  for (const [body, finding] of cases) {
    it(`flags ${finding.split(': ')[1]} in ${body.split('"')[1]}`, () => {
      assert.deepEqual(flagged(fence(body)), [finding]);
    });
  }

  it('leaves in-range values, network load balancers and a forced deletion alone', () => {
    for (const body of [
      'resource "aws_lb" "web" {\n  idle_timeout = 120\n}',
      'resource "aws_lb" "tcp" {\n  load_balancer_type = "network"\n  idle_timeout       = 5000\n}',
      'resource "aws_secretsmanager_secret" "tmp" {\n  recovery_window_in_days = 0\n}',
      'resource "aws_lb_target_group" "api" {\n  deregistration_delay = 0\n}',
      'resource "aws_iam_role" "deploy" {\n  max_session_duration = 43200\n}',
      'resource "aws_cloudfront_distribution" "cdn" {\n  origin {\n    custom_origin_config {\n      origin_read_timeout = 30\n    }\n  }\n}',
    ]) {
      assert.deepEqual(flagged(fence(body)), [], body);
    }
  });
});
