import { findClaims, replaceFix } from './kit/claims';
import type { ContextRule, Report } from './kit/types';

/**
 * An S3 ARN with a Region or an account: `arn:aws:s3:eu-central-1:111122223333:my-bucket/*`; and an
 * ARN with no partition or service: `arn::eu-central-1::bucket-name/*`. Bucket and object ARNs are
 * `arn:aws:s3:::bucket/key`. Access points, batch jobs and Storage Lens do carry Region and account.
 */
const S3_ARN = /\barn:(aws[\w-]*):s3:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d)?:(\d{12})?:([^\s`'"<>()[\]{},;|]+)/g;
const EMPTY_PARTS = /\barn::(?:[a-z]{2}(?:-gov)?-[a-z]+-\d|[\w-]*)?:(?:\d{12})?:([^\s`'"<>()[\]{},;|]+)/g;
/** S3 resources whose ARNs do carry a Region and an account. */
const REGIONAL_RESOURCE = /^(?:accesspoint|job|storage-lens|storage-lens-group|async-request|access-grants|outpost)[/:]/i;

interface BadArn {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly fixed: string;
}

/** A sentence's full stop or comma after the ARN is not part of it. */
function trimmed(whole: string, resource: string): { whole: string; resource: string } {
  let cut = 0;
  while (cut < resource.length && '.,:!'.includes(resource.charAt(resource.length - 1 - cut))) cut++;
  return { whole: whole.slice(0, whole.length - cut), resource: resource.slice(0, resource.length - cut) };
}

function badArns(text: string): BadArn[] {
  const out: BadArn[] = [];
  const s3 = new RegExp(S3_ARN.source, 'g');
  for (let m = s3.exec(text); m; m = s3.exec(text)) {
    const [, partition, region, account] = m;
    const { whole, resource } = trimmed(m[0], m[4] ?? '');
    if ((!region && !account) || !resource || REGIONAL_RESOURCE.test(resource)) continue;
    out.push({ start: m.index, end: m.index + whole.length, text: whole, fixed: `arn:${partition}:s3:::${resource}` });
  }
  const empty = new RegExp(EMPTY_PARTS.source, 'g');
  for (let m = empty.exec(text); m; m = empty.exec(text)) {
    const { whole, resource } = trimmed(m[0], m[1] ?? '');
    if (!resource || REGIONAL_RESOURCE.test(resource)) continue;
    out.push({ start: m.index, end: m.index + whole.length, text: whole, fixed: `arn:aws:s3:::${resource}` });
  }
  return out;
}

function reportArn(report: Report, at: number, arn: BadArn): void {
  report({
    start: at,
    end: at + arn.text.length,
    message: `S3 bucket and object ARNs have no Region or account: ${arn.fixed}.`,
    fixes: [replaceFix(`Use ${arn.fixed}`, at, at + arn.text.length, arn.fixed)],
  });
}

export const s3BucketArnFormat: ContextRule = {
  id: 's3-bucket-arn-format',
  scope: 'context',
  cue: { words: ['arn'] },
  description: 'An S3 bucket or object ARN written with a Region or an account, or without its partition and service.',
  rationale:
    'Bucket names are global, so S3 bucket and object ARNs carry neither Region nor account: `arn:aws:s3:::bucket-name` and ' +
    '`arn:aws:s3:::bucket-name/key`. A policy whose Resource says `arn:aws:s3:eu-central-1:111122223333:bucket-name/*` matches no ' +
    'bucket, so an Allow grants nothing and a Deny protects nothing; an ARN with no partition or service (`arn::…`) is not an ARN at all. ' +
    'Access points, S3 Batch Operations jobs and Storage Lens configurations do have Region and account in their ARNs and are not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['s3.arn'],
  fixable: true,
  examples: {
    flag: [
      {
        text: '- **Policy Scope:** A policy with `arn::eu-central-1::bucket-name/*` applies to all objects within the specified bucket.',
        flagged: ['arn::eu-central-1::bucket-name/*'],
        output: '- **Policy Scope:** A policy with `arn:aws:s3:::bucket-name/*` applies to all objects within the specified bucket.',
      },
      {
        text: '```json\n"Resource": "arn:aws:s3:us-east-1:111122223333:invoices/*"\n```',
        flagged: ['arn:aws:s3:us-east-1:111122223333:invoices/*'],
        output: '```json\n"Resource": "arn:aws:s3:::invoices/*"\n```',
      },
      {
        text: 'The role may read arn:aws:s3::111122223333:exports-bucket.',
        flagged: ['arn:aws:s3::111122223333:exports-bucket'],
        output: 'The role may read arn:aws:s3:::exports-bucket.',
      },
    ],
    pass: [
      'The bucket policy uses arn:aws:s3:::invoices/*.',
      '```json\n"Resource": "arn:aws:s3:us-east-1:111122223333:accesspoint/reports/object/*"\n```',
      'Not arn:aws:s3:us-east-1:111122223333:invoices but arn:aws:s3:::invoices.',
      'The Object Lambda access point is arn:aws:s3-object-lambda:us-east-1:111122223333:accesspoint/redact.',
      '```json\n"Resource": "arn:aws:s3:*:111122223333:job/*"\n```',
    ],
  },
  check(context, report) {
    if (!/\barn:/i.test(context.text)) return;
    // Code and table cells declare resources; prose may quote an ARN to reject it.
    if (context.kind === 'code' || context.kind === 'tableRow') {
      for (const arn of badArns(context.text)) reportArn(report, context.start + arn.start, arn);
      return;
    }
    for (const arn of badArns(context.text)) {
      const at = context.start + arn.start;
      // Prose: the ARN must be asserted, not quoted as wrong ("not arn:…", "instead of arn:…").
      const asserted = findClaims(context, /\barn:/).some((claim) => claim.start === at && !/\?[\s*_)]*$/.test(claim.clause));
      if (asserted) reportArn(report, at, arn);
    }
  },
};
