import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';
import { parentSubjectClaims } from './kit/parent-subject';

const VAULT_LOCK = /\b(?:Glacier\s+)?Vault[- ]Lock\b/i;
/** A vault, or S3 Object Lock, between Vault Lock and the bucket owns the bucket ("… and Object Lock on the bucket"). */
const RIVAL = /\bvaults?\b(?![- ]lock)|\bObject[- ]Lock\b|\bretention\s+mode\b/i;

const VERB = '(?:(?:is|are|gets?|be)\\s+)?(?:appl(?:y|ies|ied)|attach(?:es|ed)?|set|configured|enabled|enforced|works?|used|operates?|placed|turned\\s+on)';
const BUCKET = '(?:the\\s+|an?\\s+|each\\s+|every\\s+|our\\s+|your\\s+|its\\s+)?(?:(?:Amazon\\s+)?S3\\s+)?(?:[\\w-]+\\s+)?buckets?(?:[- ]level)?\\b';

/**
 * Vault Lock put on a bucket: "Vault Lock policies are applied at the bucket level", "we enable Vault
 * Lock on the S3 bucket", "the bucket is made immutable with Vault Lock". Vault Lock locks a Glacier
 * vault's policy; a bucket's WORM control is S3 Object Lock.
 */
const ON_A_BUCKET: readonly ClaimFrame[] = [
  {
    subject: VAULT_LOCK,
    predicate: new RegExp(
      `\\b(?:${VERB}\\s+)?(?:at|on)\\s+${BUCKET}|\\b${VERB}\\s+(?:to|for|in)\\s+${BUCKET}`,
      'i',
    ),
    reach: 30,
    ordered: true,
    rival: RIVAL,
  },
  { subject: VAULT_LOCK, predicate: /\bbuckets?[- ]level\b/i, reach: 30, rival: RIVAL },
  {
    subject: VAULT_LOCK,
    predicate:
      /\b(?:the\s+|an?\s+|each\s+|our\s+)?(?:S3\s+)?buckets?\s+(?:is|are|gets?|will\s+be)\s+(?:locked|protected|made\s+immutable|secured|WORM(?:-protected)?)\s+(?:by|with|using|via|through)\b|\b(?:enable|apply|set\s+up|configure|turn\s+on|use)\s+(?:the\s+|an?\s+|our\s+)?(?:S3\s+)?buckets?(?:'s)?\s+(?:with|using)\b/i,
    reach: 12,
    rival: RIVAL,
  },
];

export const glacierVaultLockBucket: ContextRule = {
  id: 'glacier-vault-lock-bucket',
  scope: 'context',
  cue: { words: ['bucket'] },
  description: 'Glacier Vault Lock said to lock an S3 bucket, although it applies to Glacier vaults; buckets use S3 Object Lock.',
  rationale:
    'Vault Lock attaches an immutable policy to a vault of the Amazon Glacier vault service (the original, vault-based API): once ' +
    'confirmed within 24 hours it can no longer be changed. It does not apply to S3 buckets, including buckets whose objects sit in ' +
    'the S3 Glacier storage classes. Write-once-read-many protection for a bucket is S3 Object Lock (governance or compliance mode, ' +
    'retention periods and legal holds). The vault-based Glacier service is also closed to new customers. Text that names a vault or ' +
    'Object Lock between the two is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['s3-glacier-vaults.vault-lock', 's3-glacier-vaults.object-lock'],
  fixable: false,
  examples: {
    flag: [
      {
        text: '- **Bucket-Level Lock:** Vault lock policies are applied at the bucket level, providing control over retention.',
        flagged: ['Vault lock policies are applied at the bucket level'],
      },
      { text: 'We enable Glacier Vault Lock on the audit bucket for seven years.', flagged: ['Glacier Vault Lock on the audit bucket'] },
      { text: 'The evidence bucket is made immutable with Vault Lock.', flagged: ['bucket is made immutable with Vault Lock'] },
    ],
    pass: [
      'Vault Lock applies to Glacier vaults; the S3 bucket uses Object Lock in compliance mode.',
      'Vault Lock does not work on S3 buckets.',
      'Can Vault Lock be applied to an S3 bucket?',
      'Use Object Lock on the bucket and Vault Lock on the vault.',
      'The archive vault has a Vault Lock policy; the bucket policy denies deletes.',
    ],
  },
  check(context, report) {
    if (!/\bbuckets?\b/i.test(context.text)) return;
    const claims = VAULT_LOCK.test(context.text) ? assertedClaims(context, ON_A_BUCKET) : parentSubjectClaims(context, VAULT_LOCK, ON_A_BUCKET.slice(0, 2));
    for (const claim of claims) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Vault Lock locks the policy of a Glacier vault, not an S3 bucket; a bucket gets write-once protection from S3 Object Lock.',
      });
    }
  },
};
