import { requireFact } from '../../facts/catalog';
import { formatCount, sizeOf } from '../recognisers/cidr';
import { addressClaims } from './kit/address-claims';
import { mentions } from './kit/helpers';
import type { ContextRule } from './kit/types';

const RESERVED = 'vpc.reserved-ips-per-subnet';
const AWS_SUBNET = /\bsub-?nets?\b|\bVPCs?\b|\bAWS\b|\bEKS\b|\bEC2\b|\bENIs?\b|\bAZs?\b|\bavailability\s+zones?\b|aws_subnet|AWS::EC2::Subnet/i;

export const subnetUsableIps: ContextRule = {
  id: 'subnet-usable-ips',
  scope: 'context',
  cue: { has: ['count'] },
  description: 'Usable addresses in an AWS subnet counted without the 5 that AWS reserves.',
  rationale:
    'AWS reserves 5 addresses in every subnet: the network address, the VPC router (+1), Amazon DNS (+2), one for future use (+3) and ' +
    'the last address. A /24 therefore has 251 usable addresses, not 256 (all of them) or 254 (the classic network-and-broadcast count).',
  severity: 'warning',
  category: 'addressing',
  facts: [RESERVED],
  fixable: true,
  examples: {
    flag: [
      {
        text: 'Each /24 subnet gives us 256 usable IPs for pods.',
        flagged: ['256'],
        output: 'Each /24 subnet gives us 251 usable IPs for pods.',
      },
      { text: 'A /20 subnet provides 4,094 usable hosts.', flagged: ['4,094'], output: 'A /20 subnet provides 4,091 usable hosts.' },
      { text: 'A /26 subnet holds 64 usable IPs.', flagged: ['64'], output: 'A /26 subnet holds 59 usable IPs.' },
      // An Availability Zone makes the block an AWS subnet too.
      { text: 'A /24 gives us 256 usable addresses per AZ.', flagged: ['256'], output: 'A /24 gives us 251 usable addresses per AZ.' },
      {
        text: '| Subnet | CIDR | Usable IPs |\n| --- | --- | --- |\n| app-a | 10.0.16.0/20 | 4,096 usable IPs |',
        flagged: ['4,096'],
        output: '| Subnet | CIDR | Usable IPs |\n| --- | --- | --- |\n| app-a | 10.0.16.0/20 | 4,091 usable IPs |',
      },
    ],
    pass: [
      'We need a subnet to hold 64 usable IPs, so a /25.',
      'A /20 subnet has 4,096 addresses, 4,091 usable.',
      'Each /24 subnet gives us 251 usable IPs for pods.',
      'On the office LAN a /24 gives 254 usable hosts.',
    ],
  },
  check(context, report) {
    // The words, or a block the document's structure makes a subnet (a row placing it in one AZ).
    if (!mentions(context, AWS_SUBNET) && !context.cidrs.some((c) => c.role === 'subnet')) return;
    const aws = (() => {
      const v = requireFact(RESERVED).value;
      return v.type === 'number' ? v.value : 5;
    })();
    for (const { count, prefix } of addressClaims(context)) {
      if (!count.usable || count.total) continue;
      const total = sizeOf(prefix.prefix);
      if (prefix.prefix < 16 || prefix.prefix > 28) continue;
      // A reference table of bare prefixes speaks of AWS only when it says so ("Usable in an AWS subnet"):
      // a general one counts usable hosts the classic way, as other clouds and on-premises networks do.
      if (context.kind === 'tableRow' && !prefix.cidr && !/\bAWS\b/.test(`${context.text} ${(context.header ?? []).map((h) => h.text).join(' ')}`)) continue;
      // The whole block, the classic network-and-broadcast count, or four reserved instead of five.
      if (count.value !== total && count.value !== total - 2 && count.value !== total - 4) continue;
      const right = formatCount(total - aws);
      report({
        start: count.numberStart,
        end: count.numberEnd,
        message: `In an AWS subnet a /${prefix.prefix} has ${right} usable addresses (${formatCount(total)} − ${aws} reserved by AWS), not ${formatCount(count.value)}.`,
        fixes: [{ title: `Use ${right}`, edits: [{ start: count.numberStart, end: count.numberEnd, newText: right }], safe: true }],
      });
    }
  },
};
