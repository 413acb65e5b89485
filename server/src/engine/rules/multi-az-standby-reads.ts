import { distinctClaims, findClaims, findFrames, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';
import type { AnalyzedContext } from '../model/document-model';

const STANDBY_READS = /\bstandby\b[^.;]{0,60}\b(?:serv(?:es|e|ing)|handl(?:es|e|ing)|tak(?:es|e|ing)|absorb(?:s|ing)?|offload(?:s|ing)?|scal(?:es|e|ing))\s+(?:the\s+|our\s+|all\s+)?(?:read|reporting|analytics|SELECT)(?:s|-only)?\b(?:\s+(?:traffic|queries|requests|load|workload))?|\b(?:read|reporting|analytics)(?:-only)?\s+(?:traffic|queries|requests|load|workloads?|jobs)\b[^.;]{0,40}\b(?:to|on|from|against)\s+(?:the\s+)?(?:Multi-?AZ\s+)?standby\b|\b(?:read(?:s|ing)?|query|queries|querying)\s+(?:from|against)\s+(?:the\s+)?(?:Multi-?AZ\s+)?standby\b|\b(?:reads?|reporting|analytics|SELECTs?)(?:-only)?(?:\s+(?:traffic|queries|requests|load|workloads?|jobs))?\s+(?:are|is|get|gets|will\s+be|can\s+be)\s+(?:served|handled|absorbed|offloaded|routed|sent|directed)\s+(?:by|to|on|from)\s+(?:the\s+)?(?:RDS\s+)?(?:Multi-?AZ\s+)?standby\b/i;
const MULTI_AZ_SCALES = /\bMulti-?AZ\b[^.;]{0,60}\b(?:scal(?:e|es|ing)\s+(?:out\s+)?reads|read\s+scal(?:ing|ability)|(?:serves?|offloads?)\s+reads)\b/i;
/** What people call the standby, and the ways they say it answers reads (in either order or voice). */
const STANDBY = /\b(?:Multi-?AZ\s+)?standby(?:\s+(?:instance|replica|node|DB|database|copy|server))?\b/i;
const STANDBY_FRAMES: readonly ClaimFrame[] = [
  // "the standby takes the reporting queries", "reporting reads are served by the standby"
  {
    subject: STANDBY,
    predicate: /\b(?:serv|handl|tak|absorb|offload|accept|process|answer|run|field|carr)(?:e|es|ed|ing|s)?\s+(?:(?!no\b|zero\b|any\b)[\w-]+\s+){0,2}?(?:reads?|read[- ]only|reporting|reports|analytics|SELECTs?|BI|dashboards?|quer(?:y|ies))\b|\b(?:reads?|reporting|reports|analytics|SELECTs?|BI|dashboards?|quer(?:y|ies))\b(?:\s+[\w-]+){0,3}?\s+(?:is|are|get|gets|will\s+be|can\s+be)\s+(?:served|handled|absorbed|offloaded|answered|run|routed|sent|directed|pointed)\b/i,
    reach: 40,
  },
  // The standby named as Multi-AZ's and the reads in one clause, in any order or voice: "dashboards point at
  // the Multi-AZ standby", "the Multi-AZ standby took the read traffic", "reads through the Multi-AZ standby".
  {
    subject: /\bMulti-?AZ\s+(?:DB\s+)?(?:instance\s+)?standby\b/i,
    predicate: /(?<!\b(?:no|zero|any|not|never)\s{1,4})\b(?:reads|read(?:[- ]only)?\s+(?:traffic|queries|requests|load|workloads?|users|endpoint)|reporting|reports?|dashboards?|analytics|BI|SELECTs?|quer(?:y|ies))\b(?!\s+replicas?)/i,
    reach: 80,
  },
  // "the standby doubles as a read replica", "use the standby as a reporting copy"
  {
    subject: STANDBY,
    predicate: /\b(?:doubles?|acts?|works?|serves?|functions?|used|usable|use[sd]?)\s+as\s+(?:an?\s+|the\s+|our\s+)?(?:read(?:[- ]only)?|reporting|analytics)\s+(?:replica|copy|endpoint|node|instance|database)\b/i,
    reach: 30,
  },
];
/** "analysts query the standby directly", "read traffic can go to the standby", "point the BI tool at the standby". */
const STANDBY_DIRECT =
  /\b(?:quer(?:y|ies|ying)|read(?:s|ing)?\s+from|connect(?:s|ing)?\s+to)\s+(?:the\s+|our\s+|its\s+)?(?:Multi-?AZ\s+)?standby\b|\b(?:read|reporting|analytics|BI|SELECT)(?:[- ]only)?\s+(?:traffic|queries|requests|load|workloads?|jobs|connections|users)\s+(?:can\s+|will\s+|should\s+)?(?:go(?:es)?|land|hit|flow)\s+to\s+(?:the\s+)?(?:Multi-?AZ\s+)?standby\b|\bpoint(?:s|ed|ing)?\s+(?:the\s+|our\s+)?(?:BI|reporting|analytics|read|dashboard)[\w -]{0,20}?\s+at\s+(?:the\s+)?(?:Multi-?AZ\s+)?standby\b/i;
const CLUSTER = /\bMulti-?AZ\s+DB\s+clusters?\b|\breadable\s+standbys?\b|\bDB cluster\b|\bAurora\b|\bread replicas?\s+(?:serve|take|handle)/i;

const CLUSTER_OR_OTHER = new RegExp(`${CLUSTER.source}|\\b(?:warm|hot|cold)\\s+standby\\b|\\bpilot light\\b|\\bstandby\\s+(?:Region|site|cluster)\\b|\\bElastiCache\\b|\\bRedis\\b|\\bValkey\\b|\\bMemcached\\b|\\bOpenSearch\\b|\\bDocumentDB\\b|\\bNeptune\\b|\\bMSK\\b|\\bnew\\s+primary\\b|\\bafter\\s+(?:a\\s+|the\\s+)?fail-?over\\b|\\bbecomes?\\s+(?:the\\s+)?(?:new\\s+)?(?:primary|writer)\\b|\\bpromot\\w*`, 'i');

function aboutMultiAzInstance(context: AnalyzedContext): boolean {
  const said = [context.text, ...context.parents.map((p) => p.text)].join(' ');
  return /\bMulti-?AZ\b/i.test(said) || (/\bRDS\b/.test(said) && /\bstandby\b/i.test(said));
}

export const multiAzStandbyReads: ContextRule = {
  id: 'multi-az-standby-reads',
  scope: 'context',
  cue: { words: ['multi', 'standby'] },
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
      { text: 'The dashboards are pointed at the Multi-AZ standby of orders-db so they do not load the primary.', count: 1 },
    ],
    pass: [
      'The Multi-AZ standby serves no reads; reporting uses a read replica.',
      'A Multi-AZ DB cluster has two readable standbys that serve read traffic.',
      'Multi-AZ gives failover; read replicas scale reads.',
      'Reporting queries cannot be served by the Multi-AZ standby, so they go to a read replica.',
      'In the Multi-AZ DB cluster, reporting queries are served by a readable standby.',
      'Reporting uses a read replica, not the Multi-AZ standby.',
      'The Multi-AZ standby is for failover only; dashboards read from a replica.',
      'The Multi-AZ standby never serves reports.',
    ],
  },
  check(context, report) {
    if (!/\bMulti-?AZ\b|\bstandby\b/i.test(context.text)) return;
    const matches = [STANDBY_READS, MULTI_AZ_SCALES].flatMap((re) =>
      findClaims(context, re, { excludes: CLUSTER_OR_OTHER, requires: re === STANDBY_READS ? /\bMulti-?AZ\b|\bRDS\b|\bstandby\b/i : undefined }));
    // The paraphrases need the deployment named in the sentence or its parent item: "standby" alone is also
    // a DR strategy (warm standby) or another service's replica.
    if (aboutMultiAzInstance(context)) {
      matches.push(...findFrames(context, STANDBY_FRAMES, { excludes: CLUSTER_OR_OTHER }), ...findClaims(context, STANDBY_DIRECT, { excludes: CLUSTER_OR_OTHER }));
    }
    for (const claim of distinctClaims(matches)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A Multi-AZ DB instance standby is for failover only and serves no reads; use read replicas, or a Multi-AZ DB cluster (readable standbys).',
      });
    }
  },
};
