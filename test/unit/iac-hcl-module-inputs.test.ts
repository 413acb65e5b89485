import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

/** Findings of a document as "rule: flagged text". */
function found(text: string): string[] {
  return analyzeText(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

const fence = (hcl: string): string => '```hcl\n' + hcl + '\n```\n';

describe('Terraform: inputs of the team\'s own modules and variable defaults, read by their names', () => {
  it('reads a local module\'s inputs whose names say the service, the attribute and the unit', () => {
    const text = fence('module "ingest" {\n  source                = "./modules/ingest"\n  sqs_retention_seconds = 1382400\n  lambda_timeout        = 960\n  lambda_memory_mb      = 12288\n}');
    assert.deepEqual(found(text), ['sqs-retention: 1382400', 'lambda-timeout: 960', 'lambda-memory: 12288']);
  });

  it('reads a variable default that no resource reads, and leaves one a resource reads to that resource', () => {
    assert.deepEqual(found(fence('variable "lambda_timeout" {\n  description = "Lambda timeout in seconds"\n  default     = 1200\n}')), ['lambda-timeout: 1200']);
    const read = fence('variable "retention" {\n  default = 1382400\n}\n\nresource "aws_sqs_queue" "q" {\n  message_retention_seconds = var.retention\n}');
    assert.deepEqual(found(read), ['sqs-retention: 1382400']);
  });

  it('leaves inputs in range, inputs that name no service, and a "max" that names the setting alone', () => {
    assert.deepEqual(found(fence('module "ingest" {\n  source         = "./modules/ingest"\n  lambda_timeout = 300\n  queue_retention_seconds = 1382400\n  batch_size     = 50000\n}')), []);
    assert.deepEqual(found(fence('variable "sqs_max_message_size" {\n  type    = number\n  default = 262144\n}')), []);
  });
});
