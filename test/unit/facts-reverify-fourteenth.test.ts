/**
 * The fourteenth re-verification pass (issue 13, facts helper session 14): prices no pass could confirm are shown as
 * unverified list prices; facts read and confirmed move their checked date; the rest say why not.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine/features/hover';
import { SERVICES, findFact } from '../../server/src/facts/catalog';
import { FOURTEENTH_CHECKED, FOURTEENTH_ON, FOURTEENTH_UNCONFIRMED } from '../../server/src/facts/reverification-fourteenth';
import { AUDITS, AUDIT_J } from '../../scripts/facts-audit-data';
import { auditedIds } from '../../scripts/facts-audit-pick';
import { itChecksPass } from '../support/facts-pass';

describe('fourteenth re-verification pass', () => {
  itChecksPass(FOURTEENTH_CHECKED, FOURTEENTH_ON, FOURTEENTH_UNCONFIRMED);
});

describe('prices no pass confirmed', () => {
  const prices = SERVICES.flatMap((s) => s.facts).filter((f) => f.kind === 'price');

  it('shows no unconfirmed numeric price as a current figure', () => {
    for (const fact of prices) {
      if (fact.value.type !== 'number') continue;
      assert.ok(fact.checked >= '2026-12-06', `${fact.id} is a number, so a pass must have confirmed it`);
    }
  });

  it('keeps the figure, marked unverified with the date it was read, and says why in the detail', () => {
    const nat = findFact('nat-gateway.hourly-price');
    assert.deepEqual(nat?.value, { type: 'text', value: '$0.045 (unverified list price, read 2026-11-27)' });
    assert.match(nat?.detail ?? '', /^Unverified: read 2026-11-27 on the pricing page.*Plus \$0\.045 per GB processed\.$/);
    assert.match(JSON.stringify(findFact('ec2.spot-discount')?.value), /"90% \(unverified list price, read 2026-11-27\)"/);
    assert.match(JSON.stringify(findFact('mgn.free-period')?.value), /"90 days \(unverified list price, read 2026-11-27\)"/);
  });

  it('says so on the service card', () => {
    const text = 'We query the access logs with Amazon Athena.';
    const at = text.indexOf('Athena');
    const card = hoverAt(analyzeText(text), at + 1)?.markdown ?? '';
    assert.match(card, /\| Per TB scanned \\\(SQL queries\\\) \| \\\$5 \\\(unverified list price, read 2026\\-11\\-27\\\) \|/);
  });

  it('leaves text prices (the pricing model) as they are, two of them confirmed on a documentation page', () => {
    assert.deepEqual(findFact('ec2-auto-scaling.price')?.value, { type: 'text', value: 'No additional charge; pay for the instances and CloudWatch' });
    assert.equal(findFact('ec2-auto-scaling.price')?.source, 'https://docs.aws.amazon.com/autoscaling/index.html');
    assert.match(findFact('privatelink.gateway-price')?.source ?? '', /aws-startup-security-baseline\/wkld-12\.html$/);
  });
});

describe('tenth random audit (2026-12-07g, seed 20261215)', () => {
  // Drawn over every fact of pack 2026.12.07.13 (945 facts); a fact added since shifts the indexes, so the rows record the draw.
  it('records 50 distinct facts of the pack, sorted by id, newest audit first', () => {
    const rows = AUDIT_J.rows.map((r) => r.id);
    assert.equal(new Set(rows).size, 50);
    for (const id of rows) assert.ok(findFact(id), `${id} is in the pack`);
    assert.deepEqual([...rows].sort(), rows);
    assert.equal(AUDITS[AUDITS.indexOf(AUDIT_J) - 1]?.seed, 20261216, 'the eleventh audit (2026-12-07h) is newer');
    // Not drawn with --skip-audited: earlier audits read some of these rows, and their own draws still repeat.
    assert.ok(rows.some((id) => auditedIds(AUDIT_J.seed).has(id)));
  });

  it('gives the figure its remarks state, and says what was read for every row', () => {
    const count = (verdict: string): number => AUDIT_J.rows.filter((r) => r.verdict === verdict).length;
    // The fifteenth pass read the seven rows not looked up (remarks: "Changed after the draw").
    assert.deepEqual([count('right'), count('wrong'), count('stale'), count('unstated'), count('unchecked')], [36, 0, 1, 1, 12]);
    assert.match(AUDIT_J.remarks?.[0] ?? '', /^Figure: 36 of the 38 checked facts are right; 1 stale/);
    for (const row of AUDIT_J.rows) assert.ok(row.note.length > 15, `${row.id} says what was read`);
  });

  it('keeps what it fixed: WAF resources, and sources on the pages that state the value', () => {
    const waf = findFact('waf.resources')?.value;
    assert.ok(waf?.type === 'list');
    for (const r of ['Amplify', 'Bedrock AgentCore Gateway', 'Verified Access', 'App Runner']) assert.ok(waf.values.includes(r), r);
    assert.equal(findFact('rds.engines')?.source, 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/Welcome.html');
    assert.equal(findFact('kinesis-data-analytics-sql.outputs')?.source, 'https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_Output.html');
  });
});

describe('API Gateway Lambda authorizer result TTL (asked for by the readers helper)', () => {
  it('is a hard 0–3,600 s range, 300 s by default, re-verified, with the names documents use', () => {
    const fact = findFact('api-gateway.authorizer-ttl');
    assert.deepEqual(fact?.value, { type: 'range', min: 0, max: 3600, default: 300, unit: 'seconds' });
    assert.equal(fact?.hardLimit, true);
    assert.equal(fact?.reverified, FOURTEENTH_ON);
    assert.equal(fact?.source, 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html');
    assert.ok(fact?.names?.iac?.includes('AuthorizerResultTtlInSeconds'));
    assert.ok(fact?.names?.iac?.includes('authorizerResultTtlInSeconds'));
  });
});
