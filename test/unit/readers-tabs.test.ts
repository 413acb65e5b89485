/**
 * Content tabs and indented samples: MkDocs Material `=== "Terraform"` tabs over a four-space body
 * (parse/admonitions.ts), Docusaurus `<Tabs>`/`<TabItem>` with the fence right under the tag or
 * indented under it (parse/jsx-tabs.ts), and an indented code block that holds a fence
 * (`heldFence` in parse/contexts.ts). Documents written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { analyzeChunked } from '../../server/src/engine/incremental/analyzer';
import { admonitionsAsMarkdown } from '../../server/src/engine/parse/admonitions';
import { jsxTabsAsMarkdown } from '../../server/src/engine/parse/jsx-tabs';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const mkdocs = [
  '# Worker function',
  '',
  'Pick your tool.',
  '',
  '=== "Terraform"',
  '',
  '    ```hcl',
  '    resource "aws_lambda_function" "worker" {',
  '      timeout     = 1800',
  '      memory_size = 2048',
  '    }',
  '    ```',
  '',
  '=== "SAM"',
  '',
  '    The template sets the same function up.',
  '',
  '    ```yaml',
  '    Worker:',
  '      Type: AWS::Serverless::Function',
  '      Properties:',
  '        Timeout: 1800',
  '    ```',
  '',
].join('\n');

const docusaurus = [
  '# Orders queue',
  '',
  '<Tabs groupId="iac">',
  '  <TabItem value="tf" label="Terraform" default>',
  '    ```hcl',
  '    resource "aws_sqs_queue" "orders" {',
  '      visibility_timeout_seconds = 50000',
  '    }',
  '    ```',
  '  </TabItem>',
  '  <TabItem value="cfn" label="CloudFormation">',
  '',
  '    ```json',
  '    { "Orders": { "Type": "AWS::SQS::Queue", "Properties": { "VisibilityTimeout": 50000 } } }',
  '    ```',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
].join('\n');

describe('readers: content tabs and indented fences', () => {
  it('reads the fences of MkDocs content tabs with their language', () => {
    assert.deepEqual(flagged(mkdocs), ['error lambda-timeout 1800', 'error lambda-timeout 1800']);
    // The tab's prose is a sentence, not code.
    assert.ok(analyzeText(mkdocs).model.contexts.some((c) => c.kind === 'sentence' && c.text.includes('same function')));
  });

  it('reads fences under Docusaurus tab items, right under the tag or after a blank line', () => {
    assert.deepEqual(flagged(docusaurus), ['error sqs-visibility-timeout 50000', 'error sqs-visibility-timeout 50000']);
  });

  it('stays quiet on right values and on settings of something else', () => {
    assert.deepEqual(flagged(mkdocs.replace(/1800/g, '900')), []);
    assert.deepEqual(flagged(docusaurus.replace(/50000/g, '43200')), []);
    // A tab of a Kubernetes job: its timeout is no Lambda's.
    const k8s = '# Job\n\n=== "Kubernetes"\n\n    ```yaml\n    apiVersion: batch/v1\n    kind: Job\n    spec:\n      activeDeadlineSeconds: 1800\n    ```\n';
    assert.deepEqual(flagged(k8s), []);
  });

  it('leaves alone look-alikes of the markers', () => {
    // A selected tab (`===+`) would push the body out of the item: left as written, as `???+` is.
    const selected = '===+ "Terraform"\n\n    x = 1\n';
    assert.equal(admonitionsAsMarkdown(selected), selected);
    // No title, or a setext underline: not a tab.
    for (const text of ['===\n    x\n', 'Title\n===\n\n    x\n']) assert.equal(admonitionsAsMarkdown(text), text);
    // A tag in prose, or inside a fence, is not blanked.
    const prose = 'Use <Tabs> to group samples.\n';
    assert.equal(jsxTabsAsMarkdown(prose), prose);
    const fenced = '```mdx\n<TabItem value="a">\n```\n';
    assert.equal(jsxTabsAsMarkdown(fenced), fenced);
  });

  it('reads an indented block holding one fence as that fence, and no other indented block', () => {
    const held = '# Queue\n\nThe module:\n\n    ```hcl\n    resource "aws_sqs_queue" "q" {\n      message_retention_seconds = 2592000\n    }\n    ```\n';
    assert.deepEqual(flagged(held), ['error sqs-retention 2592000']);
    // Two fences in one indented block are two fences; prose beside a fence keeps the block what it was.
    const two = '# Sample\n\n    ```hcl\n    a = 1\n    ```\n    ```hcl\n    message_retention_seconds = 2592000\n    ```\n';
    assert.equal(analyzeText(two).model.contexts.filter((c) => c.kind === 'code' && c.lang === 'hcl').length, 2);
    const mixed = '# Sample\n\n    Write this:\n    ```hcl\n    resource "aws_sqs_queue" "q" {\n      message_retention_seconds = 2592000\n    }\n    ```\n';
    assert.deepEqual(flagged(mixed), []);
    // An indented block without a closing fence stays what it was.
    const open = '# Sample\n\n    ```hcl\n    resource "aws_sqs_queue" "q" {\n      message_retention_seconds = 2592000\n    }\n';
    assert.deepEqual(flagged(open), []);
  });

  it('keeps the same length and CRLF offsets, and reads the same in slices', () => {
    assert.equal(jsxTabsAsMarkdown(docusaurus).length, docusaurus.length);
    assert.equal(admonitionsAsMarkdown(mkdocs).length, mkdocs.length);
    const crlf = docusaurus.replace(/\n/g, '\r\n');
    assert.deepEqual(flagged(crlf), ['error sqs-visibility-timeout 50000', 'error sqs-visibility-timeout 50000']);
    for (const text of [mkdocs, docusaurus]) {
      const whole = analyzeText(text).findings.map((f) => `${f.ruleId}@${f.start}`);
      const chunked = analyzeChunked(text, {}, 40).findings.map((f) => `${f.ruleId}@${f.start}`);
      assert.deepEqual(chunked, whole);
    }
  });

  it('reads code blocks nested in sphinx-tabs directives of a reStructuredText text', () => {
    const rst = [
      'Worker settings',
      '===============',
      '',
      '.. tabs::',
      '',
      '   .. tab:: Terraform',
      '',
      '      .. code-block:: hcl',
      '',
      '         resource "aws_lambda_function" "worker" {',
      '           timeout = 1500',
      '         }',
      '',
      '   .. code-tab:: yaml SAM',
      '',
      '      Worker:',
      '        Type: AWS::Serverless::Function',
      '        Properties:',
      '          Timeout: 1500',
      '',
    ].join('\n');
    assert.deepEqual(flagged(rst), ['error lambda-timeout 1500', 'error lambda-timeout 1500']);
    assert.deepEqual(flagged(rst.replace(/1500/g, '600')), []);
    // A tab with prose only stays prose; a directive without an indented body is left alone.
    assert.deepEqual(flagged('Notes\n=====\n\n.. tab:: Limits\n\n   Lambda runs for up to 15 minutes.\n'), []);
  });
});
