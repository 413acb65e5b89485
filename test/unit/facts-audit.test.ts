/**
 * The findings of the fact-pack audit (issue 13): each value as the cited AWS page states it, and each
 * source the page that states the value.
 */
import { strict as assert } from 'node:assert';
import { SERVICES, findFact, getService, rangeOf } from '../../server/src/facts/catalog';
import { REVERIFIED, REVERIFIED_ON, reverifiedOn } from '../../server/src/facts/reverification';
import { analyzeText } from '../../server/src/engine/analyze';
import { AUDIT, AUDITS, AUDIT_B, NOT_REVERIFIED } from '../../scripts/facts-audit-data';

function textOf(id: string): string {
  const value = findFact(id)?.value;
  assert.ok(value && value.type === 'text', `${id} is a text fact`);
  return value.type === 'text' ? value.value : '';
}

function applyFix(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('fact pack audit (2026-12-06)', () => {
  it('states Aurora failover as the cited page does: under 60 seconds, often under 30', () => {
    const text = textOf('aurora.failover');
    assert.match(text, /under 60 seconds/);
    assert.match(text, /often under 30/);
  });

  it('gives EFS elastic throughput as an adjustable, Region-dependent quota on the quotas section', () => {
    const fact = findFact('efs.max-throughput');
    assert.equal(fact?.kind, 'quota');
    assert.equal(fact?.hardLimit, false);
    assert.match(textOf('efs.max-throughput'), /60 GiB\/s/);
    assert.match(fact?.source ?? '', /efs\/latest\/ug\/limits\.html#soft-limits$/);
  });

  it('gives the KMS symmetric request quota from the table (10,000 / 20,000 / 100,000), adjustable', () => {
    const fact = findFact('kms.request-quota');
    assert.equal(fact?.hardLimit, false);
    const text = textOf('kms.request-quota');
    assert.match(text, /10,000/);
    assert.match(text, /100,000/);
    assert.doesNotMatch(text, /5,500|50,000/, 'the old figures from the example paragraph');
    assert.match(fact?.source ?? '', /requests-per-second\.html#rps-table$/);
  });

  it('gives the CloudFront origin response timeout range of the API reference (1–120 s, default 30)', () => {
    const { min, max, default: byDefault } = rangeOf('cloudfront.origin-response-timeout');
    assert.deepEqual([min, max, byDefault], [1, 120, 30]);
  });

  it('cites the page that states the value for sqs.in-flight, route53.default-port, codecommit.price', () => {
    assert.match(findFact('sqs.in-flight')?.source ?? '', /quotas-queues\.html/);
    assert.match(findFact('route53.default-port')?.source ?? '', /resolver-forwarding-inbound-queries-values\.html/);
    assert.equal(findFact('codecommit.price')?.source, 'https://aws.amazon.com/codecommit/pricing/');
  });

  it('knows CodeCommit is open to new customers again: no retired-service finding', () => {
    assert.equal(getService('codecommit')?.status?.state, 'active');
    assert.match(textOf('codecommit.lifecycle'), /since 25 November 2025/);
    const findings = analyzeText('Source lives in AWS CodeCommit; CodePipeline deploys it.').findings;
    assert.deepEqual(findings.filter((f) => f.ruleId === 'retired-service'), []);
  });

  it('keeps the EventBridge entry size at 1 MB, with 256 KB as the value until January 2026', () => {
    const fact = findFact('eventbridge.event-size');
    assert.ok(fact && fact.value.type === 'number');
    assert.equal(fact.value.value, 1_048_576);
    assert.match(fact.source, /aws\.amazon\.com\/blogs\/compute\/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb$/);
    assert.deepEqual(fact.history?.map((h) => [h.value, h.until]), [['256 KB', '2026-01-29']]);
  });

  it('gives the CloudFront cacheable file size the quotas page gives (50 GB)', () => {
    const value = findFact('cloudfront.max-file-size')?.value;
    assert.ok(value && value.type === 'number');
    assert.deepEqual([value.value, value.unit], [50, 'GB']);
  });

  describe('API Gateway REST integration timeout above 29 s', () => {
    it('says Regional and private REST APIs can raise it, and offers to say so', () => {
      const text = 'The REST API in API Gateway has a 60 second timeout for the export call.';
      const finding = analyzeText(text).findings.find((f) => f.ruleId === 'api-gateway-timeout');
      assert.ok(finding, 'flagged');
      assert.match(finding.message, /Regional and private REST APIs can raise it/);
      assert.match(finding.message, /above the default quota/);
      const raised = finding.fixes?.find((f) => /raised/.test(f.title));
      assert.ok(raised, 'a fix that says the quota was raised');
      const fixed = applyFix(text, raised.edits);
      assert.match(fixed, /60 second timeout \(raised by a Service Quotas request\) for/);
      assert.deepEqual(analyzeText(fixed).findings.filter((f) => f.ruleId === 'api-gateway-timeout'), []);
    });

    it('is quiet for a Regional or private REST API, or a raised quota, and still flags an edge-optimized one', () => {
      for (const quiet of [
        'The Regional REST API in API Gateway has a 90 second integration timeout.',
        'Our private REST API in API Gateway uses a 120 second integration timeout.',
        'API Gateway integration timeout raised to 120 seconds after a quota increase.',
      ]) {
        assert.deepEqual(analyzeText(quiet).findings.filter((f) => f.ruleId === 'api-gateway-timeout'), [], quiet);
      }
      const edge = analyzeText('The edge-optimized REST API in API Gateway has a 60 second integration timeout.');
      assert.equal(edge.findings.filter((f) => f.ruleId === 'api-gateway-timeout').length, 1);
    });
  });
});

describe('re-verified facts (shape)', () => {
  const all = SERVICES.flatMap((s) => s.facts);
  const reverified = all.filter((f) => f.reverified !== undefined);

  it('applies every re-verification entry to an existing fact', () => {
    for (const id of Object.keys(REVERIFIED)) assert.ok(findFact(id)?.reverified === reverifiedOn(id), `${id} is not in the pack`);
    assert.equal(reverified.length, Object.keys(REVERIFIED).length);
  });

  it('cites a docs.aws.amazon.com page, with an anchor or the section named, and stamps the checked date', () => {
    // A raise AWS announced before its documentation caught up: the announcement is the page that states the value.
    const announced: Readonly<Record<string, RegExp>> = { 'eventbridge.event-size': /^https:\/\/aws\.amazon\.com\/blogs\/compute\/\S+$/ };
    for (const f of reverified) {
      assert.match(f.source, announced[f.id] ?? /^https:\/\/docs\.aws\.amazon\.com\/\S+$/, `${f.id} source`);
      assert.equal(f.checked, f.reverified, `${f.id} checked`);
      if (['quota', 'limit', 'range'].includes(f.kind)) {
        assert.ok(/#[\w.-]+$/.test(f.source) || (f.sourceSection ?? '').length > 0 , `${f.id}: no anchor and no section named`);
      }
    }
  });

  it('says hard limit or adjustable, consistently with hardLimit', () => {
    for (const f of reverified) {
      assert.ok(f.quota, `${f.id} quota`);
      assert.equal(f.hardLimit, !f.quota.adjustable, `${f.id} hardLimit vs quota.adjustable`);
      if (f.quota.quotaCode) assert.match(f.quota.quotaCode, /^L-[0-9A-F]{8}$/, `${f.id} quota code`);
    }
  });

  it('dates every former value and lists Regions by code', () => {
    for (const f of all) {
      for (const h of f.history ?? []) assert.match(h.until, /^\d{4}-\d{2}(-\d{2})?$/, `${f.id} history date`);
      for (const r of f.regional ?? []) for (const code of r.regions) assert.match(code, /^(?:[a-z]{2}(?:-gov)?-[a-z]+-\d|other)$/, `${f.id} region ${code}`);
    }
  });

  it('re-verified the facts the error-level limit rules compare against', () => {
    for (const id of [
      'sqs.retention',
      'sqs.message-size',
      'sqs.visibility-timeout',
      'sqs.receive-wait-time',
      'lambda.timeout',
      'lambda.memory',
      'lambda.ephemeral-storage',
      'kinesis-data-streams.retention',
      'kinesis-data-streams.record-size',
      'dynamodb.pitr',
      'api-gateway.http-integration-timeout',
      // outdated-ceiling and quota-as-hard-limit (second pass).
      'ebs-gp3.iops',
      'ebs-gp3.throughput',
      'ebs-io2.iops',
      'aurora-global-database.secondary-regions',
      'nat-gateway.bandwidth',
      'vpc.per-region',
      'ec2.elastic-ips',
    ]) {
      // Re-verified on that day or read again on a later one.
      assert.ok((findFact(id)?.reverified ?? '') >= REVERIFIED_ON, id);
    }
  });
});

describe('random audit record (docs/facts.md)', () => {
  it('names 50 distinct facts of the pack, each with a verdict and what the page says', () => {
    const ids = AUDIT.rows.map((r) => r.id);
    assert.equal(ids.length, 50);
    assert.equal(new Set(ids).size, 50);
    for (const row of AUDIT.rows) {
      assert.ok(findFact(row.id), `${row.id} is in the pack`);
      assert.ok(row.note.length > 10, `${row.id} note`);
    }
  });

  it('keeps the facts it found stale or unsourced fixed where it says so', () => {
    assert.match(findFact('alb.idle-timeout')?.source ?? '', /API_LoadBalancerAttribute\.html$/);
    const launch = findFact('ecs.launch-types')?.value;
    assert.ok(launch && launch.type === 'list' && launch.values.includes('Amazon ECS Managed Instances'));
    const naming = findFact('s3.bucket-name-rules')?.value;
    assert.ok(naming && naming.type === 'list' && naming.values.some((v) => v.includes('--table-s3')));
  });
});

describe('second random audit (2026-12-06b, seed 20261207)', () => {
  it('records 50 distinct facts of the pack, and is listed before the first audit', () => {
    // The draw itself (seed 20261207 over the 920 facts of pack 2026.12.06) is recorded in the rows: a pack
    // with more facts draws other ones, so the draw cannot be recomputed here.
    const rows = AUDIT_B.rows.map((r) => r.id);
    assert.equal(rows.length, 50);
    assert.equal(new Set(rows).size, 50);
    for (const row of AUDIT_B.rows) assert.ok(findFact(row.id), `${row.id} is in the pack`);
    assert.deepEqual(AUDITS.slice(-2).map((a) => a.name), ['2026-12-06b', '2026-12-06']);
  });

  it('fixed every fact it found wrong, stale or unsourced', () => {
    for (const row of AUDIT_B.rows) {
      if (row.verdict === 'wrong' || row.verdict === 'stale' || row.verdict === 'unstated') assert.ok(row.fixed, `${row.id} fixed`);
    }
  });

  it('lists only the load balancers the ECS page names; the Classic one is in the detail', () => {
    const value = findFact('ecs.load-balancers')?.value;
    assert.ok(value && value.type === 'list');
    assert.deepEqual(value.values, ['ALB (recommended)', 'NLB', 'GWLB']);
    assert.match(findFact('ecs.load-balancers')?.detail ?? '', /Classic Load Balancers appear only in the ECS quota table/);
  });

  it('gives Redshift automated snapshot retention as the API states it: 0 to 35 days, default 1', () => {
    const { min, max, default: byDefault } = rangeOf('redshift.snapshot-retention');
    assert.deepEqual([min, max, byDefault], [0, 35, 1]);
    assert.match(findFact('redshift.snapshot-retention')?.source ?? '', /automated-snapshot-retention-period\.html$/);
    assert.equal(findFact('redshift.snapshot-retention')?.reverified, REVERIFIED_ON);
    // Manual snapshots keep longer: "retention period" alone must not bind the automated figure.
    const quiet = analyzeText('Redshift manual snapshots have a retention period of 90 days.').findings;
    assert.deepEqual(quiet.filter((f) => f.ruleId === 'stated-limit'), []);
  });

  it('marks Ray as closed to new customers in the Glue job types, with a lifecycle card for Glue for Ray', () => {
    const value = findFact('glue.job-types')?.value;
    assert.ok(value && value.type === 'list');
    assert.ok(value.values.includes('Ray (closed to new customers)'));
    assert.match(findFact('glue.job-types')?.source ?? '', /glue-version-support-policy\.html$/);
    const status = getService('glue-ray')?.status;
    assert.ok(status && status.state === 'closed-to-new-customers');
    assert.equal(status.since, '2026-04-30');
    assert.match(status.source, /awsglue-ray-jobs-availability-change\.html$/);
    const findings = analyzeText('The enrichment step runs as an AWS Glue for Ray job.').findings;
    assert.ok(findings.some((f) => f.ruleId === 'closed-to-new-customers'), 'Glue for Ray is reported as closed');
  });

  it('states about Glue Elastic Views only what its pages say', () => {
    assert.doesNotMatch(textOf('glue-elastic-views.lifecycle'), /never/);
    assert.doesNotMatch(textOf('glue-elastic-views.alternatives'), /DMS|Glue ETL/);
  });
});

describe('quota facts re-verified in the fourth pass', () => {
  it('re-verifies them against the page that states the value, with its anchor where the page has one', () => {
    for (const id of ['redshift.snapshot-retention', 'documentdb.read-replicas', 'lex.session-timeout', 'iot-core.payload', 'rds.max-storage']) {
      const fact = findFact(id);
      assert.equal(fact?.reverified, REVERIFIED_ON, id);
      assert.ok(fact?.sourceSection || /#/.test(fact?.source ?? ''), `${id} names its section`);
    }
    assert.match(findFact('iot-core.payload')?.source ?? '', /#message-broker-limits$/);
    assert.match(findFact('transit-gateway.attachments')?.source ?? '', /#attachments-quotas$/);
  });

  it('gives the Lex V2 idle session TTL as the API does (60 s to 24 h), with no unsourced default', () => {
    const range = rangeOf('lex.session-timeout');
    assert.deepEqual([range.min, range.max, range.default], [60, 86_400, undefined]);
  });

  it('keeps RDS storage per volume and says how Oracle and SQL Server reach 256 TiB, without judging instance totals', () => {
    const fact = findFact('rds.max-storage');
    assert.match(fact?.label ?? '', /storage volume/);
    assert.match(fact?.detail ?? '', /256 TiB per instance/);
    assert.equal(fact?.names?.words, undefined, 'a per-volume figure must not judge a stated instance size');
  });

  it('keeps the one DocumentDB replica figure (15, not adjustable) that the read-replica-count rule reads', () => {
    const fact = findFact('documentdb.read-replicas');
    assert.ok(fact && fact.value.type === 'number' && fact.value.value === 15);
    assert.equal(fact.hardLimit, true);
    assert.equal(SERVICES.flatMap((s) => s.facts).filter((f) => f.id.startsWith('documentdb.') && /replica/.test(f.id)).length, 1);
  });
});

describe('S3 bucket names with the S3 Tables suffix', () => {
  it('refuses a new bucket named …--table-s3 but accepts a reference to an S3 Tables bucket', () => {
    const created = analyzeText('```yaml\nResources:\n  Lake:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: lake-data--table-s3\n```\n').findings;
    assert.ok(created.some((f) => f.ruleId === 's3-bucket-name-invalid' && /S3 Tables/.test(f.message)), 'flagged');
    const referenced = analyzeText('Iceberg files land in s3://96076612-1454-4a44-iqsfrnqtwwi8jasgxsj5i4wmikrneuse1b--table-s3/data/.').findings;
    assert.deepEqual(referenced.filter((f) => f.ruleId === 's3-bucket-name-invalid'), []);
  });
});

describe('Region variation found in the fourth pass', () => {
  it('gives SQS FIFO high throughput per Region as quotas-messages does: 70,000 TPS in three Regions, 19,000 in two, lower elsewhere', () => {
    // The sixteenth pass read the current page: the earlier "2,400 elsewhere" was wrong for Ohio and Frankfurt.
    const fact = findFact('sqs-fifo.high-throughput');
    const regions = fact?.regional ?? [];
    assert.deepEqual(regions.map((r) => r.regions.join(',')), ['us-east-1,us-west-2,eu-west-1', 'us-east-2,eu-central-1', 'other']);
    assert.match(regions[0].value, /70,000/);
    assert.match(regions[1].value, /19,000/);
    assert.doesNotMatch(regions[2].value, /2,400/);
    assert.match(fact?.source ?? '', /quotas-messages\.html$/);
    assert.equal(fact?.reverified, undefined, 'not re-verified: the copy reached stops before the other Regions');
  });
});

describe('quota and limit facts not re-verified', () => {
  it('lists each one with the reason, and none that is re-verified', () => {
    const limits = SERVICES.flatMap((s) => s.facts).filter((f) => f.kind === 'quota' || f.kind === 'limit' || f.kind === 'range');
    // Facts checked today or later (new ones from other work) are not held to the list.
    const missing = limits.filter((f) => !f.reverified && f.checked < REVERIFIED_ON && !(f.id in NOT_REVERIFIED)).map((f) => f.id);
    assert.deepEqual(missing, [], 'a quota, limit or range fact that is neither re-verified nor listed with a reason');
    for (const [id, why] of Object.entries(NOT_REVERIFIED)) {
      assert.ok(findFact(id), `${id} is in the pack`);
      assert.equal(findFact(id)?.reverified, undefined, `${id} is re-verified: drop it from the list`);
      assert.ok(why.length > 20, `${id} reason`);
    }
  });
});
