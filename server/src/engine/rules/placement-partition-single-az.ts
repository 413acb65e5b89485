import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const PARTITION_GROUP = /\bpartition(?:ed)?\s+placement\s+groups?\b|\bpartition\s+(?:placement\s+)?strategy\b/i;
const ONE_AZ = String.raw`(?:an?|one|a\s+single|the\s+same|single|1)\s+(?:AZ|Availability\s+Zone)`;
/**
 * Bound to one zone: "spreads instances across partitions within an AZ", "is limited to a single AZ",
 * "cannot span Availability Zones", "a single-AZ construct".
 */
const SINGLE_AZ: readonly ClaimFrame[] = [
  {
    subject: PARTITION_GROUP,
    predicate: new RegExp(
      String.raw`(?:\b(?:within|inside)|\b(?:is|are|lives?|exists?|sits?|stays?|resides?)\s+(?:only\s+|always\s+)?in)\s+${ONE_AZ}\b(?![,;]?\s+(?:or|and)\s+(?:across|several|multiple|many))|\b(?:limited|restricted|confined|bound|tied|scoped)\s+to\s+${ONE_AZ}\b|` +
        String.raw`\b(?:cannot|can't|can\s+not|does\s+not|doesn't|do\s+not|don't|won't)\s+span\s+(?:multiple\s+|several\s+|more\s+than\s+one\s+)?(?:AZs|Availability\s+Zones)\b|\bsingle-(?:AZ|Availability[- ]Zone)\b`,
      'i',
    ),
    reach: 150,
    ordered: true,
    // A cluster group does live in one zone; a spread group's limits are per zone.
    rival: /\bcluster\b|\bspread\s+(?:placement\s+)?groups?\b/i,
  },
];
/** Multiple zones, per-zone limits or "each partition within an AZ" named: the writer knows. */
const KNOWS_ZONES =
  /\b(?:multiple|several|many|across|different)\s+(?:AZs|Availability\s+Zones)\b|\bper\s+(?:AZ|Availability\s+Zone)\b|\beach\s+partition\s+(?:within|in)\b/i;

export const placementPartitionSingleAz: ContextRule = {
  id: 'placement-partition-single-az',
  scope: 'context',
  cue: { words: ['partition'] },
  description: 'A partition placement group said to sit in one Availability Zone, although it can span the zones of a Region.',
  rationale:
    'A partition placement group divides instances into partitions on separate racks, up to seven partitions per Availability Zone, ' +
    'and it can have partitions in several Availability Zones of the same Region. Only a cluster placement group is confined to one ' +
    'zone. Reading a partition group as single-AZ leads to a design that adds a second group for zone resilience it already has. ' +
    'Text that names per-zone limits or several zones is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['placement-group.partitions-per-az'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'A partition placement group spreads instances across multiple partitions within an AZ.',
        flagged: ['partition placement group spreads instances across multiple partitions within an AZ'],
      },
      { text: 'Partition placement groups are limited to a single Availability Zone.', flagged: ['Partition placement groups are limited to a single Availability Zone'] },
      { text: '- Partition placement group: cannot span Availability Zones.', flagged: ['Partition placement group: cannot span Availability Zones'] },
    ],
    pass: [
      'A partition placement group can span several AZs in a Region, with up to seven partitions per AZ.',
      'A cluster placement group packs instances in a single AZ; a partition placement group isolates racks.',
      'Is a partition placement group limited to a single AZ?',
      'A partition placement group is not limited to a single Availability Zone.',
      'Unlike a partition placement group, a cluster placement group is confined to one AZ.',
    ],
  },
  check(context, report) {
    if (!PARTITION_GROUP.test(context.text) || KNOWS_ZONES.test(context.text)) return;
    for (const claim of assertedClaims(context, SINGLE_AZ)) {
      report({
        start: claim.start,
        end: claim.end,
        message:
          'A partition placement group can have partitions in several Availability Zones of the Region (up to seven per zone); only a cluster placement group is confined to one zone.',
      });
    }
  },
};
