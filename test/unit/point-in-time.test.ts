import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { documentDate } from '../../server/src/engine/assertions/point-in-time';

const outdated = 'SQS messages can be up to 256 KB.';

describe('point in time: a dated record states what was true then', () => {
  it('reads a date from front matter, a Date line or a Status line near the top', () => {
    assert.equal(documentDate('---\ntitle: x\ndate: 2023-05-02\n---\n# ADR')?.text, '2023-05-02');
    assert.equal(documentDate('# ADR 12\n\n- **Date:** 2021-11\n- Status: accepted')?.year, 2021);
    assert.equal(documentDate('# Notes\n\nNothing dated here.'), undefined);
    assert.equal(documentDate(`# Notes\n\n${'filler line\n'.repeat(400)}date: 2020-01-01`), undefined, 'only the top of the document');
  });

  it('an outdated figure in a document dated before the change is info with the history wording', () => {
    const [finding] = analyzeText(`---\ndate: 2023-05-02\n---\n# ADR 7\n\n${outdated}\n`).findings;
    assert.equal(finding?.severity, 'info');
    assert.match(finding?.message ?? '', /dated 2023-05-02: the figure was current then/);
  });

  it('an undated document, or one dated after the change, keeps the warning', () => {
    assert.equal(analyzeText(`# Notes\n\n${outdated}\n`).findings[0]?.severity, 'warning');
    assert.equal(analyzeText(`---\ndate: 2026-01-10\n---\n\n${outdated}\n`).findings[0]?.severity, 'warning');
  });
});
