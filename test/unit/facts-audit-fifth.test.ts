/**
 * The fifth random audit of the fact pack (issue 13, seed 20261210) and the fixes it led to: each value as the
 * cited AWS page states it, and each source the page that states the value.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { SEVENTH_CHECKED_ON } from '../../server/src/facts/reverification-seventh';
import { AUDITS, AUDIT_E, NOT_REVERIFIED } from '../../scripts/facts-audit-data';
import { auditedIds, pickFacts } from '../../scripts/facts-audit-pick';
import { valueText } from '../support/fact-value-text';

describe('fifth random audit (2026-12-07b, seed 20261210)', () => {
  it('records the 50 facts its seed draws from the facts no earlier audit read, newest first', () => {
    const drawn = pickFacts(AUDIT_E.seed, 50, auditedIds(AUDIT_E.seed)).map((f) => f.id);
    assert.deepEqual(AUDIT_E.rows.map((r) => r.id), drawn);
    assert.equal(AUDITS[0], AUDIT_E);
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
