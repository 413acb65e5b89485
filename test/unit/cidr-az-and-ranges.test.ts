/**
 * Subnets from structure: a table row that places its block in one Availability Zone is a subnet
 * (a VPC spans the Region's AZs); a statement that writes its own network as an address range or a
 * netmask keeps its subnets from being bound to a VPC stated elsewhere. Texts written for these tests.
 */
import { strict as assert } from 'node:assert';
import { findings } from '../support/rule-at-line';

describe('CIDR roles: one AZ per row, networks in other notations', () => {
  it('a row with one AZ holds a subnet: overlaps and blocks outside the VPC are found', () => {
    const text = [
      'The prod VPC is 10.0.0.0/16.',
      '',
      '| Tier | AZ | CIDR |',
      '|---|---|---|',
      '| app | a | 10.0.1.0/25 |',
      '| data | b | 10.0.1.64/26 |',
      '| spare | us-east-1c | 10.1.0.0/24 |',
    ].join('\n');
    assert.deepEqual(findings(text), ['subnet-overlap@6', 'subnet-outside-vpc@7']);
  });

  it('a usable count in such a row is an AWS subnet\'s', () => {
    const text = ['| Tier | AZ | CIDR | Usable IPs |', '|---|---|---|---|', '| public | a | 10.0.0.0/24 | 256 |', '| app | b | 10.0.1.0/24 | 251 |'].join('\n');
    assert.deepEqual(findings(text), ['subnet-usable-ips@3']);
  });

  it('a column of several AZs is a VPC table, not a subnet table', () => {
    const text = ['| Environment | AZs | CIDR |', '|---|---|---|', '| prod | a, b, c | 10.0.0.0/16 |', '| stage | a, b | 10.0.0.0/16 |'].join('\n');
    assert.deepEqual(findings(text).filter((f) => f.startsWith('subnet-')), []);
  });

  it('subnets beside a network written as a range are not bound to an earlier VPC', () => {
    const text = ['## Networks', '', 'The prod VPC is 172.16.0.0/16.', '', 'VPC range 10.5.0.0 - 10.5.255.255 (netmask 255.255.0.0); subnets 10.5.1.0/24, 10.5.2.0/24.'].join('\n');
    assert.deepEqual(findings(text), []);
  });

  it('without such a notation the nearest VPC before them still holds them', () => {
    const text = ['## Networks', '', 'The prod VPC is 172.16.0.0/16.', '', 'Its subnets: 172.16.1.0/24, 10.5.2.0/24.'].join('\n');
    assert.deepEqual(findings(text), ['subnet-outside-vpc@5']);
  });
});

describe('CIDR roles: chat case and stacked label lines', () => {
  it('a lower-case "vpc" names a VPC, as in chat and terse notes', () => {
    assert.deepEqual(findings('the new vpc is 10.0.0.0/16 and the app subnet is 10.0.1.0/24'), []);
    assert.deepEqual(findings('the new vpc is 10.0.0.0/16, subnets 10.0.1.0/24 and 10.0.1.128/25'), ['subnet-overlap@1']);
  });

  it('a label line\'s value is not taken by the label of the line below it', () => {
    assert.deepEqual(findings('VPC CIDR: 10.1.0.0/16\nSubnets: 10.1.1.0/24, 10.1.2.0/24'), []);
    assert.deepEqual(findings('vpc cidr: 10.1.0.0/16\nsubnets: 10.1.1.0/24, 10.2.2.0/24'), ['subnet-outside-vpc@2']);
  });

  it('a vpc id or endpoint is no VPC block', () => {
    assert.deepEqual(findings('The vpc-0abc123 subnets: 10.1.1.0/24, 10.1.1.128/25'), ['subnet-overlap@1']);
  });
});

describe('address counts: an adjective after the noun', () => {
  it('"16 IPs available" counts usable addresses', () => {
    assert.deepEqual(findings('Each /28 subnet has 16 IPs available for ENIs.'), ['subnet-usable-ips@1']);
    assert.deepEqual(findings('Each /28 subnet has 11 IPs available for ENIs.'), []);
    assert.deepEqual(findings('We need 16 IPs available for ENIs, so a /27 subnet.'), []);
  });
  it('the RFC 1918 /12 called the default VPC range is flagged with the default VPC\'s block', () => {
    const text = ['### Private ranges', '- `10.0.0.0/8` - large networks', '- `172.16.0.0/12` - the default VPC range', '- `192.168.0.0/16` - home networks'].join('\n');
    assert.deepEqual(findings(text), ['vpc-cidr-size@3']);
    assert.deepEqual(findings('### Private ranges\n- `10.0.0.0/8` - large networks\n- `172.16.0.0/12` - mid-size networks'), []);
  });
});
