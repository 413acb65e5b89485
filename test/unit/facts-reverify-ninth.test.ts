/**
 * The ninth re-verification pass (issue 13): facts still dated 2026-11-27 read again, and former values
 * (dated, sourced) added to limits an earlier pass re-verified, so outdated ceilings can be flagged.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { REVERIFIED } from '../../server/src/facts/reverification';
import { NINTH_CHECKED, NINTH_HISTORY, NINTH_ON, NINTH_REVERIFIED } from '../../server/src/facts/reverification-ninth';
import { analyzeText } from '../../server/src/engine/analyze';
import type { Fact } from '../../server/src/facts/types';

/** The largest value the fact allows today (its number, or a range's maximum). */
function maximum(fact: Fact): number {
  const v = fact.value;
  assert.ok(v.type === 'number' || v.type === 'range', `${fact.id} has a numeric value`);
  return v.type === 'number' ? v.value : v.max;
}

function ceilingFindings(text: string): string[] {
  return analyzeText(text)
    .findings.filter((d) => d.ruleId === 'outdated-ceiling' || d.ruleId.startsWith('limit') || d.severity !== 'info')
    .map((d) => `${d.ruleId}: ${text.slice(d.start, d.end)}: ${d.message}`);
}

describe('ninth re-verification pass', () => {
  it('dates every fact it read with its day and records what the page says', () => {
    for (const [id, note] of Object.entries(NINTH_CHECKED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.checked, NINTH_ON, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(note.length > 20, `${id} says what the page says`);
      // Only a current page earns the re-verified stamp; a frozen 2023 copy does not.
      if (/2023 copy/.test(note)) assert.equal(fact.reverified, undefined, `${id} is confirmed by a 2023 copy only`);
    }
    for (const id of Object.keys(NINTH_REVERIFIED)) assert.equal(findFact(id)?.reverified, NINTH_ON, id);
  });

  it('gives every added former value a date, an AWS source and a figure below today\'s', () => {
    for (const [id, entry] of Object.entries(NINTH_HISTORY)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.ok(fact.reverified, `${id}: today's value was re-verified, so the former one is dated against it`);
      for (const former of entry.history) {
        assert.ok(fact.history?.includes(former), `${id} carries ${former.value}`);
        assert.match(former.until, /^20\d\d-(0[1-9]|1[0-2])(-\d\d)?$/, id);
        assert.ok(former.until < NINTH_ON, `${id}: ${former.until} is in the past`);
        assert.match(former.source ?? '', /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, id);
        const figure = Number(/[\d,.]+/.exec(former.value)?.[0].replace(/,/g, ''));
        assert.ok(figure > 0 && figure < maximum(fact), `${id}: ${former.value} is below today's ${maximum(fact)}`);
      }
      const dates = (fact.history ?? []).map((h) => h.until);
      assert.deepEqual(dates, [...dates].sort().reverse(), `${id}: newest change first`);
      assert.ok(entry.note.length > 20, `${id} says where the change was read`);
    }
  });

  it('moves the dead-letter queue range to the page that states it', () => {
    const fact = findFact('sqs.max-receive-count');
    assert.match(fact?.source ?? '', /SQSDeveloperGuide\/sqs-configure-dead-letter-queue\.html$/);
    assert.deepEqual(fact?.value, { type: 'range', min: 1, max: 1_000, unit: 'count' });
  });

  it('flags a CloudFormation ceiling AWS has raised, and leaves other lower figures alone', () => {
    const found = ceilingFindings('CloudFormation allows up to 200 resources per stack.');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0] ?? '', /outdated-ceiling: 200: .*500/);
    assert.equal(ceilingFindings('CloudFormation templates allow up to 60 parameters.').length, 1);
    assert.deepEqual(ceilingFindings('Our stacks stay under 150 resources per stack.'), []);
    assert.deepEqual(ceilingFindings('Until October 2020 a CloudFormation template could declare at most 200 resources per stack.'), []);
  });
});
