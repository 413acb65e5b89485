/**
 * `diff` fences (parse/diff-fence.ts): the `+` and context lines are read as the code they become, with
 * the IaC reader of their language; `-` lines are old text and are never read. Diffs written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { diffView } from '../../server/src/engine/parse/diff-fence';

function flagged(text: string, rule?: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const fence = (lang: string, body: string): string => `## Change to the ingest stack\n\n\`\`\`${lang}\n${body}\n\`\`\`\n`;

const TERRAFORM = [
  '--- a/queues.tf',
  '+++ b/queues.tf',
  '@@ -1,5 +1,5 @@',
  ' resource "aws_sqs_queue" "ingest" {',
  '   name                      = "ingest"',
  '-  message_retention_seconds = 345600',
  '+  message_retention_seconds = 1555200',
  ' }',
].join('\n');

describe('readers: diff fences', () => {
  it('reads the + lines of a Terraform diff with the HCL reader', () => {
    assert.deepEqual(flagged(fence('diff', TERRAFORM), 'sqs-retention'), ['sqs-retention 1555200']);
    // Without file headers, the language comes from `diff-hcl` or from the content.
    const bare = TERRAFORM.split('\n').slice(3).join('\n');
    assert.deepEqual(flagged(fence('diff-hcl', bare), 'sqs-retention'), ['sqs-retention 1555200']);
    assert.deepEqual(flagged(fence('patch', bare), 'sqs-retention'), ['sqs-retention 1555200']);
  });

  it('never reads the - lines: a fix that removes a wrong value is quiet', () => {
    const fixed = [' resource "aws_sqs_queue" "ingest" {', '-  message_retention_seconds = 1555200', '+  message_retention_seconds = 345600', ' }'].join('\n');
    assert.deepEqual(flagged(fence('diff', fixed)), []);
    const cidr = [' resource "aws_vpc" "core" {', '-  cidr_block = "10.0.0.0/12"', '+  cidr_block = "10.0.0.0/16"', ' }'].join('\n');
    assert.deepEqual(flagged(fence('diff', cidr)), []);
    const prose = ['-SQS keeps messages for 30 days.', '+SQS keeps messages for up to 14 days.'].join('\n');
    assert.deepEqual(flagged(fence('diff', prose)), []);
  });

  it('reads YAML and JSON diffs', () => {
    const yaml = [
      '--- a/template.yaml',
      '+++ b/template.yaml',
      ' Resources:',
      '   Worker:',
      '     Type: AWS::Lambda::Function',
      '     Properties:',
      '-      Timeout: 300',
      '+      Timeout: 1200',
    ].join('\n');
    assert.deepEqual(flagged(fence('diff', yaml), 'lambda-timeout'), ['lambda-timeout 1200']);
    const json = [' {', '   "Resources": {', '     "Worker": {', '       "Type": "AWS::Lambda::Function",', '-      "Properties": { "Timeout": 60 }', '+      "Properties": { "Timeout": 1200 }', '     }', '   }', ' }'].join('\n');
    assert.deepEqual(flagged(fence('diff-json', json), 'lambda-timeout'), ['lambda-timeout 1200']);
  });

  it('keeps ranges exact with CRLF line ends and an emoji before the value', () => {
    const body = [' resource "aws_sqs_queue" "ingest" { # 🚀 queue', '-  message_retention_seconds = 60', '+  message_retention_seconds = 1555200 # 🕒', ' }'].join('\r\n');
    const text = `# Diff 🧪\r\n\r\n\`\`\`diff\r\n${body}\r\n\`\`\`\r\n`;
    assert.deepEqual(flagged(text), ['sqs-retention 1555200']);
    const analysis = analyzeText(text);
    for (const block of analysis.blocks) for (const c of block.contexts) {
      assert.equal(text.slice(c.start, c.end), c.text);
      assert.ok(!c.text.includes('= 60'), `a context covers the - line: ${JSON.stringify(c.text)}`);
    }
  });

  it('keeps the code the same length and blanks only - lines and headers', () => {
    const view = diffView('--- a/x.tf\r\n+++ b/x.tf\r\n a\r\n-b\r\n+c\r\n', 'diff');
    assert.ok(view);
    assert.equal(view.code, '          \r\n          \r\n a\r\n  \r\n c\r\n');
    assert.equal(view.lang, 'hcl');
    assert.equal(diffView('a', 'hcl'), undefined);
  });
});
