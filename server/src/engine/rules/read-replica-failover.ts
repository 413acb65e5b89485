import { findClaims, findFrames } from './kit/claims';
import type { ContextRule } from './kit/types';

const READ_REPLICA = /\bread[- ]replicas?\b/i;
/** Engines and deployments whose replicas are promoted automatically, and text about promotion done by tooling. */
const AUTOMATIC_ELSEWHERE =
  /\bAurora\b|\bDocumentDB\b|\bNeptune\b|\bElastiCache\b|\bRedis\b|\bValkey\b|\bMemoryDB\b|\bOpenSearch\b|\bMulti-?AZ\s+DB\s+clusters?\b|\bLambda\b|\bscript\w*\b|\brunbook\b|\bautomation\b|\bStep Functions\b|\bEventBridge\b|\bRegion switch\b|\bARC\b|\bcustom\b|\bMulti-?AZ\s+read\s+replicas?\b|\bread\s+replicas?\s+(?:can\s+be\s+|is\s+|are\s+|configured\s+as\s+|with\s+)Multi-?AZ\b/i;
const AUTO_FAILOVER =
  /\bautomatic(?:ally)?\s+(?:fail(?:s|ed)?\s*over|failover|promot\w*|take\s+over|takeover|becomes?\s+(?:the\s+)?(?:new\s+)?(?:primary|writer|master))\b|\b(?:fail(?:s)?\s*over|(?:is|are|gets?|get)\s+promoted|takes?\s+over|becomes?\s+(?:the\s+)?(?:new\s+)?(?:primary|writer|master))\s+automatically\b|\bprovides?\s+(?:automatic\s+)?(?:HA|high\s+availability)\s+with\s+automatic\s+failover\b/i;

/** The promotion said with the replica as its object: "RDS promotes one of our read replicas automatically", "by itself". */
const PROMOTES_REPLICA =
  /\bpromot(?:e|es|ed|ing)\s{1,4}(?:one\s{1,4}of\s{1,4})?(?:the\s{1,4}|our\s{1,4}|its\s{1,4}|their\s{1,4}|a\s{1,4})?(?:[\w-]{1,30}\s{1,4})?read[- ]replicas?\s{1,4}(?:automatically|by\s{1,4}itself|on\s{1,4}its\s{1,4}own)\b|\breplicas?\s{1,4}(?:`[\w-]{1,40}`\s{1,4}|[\w-]{1,40}\s{1,4})?(?:got|gets|was|were)\s{1,4}promoted\s{1,4}(?:automatically|by\s{1,4}itself|on\s{1,4}its\s{1,4}own)\b/i;

export const readReplicaFailover: ContextRule = {
  id: 'read-replica-failover',
  scope: 'context',
  cue: { words: ['read', 'replica'] },
  description: 'RDS read replicas said to fail over or be promoted automatically.',
  rationale:
    'An RDS read replica is an asynchronous copy for reads. If the primary fails it stays a replica until you promote it (console, CLI, ' +
    'API or your own automation), which reboots it and may lose the last writes. Automatic failover comes from a Multi-AZ deployment. ' +
    'Aurora Replicas, Multi-AZ DB clusters and other engines whose replicas are promoted automatically are not flagged.',
  severity: 'error',
  category: 'behaviour',
  facts: ['rds.read-replica-promotion', 'rds.multi-az-standby'],
  fixable: false,
  examples: {
    flag: [
      { text: 'RDS read replicas fail over automatically when the primary dies.', flagged: ['read replicas fail over automatically'] },
      { text: 'If the primary fails, a read replica is promoted automatically.', flagged: ['read replica is promoted automatically'] },
      { text: 'The MySQL read replica gives us automatic failover to the DR Region.', flagged: ['read replica gives us automatic failover'] },
      { text: 'A read replica automatically becomes primary when the source fails.', flagged: ['read replica automatically becomes primary'] },
      { text: 'If the primary fails, RDS promotes one of our read replicas automatically and DNS follows.', count: 1 },
      { text: 'Replica `orders-rr-2` got promoted automatically when the old primary went away.', count: 1 },
    ],
    pass: [
      'RDS read replicas do not fail over automatically; we promote one by hand.',
      'Aurora Replicas are promoted automatically if the writer fails.',
      'Multi-AZ gives automatic failover; read replicas scale reads.',
      'A Lambda function promotes the read replica automatically when the alarm fires.',
      'RDS never promotes a read replica automatically; the on-call engineer does.',
      'Aurora promotes one of the replicas automatically when the writer fails.',
    ],
  },
  check(context, report) {
    if (!/\breplicas?\b/i.test(context.text)) return;
    const frames = READ_REPLICA.test(context.text) ? findFrames(context, [{ subject: READ_REPLICA, predicate: AUTO_FAILOVER, reach: 40 }], { excludes: AUTOMATIC_ELSEWHERE }) : [];
    const promoted = findClaims(context, PROMOTES_REPLICA, { excludes: AUTOMATIC_ELSEWHERE }).filter((c) => !frames.some((f) => f.clause === c.clause));
    for (const claim of [...frames, ...promoted]) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'An RDS read replica is not failed over automatically: it must be promoted (by you or your automation); automatic failover comes from Multi-AZ.',
      });
    }
  },
};
