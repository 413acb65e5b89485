import { assertedClaims, type ClaimFrame } from './kit/claims';
import { parentSubjectClaims, sectionSubjectClaims } from './kit/parent-subject';
import type { DocumentRule } from './kit/types';

const LUSTRE = /\bFSx\s+(?:for\s+)?Lustre\b|\bLustre\s+file\s+systems?\b|\bLustre\b/i;
/** Another file system that does have Multi-AZ deployments owns a predicate after it. */
const RIVAL = /\bONTAP\b|\bOpenZFS\b|\bWindows\s+File\s+Server\b|\bFSx\s+for\s+Windows\b|\bEFS\b|\bElastic\s+File\s+System\b|\bRDS\b|\bAurora\b|\bS3\b/i;
const ZONES = String.raw`(?:multiple|several|two|three|many|different|separate|2|3)\s+(?:Availability\s+Zones|AZs)\b`;

/**
 * Lustre across zones: "persistent file systems replicate data across multiple AZs", "FSx for Lustre
 * supports Multi-AZ", "a Lustre file system spans two Availability Zones". FSx for Lustre file systems
 * live in one Availability Zone; persistent ones replicate within it.
 */
const ACROSS_ZONES: readonly ClaimFrame[] = [
  {
    subject: LUSTRE,
    predicate: new RegExp(
      String.raw`\b(?:spans?|spanning|covers?)\s+(?:across\s+)?${ZONES}|\b(?:replicat\w*|copie[sd]|mirror\w*|spread|distributed|deployed|redundan\w*)\s+(?:(?:its|the|your|all)\s+)?(?:data\s+|files\s+|storage\s+)?(?:across|over|between|in|into)\s+${ZONES}|\b(?:supports?|offers?|provides?|has|have|with|in|a|as)\s+(?:a\s+)?Multi[- ]AZ\b(?![- ]?(?:clients?|access|mounts?))`,
      'i',
    ),
    reach: 60,
    rival: RIVAL,
  },
];

export const fsxLustreMultiAz: DocumentRule = {
  id: 'fsx-lustre-multi-az',
  scope: 'document',
  description: 'FSx for Lustre said to replicate or deploy across Availability Zones, although its file systems live in one AZ.',
  rationale:
    'An Amazon FSx for Lustre file system is created in one Availability Zone. Scratch file systems do not replicate data; persistent ' +
    'file systems replicate it within that same zone and replace failed file servers. FSx for Lustre has no Multi-AZ deployment type ' +
    '(FSx for Windows File Server, ONTAP and OpenZFS do), so protection against the loss of a zone comes from backups or the linked ' +
    'S3 data repository. Clients in other zones can still mount the file system. The subject may be named in the statement, its parent ' +
    'list item or the section title; statements that name another file system between the two are not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['fsx-lustre.deployment'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'FSx for Lustre\n\n- **Scratch File System:** Ideal for temporary storage.\n- **Persistent File System:** Offers long-term storage with data replication across multiple Availability Zones (AZs).',
        flagged: ['replication across multiple Availability Zones'],
      },
      { text: 'FSx for Lustre supports Multi-AZ deployments for the training data.', flagged: ['FSx for Lustre supports Multi-AZ'] },
      { text: 'The Lustre file system spans two AZs, so one zone can fail.', flagged: ['Lustre file system spans two AZs'] },
    ],
    pass: [
      'FSx for Lustre persistent file systems replicate data within one Availability Zone.',
      'FSx for Lustre does not replicate across multiple AZs.',
      'Does FSx for Lustre support Multi-AZ?',
      'FSx for Lustre is single-AZ, while FSx for ONTAP supports Multi-AZ.',
      'Compute nodes in three AZs mount the Lustre file system.',
    ],
  },
  select(context) {
    return context.kind !== 'code' && /\bAZs?\b|Availability\s+Zones?|Multi[- ]AZ/i.test(context.text);
  },
  check({ model, contexts }, report) {
    for (const context of contexts) {
      const claims = LUSTRE.test(context.text)
        ? assertedClaims(context, ACROSS_ZONES)
        : [...parentSubjectClaims(context, LUSTRE, ACROSS_ZONES), ...sectionSubjectClaims(model, context, 'fsx-lustre', LUSTRE, ACROSS_ZONES)];
      for (const claim of claims.slice(0, 1)) {
        report({
          start: claim.start,
          end: claim.end,
          message: 'An FSx for Lustre file system lives in one Availability Zone: persistent file systems replicate within it, scratch ones not at all; there is no Multi-AZ Lustre.',
        });
      }
    }
  },
};
