import {assertedClaims } from './kit/claims';
import type { ContextRule } from './kit/types';

/** An EBS volume in general (not a named type: a gp3 or st1 volume does attach to one instance only). */
const EBS_VOLUME = /\bEBS(?:\s+(?:block\s+)?(?:volumes?|disks?))?\b|\bElastic\s+Block\s+Store\b/i;
/** "can only be attached to one instance at a time", "attaches to a single EC2 instance only". */
const ONE_INSTANCE =
  /\b(?:only\s+(?:be\s+)?(?:attached|mounted|connected)\s+to\s+(?:one|a\s+single)\s+(?:EC2\s+)?instance|(?:attach(?:es|ed)?|mount(?:s|ed)?)\s+(?:to\s+)?only\s+(?:to\s+)?(?:one|a\s+single)\s+(?:EC2\s+)?instance|(?:attached|mounted)\s+to\s+(?:one|a\s+single)\s+(?:EC2\s+)?instance\s+(?:only|at\s+a\s+time))\b/i;
/** Multi-Attach named, a type that cannot multi-attach named, or an exception stated: the writer knows. */
const AWARE = /\bmulti[- ]?attach\b|\b(?:gp2|gp3|st1|sc1|magnetic|standard)\b|\bio[12]\b|\bexcept\b|\bunless\b|\bprovisioned\s+IOPS\b/i;

export const ebsSingleAttach: ContextRule = {
  id: 'ebs-single-attach',
  scope: 'context',
  cue: { words: ['ebs', 'elastic'] },
  description: 'EBS volumes said to attach to one instance only, although io1/io2 support Multi-Attach.',
  rationale:
    'Provisioned IOPS SSD volumes (io1, io2) can be attached to up to 16 Nitro-based instances in the same Availability Zone with ' +
    'Multi-Attach (clustered applications that manage concurrent writes). "An EBS volume can only be attached to one instance at a ' +
    'time" is still true of gp2, gp3, st1 and sc1, so the finding is informational. Statements that name Multi-Attach, a volume ' +
    'type or an exception are left alone.',
  severity: 'info',
  category: 'behaviour',
  facts: ['ebs.multi-attach'],
  fixable: false,
  examples: {
    flag: [
      { text: 'An EBS volume can only be attached to one EC2 instance at a time.', flagged: ['EBS volume can only be attached to one EC2 instance'] },
      { text: '- EBS volumes can only be attached to one EC2 instance at a time. In contrast, EFS can be shared.', count: 1 },
      { text: 'Elastic Block Store volumes attach to only one instance.', count: 1 },
    ],
    pass: [
      'A gp3 volume can only be attached to one instance at a time.',
      'EBS volumes attach to one instance at a time unless Multi-Attach is enabled on io2.',
      'Except for io1 and io2 Multi-Attach, an EBS volume can only be attached to one instance.',
      'Our EBS volume is attached to the database instance.',
      'Can an EBS volume only be attached to one EC2 instance at a time?',
    ],
  },
  check(context, report) {
    if (!EBS_VOLUME.test(context.text) || AWARE.test(context.text)) return;
    for (const claim of assertedClaims(context, [{ subject: EBS_VOLUME, predicate: ONE_INSTANCE, reach: 40, ordered: true }])) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'io1 and io2 volumes support Multi-Attach (up to 16 Nitro instances in the same Availability Zone); the other EBS volume types attach to one instance at a time.',
        factIds: ['ebs.multi-attach'],
      });
    }
  },
};
