/**
 * The fifth re-verification pass (issue 13, facts helper session 5): quota and limit facts the third random
 * audit (seed 20261208) and its pattern sweep read on current copies of their AWS pages. Same form and rules
 * as reverification.ts; values live in services/*.ts.
 */
import type { Reverification } from './reverification';

const LE_LIMITS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge';

export const FIFTH_REVERIFIED: Readonly<Record<string, Reverification>> = {
  // The 2026 page moved the timeout and the package size into the general Lambda@Edge quotas: one figure
  // for viewer and origin events. No increase link on either row.
  'lambda-edge.viewer-timeout': {
    source: LE_LIMITS,
    sourceSection: 'Quotas on Lambda@Edge, general quotas: Function timeout 30 seconds (no longer a per-event-type row)',
    quota: { adjustable: false },
    names: { words: ['Lambda@Edge timeout', 'viewer request timeout', 'viewer response timeout'], units: ['seconds'] },
  },
  'lambda-edge.package-size': {
    source: LE_LIMITS,
    sourceSection: 'Quotas on Lambda@Edge, general quotas: Maximum compressed size of a Lambda function and any included libraries 50 MB',
    quota: { adjustable: false },
    names: { words: ['compressed size', 'package size', 'deployment package'], units: ['MB'] },
  },
};
