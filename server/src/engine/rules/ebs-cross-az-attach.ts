import { findClaims, findFrames, distinctClaims, type ClaimMatch } from './kit/claims';
import type { ContextRule } from './kit/types';

const EBS = /\bEBS(?:\s+(?:volumes?|disks?|data\s+volumes?))?\b|\b(?:gp2|gp3|io1|io2|st1|sc1)\s+volumes?\b/i;
/** Snapshots, restores and new volumes are how data really moves between AZs. */
const MOVES_BY_COPY = /\bsnapshots?\b|\brestor(?:e|es|ed|ing)\b|\bcopy\b|\bcopies\b|\bcreat(?:e|es|ed|ing)\s+(?:a\s+)?new\s+volume\b|\breplicat\w*\b|\bEFS\b|\bFSx\b|\bS3\b|\bsame\s+(?:AZ|Availability Zone)\b/i;
const ANOTHER_AZ =
  /\battach(?:es|ed|ing)?\b(?:\s+[\w-]+){0,5}?\s+(?:to|on)\s+(?:an?\s+|the\s+|any\s+)?(?:EC2\s+)?(?:instances?|servers?|nodes?|hosts?)\s+(?:in|from)\s+(?:another|a\s+different|the\s+other|other|any(?:\s+other)?)\s+(?:AZs?|Availability\s+Zones?)\b|\b(?:attach(?:ed|able)?|mount(?:ed|able)?|shared?)\s+(?:across|between|in\s+any)\s+(?:AZs|Availability\s+Zones|zones)\b/i;
/** The verb of "attach it to the instance in us-east-1b". */
const ATTACH = /\battach(?:es|ed|ing)?\b/i;
const AZ_ID = /\b[a-z]{2}(?:-gov)?-[a-z]+-\d[a-f]\b/g;

export const ebsCrossAzAttach: ContextRule = {
  id: 'ebs-cross-az-attach',
  scope: 'context',
  cue: { words: ['ebs', 'gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1'] },
  description: 'An EBS volume attached to an instance in another Availability Zone.',
  rationale:
    'An EBS volume lives in one Availability Zone and can only be attached to instances in that zone (Multi-Attach too). To use the data ' +
    'in another zone, take a snapshot and create a new volume from it there. Text that moves data by snapshot, restore or copy, or that ' +
    'names one zone only, is not flagged.',
  severity: 'error',
  category: 'behaviour',
  facts: ['ebs.az-scope'],
  fixable: false,
  examples: {
    flag: [
      { text: 'An EBS volume can be attached to an instance in another Availability Zone.', flagged: ['EBS volume can be attached to an instance in another Availability Zone'] },
      { text: 'We detach the EBS volume in us-east-1a and attach it to the instance in us-east-1b.', count: 1 },
      { text: 'EBS volumes can be shared across AZs for failover.', flagged: ['EBS volumes can be shared across AZs'] },
    ],
    pass: [
      'An EBS volume can only be attached to instances in the same Availability Zone.',
      'To move data to us-east-1b, snapshot the volume in us-east-1a and create a new volume from it.',
      'EFS file systems can be mounted across AZs; EBS volumes cannot.',
      'The EBS volume in us-east-1a is attached to the instance in us-east-1a.',
      'Restore the EBS snapshot to a volume in another AZ and attach it there.',
    ],
  },
  check(context, report) {
    if (!EBS.test(context.text)) return;
    const matches: ClaimMatch[] = findFrames(context, [{ subject: EBS, predicate: ANOTHER_AZ, reach: 60 }], { excludes: MOVES_BY_COPY });
    // "detach it in us-east-1a and attach it to the instance in us-east-1b": one volume, two zones.
    for (const claim of findClaims(context, ATTACH, { requires: EBS, excludes: MOVES_BY_COPY })) {
      const zones = new Set(claim.clause.match(AZ_ID) ?? []);
      if (zones.size >= 2 && !matches.some((m) => m.clause === claim.clause)) matches.push(claim);
    }
    for (const claim of distinctClaims(matches)) {
      report({ start: claim.start, end: claim.end, message: 'An EBS volume attaches only to instances in its own Availability Zone; to use it elsewhere, snapshot it and create a volume in the other zone.' });
    }
  },
};
