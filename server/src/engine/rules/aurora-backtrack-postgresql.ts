import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const BACKTRACK = /\bBacktrack(?:ing|s|ed)?\b/i;
const POSTGRES = /\b(?:Aurora\s+)?(?:PostgreSQL|Postgres)(?:-compatible)?\b/i;
/**
 * Backtrack on Aurora PostgreSQL: "Backtrack the Aurora PostgreSQL cluster to 09:00", "Aurora
 * PostgreSQL supports Backtrack", "we enable Backtrack on the Postgres cluster". Backtrack exists for
 * Aurora MySQL only.
 */
const ON_POSTGRES: readonly ClaimFrame[] = [
  { subject: BACKTRACK, predicate: POSTGRES, reach: 40, rival: /\bMySQL\b|\bpoint-in-time\b|\bPITR\b|\bclone\w*|\bsnapshots?\b/i },
];

export const auroraBacktrackPostgresql: ContextRule = {
  id: 'aurora-backtrack-postgresql',
  scope: 'context',
  cue: { words: ['backtrack'] },
  description: 'Aurora Backtrack used with Aurora PostgreSQL, although Backtrack exists for Aurora MySQL only.',
  rationale:
    'Backtrack rewinds an Aurora cluster in place to an earlier time within its backtrack window (at most 72 hours), without restoring ' +
    'a backup. It is available for Aurora MySQL-Compatible Edition only and must be turned on for the cluster. An Aurora PostgreSQL ' +
    'cluster recovers from a bad change with point-in-time restore to a new cluster, or a clone, instead. Statements that name MySQL, ' +
    'point-in-time restore, clones or snapshots between the two are not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['aurora.backtrack'],
  fixable: false,
  examples: {
    flag: [
      { text: 'After a bad deploy we backtrack the Aurora PostgreSQL cluster by an hour.', flagged: ['backtrack the Aurora PostgreSQL'] },
      { text: 'Aurora PostgreSQL supports Backtrack with a 24-hour window.', flagged: ['Aurora PostgreSQL supports Backtrack'] },
      { text: 'Backtrack is enabled on the orders Postgres cluster.', flagged: ['Backtrack is enabled on the orders Postgres'] },
    ],
    pass: [
      'Backtrack is available for Aurora MySQL only; the PostgreSQL cluster uses point-in-time restore.',
      'Aurora PostgreSQL does not support Backtrack.',
      'Can we backtrack the Aurora PostgreSQL cluster?',
      'We backtrack the Aurora MySQL cluster; the PostgreSQL reporting database is restored from snapshots.',
      'Unlike Aurora MySQL, Aurora PostgreSQL has no Backtrack.',
    ],
  },
  check(context, report) {
    if (!BACKTRACK.test(context.text) || !POSTGRES.test(context.text) || /\bMySQL\b/i.test(context.text) || /\b(?:no|without)\s+(?:\w+\s+)?backtrack/i.test(context.text)) return;
    for (const claim of assertedClaims(context, ON_POSTGRES)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Backtrack exists for Aurora MySQL only; an Aurora PostgreSQL cluster recovers with point-in-time restore or a clone.',
      });
    }
  },
};
