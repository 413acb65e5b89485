/**
 * The eighth random audit of the fact pack (issue 13): seed 20261213, 50 facts no earlier audit read, each
 * checked against its cited page; the figure in the remarks is the rows' own count.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { AUDITS, AUDIT_H } from '../../scripts/facts-audit-data';
import { auditedIds } from '../../scripts/facts-audit-pick';

describe('eighth random audit (2026-12-07e, seed 20261213)', () => {
  it('records 50 facts no earlier audit read, sorted by id, newest audit first', () => {
    const rows = AUDIT_H.rows.map((r) => r.id);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    const earlier = auditedIds(AUDIT_H.seed);
    assert.deepEqual(rows.filter((id) => earlier.has(id)), []);
    assert.deepEqual([...rows].sort(), rows);
    assert.equal(AUDITS[AUDITS.indexOf(AUDIT_H) - 1]?.seed, 20261214, 'the ninth audit is listed before it, newest first');
  });

  it('gives the figure its remarks state, and says what was read for every row', () => {
    const count = (verdict: string): number => AUDIT_H.rows.filter((r) => r.verdict === verdict).length;
    assert.deepEqual([count('right'), count('wrong'), count('stale'), count('unstated'), count('unchecked')], [33, 0, 0, 3, 14]);
    assert.match(AUDIT_H.remarks?.[0] ?? '', /^Figure: 33 of the 36 checked facts are right; none wrong or stale; 3 cite a page/);
    for (const row of AUDIT_H.rows) assert.ok(row.note.length > 25, `${row.id} says what was read`);
  });

  it('holds the fixes the audit led to', () => {
    for (const id of ['aurora.backup-retention', 'aurora-mysql.backup-retention', 'aurora-postgresql.backup-retention']) {
      assert.match(findFact(id)?.source ?? '', /AuroraUserGuide\/Aurora\.Managing\.Backups\.html#Aurora\.Managing\.Backups\.Backup$/, id);
    }
    assert.match(findFact('efs.storage-classes')?.source ?? '', /efs\/latest\/ug\/availability-durability\.html$/);
    for (const row of AUDIT_H.rows.filter((r) => r.fixed)) assert.ok(row.verdict === 'unstated', row.id);
  });
});
