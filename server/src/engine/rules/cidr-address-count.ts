import { requireFact } from '../../facts/catalog';
import { formatCount, sizeOf } from '../recognisers/cidr';
import { addressClaims } from './kit/address-claims';
import type { ContextRule } from './kit/types';

const RESERVED = 'vpc.reserved-ips-per-subnet';

function reserved(): number {
  const v = requireFact(RESERVED).value;
  return v.type === 'number' ? v.value : 5;
}

/** Numbers people write for some block size: 2^k and its classic off-by-one, -2 and AWS -5 forms. */
function sizeForms(k: number, aws: number): number[] {
  const t = 2 ** k;
  return [t, t - 1, t - 2, t - aws];
}

export const cidrAddressCount: ContextRule = {
  id: 'cidr-address-count',
  scope: 'context',
  cue: { has: ['count'] },
  description: 'The number of addresses stated for a prefix is not what the prefix holds.',
  rationale:
    'A /n block holds 2^(32−n) addresses: /16 = 65,536, /24 = 256, /28 = 16. Off-by-one totals (65,535 for a /16) and counts ' +
    'that belong to another prefix (2,048 for a /22) make capacity plans wrong. In an AWS subnet 5 of them are reserved, so ' +
    '2^(32−n) − 5 is accepted as the usable figure too.',
  severity: 'error',
  category: 'addressing',
  facts: [RESERVED],
  fixable: true,
  examples: {
    flag: [
      { text: 'A /16 gives 65,535 addresses.', flagged: ['65,535'], output: 'A /16 gives 65,536 addresses.' },
      { text: '- /22 = 2048 IPs, enough for the EKS nodes.', flagged: ['2048'], output: '- /22 = 1,024 IPs, enough for the EKS nodes.' },
      {
        text: 'The VPC 10.0.0.0/20 provides 8,192 IP addresses.',
        flagged: ['8,192'],
        output: 'The VPC 10.0.0.0/20 provides 4,096 IP addresses.',
      },
    ],
    pass: [
      '- **192.168.0.0/16:** Allows the last two octets to change, offering 65,536 possible IPs.',
      '- /22 = 1,024 addresses (1,019 usable in AWS).',
      // A count of something else after the addresses.
      'A /28 subnet gives 16 addresses, 3 available AZs and 2 free slots.',
      'Each VPC block ranges from /28 (16 IP addresses) to /16 (65,536 IP addresses).',
      'Avoid a /27 if you need 29 IP addresses.',
      'A /24 leaves 200 IPs for pods after the load balancer nodes.',
    ],
  },
  check(context, report) {
    const aws = reserved();
    for (const { count, prefix } of addressClaims(context)) {
      const k = 32 - prefix.prefix;
      const total = sizeOf(prefix.prefix);
      const accepted = new Set([total, total - aws, total - 2]);
      if (accepted.has(count.value)) continue;
      // Only numbers that are clearly a block size: another prefix's size, or this one's off by one.
      let other: number | undefined;
      for (let j = 3; j <= 32; j++) if (j !== k && sizeForms(j, aws).includes(count.value)) other = j;
      const offByOne = count.value === total - 1;
      if (!offByOne && other === undefined) continue;
      const right = count.usable ? total - aws : total;
      const usableNote = prefix.prefix >= 16 && prefix.prefix <= 28 ? ` (${formatCount(total - aws)} usable in an AWS subnet after ${aws} reserved)` : '';
      const why = offByOne ? 'an off-by-one total' : count.usable ? `a count for a /${32 - (other ?? k)}` : `the size of a /${32 - (other ?? k)}`;
      report({
        start: count.numberStart,
        end: count.numberEnd,
        message: `/${prefix.prefix} holds ${formatCount(total)} addresses${usableNote}; ${formatCount(count.value)} is ${why}.`,
        fixes: [{ title: `Use ${formatCount(right)}`, edits: [{ start: count.numberStart, end: count.numberEnd, newText: formatCount(right) }], safe: false }],
      });
    }
  },
};
