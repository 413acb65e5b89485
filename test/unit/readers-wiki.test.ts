/**
 * Jira and Confluence wiki markup pasted into markdown (parse/wiki-markup.ts, parse/wiki-tables.ts):
 * `{code:lang}` and `{noformat}` blocks, `||` tables, `hN.` headings, `bq.` quotes, `#` numbered items,
 * `{{monospace}}`. Texts written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { analyzeChunked, IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';
import { wikiMarkupAsMarkdown } from '../../server/src/engine/parse/wiki-markup';

function flagged(text: string, rule?: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const findings = (a: ReturnType<typeof analyzeText>): string[] => a.findings.map((f) => `${f.ruleId}@${f.start}-${f.end} ${f.message}`);

const ticket = [
  'h2. Ingest service hardening',
  '',
  'The ingest path is a queue and a function.',
  '',
  'h3. Function settings',
  '{code:hcl}',
  'resource "aws_lambda_function" "ingest" {',
  '  function_name = "ingest"',
  '',
  '  # keep well under the API timeout',
  '  timeout     = 1100',
  '  memory_size = 2048',
  '}',
  '{code}',
  '',
  '{code:language=yaml|title=queue.yaml}',
  'Resources:',
  '  Inbox:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      MessageRetentionPeriod: 1500000',
  '{code}',
].join('\n');

describe('readers: Jira and Confluence wiki markup', () => {
  it('reads {code:lang} blocks with their language’s reader, blank lines and comments inside', () => {
    assert.deepEqual(flagged(ticket), ['lambda-timeout 1100', 'sqs-retention 1500000']);
    assert.deepEqual(flagged(ticket.replace(/\n/g, '\r\n')), ['lambda-timeout 1100', 'sqs-retention 1500000']);
  });

  it('reads {noformat} blocks as plain text fences', () => {
    const text = ['h3. Network', '{noformat}', '08:00:01Z [net] vpc 10.50.0.0/16 subnet 10.50.1.0/24 subnet 10.50.1.64/26', '{noformat}'].join('\n');
    assert.deepEqual(flagged(text), ['subnet-overlap 10.50.1.64/26']);
  });

  it('reads a || table as records whose columns have their headers', () => {
    const text = ['h3. Limits we rely on', '', '||Service||Setting||Value||', '|Amazon SQS|Message retention|21 days|', '|AWS Lambda|Timeout|{{10 minutes}}|', '|Amazon SQS|Visibility timeout|[30 seconds|https://example.com/runbook]|'].join('\n');
    assert.deepEqual(flagged(text), ['sqs-retention 21 days']);
    const rows = analyzeText(text).model.contexts.filter((c) => c.kind === 'tableRow');
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[2]?.cells?.map((c) => c.text), ['Amazon SQS', 'Visibility timeout', '[30 seconds|https://example.com/runbook]']);
  });

  it('reads a table whose rows start with a label cell under a header row', () => {
    const text = ['h3. Queues', '', '||Queue||Service||Retention||', '||inbox|Amazon SQS|16 days|', '||events|Amazon Kinesis Data Streams|3 days|'].join('\n');
    assert.deepEqual(flagged(text), ['sqs-retention 16 days']);
  });

  it('reads a vertical table row by row', () => {
    const text = ['h3. Amazon SQS inbox', '', '||Message retention|18 days|', '||Visibility timeout|45 seconds|'].join('\n');
    assert.deepEqual(flagged(text).map((f) => f.replace(/ .*/, '')), ['sqs-retention']);
    const rows = analyzeText(text).model.contexts.filter((c) => c.kind === 'tableRow');
    assert.deepEqual(rows.map((r) => r.cells?.map((c) => c.text)), [['Message retention', '18 days'], ['Visibility timeout', '45 seconds']]);
  });

  it('gives hN. headings their level as sections, so a table under one takes its service', () => {
    const text = ['h2. Platform', '', 'h3. Amazon Kinesis Data Streams', '', '||Setting||Value||', '|Retention period|400 days|'].join('\n');
    assert.deepEqual(flagged(text).map((f) => f.replace(/ .*/, '')), ['kinesis-retention']);
    const sections = analyzeText(text).model.scopes;
    assert.ok(sections);
  });

  it('reads # lines under a Jira heading as numbered items, not markdown headings', () => {
    const text = ['h3. Amazon SQS acceptance criteria', '# Messages stay in the queue for 20 days.', '# The consumer deletes each message after processing.'].join('\n');
    assert.deepEqual(flagged(text), ['sqs-retention 20 days']);
    const kinds = analyzeText(text).model.contexts.map((c) => c.kind);
    assert.deepEqual(kinds, ['heading', 'sentence', 'sentence']);
  });

  it('reads bq. quotes and commands in {{monospace}}', () => {
    assert.deepEqual(flagged('bq. AWS Lambda functions can run for up to 20 minutes.\n'), ['lambda-timeout 20 minutes']);
    assert.deepEqual(flagged('Run {{aws lambda update-function-configuration --function-name ingest --timeout 1200}} after the deploy.\n'), ['lambda-timeout 1200']);
  });

  it('rewrites in place, and leaves markdown and unpaired tags as they are', () => {
    assert.equal(wikiMarkupAsMarkdown(ticket).length, ticket.length);
    const markdown = '# Title\n\nText.\n\n## Part\n\n```\n{code}\nh2. not a heading\n# a\n# b\n{code}\n```\n';
    assert.equal(wikiMarkupAsMarkdown(markdown), markdown);
    // An opening tag with no closing one runs to the end, as an unclosed fence does.
    const unpaired = 'h3. Notes\n{code:hcl}\ntimeout = 1100\n\nmore\n';
    assert.deepEqual(analyzeText(unpaired).model.contexts.map((c) => c.kind), ['heading', 'code', 'code']);
    // Markdown headings one below the other keep being headings when their levels differ.
    const headings = '# Amazon SQS\n## Limits\nMessages stay 4 days.\n';
    assert.equal(wikiMarkupAsMarkdown(headings), headings);
    // A paragraph that only starts like a wiki table is prose.
    const prose = '||a|| is the OR operator in some languages\nand not a table.\n';
    assert.equal(analyzeText(prose).model.contexts.filter((c) => c.kind === 'tableRow').length, 0);
  });

  it('reads the same in slices and after edits as in one piece', () => {
    const text = `${ticket}\n\nh3. Amazon SQS\n\n||Setting||Value||\n|Retention|21 days|\n\n# one\n# two 10.0.0.0/16\n`;
    const whole = findings(analyzeText(text));
    for (const chunk of [64, 200, 1000]) assert.deepEqual(findings(analyzeChunked(text, {}, chunk)), whole, `chunk ${chunk}`);
    const analyzer = new IncrementalAnalyzer(text, {}, 256);
    let current = text;
    for (const [from, insert] of [
      [text.indexOf('{code}'), 'x'],
      [text.indexOf('h3. Amazon SQS'), '{code}\n'],
      [text.indexOf('|Retention'), '\n'],
    ] as const) {
      current = current.slice(0, from) + insert + current.slice(from);
      assert.deepEqual(findings(analyzer.update(current)), findings(analyzeText(current)), `after inserting ${JSON.stringify(insert)}`);
    }
  });
});
