import { findFrames } from './kit/claims';
import type { ContextRule } from './kit/types';

const S3 = /\bS3\b|\bAmazon Simple Storage Service\b/;
/** Where eventual consistency is still right: replication, caches, bucket configuration, other stores. */
const STILL_EVENTUAL =
  /\breplicat\w*\b|\bCRR\b|\bSRR\b|\bcach\w*\b|\bCloudFront\b|\bCDN\b|\bbucket\s+(?:policy|policies|configurations?|versioning|lifecycle|tags?|ACLs?|creation|deletion|names?)\b|\bDynamoDB\b|\bGlobal Tables\b|\bAthena\b|\bGlue\b|\bcatalog\b|\bindex\w*\b|\bmetadata\b|\bInventory\b|\bevent notifications?\b|\bEventBridge\b|\bRedshift\b|\bEMRFS\b|\bS3Guard\b|\bcross[- ]Region\b/i;
const EVENTUAL =
  /\beventual(?:ly)?[- ]consisten(?:t|cy)\b|\bbecomes?\s+(?:strongly\s+)?consistent\s+(?:for\s+[\w-]+\s+)?(?:only\s+)?(?:after|within)\s+(?:a\s+)?(?:delay|few|some|short|while|\d)|\b(?:served|read|returned)\s+stale\b|\bnot\s+(?:immediately|strongly)\s+consistent\b|\bmay\s+(?:return|see|read|get|serve)\s+(?:a\s+)?(?:stale|old|outdated|previous)\b|\bstale\s+(?:reads?|data|objects?|listings?)\b|\bread[- ]after[- ]write\s+consistency\s+only\s+for\s+new\b/i;

export const s3Consistency: ContextRule = {
  id: 's3-consistency',
  scope: 'context',
  cue: { words: ['s3', 'simple'] },
  description: 'Amazon S3 described as eventually consistent for object reads, overwrites, deletes or lists.',
  rationale:
    'Since December 2020 Amazon S3 gives strong read-after-write consistency for every PUT and DELETE of an object and for LIST ' +
    'operations, in all Regions, at no cost. Designs that add delays, retries or a consistency layer for it (EMRFS consistent view, ' +
    'S3Guard) rest on the old model. Replication, caches in front of S3 and bucket configuration changes are still eventually ' +
    'consistent, so text about them is not flagged; neither is text marked as history.',
  severity: 'warning',
  category: 'behaviour',
  facts: ['s3.consistency'],
  fixable: false,
  examples: {
    flag: [
      { text: 'S3 is eventually consistent for overwrites, so readers may get the old object for a while.', flagged: ['S3 is eventually consistent'] },
      { text: 'Because of S3 eventual consistency, the job waits 30 seconds before listing the prefix.', flagged: ['S3 eventual consistency'] },
      { text: 'A GET right after the PUT may return stale data from S3.', flagged: ['may return stale data from S3'] },
      { text: 'The renderer waits 5 s after each upload because S3 only becomes consistent for overwrites after a delay.', count: 1 },
      { text: 'During the cutover the new manifest was served stale from S3 for a few seconds.', count: 1 },
    ],
    pass: [
      'S3 has been strongly consistent for reads after writes since December 2020.',
      'S3 Cross-Region Replication is asynchronous, so the replica bucket is eventually consistent.',
      'Bucket policy changes in S3 are eventually consistent and can take a few seconds.',
      'The CloudFront cache served stale copies of the S3 objects for a few seconds.',
      'S3 becomes consistent after a write immediately: a GET right after the PUT returns the new object.',
      'Before 2020, S3 was eventually consistent for overwrites.',
      'CloudFront may serve stale objects from S3 until the cache TTL expires.',
      'S3 is not eventually consistent any more.',
    ],
  },
  check(context, report) {
    if (!S3.test(context.text)) return;
    for (const claim of findFrames(context, [{ subject: S3, predicate: EVENTUAL, reach: 60 }], { excludes: STILL_EVENTUAL })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Amazon S3 has been strongly consistent since December 2020: a read after a PUT or DELETE, and a LIST, sees the change at once.',
        changedIn: 2020,
      });
    }
  },
};
