import { overlaps } from '../recognisers/cidr';
import type { NetworkBlock, SubnetBlock } from '../model/document-model';
import { overlappingPairs, sameNetwork, show, showsAlternatives } from './kit/network-guards';
import type { DocumentRule } from './kit/types';

function named(s: SubnetBlock): boolean {
  return s.name !== s.mention.text;
}

/** A name a table row, a list item or a resource block gives; in running prose a name is only the nearest word. */
function namedByStructure(s: SubnetBlock): boolean {
  return named(s) && (s.context.kind === 'tableRow' || s.context.kind === 'code' || s.context.listItem === true);
}

/** A block as written (address and prefix): the key of a VPC or of one side of a pair. */
const cidrKey = (s: NetworkBlock): string => `${s.cidr.address}/${s.cidr.prefix}`;

export const subnetOverlap: DocumentRule = {
  id: 'subnet-overlap',
  scope: 'document',
  description: 'Two subnets of the same VPC whose ranges overlap.',
  rationale:
    'Subnets of one VPC must not overlap; AWS refuses the second one. Only subnets bound to the same VPC are compared, the same CIDR ' +
    'written twice for one subnet (same name, or unnamed) is a repetition, not an overlap, and documents that show alternatives stay quiet.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc.subnet-cidr-prefix'],
  fixable: false,
  examples: {
    flag: [
      { text: '| Subnet | CIDR |\n| --- | --- |\n| public-a | 10.0.0.0/24 |\n| public-b | 10.0.0.128/25 |', flagged: ['10.0.0.128/25'] },
      {
        text: '| VPC | CIDR |\n| --- | --- |\n| payments-prod | 10.64.0.0/16 |\n| payments-nonprod | 10.65.0.0/16 |\n\n### payments-nonprod subnets\n\n| Subnet | CIDR |\n| --- | --- |\n| app-a | 10.65.16.0/20 |\n| app-b | 10.65.24.0/21 |',
        flagged: ['10.65.24.0/21'],
      },
      {
        text: 'VPC 10.0.0.0/16.\n\n| Subnet | CIDR |\n| --- | --- |\n| private-a | 10.0.1.0/24 |\n| private-b | 10.0.1.0/24 |',
        flagged: ['10.0.1.0/24'],
      },
      {
        text: '```hcl\nresource "aws_subnet" "a" {\n  cidr_block = "10.0.0.0/23"\n}\nresource "aws_subnet" "b" {\n  cidr_block = "10.0.1.0/24"\n}\n```',
        flagged: ['10.0.1.0/24'],
      },
      // A grid of tiers by Availability Zone: every cell is a subnet of its own AZ.
      {
        text: 'VPC prod: 10.40.0.0/16.\n\n| Tier | AZ a | AZ b | AZ c |\n| --- | --- | --- | --- |\n| public | 10.40.0.0/24 | 10.40.1.0/24 | 10.40.1.128/25 |',
        flagged: ['10.40.1.128/25'],
      },
      // Items labelled with a tier and an AZ are subnets.
      { text: 'VPC prod: 10.40.0.0/16.\n\n- private-a: 10.40.50.0/24\n- private-b: 10.40.50.128/25', flagged: ['10.40.50.128/25'] },
    ],
    pass: [
      '| Subnet | CIDR |\n| --- | --- |\n| public-a | 10.0.0.0/25 |\n| public-b | 10.0.0.128/25 |',
      // A VPC column beside AZ columns holds their subnets.
      '| VPC | AZ a | AZ b |\n| --- | --- | --- |\n| 10.0.0.0/16 | 10.0.0.0/24 | 10.0.1.0/24 |',
      'The `private-a` subnet is 10.0.1.0/24.\n\nThe app servers run in `private-a` (subnet 10.0.1.0/24).',
      '## VPC a\n\nVPC 10.0.0.0/16, subnet app-a 10.0.1.0/24.\n\n## VPC b\n\nVPC 10.1.0.0/16, subnet app-b 10.0.1.0/24.',
      '| Subnet | Before | After |\n| --- | --- | --- |\n| app-a | 10.0.0.0/23 | 10.0.0.0/24 |',
    ],
  },
  select: () => false,
  check({ model }, report) {
    const subnets = model.subnets;
    const distinctVpcs = new Set(model.vpcs.map(cidrKey)).size;
    // One finding per pair of blocks in one VPC: a review note restating the pair ("10.8.6.0/24 overlaps
    // 10.8.4.0/22") is not another overlap. The pair is reported where it is first complete.
    const firstOfPair = new Map<string, { readonly at: number; readonly draft: Parameters<typeof report>[0] }>();
    // Only overlapping pairs, found by a sweep (all pairs of 2,464 subnets took 4.5 s on a 10 MB file).
    for (const [i, j] of overlappingPairs(subnets)) {
      {
        const a = subnets[i] as SubnetBlock;
        const b = subnets[j] as SubnetBlock;
        if (!overlaps(a.cidr, b.cidr)) continue;
        // Same VPC: both bound to the same VPC network, or the document has at most one VPC and they share a table / code fence.
        const sameVpc = a.vpc && b.vpc ? sameNetwork(a.vpc, b.vpc) : distinctVpcs <= 1 && (a.vpc !== undefined || b.vpc !== undefined || a.context.group === b.context.group);
        if (!sameVpc) continue;
        if (sameNetwork(a, b)) {
          // The same block twice is a repetition unless two different names (of rows, items or resources) claim it.
          if (!namedByStructure(a) || !namedByStructure(b) || a.name === b.name || a.context === b.context) continue;
        } else if (a.context !== b.context && named(a) && named(b) && a.name === b.name) continue; // one subnet, resized
        if (showsAlternatives(a, b)) continue;
        const [first, second] = a.mention.start <= b.mention.start ? [a, b] : [b, a];
        const vpc = first.vpc ?? second.vpc;
        const key = `${vpc ? cidrKey(vpc) : ''} ${[cidrKey(first), cidrKey(second)].sort().join(' ')}${sameNetwork(a, b) ? ` ${[first.name, second.name].sort().join(' ')}` : ''}`;
        const known = firstOfPair.get(key);
        if (known && known.at <= second.mention.start) continue;
        firstOfPair.set(key, {
          at: second.mention.start,
          draft: {
            start: second.mention.start,
            end: second.mention.end,
            message: `Subnets ${show(first)} and ${show(second)} overlap; subnets of one VPC cannot share addresses.`,
            related: [{ start: first.mention.start, end: first.mention.end, message: `overlaps ${show(first)}` }],
          },
        });
      }
    }
    for (const { draft } of [...firstOfPair.values()].sort((x, y) => x.at - y.at)) report(draft);
  },
};
