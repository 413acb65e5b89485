/**
 * The fourteenth re-verification pass (issue 13, facts helper session 14): prices no pass could confirm are shown as
 * unverified list prices; facts read and confirmed move their checked date; the rest say why not.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine/features/hover';
import { SERVICES, findFact } from '../../server/src/facts/catalog';
import { FOURTEENTH_CHECKED, FOURTEENTH_ON, FOURTEENTH_UNCONFIRMED } from '../../server/src/facts/reverification-fourteenth';
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
