import { distinctClaims, findClaims } from './kit/claims';
import type { ContextRule } from './kit/types';

const SG = /\bsecurity[- ]groups?\b|\bSGs?\b|\bsg-[0-9a-f]{4,}\b|aws_security_group|AWS::EC2::SecurityGroup/i;
const NOT_SG = /\bNACLs?\b|\bnetwork ACLs?\b|\bnetwork access control lists?\b|\bWAF\b|\bfirewall\b|\bShield\b|\bNetwork Firewall\b|\bgeo[- ]?restriction\b/i;
const DEFAULTS = /\bby default\b|\bimplicit(?:ly)?\b|\bdefault[- ]deny\b|\beverything else\b|\banything else\b|\ball other\b|\bunless\b|\bnot (?:explicitly )?allowed\b|\bonly allow|\ballow[- ]only\b|\ballow rules only\b|\bwhitelist/i;
const DENY = /\bdeny(?:ing)?\s+(?:rules?|entr(?:y|ies)|statements?)\b|\b(?:explicit(?:ly)?|outbound|inbound)\s+den(?:y|ies|ied)\b|\bden(?:y|ies)\s+(?:all\s+)?(?:(?:specific|particular|individual|certain|known|single|malicious|bad|suspicious)\s+)?(?:traffic|access|requests|connections|inbound|outbound|(?:the\s+)?(?:attacker|scanner|IP|CIDR|range|source|port)s?)\b|\bblock(?:s|ed|ing)?\s+(?:all\s+)?(?:(?:the\s+)?(?:attacker'?s?|scanner'?s?|malicious|bad|offending|suspicious)\s+)?(?:traffic|IPs?|IP addresses?|addresses|CIDRs?|ranges?|requests|sources?|hosts?)\b/i;
/**
 * Denying or blocking an address, a range or a port, said of a security group in its clause: "the
 * bastion's security group denies 0.0.0.0/0 on port 22", "added a rule to block 198.51.100.7".
 */
const DENY_TARGET =
  /\b(?:den(?:y|ies|ied|ying)|block(?:s|ed|ing)?)\s{1,4}(?:(?:inbound|outbound|ingress|egress|all|traffic|access)\s{1,4}){0,2}(?:from\s{1,4}|to\s{1,4})?(?:the\s{1,4})?(?:\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?\b|port\s{1,4}\d{1,5}\b|[\w-]{1,30}\s{1,4}(?:range|CIDR|subnet|IP)\b)|\b(?:rule|entry)\s{1,4}to\s{1,4}(?:block|deny)\b/i;
/** "has no deny rules", "without deny entries": the statement says there are none. */
const NONE_BEFORE = /\b(?:no|zero|without(?:\s+any)?|not\s+any|nor\s+any|never\s+any|lacks?(?:\s+any)?)\s+(?:(?:explicit|custom|specific|separate|additional)\s+)?$/i;

export const sgDenyRule: ContextRule = {
  id: 'sg-deny-rule',
  scope: 'context',
  cue: { words: ['den', 'block'] },
  description: 'A security group used to deny or block specific traffic; security groups only allow.',
  rationale:
    'Security group rules are allow rules only: traffic no rule allows is dropped implicitly, but a security group cannot deny a specific ' +
    'address or port. An explicit deny belongs in a network ACL (subnet level) or AWS WAF (ALB, API Gateway, CloudFront). Statements about ' +
    'the implicit default deny, and clauses that name a NACL or WAF, are not flagged.',
  severity: 'error',
  category: 'behaviour',
  facts: ['security-group.allow-only'],
  fixable: false,
  examples: {
    flag: [
      { text: 'Add a deny rule to the web security group for 203.0.113.0/24.', flagged: ['deny rule'] },
      { text: 'The DB SG explicitly denies traffic from the public subnets.', flagged: ['explicitly denies'] },
      { text: 'Block the attacker IP in the instance security group.', flagged: ['Block the attacker IP'] },
      { text: 'Security group rules can deny specific IPs.', flagged: ['deny specific IPs'] },
      { text: "The bastion's security group denies 0.0.0.0/0 on port 22 and allows the office range.", count: 1 },
      { text: '- SG on the bastion: added a rule to block 198.51.100.7 after the alert.', count: 1 },
      {
        text: '| Security group | Direction | Port | Source | Action |\n| --- | --- | --- | --- | --- |\n| web-sg | Inbound | 22 | 198.51.100.7/32 | Deny |',
        flagged: ['Deny'],
      },
    ],
    pass: [
      'Block the IP with a NACL deny rule; the SG only allows 443 from the ALB SG.',
      'Security groups deny all inbound traffic by default.',
      'Use a network ACL deny entry for 203.0.113.0/24; security groups only allow.',
      'Security groups cannot deny traffic, so the scanner is blocked by AWS WAF.',
      '| Security group | Direction | Port | Source | Action |\n| --- | --- | --- | --- | --- |\n| web-sg | Inbound | 443 | 0.0.0.0/0 | Allow |',
      'The first draft used a security group to deny the scanner range; that does not work, so we use a network ACL.',
      '- We block port 5432 from 0.0.0.0/0 by simply not having an inbound rule; the security group has no deny rules.',
      'The app security group has zero explicit deny rules and only allows 443 from the ALB.',
      'The NACL denies 198.51.100.0/24; the security group allows 443 from the ALB.',
      'The security group blocks port 22 by default, since no rule allows it.',
    ],
  },
  check(context, report) {
    if (context.kind === 'tableRow' && context.header && context.cells) {
      const action = context.header.findIndex((h) => /\b(?:action|allow\s*\/\s*deny|rule action|effect)\b/i.test(h.text));
      const tableIsSg = SG.test(context.header.map((h) => h.text).join(' ')) || SG.test(context.text);
      if (action >= 0 && tableIsSg && !NOT_SG.test(context.header.map((h) => h.text).join(' ') + context.text)) {
        const cell = context.cells[action];
        if (cell && /^\W*deny\W*$/i.test(cell.text)) {
          report({ start: cell.start, end: cell.end, message: 'Security groups have allow rules only; a Deny action needs a network ACL (or AWS WAF).' });
        }
        return;
      }
    }
    const excludes = new RegExp(`${NOT_SG.source}|${DEFAULTS.source}`, 'i');
    // One finding per clause: "blocks 10.0.5.0/24 with an explicit deny" says it twice.
    const named = findClaims(context, DENY, { requires: SG, excludes });
    const targets = findClaims(context, DENY_TARGET, { requires: SG, excludes }).filter((t) => !named.some((n) => n.clause === t.clause));
    const claims = distinctClaims([...named, ...targets]);
    for (const claim of claims) {
      if (NONE_BEFORE.test(context.text.slice(Math.max(0, claim.start - context.start - 40), claim.start - context.start))) continue;
      report({
        start: claim.start,
        end: claim.end,
        message: 'Security groups have allow rules only; they cannot deny specific traffic. Use a network ACL deny rule (subnet level) or AWS WAF.',
      });
    }
  },
};
