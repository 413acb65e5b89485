import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';

/** `rule:marked text` of every finding. */
function findings(text: string): string[] {
  return analyzeText(text).findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
}

const fence = (lang: string, ...lines: string[]): string => ['```' + lang, ...lines, '```'].join('\n');

describe('IaC in more of the forms people paste', () => {
  it('reads CloudFormation under a Serverless Framework `resources:` key', () => {
    const text = fence('yaml', 'service: orders', 'provider:', '  name: aws', 'resources:', '  Resources:', '    Orders:', '      Type: AWS::SQS::Queue', '      Properties:', '        MessageRetentionPeriod: 2592000', '        VisibilityTimeout: 60');
    assert.deepEqual(findings(text), ['sqs-retention:2592000']);
  });

  it('reads Pulumi programs in TypeScript and Python, with or without the import', () => {
    const ts = fence('ts', 'import * as aws from "@pulumi/aws";', 'const q = new aws.sqs.Queue("orders", {', '  messageRetentionSeconds: 1728000,', '  delaySeconds: 0,', '});');
    assert.deepEqual(findings(ts), ['sqs-retention:1728000']);
    const snippet = fence('typescript', 'const fn = new aws.lambda.Function("ingest", { timeout: 1200, memorySize: 1024 });');
    assert.deepEqual(findings(snippet), ['lambda-timeout:1200']);
    const py = fence('python', 'import pulumi_aws as aws', 'db = aws.rds.Instance("db", engine="postgres", port=5432, backup_retention_period=40)');
    assert.deepEqual(findings(py), ['rds-backup-retention:40']);
    // Python escapes the keyword-named module with an underscore: `aws.lambda_`.
    const lambdaPy = fence('python', 'fn = aws.lambda_.Function("resize", timeout=1200, memory_size=20480)');
    assert.deepEqual(findings(lambdaPy), ['lambda-timeout:1200', 'lambda-memory:20480']);
  });

  it('gives a Pulumi database its engine, so a port from another engine is seen', () => {
    const ts = fence('ts', 'const db = new aws.rds.Instance("db", {', '  engine: "postgres",', '  port: 3306,', '});');
    assert.deepEqual(findings(ts), ['engine-port-mismatch:3306']);
  });

  it('leaves CDK constructs to the CDK reader', () => {
    const cdk = fence('ts', "const q = new sqs.Queue(this, 'Orders', { retentionPeriod: Duration.days(20) });");
    assert.deepEqual(findings(cdk), ['sqs-retention:Duration.days(20)']);
    const quiet = fence('ts', 'const q = new aws.sqs.Queue("orders", { messageRetentionSeconds: 1209600 });');
    assert.deepEqual(findings(quiet), []);
  });

  it('knows the VPC block of a CDK Vpc, a Pulumi Vpc and an `aws ec2 create-vpc` command', () => {
    assert.deepEqual(findings(fence('python', 'vpc = ec2.Vpc(self, "Vpc", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/15"))')), ['vpc-cidr-size:10.0.0.0/15']);
    assert.deepEqual(findings(fence('ts', 'const vpc = new aws.ec2.Vpc("main", { cidrBlock: "10.0.0.0/12" });')), ['vpc-cidr-size:10.0.0.0/12']);
    assert.deepEqual(findings(fence('bash', 'aws ec2 create-vpc --cidr-block 10.0.0.0/12')), ['vpc-cidr-size:10.0.0.0/12']);
    assert.deepEqual(findings('Create it with `aws ec2 create-vpc --cidr-block 10.20.0.0/14`.'), ['vpc-cidr-size:10.20.0.0/14']);
  });

  it('does not read a subnet created by `aws ec2 create-subnet` as a VPC', () => {
    const text = fence('bash', 'aws ec2 create-vpc --cidr-block 10.0.0.0/16', 'aws ec2 create-subnet --vpc-id vpc-0abc --cidr-block 10.0.1.0/24', 'aws ec2 create-subnet --vpc-id vpc-0abc --cidr-block 10.0.1.128/25');
    assert.deepEqual(findings(text).filter((f) => f.startsWith('vpc-cidr-size')), []);
    const { model } = analyzeText(text);
    assert.deepEqual(model.vpcs.map((v) => v.mention.text), ['10.0.0.0/16']);
    assert.deepEqual(model.subnets.map((s) => s.mention.text), ['10.0.1.0/24', '10.0.1.128/25']);
  });

  it('reads the Terraform VPC module: `cidr` is the VPC, `*_subnets` are its subnets', () => {
    const text = fence('hcl', 'module "vpc" {', '  source          = "terraform-aws-modules/vpc/aws"', '  cidr            = "10.0.0.0/15"', '  private_subnets = ["10.0.1.0/24", "10.0.2.0/24"]', '}');
    assert.deepEqual(findings(text), ['vpc-cidr-size:10.0.0.0/15']);
    const outside = fence('hcl', 'module "vpc" {', '  source          = "terraform-aws-modules/vpc/aws"', '  cidr            = "10.0.0.0/16"', '  private_subnets = ["10.0.1.0/24", "10.1.2.0/24"]', '}');
    assert.deepEqual(findings(outside), ['subnet-outside-vpc:10.1.2.0/24']);
    const fine = fence('hcl', 'module "vpc" {', '  source          = "terraform-aws-modules/vpc/aws"', '  cidr            = "10.0.0.0/16"', '  public_subnets  = ["10.0.101.0/24", "10.0.102.0/24"]', '  private_subnets = ["10.0.1.0/24", "10.0.2.0/24"]', '}');
    assert.deepEqual(findings(fine), []);
  });
});
