import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const SCP = /\b(?:SCPs?|service\s+control\s+polic(?:y|ies))\b/i;
/**
 * An SCP that grants: "SCPs grant permissions to member accounts", "the SCP gives developers access to
 * S3", "attach an SCP to allow the team to use Bedrock", "access is granted through the SCP".
 */
const GRANTS: readonly ClaimFrame[] = [
  {
    subject: SCP,
    predicate:
      /\b(?:grants?|granting|gives?|giving|confers?|assigns?|provides?|hands?\s+out)\s+(?:(?:the\s+)?(?:IAM\s+)?(?:users?|roles?|principals?|accounts?|developers?|teams?|members?|them|everyone)\s+)?(?:(?:the|any|all|full|admin(?:istrator)?|explicit|additional|extra|new)\s+)?(?:permissions?|access|privileges?|rights)\b(?!\s+(?:boundar|guardrail|ceiling|limit))|\b(?:permissions?|access|privileges?)(?:\s+(?:to|for|on)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|are)\s+(?:granted|given|conferred)\s+(?:by|through|via|with)\b/i,
    reach: 40,
  },
];
/** Guardrail words, the maximum or the need for an IAM allow: the writer knows SCPs only filter. */
const KNOWS_FILTER =
  /\bmaximum\b|\bguardrails?\b|\bceiling\b|\bboundar(?:y|ies)\b|\bfilters?\b|\brestrict\w*|\blimit\w*|\bdeny\b|\bdenies\b|\bprevent\w*|\bblock\w*|\bcap\w*\b|\bintersection\b|\bstill\s+(?:need|require)|\bidentity[- ]based\b|\bIAM\s+polic(?:y|ies)\s+(?:must|still|also)\b|\bdo(?:es)?\s+not\s+grant\b|\bnever\s+grant\b|\bdon't\s+grant\b|\bRCPs?\b|\bonly\b|\bapproved\b|\ballow[- ]?lists?\b/i;

export const scpGrantsPermissions: ContextRule = {
  id: 'scp-grants-permissions',
  scope: 'context',
  cue: { words: ['scp', 'service'] },
  description: 'A service control policy said to grant permissions, although SCPs only set the maximum an account may use.',
  rationale:
    'A service control policy never grants anything: it sets the maximum permissions available to the IAM users and roles of the ' +
    'member accounts it applies to. Access still needs an identity-based or resource-based policy that allows it; the effective ' +
    'permissions are the intersection. A design that "grants S3 access with an SCP" leaves the principals without access (or assumes ' +
    'an allow that is not there). SCPs do not apply to the management account. Text that speaks of maximums, guardrails, restricting ' +
    'or denying is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['organizations.scp-semantics'],
  fixable: false,
  examples: {
    flag: [
      { text: 'SCPs grant permissions to every account in the OU.', flagged: ['SCPs grant permissions'] },
      { text: 'The sandbox SCP gives developers full access to EC2.', flagged: ['SCP gives developers full access'] },
      { text: 'Access to Bedrock is granted through an SCP on the ML OU.', flagged: ['Access to Bedrock is granted through an SCP'] },
    ],
    pass: [
      'SCPs set the maximum permissions; an IAM policy must still grant access.',
      'SCPs do not grant permissions.',
      'Does an SCP grant access to S3?',
      'The SCP denies leaving the organization; IAM roles grant access to EC2.',
      'IAM policies grant permissions, unlike SCPs.',
    ],
  },
  check(context, report) {
    if (!SCP.test(context.text) || KNOWS_FILTER.test(context.text)) return;
    for (const claim of assertedClaims(context, GRANTS)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'An SCP never grants permissions: it caps what IAM principals of member accounts may do; an identity or resource policy must still allow the action.',
      });
    }
  },
};
