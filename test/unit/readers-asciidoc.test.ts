/**
 * AsciiDoc in markdown (parse/asciidoc.ts): section titles scope their statements, `[source,lang]`
 * gives a fence or a `----` listing its language, admonition blocks are prose, block titles are
 * title lines. Documents written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { analyzeChunked, IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';
import type { Analysis } from '../../server/src/engine/analyze';
import { asciidocAsMarkdown } from '../../server/src/engine/parse/asciidoc';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

function findings(analysis: Analysis): string[] {
  return analysis.findings.map((f) => `${f.ruleId} ${f.start}-${f.end}`);
}

const design = [
  '= Ingest design',
  '',
  '== Amazon SQS',
  '',
  'Message retention is set to 20 days.',
  '',
  '=== Consumer',
  '',
  'The visibility timeout is 13 hours.',
  '',
  '== Workers',
  '',
  'Retention of the audit log is 20 days.',
  '',
  '[NOTE]',
  '====',
  'SQS can keep a message for up to 20 days.',
  '====',
  '',
  '.Worker function',
  '[source,yaml]',
  '----',
  'Resources:',
  '  Fn:',
  '    Type: AWS::Lambda::Function',
  '    Properties:',
  '      Timeout: 1200 <1>',
  '----',
  '<1> Twenty minutes.',
  '',
].join('\n');

describe('readers: AsciiDoc', () => {
  it('scopes statements by section titles and reads source blocks and admonitions', () => {
    assert.deepEqual(flagged(design), [
      'warning sqs-retention 20 days',
      'warning sqs-visibility-timeout 13 hours',
      'error sqs-retention 20 days',
      'error lambda-timeout 1200',
    ]);
  });

  it('gives a bare fence the language of the [source] line above it', () => {
    const doc = '== Worker\n\n[source,terraform]\n```\nresource "aws_lambda_function" "w" {\n  timeout = 1200\n}\n```\n';
    assert.deepEqual(flagged(doc), ['error lambda-timeout 1200']);
    const contexts = analyzeText(doc).model.contexts.filter((c) => c.kind === 'code');
    assert.deepEqual(contexts.map((c) => [c.lang, c.text.startsWith('resource')]), [['terraform', true]]);
  });

  it('rewrites in place with the same length and leaves markdown alone', () => {
    assert.equal(asciidocAsMarkdown(design).length, design.length);
    const markdown = '# Title\n\nSome text\n= 256 addresses in a /24\n\n```\n== not a title\n```\n\n.5 GB is the size\n';
    assert.equal(asciidocAsMarkdown(markdown), markdown);
    // A section title of the other cloud's service is a scope too: nothing in it is SQS's.
    assert.deepEqual(flagged('== Azure Service Bus\n\nMessage retention is set to 20 days.\n'), []);
    // A `----` line without a [source] line above stays markdown (a setext heading or a rule).
    assert.deepEqual(analyzeText('Limits\n----\n\nText.\n').model.contexts.map((c) => c.kind), ['heading', 'sentence']);
  });

  it('keeps offsets with CRLF and emoji', () => {
    const doc = design.replace('= Ingest design', '= 🚀 Ingest design').replace(/\n/g, '\r\n');
    assert.deepEqual(flagged(doc), [
      'warning sqs-retention 20 days',
      'warning sqs-visibility-timeout 13 hours',
      'error sqs-retention 20 days',
      'error lambda-timeout 1200',
    ]);
  });

  it('reads the same in slices and after edits as in one piece', () => {
    const whole = findings(analyzeText(design));
    for (const chunk of [48, 120, 1000]) assert.deepEqual(findings(analyzeChunked(design, {}, chunk)), whole, `chunk ${chunk}`);
    const analyzer = new IncrementalAnalyzer(design, {}, 128);
    let current = design;
    for (const [from, insert] of [
      [design.indexOf('----'), 'x'],
      [design.indexOf('== Workers'), '[source,yaml]\n'],
      [design.indexOf('[NOTE]'), '\n'],
      [design.indexOf('Resources:'), '----\n'],
    ] as const) {
      current = current.slice(0, from) + insert + current.slice(from);
      assert.deepEqual(findings(analyzer.update(current)), findings(analyzeText(current)), `after inserting ${JSON.stringify(insert)}`);
    }
  });
});
