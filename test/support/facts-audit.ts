/**
 * The two checks every random-audit record holds (eleventh audit on): 50 distinct facts of the pack, sorted by id and
 * listed newest first, and the figure its first remark states, with a note of what was read for every row.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { AUDITS, type Audit } from '../../scripts/facts-audit-data';

export function itRecordsAudit(
  audit: Audit,
  /** Right, wrong, stale, unstated, not checked. */
  figure: readonly [number, number, number, number, number],
  remark: RegExp,
  /** The seed of the audit listed just before this one (the next newer), or undefined when this is the newest. */
  newerSeed?: number,
): void {
  it('records 50 distinct facts of the pack, sorted by id, newest audit first', () => {
    const rows = audit.rows.map((r) => r.id);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    assert.deepEqual([...rows].sort(), rows);
    const at = AUDITS.indexOf(audit);
    if (newerSeed === undefined) assert.equal(at, 0, 'the newest audit is listed first');
    else assert.equal(AUDITS[at - 1]?.seed, newerSeed, 'the next newer audit is listed before it');
  });

  it('gives the figure its remarks state, and says what was read for every row', () => {
    const count = (verdict: string): number => audit.rows.filter((r) => r.verdict === verdict).length;
    assert.deepEqual([count('right'), count('wrong'), count('stale'), count('unstated'), count('unchecked')], figure);
    assert.match(audit.remarks?.[0] ?? '', remark);
    for (const row of audit.rows) assert.ok(row.note.length > 30, `${row.id} says what was read`);
  });
}
