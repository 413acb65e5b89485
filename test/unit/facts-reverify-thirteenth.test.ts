/**
 * The thirteenth re-verification pass (issue 13, facts helper session 13c): facts still dated 2026-11-27, numeric and
 * default ones first, then behaviour facts of the most used services.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { THIRTEENTH_CHECKED, THIRTEENTH_ON, THIRTEENTH_UNCONFIRMED } from '../../server/src/facts/reverification-thirteenth';
import { FIFTEENTH_CHECKED } from '../../server/src/facts/reverification-fifteenth';
import { itChecksPass } from '../support/facts-pass';

/** The fact's text or list value as one string. */
function valueText(id: string): string {
  const value = findFact(id)?.value;
  if (!value) return '';
  if (value.type === 'text') return value.value;
  if (value.type === 'list') return value.values.join(' | ');
  return JSON.stringify(value);
}

describe('thirteenth re-verification pass', () => {
  itChecksPass(THIRTEENTH_CHECKED, THIRTEENTH_ON, THIRTEENTH_UNCONFIRMED, [FIFTEENTH_CHECKED]);

  it('gives the RDS Custom pause its default of 60 minutes, not the 90 of the guide\'s example', () => {
    const automation = valueText('rds-custom.automation');
    assert.match(automation, /60 to 1,440 minutes, 60 by default/);
    assert.doesNotMatch(automation, /90/);
  });

  it('names private endpoint health checks beside the CloudWatch alarm-based check', () => {
    const value = valueText('route53.private-health-checks');
    assert.match(value, /CloudWatch alarm-based/);
    assert.match(value, /health check source in your VPC/);
    assert.match(findFact('route53.private-health-checks')?.source ?? '', /Route53\/latest\/DeveloperGuide\/health-checks-private-endpoints\.html$/);
  });

  it('points each source at the section that states the value', () => {
    assert.match(findFact('lambda.scaling-rate')?.source ?? '', /lambda\/latest\/dg\/scaling-behavior\.html#scaling-rate$/);
    for (const id of ['lambda-snapstart.runtimes', 'lambda-snapstart.versions', 'lambda-snapstart.incompatible']) {
      assert.match(findFact(id)?.source ?? '', /lambda\/latest\/dg\/snapstart\.html#snapstart-runtimes$/, id);
    }
    assert.match(findFact('dynamodb.capacity-units')?.source ?? '', /ServiceQuotas\.html#default-limits-throughput-capacity-modes$/);
    assert.match(findFact('snowball-edge.compute-optimized')?.source ?? '', /specifications\.html#sbe-compute-specifications$/);
    assert.match(findFact('snowball-edge.storage-optimized')?.source ?? '', /developer-guide\/identifying-device\.html$/);
    assert.match(findFact('snowball-edge.compute-optimized')?.detail ?? '', /416 GB usable/);
  });
});

describe('thirteenth pass, second batch', () => {
  it('lists QUIC and TCP_QUIC among the NLB listener protocols, citing the listeners page', () => {
    const protocols = findFact('nlb.protocols')?.value;
    assert.ok(protocols?.type === 'list');
    for (const p of ['TCP', 'UDP', 'TCP_UDP', 'TLS', 'QUIC', 'TCP_QUIC']) assert.ok(protocols.values.includes(p), p);
    assert.match(findFact('nlb.protocols')?.source ?? '', /elasticloadbalancing\/latest\/network\/load-balancer-listeners\.html$/);
  });

  it('gives the SNS retry policy its figures and section', () => {
    assert.match(findFact('sns.retries')?.source ?? '', /sns-message-delivery-retries\.html#delivery-policies-for-protocols$/);
    assert.match(findFact('sns.retries')?.detail ?? '', /100,015 attempts over 23 days/);
  });
});
