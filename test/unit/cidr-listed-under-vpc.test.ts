/**
 * Subnets listed by name under their VPC, without the word "subnet": the items of a list or the rows
 * of a table right after the statement giving one VPC, and the child items of a VPC's list item (which
 * inherit its "VPC" without being VPCs). Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const rulesOf = (text: string): string[] => analyzeText(text).findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}@${text.slice(f.start, f.end)}`);

describe('CIDR roles: blocks listed under a VPC', () => {
  it('a list after a VPC label line holds its subnets: an overlap and a block outside are reported', () => {
    assert.deepEqual(rulesOf('VPC prod: 10.0.0.0/16\n\n- public-a 10.0.0.0/24\n- public-b 10.0.0.128/25\n'), ['subnet-overlap@10.0.0.128/25']);
    assert.deepEqual(rulesOf('VPC prod: 10.0.0.0/16\n- public-a 10.0.0.0/24\n- public-b 10.1.0.0/24\n'), ['subnet-outside-vpc@10.1.0.0/24']);
  });

  it('a table after a lead-in giving the VPC holds its subnets', () => {
    const doc = 'The prod VPC is 10.0.0.0/16:\n\n| Name | CIDR |\n| --- | --- |\n| public-a | 10.0.0.0/24 |\n| public-b | 10.0.0.128/25 |\n';
    assert.deepEqual(rulesOf(doc), ['subnet-overlap@10.0.0.128/25']);
  });

  it('child items of a VPC item are its subnets, not VPCs of their own', () => {
    const doc = '- VPC prod 10.0.0.0/16\n  - public-a 10.0.0.0/24\n  - public-b 10.0.1.0/24\n';
    assert.deepEqual(rulesOf(doc), []);
    const model = analyzeText(doc).model;
    assert.deepEqual(model.vpcs.map((v) => v.mention.text), ['10.0.0.0/16']);
    assert.deepEqual(
      model.subnets.map((s) => [s.mention.text, s.vpc?.mention.text, s.binding]),
      [
        ['10.0.0.0/24', '10.0.0.0/16', 'structure'],
        ['10.0.1.0/24', '10.0.0.0/16', 'structure'],
      ],
    );
    assert.deepEqual(rulesOf('- VPC prod 10.0.0.0/16\n  - public-a 10.0.0.0/24\n  - public-b 10.0.0.128/25\n'), ['subnet-overlap@10.0.0.128/25']);
  });

  it('stays quiet on well-formed lists and on lists of other networks', () => {
    for (const doc of [
      'VPC prod: 10.0.0.0/16\n\n- public-a 10.0.0.0/24\n- public-b 10.0.1.0/24\n',
      // Nothing of the list lies inside the VPC: other networks, not its subnets.
      'VPC prod: 10.0.0.0/16\n\n- corp 10.1.0.0/16\n- partner 10.2.0.0/16\n',
      // More of the list outside the VPC than inside: not its subnets either.
      'VPC prod: 10.0.0.0/16\n\n- app 10.0.1.0/24\n- branch-1 172.16.1.0/24\n- branch-2 172.16.2.0/24\n',
      // A child item that calls itself a VPC keeps its own role.
      '- VPCs\n  - prod 10.0.0.0/16\n  - staging 10.1.0.0/16\n',
      // A paragraph between the VPC and the list: the list is not introduced by it.
      'VPC prod: 10.0.0.0/16\n\nThe office networks are below.\n\n- hq 10.0.0.0/24\n- lab 10.0.0.128/25\n',
    ]) {
      assert.deepEqual(rulesOf(doc), [], doc);
    }
  });

  it('a note restating an overlapping pair is not another overlap, nor does it rename the blocks', () => {
    const table = '## VPC prod (10.8.0.0/16)\n\n| Subnet | CIDR |\n| --- | --- |\n| app-a | 10.8.4.0/22 |\n| db-a | 10.8.6.0/24 |\n\n';
    const doc = `${table}The db-a subnet 10.8.6.0/24 sits inside app-a 10.8.4.0/22, and 10.8.4.0/22 also holds 10.8.6.0/24.\n`;
    const found = analyzeText(doc).findings.filter((f) => f.ruleId === 'subnet-overlap');
    assert.equal(found.length, 1);
    assert.equal(found[0]?.message, 'Subnets app-a (10.8.4.0/22) and db-a (10.8.6.0/24) overlap; subnets of one VPC cannot share addresses.');
    assert.equal(doc.slice(0, found[0]?.start).split('\n').length, 6);
    // Two rows naming one block differently are still reported; prose naming it by its nearest word is not.
    assert.deepEqual(rulesOf('VPC 10.0.0.0/16.\n\n| Subnet | CIDR |\n| --- | --- |\n| private-a | 10.0.1.0/24 |\n| private-b | 10.0.1.0/24 |\n'), ['subnet-overlap@10.0.1.0/24']);
    assert.deepEqual(rulesOf('VPC 10.0.0.0/16.\n\n| Subnet | CIDR |\n| --- | --- |\n| app-a | 10.0.1.0/24 |\n\nThe cache talks to app-a on 10.0.1.0/24 and the db-b node too.\n'), []);
  });
});
