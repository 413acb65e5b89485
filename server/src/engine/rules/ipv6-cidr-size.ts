import { amazonProvidedPrefix, blockSource, cidr6sOf, stepsText, subnetPrefixes, vpcPrefixes } from './kit/ipv6-blocks';
import type { ContextRule } from './kit/types';

export const ipv6CidrSize: ContextRule = {
  id: 'ipv6-cidr-size',
  scope: 'context',
  cue: { has: ['cidr6'] },
  description: 'An IPv6 subnet block outside /44–/64 in steps of /4, or a VPC block of a size its stated source never gives.',
  rationale:
    'AWS accepts IPv6 subnet blocks from /44 to /64 in increments of /4. A VPC block is checked only where the text says where ' +
    'it comes from: an Amazon-provided block is always a /56, and a block allocated from IPAM or brought as BYOIP is /44 to /60 in ' +
    'increments of /4. A VPC block whose source is not stated is left alone.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc-ipv6.subnet-prefix', 'vpc-ipv6.vpc-prefix', 'vpc-ipv6.amazon-provided-prefix'],
  fixable: false,
  examples: {
    flag: [
      { text: 'Subnet app-a gets the IPv6 block 2600:1f18:abcd:1200::/80.', flagged: ['2600:1f18:abcd:1200::/80'] },
      { text: '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1200::/62 |', flagged: ['2600:1f18:abcd:1200::/62'] },
      { text: 'The VPC has an Amazon-provided IPv6 block, 2600:1f18:abcd:1200::/48.', flagged: ['2600:1f18:abcd:1200::/48'] },
      { text: 'The VPC IPv6 block 2600:1f18:ab00::/40 is allocated from our IPAM pool.', flagged: ['2600:1f18:ab00::/40'] },
    ],
    pass: [
      'Subnet app-a gets the IPv6 block 2600:1f18:abcd:1200::/64.',
      'The VPC IPv6 block is 2600:1f18:abcd:1200::/56 (Amazon-provided).',
      'The VPC IPv6 block 2600:1f18:ab00::/48 comes from our IPAM pool.',
      'The VPC IPv6 block is 2600:1f18:abcd:1200::/62.',
      'The load balancer listens on 2600:1f18:abcd:1200::10/128.',
    ],
  },
  check(context, report) {
    for (const mention of cidr6sOf(context)) {
      if (!mention.cidr) continue;
      const prefix = mention.cidr.prefix;
      if (mention.role === 'subnet') {
        const allowed = subnetPrefixes();
        if (!allowed.includes(prefix)) report({ start: mention.start, end: mention.end, message: `An IPv6 subnet block of /${prefix} is refused: AWS accepts ${stepsText(allowed)}.` });
      } else if (mention.role === 'vpc') {
        const source = blockSource(context);
        if (source === 'amazon' && prefix !== amazonProvidedPrefix()) {
          report({ start: mention.start, end: mention.end, message: `An Amazon-provided IPv6 VPC block is always a /${amazonProvidedPrefix()}, not a /${prefix}.` });
        } else if (source === 'pool' && !vpcPrefixes().includes(prefix)) {
          report({ start: mention.start, end: mention.end, message: `An IPv6 VPC block from IPAM or BYOIP is ${stepsText(vpcPrefixes())}; /${prefix} is refused.` });
        }
      }
    }
  },
};
