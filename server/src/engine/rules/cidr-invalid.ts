import type { ContextRule } from './kit/types';

export const cidrInvalid: ContextRule = {
  id: 'cidr-invalid',
  scope: 'context',
  cue: { has: ['cidr'] },
  description: 'An IPv4 CIDR with an octet above 255 or a prefix above /32.',
  rationale:
    'Each octet of an IPv4 address is 0–255 and the prefix length is 0–32, so 10.0.256.0/24 or 192.168.1.0/33 ' +
    'cannot be created anywhere: AWS, a firewall or a route table all refuse them. Usually a typo in one octet.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc.cidr-prefix'],
  fixable: false,
  examples: {
    flag: [
      { text: 'VPC CIDR: 10.0.256.0/24', flagged: ['10.0.256.0/24'] },
      { text: 'Allow 192.168.1.0/33 on port 443.', flagged: ['192.168.1.0/33'] },
      { text: '| Subnet | CIDR |\n| --- | --- |\n| private-b | 10.300.2.0/24 |', flagged: ['10.300.2.0/24'] },
      { text: '```hcl\nresource "aws_subnet" "b" {\n  cidr_block = "10.0.2.0/40"\n}\n```', flagged: ['10.0.2.0/40'] },
    ],
    pass: [
      'VPC CIDR: 10.0.255.0/24 is the last /24 of the block.',
      'Release v1.2.3.4 fixed the parser.',
      'The route 0.0.0.0/0 goes to the NAT gateway and 10.0.0.0/16 is local.',
    ],
  },
  check(context, report) {
    for (const mention of context.cidrs) {
      if (mention.cidr) continue;
      const badOctet = mention.octets.findIndex((o) => o > 255);
      const what =
        badOctet >= 0
          ? `octet ${badOctet + 1} is ${mention.octets[badOctet]}, and an octet must be 0–255`
          : `the prefix /${mention.prefix} is longer than /32`;
      report({
        start: mention.start,
        end: mention.end,
        message: `${mention.text} is not a valid IPv4 CIDR: ${what}.`,
      });
    }
  },
};
