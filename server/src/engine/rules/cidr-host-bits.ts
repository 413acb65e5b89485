import { canonical, hasHostBits } from '../recognisers/cidr';
import type { ContextRule } from './kit/types';

export const cidrHostBits: ContextRule = {
  id: 'cidr-host-bits',
  scope: 'context',
  cue: { has: ['cidr'] },
  description: 'A VPC, subnet or route CIDR must not have host bits set.',
  rationale:
    'In 10.0.6.0/16 the third octet lies in the host part of a /16, so the block is really 10.0.0.0/16. ' +
    'AWS rejects such a block for a VPC or subnet; the fix writes the network address.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc.cidr-prefix'],
  fixable: true,
  examples: {
    flag: [
      { text: 'The VPC CIDR is 10.0.6.0/16.', flagged: ['10.0.6.0/16'], output: 'The VPC CIDR is 10.0.0.0/16.' },
      {
        text: 'Local routes, such as 10.0.6.0/16, should be directed locally.',
        flagged: ['10.0.6.0/16'],
        output: 'Local routes, such as 10.0.0.0/16, should be directed locally.',
      },
      {
        text: '| Subnet | CIDR |\n| --- | --- |\n| private-a | 10.0.1.5/24 |',
        flagged: ['10.0.1.5/24'],
        output: '| Subnet | CIDR |\n| --- | --- |\n| private-a | 10.0.1.0/24 |',
      },
      {
        text: '```hcl\nresource "aws_subnet" "a" {\n  cidr_block = "10.0.1.128/24"\n}\n```',
        flagged: ['10.0.1.128/24'],
        output: '```hcl\nresource "aws_subnet" "a" {\n  cidr_block = "10.0.1.0/24"\n}\n```',
      },
      { text: '- private-c: 10.40.52.3/24', flagged: ['10.40.52.3/24'], output: '- private-c: 10.40.52.0/24' },
    ],
    pass: [
      'The VPC CIDR is 10.0.0.0/16.',
      // A host's address on a subnet named by its tier and AZ.
      'The interface on private-a: 10.0.1.5/24.',
      'The instance interface address is 10.0.1.15/24.',
      'Allow HTTPS from the office at 203.0.113.7/32.',
      'Subnet private-a is 10.0.1.0/24.',
    ],
  },
  check(context, report) {
    for (const mention of context.cidrs) {
      if (!mention.cidr || !hasHostBits(mention.cidr)) continue;
      if (mention.role !== 'vpc' && mention.role !== 'subnet' && mention.role !== 'route') continue;
      const fixed = canonical(mention.cidr);
      report({
        start: mention.start,
        end: mention.end,
        message: `${mention.text} has host bits set: the /${mention.cidr.prefix} network that contains it is ${fixed}.`,
        fixes: [{ title: `Use ${fixed}`, edits: [{ start: mention.start, end: mention.end, newText: fixed }], safe: true }],
      });
    }
  },
};
