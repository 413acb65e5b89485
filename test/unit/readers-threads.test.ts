/**
 * E-mail and chat threads (parse/thread-quotes.ts): a quoted statement that the reply corrects is
 * not asserted; one the reply lets stand still is; a quoted question gives the reply its subject.
 * Threads written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';

function flagged(text: string, rule?: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const WRONG = '> Lambda functions can run for up to 30 minutes, so the export fits in one invocation.';

describe('readers: e-mail and chat threads', () => {
  it('does not read a quoted statement that the reply below corrects', () => {
    for (const reply of [
      'Not quite: the hard limit is 15 minutes, so we split the export.',
      'No, it is 15 minutes.',
      'Actually the ceiling is 15 minutes.',
      "That's outdated; split the export.",
      '**Correction:** 15 minutes.',
    ]) {
      assert.deepEqual(flagged(`# Export job\n\nOn Tue, 3 Mar 2026 at 10:14, Priya wrote:\n${WRONG}\n\n${reply}\n`), [], reply);
    }
    // Chat style, no header.
    assert.deepEqual(flagged(`# Export job\n\n${WRONG}\n\nNope, 15 minutes max.\n`), []);
  });

  it('still reads a quoted statement that the reply lets stand', () => {
    for (const reply of ['Great, then we keep one invocation.', 'No doubt about it, ship it.', 'Yes.']) {
      assert.deepEqual(flagged(`# Export job\n\n${WRONG}\n\n${reply}\n`), ['lambda-timeout 30 minutes'], reply);
    }
    // A correction further down answers something else.
    assert.deepEqual(flagged(`# Export job\n\n${WRONG}\n\nGreat.\n\n> Retention?\n\nNo, leave it.\n`), ['lambda-timeout 30 minutes']);
  });

  it('reads a callout as the document\'s own aside, whatever follows it', () => {
    for (const callout of ['> **Note:** Lambda functions can run for up to 30 minutes.', '> [!NOTE]\n> Lambda functions can run for up to 30 minutes.', '> ⚠️ Lambda functions can run for up to 30 minutes.']) {
      assert.deepEqual(flagged(`# Export job\n\n${callout}\n\nActually, we cap them lower.\n`), ['lambda-timeout 30 minutes'], callout);
    }
  });

  it('reads the reply above an On … wrote: header (top posting)', () => {
    const top = `# Export job\n\nActually the hard limit is 15 minutes.\n\nOn Tue, 3 Mar 2026 at 10:14, Priya <priya@example.com> wrote:\n${WRONG}\n`;
    assert.deepEqual(flagged(top), []);
    const agreeing = `# Export job\n\nSounds good to me.\n\nOn Tue, 3 Mar 2026 at 10:14, Priya <priya@example.com> wrote:\n${WRONG}\n`;
    assert.deepEqual(flagged(agreeing), ['lambda-timeout 30 minutes']);
  });

  it('reads nested quotes: the reply is the text quoted one level less', () => {
    const nested = ['# Export job', '', '> Sam wrote:', '> > Lambda functions can run for up to 30 minutes.', '>', '> No, 15 minutes is the ceiling.', '', 'Thanks both.'].join('\n');
    assert.deepEqual(flagged(nested), []);
    const standing = ['# Export job', '', '> Sam wrote:', '> > Lambda functions can run for up to 30 minutes.', '>', '> Good to know.', '', 'No, thanks.'].join('\n');
    assert.deepEqual(flagged(standing), ['lambda-timeout 30 minutes']);
  });

  it('keeps the quoted question as the subject of the reply', () => {
    const faq = ['# Queue FAQ', '', '> What retention do we set on the SQS audit queue?', '', '21 days, so the weekly job can replay two weeks plus slack.'].join('\n');
    assert.deepEqual(flagged(faq), ['sqs-retention 21 days']);
  });

  it('follows an edit of the reply in the editor', () => {
    const analyzer = new IncrementalAnalyzer(`# Export job\n\n${WRONG}\n\nGreat, one invocation.\n`);
    assert.equal(analyzer.analysis.findings.filter((f) => f.ruleId === 'lambda-timeout').length, 1);
    const after = analyzer.update(analyzer.analysis.text.replace('Great', 'No'));
    assert.equal(after.findings.filter((f) => f.ruleId === 'lambda-timeout').length, 0);
  });
});
