/**
 * The seventh random audit of the fact pack (issue 13, seed 20261212): 50 facts no earlier audit read, with the
 * figure its remarks give.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { AUDITS, AUDIT_G } from '../../scripts/facts-audit-data';
import { auditedIds } from '../../scripts/facts-audit-pick';

describe('seventh random audit (2026-12-07d, seed 20261212)', () => {
  it('records the 50 facts the seed draws from those no earlier audit read, newest first', () => {
    const rows = AUDIT_G.rows.map((r) => r.id);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    // Not re-drawn here: facts other work adds to the pack shift the indexes the seed picks.
    const earlier = auditedIds(AUDIT_G.seed);
    assert.deepEqual(rows.filter((id) => earlier.has(id)), []);
    assert.deepEqual([...rows].sort(), rows);
    assert.ok(AUDITS.includes(AUDIT_G));
  });

  it('gives the figure its remarks state, and a reason for every fact it could not check', () => {
    const count = (verdict: string): number => AUDIT_G.rows.filter((r) => r.verdict === verdict).length;
    assert.deepEqual([count('right'), count('wrong'), count('stale'), count('unstated'), count('unchecked')], [21, 0, 0, 5, 24]);
    assert.match(AUDIT_G.remarks?.[0] ?? '', /^Figure: 21 of the 26 checked facts are right; none wrong or stale; 5 cite a page that states only part of the value; 24 not checked/);
    for (const row of AUDIT_G.rows) assert.ok(row.note.length > 25, `${row.id} says what was read`);
    // A partial source is recorded as such, and the remarks name each one.
    for (const row of AUDIT_G.rows.filter((r) => r.verdict === 'unstated')) {
      assert.ok(row.partly, row.id);
      assert.match(AUDIT_G.remarks?.[1] ?? '', new RegExp(row.id.replace(/\./g, '\\.')));
    }
  });
});
