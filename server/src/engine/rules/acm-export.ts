import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const CERTIFICATES = /\b(?:ACM\s+|public\s+|SSL\s+|TLS\s+|SSL\/TLS\s+)?(?:certificates?|certs?)\b/i;
const NAMES_ACM = /\bACM\b|\bCertificate\s+Manager\b/i;
/**
 * ACM certificates said never to leave AWS: "certificates cannot be loaded directly onto EC2
 * instances", "you can't export an ACM certificate", "ACM certs can't be installed on your own
 * servers". Since June 2025 ACM issues exportable public certificates; private CA certificates could
 * always be exported.
 */
const NEVER_EXPORTED: readonly ClaimFrame[] = [
  {
    subject: CERTIFICATES,
    predicate:
      /\b(?:cannot|can't|can\s+not|could\s+not|couldn't|are\s+not\s+able\s+to|is\s+not\s+possible\s+to|isn't\s+possible\s+to|never)\s+(?:be\s+)?(?:directly\s+)?(?:loaded|load|installed|install|exported|export|downloaded|download|used|use|deployed|deploy|copied|copy|put|placed|extracted|extract)\b(?:[^.;]{0,30}?\b(?:EC2|instances?|servers?|on-?prem\w*|outside\s+(?:of\s+)?AWS|anywhere|private\s+keys?))?/i,
    reach: 40,
    subjectInScope: true,
  },
];
/** The writer knows the exportable kind, or the rule is about another issuer or a certificate type. */
const KNOWS_EXPORT = /\bexportable\b|\b2025\b|\bNitro\s+Enclaves?\b|\bunless\b|\bexcept\b|\bstandard\b|\bnon-?exportable\b|\bimported\b|\bPrivate\s+CA\b|\bprivate\s+certificates?\b/i;

export const acmExport: ContextRule = {
  id: 'acm-export',
  scope: 'context',
  description: 'ACM certificates said never to be installable on EC2 or exportable, although ACM issues exportable public certificates since June 2025.',
  rationale:
    'For years an ACM public certificate could only be used by integrated services (Elastic Load Balancing, CloudFront, API Gateway …), ' +
    'never installed on an instance. Since 17 June 2025 a public certificate requested with export enabled can be exported with its ' +
    'private key and installed on EC2 instances, containers or on-premises servers (charged per certificate); certificates from AWS ' +
    'Private CA could always be exported, and ACM for Nitro Enclaves serves them on EC2. Only standard (non-exportable) certificates stay ' +
    'inside AWS. Text that names exportable certificates, Nitro Enclaves or standard certificates is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['acm.export'],
  fixable: false,
  examples: {
    flag: [
      { text: 'ACM certificates cannot be loaded directly onto EC2 instances.', flagged: ['ACM certificates cannot be loaded directly onto EC2'] },
      { text: 'You can\'t export an ACM certificate, so the VM needs its own.', flagged: ['can\'t export an ACM certificate'] },
      { text: 'AWS Certificate Manager\n\n- **Limitations:**\n  - Certificates cannot be installed on your own servers.', flagged: ['Certificates cannot be installed on your own servers'] },
    ],
    pass: [
      'Since June 2025, exportable ACM public certificates can be installed on EC2 instances.',
      'Standard ACM certificates cannot be exported; request an exportable one for EC2.',
      'Can ACM certificates be installed on EC2?',
      'The load balancer terminates TLS with an ACM certificate.',
      'Until 2025 ACM public certificates could not be exported.',
    ],
  },
  fromSection: { services: ['acm'], cue: /\bcert/i, otherServices: true },
  check(context, report) {
    if (!NAMES_ACM.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' ')) || KNOWS_EXPORT.test(context.text)) return;
    for (const claim of assertedClaims(context, NEVER_EXPORTED, { allowNegation: true })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Since June 2025 ACM issues exportable public certificates that can be installed on EC2 instances or servers anywhere; only standard ACM certificates cannot be exported.',
      });
    }
  },
};
