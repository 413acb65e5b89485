/**
 * The findings of the fact-pack audit (issue 13): each value as the cited AWS page states it, and each
 * source the page that states the value.
 */
import { strict as assert } from 'node:assert';
import { findFact, getService, rangeOf } from '../../server/src/facts/catalog';
import { analyzeText } from '../../server/src/engine/analyze';

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
