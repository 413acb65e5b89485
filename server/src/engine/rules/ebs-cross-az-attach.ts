import { findClaims, findFrames, distinctClaims, type ClaimMatch } from './kit/claims';
import type { ContextRule } from './kit/types';

const EBS = /\bEBS(?:\s+(?:volumes?|disks?|data\s+volumes?))?\b|\b(?:gp2|gp3|io1|io2|st1|sc1)\s+volumes?\b/i;
/** A volume named without "EBS" where an instance is in the same sentence: an EC2 volume ("the data volume `vol-0a7e`"). */
const INSTANCE_VOLUME = /\bvol-[0-9a-f]{4,17}\b|\b(?:data|root|boot|scratch)\s+volumes?\b/i;
const INSTANCE = /\b(?:EC2|instances?|hosts?|nodes?|servers?)\b/i;
/** Snapshots, restores and new volumes are how data really moves between AZs. */
const MOVES_BY_COPY = /\bsnapshots?\b|\brestor(?:e|es|ed|ing)\b|\bcopy\b|\bcopies\b|\bcreat(?:e|es|ed|ing)\s+(?:a\s+)?new\s+volume\b|\breplicat\w*\b|\bEFS\b|\bFSx\b|\bS3\b|\bsame\s+(?:AZ|Availability Zone)\b/i;
const ANOTHER_AZ =
  /\battach(?:es|ed|ing)?\b(?:\s+[\w-]+){0,5}?\s+(?:to|on)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+)?(?:EC2\s+)?(?:instances?|servers?|nodes?|hosts?)\s+(?:in|from)\s+(?:another|a\s+different|the\s+other|other|any(?:\s+other)?)\s+(?:AZs?|Availability\s+Zones?)\b|\b(?:attach(?:ed|able)?|mount(?:ed|able)?|shared?)\s+(?:across|between|in\s+any)\s+(?:AZs?|Availability\s+Zones?|zones)\b|\bfollows?\s+(?:the|its|their)\s+instances?\s+across\s+(?:AZs|Availability\s+Zones|zones)\b/i;
/** The verb of "attach it to the instance in us-east-1b", "moving the volume from the 1a instance to 1b". */
const ATTACH = /\b(?:re-?)?attach(?:es|ed|ing)?\b|\bmov(?:e|es|ed|ing)\b/i;
/** "attach it", "move it": the volume of an earlier clause. */
const IT_AFTER_VERB = /\b(?:(?:re-?)?attach|mov(?:e|ing))\s+it\b/i;
/** A zone, by its full name or, after a preposition, by its suffix ("from 1a", "in eu-central-1b"): compared by suffix. */
const AZ_ID = /\b[a-z]{2}(?:-gov)?-[a-z]+-\d[a-f]\b|(?<=\b(?:in|from|to|into|on)\s{1,4}(?:the\s{1,4})?)\d[a-f]\b(?![-\w])/g;

export const ebsCrossAzAttach: ContextRule = {
  id: 'ebs-cross-az-attach',
  scope: 'context',
  // "attach it" after a sentence that named the volume: the verb cues it too.
  cue: { words: ['ebs', 'gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'vol', 'attach', 'mov', 'follow', 'shar', 'mount'] },
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
      { text: 'The data volume `vol-0a7e` is in eu-central-1b; I will attach it to the spare instance in 1a.', count: 1 },
      { text: 'Moving the EBS data volume from the failed us-east-1a instance to the standby instance in us-east-1b keeps the data.', count: 1 },
    ],
    pass: [
      'An EBS volume can only be attached to instances in the same Availability Zone.',
      'To move data to us-east-1b, snapshot the volume in us-east-1a and create a new volume from it.',
      'EFS file systems can be mounted across AZs; EBS volumes cannot.',
      'The EBS volume in us-east-1a is attached to the instance in us-east-1a.',
      'Restore the EBS snapshot to a volume in another AZ and attach it there.',
      'The data volume `vol-0a7e` in eu-central-1b is attached to the instance in 1b.',
      'The root volume of each instance in 1a holds only the OS; we move nothing between zones.',
    ],
  },
  check(context, report) {
    const sentences = `${context.lead} ${context.text}`;
    const volume = EBS.test(sentences) ? EBS : INSTANCE_VOLUME.test(sentences) && INSTANCE.test(sentences) ? INSTANCE_VOLUME : undefined;
    if (!volume) return;
    const matches: ClaimMatch[] = findFrames(context, [{ subject: volume, predicate: ANOTHER_AZ, reach: 60 }], { excludes: MOVES_BY_COPY });
    // "detach it in us-east-1a and attach it to the instance in us-east-1b": one volume, two zones.
    for (const claim of findClaims(context, ATTACH, { excludes: MOVES_BY_COPY })) {
      // "The volume is in eu-central-1b; I will attach it to the instance in 1a": "it" is the volume the sentence named before.
      const pointsBack = IT_AFTER_VERB.test(claim.clause) && !MOVES_BY_COPY.test(`${context.lead} ${context.text}`);
      const said = pointsBack ? `${context.lead} ${context.text.slice(0, claim.start - context.start + claim.clause.length)}` : claim.clause;
      if (!(pointsBack ? EBS.test(said) || INSTANCE_VOLUME.test(said) : volume.test(claim.clause))) continue;
      const zones = new Set((said.match(AZ_ID) ?? []).map((zone) => zone.slice(-2)));
      if (zones.size >= 2 && !matches.some((m) => m.clause === claim.clause)) matches.push(claim);
    }
    for (const claim of distinctClaims(matches)) {
      report({ start: claim.start, end: claim.end, message: 'An EBS volume attaches only to instances in its own Availability Zone; to use it elsewhere, snapshot it and create a volume in the other zone.' });
    }
  },
};
