import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { commentProseStart } from '../../server/src/engine/parse/code-comments';

/** Findings of a document as "rule: flagged text". */
function found(text: string): string[] {
  return analyzeText(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

/** The kinds of the contexts that hold `needle`. */
function kindsAt(text: string, needle: string): string[] {
  const at = text.indexOf(needle);
  return analyzeText(text).model.contexts.filter((c) => c.start <= at && at < c.end).map((c) => c.kind);
}

describe('readers: comments in code fences read as prose', () => {
  it('reads a comment line of YAML, HCL, SQL and shell as a sentence', () => {
    const text =
      '```yaml\n# SQS keeps messages for up to 16 days.\nResources: {}\n```\n\n' +
      '```hcl\n// Lambda functions can run for up to 30 minutes.\nresource "aws_s3_bucket" "b" {}\n```\n\n' +
      '```bash\n# Security groups are stateless, so add return rules\naws s3 ls\n```\n';
    assert.deepEqual(found(text), ['sqs-retention: 16 days', 'lambda-timeout: 30 minutes', 'statefulness-claim: Security groups are stateless']);
    assert.deepEqual(kindsAt(text, 'SQS keeps'), ['sentence']);
  });

  it('reads consecutive comment lines as one paragraph', () => {
    const text = '```yaml\n# The ingest queue keeps each message\n# for 16 days on SQS.\nQueue: {}\n```\n';
    assert.deepEqual(found(text), ['sqs-retention: 16 days']);
  });

  it('keeps a cheat sheet of comment lines one statement per line, as its code lines were', () => {
    const text =
      '```yaml\n# Sizing notes for AWS subnets\n#   /22  -> 1,024 addresses, netmask 255.255.252.0\n#   /23  -> netmask 255.255.254.0\n#   /24  -> netmask 255.255.255.128\nSubnets: {}\n```\n';
    // Only the /24 line pairs a prefix with another prefix's netmask; the /22 netmask is not the /23's.
    assert.deepEqual(found(text), ['cidr-netmask-mismatch: 255.255.255.128']);
  });

  it('mentions a CIDR in a comment once: the comment replaces its line\'s code context', () => {
    const text = '```hcl\n# The VPC spans 10.0.0.0/16 in eu-west-1\nlocals {}\n```\n';
    const contexts = analyzeText(text).model.contexts;
    assert.equal(contexts.flatMap((c) => c.cidrs).length, 1);
    assert.deepEqual(kindsAt(text, '10.0.0.0/16'), ['sentence']);
  });

  it('leaves commented-out code, comments inside resources, prompts and directives as code', () => {
    assert.equal(commentProseStart('# cidr_block = "10.1.0.0/16"', 'hcl'), -1);
    assert.equal(commentProseStart('# Timeout: 900', 'yaml'), -1);
    assert.equal(commentProseStart('# aws sqs create-queue --queue-name jobs', 'bash'), -1);
    assert.equal(commentProseStart('#!/bin/bash', 'bash'), -1);
    assert.equal(commentProseStart('# Keeps messages for 16 days', 'console'), -1);
    assert.equal(commentProseStart('# Keeps messages for 16 days', ''), -1);
    assert.equal(commentProseStart('-- Keeps messages for 16 days', 'yaml'), -1);
    assert.equal(commentProseStart('# Note: keeps messages for 16 days', 'yaml'), 2);
    // Inside a resource block the comment stays part of the block's one code context (no second context over it).
    const inside = '```hcl\nresource "aws_sqs_queue" "q" {\n  # SQS keeps messages for up to 16 days.\n  name = "q"\n}\n```\n';
    assert.deepEqual(kindsAt(inside, 'SQS keeps'), ['code']);
  });

  it('opens no section: a comment naming a service gives its subject to nothing after the fence', () => {
    const text = '```bash\n# Lambda function settings for ingest\nexport X=1\n```\n\nThe timeout is 20 minutes.\n';
    assert.deepEqual(found(text), []);
  });
});
