import { assertedClaims, findClaims, type ClaimFrame, type ClaimMatch } from './kit/claims';
import type { DocumentRule } from './kit/types';
import { paragraphAround } from './kit/parent-subject';
import type { AnalyzedContext } from '../model/document-model';

const SG = /\bsecurity[- ]groups?(?:'s?)?(?:\s+rules?)?\b|\bSGs?(?:\s+rules?)?\b/i;
/** Other filters that do have deny rules: a statement that names one may be about it. */
const OTHER_FILTER =
  /\bNACLs?\b|\bnetwork\s+ACLs?\b|\bnetwork\s+access\s+control\s+lists?\b|\bWAF\b|\b(?:Network|DNS|third-party|host|OS|on-?prem\w*)\s+firewalls?\b|\bfirewall\s+(?:appliances?|manager)\b|\biptables\b|\bIAM\b|\bpolic(?:y|ies)\b|\bSCPs?\b|\bRoute\s+53\s+Resolver\b|\bDNS\s+Firewall\b/i;
const MOSTLY = String.raw`(?:primarily|mostly|mainly|largely|usually|generally|typically|predominantly|normally|for\s+the\s+most\s+part)`;

/**
 * Allow rules as the usual kind, which implies other kinds: "security group rules are mostly allow
 * rules", "SGs mainly use allow rules". A security group has allow rules only.
 */
const MOSTLY_ALLOW: readonly ClaimFrame[] = [
  {
    subject: SG,
    predicate: new RegExp(
      String.raw`\b(?:(?:are|is|contain|contains|have|has|use|uses|support|supports|consist\s+of|consists\s+of|hold|holds)\s+)?${MOSTLY}\s+(?:(?:made\s+up|composed)\s+of\s+|(?:contains?|has|have|uses?|supports?|consists?\s+of)\s+)?allow(?:ing)?\s+(?:rules|entries|statements)\b`,
      'i',
    ),
    reach: 30,
    ordered: true,
  },
];
/** The subject said in an earlier sentence: "Security groups act as firewalls … These rules are primarily allow rules." */
const ANAPHORIC = new RegExp(String.raw`\b(?:these|those|the|its|their|such)\s+rules\s+are\s+${MOSTLY}\s+allow(?:ing)?\s+rules\b`, 'i');

function anaphoric(context: AnalyzedContext): ClaimMatch[] {
  return findClaims(context, ANAPHORIC).filter((claim) => !/\?[\s*_)]*$/.test(claim.clause));
}

const ALLOW_RULES = /\ballow(?:ing)?\s+(?:rules|entries|statements)\b/i;

export const sgMostlyAllow: DocumentRule = {
  id: 'sg-mostly-allow',
  scope: 'document',
  description: 'Security group rules said to be mostly or primarily allow rules, although a security group has allow rules only.',
  rationale:
    'A security group has no deny rules at all: each rule allows traffic, and traffic that no rule allows is dropped. "Mostly allow ' +
    'rules" suggests that a deny rule is possible in a security group; a design that counts on one will not find it. Denying an address ' +
    'or a port takes a network ACL (subnet level) or AWS WAF. A statement that also names a network ACL, WAF, a firewall or a policy ' +
    '(which do have deny rules) is not flagged; `sg-deny-rule` reports a deny rule placed in a security group.',
  severity: 'info',
  category: 'behaviour',
  facts: ['security-group.allow-only'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'Security groups act as virtual firewalls for EC2 instances, controlling traffic with rules. These rules are primarily allow rules, specifying which traffic is permitted.',
        flagged: ['These rules are primarily allow rules'],
      },
      { text: 'Security group rules are mostly allow rules.', flagged: ['Security group rules are mostly allow rules'] },
      { text: 'SGs mainly use allow rules.', flagged: ['SGs mainly use allow rules'] },
    ],
    pass: [
      'Security groups only have allow rules.',
      'Security group rules are not mostly allow rules; they are all allow rules.',
      'Are security group rules mostly allow rules?',
      'NACL rules are mostly allow rules, with one deny rule for the scanner; the security groups only allow.',
      'The IAM policies attached to the role are mostly allow statements.',
    ],
  },
  select(context) {
    return context.kind !== 'code' && ALLOW_RULES.test(context.text);
  },
  check({ model, contexts }, report) {
    for (const context of contexts) {
      let claims: ClaimMatch[] = [];
      if (SG.test(context.text)) {
        if (!OTHER_FILTER.test(context.text)) claims = assertedClaims(context, MOSTLY_ALLOW);
      } else {
        // "These rules …": the paragraph must have named a security group before, and no other filter.
        const { before, whole } = paragraphAround(model.text, context.start, context.end);
        if (SG.test(before) && !OTHER_FILTER.test(whole)) claims = anaphoric(context);
      }
      for (const claim of claims) {
        report({
          start: claim.start,
          end: claim.end,
          message: 'A security group has allow rules only: traffic no rule allows is dropped, and a deny needs a network ACL or AWS WAF.',
        });
      }
    }
  },
};
