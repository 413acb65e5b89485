import { FIRST_PERSON } from '../assertions/quantity-binding';
import { findFact, getService, requireFact } from '../../facts/catalog';
import type { Fact } from '../../facts/types';
import { formerCountUntil } from './outdated-ceiling';
import { clauses } from '../parse/clauses';
import { REQUIREMENT } from './kit/limit-rule';
import { NEGATION, saysHistory } from './kit/helpers';
import type { ContextRule } from './kit/types';
import { SPELLED_COUNT, numberValue } from '../util/number-words';

/** Service id → the fact giving its replica maximum. */
const REPLICA_FACTS: Readonly<Record<string, string>> = {
  rds: 'rds.read-replicas',
  postgresql: 'postgresql.read-replicas',
  mysql: 'mysql.read-replicas',
  mariadb: 'mariadb.read-replicas',
  oracle: 'oracle.read-replicas',
  sqlserver: 'sqlserver.read-replicas',
  db2: 'db2.read-replicas',
  aurora: 'aurora.read-replicas',
  'aurora-mysql': 'aurora-mysql.replicas',
  'aurora-postgresql': 'aurora-postgresql.replicas',
  documentdb: 'documentdb.read-replicas',
  neptune: 'neptune.read-replicas',
  elasticache: 'elasticache.replicas',
};

/** "read replicas, up to 15 per source": the noun first, then the count per source. */
const PER_SOURCE = new RegExp(String.raw`\b(?:read[- ]?replicas?|replicas?|reader instances)\b[^.;:]{0,40}?\bup\s+to\s+(\d{1,3}|${SPELLED_COUNT})\s+(?:per|for\s+each|for\s+one)\s+(?:source|primary|master|(?:DB\s+)?instance|database|cluster)\b`, 'gi');

const COUNT = new RegExp(String.raw`\b(\d{1,3}|${SPELLED_COUNT})\s+(?:(?:cross-Region|in-Region|Aurora|RDS|MySQL|PostgreSQL|Oracle|reader)\s+)?(?:read[- ]?replicas?|replicas?|reader instances|readers)\b`, 'gi');

/** "up to five", "a maximum of 5", "at most 5": the count is stated as the engine's ceiling. */
const CEILING_BEFORE = /\b(?:up\s+to|max(?:imum)?(?:\s+of)?|at\s+most|no\s+more\s+than|limit(?:ed)?\s+(?:of|to|is))\s*$/i;

/**
 * A count below the engine's maximum stated as that maximum, in the present and not as the writer's own
 * plan or a requirement: what to say after "allows up to N now;" ("5 was the maximum until October
 * 2022" for MySQL, or "5 is lower" where no former figure matches: a ceiling misremembered).
 */
function lowerCeiling(fact: Fact, value: number, before: string, clause: string): string | undefined {
  if (!CEILING_BEFORE.test(before) || FIRST_PERSON.test(clause) || REQUIREMENT.test(clause)) return undefined;
  const until = formerCountUntil(fact, value);
  if (until) return `${value} was the maximum until ${until}`;
  // No former figure: only a clause about what the engine allows, not what a cluster runs ("runs up to 5").
  return CAPABILITY.test(before) ? `${value} is lower` : undefined;
}

/** The engine's capability, not a deployment's size: "supports", "allows", "can have", "a maximum of". */
const CAPABILITY = /\b(?:supports?|allows?|permits?|can|lets\s+you|limited\s+to|limit\s+(?:is|of)|max(?:imum)?|caps?\s+(?:at|of)|capped\s+at|tops?\s+out)\b/i;

export const readReplicaCount: ContextRule = {
  id: 'read-replica-count',
  scope: 'context',
  cue: { has: ['service'] },
  description: 'More read replicas than the engine allows (15 for MySQL, MariaDB, PostgreSQL and Aurora; 5 for Oracle and SQL Server; 3 for Db2).',
  rationale:
    'RDS for MySQL, MariaDB and PostgreSQL allow 15 read replicas per source, RDS for Oracle and SQL Server 5, RDS for Db2 3; an Aurora cluster ' +
    'has up to 15 Aurora Replicas, ElastiCache (Valkey/Redis OSS) 5 replicas per shard. The engine is the nearest one named in the statement.',
  severity: 'error',
  category: 'limits',
  facts: Object.values(REPLICA_FACTS),
  fixable: true,
  examples: {
    flag: [
      {
        text: 'RDS for PostgreSQL supports up to 5 read replicas.',
        flagged: ['5'],
        output: 'RDS for PostgreSQL supports up to 15 read replicas.',
      },
      // Spelled out, as in prose: any number a speaker says, not a list of words.
      {
        text: 'Our Aurora cluster will have seventeen Aurora Replicas behind the reader endpoint.',
        flagged: ['seventeen'],
        output: 'Our Aurora cluster will have 15 Aurora Replicas behind the reader endpoint.',
      },
      {
        text: 'The reporting tier runs 8 read replicas of the RDS for Oracle instance.',
        flagged: ['8'],
        output: 'The reporting tier runs 5 read replicas of the RDS for Oracle instance.',
      },
      {
        text: 'RDS for Oracle read replicas, up to 15 per source.',
        flagged: ['15'],
        output: 'RDS for Oracle read replicas, up to 5 per source.',
      },
      // A ceiling stated lower than the engine's, with no former figure behind it: a warning.
      {
        text: 'Aurora PostgreSQL can have at most 5 replicas.',
        flagged: ['5'],
        output: 'Aurora PostgreSQL can have at most 15 replicas.',
      },
      {
        text: 'Aurora PostgreSQL scales reads with 20 Aurora Replicas.',
        flagged: ['20'],
        output: 'Aurora PostgreSQL scales reads with 15 Aurora Replicas.',
      },
      {
        text: '| Database | Engine | Read replicas |\n| --- | --- | --- |\n| ledger | SQL Server | 6 |',
        flagged: ['6'],
        output: '| Database | Engine | Read replicas |\n| --- | --- | --- |\n| ledger | SQL Server | 5 |',
      },
    ],
    pass: [
      'RDS for MySQL supports up to 15 read replicas.',
      'We run up to 5 read replicas of the RDS for PostgreSQL instance.',
      'RDS for Oracle supports up to 5 read replicas.',
      'RDS for MySQL read replicas: up to 15 per source DB instance.',
      'The reporting tier runs 3 read replicas of the RDS for Oracle instance.',
      'Aurora Global Database supports up to 16 read replicas across multiple regions.',
      'Keep the Aurora PostgreSQL cluster at most 5 replicas to hold the budget.',
      'The Aurora cluster runs up to 5 replicas during the sale and 2 otherwise.',
    ],
  },
  check(context, report) {
    if (context.kind === 'code') return;
    for (const clause of clauses(context)) {
      if (NEGATION.test(clause.text) || saysHistory(clause.text)) continue;
      const hits: Array<{ start: number; end: number; value: number }> = [];
      COUNT.lastIndex = 0;
      for (let m = COUNT.exec(clause.text); m; m = COUNT.exec(clause.text)) {
        const raw = m[1] ?? '';
        const value = numberValue(raw) ?? 0;
        hits.push({ start: clause.start + m.index, end: clause.start + m.index + raw.length, value });
      }
      PER_SOURCE.lastIndex = 0;
      for (let m = PER_SOURCE.exec(clause.text); m; m = PER_SOURCE.exec(clause.text)) {
        const raw = m[1] ?? '';
        const at = m.index + m[0].lastIndexOf(raw, m[0].length - 1);
        hits.push({ start: clause.start + at, end: clause.start + at + raw.length, value: numberValue(raw) ?? 0 });
      }
      // Table rows: a bare number under a "replicas" header.
      if (context.kind === 'tableRow' && context.cells && context.header) {
        context.cells.forEach((cell, i) => {
          if (!/\breplicas?\b/i.test(context.header?.[i]?.text ?? '')) return;
          const m = /^\s*(\d{1,3})\s*$/.exec(cell.text);
          if (m?.[1]) hits.push({ start: cell.start, end: cell.start + m[1].length, value: Number(m[1]) });
        });
      }
      for (const hit of hits) {
        // The engine: the nearest service with a replica fact; a service without one (Global Database) wins and silences.
        let best: { id: string; distance: number } | undefined;
        for (const s of context.services) {
          const distance = s.end <= hit.start ? hit.start - s.end : (s.start - hit.end) * 1.5;
          if (!best || distance < best.distance) best = { id: s.serviceId, distance };
        }
        if (!best) continue;
        const factId = REPLICA_FACTS[best.id];
        if (!factId || !findFact(factId)) continue;
        const fact = requireFact(factId);
        const v = fact.value;
        const max = v.type === 'number' ? v.value : undefined;
        if (max === undefined) continue;
        const name = getService(best.id)?.name ?? best.id;
        if (hit.value < max) {
          const lower = lowerCeiling(fact, hit.value, context.text.slice(Math.max(0, hit.start - context.start - 32), hit.start - context.start), clause.text);
          if (lower) {
            report({
              start: hit.start,
              end: hit.end,
              severity: 'warning',
              factIds: [factId],
              message: `${name} allows up to ${max} read replicas now; ${lower}.`,
              fixes: [{ title: `Use ${max}`, edits: [{ start: hit.start, end: hit.end, newText: String(max) }], safe: false }],
            });
          }
          continue;
        }
        if (hit.value === max) continue;
        report({
          start: hit.start,
          end: hit.end,
          factIds: [factId],
          message: `${name} allows at most ${max} read replicas; ${hit.value} is more.`,
          fixes: [{ title: `Use ${max}`, edits: [{ start: hit.start, end: hit.end, newText: String(max) }], safe: false }],
        });
      }
    }
  },
};
