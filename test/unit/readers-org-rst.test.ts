/**
 * Org-mode and reStructuredText structure read as the markdown it stands for (parse/org-rst.ts):
 * headlines and titles as sections, source blocks and code directives as fences with their language,
 * org, simple and grid tables as tables, drawers and field lists as one statement per line. Texts
 * written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText, analyzeWhole } from '../../server/src/engine/analyze';
import { orgRstAsMarkdown } from '../../server/src/engine/parse/org-rst';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

/** Every rewrite keeps the text's length and its line breaks. */
function rewritten(text: string): string {
  const out = orgRstAsMarkdown(text);
  assert.equal(out.length, text.length);
  assert.deepEqual([...out.matchAll(/\n/g)].map((m) => m.index), [...text.matchAll(/\n/g)].map((m) => m.index));
  return out;
}

describe('readers: org-mode', () => {
  const org = [
    '#+TITLE: Orders platform',
    '',
    '* Amazon SQS',
    ':PROPERTIES:',
    ':Retention: 20 days',
    ':Owner: orders team',
    ':END:',
    '',
    'The visibility timeout is 13 hours for the slow consumer.',
    '',
    '** Worker',
    '#+BEGIN_SRC yaml',
    'lambda:',
    '  timeout: 20m',
    '#+END_SRC',
    '',
    '* Limits',
    '',
    '|---------+-------------------+--------|',
    '| Service | Setting           | Value  |',
    '|---------+-------------------+--------|',
    '| Lambda  | Timeout           | 20 min |',
    '| SQS     | Message retention | 4 days |',
    '|---------+-------------------+--------|',
  ].join('\n');

  it('rewrites headlines, blocks, drawers and table rules in place', () => {
    const lines = rewritten(org).split('\n');
    assert.equal(lines[0], '#        Orders platform');
    assert.equal(lines[2], '# Amazon SQS');
    assert.equal(lines[3]?.trim(), '');
    assert.equal(lines[4], ':Retention: 20 days');
    assert.equal(lines[10], '## Worker');
    assert.equal(lines[11]?.trimEnd(), '```yaml');
    assert.equal(lines[14]?.trimEnd(), '```');
    assert.equal(lines[18]?.trim(), '');
    assert.equal(lines[20], '|---------|-------------------|--------|');
    assert.equal(lines[23]?.trim(), '');
  });

  it('gives a headline scope, a source block its language and a table its rows', () => {
    assert.deepEqual(flagged(org), [
      'warning sqs-retention 20 days',
      'warning sqs-visibility-timeout 13 hours',
      'error lambda-timeout 20m',
      'error lambda-timeout 20 min',
    ]);
    assert.deepEqual(analyzeText(org).findings.map((f) => [f.ruleId, f.start]), analyzeWhole(org).findings.map((f) => [f.ruleId, f.start]));
  });

  it('reads a one-star headline by the line below it, as every slice of the document does', () => {
    assert.deepEqual(flagged('* Amazon SQS\nRetention is 20 days for replays.\n'), ['warning sqs-retention 20 days']);
    assert.deepEqual(flagged('* Amazon SQS\n  :PROPERTIES:\n  :Retention: 20 days\n  :END:\n'), ['warning sqs-retention 20 days']);
    // A bullet with its own continuation, a nested list or a blank line below stays a bullet.
    for (const md of ['* Amazon SQS\n  keeps messages 4 days\n', '* Amazon SQS\n  - retention 4 days\n', '* Amazon SQS\n\nThe rest.\n']) assert.equal(orgRstAsMarkdown(md), md, md);
  });

  it('keeps markdown bullets, and org rows with right values, as they are', () => {
    const md = '# Queues\n\n* SQS keeps messages 4 days by default\n* Lambda times out after 15 minutes\n';
    assert.equal(orgRstAsMarkdown(md), md);
    assert.deepEqual(flagged('#+TITLE: Limits\n\n* AWS Lambda\n|---+---|\n| Setting | Value |\n|---+---|\n| Timeout | 15 min |\n'), []);
    assert.deepEqual(flagged('#+TITLE: Limits\n\n* AWS Lambda\n|---+---|\n| Setting | Value |\n|---+---|\n| Timeout | 20 min |\n'), ['warning lambda-timeout 20 min']);
    // An unclosed block is text, not a fence that would swallow the document.
    const open = '#+TITLE: Notes\n\n#+BEGIN_SRC yaml\nlambda:\n  timeout: 20m\n';
    assert.equal(rewritten(open).split('\n')[2], '#+BEGIN_SRC yaml');
  });
});

describe('readers: reStructuredText', () => {
  const rst = [
    '===============',
    'Platform limits',
    '===============',
    '',
    'Amazon SQS',
    '~~~~~~~~~~',
    '',
    'The visibility timeout is 13 hours for the slow consumer.',
    '',
    '.. code-block:: yaml',
    '   :linenos:',
    '',
    '   lambda:',
    '     timeout: 20m',
    '',
    'AWS Lambda',
    '^^^^^^^^^^',
    '',
    '=========  ===========',
    'Setting    Value',
    '=========  ===========',
    'Timeout    20 minutes',
    'Memory     2048 MB',
    '=========  ===========',
    '',
    '+-----------+------------+',
    '| Setting   | Value      |',
    '+===========+============+',
    '| Timeout   | 16 minutes |',
    '+-----------+------------+',
    '| Memory    | 1 GB       |',
    '+-----------+------------+',
  ].join('\n');

  it('rewrites titles, code directives and tables in place', () => {
    const lines = rewritten(rst).split('\n');
    assert.equal(lines[0]?.trim(), '');
    assert.equal(lines[2], '===============');
    assert.equal(lines[5], '----------');
    assert.equal(lines[9]?.trimEnd(), '- ```yaml');
    assert.equal(lines[10]?.trim(), '');
    assert.equal(lines[16], '----------');
    assert.equal(lines[18]?.trim(), '');
    assert.equal(lines[19], 'Setting  | Value');
    assert.equal(lines[20], '---------| -----------');
    assert.equal(lines[25]?.trim(), '');
    assert.equal(lines[27], '|-----------|------------|');
    assert.equal(lines[29], '|           |            |');
  });

  it('gives a title scope, a directive its language and a table its rows', () => {
    assert.deepEqual(flagged(rst), [
      'warning sqs-visibility-timeout 13 hours',
      'error lambda-timeout 20m',
      'warning lambda-timeout 20 minutes',
      'warning lambda-timeout 16 minutes',
    ]);
    assert.deepEqual(analyzeText(rst).findings.map((f) => [f.ruleId, f.start]), analyzeWhole(rst).findings.map((f) => [f.ruleId, f.start]));
  });

  it('reads a list-table with a header row as a table', () => {
    const table = (timeout: string, headerRows = 1): string =>
      [
        '.. list-table:: Worker limits',
        `   :header-rows: ${headerRows}`,
        '',
        '   * - Service',
        '     - Setting',
        '     - Value',
        '   * - Lambda',
        '     - Timeout',
        `     - ${timeout}`,
        '   * - SQS',
        '     - Message retention',
        '     - 4 days',
        '',
      ].join('\n');
    assert.equal(rewritten(table('20 minutes')).split('\n')[0], '-  list-table:: Worker limits');
    assert.deepEqual(flagged(table('20 minutes')), ['error lambda-timeout 20 minutes']);
    const rows = analyzeText(table('20 minutes')).blocks.flatMap((b) => b.contexts).filter((c) => c.kind === 'tableRow');
    assert.deepEqual(rows.map((r) => r.cells?.map((c) => c.text)), [['Lambda', 'Timeout', '20 minutes'], ['SQS', 'Message retention', '4 days']]);
    assert.deepEqual(rows[0]?.header?.map((c) => c.text), ['Service', 'Setting', 'Value']);
    assert.deepEqual(flagged(table('15 minutes')), []);
    assert.deepEqual(analyzeText(table('20 minutes')).findings.map((f) => f.start), analyzeWhole(table('20 minutes')).findings.map((f) => f.start));
  });

  it('reads each field of a field list as its own statement under its title', () => {
    const doc = 'Amazon SQS\n~~~~~~~~~~\n\n:Retention: 20 days\n:Visibility timeout: 30 seconds\n';
    assert.deepEqual(flagged(doc), ['warning sqs-retention 20 days']);
    assert.deepEqual(flagged('Amazon SQS\n~~~~~~~~~~\n\n:Retention: 4 days\n:Visibility timeout: 30 seconds\n'), []);
  });

  it('leaves markdown setext headings, fences after a paragraph, rules and emoji lines alone', () => {
    for (const md of [
      '# Notes\n\nQueues\n------\n\nSQS keeps messages 4 days.\n',
      'Intro text\n~~~\nLAMBDA_TIMEOUT=20m\n~~~\n',
      'A paragraph that goes on for a while and is followed by a rule\n***\n\nMore text.\n',
      ':warning: Lambda times out after 15 minutes.\n',
    ]) assert.equal(orgRstAsMarkdown(md), md, md);
  });

  it('keeps offsets exact with CRLF', () => {
    const doc = 'AWS Lambda\r\n~~~~~~~~~~\r\n\r\n.. code-block:: yaml\r\n\r\n   timeout_seconds: 1200\r\n';
    const out = rewritten(doc);
    assert.ok(out.includes('----------\r\n'));
    assert.deepEqual(flagged('Worker\r\n~~~~~~\r\n\r\n.. code-block:: yaml\r\n\r\n   lambda:\r\n     timeout: 20m\r\n'), ['error lambda-timeout 20m']);
  });
});
