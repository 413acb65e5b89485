import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const EBS = /\b(?:Amazon\s+)?EBS(?:\s+(?:volumes?|snapshots?|disks?|storage))?\b|\bElastic\s+Block\s+Store\b|\b(?:gp2|gp3|io1|io2|st1|sc1)\s+volumes?\b/i;
/**
 * Encrypted without asking: "EBS volumes are encrypted by default", "all EBS volumes and snapshots are
 * encrypted", "EBS encrypts data at rest automatically", "EBS encryption is on by default".
 */
const ENCRYPTED_ALWAYS: readonly ClaimFrame[] = [
  {
    subject: EBS,
    predicate:
      /\b(?:is|are|gets?|get|come)\s+(?:always\s+|automatically\s+|transparently\s+)?encrypted\s+(?:at\s+rest\s+)?(?:by\s+default|automatically|out\s+of\s+the\s+box|always)\b|\b(?:is|are)\s+(?:always|automatically)\s+encrypted\b|\bencrypts?\s+(?:all\s+)?(?:(?:data|volumes|everything)\s+)?(?:at\s+rest\s+)?(?:automatically|by\s+default)\b|\bencryption\s+(?:at\s+rest\s+)?(?:is\s+)?(?:on|enabled|turned\s+on|applied|mandatory)\s+by\s+default\b|\b(?:default|automatic)\s+encryption\s+(?:of|for)\s+(?:all\s+)?(?:EBS\s+)?volumes\b/i,
    reach: 40,
    subjectInScope: true,
  },
  {
    subject: /\ball\s+(?:EBS\s+|new\s+EBS\s+)?(?:volumes|snapshots)(?:\s+and\s+(?:snapshots|volumes))?\b/i,
    predicate: /\b(?:are|get)\s+(?:always\s+|automatically\s+)?encrypted\b(?!\s+(?:if|when|once|after|with\s+a\s+customer))/i,
    reach: 2,
    ordered: true,
  },
];
/** The account setting, a condition, an encrypted source or the writer's own configuration named. */
const KNOWS_SETTING =
  /\bencryption\s+by\s+default\s+(?:setting|option|feature|flag)\b|\b(?:enable|enabled|enabling|turn\s+on|turned\s+on|opt[- ]in|opted)\b[^.;]{0,40}\bencryption\s+by\s+default\b|\bEncryptionByDefault\b|\bencrypt(?:ion)?[-_ ]by[-_ ]default\s+(?:in|for)\s+(?:the|this|our|each|every)\s+(?:account|Region)\b|\baccount[- ]level\b|\bper[- ]Region\b|\b(?:if|when|once|unless)\b|\bfrom\s+(?:an?\s+)?encrypted\s+snapshots?\b|\bour\b|\bwe\b|\bControl\s+Tower\b|\bSCP\b|\bguardrail\b|\bNitro\b|\binstance\s+store\b|\bcan\s+be\s+(?:configured|set|enabled|turned\s+on)\b/i;

export const ebsEncryptedByDefault: ContextRule = {
  id: 'ebs-encrypted-by-default',
  scope: 'context',
  cue: { words: ['encrypt'] },
  description: 'EBS volumes said to be encrypted by default, although encryption by default is an opt-in setting per Region.',
  rationale:
    'An EBS volume is encrypted when you ask for it, when it is created from an encrypted snapshot, or when the account has turned on ' +
    'EBS encryption by default in that Region (an opt-in setting, off until enabled; organisations often enforce it). A design that ' +
    'counts on "EBS is always encrypted" in a fresh account or Region stores data unencrypted. Text that names the setting, a ' +
    'condition, an encrypted source snapshot or the writer\'s own accounts is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['ebs.encryption-default'],
  fixable: false,
  examples: {
    flag: [
      { text: 'EBS volumes are encrypted by default, so no extra step is needed.', flagged: ['EBS volumes are encrypted by default'] },
      { text: 'Amazon EBS encrypts data at rest automatically.', flagged: ['Amazon EBS encrypts data at rest automatically'] },
      { text: '- EBS: encryption is enabled by default for all volumes.', flagged: ['EBS: encryption is enabled by default'] },
    ],
    pass: [
      'EBS volumes are encrypted only if you enable encryption by default for the Region or ask for it.',
      'EBS volumes are not encrypted by default.',
      'Are EBS volumes encrypted by default?',
      'We turned on EBS encryption by default in every account, so all new volumes are encrypted.',
      'Unlike EBS, S3 encrypts new objects by default.',
    ],
  },
  fromSection: { services: ['ebs'], cue: /\bencrypt/i },
  check(context, report) {
    if (!/\bencrypt/i.test(context.text) || !EBS.test([context.text, context.lead].join(' ')) || KNOWS_SETTING.test([context.text, context.lead].join(' '))) return;
    for (const claim of assertedClaims(context, ENCRYPTED_ALWAYS)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'EBS encryption by default is an opt-in setting per account and Region; otherwise a volume is encrypted only when requested or created from an encrypted snapshot.',
      });
    }
  },
};
