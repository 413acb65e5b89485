import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const rulesOf = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}@${text.slice(f.start, f.end)}`);

describe('CIDR roles from structure', () => {
  it('a VPC block in its own column of a subnet table is not a subnet overlapping its subnets', () => {
    const doc = '| Name | Subnet CIDR | Public subnets | Private subnets |\n| --- | --- | --- | --- |\n| shared | 10.30.0.0/16 | 10.30.0.0/24, 10.30.1.0/24 | 10.30.10.0/24 |\n';
    assert.deepEqual(rulesOf(doc), []);
  });

  it('a parent list item holding its subnet items is their VPC', () => {
    const doc = '- prod network 10.20.0.0/16\n  - public subnet a: 10.20.0.0/24\n  - private subnet a: 10.20.10.0/24\n\n- shared VPC 10.30.0.0/16\n';
    assert.deepEqual(rulesOf(doc), []);
    const model = analyzeText(doc).model;
    assert.ok(model.vpcs.some((v) => v.mention.text === '10.20.0.0/16'));
    assert.ok(model.subnets.every((s) => s.vpc?.mention.text === '10.20.0.0/16' && s.binding === 'structure'));
  });

  it('an inferred VPC does not become the VPC of unrelated subnets elsewhere', () => {
    const doc = '| Name | Subnet CIDR | Public subnets |\n| --- | --- | --- |\n| shared | 10.30.0.0/16 | 10.30.0.0/24 |\n\n## Staging subnets\n\n| Subnet | CIDR |\n| --- | --- |\n| app-a | 10.40.1.0/24 |\n';
    assert.deepEqual(rulesOf(doc), []);
  });

  it('still reports subnets of one column or one cell that overlap, and a child outside its parent VPC', () => {
    assert.deepEqual(rulesOf('| Subnet | CIDR |\n| --- | --- |\n| app-a | 10.65.16.0/20 |\n| app-b | 10.65.24.0/21 |\n'), ['subnet-overlap@10.65.24.0/21']);
    assert.deepEqual(rulesOf('- core network 10.50.0.0/16\n  - app subnet 10.50.1.0/24\n  - db subnet 10.50.1.128/25\n'), ['subnet-overlap@10.50.1.128/25']);
    assert.deepEqual(rulesOf('- prod VPC 10.20.0.0/16\n  - public subnet a: 10.20.0.0/24\n  - private subnet b: 10.21.0.0/24\n'), ['subnet-outside-vpc@10.21.0.0/24']);
  });

  it('rows of a reference table of private ranges are not subnet or VPC blocks', () => {
    const doc = '| Subnet range | Size |\n| --- | --- |\n| 10.0.0.0/8 | 16M |\n| 172.16.0.0/12 | 1M |\n| 192.168.0.0/16 | 65k |\n\n| Subnet | CIDR |\n| --- | --- |\n| app | 10.1.0.0/24 |\n';
    assert.deepEqual(rulesOf(doc), []);
    // Words in the statement itself still bind: a /8 called a VPC is a VPC block.
    assert.deepEqual(rulesOf('The VPC uses 10.0.0.0/8.'), ['vpc-cidr-size@10.0.0.0/8']);
  });

  it('a summary advertised over BGP is not a VPC block', () => {
    assert.deepEqual(rulesOf('We advertise the summary route 10.0.0.0/8 over BGP to the VPCs.'), []);
  });
});
