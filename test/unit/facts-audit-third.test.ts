/**
 * The third random audit of the fact pack (issue 13, seed 20261208) and the fixes it led to: each value as
 * the cited AWS page states it, and each source the page that states the value.
 */
import { strict as assert } from 'node:assert';
import { SERVICES, findFact } from '../../server/src/facts/catalog';
import { REVERIFIED_ON } from '../../server/src/facts/reverification';
import { AUDITS, AUDIT_C } from '../../scripts/facts-audit-data';
import { auditedIds } from '../../scripts/facts-audit-pick';
import { valueText } from '../support/fact-value-text';

describe('third random audit (2026-12-06c, seed 20261208)', () => {
  it('records 50 distinct facts of the pack that no earlier audit read, listed first', () => {
    const rows = AUDIT_C.rows.map((r) => r.id);
    assert.equal(rows.length, 50);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    const earlier = auditedIds(AUDIT_C.seed);
    assert.deepEqual(rows.filter((id) => earlier.has(id)), [], 'drawn only from facts the earlier audits did not read');
    assert.ok(AUDITS.includes(AUDIT_C));
  });

  it('fixed every fact it found wrong, stale or unsourced', () => {
    for (const row of AUDIT_C.rows) {
      if (row.verdict === 'wrong' || row.verdict === 'stale' || row.verdict === 'unstated') assert.ok(row.fixed, `${row.id} fixed`);
    }
  });

  it('moves each fixed source off the page that did not state the value', () => {
    const moved: Record<string, RegExp> = {
      'api-gateway.api-types': /api-gateway-overview-developer-experience\.html$/,
      'aurora-postgresql.default-port': /API_CreateDBCluster\.html#RDS-CreateDBCluster-request-Port$/,
      'cloudwatch-agent.legacy': /logs\/QuickStartEC2Instance\.html$/,
      'vpc-peering.sg-reference': /vpc-peering-security-groups\.html$/,
      'guardduty.customisation': /findings_management\.html$/,
      'guardduty.findings-retention': /findings_management\.html$/,
      'macie.findings-retention': /findings-suppression\.html$/,
      'mq.port-rabbitmq': /rabbitmq-basic-elements-broker\.html$/,
      's3.sse-s3-header': /API_PutObject\.html#AmazonS3-PutObject-request-header-ServerSideEncryption$/,
      's3-glacier-flexible.durability': /storage-class-intro\.html#sc-compare$/,
      'direct-connect.dedicated-speeds': /hybrid-networking-lens\/aws-direct-connect\.html$/,
    };
    for (const [id, page] of Object.entries(moved)) {
      const fact = findFact(id);
      assert.match(fact?.source ?? '', page, id);
      assert.ok((fact?.checked ?? '') >= '2026-12-06', `${id} carries the date it was checked`);
    }
  });

  it('states only what the cited pages say (no clause from elsewhere)', () => {
    assert.doesNotMatch(valueText('guardduty.customisation'), /no user-written|protection plans/);
    assert.match(valueText('guardduty.customisation'), /suppression rules/i);
    assert.match(findFact('vpc-peering.sg-reference')?.detail ?? '', /account number/);
  });

  it('lists every alarm action the alarm-actions page names, investigations included', () => {
    const actions = valueText('cloudwatch-alarms.actions');
    for (const action of [/SNS/, /Lambda/, /EC2 stop/, /Application Auto Scaling/, /OpsItem/, /investigation/]) assert.match(actions, action);
  });

  it('counts Direct Connect transit interfaces against the maximum of 51, not on top of 50', () => {
    const fact = findFact('direct-connect.private-vifs');
    assert.ok(fact && fact.value.type === 'number');
    assert.equal(fact.value.value, 50);
    assert.match(fact.detail ?? '', /maximum of 51/);
    assert.doesNotMatch(fact.detail ?? '', /54/);
  });
});

describe('Lambda@Edge quotas on the current CloudFront page', () => {
  it('gives one 30-second timeout and one 50 MB package size for every event type, re-verified', () => {
    for (const [id, value, unit] of [['lambda-edge.viewer-timeout', 30, 'seconds'], ['lambda-edge.package-size', 50, 'MB']] as const) {
      const fact = findFact(id);
      assert.ok(fact && fact.value.type === 'number', id);
      assert.deepEqual([fact.value.value, fact.value.unit], [value, unit]);
      assert.ok((fact.reverified ?? '') >= REVERIFIED_ON, id);
      assert.match(fact.source, /cloudfront-limits\.html#limits-lambda-at-edge$/);
      assert.match(fact.detail ?? '', /earlier versions gave (5 seconds|1 MB)/);
    }
  });
});

describe('default ports cite the page that states the default', () => {
  it('takes every RDS and Aurora engine port from the CreateDBInstance / CreateDBCluster Port parameter', () => {
    const ports = SERVICES.filter((s) => s.id === 'rds' || s.parent === 'rds' || s.id === 'aurora' || s.parent === 'aurora')
      .flatMap((s) => s.facts)
      .filter((f) => f.kind === 'port');
    assert.ok(ports.length >= 9, 'the RDS and Aurora engine ports');
    for (const fact of ports) assert.match(fact.source, /APIReference\/API_CreateDB(Instance|Cluster)\.html#RDS-CreateDB(Instance|Cluster)-request-Port$/, fact.id);
  });
});

describe('S3 storage-class facts', () => {
  it('cite the user guide comparison table, not the storage-classes landing page', () => {
    const landing = SERVICES.flatMap((s) => s.facts).filter((f) => f.source.startsWith('https://aws.amazon.com/s3/storage-classes'));
    assert.deepEqual(landing.map((f) => f.id), []);
  });
});

describe('limits AWS raised since 2023 carry their former value with the date', () => {
  it('SQS message size (256 KiB until August 2025) and S3 object size (5 TB until December 2025)', () => {
    for (const [id, former, until] of [['sqs.message-size', '256 KiB', '2025-08'], ['s3.object-size', '5 TB', '2025-12']] as const) {
      const history = findFact(id)?.history ?? [];
      // The newest change first; older ones may follow.
      assert.deepEqual(history.map((h) => [h.value, h.until])[0], [former, until], id);
      assert.match(history[0].source ?? '', /^https:\/\/aws\.amazon\.com\/about-aws\/whats-new\/20\d\d\/\d\d\//, `${id} dated by an AWS announcement`);
    }
  });

  it('gives the SNS message size as the large-payloads page does: 256 KiB by default, up to 1 MiB per topic', () => {
    const fact = findFact('sns.message-size');
    assert.ok(fact && fact.value.type === 'range');
    assert.deepEqual([fact.value.min, fact.value.max, fact.value.default, fact.value.unit], [1_024, 1_048_576, 262_144, 'bytes']);
    assert.match(fact.source, /sns\/latest\/dg\/large-message-payloads\.html$/);
    assert.deepEqual(fact.history?.map((h) => [h.value, h.until]), [['256 KiB', '2026-09']]);
    assert.match(fact.detail ?? '', /SQS, Amazon Data Firehose and AWS Lambda subscriptions, 100 in all/);
  });
});
