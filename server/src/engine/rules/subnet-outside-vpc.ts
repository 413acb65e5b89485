import { isSecondaryBlock } from '../assertions/cidr-role';
import type { DocumentModel, NetworkBlock } from '../model/document-model';
import { cidrText, contains, networkOf } from '../recognisers/cidr';
import { show, showsAlternatives } from './kit/network-guards';
import type { DocumentRule } from './kit/types';

/**
 * The blocks of the subnet's VPC: its bound block, and the blocks its paragraph or list item calls
 * secondary or additional ("VPC 10.0.0.0/16 with secondary CIDR 10.1.0.0/16"). A secondary block
 * belongs to the primary stated before it (or, when none is, the one after it).
 */
function blocksOf(model: DocumentModel, vpc: NetworkBlock): NetworkBlock[] {
  const group = model.vpcs.filter((v) => v.context.group === vpc.context.group);
  if (group.length < 2) return [vpc];
  const runs: NetworkBlock[][] = [];
  let leading: NetworkBlock[] = [];
  for (const v of group) {
    if (isSecondaryBlock(v.context, v.mention.start, v.mention.end)) {
      const run = runs[runs.length - 1];
      if (run) run.push(v);
      else leading.push(v);
    } else {
      runs.push([...leading, v]);
      leading = [];
    }
  }
  if (leading.length > 0) runs.push(leading);
  const run = runs.find((r) => r.includes(vpc)) ?? [vpc];
  const seen = new Set<string>();
  return run.filter((v) => {
    const key = cidrText(networkOf(v.cidr), v.cidr.prefix);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function showAll(blocks: readonly NetworkBlock[]): string {
  const first = blocks[0];
  if (!first) return '';
  if (blocks.length === 1) return show(first);
  const cidrs = blocks.map((b) => cidrText(networkOf(b.cidr), b.cidr.prefix)).join(', ');
  const named = blocks.find((b) => b.name && b.name !== b.mention.text);
  return named ? `${named.name} (${cidrs})` : cidrs;
}

export const subnetOutsideVpc: DocumentRule = {
  id: 'subnet-outside-vpc',
  scope: 'document',
  description: 'A subnet CIDR that is not inside the CIDR blocks of its VPC.',
  rationale:
    'A subnet is carved from one of its VPC\'s CIDR blocks; AWS refuses a subnet outside them. The subnet is bound to the VPC ' +
    'it is stated with (same sentence or table row, `vpc_id`/`VpcId` reference), else the nearest VPC stated before it in the same ' +
    'section, else the VPC its section heading (or a parent heading) names, such as "### payments-prod subnets" after a table of VPCs, ' +
    'else the only VPC in the document. Any other VPC block of the document that contains it (a secondary CIDR) keeps it quiet, ' +
    'as do documents that show alternatives or a before/after.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc.subnet-cidr-prefix', 'vpc.ipv4-cidrs-per-vpc'],
  fixable: false,
  examples: {
    flag: [
      {
        text: '## Network\n\nThe prod VPC is 10.0.0.0/16.\n\n| Subnet | CIDR | AZ |\n| --- | --- | --- |\n| private-a | 10.0.1.0/24 | eu-west-1a |\n| private-b | 10.1.2.0/24 | eu-west-1b |',
        flagged: ['10.1.2.0/24'],
      },
      { text: 'VPC prod: 10.0.0.0/16. Private subnet A: 10.1.1.0/24.', flagged: ['10.1.1.0/24'] },
      // Child items of a VPC's item are its subnets, the one outside it too, while those inside outnumber it.
      { text: '- **prod**: VPC `10.20.0.0/16`\n  - private-a `10.20.0.0/19`\n  - private-b `10.20.32.0/19`\n  - data-a `10.21.0.0/24`', flagged: ['10.21.0.0/24'] },
      {
        text: '- VPC 10.20.0.0/16; the EKS pod CIDR 100.64.0.0/16 is a secondary CIDR on the same VPC; pod subnets 100.64.0.0/18 and 100.65.0.0/18.',
        flagged: ['100.65.0.0/18'],
      },
      {
        text: '```hcl\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_subnet" "a" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "192.168.1.0/24"\n}\n```',
        flagged: ['192.168.1.0/24'],
      },
      {
        text: '## Address plan\n\n| VPC | CIDR |\n| --- | --- |\n| payments-prod | 10.64.0.0/16 |\n| payments-nonprod | 10.65.0.0/16 |\n\n### payments-prod subnets\n\n| Subnet | CIDR |\n| --- | --- |\n| data-a | 10.64.64.0/24 |\n| data-c | 10.46.66.0/24 |',
        flagged: ['10.46.66.0/24'],
      },
      {
        text: '| VPC | CIDR |\n| --- | --- |\n| core | 10.10.0.0/16 |\n| edge | 10.20.0.0/16 |\n\n## core\n\n### Subnets\n\n- app-a: subnet 10.10.1.0/24\n- app-b: subnet 10.11.2.0/24',
        flagged: ['10.11.2.0/24'],
      },
      {
        text: '| VPC | CIDR |\n| --- | --- |\n| Payments prod | 10.64.0.0/16 |\n| Payments dev | 10.65.0.0/16 |\n\n## Subnets of Payments  prod\n\n| Subnet | CIDR |\n| --- | --- |\n| app-a | 10.66.1.0/24 |',
        flagged: ['10.66.1.0/24'],
      },
    ],
    pass: [
      'VPC prod: 10.0.0.0/16 with secondary CIDR 10.1.0.0/16. Private subnet A: 10.1.1.0/24.',
      '- VPC 10.20.0.0/16; the EKS pod CIDR 100.64.0.0/16 is a secondary CIDR on the same VPC; pod subnets 100.64.0.0/18 and 100.64.64.0/18.',
      '## Shared services\n\nThe shared VPC is 10.50.0.0/16 with subnet 10.50.1.0/24.\n\n## Prod\n\nThe prod VPC is 10.0.0.0/16 with subnet 10.0.1.0/24.',
      'Option A: VPC 10.0.0.0/16. Option B: VPC 10.8.0.0/16.\n\nWhichever we pick, the app subnet will be 10.8.1.0/24.',
      'Our on-premises subnet 192.168.1.0/24 reaches the VPC 10.0.0.0/16 over VPN.',
      // As many blocks outside as inside: not a plan of the VPC's own subnets.
      '- **prod**: VPC `10.20.0.0/16`\n  - app-a `10.20.1.0/24`\n  - `10.30.5.0/24`\n  - `10.40.5.0/24`',
      '| VPC | CIDR |\n| --- | --- |\n| payments-prod | 10.64.0.0/16 |\n| payments-nonprod | 10.65.0.0/16 |\n\n### payments-prod and payments-nonprod subnets\n\n| Subnet | CIDR |\n| --- | --- |\n| app-a | 10.64.1.0/24 |\n| app-b | 10.65.1.0/24 |',
      '| VPC | CIDR |\n| --- | --- |\n| prod | 10.64.0.0/16 |\n| dev | 10.65.0.0/16 |\n\n### production-like subnets\n\n| Subnet | CIDR |\n| --- | --- |\n| app-a | 10.64.1.0/24 |\n| app-b | 10.65.1.0/24 |',
      '# prod network\n\n| VPC | CIDR |\n| --- | --- |\n| prod | 10.64.0.0/16 |\n| shared | 10.0.0.0/16 |\n\n## Tooling\n\n| Subnet | CIDR |\n| --- | --- |\n| tools-a | 10.99.1.0/24 |',
    ],
  },
  select: () => false,
  check({ model }, report) {
    if (model.vpcs.length === 0) return;
    for (const subnet of model.subnets) {
      const vpc = subnet.vpc;
      if (!vpc || contains(vpc.cidr, subnet.cidr)) continue;
      if (model.vpcs.some((v) => contains(v.cidr, subnet.cidr))) continue;
      if (showsAlternatives(subnet, vpc)) continue;
      const blocks = blocksOf(model, vpc);
      report({
        start: subnet.mention.start,
        end: subnet.mention.end,
        message: `Subnet ${show(subnet)} is not inside VPC ${showAll(blocks)}: a subnet must be carved from its VPC's CIDR blocks.`,
        related: blocks.map((b) => ({ start: b.mention.start, end: b.mention.end, message: `VPC ${show(b)}` })),
      });
    }
  },
};
