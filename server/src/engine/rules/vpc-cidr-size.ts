import { rangeOf, requireFact } from '../../facts/catalog';
import { formatCount, maskOf, sizeOf, toDotted } from '../recognisers/cidr';
import { netmaskPairs } from './cidr-netmask-mismatch';
import type { ContextRule } from './kit/types';

const FACT = 'vpc.cidr-prefix';
const SUBNET_FACT = 'vpc.subnet-cidr-prefix';

function bounds(role: 'vpc' | 'subnet'): { min: number; max: number } {
  return rangeOf(role === 'vpc' ? FACT : SUBNET_FACT);
}

const RFC1918_172 = '172.16.0.0/12';
const DEFAULT_WORD = /\bdefault\b|기본|デフォルト|默认|mặc định/i;
/** The default VPC's block, from the fact pack ("172.31.0.0/16, one /20 default subnet per AZ"). */
const DEFAULT_VPC_BLOCK = ((): string => {
  const value = requireFact('vpc.default-cidr').value;
  const text = value.type === 'text' ? value.value : '';
  return /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}/.exec(text)?.[0] ?? '172.31.0.0/16';
})();

export const vpcCidrSize: ContextRule = {
  id: 'vpc-cidr-size',
  scope: 'context',
  cue: { has: ['cidr'] },
  description: 'VPC and subnet IPv4 CIDR blocks must be between /16 and /28.',
  rationale:
    'AWS refuses a VPC or subnet IPv4 block larger than /16 (65,536 addresses) or smaller than /28 (16 addresses). ' +
    'Ranges such as 10.0.0.0/8 are RFC 1918 pools a VPC is carved from, not VPC blocks.',
  severity: 'error',
  category: 'addressing',
  facts: [FACT, SUBNET_FACT],
  fixable: true,
  examples: {
    flag: [
      { text: 'The production VPC uses 10.0.0.0/15.', flagged: ['10.0.0.0/15'], output: 'The production VPC uses 10.0.0.0/16.' },
      {
        text: '| VPC | CIDR |\n| --- | --- |\n| shared-services | 10.0.0.0/12 |',
        flagged: ['10.0.0.0/12'],
        output: '| VPC | CIDR |\n| --- | --- |\n| shared-services | 10.0.0.0/16 |',
      },
      { text: '- Private subnet: 10.0.1.0/29 for the NAT instances.', flagged: ['10.0.1.0/29'] },
      {
        text: 'The shared VPC is 10.0.0.0/12, so every team gets a /16 from it.',
        flagged: ['10.0.0.0/12'],
        output: 'The shared VPC is 10.0.0.0/16, so every team gets a /16 from it.',
      },
      {
        text: '```hcl\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/8"\n}\n```',
        flagged: ['10.0.0.0/8'],
        output: '```hcl\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n```',
      },
      // The RFC 1918 block called the default VPC's: the fix writes the default VPC's block, not a /16 of the wrong range.
      { text: '- `172.16.0.0/12` - the default VPC range', flagged: ['172.16.0.0/12'], output: '- `172.31.0.0/16` - the default VPC range' },
    ],
    pass: [
      'The production VPC uses 10.0.0.0/16.',
      'Our corporate WAN is 10.0.0.0/8, so the VPC takes 10.20.0.0/16 from it.',
      'Allow SSH only from the bastion host 10.0.0.12/32.',
      'The default route 0.0.0.0/0 points at the internet gateway.',
      'A subnet of 10.0.5.0/28 holds the endpoints.',
      '- Kubernetes service CIDR: `172.20.0.0/16` (EKS default when the VPC is in 10.0.0.0/8).',
      'Our on-prem network uses 10.0.0.0/8, so the VPC uses 100.64.0.0/16 instead.',
      '- The NACL on the data subnets denies all inbound traffic from 10.0.0.0/8 except 5432 from the app subnets.',
      'Every VPC is allocated from the IPAM pool 10.0.0.0/8; on-prem routes are summarised as 172.16.0.0/12.',
    ],
  },
  check(context, report) {
    // A netmask written beside a CIDR and agreeing with it changes with the fix, so the two still agree.
    const masks = context.netmasks.length > 0 ? netmaskPairs(context.text, context.start, context.kind === 'tableRow', context.prefixes, context.netmasks) : [];
    for (const mention of context.cidrs) {
      if (!mention.cidr || (mention.role !== 'vpc' && mention.role !== 'subnet')) continue;
      const { min, max } = bounds(mention.role);
      const prefix = mention.cidr.prefix;
      if (prefix >= min && prefix <= max) continue;
      // /0 and /32 are routes and single hosts: never a VPC or subnet block, whatever the nearest noun says.
      if (prefix === 0 || prefix === 32) continue;
      const what = mention.role === 'vpc' ? 'a VPC block' : 'a subnet block';
      const nearest = prefix < min ? min : max;
      // "172.16.0.0/12: the default VPC range": the RFC 1918 block named as the default VPC's, which is a /16 inside it.
      const defaultVpc = mention.role === 'vpc' && context.text.slice(mention.start - context.start, mention.end - context.start) === RFC1918_172 && DEFAULT_WORD.test(context.text) ? DEFAULT_VPC_BLOCK : undefined;
      report({
        start: mention.start,
        end: mention.end,
        message:
          `/${prefix} has ${formatCount(sizeOf(prefix))} addresses; ${what} must be /${min} (${formatCount(sizeOf(min))}) ` +
          `to /${max} (${formatCount(sizeOf(max))}).` +
          (defaultVpc ? ` The default VPC's block is ${defaultVpc}, a /16 inside the RFC 1918 range ${RFC1918_172}.` : ''),
        fixes: defaultVpc
          ? [{ title: `Use ${defaultVpc}`, edits: [{ start: mention.start, end: mention.end, newText: defaultVpc }], safe: false }]
          : prefix < min
            ? [
                {
                  title: `Use /${nearest}`,
                  edits: [
                    { start: mention.slash + 1, end: mention.end, newText: String(nearest) },
                    ...masks
                      .filter(([p, mask]) => p.cidr === mention && mask.prefix === prefix)
                      .map(([, mask]) => ({ start: mask.start, end: mask.end, newText: toDotted(maskOf(nearest)) })),
                  ],
                  safe: false,
                },
              ]
            : [],
      });
    }
  },
};
