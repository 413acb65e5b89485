/**
 * A database the document defines with its engine (a table row, an IaC block), used elsewhere by
 * name with another SQL engine's default port: "| billing-core | Aurora PostgreSQL |" and later
 * "billing-core apps use the cluster endpoint on 3306". `engine-port-mismatch` sees one statement at
 * a time; this rule carries the engine from the definition to the statements that name it.
 *
 * Precision first: only names that look like identifiers ("billing-core", "orders_db", "pg01"),
 * only SQL engines and their ports (a cache or exporter port next to a database name is common),
 * and nothing when the statement names an engine itself, several databases of different engines,
 * or says the port is deliberate.
 */
import { defaultPortOf, getService, servicesWithDefaultPort } from '../../facts/catalog';
import type { AnalyzedContext, Entity } from '../model/document-model';
import { DELIBERATE_PORT, ENGINE_PORT_FACTS, engineFor, engineNames } from './engine-port-mismatch';
import type { DocumentRule } from './kit/types';

const SQL_ENGINES = new Set(['postgresql', 'aurora-postgresql', 'mysql', 'aurora-mysql', 'mariadb', 'oracle', 'sqlserver']);
/** "billing-core", "orders_db", "pg01", "reporting.db": not a plain word such as "Primary". */
const IDENTIFIER = /^(?=.*[-_.\d])[A-Za-z][\w.-]{3,62}$/;
const TOKEN = /[A-Za-z][\w-]*(?:\.[\w-]+)*/g;
/** engine-port-mismatch's deliberate-port words, and a past or a source a name may still refer to. */
const DELIBERATE = new RegExp(`${DELIBERATE_PORT.source}|\\bmov(?:e|es|ed|ing) (?:from|to)\\b|\\btunnel|\\bwas\\b|\\bpreviously\\b|\\bold\\b|\\blegacy\\b|\\bon-?prem`, 'i');

interface NamedDatabase {
  readonly entity: Entity;
  readonly engineId: string;
  readonly port: number;
  readonly factId: string;
}

/** Each identifier-like database name with exactly one SQL engine family across its definitions. */
function namedDatabases(entities: readonly Entity[]): Map<string, NamedDatabase> {
  const byName = new Map<string, NamedDatabase | null>();
  for (const entity of entities) {
    if (entity.kind !== 'database' || !IDENTIFIER.test(entity.name)) continue;
    const engine = engineFor(entity.context);
    const key = entity.name.toLowerCase();
    const known = byName.get(key);
    if (!engine || !SQL_ENGINES.has(engine.mention.serviceId)) {
      byName.set(key, null);
      continue;
    }
    const db: NamedDatabase = { entity, engineId: engine.mention.serviceId, port: engine.port, factId: engine.factId };
    byName.set(key, known === undefined ? db : known && known.port === db.port ? known : null);
  }
  const out = new Map<string, NamedDatabase>();
  for (const [name, db] of byName) if (db) out.set(name, db);
  return out;
}

/** The databases a statement names (a name, or the first label of a host name: "billing-core.cluster-…"). */
function named(context: AnalyzedContext, databases: Map<string, NamedDatabase>): NamedDatabase[] {
  const found = new Set<NamedDatabase>();
  for (const m of context.text.matchAll(TOKEN)) {
    const token = m[0].toLowerCase();
    const db = databases.get(token) ?? databases.get(token.split('.')[0] ?? '');
    if (db) found.add(db);
  }
  return [...found];
}

export const namedDbPortMismatch: DocumentRule = {
  id: 'named-db-port-mismatch',
  scope: 'document',
  description: "A database the document defines with its engine, named elsewhere with another SQL engine's default port.",
  rationale:
    'When a table or an IaC block says `billing-core` is Aurora PostgreSQL, a later "billing-core apps use the cluster endpoint on 3306" ' +
    'gives it the MySQL port: a copy-paste slip, or the engine changed and the text did not. Only identifier-like names count ' +
    '(`billing-core`, `orders_db`), only the SQL engines and their ports (5432, 3306, 1521, 1433), and a statement stays quiet when ' +
    'it names an engine itself (`engine-port-mismatch` judges those), names databases of different engines, or says the port is ' +
    'custom, proxied, old or being migrated.',
  severity: 'warning',
  category: 'ports',
  facts: ENGINE_PORT_FACTS,
  fixable: true,
  examples: {
    flag: [
      {
        text: '| Database | Engine |\n| --- | --- |\n| billing-core | Aurora PostgreSQL 15.4 |\n\nBilling-core apps use the Aurora cluster endpoint on 3306 for writes.',
        flagged: ['3306'],
        output: '| Database | Engine |\n| --- | --- |\n| billing-core | Aurora PostgreSQL 15.4 |\n\nBilling-core apps use the Aurora cluster endpoint on 5432 for writes.',
      },
      {
        text: '```hcl\nresource "aws_db_instance" "orders_db" {\n  engine = "postgres"\n}\n```\n\nThe security group allows TCP 3306 from the app tier to orders_db.',
        flagged: ['3306'],
        output: '```hcl\nresource "aws_db_instance" "orders_db" {\n  engine = "postgres"\n}\n```\n\nThe security group allows TCP 5432 from the app tier to orders_db.',
      },
      {
        text: '| Name | Engine | Size |\n| --- | --- | --- |\n| ledger-01 | RDS for MySQL 8.0 | db.r6g.large |\n\nThe ledger-01 endpoint is `ledger-01.abc123.eu-west-1.rds.amazonaws.com`, port 5432.',
        flagged: ['5432'],
        output: '| Name | Engine | Size |\n| --- | --- | --- |\n| ledger-01 | RDS for MySQL 8.0 | db.r6g.large |\n\nThe ledger-01 endpoint is `ledger-01.abc123.eu-west-1.rds.amazonaws.com`, port 3306.',
      },
    ],
    pass: [
      '| Database | Engine |\n| --- | --- |\n| billing-core | Aurora PostgreSQL |\n\nBilling-core apps use the cluster endpoint on 5432.',
      '| Database | Engine |\n| --- | --- |\n| billing-core | Aurora PostgreSQL |\n| invoicing-db | RDS for MySQL |\n\nbilling-core (5432) and invoicing-db (3306) share the data subnets.',
      '| Database | Engine |\n| --- | --- |\n| billing-core | PostgreSQL |\n\nWe are migrating billing-core from the old MySQL cluster on 3306.',
      '| Database | Engine |\n| --- | --- |\n| billing-core | Aurora PostgreSQL |\n\nThe billing-core cache is Redis on 6379; billing-core exports metrics on 9187.',
      '| Database | Engine |\n| --- | --- |\n| Primary | Aurora PostgreSQL |\n\nThe primary endpoint is on 3306 for the MySQL tools.',
      '| Database | Engine |\n| --- | --- |\n| billing-core | Aurora PostgreSQL |\n\nbilling-core listens on custom port 3306 to keep the old clients working.',
    ],
  },
  select: (context) => context.ports.length > 0 && context.kind !== 'heading',
  check({ model, contexts }, report) {
    if (contexts.length === 0) return;
    const databases = namedDatabases(model.entities);
    if (databases.size === 0) return;
    for (const context of contexts) {
      // A statement that names an engine (or is a database's own row/block) is engine-port-mismatch's.
      if (engineFor(context) || context.services.some((s) => defaultPortOf(s.serviceId))) continue;
      if (DELIBERATE.test(context.text)) continue;
      const dbs = named(context, databases);
      const db = dbs[0];
      if (!db || dbs.some((d) => d.port !== db.port) || dbs.some((d) => d.entity.context === context)) continue;
      for (const mention of context.ports) {
        if (mention.port === db.port) continue;
        const owners = servicesWithDefaultPort(mention.port).filter((s) => SQL_ENGINES.has(s.id) && defaultPortOf(s.id)?.port !== db.port);
        if (owners.length === 0) continue;
        const engine = engineNames([{ id: db.engineId, name: getService(db.engineId)?.name ?? db.engineId }]);
        report({
          start: mention.start,
          end: mention.end,
          message: `${db.entity.name} is ${engine}, which listens on ${db.port} by default; ${mention.port} is the ${engineNames(owners)} default. Check the engine or the port.`,
          factIds: [db.factId, ...owners.map((s) => defaultPortOf(s.id)?.fact.id ?? '').filter(Boolean)],
          related: [{ start: db.entity.start, end: db.entity.end, message: `${db.entity.name}: ${engine}` }],
          fixes: [{ title: `Use ${db.port} (${engine} default)`, edits: [{ start: mention.start, end: mention.end, newText: String(db.port) }], safe: true }],
        });
      }
    }
  },
};
