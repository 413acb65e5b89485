import { contains } from '../recognisers/cidr';
import { show, showsAlternatives } from './network-guards';
import type { DocumentRule } from './types';

export const subnetOutsideVpc: DocumentRule = {
  id: 'subnet-outside-vpc',
  scope: 'document',
  description: 'A subnet CIDR that is not inside the CIDR blocks of its VPC.',
  rationale:
    'A subnet is carved from one of its VPC\'s CIDR blocks; AWS refuses a subnet outside them. The subnet is bound to the VPC ' +
    'it is stated with (same sentence or table row, `vpc_id`/`VpcId` reference), else the nearest VPC stated before it in the same ' +
    'section, else the only VPC in the document. Any other VPC block of the document that contains it (a secondary CIDR) keeps it quiet, ' +
    'as do documents that show alternatives or a before/after.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc.subnet-cidr-prefix', 'vpc.ipv4-cidrs-per-vpc'],
  fixable: false,
  examples: {
    flag: [
      '## Network\n\nThe prod VPC is 10.0.0.0/16.\n\n| Subnet | CIDR | AZ |\n| --- | --- | --- |\n| private-a | 10.0.1.0/24 | eu-west-1a |\n| private-b | 10.1.2.0/24 | eu-west-1b |',
      'VPC prod: 10.0.0.0/16. Private subnet A: 10.1.1.0/24.',
      '```hcl\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_subnet" "a" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "192.168.1.0/24"\n}\n```',
    ],
    pass: [
      'VPC prod: 10.0.0.0/16 with secondary CIDR 10.1.0.0/16. Private subnet A: 10.1.1.0/24.',
      '## Shared services\n\nThe shared VPC is 10.50.0.0/16 with subnet 10.50.1.0/24.\n\n## Prod\n\nThe prod VPC is 10.0.0.0/16 with subnet 10.0.1.0/24.',
      'Option A: VPC 10.0.0.0/16. Option B: VPC 10.8.0.0/16.\n\nWhichever we pick, the app subnet will be 10.8.1.0/24.',
      'Our on-premises subnet 192.168.1.0/24 reaches the VPC 10.0.0.0/16 over VPN.',
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
      report({
        start: subnet.mention.start,
        end: subnet.mention.end,
        message: `Subnet ${show(subnet)} is not inside VPC ${show(vpc)}: a subnet must be carved from its VPC's CIDR blocks.`,
        related: [{ start: vpc.mention.start, end: vpc.mention.end, message: `VPC ${show(vpc)}` }],
      });
    }
  },
};
