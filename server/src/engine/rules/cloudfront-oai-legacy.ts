import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const OAI = /\b[Oo]rigin\s+[Aa]ccess\s+[Ii]dentit(?:y|ies)\b|\bOAIs?\b/;
/**
 * An origin access identity as the way to keep an S3 origin private: "with Origin Access Identity
 * (OAI) ensuring secure access to the bucket", "create an OAI and grant it read access", "use OAI so
 * only CloudFront can read the bucket". CloudFront recommends origin access control (OAC) instead.
 */
const OAI_AS_THE_WAY: readonly ClaimFrame[] = [
  {
    subject: OAI,
    predicate:
      /\b(?:ensur|secur|restrict|protect|lock|limit|grant|allow|give|provid|enabl|prevent|keep|control)\w*\b|\b(?:can|may|is\s+allowed\s+to)\s+(?:read|access|fetch|reach)\b/i,
    reach: 25,
    ordered: true,
  },
  {
    subject: OAI,
    predicate: /\b(?:use|uses|using|with|via|through|create|creating|configure|configuring|set\s+up|add|attach)\s+(?:an?\s+|the\s+)?(?:CloudFront\s+)?(?=[Oo]rigin|OAI)/i,
    reach: 0,
  },
];
/** OAC named, or the writer knows OAI is the old way. */
const KNOWS_OAC = /\bOrigin\s+Access\s+Control\b|\bOAC\b|\blegacy\b|\bmigrat\w*|\bdeprecat\w*|\bolder\b|\bprevious(?:ly)?\b|\bsuperseded\b|\breplaced\b/i;
/** The S3 origin or CloudFront is what the OAI is about; another "OAI" acronym is not. */
const CLOUDFRONT_OR_S3 = /\bCloudFront\b|\bS3\b|\bbucket\b|\borigin\b|\bCDN\b|\bdistribution\b/i;

export const cloudfrontOaiLegacy: ContextRule = {
  id: 'cloudfront-oai-legacy',
  scope: 'context',
  description: 'A CloudFront origin access identity (OAI) presented as the way to secure an S3 origin; origin access control (OAC) replaced it.',
  rationale:
    'CloudFront has two ways to send authenticated requests to an S3 origin: origin access control (OAC, since August 2022) and the ' +
    'legacy origin access identity (OAI). AWS recommends OAC: OAI does not work with SSE-KMS encrypted objects, with buckets in ' +
    'opt-in Regions launched after December 2022 or with dynamic requests (PUT, DELETE) without workarounds. A design that secures ' +
    'its bucket with an OAI is out of date. Text that names OAC, calls OAI legacy or describes a migration is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['cloudfront.s3-access'],
  cue: { words: ['oai', 'origin'] },
  fixable: false,
  examples: {
    flag: [
      {
        text: 'CloudFront can use an S3 bucket as its origin, with Origin Access Identity (OAI) ensuring secure access to the bucket content.',
        flagged: ['Origin Access Identity (OAI) ensuring'],
      },
      { text: 'Create an OAI for the distribution and grant it s3:GetObject in the bucket policy.', flagged: ['Create an OAI'] },
      { text: 'The bucket stays private: only the CloudFront origin access identity may read it.', flagged: ['origin access identity may read'] },
    ],
    pass: [
      'Use origin access control (OAC) so that only CloudFront can read the bucket.',
      'OAI is legacy; new distributions should use OAC.',
      'Should we still create an OAI for the S3 origin?',
      'Until 2022 the bucket was protected with an origin access identity.',
      'We migrated every distribution from OAI to OAC.',
    ],
  },
  check(context, report) {
    if (!OAI.test(context.text) || !CLOUDFRONT_OR_S3.test([context.text, context.lead].join(' ')) || KNOWS_OAC.test(context.text)) return;
    for (const claim of assertedClaims(context, OAI_AS_THE_WAY)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Origin access identity (OAI) is CloudFront\'s legacy way to reach a private S3 origin; AWS recommends origin access control (OAC), which also supports SSE-KMS, every Region and PUT/DELETE.',
      });
    }
  },
};
