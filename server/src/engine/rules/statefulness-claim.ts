import { findClaims, findFrames, replaceFix, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const SG = String.raw`(?:security[- ]groups?|SGs?)`;
const NACL = String.raw`(?:NACLs?|network ACLs?|network access control lists?)`;
/** "SGs are stateless", "a stateless SG", "its security group, which is stateless". */
const SG_STATELESS = new RegExp(String.raw`\b${SG}(?:,\s*(?:which|that)\s+|\s+(?:(?:which|that)\s+)?)(?:are|is)\s+(?:also\s+|fully\s+|completely\s+)?(stateless)\b|\b(stateless)\s+${SG}\b`, 'i');
const NACL_STATEFUL = new RegExp(String.raw`\b${NACL}(?:,\s*(?:which|that)\s+|\s+(?:(?:which|that)\s+)?)(?:are|is)\s+(?:also\s+|fully\s+)?(stateful)\b|\b(stateful)\s+${NACL}\b`, 'i');
const SG_RETURN = new RegExp(String.raw`\b${SG}\b[^.;]{0,80}\boutbound\b[^.;]{0,60}\b(?:for|to allow)\s+(?:the\s+)?(?:return|response|reply)\s+traffic\b`, 'i');
const NACL_RETURN = new RegExp(String.raw`\b${NACL}\b[^.;]{0,60}\b(?:return|response|reply) traffic (?:is\s+)?(?:automatically|implicitly)\s+allowed\b`, 'i');

/** A clause naming the other kind of firewall is about that one (compiled once, not per statement). */
const NAMES_NACL = new RegExp(NACL, 'i');
const NAMES_SG = new RegExp(SG, 'i');

/** Connection tracking said in other words: "NACLs remember connections", "SGs forget the session". */
const NACL_TRACKS: readonly ClaimFrame[] = [
  {
    subject: new RegExp(String.raw`\b${NACL}\b`, 'i'),
    predicate: /\b(?:remember|track|keep\s+track\s+of|keep)s?\s+(?:the\s+|each\s+)?(?:connections?|sessions?|connection\s+state|state)\b|\b(?:return|response|reply)\s+(?:traffic|packets)\s+(?:is|are)\s+(?:allowed|permitted|let\s+through|accepted)\s+(?:automatically|implicitly)\b|\bautomatically\s+(?:allow|permit|accept)s?\s+(?:the\s+)?(?:return|response|reply)\b/i,
    reach: 60,
  },
];
const SG_FORGETS: readonly ClaimFrame[] = [
  {
    subject: new RegExp(String.raw`\b${SG}\b`, 'i'),
    predicate: /\b(?:do(?:es)?\s+not|don't|doesn't|never)\s+(?:remember|track|keep\s+track\s+of)\s+(?:the\s+)?(?:connections?|sessions?|state)\b|\bforget(?:s)?\s+(?:the\s+)?(?:connections?|sessions?|state)\b/i,
    reach: 40,
  },
];

/** The word said of the firewall anywhere near it in the clause: "security group `sg-orders` is stateless", "SG · stateless". */
const SG_CALLED_STATELESS: readonly ClaimFrame[] = [{ subject: new RegExp(String.raw`\b${SG}\b|\bsg-[0-9a-z-]{2,40}\b`, 'i'), predicate: /\bstateless\b/i, reach: 40 }];
const NACL_CALLED_STATEFUL: readonly ClaimFrame[] = [{ subject: new RegExp(String.raw`\b${NACL}\b|\bacl-[0-9a-f]{4,17}\b`, 'i'), predicate: /\bstateful\b/i, reach: 40 }];

/** The claims of `extra` whose clause `found` does not already claim. */
function alsoIn<T extends { clause: string }>(found: T[], extra: readonly T[]): T[] {
  for (const claim of extra) if (!found.some((c) => c.clause === claim.clause)) found.push(claim);
  return found;
}

export const statefulnessClaim: ContextRule = {
  id: 'statefulness-claim',
  scope: 'context',
  cue: { words: ['security', 'sg', 'nacl', 'network'] },
  description: 'Security groups called stateless or network ACLs called stateful.',
  rationale:
    'Security groups are stateful: the return traffic of an allowed connection is allowed automatically, so no outbound ephemeral-port rule ' +
    'is needed for responses. Network ACLs are stateless: inbound and outbound rules are evaluated separately, and return traffic to ' +
    'ephemeral ports must be allowed explicitly. Swapping the two leaves either dead rules or dropped replies.',
  severity: 'error',
  category: 'behaviour',
  facts: ['security-group.stateful', 'network-acl.stateless'],
  fixable: true,
  examples: {
    flag: [
      {
        text: 'Because security groups are stateless, we add outbound rules for ephemeral ports.',
        flagged: ['security groups are stateless'],
        output: 'Because security groups are stateful, we add outbound rules for ephemeral ports.',
      },
      {
        text: 'Suspect: security group `sg-orders` is stateless, so responses on ephemeral ports were dropped.',
        flagged: ['security group `sg-orders` is stateless'],
        output: 'Suspect: security group `sg-orders` is stateful, so responses on ephemeral ports were dropped.',
      },
      {
        text: 'NACLs are stateful, so return traffic is automatically allowed.',
        flagged: ['NACLs are stateful'],
        output: 'NACLs are stateless, so return traffic is automatically allowed.',
      },
      {
        text: '- App SG: outbound 1024-65535 to allow return traffic to clients.',
        flagged: ['SG: outbound 1024-65535 to allow return traffic'],
      },
      {
        text: 'The subnet is also protected by its network ACL, which is stateful, so only the inbound rule is needed.',
        flagged: ['network ACL, which is stateful'],
        output: 'The subnet is also protected by its network ACL, which is stateless, so only the inbound rule is needed.',
      },
      {
        text: 'A stateful NACL in front of the subnet tracks the sessions.',
        flagged: ['stateful NACL'],
        output: 'A stateless NACL in front of the subnet tracks the sessions.',
      },
    ],
    pass: [
      'NACLs are stateless while security groups are stateful.',
      'Security groups are not stateless: replies are allowed automatically.',
      'The security group `sg-orders` allows 443; the subnet NACL is stateless, so it also allows 1024-65535 out.',
      'Unlike a stateless NACL, a security group tracks connections.',
      'Unlike network ACLs, security groups are stateful.',
      'The NACL allows outbound 1024-65535 for return traffic because NACLs are stateless.',
    ],
  },
  check(context, report) {
    // A clause that names both firewalls compares them; the frames leave it to the patterns above.
    const sgStateless = alsoIn(findClaims(context, SG_STATELESS), findFrames(context, SG_CALLED_STATELESS, { excludes: NAMES_NACL }));
    for (const claim of sgStateless) {
      const word = /stateless/i.exec(context.text.slice(claim.start - context.start, claim.end - context.start));
      const at = claim.start + (word?.index ?? 0);
      report({
        start: claim.start,
        end: claim.end,
        message: 'Security groups are stateful: return traffic of an allowed connection is allowed automatically. Network ACLs are the stateless ones.',
        fixes: word ? [replaceFix('Say "stateful"', at, at + word[0].length, 'stateful')] : [],
      });
    }
    const naclStateful = alsoIn(findClaims(context, NACL_STATEFUL), findFrames(context, NACL_CALLED_STATEFUL, { excludes: NAMES_SG }));
    for (const claim of naclStateful) {
      const word = /stateful/i.exec(context.text.slice(claim.start - context.start, claim.end - context.start));
      const at = claim.start + (word?.index ?? 0);
      report({
        start: claim.start,
        end: claim.end,
        message: 'Network ACLs are stateless: inbound and outbound rules are evaluated separately, so return traffic to ephemeral ports must be allowed.',
        fixes: word ? [replaceFix('Say "stateless"', at, at + word[0].length, 'stateless')] : [],
      });
    }
    for (const claim of findClaims(context, SG_RETURN, { excludes: NAMES_NACL })) {
      report({
        start: claim.start,
        end: claim.end,
        severity: 'warning',
        message: 'Security groups are stateful: responses to allowed inbound connections need no outbound rule. Only network ACLs need return-traffic rules.',
      });
    }
    const naclReturns = findClaims(context, NACL_RETURN);
    for (const frame of findFrames(context, NACL_TRACKS, { excludes: NAMES_SG })) {
      if (![...naclReturns, ...naclStateful].some((c) => c.clause === frame.clause)) naclReturns.push(frame);
    }
    for (const claim of findFrames(context, SG_FORGETS, { excludes: NAMES_NACL })) {
      if (sgStateless.some((c) => c.clause === claim.clause)) continue;
      report({
        start: claim.start,
        end: claim.end,
        message: 'Security groups are stateful: return traffic of an allowed connection is allowed automatically. Network ACLs are the stateless ones.',
      });
    }
    for (const claim of naclReturns) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Network ACLs are stateless: return traffic is not allowed automatically; allow the ephemeral ports (1024–65535) in the other direction.',
      });
    }
  },
};
