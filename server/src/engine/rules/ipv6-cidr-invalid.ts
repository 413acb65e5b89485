import { PROBLEM_TEXT } from '../recognisers/cidr6';
import { cidr6sOf } from './kit/ipv6-blocks';
import type { ContextRule } from './kit/types';

export const ipv6CidrInvalid: ContextRule = {
  id: 'ipv6-cidr-invalid',
  scope: 'context',
  cue: { has: ['cidr6'] },
  description: 'An IPv6 CIDR with `::` twice, a group of more than four hex digits, a wrong number of groups or a prefix above /128.',
  rationale:
    'An IPv6 address has eight groups of one to four hex digits; `::` stands for one run of zero groups and may appear once. ' +
    'A prefix is at most /128. AWS rejects anything else, and a reader cannot tell which address was meant. Only text that is ' +
    'clearly meant as IPv6 is read (it has `::` or at least six colon-separated groups).',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc-ipv6.subnet-prefix'],
  fixable: false,
  examples: {
    flag: [
      { text: 'The VPC IPv6 block is 2600:1f18::abcd::/56.', flagged: ['2600:1f18::abcd::/56'] },
      { text: 'Subnet app-a uses 2600:1f18:abcd:12000::/64.', flagged: ['2600:1f18:abcd:12000::/64'] },
      { text: 'Allow 2001:db8::/129 in the security group.', flagged: ['2001:db8::/129'] },
      { text: '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1200:0:0:0/64 |', flagged: ['2600:1f18:abcd:1200:0:0:0/64'] },
    ],
    pass: [
      'The VPC IPv6 block is 2600:1f18:abcd:1200::/56.',
      'Route ::/0 to the egress-only internet gateway.',
      'The ratio is 1:2:3/4 of the traffic, and the window is 10:30/2.',
      'Call `std::vector/2` and `Foo::Bar/3` in the C++ example.',
      'Subnet app-a is 2600:1f18:abcd:1200:0:0:0:0/64.',
    ],
  },
  check(context, report) {
    for (const mention of cidr6sOf(context)) {
      if (!mention.problem) continue;
      report({ start: mention.start, end: mention.end, message: `${mention.text} is not a valid IPv6 CIDR: ${PROBLEM_TEXT[mention.problem]}.` });
    }
  },
};
