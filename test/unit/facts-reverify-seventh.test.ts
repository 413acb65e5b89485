/**
 * The seventh re-verification pass (issue 13): facts still dated 2026-11-27, error-level ones first, each
 * read on the page it cites; the fixes say only what that page states.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { REVERIFIED } from '../../server/src/facts/reverification';
import { SEVENTH_CHECKED, SEVENTH_CHECKED_ON } from '../../server/src/facts/reverification-seventh';
import { valueText } from '../support/fact-value-text';

describe('seventh re-verification pass', () => {
  it('dates every fact it read with its day, and records what the page says', () => {
    for (const [id, note] of Object.entries(SEVENTH_CHECKED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.checked, SEVENTH_CHECKED_ON, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(note.length > 20, `${id} says what the page says`);
    }
  });

  it('covers every behaviour fact an error-level rule rests on that was still dated 2026-11-27', () => {
    const errorLevel = [
      'alb.osi-layer', 'nlb.osi-layer', 'vpc-peering.transitive', 'vpc-peering.overlap', 'ebs.az-scope',
      'rds.read-replica-promotion', 'route53.alias', 'security-group.allow-only', 'security-group.stateful',
      'sqs-fifo.name', 'sqs-fifo.ordering', 'sqs.standard-ordering',
    ];
    for (const id of errorLevel) assert.equal(findFact(id)?.checked, SEVENTH_CHECKED_ON, id);
  });

  it('moves sources to the pages that state the values', () => {
    const pages: Record<string, RegExp> = {
      'ebs.az-scope': /ebs\/latest\/userguide\/ebs-volumes\.html$/,
      'sqs-fifo.ordering': /SQSDeveloperGuide\/FIFO-key-terms\.html$/,
      'security-group.stateful': /vpc\/latest\/userguide\/security-groups\.html$/,
      'clb.certificates': /classic\/elb-https-load-balancers\.html$/,
      'mq.default-port': /using-amazon-mq-securely\.html#amazon-mq-vpc-security-groups$/,
      'redshift.default-port': /redshift\/latest\/mgmt\/managing-cluster-recovery\.html$/,
      'redshift.performance': /c_challenges_achieving_high_performance_queries\.html$/,
      's3-glacier-vaults.object-lock': /object-lock-overview\.html$/,
      'transfer-family.default-port': /transfer\/latest\/userguide\/create-server-sftp\.html$/,
    };
    for (const [id, page] of Object.entries(pages)) assert.match(findFact(id)?.source ?? '', page, id);
  });

  it('drops the clauses the cited pages do not state', () => {
    assert.doesNotMatch(valueText('alb.osi-layer'), /query string|method/);
    assert.doesNotMatch(valueText('nlb.osi-layer'), /HTTP|transport/);
    assert.doesNotMatch(valueText('security-group.allow-only'), /network ACL|WAF/);
    assert.doesNotMatch(valueText('rds.read-replica-promotion'), /automation/);
    assert.doesNotMatch(valueText('sqs-fifo.ordering'), /exactly-once processing/);
    assert.match(valueText('route53.alias'), /zone apex/);
    assert.doesNotMatch(valueText('ec2-auto-scaling.launch-templates'), /discount/);
    assert.doesNotMatch(valueText('clb.certificates'), /ALB|NLB/);
    assert.doesNotMatch(valueText('cloudwatch.ec2-default-metrics'), /agent/);
    assert.doesNotMatch(valueText('security-group.peer-reference'), /any account/);
    assert.doesNotMatch(valueText('storage-gateway.tape'), /backup software/);
    assert.doesNotMatch(findFact('mq.default-port')?.detail ?? '', /8162/);
    assert.match(valueText('ebs.encryption-default'), /snapshot copies/);
    const dropped: Record<string, RegExp> = {
      's3.default-encryption': /Block Public Access|ACL/,
      's3.replication': /delete marker/,
      's3-glacier-flexible.retrieval': /free/,
      'ebs.snapshots': /stored in S3/,
      'efa.scope': /\bAZ\b/,
      'nat-gateway.placement': /0\.0\.0\.0\/0/,
      'dynamodb.ttl': /few days/,
      'cloudfront.s3-access': /legacy/,
      'gwlb.layer': /bump/,
      'nlb.cross-zone': /charged/,
      'rds-multi-az.cluster': /35 seconds/,
      'aurora-postgresql.lambda': /Aurora MySQL/,
      'polly.ssml': /emphasis/,
      'transcribe.modes': /HTTP\/2|WebSocket/,
      'emr.spot': /long-running/,
      'sns.fan-out': /queue policy/,
      'cloudwatch-logs.subscription-targets': /OpenSearch/,
      'acm.cloudfront-region': /edge-optimized/,
      'ssm-session-manager.ports': /inbound/,
      'shield.srt': /24\/7/,
      'firewall-manager.policy-types': /third-party/,
      'iam-identity-center.identity-sources': /SCIM|AD Connector/,
      'secrets-manager.rotation': /DocumentDB|Lambda/,
      'config.triggers': /1, 3, 6/,
      'fargate.spot': /70%/,
      'cloud9.lifecycle': /July 2024/,
    };
    for (const [id, clause] of Object.entries(dropped)) assert.doesNotMatch(valueText(id), clause, id);
    assert.equal(findFact('route53.health-check-interval')?.detail, undefined);
    assert.doesNotMatch(findFact('dax.item-ttl')?.detail ?? '', /defaults to 5 minutes/);
  });

  it('re-verifies network ACL rule numbers on the network ACL page, so the range may drive errors', () => {
    const fact = findFact('network-acl.rule-number');
    assert.ok(fact && fact.value.type === 'range');
    assert.deepEqual([fact.value.min, fact.value.max, fact.hardLimit, fact.reverified], [1, 32766, true, SEVENTH_CHECKED_ON]);
    assert.match(fact.source, /vpc\/latest\/userguide\/vpc-network-acls\.html$/);
    assert.match(fact.sourceSection ?? '', /from 1 to 32766/);
  });

  it('gives Redshift indexes their own fact, on the page that lists them as unsupported', () => {
    const fact = findFact('redshift.indexes');
    assert.ok(fact);
    assert.match(fact.source, /c_unsupported-postgresql-features\.html$/);
    assert.equal(fact.checked, SEVENTH_CHECKED_ON);
    assert.doesNotMatch(valueText('redshift.performance'), /index/);
  });
});
