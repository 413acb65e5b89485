import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const CONTAINER_IMAGES = /\b(?:Lambda\s+)?container\s+images?\b|\bcontainer[- ]image\s+(?:support|functions?|packaging)\b|\bDocker\s+images?\b/i;
const NAMES_LAMBDA = /\bLambda\b/i;
/**
 * A container image as needing a custom runtime: "supports container images, but requires
 * implementing a custom runtime", "container images need a custom runtime". AWS base images include
 * the runtime interface client; other images add it (a library), not a custom runtime.
 */
const NEEDS_CUSTOM_RUNTIME: readonly ClaimFrame[] = [
  {
    subject: CONTAINER_IMAGES,
    predicate: /\b(?:requires?|requiring|needs?|needing|must\s+(?:implement|provide|build|write|use)|have\s+to\s+(?:implement|provide|build|write|use)|has\s+to\s+(?:implement|provide|build|write|use))\b[^.;]{0,25}?\bcustom\s+runtimes?\b/i,
    reach: 60,
    subjectInScope: true,
  },
];
/** Base images or the runtime interface client named: the writer knows where the runtime comes from. */
const KNOWS_BASE_IMAGES = /\bbase\s+images?\b|\bruntime\s+interface\s+client\b|\bRIC\b|\bprovided(?:\.al2(?:023)?)?\b|\bOS-only\b|\bnon-AWS\b|\bown\s+base\b|\bunless\b|\bif\b/i;

export const lambdaContainerRuntime: ContextRule = {
  id: 'lambda-container-runtime',
  scope: 'context',
  description: 'Lambda container images said to require a custom runtime, although AWS base images include the runtime interface client.',
  rationale:
    'A Lambda function packaged as a container image (up to 10 GB) runs on the same managed runtimes as a .zip function when it is ' +
    'built from an AWS base image, which already includes the runtime interface client. An image built from another base adds the ' +
    'runtime interface client for its language (a library); a custom runtime is needed only for a language Lambda has no runtime for. ' +
    'Text that names base images or the runtime interface client is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['lambda.container-images'],
  cue: { words: ['custom'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'Lambda supports container images, but requires implementing a custom runtime.', flagged: ['requires implementing a custom runtime'] },
      { text: 'A Lambda container image needs a custom runtime to start.', flagged: ['Lambda container image needs a custom runtime'] },
      { text: '- AWS Lambda\n  - Docker images must use a custom runtime.', flagged: ['Docker images must use a custom runtime'] },
    ],
    pass: [
      'Lambda container images built from AWS base images need no custom runtime.',
      'A Lambda container image does not require a custom runtime.',
      'Do Lambda container images require a custom runtime?',
      'Lambda supports custom runtimes for languages it has no runtime for.',
      'Images from a non-AWS base add the runtime interface client for Lambda.',
    ],
  },
  fromSection: { services: ['lambda'], cue: /\bcustom\s+runtimes?\b/i },
  check(context, report) {
    if (!/\bcustom\s+runtimes?\b/i.test(context.text) || !NAMES_LAMBDA.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' ')) || KNOWS_BASE_IMAGES.test(context.text)) return;
    for (const claim of assertedClaims(context, NEEDS_CUSTOM_RUNTIME)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Lambda container images need no custom runtime: AWS base images include the runtime interface client, and other images add it as a library.',
      });
    }
  },
};
