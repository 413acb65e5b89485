import { distinctClaims, findClaims, findFrames, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';
import { escapeRegExp } from '../util/text';

// "peering is transitive", "transitive peering", "A peers with B and B peers with C, so A can reach C", "via the hub VPC over peering"
const TRANSITIVE = /\bpeered\s+VPCs?\s+(?:can\s+)?(?:reach|talk\s+to|access|use)\s+(?:each\s+other's|one\s+another's|their)\s+(?:own\s+)?peers\b|\b(?:VPC\s+)?peering(?:\s+connections?)?\s+(?:is|are)\s+(?:fully\s+)?transitive\b|\btransitive(?:ly)?\s+(?:VPC\s+)?peer(?:ing|ed)?\b|\bpeer(?:ing|ed)?\b[^.;]{0,60}\b(?:routes?|traffic|reach(?:es)?|talks?)\s+transitively\b/i;
// Names and gaps bounded: an unbounded name rescanned every long word from each start (probe D10).
const CHAIN = /\b([\w-]{1,64})\s{1,8}(?:peers|is peered)\s+with\s{1,8}([\w-]{1,64})\b[^.;]{0,40}\b\2\s+(?:peers|is peered)\s+with\s{1,8}([\w-]{1,64})\b[^.;]{0,60}\b\1\s+(?:can|will|is able to|could)\s+(?:reach|talk to|access|connect to|communicate with|route to)\s+\3\b/i;
const HUB = /\b(?:through|via|over|across)\s+(?:the\s+)?(?:hub|transit|shared[- ]services|central|egress)\s+VPC\b[^.;]{0,60}\b(?:peering|peered)\b|\b(?:peering|peered)\b[^.;]{0,60}\b(?:through|via|across)\s+(?:the\s+)?(?:hub|transit|central)\s+VPC\b|\bhub[- ]and[- ]spoke\b[^.;]{0,40}\bover\s+VPC\s+peering\b|\btransit\s+hub\s+(?:over|using|with)\s+(?:VPC\s+)?peering\b/i;

const NOT_PEERING = /\bnon-?transitive\b|\bintransitive\b|\bTransit Gateway\b|\bTGW\b|\bCloud WAN\b|\bVPN\b|\bDirect Connect\b|\bDX\b|\bproxy\b|\bNAT\b|\bfirewall appliance\b|\bGWLB\b|\bPrivateLink\b|\bendpoint\b/i;
/** The same, for a text whose every transit gateway is said to be absent. */
const NOT_PEERING_NO_GATEWAY = /\bnon-?transitive\b|\bintransitive\b|\bCloud WAN\b|\bVPN\b|\bDirect Connect\b|\bDX\b|\bproxy\b|\bNAT\b|\bfirewall appliance\b|\bGWLB\b|\bPrivateLink\b|\bendpoint\b/i;
const GATEWAY = /\bTransit Gateway\b|\bTGW\b/gi;
/** "without a transit gateway", "so no TGW needed": a gateway said to be absent is no other path. */
const ABSENT_GATEWAY = /\b(?:without|no|not|instead of|skipping|avoiding|bypassing) (?:a |an |the |any |touching the |needing a |using a )?(?:Transit Gateway|TGW)\b/gi;

/** The exclusions for a text: a gateway is another path unless every one it names is said to be absent. */
function notPeering(text: string): RegExp {
  const gateways = text.match(GATEWAY)?.length ?? 0;
  return gateways > 0 && (text.match(ABSENT_GATEWAY)?.length ?? 0) === gateways ? NOT_PEERING_NO_GATEWAY : NOT_PEERING;
}
/** "traffic can transit the peered prod VPC", "the hub VPC relays traffic between the peered spokes". */
const THROUGH_PEERED_VPC =
  /\b(?:transit(?:s|ing)?|travers(?:e|es|ing)|(?:pass(?:es|ing)?|hop(?:s|ping)?|rout(?:e|es|ed|ing)|go(?:es)?|flow(?:s|ing)?|relay(?:s|ed|ing)?)\s+(?:through|via|across))\s+(?:the\s+|a\s+|an\s+)?(?:peered|peer|middle|intermediate)\s+(?:[\w-]+\s+){0,2}?VPC\b|\b(?:forward(?:s|ed|ing)?|relay(?:s|ed|ing)?|rout(?:e|es|ed|ing))\s+(?:the\s+)?traffic\s+between\s+(?:(?:the\s+)?(?:peered\s+)?(?:spokes|peers|peered\s+VPCs|spoke\s+VPCs)|them|both|the\s+two|each\s+other)\b|\breach(?:es|ed|ing)?\s+[\w-]{1,40}\s+(?:through|via|over|across)\s+(?:the\s+)?(?:[\w-]{1,40}'s|hub|shared[- ]services|transit|central|middle)\s+(?:VPC\s+)?peering\b/i;
/** "… by routing through partners-vpc over the two peering connections": one network between two peerings. */
const OVER_TWO_PEERINGS = /\b(?:hop(?:s|ping)?|pass(?:es|ing)?|go(?:es|ing)?|rout(?:e|es|ed|ing))\s+(?:across|over|through)\s+(?:the\s+)?(?:two|both)\s+(?:VPC\s+)?peering(?:s|\s+connections)?\b|\b(?:through|via|across)\s+(?:the\s+)?[\w-]{1,40}(?:\s+VPC)?\s+(?:over|across|using)\s+(?:the\s+|its\s+|their\s+)?(?:two|both)\s+(?:VPC\s+)?peering(?:s|\s+connections)?\b/i;
/** Traffic that crosses a peered VPC to a third network, in the words people use. */
const PEER = /\bpeer(?:s|ed|ings?)?\b/i;
/**
 * What a third network is reached through: a name, not the link itself ("through the peering
 * connection" is the direct path) nor a device that does route ("through the NLB").
 */
const THROUGH_NETWORK = String.raw`(?:through|via|across|by way of)\s+(?:the\s+)?(?:peered\s+)?(?:VPC\s+)?(?!(?:peering|pcx|connections?|links?|tunnels?|internet|load\s+balancers?|ALB|NLB|proxy|gateway|API|endpoints?)\b)[\w-]{1,40}\b`;
/** The network a frame's path goes through: the name at the end of its match. */
const THROUGH_TARGET = /(?:through|via|across|by way of)\s+(?:the\s+)?(?:peered\s+)?(?:VPC\s+)?([\w-]{1,40})\s*$/i;
/** The same path words anywhere, left out when looking for the name in the peering statement itself. */
const THROUGH_TARGET_ANYWHERE = /(?:through|via|across|by way of)\s+(?:the\s+)?(?:peered\s+)?(?:VPC\s+)?[\w-]{1,40}/gi;
const TRANSIT_FRAMES: readonly ClaimFrame[] = [
  // "A peers with B and B peers with C, so A reaches C through B"; "A and C are both peered with the hub. A reaches C's API through the hub."
  {
    subject: PEER,
    predicate: new RegExp(
      String.raw`\b(?:(?:reach(?:es)?|talks?\s+to|access(?:es)?|connects?\s+to|communicates?\s+with|routes?\s+to|gets?\s+to)\s+(?:[\w-]{1,40}\s+){1,3}?|(?:by\s+)?(?:routing|hopping|going|passing)\s+|(?:is|are|gets?|was|were)\s+routed\s+)` + THROUGH_NETWORK,
      'i',
    ),
    subjectInSentence: true,
    subjectInScope: true,
    ordered: true,
    reach: 120,
  },
];

export const peeringTransitive: ContextRule = {
  id: 'peering-transitive',
  scope: 'context',
  // The frame's peering may be in the sentence before: its path words cue it too.
  cue: { words: ['peer', 'through', 'via', 'across'] },
  description: 'VPC peering described as transitive (a hub VPC routing between peers).',
  rationale:
    'VPC peering is not transitive: if A peers with B and B with C, A cannot reach C through B, nor use B\'s internet gateway, NAT, VPN or ' +
    'Direct Connect. Each pair that must talk needs its own peering and routes; a hub-and-spoke design uses Transit Gateway or Cloud WAN.',
  severity: 'error',
  category: 'behaviour',
  facts: ['vpc-peering.transitive'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'Because VPC-A peers with VPC-B and VPC-B peers with VPC-C, VPC-A can reach VPC-C.',
        flagged: ['VPC-A peers with VPC-B and VPC-B peers with VPC-C, VPC-A can reach VPC-C'],
      },
      { text: 'Spokes talk to each other through the hub VPC over VPC peering.', flagged: ['through the hub VPC over VPC peering'] },
      { text: 'VPC peering is transitive, so one peering to the shared VPC is enough.', flagged: ['VPC peering is transitive'] },
      { text: 'We build a transit hub over VPC peering for the 12 spoke accounts.', flagged: ['transit hub over VPC peering'] },
      // The effect in other words: the peered VPC forwards between them; a third VPC reached through another's peering.
      { text: 'The hub VPC is peered with both spokes and forwards traffic between them.', flagged: ['forwards traffic between them'] },
      { text: "The partner reaches spoke-b through the hub's peering connection.", flagged: ["reaches spoke-b through the hub's peering"] },
      { text: 'Billing reaches the EDI hosts by routing through partners-vpc over the two peering connections.', flagged: ['through partners-vpc over the two peering connections'] },
      // The peering said in the sentence before, the path in the next.
      { text: 'Orders and stock are both peered with the hub VPC. Orders reaches the stock API through the hub.', flagged: ['reaches the stock API through the hub'] },
      // A gateway said to be absent is no other path; the effect said of peers in general.
      {
        text: 'Shared is peered with both eu and us, so eu reaches us through shared without a transit gateway.',
        flagged: ['reaches us through shared'],
      },
      { text: "Peered VPCs can reach each other's peers, so only the hub needs routes.", flagged: ["Peered VPCs can reach each other's peers"] },
    ],
    pass: [
      'Peering is non-transitive, so spoke-to-spoke traffic uses Transit Gateway.',
      'VPC peering is not transitive.',
      'VPC-A peers with VPC-B; VPC-B peers with VPC-C over a separate connection.',
      'Spokes reach each other through the Transit Gateway, not through the hub VPC peering.',
      'The client VPC reaches the API through the peering connection between the two VPCs.',
      'Orders is peered with stock. Orders reaches the stock API through the NLB in front of it.',
      'Edge is peered with the hub. Edge cannot reach core through the hub, because peering is not transitive.',
      'Prod is peered with shared. Engineers reach the prod hosts through the bastion.',
      'The firewall VPC forwards traffic between them through the Transit Gateway; each spoke is also peered with the logging VPC.',
      'Orders is peered with stock; traffic is routed through it to the stock API.',
    ],
  },
  check(context, report) {
    const matches = [TRANSITIVE, CHAIN, HUB, OVER_TWO_PEERINGS].flatMap((re) => findClaims(context, re, { excludes: /\bnon-?transitive\b|\bintransitive\b|\bTransit Gateway\b|\bTGW\b|\bCloud WAN\b/i }));
    // The peering may be said in the sentence before or the parent item (the frame's scope).
    const peeringSaid = [context.text, context.lead, ...context.parents.map((p) => p.text)].filter((t) => PEER.test(t));
    if (peeringSaid.length > 0) {
      // The network passed through must be one the peering statement names ("… peered with the hub. X
      // reaches Y through the hub"), not a bastion or an ingress a later sentence mentions.
      const throughPeered = (claim: { start: number; end: number }): boolean => {
        const target = THROUGH_TARGET.exec(context.text.slice(claim.start - context.start, claim.end - context.start))?.[1];
        if (target === undefined) return true;
        // "Both are peered with shared-services, and traffic is routed through it": the pronoun is the peered network.
        // Only in a hub's shape ("both are peered with"): "X is peered with Y; traffic is routed through it" is the peering itself.
        if (/^(?:it|them)$/i.test(target)) return /\b(?:both|each|all)\b[^.;]{0,40}\bpeered\b|\bpeered\s+with\s+(?:both|each|all)\b/i.test(context.text);
        const named = new RegExp(`(?<![\\w-])${escapeRegExp(target)}(?![\\w-])`, 'i');
        return peeringSaid.some((t) => named.test(t.replace(THROUGH_TARGET_ANYWHERE, ' ')));
      };
      const excludes = notPeering(context.text);
      matches.push(...findFrames(context, TRANSIT_FRAMES, { excludes }).filter(throughPeered), ...findClaims(context, THROUGH_PEERED_VPC, { excludes }));
    }
    // One sentence, one finding: "peering is transitive, so the hub forwards traffic between the spokes" says it twice.
    for (const claim of distinctClaims(matches).sort((a, b) => a.start - b.start).slice(0, 1)) {
      // The peering said only in the sentence before or a parent item: inherited, so at most a warning.
      report({
        start: claim.start,
        end: claim.end,
        ...(PEER.test(context.text) ? {} : { severity: 'warning' as const }),
        message: 'VPC peering is not transitive: traffic cannot pass through a peered VPC to a third network. Peer each pair, or use Transit Gateway.',
      });
    }
  },
};
