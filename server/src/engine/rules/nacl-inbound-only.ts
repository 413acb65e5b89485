import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const NACL = /\b(?:network\s+)?ACLs?\b|\bNACLs?\b|\bnetwork\s+access\s+control\s+lists?\b/i;
/**
 * A network ACL as an inbound filter: "NACLs primarily manage inbound rules", "a NACL only filters
 * incoming traffic", "NACL rules apply to inbound traffic". A network ACL has an inbound and an
 * outbound rule list and, being stateless, enforces both (return traffic included).
 */
const INBOUND_ONLY: readonly ClaimFrame[] = [
  {
    subject: NACL,
    predicate:
      /\b(?:primarily|mainly|mostly|only|just|solely|exclusively)\s+(?:manages?|handles?|filters?|controls?|evaluates?|checks?|applies\s+to|appl(?:y|ies)|has|have|contains?|holds?|uses?|deals?\s+with|covers?|protects?)\s+(?:the\s+)?(?:inbound|incoming|ingress)\b/i,
    reach: 40,
    subjectInScope: true,
  },
  {
    subject: NACL,
    predicate: /\b(?:manages?|handles?|filters?|controls?|evaluates?|checks?|protects?)\s+(?:only|just|solely)\s+(?:the\s+)?(?:inbound|incoming|ingress)\b/i,
    reach: 40,
    subjectInScope: true,
  },
];
/** Outbound named too ("inbound and outbound"), or a security group is the subject of the claim. */
const KNOWS_OUTBOUND = /\boutbound\b|\boutgoing\b|\begress\b|\bboth\s+directions\b/i;

export const naclInboundOnly: ContextRule = {
  id: 'nacl-inbound-only',
  scope: 'context',
  description: 'A network ACL said to manage mainly or only inbound traffic, although its outbound rules are enforced as well.',
  rationale:
    'A network ACL holds two rule lists, inbound and outbound, and evaluates both for every packet that crosses the subnet boundary. ' +
    'Because it is stateless, return traffic is not allowed automatically: a NACL that allows inbound HTTPS but no outbound ephemeral ' +
    'ports (1024-65535) breaks the responses. Notes that describe NACLs as an inbound filter lead to exactly that outage. Text that ' +
    'names outbound rules is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['network-acl.stateless'],
  cue: { words: ['inbound', 'incoming', 'ingress'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'NACLs primarily manage inbound rules at the subnet level.', flagged: ['NACLs primarily manage inbound'] },
      { text: 'A network ACL only filters incoming traffic to the subnet.', flagged: ['network ACL only filters incoming'] },
      { text: '- **NACL Functionality:**\n  - They mostly handle ingress traffic for the subnet.', flagged: ['mostly handle ingress'] },
    ],
    pass: [
      'NACLs evaluate both inbound and outbound rules, statelessly.',
      'A network ACL does not only filter incoming traffic.',
      'Does a NACL only filter incoming traffic?',
      'Security groups only filter inbound traffic by default; all outbound is allowed.',
      'Our WAF only filters incoming requests.',
    ],
  },
  fromSection: { services: ['network-acl'], cue: /\b(?:inbound|incoming|ingress)\b/i },
  check(context, report) {
    if (!/\b(?:inbound|incoming|ingress)\b/i.test(context.text) || KNOWS_OUTBOUND.test(context.text)) return;
    if (!NACL.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' '))) return;
    for (const claim of assertedClaims(context, INBOUND_ONLY)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A network ACL enforces an inbound and an outbound rule list, statelessly: return traffic needs outbound rules too (ephemeral ports).',
      });
    }
  },
};
