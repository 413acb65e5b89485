/**
 * HTML toggles (`<details>` / `<summary>`, as Notion and GitHub write them) are read as prose, a
 * summary scoping the block right after it (parse/html-toggles.ts); footnotes that give another
 * product's figure beside an AWS service do not make it the service's (the service set aside by
 * "equivalent of", "counterpart", "compared with"). Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { analyzeChunked } from '../../server/src/engine/incremental/analyzer';
import { togglesAsMarkdown } from '../../server/src/engine/parse/html-toggles';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

describe('readers: HTML toggles and footnotes', () => {
  it('reads a one-line toggle and a body written under its summary', () => {
    assert.deepEqual(flagged('# Notes\n\n<details><summary>Worker</summary>The Lambda timeout can be up to 20 minutes.</details>\n'), ['error lambda-timeout 20 minutes']);
    assert.deepEqual(flagged('# Notes\n\n<details>\n<summary>Queue</summary>\nSQS retention can be up to 20 days.\n</details>\n'), ['error sqs-retention 20 days']);
  });

  it('scopes the first block of a toggle by its summary, and only that block', () => {
    const doc = '# Notes\n\n<details>\n<summary>Amazon SQS</summary>\n\nRetention can be up to 20 days.\n\n</details>\n\nRetention of our audit archive is 20 days.\n';
    assert.deepEqual(flagged(doc), ['warning sqs-retention 20 days']);
    assert.equal(analyzeText(doc).findings[0]?.start, doc.indexOf('20 days'));
  });

  it('leaves alone toggles about other things, right values and code', () => {
    assert.deepEqual(flagged('# Notes\n\n<details>\n<summary>Why not Azure?</summary>\n\nAzure Service Bus messages can live for 90 days; SQS retention maxes out at 14 days.\n\n</details>\n'), []);
    assert.deepEqual(flagged('# Notes\n\n<details><summary>SQS</summary>Retention can be up to 14 days.</details>\n'), []);
    const fenced = '```html\n<details><summary>x</summary>SQS retention can be up to 20 days.</details>\n```\n';
    assert.equal(togglesAsMarkdown(fenced), fenced);
  });

  it('does not read another product\'s figure in a footnote as the AWS service\'s', () => {
    const doc = [
      '# Queue choices',
      '',
      'We use SQS for the order events.[^1][^2][^3][^4]',
      '',
      "[^1]: Azure's equivalent of SQS keeps messages for 90 days.",
      '',
      '[^2]: The SQS counterpart on GCP (Pub/Sub) retains messages for 31 days.',
      '',
      '[^3]: Compared with SQS, Kinesis Data Streams keeps records for up to 365 days.',
      '',
      '[^4]: SQS itself keeps messages for up to 20 days.',
      '',
    ].join('\n');
    assert.deepEqual(flagged(doc), ['error sqs-retention 20 days']);
  });

  it('rewrites with the same length, CRLF and emoji kept, and reads the same in slices', () => {
    const doc = '# 🚀 Notes\r\n\r\n<details open>\r\n<summary>🧪 SQS</summary>\r\n\r\nRetention can be up to 20 days.\r\n\r\n</details>\r\n';
    assert.equal(togglesAsMarkdown(doc).length, doc.length);
    assert.deepEqual(flagged(doc), ['warning sqs-retention 20 days']);
    const findings = (a: ReturnType<typeof analyzeText>): string[] => a.findings.map((f) => `${f.ruleId} ${f.start}`);
    for (const chunk of [16, 64, 400]) assert.deepEqual(findings(analyzeChunked(doc, {}, chunk)), findings(analyzeText(doc)), `chunk ${chunk}`);
  });
});
