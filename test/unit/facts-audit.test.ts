/**
 * The findings of the fact-pack audit (issue 13): each value as the cited AWS page states it, and each
 * source the page that states the value.
 */
import { strict as assert } from 'node:assert';
import { SERVICES, findFact, getService, rangeOf } from '../../server/src/facts/catalog';
import { REVERIFIED, REVERIFIED_ON } from '../../server/src/facts/reverification';
import { analyzeText } from '../../server/src/engine/analyze';
import { AUDIT } from '../../scripts/facts-audit-data';

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
    assert.match(fact.source, /API_PutEvents\.html$/);
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
    for (const id of Object.keys(REVERIFIED)) assert.ok(findFact(id)?.reverified === REVERIFIED_ON, `${id} is not in the pack`);
    assert.equal(reverified.length, Object.keys(REVERIFIED).length);
  });

  it('cites a docs.aws.amazon.com page, with an anchor or the section named, and stamps the checked date', () => {
    for (const f of reverified) {
      assert.match(f.source, /^https:\/\/docs\.aws\.amazon\.com\/\S+$/, `${f.id} source`);
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
      assert.equal(findFact(id)?.reverified, REVERIFIED_ON, id);
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
