import { findClaims } from './kit/claims';
import type { ContextRule } from './kit/types';

const STANDBY_READS = /\bstandby\b[^.;]{0,60}\b(?:serv(?:es|e|ing)|handl(?:es|e|ing)|tak(?:es|e|ing)|absorb(?:s|ing)?|offload(?:s|ing)?|scal(?:es|e|ing))\s+(?:the\s+|our\s+|all\s+)?(?:read|reporting|analytics|SELECT)(?:s|-only)?\b(?:\s+(?:traffic|queries|requests|load|workload))?|\b(?:read|reporting|analytics)(?:-only)?\s+(?:traffic|queries|requests|load|workloads?|jobs)\b[^.;]{0,40}\b(?:to|on|from|against)\s+(?:the\s+)?(?:Multi-?AZ\s+)?standby\b|\b(?:read(?:s|ing)?|query|queries|querying)\s+(?:from|against)\s+(?:the\s+)?(?:Multi-?AZ\s+)?standby\b|\b(?:reads?|reporting|analytics|SELECTs?)(?:-only)?(?:\s+(?:traffic|queries|requests|load|workloads?|jobs))?\s+(?:are|is|get|gets|will\s+be|can\s+be)\s+(?:served|handled|absorbed|offloaded|routed|sent|directed)\s+(?:by|to|on|from)\s+(?:the\s+)?(?:RDS\s+)?(?:Multi-?AZ\s+)?standby\b/i;
const MULTI_AZ_SCALES = /\bMulti-?AZ\b[^.;]{0,60}\b(?:scal(?:e|es|ing)\s+(?:out\s+)?reads|read\s+scal(?:ing|ability)|(?:serves?|offloads?)\s+reads)\b/i;
const CLUSTER = /\bMulti-?AZ\s+DB\s+clusters?\b|\breadable\s+standbys?\b|\bDB cluster\b|\bAurora\b|\bread replicas?\s+(?:serve|take|handle)/i;

export const multiAzStandbyReads: ContextRule = {
  id: 'multi-az-standby-reads',
  scope: 'context',
  description: 'A Multi-AZ DB instance standby used to serve reads.',
  rationale:
    'In a Multi-AZ DB instance deployment the standby replicates synchronously and exists only for failover: it accepts no connections and ' +
    'serves no reads. Reads scale with read replicas, or with a Multi-AZ DB cluster, whose two standbys are readable. Text that names a ' +
    'Multi-AZ DB cluster or Aurora is not flagged.',
  severity: 'error',
  category: 'behaviour',
  facts: ['rds.multi-az-standby', 'rds-multi-az.instance-standby'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'The reporting jobs read from the Multi-AZ standby so the primary stays fast.',
        flagged: ['reporting jobs read from the Multi-AZ standby'],
      },
      { text: 'Enable Multi-AZ; the standby also serves read traffic.', flagged: ['standby also serves read traffic'] },
      {
        text: 'Both RDS Read Replicas and Multi-AZ configurations help in scaling reads.',
        flagged: ['Multi-AZ configurations help in scaling reads'],
      },
      { text: 'Reporting queries are served by the Multi-AZ standby.', flagged: ['Reporting queries are served by the Multi-AZ standby'] },
    ],
    pass: [
      'The Multi-AZ standby serves no reads; reporting uses a read replica.',
      'A Multi-AZ DB cluster has two readable standbys that serve read traffic.',
      'Multi-AZ gives failover; read replicas scale reads.',
      'Reporting queries cannot be served by the Multi-AZ standby, so they go to a read replica.',
      'In the Multi-AZ DB cluster, reporting queries are served by a readable standby.',
    ],
  },
  check(context, report) {
    if (!/\bMulti-?AZ\b|\bstandby\b/i.test(context.text)) return;
    for (const re of [STANDBY_READS, MULTI_AZ_SCALES]) {
      for (const claim of findClaims(context, re, { excludes: CLUSTER, requires: re === STANDBY_READS ? /\bMulti-?AZ\b|\bRDS\b|\bstandby\b/i : undefined })) {
        report({
          start: claim.start,
          end: claim.end,
          message: 'A Multi-AZ DB instance standby is for failover only and serves no reads; use read replicas, or a Multi-AZ DB cluster (readable standbys).',
        });
      }
    }
  },
};
