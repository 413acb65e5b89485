/**
 * The sixth random audit of the fact pack (issue 13, seed 20261211) and the fixes it led to: each value as the
 * cited AWS page states it, and each source the page that states the value.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { AUDITS, AUDIT_F } from '../../scripts/facts-audit-data';
import { auditedIds } from '../../scripts/facts-audit-pick';
import { valueText } from '../support/fact-value-text';

describe('sixth random audit (2026-12-07c, seed 20261211)', () => {
  it('records 50 distinct facts of the pack that no earlier audit read, in the draw\'s id order, newest first', () => {
    const rows = AUDIT_F.rows.map((r) => r.id);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    const earlier = auditedIds(AUDIT_F.seed);
    assert.deepEqual(rows.filter((id) => earlier.has(id)), []);
    assert.deepEqual([...rows].sort(), rows);
    assert.ok(AUDITS.indexOf(AUDIT_F) >= 0 && AUDITS.indexOf(AUDIT_F) < AUDITS.length - 1, 'listed, newest first');
  });

  it('gives the figure its remarks state', () => {
    const count = (verdict: string): number => AUDIT_F.rows.filter((r) => r.verdict === verdict).length;
    assert.deepEqual([count('right'), count('wrong'), count('stale'), count('unstated'), count('unchecked')], [10, 0, 0, 1, 39]);
    assert.match(AUDIT_F.remarks?.[0] ?? '', /^Figure: 10 of the 11 checked facts are right; 39 not checked/);
  });

  it('fixed its miss: S3 Select says only what its page states', () => {
    for (const row of AUDIT_F.rows) if (row.verdict === 'wrong' || row.verdict === 'stale' || row.verdict === 'unstated') assert.ok(row.fixed, `${row.id} fixed`);
    assert.doesNotMatch(valueText('s3-select.lifecycle'), /2024/);
    assert.match(valueText('s3-select.lifecycle'), /no longer available to new customers/i);
    assert.match(findFact('lambda-edge.region')?.source ?? '', /lambda-at-edge-function-restrictions\.html#lambda-at-edge-restrictions-region$/);
  });
});
