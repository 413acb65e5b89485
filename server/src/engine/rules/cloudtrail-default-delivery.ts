import { assertedClaims, distinctClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const CLOUDTRAIL = /\b(?:AWS\s+)?CloudTrail\b(?!\s+Lake)/i;
const DESTINATION = String.raw`(?:to|in|into|inside)\s+(?:an?\s+|the\s+|your\s+)?(?:Amazon\s+)?(?:S3|CloudWatch\s+Logs|CloudWatch)\b`;
const DELIVERS = String.raw`(?:logs?|logged|records?|recorded|delivers?|delivered|sends?|sent|stores?|stored|writes?|written|saves?|saved|ships?|shipped|archives?|archived|puts?|lands?)`;
const BY_ITSELF = String.raw`(?:automatically|by\s+default|out\s+of\s+the\s+box|without\s+(?:any\s+)?(?:setup|set-up|configuration|a\s+trail))`;
/**
 * Delivery to S3 or CloudWatch Logs with no trail: "CloudTrail automatically logs every API call to
 * S3", "CloudTrail events are stored in S3 by default". Only the 90-day event history needs no setup;
 * files in S3 or CloudWatch Logs need a trail.
 */
const WITHOUT_A_TRAIL: readonly ClaimFrame[] = [
  {
    subject: CLOUDTRAIL,
    predicate: new RegExp(String.raw`\b${BY_ITSELF}\s+${DELIVERS}\b(?:(?!CloudTrail)[^.;]){0,50}?\b${DESTINATION}|\b${DELIVERS}\b(?:(?!CloudTrail)[^.;]){0,50}?\b${DESTINATION}(?:(?!CloudTrail)[^.;]){0,30}?\b${BY_ITSELF}`, 'i'),
    reach: 40,
    ordered: true,
  },
];
/** "By default, CloudTrail writes its logs to S3": the cue before the subject, in the same clause. */
const DELIVERY: readonly ClaimFrame[] = [
  { subject: CLOUDTRAIL, predicate: new RegExp(String.raw`\b${DELIVERS}\b(?:(?!CloudTrail)[^.;]){0,50}?\b${DESTINATION}`, 'i'), reach: 40, ordered: true },
];
const CUE_FIRST = new RegExp(String.raw`^[\s*_]*${BY_ITSELF}\b`, 'i');
/** A trail, Lake, a landing zone or an organization set-up named: the writer knows what delivers the files. */
const KNOWS_TRAIL = /\btrails?\b|\bCloudTrail\s+Lake\b|\bevent\s+data\s+stores?\b|\bControl\s+Tower\b|\blanding\s+zone\b|\blog\s+archive\b|\bOrganizations?\b|\bevent\s+history\b/i;

export const cloudtrailDefaultDelivery: ContextRule = {
  id: 'cloudtrail-default-delivery',
  scope: 'context',
  cue: { words: ['cloudtrail'] },
  description: 'CloudTrail said to deliver logs to S3 or CloudWatch Logs by itself, although that needs a trail.',
  rationale:
    'With no setup, CloudTrail keeps only the event history: the last 90 days of management events, viewable and searchable in the ' +
    'console and API. Log files in an S3 bucket, or events in CloudWatch Logs, come from a trail you create (or an organization trail, ' +
    'as a landing zone sets up); query the S3 files with Athena, or the events in CloudWatch Logs (CloudTrail Lake takes no new customers ' +
    'since 31 May 2026). A design that counts on "CloudTrail ' +
    'logs to S3 by default" for audit retention has no audit files. Text that names a trail, Lake, a landing zone or the event history ' +
    'is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['cloudtrail.event-history'],
  fixable: false,
  examples: {
    flag: [
      { text: 'CloudTrail automatically logs every API call to S3.', flagged: ['CloudTrail automatically logs every API call to S3'] },
      { text: 'CloudTrail events are stored in an S3 bucket by default.', flagged: ['CloudTrail events are stored in an S3 bucket by default'] },
      { text: 'AWS CloudTrail sends all management events to CloudWatch Logs out of the box.', flagged: ['AWS CloudTrail sends all management events to CloudWatch Logs out of the box'] },
    ],
    pass: [
      'The organization trail delivers CloudTrail logs to the log archive bucket.',
      'CloudTrail does not write to S3 by default.',
      'Does CloudTrail automatically log API calls to S3?',
      'CloudTrail keeps 90 days of event history automatically; we add a trail for S3.',
      'VPC Flow Logs are delivered to S3 automatically, and CloudTrail records the API calls.',
    ],
  },
  check(context, report) {
    if (!/\bS3\b|CloudWatch/i.test(context.text) || !CLOUDTRAIL.test(context.text) || KNOWS_TRAIL.test(context.text)) return;
    for (const claim of distinctClaims([...assertedClaims(context, WITHOUT_A_TRAIL), ...assertedClaims(context, DELIVERY, { requires: CUE_FIRST })])) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Without a trail CloudTrail keeps only the 90-day event history; log files in S3 or CloudWatch Logs need a trail.',
      });
    }
  },
};
