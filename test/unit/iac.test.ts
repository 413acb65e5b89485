import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { findFact } from '../../server/src/facts/catalog';
import { readFence, type IacValue } from '../../server/src/engine/recognisers/iac';
import { iacAttributeRows } from '../../server/src/engine/recognisers/iac/attributes';
import { assertionsOf } from '../../server/src/engine/assertions/quantity';
import { hoverAt } from '../../server/src/engine/features/hover';

/** The fence's code, its document offset and what the document's analysis read from it. */
function codeContexts(doc: string) {
  return analyzeText(doc).model.contexts.filter((c) => c.kind === 'code');
}

const valuesOf = (doc: string): IacValue[] => codeContexts(doc).flatMap((c) => c.iacValues);
const valueText = (doc: string, v: IacValue): string => doc.slice(v.start, v.end);
const find = (doc: string, key: string): IacValue | undefined => valuesOf(doc).find((v) => v.key === key);
const ruleIds = (doc: string): string[] => [...new Set(analyzeText(doc).findings.map((f) => f.ruleId))].sort();

describe('IaC readers', () => {
  describe('YAML (CloudFormation, SAM, Serverless)', () => {
    const CFN = [
      '# Orders stack',
      '',
      'The queue and the function:',
      '',
      '```yaml',
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Parameters:',
      '  Env: { Type: String }',
      'Resources:',
      '  OrdersQueue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      QueueName: !Sub "orders-${Env}"',
      '      MessageRetentionPeriod: 1209600',
      "      VisibilityTimeout: '120'",
      '      RedrivePolicy:',
      '        deadLetterTargetArn: !GetAtt OrdersDlq.Arn',
      '        maxReceiveCount: 5',
      '  OrdersFunction:',
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      '      Timeout: !If [IsProd, 900, 300]',
      '      MemorySize: 2048',
      '      Role: !GetAtt',
      '        - OrdersRole',
      '        - Arn',
      '      Tags:',
      '        - Key: team',
      '          Value: orders',
      'Outputs:',
      '  QueueUrl:',
      '    Value: !Ref OrdersQueue',
      '```',
    ].join('\n');

    it('parses short-form tags and cuts the template into its resources', () => {
      const code = codeContexts(CFN);
      const resources = code.filter((c) => c.resourceType !== undefined).map((c) => [c.resourceType, c.resourceName]);
      assert.deepEqual(resources, [
        ['AWS::SQS::Queue', 'OrdersQueue'],
        ['AWS::Lambda::Function', 'OrdersFunction'],
      ]);
      const queue = code.find((c) => c.resourceName === 'OrdersQueue');
      assert.ok(queue && queue.text.startsWith('  OrdersQueue:') && queue.text.endsWith('maxReceiveCount: 5'), JSON.stringify(queue?.text));
      // Outputs are not part of the last resource.
      assert.ok(!code.find((c) => c.resourceName === 'OrdersFunction')?.text.includes('Outputs'));
    });

    it('reads scalar values with exact ranges, quotes excluded, intrinsic functions left out', () => {
      assert.equal(find(CFN, 'MessageRetentionPeriod')?.number, 1209600);
      const visibility = find(CFN, 'VisibilityTimeout');
      assert.equal(visibility?.number, 120);
      assert.equal(visibility && valueText(CFN, visibility), '120');
      assert.equal(find(CFN, 'maxReceiveCount')?.parentKey, 'redrivepolicy');
      assert.equal(find(CFN, 'Value')?.raw, 'orders', 'a sequence item belongs to the key holding the sequence');
      assert.equal(find(CFN, 'Value')?.parentKey, 'tags');
      // !Sub, !GetAtt, !If, !Ref are expressions, not literal values.
      for (const key of ['QueueName', 'deadLetterTargetArn', 'Timeout', 'Role']) assert.equal(find(CFN, key), undefined, key);
      for (const v of valuesOf(CFN)) assert.equal(valueText(CFN, v), v.raw, v.key);
    });

    it('binds SAM Globals to the function type, with no resource name of their own', () => {
      const doc = '```yaml\nTransform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Timeout: 1200\n    MemorySize: 512\nResources:\n  Api:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n```\n';
      const globals = codeContexts(doc).find((c) => c.resourceName === '');
      assert.equal(globals?.resourceType, 'AWS::Serverless::Function');
      assert.deepEqual(globals && assertionsOf(globals).map((a) => [a.spec.fact, a.value]), [
        ['lambda.timeout', 1200],
        ['lambda.memory', 512 * 1024 ** 2],
      ]);
      assert.deepEqual(ruleIds(doc), ['lambda-timeout']);
      // Globals are defaults, not a function the document defines.
      assert.ok(!analyzeText(doc).model.entities.some((e) => e.name === 'Function' || e.name === 'Globals'));
    });

    it('reads a Serverless Framework file: provider defaults and each function', () => {
      const doc = '```yaml\nservice: orders\nprovider:\n  name: aws\n  timeout: 30\n  logRetentionInDays: 14\nfunctions:\n  resize:\n    handler: resize.handler\n    memorySize: 20480\n```\n';
      const functions = codeContexts(doc).filter((c) => c.resourceType === 'AWS::Lambda::Function').map((c) => c.resourceName);
      assert.deepEqual(functions, ['', 'resize']);
      assert.deepEqual(ruleIds(doc), ['lambda-memory']);
    });

    it('reads plain YAML (Kubernetes) without inventing resources, several documents', () => {
      const doc = '```yaml\napiVersion: v1\nkind: ConfigMap\ndata:\n  timeout: "30"\n---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n```\n';
      assert.ok(codeContexts(doc).every((c) => c.resourceType === undefined));
      assert.equal(find(doc, 'replicas')?.number, 3);
      assert.equal(find(doc, 'timeout')?.parentKey, 'data');
      assert.deepEqual(ruleIds(doc), []);
    });
  });

  describe('JSON (CloudFormation)', () => {
    const JSON_CFN = [
      '```json',
      '{',
      '  // a comment, as JSONC allows',
      '  "Resources": {',
      '    "OrdersQueue": {',
      '      "Type": "AWS::SQS::Queue",',
      '      "Properties": { "MessageRetentionPeriod": 2592000, "QueueName": { "Fn::Sub": "orders-${Env}" } }',
      '    },',
      '    "Resize": {',
      '      "Type": "AWS::Lambda::Function",',
      '      "Properties": { "Timeout": 60, "MemorySize": "1024", },',
      '    }',
      '  }',
      '}',
      '```',
    ].join('\n');

    it('cuts the template into resources and reads values with exact ranges', () => {
      const code = codeContexts(JSON_CFN);
      assert.deepEqual(code.filter((c) => c.resourceType).map((c) => [c.resourceType, c.resourceName]), [
        ['AWS::SQS::Queue', 'OrdersQueue'],
        ['AWS::Lambda::Function', 'Resize'],
      ]);
      const memory = find(JSON_CFN, 'MemorySize');
      assert.equal(memory?.number, 1024);
      assert.equal(memory && valueText(JSON_CFN, memory), '1024');
      assert.equal(find(JSON_CFN, 'Fn::Sub')?.parentKey, 'queuename');
    });

    it('reads a fragment of resources without the outer braces', () => {
      const doc = '```json\n"OrdersQueue": {\n  "Type": "AWS::SQS::Queue",\n  "Properties": { "VisibilityTimeout": 50000 }\n}\n```\n';
      const v = find(doc, 'VisibilityTimeout');
      assert.equal(v && valueText(doc, v), '50000');
      assert.deepEqual(ruleIds(doc), ['sqs-visibility-timeout']);
    });
  });

  describe('HCL (Terraform)', () => {
    const TF = [
      '```hcl',
      '# Orders queue',
      'variable "retention" {',
      '  type    = number',
      '  default = 2592000 // thirty days',
      '}',
      'locals {',
      '  memory = 20480',
      '  tags   = { Team = "orders", "cost-center" = "42" }',
      '}',
      'resource "aws_sqs_queue" "orders" {',
      '  name                       = "orders-${var.env}"',
      '  message_retention_seconds  = var.retention',
      '  visibility_timeout_seconds = 60',
      '  redrive_policy = jsonencode({',
      '    maxReceiveCount = 5',
      '  })',
      '  policy = <<EOF',
      '{ "timeout": 99999 }',
      'EOF',
      '  /* block comment with } and { */',
      '  tags = local.tags',
      '}',
      'resource "aws_lambda_function" "resize" {',
      '  memory_size = local.memory',
      '  timeout     = var.missing',
      '  ephemeral_storage {',
      '    size = 10240',
      '  }',
      '  environment {',
      '    variables = { MODE = "fast", RETRIES = 3 }',
      '  }',
      '}',
      'module "audit_queue" {',
      '  source                    = "terraform-aws-modules/sqs/aws"',
      '  version                   = "~> 4.0"',
      '  message_retention_seconds = 1209600',
      '}',
      '```',
    ].join('\n');

    it('cuts resources and mapped modules, reads nested blocks and objects, skips heredocs and comments', () => {
      const code = codeContexts(TF);
      assert.deepEqual(code.filter((c) => c.resourceType).map((c) => [c.resourceType, c.resourceName]), [
        ['aws_sqs_queue', 'orders'],
        ['aws_lambda_function', 'resize'],
        ['module:aws_sqs_queue', 'audit_queue'],
      ]);
      const queue = code.find((c) => c.resourceName === 'orders');
      assert.ok(queue?.text.startsWith('resource "aws_sqs_queue"') && queue.text.endsWith('}'));
      assert.equal(find(TF, 'size')?.parentKey, 'ephemeralstorage');
      assert.equal(find(TF, 'RETRIES')?.parentKey, 'variables');
      assert.equal(find(TF, 'cost-center')?.raw, '42');
      assert.equal(find(TF, 'timeout'), undefined, 'a heredoc is not read, an unknown variable gives nothing');
      assert.equal(find(TF, 'name'), undefined, 'a template string is not a literal');
      assert.equal(find(TF, 'visibility_timeout_seconds')?.number, 60);
      for (const v of valuesOf(TF)) assert.equal(valueText(TF, v), v.raw, v.key);
    });

    it('gives an argument written as var.x or local.x the default, at the default', () => {
      const queue = codeContexts(TF).find((c) => c.resourceName === 'orders');
      const retention = queue?.iacValues.find((v) => v.key === 'message_retention_seconds');
      assert.equal(retention?.number, 2592000);
      assert.equal(retention && valueText(TF, retention), '2592000');
      const findings = analyzeText(TF).findings.map((f) => [f.ruleId, TF.slice(f.start, f.end)]);
      assert.deepEqual(findings.sort(), [
        ['lambda-memory', '20480'],
        ['sqs-retention', '2592000'],
      ]);
    });

    it('a default two resources read is judged once', () => {
      const doc = '```hcl\nvariable "r" {\n  default = 2592000\n}\nresource "aws_sqs_queue" "a" {\n  message_retention_seconds = var.r\n}\nresource "aws_sqs_queue" "b" {\n  message_retention_seconds = var.r\n}\n```\n';
      assert.deepEqual(analyzeText(doc).findings.map((f) => [f.ruleId, doc.slice(f.start, f.end)]), [['sqs-retention', '2592000']]);
    });

    it('reads module inputs as the resource arguments they are', () => {
      const doc = '```hcl\nmodule "q" {\n  source = "git::https://github.com/terraform-aws-modules/terraform-aws-sqs.git?ref=v4.2.0"\n  message_retention_seconds = 2592000\n}\nmodule "net" {\n  source = "terraform-aws-modules/vpc/aws"\n  cidr   = "10.0.0.0/16"\n}\n```\n';
      // The VPC module is mapped for the roles of its CIDRs (`cidr` is the VPC's), with no number to judge.
      assert.deepEqual(codeContexts(doc).filter((c) => c.resourceType).map((c) => c.resourceType), ['module:aws_sqs_queue', 'module:aws_vpc']);
      assert.deepEqual(ruleIds(doc), ['sqs-retention']);
    });

    it('an engine and another engine’s default port reach the port rule, also through a module', () => {
      assert.deepEqual(ruleIds('```hcl\nresource "aws_db_instance" "db" {\n  engine = "postgres"\n  port   = 3306\n}\n```\n'), ['engine-port-mismatch']);
      assert.deepEqual(ruleIds('```hcl\nresource "aws_db_instance" "db" {\n  engine = "postgres"\n  port   = 5432\n}\n```\n'), []);
      assert.deepEqual(ruleIds('```hcl\nmodule "db" {\n  source = "terraform-aws-modules/rds/aws"\n  engine = "postgres"\n  port   = 3306\n}\n```\n'), ['engine-port-mismatch']);
    });

    it('reads an unmarked fence that holds Terraform', () => {
      const doc = '```\nresource "aws_lambda_function" "f" {\n  timeout = 1200\n}\n```\n';
      assert.deepEqual(ruleIds(doc), ['lambda-timeout']);
    });
  });

  describe('aws CLI commands', () => {
    it('reads a command continued over several lines as one statement (bash, CRLF, PowerShell)', () => {
      const bash = '```bash\naws lambda update-function-configuration \\\n  --function-name resize \\\n  --timeout 1200\n```\n';
      const crlf = '🚀 runbook\r\n\r\n```sh\r\naws sqs set-queue-attributes \\\r\n  --queue-url $Q \\\r\n  --attributes MessageRetentionPeriod=2592000\r\n```\r\n';
      const ps = '```powershell\naws lambda update-function-configuration `\n  --function-name resize `\n  --memory-size 20480\n```\n';
      for (const [doc, rule, value] of [
        [bash, 'lambda-timeout', '1200'],
        [crlf, 'sqs-retention', '2592000'],
        [ps, 'lambda-memory', '20480'],
      ] as const) {
        const findings = analyzeText(doc).findings;
        assert.deepEqual(findings.map((f) => [f.ruleId, doc.slice(f.start, f.end)]), [[rule, value]], doc);
      }
      // Two commands are two statements.
      const two = '```bash\naws lambda update-function-configuration --function-name a --timeout 30\naws lambda update-function-configuration --function-name b --timeout 1200\n```\n';
      assert.equal(codeContexts(two).length, 2);
    });

    it('reads DynamoDB and API Gateway commands through the attribute table', () => {
      assert.deepEqual(ruleIds('```bash\naws dynamodb update-continuous-backups --table-name t \\\n  --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true,RecoveryPeriodInDays=90\n```\n'), ['dynamodb-pitr-window']);
      assert.deepEqual(ruleIds('```bash\naws apigatewayv2 update-integration --api-id a --integration-id i --timeout-in-millis 60000\n```\n'), ['api-gateway-http-timeout']);
      assert.deepEqual(ruleIds('```bash\naws apigatewayv2 update-integration --api-id a --integration-id i --timeout-in-millis 30000\n```\n'), []);
    });
  });

  describe('malformed IaC never throws', () => {
    const broken = [
      '```yaml\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      MessageRetentionPeriod: 2592000\n      Bad: [unclosed, {\n   : : :\n```\n',
      '```yaml\n- a\nb: c\n  d: : e\n\t\tf: "unterminated\n```\n',
      '```yaml\nx: &a [*a, *a]\ny: *nowhere\n!!binary z: 1\n```\n',
      '```json\n{ "Resources": { "Q": { "Type": "AWS::SQS::Queue", "Properties": { "MessageRetentionPeriod": 2592000,\n```\n',
      '```json\n' + '['.repeat(5000) + '\n```\n',
      '```json\n}}}]]]"\\\n```\n',
      '```yaml\n' + '- '.repeat(3000) + 'x\n```\n',
      // Nesting deeper than any template is not parsed (the parser recursed and ran out of memory on these).
      '```yaml\n' + '- '.repeat(50000) + 'x\n```\n',
      '```yaml\n' + '['.repeat(100000) + '\n```\n',
      '```hcl\nresource "aws_sqs_queue" "q" {\n  message_retention_seconds = 2592000\n  tags = { a = [1, {\n  x = "unterminated\n```\n',
      '```hcl\n}}} ]] ) resource "a" { = = 1 "x" = y ? 2 : 3\n<<EOF\nnever closed\n```\n',
      '```hcl\n' + 'a { '.repeat(20000) + '\n```\n',
      '```hcl\nx = "${"${"${' + '"${'.repeat(5000) + '\n```\n',
    ];
    for (const doc of broken) {
      it(`gives partial results or nothing: ${JSON.stringify(doc.slice(0, 40))}…`, () => {
        const analysis = analyzeText(doc);
        for (const v of analysis.model.contexts.flatMap((c) => c.iacValues)) assert.equal(doc.slice(v.start, v.end), v.raw);
      });
    }
    it('a half-typed template still yields what parsed before the break', () => {
      assert.ok(ruleIds(broken[0] ?? '').includes('sqs-retention'));
      assert.ok(ruleIds(broken.find((d) => d.includes('unterminated') && d.startsWith('```hcl')) ?? '').includes('sqs-retention'));
    });
  });

  describe('offsets', () => {
    it('CRLF line ends and emoji before the fence do not shift ranges (YAML, JSON, HCL)', () => {
      const yaml = '# Queues 🚀🚀\r\n\r\nNotes with 👩‍💻 and ✅.\r\n\r\n```yaml\r\nQ:\r\n  Type: AWS::SQS::Queue\r\n  Properties:\r\n    MessageRetentionPeriod: "2592000"\r\n    DelaySeconds: 5 # a comment\r\n```\r\n';
      const json = '🚀 intro\r\n\r\n```json\r\n{ "Q": { "Type": "AWS::SQS::Queue",\r\n  "Properties": { "MaximumMessageSize": 2048 } } }\r\n```\r\n';
      const hcl = '- 👩‍💻 item\r\n\r\n```hcl\r\nresource "aws_sqs_queue" "q" { # 🚀\r\n  delay_seconds = 5\r\n  name = "ü-queue"\r\n}\r\n```\r\n';
      for (const doc of [yaml, json, hcl]) {
        const values = valuesOf(doc).filter((v) => v.number !== undefined);
        assert.ok(values.length > 0);
        for (const v of values) assert.equal(valueText(doc, v), v.raw);
        for (const c of codeContexts(doc)) assert.notEqual(doc[c.end - 1], '\r', 'a range ends before the \\r');
      }
      const retention = analyzeText(yaml).findings.find((f) => f.ruleId === 'sqs-retention');
      assert.equal(retention && yaml.slice(retention.start, retention.end), '2592000');
    });
  });

  describe('fences inside containers', () => {
    it('reads a fence in a blockquote or a list item, with ranges in the document', () => {
      const docs = [
        '- The queue:\n\n   ```yaml\n   Q:\n     Type: AWS::SQS::Queue\n     Properties:\n       MessageRetentionPeriod: 2592000\n   ```\n',
        '> The queue:\n>\n> ```yaml\n> Q:\n>   Type: AWS::SQS::Queue\n>   Properties:\n>     MessageRetentionPeriod: 2592000\n> ```\n',
        '> ```hcl\n> resource "aws_sqs_queue" "q" {\n>   message_retention_seconds = 2592000\n> }\n> ```\n',
        '> > ```json\r\n> > { "Q": { "Type": "AWS::SQS::Queue", "Properties": {\r\n> >   "MessageRetentionPeriod": 2592000 } } }\r\n> > ```\r\n',
      ];
      for (const doc of docs) {
        assert.deepEqual(analyzeText(doc).findings.map((f) => [f.ruleId, doc.slice(f.start, f.end)]), [['sqs-retention', '2592000']], doc);
      }
    });
  });

  describe('hover', () => {
    it('an IaC value gets the card of the record its rule judges', () => {
      const doc = '```yaml\nQ:\n  Type: AWS::SQS::Queue\n  Properties:\n    MessageRetentionPeriod: 2592000\n    MaximumMessageSize: 512\n    DelaySeconds: 120\n```\n';
      const analysis = analyzeText(doc);
      const card = (value: string) => hoverAt(analysis, doc.indexOf(value) + 1);
      const retention = card('2592000');
      assert.match(retention?.markdown ?? '', /Message retention[\s\S]*outside the range/);
      const finding = analysis.findings.find((f) => f.ruleId === 'sqs-retention');
      assert.deepEqual([retention?.start, retention?.end], [finding?.start, finding?.end]);
      // Below the minimum is flagged in IaC, and the card says so too.
      assert.ok(analysis.findings.some((f) => f.ruleId === 'sqs-message-size'));
      assert.match(card('512')?.markdown ?? '', /outside the range/);
      // A hover-only attribute (no rule) has a card and no finding.
      assert.match(card('120')?.markdown ?? '', /Delivery delay[\s\S]*within the range/);
    });
  });

  describe('the attribute table', () => {
    it('names only facts the fact pack has', () => {
      for (const row of iacAttributeRows()) assert.ok(findFact(row.fact), `${row.type} ${row.key}: no fact ${row.fact}`);
    });
  });

  describe('a wrong value gives the finding its prose form gives, a right one none', () => {
    const cases: Array<{ prose: string; wrong: string[]; right: string[] }> = [
      {
        prose: 'The SQS queue keeps messages for 30 days.',
        wrong: [
          '```yaml\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      MessageRetentionPeriod: 2592000\n      QueueName: !Ref Name\n```\n',
          '```json\n{ "Resources": { "Q": { "Type": "AWS::SQS::Queue", "Properties": { "MessageRetentionPeriod": 2592000 } } } }\n```\n',
          '```hcl\nresource "aws_sqs_queue" "q" {\n  message_retention_seconds = 2592000\n}\n```\n',
          '```bash\naws sqs set-queue-attributes --queue-url $Q --attributes MessageRetentionPeriod=2592000\n```\n',
        ],
        right: [
          '```yaml\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      MessageRetentionPeriod: 1209600\n```\n',
          '```json\n{ "Resources": { "Q": { "Type": "AWS::SQS::Queue", "Properties": { "MessageRetentionPeriod": 345600 } } } }\n```\n',
          '```hcl\nresource "aws_sqs_queue" "q" {\n  message_retention_seconds = 1209600\n}\n```\n',
        ],
      },
      {
        prose: 'The Lambda function timeout is 20 minutes.',
        wrong: [
          '```yaml\nGlobals:\n  Function:\n    Timeout: 1200\n```\n',
          '```yaml\nFn:\n  Type: AWS::Serverless::Function\n  Properties:\n    Timeout: 1200\n```\n',
          '```json\n{ "Fn": { "Type": "AWS::Lambda::Function", "Properties": { "Timeout": 1200 } } }\n```\n',
          '```hcl\nresource "aws_lambda_function" "f" {\n  timeout = 1200\n}\n```\n',
        ],
        right: [
          '```yaml\nGlobals:\n  Function:\n    Timeout: 900\n```\n',
          '```json\n{ "Fn": { "Type": "AWS::Lambda::Function", "Properties": { "Timeout": 30 } } }\n```\n',
        ],
      },
      {
        prose: 'Kinesis Data Streams retention is 400 days.',
        wrong: ['```yaml\nS:\n  Type: AWS::Kinesis::Stream\n  Properties:\n    RetentionPeriodHours: 9600\n```\n'],
        right: ['```yaml\nS:\n  Type: AWS::Kinesis::Stream\n  Properties:\n    RetentionPeriodHours: 8760\n```\n'],
      },
      {
        prose: 'RDS automated backups are retained for 60 days.',
        wrong: ['```yaml\nDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: postgres\n    BackupRetentionPeriod: 60\n```\n'],
        right: ['```yaml\nDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: postgres\n    BackupRetentionPeriod: 7\n    Port: 5432\n```\n'],
      },
    ];
    for (const { prose, wrong, right } of cases) {
      const expected = ruleIds(prose);
      it(`${prose} → ${expected.join(', ')}`, () => {
        assert.equal(expected.length, 1);
        for (const doc of wrong) assert.deepEqual(ruleIds(doc), expected, doc);
        for (const doc of right) assert.deepEqual(ruleIds(doc), [], doc);
      });
    }

    it('an engine and another engine’s default port in one resource reach the port rule', () => {
      const doc = '```yaml\nDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: postgres\n    Port: 3306\n```\n';
      assert.deepEqual(ruleIds(doc), ['engine-port-mismatch']);
      const json = '```json\n{ "Db": { "Type": "AWS::RDS::DBInstance", "Properties": { "Engine": "postgres", "Port": 3306 } } }\n```\n';
      assert.deepEqual(ruleIds(json), ['engine-port-mismatch']);
    });
  });
});

describe('IaC readers: AWS CDK apps', () => {
  const TS = [
    '# Orders stack (CDK)',
    '',
    '```ts',
    "const queue = new sqs.Queue(this, 'OrdersQueue', {",
    '  retentionPeriod: Duration.days(30),',
    '  visibilityTimeout: cdk.Duration.seconds(30),',
    '});',
    "const fn = new lambda.Function(this, 'Worker', {",
    '  timeout: Duration.minutes(20),',
    '  memorySize: 20_480,',
    "  environment: { TIMEOUT: '5', memorySize: '99999' },",
    '});',
    '```',
  ].join('\n');
  const PY = ['```python', 'queue = sqs.Queue(self, "Orders", retention_period=Duration.days(14), visibility_timeout=Duration.hours(13))', '```'].join('\n');

  it('reads construct props under their CloudFormation names, in the property unit', () => {
    const retention = find(TS, 'retentionPeriod');
    assert.equal(retention?.normalizedKey, 'messageretentionperiod');
    assert.equal(retention?.number, 30 * 86_400);
    assert.equal(valueText(TS, retention!), 'Duration.days(30)');
    assert.equal(find(TS, 'memorySize')?.number, 20_480);
    assert.equal(find(TS, 'visibilityTimeout')?.number, 30);
  });

  it('leaves a nested object alone (an environment variable is not the function timeout)', () => {
    assert.equal(valuesOf(TS).filter((v) => v.key === 'TIMEOUT' || v.raw === "'99999'").length, 0);
    assert.equal(valuesOf(TS).filter((v) => v.key === 'memorySize').length, 1);
  });

  it('flags out-of-range props in TypeScript and Python, without a fix that would write seconds into a Duration', () => {
    const findings = analyzeText(`${TS}\n\n${PY}`).findings;
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), ['lambda-memory', 'lambda-timeout', 'sqs-retention', 'sqs-visibility-timeout']);
    const retention = findings.find((f) => f.ruleId === 'sqs-retention');
    assert.deepEqual(retention?.fixes ?? [], []);
    assert.ok(findings.find((f) => f.ruleId === 'lambda-memory')?.fixes?.length);
  });

  it('stays quiet on values in range and on classes it does not know', () => {
    const ok = ['```ts', "new sqs.Queue(this, 'Q', { retentionPeriod: Duration.days(14), visibilityTimeout: Duration.hours(12) });", "new other.Queue2(this, 'X', { timeout: Duration.days(9) });", '```'].join('\n');
    assert.deepEqual(analyzeText(ok).findings.map((f) => f.ruleId), []);
  });
});

describe('IaC readers: Pulumi YAML', () => {
  const PULUMI = [
    '```yaml',
    'name: orders',
    'runtime: yaml',
    'resources:',
    '  jobs:',
    '    type: aws:sqs:Queue',
    '    properties:',
    '      messageRetentionSeconds: 2592000',
    '  worker:',
    '    type: aws:lambda/function:Function',
    '    properties:',
    '      timeout: 600',
    '      memorySize: 1024',
    '```',
  ].join('\n');

  it('reads each resource under its Terraform type and judges its properties', () => {
    const types = codeContexts(PULUMI).map((c) => c.resourceType).filter(Boolean);
    assert.deepEqual([...new Set(types)], ['aws_sqs_queue', 'aws_lambda_function']);
    assert.deepEqual(ruleIds(PULUMI), ['sqs-retention']);
  });

  it('leaves types it does not map alone', () => {
    const other = PULUMI.replace('aws:sqs:Queue', 'gcp:pubsub:Topic');
    assert.deepEqual(ruleIds(other), []);
  });
});
