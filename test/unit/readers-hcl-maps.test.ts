import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { readHcl } from '../../server/src/engine/recognisers/iac/hcl';

/** Findings of a document as "rule: flagged text". */
function found(text: string): string[] {
  return analyzeText(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

const fence = (hcl: string): string => '```hcl\n' + hcl + '\n```\n';

describe('readers: HCL arithmetic, Terragrunt inputs and nested maps', () => {
  it('evaluates arithmetic of number literals and keeps the expression as written', () => {
    const read = readHcl('resource "aws_sqs_queue" "q" {\n  a = 60 * 60 * 24 * 16\n  b = (15 * 60) + 60\n  c = 1024 * 10\n  d = 7 % 4\n}', 0);
    assert.deepEqual(
      read.values.map((v) => [v.raw, v.number]),
      [
        ['60 * 60 * 24 * 16', 1_382_400],
        ['(15 * 60) + 60', 960],
        ['1024 * 10', 10_240],
        ['7 % 4', 3],
      ],
    );
  });

  it('reads no value where an operand is not a literal, a bracket is open or a divisor is zero', () => {
    const read = readHcl('locals {\n  a = var.days * 86400\n  b = (60 * 60\n  c = 60 / 0\n  d = max(60, 120) * 2\n  e = 60 * 60 > 10 ? 1 : 2\n}', 0);
    assert.deepEqual(read.values, []);
  });

  it('flags out-of-range arithmetic in resources and in the locals they read', () => {
    const text = fence(
      'resource "aws_sqs_queue" "q" {\n  visibility_timeout_seconds = 60 * 60 * 13\n  message_retention_seconds  = local.retention\n}\nlocals {\n  retention = 60 * 60 * 24 * 15\n}',
    );
    assert.deepEqual(found(text), ['sqs-visibility-timeout: 60 * 60 * 13', 'sqs-retention: 60 * 60 * 24 * 15']);
    // In range: nothing, and no fix is offered for an expression.
    assert.deepEqual(found(fence('resource "aws_sqs_queue" "q" {\n  visibility_timeout_seconds = 60 * 60 * 12\n  message_retention_seconds = 60 * 60 * 24 * 14\n}')), []);
    const fixes = analyzeText(text).findings.flatMap((f) => f.fixes ?? []);
    assert.deepEqual(fixes, []);
  });

  it('evaluates arithmetic over the variable defaults and locals it reads, where it is written', () => {
    const text = fence(
      'variable "timeout_minutes" {\n  default = 20\n}\nlocals {\n  day = 24 * 60 * 60\n}\nresource "aws_lambda_function" "f" {\n  timeout = var.timeout_minutes * 60\n}\nresource "aws_sqs_queue" "q" {\n  message_retention_seconds = 16 * local.day\n  visibility_timeout_seconds = var.unknown * 60\n  delay_seconds = local.missing + 1\n}',
    );
    // The default the expression reads is judged in the expression only (not again by the variable's name).
    assert.deepEqual(found(text), ['lambda-timeout: var.timeout_minutes * 60', 'sqs-retention: 16 * local.day']);
  });

  it('reads Terragrunt inputs as the arguments of the module its terraform block sources', () => {
    const text = fence(
      'terraform {\n  source = "tfr:///terraform-aws-modules/lambda/aws?version=7.2.0"\n}\n\nlocals {\n  timeout = 20 * 60\n}\n\ninputs = {\n  function_name = "ingest"\n  timeout       = local.timeout\n  memory_size   = 1024 * 12\n}',
    );
    assert.deepEqual(found(text), ['lambda-timeout: 20 * 60', 'lambda-memory: 1024 * 12']);
  });

  it('reads inputs of an unmapped module by their key paths and the one service a property name belongs to', () => {
    const text = fence('inputs = {\n  name                       = "ingest"\n  message_retention_seconds  = 60 * 60 * 24 * 16\n  queue = {\n    visibility_timeout = 60 * 60 * 13\n  }\n}');
    assert.deepEqual(found(text), ['sqs-retention: 60 * 60 * 24 * 16', 'sqs-visibility-timeout: 60 * 60 * 13']);
    const module = fence('module "ingest" {\n  source = "./modules/ingest"\n  queue = {\n    visibility_timeout = 60 * 60 * 13\n  }\n  lambda_timeout = (15 * 60) + 60\n}');
    assert.deepEqual(found(module), ['sqs-visibility-timeout: 60 * 60 * 13', 'lambda-timeout: (15 * 60) + 60']);
  });

  it('leaves inputs whose key names no one service, and values said of another product', () => {
    assert.deepEqual(found(fence('inputs = {\n  timeout        = 1200\n  batch_size     = 10 * 1000\n  retention_days = 7 * 3\n}')), []);
    assert.deepEqual(found(fence('inputs = {\n  kafka = {\n    message_retention_seconds = 60 * 60 * 24 * 30\n  }\n}')), []);
  });
});
