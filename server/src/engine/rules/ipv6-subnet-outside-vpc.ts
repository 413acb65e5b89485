import { canonical6 } from '../recognisers/cidr6';
import { contains6, hasIpv6Block, placementOf } from './ipv6-subnet-placement';
import type { DocumentRule } from './kit/types';

export const ipv6SubnetOutsideVpc: DocumentRule = {
  id: 'ipv6-subnet-outside-vpc',
  scope: 'document',
  description: 'An IPv6 subnet block that is not inside its VPC\'s IPv6 block.',
  rationale:
    'A subnet\'s IPv6 block is carved from the VPC\'s IPv6 block: equal to it or more specific. A subnet is compared with a VPC ' +
    'block only when its own statement or row names one, or when the document has a single IPv6 VPC block.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc-ipv6.subnet-prefix'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'The VPC IPv6 block is 2600:1f18:abcd:1200::/56.\n\n| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1200::/64 |\n| app-b | 2600:1f18:abcd:1300::/64 |',
        flagged: ['2600:1f18:abcd:1300::/64'],
      },
      { text: 'The VPC uses 2600:1f18:abcd:1200::/56 and its subnet app-a uses 2600:1f18:abce:1200::/64.', flagged: ['2600:1f18:abce:1200::/64'] },
      {
        text: '```hcl\nresource "aws_vpc" "main" {\n  ipv6_cidr_block = "2600:1f18:abcd:1200::/56"\n}\nresource "aws_subnet" "a" {\n  ipv6_cidr_block = "2600:1f18:abcd:9900::/64"\n}\n```',
        flagged: ['2600:1f18:abcd:9900::/64'],
      },
    ],
    pass: [
      'The VPC IPv6 block is 2600:1f18:abcd:1200::/56.\n\n| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1200::/64 |\n| app-b | 2600:1f18:abcd:12ff::/64 |',
      '## prod\n\nVPC 2600:1f18:aaaa:1200::/56.\n\n## staging\n\nVPC 2600:1f18:bbbb:1200::/56.\n\n| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:bbbb:1200::/64 |',
      '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1300::/64 |',
    ],
  },
  select: hasIpv6Block,
  check({ contexts }, report) {
    for (const subnet of placementOf(contexts).subnets) {
      const vpc = subnet.vpc;
      if (!vpc || contains6(vpc.cidr, subnet.cidr)) continue;
      report({
        start: subnet.mention.start,
        end: subnet.mention.end,
        message: `IPv6 subnet ${subnet.mention.text} is outside the VPC's IPv6 block ${canonical6(vpc.cidr)}.`,
        related: [{ start: vpc.mention.start, end: vpc.mention.end, message: `the VPC's IPv6 block ${canonical6(vpc.cidr)}` }],
      });
    }
  },
};
