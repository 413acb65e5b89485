import { canonical6, hasHostBits6 } from '../recognisers/cidr6';
import { cidr6sOf } from './kit/ipv6-blocks';
import type { ContextRule } from './kit/types';

export const ipv6CidrHostBits: ContextRule = {
  id: 'ipv6-cidr-host-bits',
  scope: 'context',
  cue: { has: ['cidr6'] },
  description: 'An IPv6 VPC, subnet or route CIDR with host bits set.',
  rationale:
    'In 2600:1f18:abcd:1234::/56 the group 1234 reaches past the /56 boundary, so the network is really 2600:1f18:abcd:1200::/56. ' +
    'AWS rejects such a block for a VPC, subnet or route; the fix writes the network address. A host address with its prefix ' +
    '(an interface\'s 2600:…::10/64) is not a block and is left alone.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc-ipv6.subnet-prefix'],
  fixable: true,
  examples: {
    flag: [
      { text: 'The VPC IPv6 block is 2600:1f18:abcd:1234::/56.', flagged: ['2600:1f18:abcd:1234::/56'], output: 'The VPC IPv6 block is 2600:1f18:abcd:1200::/56.' },
      {
        text: '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1201::1/64 |',
        flagged: ['2600:1f18:abcd:1201::1/64'],
        output: '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1201::/64 |',
      },
      {
        text: '```hcl\nresource "aws_subnet" "a" {\n  ipv6_cidr_block = "2600:1f18:abcd:12ff::/60"\n}\n```',
        flagged: ['2600:1f18:abcd:12ff::/60'],
        output: '```hcl\nresource "aws_subnet" "a" {\n  ipv6_cidr_block = "2600:1f18:abcd:12f0::/60"\n}\n```',
      },
    ],
    pass: [
      'The VPC IPv6 block is 2600:1f18:abcd:1200::/56.',
      'The instance interface address is 2600:1f18:abcd:1201::10/64.',
      'Route ::/0 to the egress-only internet gateway.',
      'Subnet app-a is 2600:1f18:abcd:1201::/64.',
    ],
  },
  check(context, report) {
    for (const mention of cidr6sOf(context)) {
      if (!mention.cidr || !hasHostBits6(mention.cidr)) continue;
      if (mention.role !== 'vpc' && mention.role !== 'subnet' && mention.role !== 'route') continue;
      const fixed = canonical6(mention.cidr);
      report({
        start: mention.start,
        end: mention.end,
        message: `${mention.text} has host bits set: the /${mention.cidr.prefix} network that contains it is ${fixed}.`,
        fixes: [{ title: `Use ${fixed}`, edits: [{ start: mention.start, end: mention.end, newText: fixed }], safe: true }],
      });
    }
  },
};
