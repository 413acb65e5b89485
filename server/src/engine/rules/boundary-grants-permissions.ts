import { assertedClaims, findClaims, type ClaimFrame, type ClaimMatch } from './kit/claims';
import { paragraphAround } from './kit/parent-subject';
import type { DocumentRule } from './kit/types';
import type { AnalyzedContext } from '../model/document-model';

const LIMITER = /\bpermissions?[- ]boundar(?:y|ies)\b|\bsession\s+polic(?:y|ies)\b/i;
const GRANT = String.raw`(?:grants?|granting|gives?|giving|confers?|provides?|adds?|hands?\s+out|extends?)\s+(?:(?:the\s+|a\s+|each\s+)?(?:[\w-]+\s+)?(?:users?|roles?|principals?|sessions?|developers?|them|it)\s+)?(?:(?:the|any|all|full|admin(?:istrator)?|temporary|additional|extra|more|new|elevated)\s+)?(?:permissions?|access|privileges?|rights)\b(?!\s+(?:boundar|ceiling|limit))`;
/**
 * A permissions boundary or session policy that grants: "the permissions boundary grants the role
 * S3 access", "session policies give temporary permissions", "access is granted by the session policy".
 */
const OTHER_POLICY = /\b(?:role|identity|IAM|inline|managed|resource|bucket|trust|key)\s+polic(?:y|ies)\b|\bSCPs?\b/i;
const GRANTS: readonly ClaimFrame[] = [
  { subject: LIMITER, predicate: new RegExp(String.raw`\b${GRANT}`, 'i'), reach: 40, ordered: true, rival: OTHER_POLICY },
  {
    subject: LIMITER,
    predicate: /\b(?:permissions?|access|privileges?)(?:\s+(?:to|for|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|are)\s+(?:granted|given|conferred|added)\s+(?:by|through|via|with)\b/i,
    reach: 12,
    rival: OTHER_POLICY,
  },
];
/** "They are used to grant temporary permissions": the subject is the item's label or an earlier sentence. */
const PRONOUN_GRANTS = new RegExp(String.raw`^\s*(?:they|these|these\s+policies|such\s+policies|it|this)\s+(?:are\s+|is\s+)?(?:used\s+to\s+|meant\s+to\s+|designed\s+to\s+)?${GRANT}`, 'i');
/** Maximums, intersections, limits or another policy that grants: the writer knows boundaries only filter. */
const KNOWS_FILTER =
  /\bmaximum\b|\bceiling\b|\bintersection\b|\bintersect\w*|\bfilters?\b|\brestrict\w*|\blimit\w*|\bcap\w*\b|\bscope[sd]?\s+down\b|\bnarrow\w*|\bdeny\b|\bdenies\b|\bprevent\w*|\bidentity[- ]based\b|\bresource[- ]based\b|\bSCPs?\b|\bdo(?:es)?\s+not\s+grant\b|\bnever\s+grant\b|\bcannot\s+grant\b|\bonly\b|\bboth\b/i;

/** "They are used to grant …" after a sentence or label that names a boundary or session policy, in a paragraph that does not know better. */
function pronounClaims(text: string, context: AnalyzedContext): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  for (const claim of findClaims(context, PRONOUN_GRANTS)) {
    if (/\?[\s*_)]*$/.test(claim.clause)) continue;
    const lead = /^\s*/.exec(text.slice(claim.start, claim.end))?.[0].length ?? 0;
    const { before, whole } = paragraphAround(text, claim.start, claim.end);
    if (LIMITER.test(before) && !KNOWS_FILTER.test(whole)) out.push({ ...claim, start: claim.start + lead });
  }
  return out;
}

export const boundaryGrantsPermissions: DocumentRule = {
  id: 'boundary-grants-permissions',
  scope: 'document',
  description: 'A permissions boundary or session policy said to grant permissions, although both only limit what other policies allow.',
  rationale:
    'A permissions boundary sets the maximum permissions an identity-based policy can give an IAM user or role, and a session policy, ' +
    'passed when a role is assumed or a federation token is requested, limits that session. Neither grants anything: the effective ' +
    'permissions are the intersection of the identity-based policies with the boundary or the session policy (resource-based policies ' +
    'aside). A design that "grants temporary access with a session policy" leaves the session without it unless the role allows it. ' +
    'The subject may be the statement\'s own words or the label or earlier sentence of its paragraph ("They are used to grant …"); text ' +
    'that speaks of maximums, limits or intersections is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['iam.boundaries'],
  fixable: false,
  examples: {
    flag: [
      {
        text: '- **Session Policies:** Policies that are applied temporarily during a session. They are used to grant temporary permissions for a specific operation.',
        flagged: ['They are used to grant temporary permissions'],
      },
      { text: 'The permissions boundary grants the deploy role access to the artifact bucket.', flagged: ['permissions boundary grants the deploy role access'] },
      { text: 'Access to the reports is given through a session policy.', flagged: ['Access to the reports is given through a session policy'] },
    ],
    pass: [
      'A permissions boundary sets the maximum permissions; the identity policy must still grant them.',
      'Session policies never grant permissions.',
      'Does a permissions boundary grant access?',
      'The role policy grants S3 access, and the permissions boundary keeps it out of IAM.',
      'The role grants access to S3; a session policy is not used.',
    ],
  },
  select(context) {
    return context.kind !== 'code' && /\b(?:grant|gives?|giving|confer|provides?|adds?|hands?|extends?|granted|given|conferred|added)\w*/i.test(context.text);
  },
  check({ model, contexts }, report) {
    for (const context of contexts) {
      let claims: ClaimMatch[] = LIMITER.test(context.text) && !KNOWS_FILTER.test(context.text) ? assertedClaims(context, GRANTS) : [];
      if (claims.length === 0 && /\b(?:they|these|such|it|this)\b/i.test(context.text)) claims = pronounClaims(model.text, context);
      for (const claim of claims) {
        report({
          start: claim.start,
          end: claim.end,
          message: 'Permissions boundaries and session policies never grant: they cap what identity-based policies allow; the effective permissions are the intersection.',
        });
      }
    }
  },
};
