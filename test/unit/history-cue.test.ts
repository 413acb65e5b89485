import { strict as assert } from 'node:assert';
import { HISTORY } from '../../server/src/engine/rules/kit/helpers';
import { analyzeText } from '../../server/src/engine/analyze';

describe('HISTORY: a dated statement is history', () => {
  it('reads a year with or without its month and day', () => {
    for (const text of ['Before 2021 it was eventual.', 'Before November 2021 an ALB origin had to be public.', 'Until Aug. 2025 the limit was 256 KB.', 'until March 3, 2020']) assert.ok(HISTORY.test(text), text);
    for (const text of ['Before the migration we used SQS.', 'until the end of the month', 'May 2025 release notes']) assert.ok(!HISTORY.test(text), text);
  });

  it('keeps a claim dated with its month quiet', () => {
    const ids = analyzeText('Before November 2024 an ALB origin of CloudFront had to be internet-facing.').findings.map((f) => f.ruleId);
    assert.deepEqual(ids, []);
  });
});
