import { contains6, network6 } from '../recognisers/cidr6';
import { hasIpv6Block, placementOf, sameBlock, type Block6, type Subnet6 } from './ipv6-subnet-placement';
import type { DocumentRule } from './kit/types';

/** A subnet defined by a table row or an IaC block, with a name: prose mentions repeat definitions. */
function definition(block: Block6): boolean {
  return (block.context.kind === 'tableRow' || block.context.kind === 'code') && block.name !== undefined;
}

export const ipv6SubnetOverlap: DocumentRule = {
  id: 'ipv6-subnet-overlap',
  scope: 'document',
  description: 'Two IPv6 subnets of the same VPC whose blocks overlap.',
  rationale:
    'Subnets of one VPC must not share addresses; AWS refuses the second block. Only named subnets defined in tables or IaC are ' +
    'compared, in documents with at most one IPv6 VPC block or where both rows name the same VPC block; the same block under the same name is a repetition.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc-ipv6.subnet-prefix'],
  fixable: false,
  examples: {
    flag: [
      { text: '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1200::/60 |\n| app-b | 2600:1f18:abcd:1201::/64 |', flagged: ['2600:1f18:abcd:1201::/64'] },
      { text: '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1201::/64 |\n| app-b | 2600:1f18:abcd:1201::/64 |', flagged: ['2600:1f18:abcd:1201::/64'] },
      {
        text: '```hcl\nresource "aws_subnet" "a" {\n  ipv6_cidr_block = "2600:1f18:abcd:1200::/60"\n}\nresource "aws_subnet" "b" {\n  ipv6_cidr_block = "2600:1f18:abcd:120f::/64"\n}\n```',
        flagged: ['2600:1f18:abcd:120f::/64'],
      },
    ],
    pass: [
      '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1200::/64 |\n| app-b | 2600:1f18:abcd:1201::/64 |',
      '| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:abcd:1201::/64 |\n\nThe app servers run in app-a (2600:1f18:abcd:1201::/64).',
      '## prod\n\nVPC 2600:1f18:aaaa:1200::/56.\n\n| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-a | 2600:1f18:aaaa:1201::/64 |\n\n## staging\n\nVPC 2600:1f18:aaaa:1200::/48 from IPAM.\n\n| Subnet | IPv6 CIDR |\n| --- | --- |\n| app-b | 2600:1f18:aaaa:1201::/64 |',
    ],
  },
  select: hasIpv6Block,
  check({ contexts }, report) {
    const placement = placementOf(contexts);
    const distinctVpcs = new Set(placement.vpcs.map((v) => `${network6(v.cidr)}/${v.cidr.prefix}`)).size;
    const subnets = placement.subnets.filter(definition);
    // Blocks nest or are disjoint: in network order (bigger first), each block overlaps exactly the
    // open blocks that contain it, so a stack finds every overlapping pair without comparing all pairs.
    const order = subnets.map((_, i) => i).sort((x, y) => {
      const a = subnets[x] as Subnet6;
      const b = subnets[y] as Subnet6;
      const na = network6(a.cidr);
      const nb = network6(b.cidr);
      return na < nb ? -1 : na > nb ? 1 : a.cidr.prefix - b.cidr.prefix || x - y;
    });
    const open: number[] = [];
    const reported = new Set<number>();
    for (const index of order) {
      const current = subnets[index] as Subnet6;
      while (open.length > 0 && !contains6((subnets[open[open.length - 1] ?? 0] as Subnet6).cidr, current.cidr)) open.pop();
      for (const other of open) {
        // Report on the one written later, once.
        const [a, bIndex] = other < index ? [subnets[other] as Subnet6, index] : [current, other];
        const b = subnets[bIndex] as Subnet6;
        if (reported.has(bIndex)) continue;
        // With several IPv6 VPC blocks, only subnets whose own statement or row names the same VPC block are compared.
        if (distinctVpcs > 1 && !(a.vpc && b.vpc && sameBlock(a.vpc, b.vpc))) continue;
        if (sameBlock(a, b) && a.name === b.name) continue;
        reported.add(bIndex);
        report({
          start: b.mention.start,
          end: b.mention.end,
          message: `IPv6 subnets ${a.name ?? ''} (${a.mention.text}) and ${b.name ?? ''} (${b.mention.text}) overlap; subnets of one VPC cannot share addresses.`,
          related: [{ start: a.mention.start, end: a.mention.end, message: `overlaps ${a.name ?? a.mention.text}` }],
        });
      }
      open.push(index);
    }
  },
};
