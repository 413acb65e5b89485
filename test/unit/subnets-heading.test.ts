import { strict as assert } from 'node:assert';
import { findings } from '../support/rule-at-line';

describe('a heading that says its section lists subnets', () => {
  const items = (heading: string, ...lines: string[]): string => [heading, '', ...lines].join('\n');

  it('reads the blocks of its items as subnets of the heading\'s block', () => {
    const text = items('## Subnets of `shared` (10.20.0.0/16)', '- app-a 10.20.0.0/22 (AZ a)', '- app-b 10.20.4.0/22 (AZ b)', '- cache-a 10.20.2.0/24 (AZ a)', '- edge-a 10.21.4.0/24 (AZ a)');
    assert.deepEqual(findings(text), ['subnet-overlap@5', 'subnet-outside-vpc@6']);
  });

  it('reads the lines of a plain-text fence as subnets', () => {
    const text = items('### Subnets of core (10.30.0.0/16)', '```text', 'app-a      10.30.0.0/22     # AZ a', 'cache-a    10.30.2.0/24     # AZ a (cache)', '10.31.4.0/24   edge-a', '```');
    assert.deepEqual(findings(text), ['subnet-overlap@5', 'subnet-outside-vpc@6']);
  });

  it('stays quiet for a right plan, code in the fence, other networks and routes', () => {
    assert.deepEqual(findings(items('## Subnets of shared (10.20.0.0/16)', '- app-a 10.20.0.0/22', '- app-b 10.20.4.0/22')), []);
    assert.deepEqual(findings(items('## Subnets', 'The VPC is 10.0.0.0/16.', '', '```', 'cidr_block = cidrsubnet("10.0.0.0/16", 4, 0)', 'a = [0] # "10.0.0.0/24"', '```')), []);
    assert.deepEqual(findings(items('## On-premises subnets', 'The VPC is 10.0.0.0/16.', '', '- hq 10.0.0.0/24', '- branch 10.0.0.0/25')), []);
    assert.deepEqual(findings(items('## Subnets and routes', 'The VPC is 10.0.0.0/16.', '', '- app-a 10.0.0.0/24', '- 0.0.0.0/0 to the NAT gateway')), []);
  });
});
