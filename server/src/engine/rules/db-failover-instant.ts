import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const FAILOVER = /\bfail-?overs?\b/i;
/** The verb: "Aurora fails over instantly". */
const FAILS_OVER = /\bfail(?:s|ed|ing)?\s+over\b/i;
/** The managed databases whose failover the facts describe (not a Route 53 or load-balancer failover). */
const DATABASE = /\bAurora\b|\bRDS\b|\bMulti-AZ\b|\bDB\s+(?:instance|cluster)\b|\bdatabase\b|\bstandby\b|\breplica\b/i;
/**
 * A failover without an outage: "failover in Aurora is instantaneous", "instant failover to the
 * standby", "failover happens immediately with zero downtime". Connections drop and the endpoint's DNS
 * moves to the promoted instance: a brief interruption (60–120 seconds for a Multi-AZ DB instance).
 */
const INSTANT: readonly ClaimFrame[] = [
  {
    subject: FAILOVER,
    predicate:
      /\b(?:is|are|happens?|occurs?|takes\s+place|completes?|done|works?)\s+(?:(?:always|basically|essentially|effectively|truly|fully)\s+)?(?:instant(?:aneous(?:ly)?|ly)?|immediate(?:ly)?)\b(?!\s+(?:notification|alert))|\b(?:with|causes?|means?|has|involves?)\s+(?:zero|no)\s+(?:downtime|interruption|outage)\b|\b(?:takes|in)\s+(?:zero|0)\s+seconds\b/i,
    reach: 30,
    ordered: true,
  },
  { subject: FAILS_OVER, predicate: /\b(?:instant(?:ly|aneously)|immediately)\b/i, reach: 2, ordered: true },
  // "Immediate failover" is as often an imminent one ("reduces immediate failover risk"): only "instant" counts here.
  { subject: /\bfail-?over\b(?!\s+(?:risks?|threats?|events?|tests?|drills?))/i, predicate: /\b(?:instant(?:aneous)?|zero[- ]downtime)\s+(?=fail-?over)/i, reach: 0, ordered: false },
];
/** Hedged or measured: "near-instant", "almost immediately", a stated duration. */
const HEDGED = /\b(?:near(?:ly)?|almost|virtually|quasi|practically|relatively|fairly)[- ]+(?:instant|immediate|zero)|\b\d+(?:\s*(?:-|to|–)\s*\d+)?\s*(?:s|sec|secs|seconds?|minutes?|mins?)\b|\bDNS\b|\bTTL\b|\bRDS\s+Proxy\b|\bRoute\s*53\b|\bload\s+balancer\b|\bGlobal\s+Accelerator\b/i;

export const dbFailoverInstant: ContextRule = {
  id: 'db-failover-instant',
  scope: 'context',
  description: 'An Aurora or RDS failover said to be instantaneous or free of downtime, although it is a brief interruption.',
  rationale:
    'When an Aurora primary or an RDS Multi-AZ primary fails, a replica or the standby is promoted and the endpoint\'s DNS name is ' +
    'pointed at it. Until then reads and writes fail and open connections are dropped, so applications must retry and reconnect: ' +
    'AWS describes a brief interruption (for a Multi-AZ DB instance typically 60–120 seconds; for Aurora with a replica, usually ' +
    'well under that). A design that promises zero downtime or an instantaneous failover overstates it. Hedged wording ("near-instant") ' +
    'or a stated duration is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['aurora.failover', 'rds-multi-az.instance-standby'],
  cue: { words: ['fail'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'Failover in Aurora is instantaneous, ensuring minimal downtime.', flagged: ['Failover in Aurora is instantaneous'] },
      { text: 'With RDS Multi-AZ, failover happens immediately and the app never notices.', flagged: ['failover happens immediately'] },
      { text: 'The Aurora replica gives us instant failover.', flagged: ['instant failover'] },
    ],
    pass: [
      'Aurora failover usually completes in under a minute; the application must reconnect.',
      'RDS Multi-AZ failover is not instantaneous.',
      'Is Aurora failover instantaneous?',
      'Failover is near-instant with RDS Proxy in front of Aurora.',
      'Route 53 failover is immediate once the health check fails.',
    ],
  },
  fromSection: { services: ['aurora', 'rds'], cue: /\bfail-?over\b/i },
  check(context, report) {
    if (!(FAILOVER.test(context.text) || FAILS_OVER.test(context.text)) || !DATABASE.test([context.text, context.lead].join(' ')) || HEDGED.test(context.text)) return;
    for (const claim of assertedClaims(context, INSTANT)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A database failover is a brief interruption, not instantaneous: connections drop until the endpoint points at the promoted instance (60–120 seconds for an RDS Multi-AZ DB instance, usually less for Aurora with a replica).',
      });
    }
  },
};
