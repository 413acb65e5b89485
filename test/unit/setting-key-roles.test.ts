import { strict as assert } from 'node:assert';
import { findings } from '../support/rule-at-line';
import { identifierWords, roleOfKey, settingKeyAt, settingRoleAt } from '../../server/src/engine/recognisers/iac/setting-keys';

const fence = (lang: string, ...lines: string[]): string => ['# Network settings', '', `\`\`\`${lang}`, ...lines, '```'].join('\n');

describe('CIDR roles from the setting keys of variables and config', () => {
  it('splits identifiers into words', () => {
    assert.deepEqual(identifierWords('vpcCidr'), ['vpc', 'cidr']);
    assert.deepEqual(identifierWords('infra:appSubnets'), ['infra', 'app', 'subnets']);
    assert.deepEqual(identifierWords('private_subnets'), ['private', 'subnets']);
    assert.deepEqual(identifierWords('VPCCidrBlock'), ['vpc', 'cidr', 'block']);
  });

  it('gives VPC and subnet roles, and none to other networks', () => {
    assert.equal(roleOfKey('vpc_cidr'), 'vpc');
    assert.equal(roleOfKey('VpcCidrBlock'), 'vpc');
    assert.equal(roleOfKey('publicSubnetCidrs'), 'subnet');
    assert.equal(roleOfKey('private_subnets'), 'subnet');
    for (const other of ['peer_vpc_cidr', 'allowed_cidrs', 'onprem_subnets', 'pod_subnet', 'serviceCidr', 'vpn_client_cidr']) {
      assert.notEqual(roleOfKey(other), 'vpc', other);
      assert.notEqual(roleOfKey(other), 'subnet', other);
    }
    assert.equal(roleOfKey('vpc_id'), undefined);
  });

  it('finds the key on the line, in one-line JSON, and above a YAML list item', () => {
    const json = '{ "vpcCidr": "10.60.0.0/15", "publicSubnetCidrs": ["10.60.0.0/24", "10.70.0.0/24"] }';
    assert.equal(settingKeyAt(json, json.indexOf('10.70')), 'publicSubnetCidrs');
    const yaml = 'vpc:\n  cidr: 10.9.0.0/16\n  subnets:\n    - 10.9.0.0/24\n';
    assert.equal(settingKeyAt(yaml, yaml.indexOf('10.9.0.0/24')), 'subnets');
    assert.equal(settingRoleAt(yaml, yaml.indexOf('10.9.0.0/16')), 'vpc');
  });

  it('flags a VPC variable outside /16–/28 and a subnet setting outside its VPC', () => {
    assert.deepEqual(findings(fence('hcl', 'vpc_cidr        = "10.50.0.0/15"', 'private_subnets = ["10.50.0.0/20"]')), ['vpc-cidr-size@4']);
    assert.deepEqual(findings(fence('yaml', 'config:', '  infra:vpcCidr: 10.40.0.0/16', '  infra:appSubnets: ["10.40.0.0/20", "10.42.0.0/20"]')), ['subnet-outside-vpc@6']);
    assert.deepEqual(findings(fence('yaml', 'vpc:', '  cidr: 10.9.0.0/16', '  subnets:', '    - 10.9.0.0/24', '    - 10.8.1.0/24')), ['subnet-outside-vpc@8']);
  });

  it('stays quiet for a right plan, for other networks and for two environments side by side', () => {
    assert.deepEqual(
      findings(
        fence(
          'hcl',
          'prod_vpc_cidr  = "10.0.0.0/16"',
          'stage_vpc_cidr = "10.1.0.0/16"',
          'prod_private_subnets  = ["10.0.1.0/24", "10.0.2.0/24"]',
          'stage_private_subnets = ["10.1.1.0/24", "10.1.2.0/24"]',
          'peer_vpc_cidr = "172.16.0.0/12"',
          'allowed_cidrs = ["0.0.0.0/0"]',
          'onprem_subnets = ["192.168.0.0/16"]',
          'pod_subnet = "100.64.0.0/10"',
        ),
      ),
      [],
    );
    assert.deepEqual(findings(fence('yaml', 'cluster:', '  serviceCidr: 172.20.0.0/16', '  podCidr: 100.64.0.0/10')), []);
  });

  it('keeps a VPC known by its variable name to the subnets of its own settings', () => {
    const text = [
      fence('hcl', 'vpc_cidr = "10.1.0.0/16"'),
      '',
      '| Input | Description | Default |',
      '| --- | --- | --- |',
      '| transit_cidr | Network CIDR for the transit subnets | `"10.255.255.0/24"` |',
    ].join('\n');
    assert.deepEqual(findings(text), []);
  });

  it('reads Pulumi\'s aws:region setting as a setting, not a misspelt condition key', () => {
    assert.deepEqual(findings(fence('yaml', 'config:', '  aws:region: eu-west-1')), []);
    assert.deepEqual(findings(fence('json', '"Condition": { "StringEquals": { "aws:Region": "eu-west-1" } }')), ['iam-region-condition-key@4']);
  });
});
