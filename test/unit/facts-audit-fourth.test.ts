/**
 * The fourth random audit of the fact pack (issue 13, seed 20261209) and the fixes it led to: each value as
 * the cited AWS page states it, and each source the page that states the value.
 */
import { strict as assert } from 'node:assert';
import { SERVICES, findFact } from '../../server/src/facts/catalog';
import { REVERIFIED, reverifiedOn } from '../../server/src/facts/reverification';
import { CHECKED_AGAIN, RECONFIRMED, SIXTH_REVERIFIED, SIXTH_REVERIFIED_ON } from '../../server/src/facts/reverification-sixth';
import { AUDITS, AUDIT_D } from '../../scripts/facts-audit-data';
import { auditedIds } from '../../scripts/facts-audit-pick';
import { valueText } from '../support/fact-value-text';

describe('fourth random audit (2026-12-07, seed 20261209)', () => {
  // The draw was made on the pack before this session's cards were added, so the seed alone no longer repeats it.
  it('records 50 distinct facts of the pack that no earlier audit read, listed first', () => {
    const rows = AUDIT_D.rows.map((r) => r.id);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    const earlier = auditedIds(AUDIT_D.seed);
    assert.deepEqual(rows.filter((id) => earlier.has(id)), []);
    assert.ok(AUDITS.indexOf(AUDIT_D) >= 0);
  });

  it('fixed every fact it found wrong, stale or unsourced', () => {
    for (const row of AUDIT_D.rows) {
      if (row.verdict === 'wrong' || row.verdict === 'stale' || row.verdict === 'unstated') assert.ok(row.fixed, `${row.id} fixed`);
      if (row.fixed) assert.ok((findFact(row.id)?.checked ?? '') >= SIXTH_REVERIFIED_ON, `${row.id} carries the date it was fixed`);
    }
  });

  it('re-dates the facts it confirmed', () => {
    for (const row of AUDIT_D.rows.filter((r) => r.verdict === 'right')) {
      assert.equal(findFact(row.id)?.checked, SIXTH_REVERIFIED_ON, row.id);
    }
  });

  it('moves each fixed source to the page that states the value', () => {
    const moved: Record<string, RegExp> = {
      'acm.certificates': /acm\/latest\/userguide\/acm-limits\.html#general-limits$/,
      'cognito.pools': /cognito-user-identity-pools\.html$/,
      'directory-service.mad-editions': /what_is\.html#microsoftad$/,
      'efs.default-port': /efs-onpremises\.html$/,
      'gwlb.default-port': /gateway\/gateway-load-balancers\.html$/,
      'documentdb.max-storage': /limits\.html#limits-cluster$/,
    };
    for (const [id, page] of Object.entries(moved)) assert.match(findFact(id)?.source ?? '', page, id);
  });

  it('states only what the cited pages say', () => {
    assert.match(findFact('acm.certificates')?.detail ?? '', /Expired and revoked certificates count/);
    assert.doesNotMatch(findFact('acm.certificates')?.detail ?? '', /PENDING/);
    assert.doesNotMatch(valueText('elb.cookie-names'), /AWSELB/);
    assert.doesNotMatch(valueText('aurora-global-database.failover'), /about a minute/);
    assert.doesNotMatch(valueText('control-tower.remediation'), /is yours/);
    assert.match(valueText('kinesis-data-streams.shard-write'), /1 MiB\/s/);
    assert.doesNotMatch(valueText('rds-multi-az.replication'), /asynchronous/, 'the read-replica clause is on another page');
  });

  it('gives DocumentDB cluster storage by engine version, re-verified', () => {
    const fact = findFact('documentdb.max-storage');
    assert.ok(fact && fact.value.type === 'number');
    assert.deepEqual([fact.value.value, fact.value.unit], [256, 'TiB']);
    assert.equal(fact.reverified, SIXTH_REVERIFIED_ON);
    assert.match(fact.detail ?? '', /128 TiB on earlier engine versions/);
  });
});

describe('sixth re-verification pass', () => {
  it('dates its own entries and the reconfirmed ones with its day, and nothing else', () => {
    for (const id of Object.keys(SIXTH_REVERIFIED)) assert.equal(reverifiedOn(id), SIXTH_REVERIFIED_ON, id);
    for (const id of Object.keys(RECONFIRMED)) {
      assert.ok(id in REVERIFIED, `${id} was re-verified in an earlier pass`);
      assert.equal(findFact(id)?.reverified, SIXTH_REVERIFIED_ON, id);
    }
    for (const id of CHECKED_AGAIN) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.reverified, undefined, `${id} is a behaviour fact, not re-verified`);
      assert.equal(fact.checked, SIXTH_REVERIFIED_ON, id);
    }
  });
});

describe('lifecycle cards found beside the audit', () => {
  it('AWS Application Discovery Service and AWS Migration Hub are closed to new customers, AWS Transform named', () => {
    for (const [id, since] of [['application-discovery-service', ''], ['migration-hub', '2025-11-07']] as const) {
      const status = SERVICES.find((s) => s.id === id)?.status;
      assert.ok(status && status.state === 'closed-to-new-customers', id);
      assert.equal(status.since, since, id);
      assert.match(status.successor ?? '', /AWS Transform/);
      assert.match(status.source, /^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });
});

describe('Lambda@Edge quotas by event type (CloudFront quotas page, 2026 copy)', () => {
  it('one 30-second timeout for viewer and origin triggers; generated responses 40 KB (viewer) and 1 MB (origin)', () => {
    for (const id of ['lambda-edge.viewer-timeout', 'lambda-edge.origin-timeout']) {
      const fact = findFact(id);
      assert.ok(fact && fact.value.type === 'number', id);
      assert.deepEqual([fact.value.value, fact.value.unit, fact.reverified], [30, 'seconds', SIXTH_REVERIFIED_ON], id);
    }
    for (const [id, value, unit] of [['lambda-edge.viewer-response-size', 40, 'KB'], ['lambda-edge.origin-response-size', 1, 'MB']] as const) {
      const fact = findFact(id);
      assert.ok(fact && fact.value.type === 'number', id);
      assert.deepEqual([fact.value.value, fact.value.unit, fact.hardLimit, fact.reverified], [value, unit, true, SIXTH_REVERIFIED_ON], id);
      assert.match(fact.source, /cloudfront-limits\.html#limits-lambda-at-edge$/, id);
    }
  });
});

describe('facts once listed as not re-verified, re-verified on another page', () => {
  it('cites the page that states each value', () => {
    const pages: Record<string, RegExp> = {
      'neptune.read-replicas': /neptune\/latest\/userguide\/intro\.html$/,
      'neptune.backup-retention': /neptune\/latest\/apiref\/API_ModifyDBCluster\.html$/,
      'cloudtrail.event-history': /cloudtrail-user-guide\.html$/,
    };
    for (const [id, page] of Object.entries(pages)) {
      const fact = findFact(id);
      assert.match(fact?.source ?? '', page, id);
      assert.equal(fact?.reverified, SIXTH_REVERIFIED_ON, id);
    }
  });
});

describe('third lifecycle pass: notices on the services\' own pages', () => {
  it('AWS Proton, AWS IoT Analytics and AWS IoT 1-Click are retired on the dates their notices give', () => {
    for (const [id, since] of [['proton', '2026-10-07'], ['iot-analytics', '2025-12-15'], ['iot-1-click', '2024-12-16']] as const) {
      const status = SERVICES.find((s) => s.id === id)?.status;
      assert.ok(status && status.state === 'retired', id);
      assert.equal(status.since, since, id);
      assert.match(status.source, /^https:\/\/docs\.aws\.amazon\.com\//, id);
    }
  });

  it('AWS Mainframe Modernization is closed to new customers, without a date AWS does not give', () => {
    const status = SERVICES.find((s) => s.id === 'mainframe-modernization')?.status;
    assert.ok(status && status.state === 'closed-to-new-customers');
    assert.equal(status.since, '');
    assert.match(status.successor ?? '', /AWS Transform for mainframe/);
  });
});
