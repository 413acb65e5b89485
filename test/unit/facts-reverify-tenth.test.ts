/**
 * The tenth re-verification pass (issue 13): facts still dated 2026-11-27 read on the awsdocs copies of their
 * pages, facts the eighth audit read on current copies, and former values dated by the cited page's copies.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { REVERIFIED } from '../../server/src/facts/reverification';
import { TENTH_CHECKED, TENTH_HISTORY, TENTH_ON, TENTH_RECONFIRMED, TENTH_UNCONFIRMED } from '../../server/src/facts/reverification-tenth';
import { FOURTEENTH_CHECKED } from '../../server/src/facts/reverification-fourteenth';
import { FIFTEENTH_CHECKED } from '../../server/src/facts/reverification-fifteenth';
import { NINTH_CHECKED, NINTH_HISTORY } from '../../server/src/facts/reverification-ninth';
import type { Fact } from '../../server/src/facts/types';
import { SIXTEENTH_CHECKED } from '../../server/src/facts/reverification-sixteenth';

function maximum(fact: Fact): number {
  const v = fact.value;
  assert.ok(v.type === 'number' || v.type === 'range', `${fact.id} has a numeric value`);
  return v.type === 'number' ? v.value : v.max;
}

describe('tenth re-verification pass', () => {
  it('dates every fact it read and records what the page says; a 2023 copy earns no re-verified stamp', () => {
    for (const [id, note] of Object.entries(TENTH_CHECKED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.checked, TENTH_ON, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(!(id in NINTH_CHECKED), `${id} was read by the ninth pass already`);
      assert.ok(note.length > 20, `${id} says what the page says`);
      if (/2023 copy/.test(note)) assert.equal(fact.reverified, undefined, `${id} is confirmed by a 2023 copy only`);
    }
    for (const id of Object.keys(TENTH_RECONFIRMED)) {
      assert.ok(id in REVERIFIED, `${id} was re-verified by an earlier pass`);
      assert.equal(findFact(id)?.reverified, TENTH_ON, id);
    }
  });

  it('gives every former value a date, an AWS source and a figure below today\'s, newest first', () => {
    for (const [id, entry] of Object.entries(TENTH_HISTORY)) {
      const fact = findFact(id);
      assert.ok(fact, id);
      assert.ok(!(id in NINTH_HISTORY), `${id} has a ninth-pass entry already`);
      for (const former of entry.history) {
        assert.ok(fact.history?.includes(former), `${id} carries ${former.value}`);
        assert.match(former.until, /^\d{4}-\d{2}(-\d{2})?$/, id);
        assert.match(former.source ?? '', /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, id);
        const figure = Number((former.value.match(/[\d,]+/)?.[0] ?? '').replace(/,/g, ''));
        assert.ok(figure > 0, `${id}: ${former.value} has a figure`);
      }
      const dates = (fact.history ?? []).map((h) => h.until);
      assert.deepEqual(dates, [...dates].sort().reverse(), `${id}: newest change first`);
      assert.ok(entry.note.length > 40, `${id} says where the date was read`);
    }
    // 168 hours is below 365 days; 50 rules below 60.
    assert.ok(168 * 3600 < maximum(findFact('kinesis-data-streams.retention')!));
    assert.ok(50 < maximum(findFact('security-group.rules')!));
  });

  it('lists each fact it could not confirm with the reason, and leaves its date alone', () => {
    for (const [id, why] of Object.entries(TENTH_UNCONFIRMED)) {
      if (id in FOURTEENTH_CHECKED || id in FIFTEENTH_CHECKED || id in SIXTEENTH_CHECKED) continue; // confirmed by a later pass (its own test holds it)
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.ok(!(id in TENTH_CHECKED) && !(id in TENTH_RECONFIRMED), `${id} is either confirmed or not`);
      assert.notEqual(fact.checked === TENTH_ON && fact.reverified === undefined, true, `${id} kept its older date`);
      assert.ok(why.length > 40, `${id} says why`);
    }
  });
});
