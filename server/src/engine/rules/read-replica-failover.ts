import { findFrames } from './kit/claims';
import type { ContextRule } from './kit/types';

const READ_REPLICA = /\bread[- ]replicas?\b/i;
/** Engines and deployments whose replicas are promoted automatically, and text about promotion done by tooling. */
const AUTOMATIC_ELSEWHERE =
  /\bAurora\b|\bDocumentDB\b|\bNeptune\b|\bElastiCache\b|\bRedis\b|\bValkey\b|\bMemoryDB\b|\bOpenSearch\b|\bMulti-?AZ\s+DB\s+clusters?\b|\bLambda\b|\bscript\w*\b|\brunbook\b|\bautomation\b|\bStep Functions\b|\bEventBridge\b|\bRegion switch\b|\bARC\b|\bcustom\b|\bMulti-?AZ\s+read\s+replicas?\b|\bread\s+replicas?\s+(?:can\s+be\s+|is\s+|are\s+|configured\s+as\s+|with\s+)Multi-?AZ\b/i;
const AUTO_FAILOVER =
  /\bautomatic(?:ally)?\s+(?:fail(?:s|ed)?\s*over|failover|promot\w*|take\s+over|takeover|becomes?\s+(?:the\s+)?(?:new\s+)?(?:primary|writer|master))\b|\b(?:fail(?:s)?\s*over|(?:is|are|gets?|get)\s+promoted|takes?\s+over|becomes?\s+(?:the\s+)?(?:new\s+)?(?:primary|writer|master))\s+automatically\b|\bprovides?\s+(?:automatic\s+)?(?:HA|high\s+availability)\s+with\s+automatic\s+failover\b/i;

export const readReplicaFailover: ContextRule = {
  id: 'read-replica-failover',
  scope: 'context',
  cue: { words: ['read'] },
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
    ],
    pass: [
      'RDS read replicas do not fail over automatically; we promote one by hand.',
      'Aurora Replicas are promoted automatically if the writer fails.',
      'Multi-AZ gives automatic failover; read replicas scale reads.',
      'A Lambda function promotes the read replica automatically when the alarm fires.',
    ],
  },
  check(context, report) {
    if (!READ_REPLICA.test(context.text)) return;
    for (const claim of findFrames(context, [{ subject: READ_REPLICA, predicate: AUTO_FAILOVER, reach: 40 }], { excludes: AUTOMATIC_ELSEWHERE })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'An RDS read replica is not failed over automatically: it must be promoted (by you or your automation); automatic failover comes from Multi-AZ.',
      });
    }
  },
};
