/**
 * Terraform `variable` validation blocks: a condition that bounds the variable states the limit the
 * module enforces; a bound beyond AWS's range is a wrong limit (recognisers/iac/hcl-validation.ts).
 * AsciiDoc callouts after a value (`= 900 <1>`) do not hide the value (recognisers/iac/callouts.ts).
 * Modules written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { withoutCallouts } from '../../server/src/engine/recognisers/iac/callouts';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const fence = (body: string): string => `# Module inputs\n\n\`\`\`hcl\n${body}\n\`\`\`\n`;

describe('readers: Terraform validation bounds', () => {
  it('flags a ceiling the module enforces above what AWS accepts', () => {
    const doc = fence(
      [
        'variable "message_retention_seconds" {',
        '  description = "How long the SQS queue keeps a message"',
        '  type        = number',
        '  validation {',
        '    condition     = var.message_retention_seconds >= 60 && var.message_retention_seconds <= 1728000',
        '    error_message = "Pick 60 to 1728000 seconds."',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(flagged(doc), ['error sqs-retention 1728000']);
    assert.match(analyzeText(doc).findings[0]?.message ?? '', /upper bound of var\.message_retention_seconds = 1728000 is 20 days/);
  });

  it('reads the service from the name, a flipped comparison and an optional variable', () => {
    assert.deepEqual(flagged(fence('variable "lambda_timeout" {\n  type = number\n  validation {\n    condition = 1200 >= var.lambda_timeout\n    error_message = "Too long."\n  }\n}')), ['error lambda-timeout 1200']);
    assert.deepEqual(
      flagged(fence('variable "lambda_timeout" {\n  default = null\n  validation {\n    condition = var.lambda_timeout == null || (var.lambda_timeout >= 1 && var.lambda_timeout <= 1200)\n    error_message = "1 to 1200."\n  }\n}')),
      ['error lambda-timeout 1200'],
    );
  });

  it('reads the service from a resource of the same fence, and the default the module ships', () => {
    const doc = fence(
      [
        'resource "aws_sqs_queue" "jobs" {',
        '  name = "jobs"',
        '}',
        'variable "visibility_timeout_seconds" {',
        '  default = 50000',
        '  validation {',
        '    condition = var.visibility_timeout_seconds <= 43200',
        '    error_message = "At most 12 hours."',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(flagged(doc), ['error sqs-visibility-timeout 50000']);
  });

  it('counts an exclusive bound as the last value it lets through', () => {
    const body = (n: number): string => `variable "sqs_message_retention_seconds" {\n  validation {\n    condition = var.sqs_message_retention_seconds < ${n}\n    error_message = "Too long."\n  }\n}`;
    assert.deepEqual(flagged(fence(body(1209601))), []);
    assert.deepEqual(flagged(fence(body(1296000))), ['error sqs-retention 1296000']);
  });

  it('leaves alone bounds inside the range, sanity floors, disjunctions and unnamed services', () => {
    // A module may allow less than AWS does.
    assert.deepEqual(flagged(fence('variable "lambda_timeout" {\n  validation {\n    condition = var.lambda_timeout >= 3 && var.lambda_timeout <= 300\n    error_message = "3 to 300."\n  }\n}')), []);
    // `>= 0` says "not negative", not AWS's minimum retention of 60 seconds.
    assert.deepEqual(flagged(fence('variable "sqs_message_retention_seconds" {\n  validation {\n    condition = var.sqs_message_retention_seconds >= 0\n    error_message = "Not negative."\n  }\n}')), []);
    // Either too small or too large: not a range the module accepts.
    assert.deepEqual(flagged(fence('variable "lambda_timeout" {\n  validation {\n    condition = var.lambda_timeout < 5 || var.lambda_timeout > 1200\n    error_message = "Odd rule."\n  }\n}')), []);
    // A generic name whose description names no AWS service, or another cloud's.
    assert.deepEqual(flagged(fence('variable "timeout" {\n  description = "Health check timeout of the probe"\n  validation {\n    condition = var.timeout <= 1200\n    error_message = "Too long."\n  }\n}')), []);
    assert.deepEqual(
      flagged(fence('variable "message_retention_seconds" {\n  description = "Azure Service Bus message time to live"\n  validation {\n    condition = var.message_retention_seconds <= 7776000\n    error_message = "90 days at most."\n  }\n}')),
      [],
    );
    // A negated comparison bounds nothing.
    assert.deepEqual(flagged(fence('variable "lambda_timeout" {\n  validation {\n    condition = !(var.lambda_timeout > 1200)\n    error_message = "x"\n  }\n}')), []);
  });

  it('gives a default read by a resource one finding, on the default (CRLF too)', () => {
    const body = [
      'resource "aws_lambda_function" "worker" {',
      '  timeout = var.worker_timeout',
      '}',
      'variable "worker_timeout" {',
      '  description = "Lambda timeout"',
      '  default     = 1200',
      '  validation {',
      '    condition = var.worker_timeout <= 900',
      '    error_message = "15 minutes at most."',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(flagged(fence(body)), ['error lambda-timeout 1200']);
    assert.deepEqual(flagged(fence(body).replace(/\n/g, '\r\n')), ['error lambda-timeout 1200']);
  });
});

describe('readers: AsciiDoc callouts in code', () => {
  it('blanks trailing markers, same length, and nothing else', () => {
    const code = 'timeout = 1200 <1>\r\nname = "a <2>"\nsize = 3 <1> <2>\nx<3>\n';
    const out = withoutCallouts(code);
    assert.equal(out.length, code.length);
    assert.equal(out, 'timeout = 1200    \r\nname = "a <2>"\nsize = 3        \nx<3>\n');
    assert.equal(withoutCallouts('no markers'), 'no markers');
  });

  it('reads a value followed by a callout', () => {
    const doc = '[source,yaml]\n```\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 1200 <1>\n```\n<1> Twenty minutes.\n';
    assert.deepEqual(flagged(doc), ['error lambda-timeout 1200']);
    assert.deepEqual(flagged(doc.replace('1200', '600')), []);
  });
});
