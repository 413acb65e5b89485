/**
 * The eleventh re-verification pass and the ninth random audit (issue 13, facts helper session 13): limit and
 * retention facts re-verified on current copies, ports, defaults and lifecycle facts read, and the audit drawn after.
 */
import { strict as assert } from 'node:assert';
import { findFact, getService } from '../../server/src/facts/catalog';
import { REVERIFIED, reverifiedOn } from '../../server/src/facts/reverification';
import { ELEVENTH_CHECKED, ELEVENTH_ON, ELEVENTH_REVERIFIED, ELEVENTH_UNCONFIRMED } from '../../server/src/facts/reverification-eleventh';
import { SEVENTEENTH_REVERIFIED } from '../../server/src/facts/reverification-seventeenth';
import { FIFTEENTH_REVERIFIED } from '../../server/src/facts/reverification-fifteenth';
import { AUDITS, AUDIT_H, AUDIT_I, NOT_REVERIFIED } from '../../scripts/facts-audit-data';
import { auditedIds } from '../../scripts/facts-audit-pick';

describe('eleventh re-verification pass', () => {
  it('stamps each limit and retention fact it re-verified, on the page that states it', () => {
    for (const id of Object.keys(ELEVENTH_REVERIFIED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(reverifiedOn(id), ELEVENTH_ON, id);
      assert.equal(fact.reverified, ELEVENTH_ON, id);
      assert.equal(fact.source, ELEVENTH_REVERIFIED[id].source, `${id} cites the page that states it`);
      assert.ok(!(id in NOT_REVERIFIED), `${id} is re-verified: not in the not-re-verified list`);
    }
    assert.match(findFact('backup.cold-storage-minimum')?.source ?? '', /aws-backup\/latest\/devguide\/API_Lifecycle\.html$/);
    assert.match(findFact('timestream.memory-store')?.sourceSection ?? '', /8766/);
    assert.match(findFact('timestream.magnetic-store')?.sourceSection ?? '', /73000/);
  });

  it('dates every fact it read, records what the page says, and stamps none of them', () => {
    for (const [id, note] of Object.entries(ELEVENTH_CHECKED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      if (id in SEVENTEENTH_REVERIFIED) continue; // re-verified by a later pass (its own test holds it)
      assert.equal(fact.checked, ELEVENTH_ON, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(note.length > 40, `${id} says what the page says`);
    }
  });

  it('holds the fixes: sources that state the value, a hard flag AWS Support can lift, a closing date', () => {
    assert.match(findFact('ec2-instance-connect.default-port')?.source ?? '', /eice-security-groups\.html#resource-security-group-rules$/);
    assert.match(findFact('site-to-site-vpn.default-port')?.source ?? '', /s2svpn\/FirewallRules\.html$/);
    assert.match(findFact('global-accelerator.static-ips')?.source ?? '', /introduction-components\.html$/);
    // documentdb.backup-retention: the seventeenth pass moved it to CreateDBCluster, which also states the default.
    assert.match(findFact('ssm-session-manager.vs-ssh')?.source ?? '', /connect-linux-inst-eic\.html$/);
    for (const id of ['snow-family.job-lifetime', 'snowball-edge.job-lifetime']) {
      const fact = findFact(id);
      assert.equal(fact?.hardLimit, false, id);
      assert.match(fact?.detail ?? '', /AWS Support/, id); // the seventeenth pass keeps it as the 2023 wording
    }
    const q = getService('q-business')?.status;
    assert.ok(q && q.state === 'closed-to-new-customers');
    assert.equal(q.since, '2026-07-31');
    assert.match(findFact('q-business.lifecycle')?.value.type === 'text' ? String((findFact('q-business.lifecycle')!.value as { value: string }).value) : '', /31 July 2026/);
    assert.match(findFact('cloudtrail-lake.retention')?.detail ?? '', /no longer open to new customers since 31 May 2026/);
  });

  it('lists each fact it could not confirm with the reason, and leaves its date alone', () => {
    for (const [id, why] of Object.entries(ELEVENTH_UNCONFIRMED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.ok(!(id in ELEVENTH_CHECKED) && !(id in ELEVENTH_REVERIFIED), `${id} is either confirmed or not`);
      // A later pass may have re-verified it (the fifteenth did app-runner.concurrency); then its own test holds it.
      if (!(id in FIFTEENTH_REVERIFIED)) assert.equal(fact.reverified, undefined, id);
      assert.ok(why.length > 40, `${id} says why`);
    }
  });
});

describe('ninth random audit (2026-12-07f, seed 20261214)', () => {
  // The draw repeats on pack 2026.12.07.7 (commit 3e37e28): a fact added or renamed since shifts the indexes.
  it('records 50 facts no earlier audit read, sorted by id, newest audit first', () => {
    const rows = AUDIT_I.rows.map((r) => r.id);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    const earlier = auditedIds(AUDIT_I.seed);
    assert.deepEqual(rows.filter((id) => earlier.has(id)), []);
    assert.deepEqual([...rows].sort(), rows);
    assert.ok(AUDITS.indexOf(AUDIT_I) >= 0 && AUDITS.indexOf(AUDIT_I) < AUDITS.indexOf(AUDIT_H), 'listed, newest first');
  });

  it('gives the figure its remarks state, and says what was read for every row', () => {
    const count = (verdict: string): number => AUDIT_I.rows.filter((r) => r.verdict === verdict).length;
    // Five rows were read after the draw (twelfth pass): one states part of its value, four stay not checked.
    assert.deepEqual([count('right'), count('wrong'), count('stale'), count('unstated'), count('unchecked')], [26, 1, 0, 6, 17]);
    assert.match(AUDIT_I.remarks?.[0] ?? '', /^Figure: 26 of the 33 checked facts are right; 1 wrong in part/);
    assert.match(AUDIT_I.remarks?.[1] ?? '', /^Changed after the draw: as first recorded the figure was 26 of 32 checked/);
    for (const row of AUDIT_I.rows) assert.ok(row.note.length > 25, `${row.id} says what was read`);
  });
});
