/**
 * CIDR roles from headings and table columns: a heading that gives a block over the subnets of its
 * section is their VPC, never a subnet overlapping them; a bare number under a "Usable IPs" header is
 * a count of the row's block. Written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const rules = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}@${text.slice(f.start, f.end)}`);

describe('VPC blocks in headings, counts in table columns', () => {
  const plan = [
    '# Plan',
    '',
    '## Subnets of pay-prod (10.20.0.0/16)',
    '',
    '| Subnet | AZ | CIDR |',
    '|---|---|---|',
    '| public-a | eu-west-1a | 10.20.0.0/24 |',
    '| app-b | eu-west-1b | 10.21.32.0/20 |',
    '| data-a | eu-west-1a | 10.20.64.0/22 |',
    '| data-b | eu-west-1b | 10.20.66.0/23 |',
  ].join('\n');

  it('the heading block is the VPC: no overlap with its own subnets', () => {
    const found = rules(plan);
    assert.ok(!found.some((f) => f.startsWith('subnet-overlap@10.20.0.0/16')), found.join(', '));
    assert.ok(!found.some((f) => /subnet-overlap@10\.20\.0\.0\/24/.test(f)), found.join(', '));
  });

  it('a subnet outside the heading VPC and two overlapping subnets are reported', () => {
    const found = rules(plan);
    assert.ok(found.includes('subnet-outside-vpc@10.21.32.0/20'), found.join(', '));
    assert.ok(found.includes('subnet-overlap@10.20.66.0/23'), found.join(', '));
  });

  it('a subsection under the heading belongs to the same VPC', () => {
    const text = '## pay-prod 10.20.0.0/16\n\n### App tier\n\n- app-a subnet 10.20.16.0/20\n- app-b subnet 10.21.32.0/20\n';
    assert.ok(rules(text).includes('subnet-outside-vpc@10.21.32.0/20'), rules(text).join(', '));
  });

  it('a heading block larger than /16 is a planning range, not a VPC', () => {
    const text = '## Corporate range 10.0.0.0/8\n\n- prod VPC 10.1.0.0/16\n- dev VPC 10.2.0.0/16\n';
    assert.deepEqual(rules(text).filter((f) => /overlap|vpc-cidr-size/.test(f)), []);
  });

  it('a bare number under "Usable IPs" is checked against the row block', () => {
    const text = 'VPC 10.0.0.0/16 subnets:\n\n| Subnet | CIDR | Usable IPs | Total |\n|---|---|---|---|\n| a | 10.0.1.0/24 | 256 | 256 |\n| b | 10.0.2.0/24 | 251 | 256 |\n';
    const found = rules(text).filter((f) => f.startsWith('subnet-usable-ips') || f.startsWith('cidr-address-count'));
    assert.deepEqual(found, ['subnet-usable-ips@256']);
  });
});
