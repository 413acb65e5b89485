/**
 * The fifth random audit of the fact pack (issue 13, seed 20261210) and the fixes it led to: each value as the
 * cited AWS page states it, and each source the page that states the value.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { SEVENTH_CHECKED_ON } from '../../server/src/facts/reverification-seventh';
import { AUDITS, AUDIT_E, NOT_REVERIFIED } from '../../scripts/facts-audit-data';
import { auditedIds } from '../../scripts/facts-audit-pick';
import { valueText } from '../support/fact-value-text';

describe('fifth random audit (2026-12-07b, seed 20261210)', () => {
  // Drawn on pack 2026.12.07 before this session's two lifecycle cards were added (933 facts, 736 not audited),
  // so the seed alone no longer repeats the draw on the current pack.
  it('records 50 distinct facts of the pack that no earlier audit read, newest first', () => {
    const rows = AUDIT_E.rows.map((r) => r.id);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    const earlier = auditedIds(AUDIT_E.seed);
    assert.deepEqual(rows.filter((id) => earlier.has(id)), []);
    assert.deepEqual([...rows].sort(), rows, 'in the draw\'s id order');
    assert.ok(AUDITS.includes(AUDIT_E));
  });

  it('gives the figure its remarks state', () => {
    const count = (verdict: string): number => AUDIT_E.rows.filter((r) => r.verdict === verdict).length;
    assert.deepEqual([count('right'), count('wrong'), count('stale'), count('unstated'), count('unchecked')], [27, 0, 0, 2, 21]);
    assert.match(AUDIT_E.remarks?.[0] ?? '', /^Figure: 27 of the 29 checked facts are right/);
  });

  it('fixed every miss, and dates each fact it confirmed or fixed', () => {
    for (const row of AUDIT_E.rows) {
      if (row.verdict === 'wrong' || row.verdict === 'stale' || row.verdict === 'unstated') assert.ok(row.fixed, `${row.id} fixed`);
      if (row.verdict === 'right' && !(row.id in NOT_REVERIFIED)) assert.equal(findFact(row.id)?.checked, SEVENTH_CHECKED_ON, row.id);
      if (row.fixed) assert.equal(findFact(row.id)?.checked, SEVENTH_CHECKED_ON, row.id);
    }
  });

  it('cites the DNS renewal page for the 60-day ACM renewal and drops the foreign SSM clause', () => {
    assert.match(findFact('acm.renewal')?.source ?? '', /acm\/latest\/userguide\/dns-renewal-validation\.html$/);
    assert.doesNotMatch(valueText('ssm.prerequisites'), /443/);
    assert.match(valueText('ssm.prerequisites'), /AmazonSSMManagedInstanceCore/);
  });
});
