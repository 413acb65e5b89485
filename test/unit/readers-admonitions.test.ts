/**
 * MkDocs / Material admonitions (`!!! note "Title"`, `??? warning`) with a four-space body: the body
 * is prose and its fences are code, not an indented code block (parse/admonitions.ts). Documents
 * written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { analyzeChunked } from '../../server/src/engine/incremental/analyzer';
import { admonitionsAsMarkdown } from '../../server/src/engine/parse/admonitions';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const doc = [
  '# Queue notes',
  '',
  '!!! note "Amazon SQS limits"',
  '    Messages stay in the queue for at most 14 days.',
  '',
  '    The SQS visibility timeout can be set to 13 hours.',
  '',
  '??? warning',
  '    ```hcl',
  '    resource "aws_lambda_function" "worker" {',
  '      timeout = 1200',
  '    }',
  '    ```',
  '',
  'Plain text after the admonition.',
  '',
].join('\n');

describe('readers: MkDocs admonitions', () => {
  it('reads later body paragraphs as prose and body fences as code', () => {
    assert.deepEqual(flagged(doc), ['error sqs-visibility-timeout 13 hours', 'error lambda-timeout 1200']);
    const code = analyzeText(doc).model.contexts.filter((c) => c.kind === 'code' && c.resourceType !== undefined);
    assert.deepEqual(code.map((c) => c.resourceType), ['aws_lambda_function']);
    // The body's paragraphs are sentences, not code.
    assert.ok(analyzeText(doc).model.contexts.some((c) => c.kind === 'sentence' && c.text.includes('visibility timeout')));
  });

  it('leaves alone right values, other clouds, look-alike lines and fenced examples', () => {
    assert.deepEqual(flagged(doc.replace('13 hours', '12 hours').replace('1200', '900')), []);
    assert.deepEqual(flagged('# Notes\n\n!!! note "Azure"\n    Intro.\n\n    Azure Service Bus keeps messages for 90 days.\n'), []);
    const literal = '!!! Important !!!\n    indented code stays code\n';
    assert.equal(admonitionsAsMarkdown(literal), literal);
    const notIndented = '!!! note\nNot a body.\n';
    assert.equal(admonitionsAsMarkdown(notIndented), notIndented);
    const fenced = '```md\n!!! note\n    SQS retention is 20 days.\n```\n';
    assert.equal(admonitionsAsMarkdown(fenced), fenced);
    assert.deepEqual(flagged(fenced), []);
  });

  it('keeps the same length, CRLF and emoji offsets, and reads the same in slices', () => {
    assert.equal(admonitionsAsMarkdown(doc).length, doc.length);
    const crlf = doc.replace('# Queue notes', '# 🚀 Queue notes').replace(/\n/g, '\r\n');
    assert.deepEqual(flagged(crlf), ['error sqs-visibility-timeout 13 hours', 'error lambda-timeout 1200']);
    const findings = (a: ReturnType<typeof analyzeText>): string[] => a.findings.map((f) => `${f.ruleId} ${f.start}`);
    for (const chunk of [24, 80, 1000]) assert.deepEqual(findings(analyzeChunked(doc, {}, chunk)), findings(analyzeText(doc)), `chunk ${chunk}`);
  });
});
