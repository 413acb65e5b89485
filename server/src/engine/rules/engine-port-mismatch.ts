import { defaultPortOf, getService, servicesWithDefaultPort } from '../../facts/catalog';
import type { ServiceMention } from '../recognisers/services';
import type { AnalyzedContext } from '../model/document-model';
import type { ContextRule } from './kit/types';
import { nearestParentServices } from './kit/helpers';

/** Words that say the port was set on purpose or that something in between listens on it. */
const PORT_EXPLAINED = /\bcustom\b|\bnon-?default\b|\bchanged? (?:the )?port\b|\bproxy\b|\bpgbouncer\b|\bforward/;

/** Words that say the port is deliberate or that two engines are being compared. */
export const DELIBERATE_PORT = new RegExp(`${PORT_EXPLAINED.source}|\\binstead of\\b|\\bmigrat|→|->|=>`, 'i');

/**
 * A connection string or a client flag binds its port exactly, so a comparison or a migration in the
 * same sentence does not explain another engine's port there; a custom port, a proxy or a tunnel does.
 */
const EXACT_PORT_EXPLAINED = new RegExp(`${PORT_EXPLAINED.source}|\\btunnel`, 'i');

export interface Engine {
  readonly mention: ServiceMention;
  readonly port: number;
  readonly factId: string;
}

/** Between a service and the engine that narrows it: "ElastiCache (Memcached)", "ElastiCache for Memcached", "ElastiCache Memcached". */
const NARROWED_BY = /^\s*(?:\(\s*|for\s+|[-–/]\s*)?$/i;

/**
 * The mentions with a service that the next mention narrows to one of its engines dropped: "ElastiCache
 * (Memcached)" names Memcached, not Redis and Memcached. `between` gives the text between two mentions.
 */
function narrowed(mentions: readonly ServiceMention[], between: (a: ServiceMention, b: ServiceMention) => string): ServiceMention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    return !(next && next.start >= m.end && getService(next.serviceId)?.parent === m.serviceId && NARROWED_BY.test(between(m, next)));
  });
}

function enginesIn(mentions: readonly ServiceMention[], text?: { readonly text: string; readonly start: number }): Engine[] {
  const out: Engine[] = [];
  const own = text ? narrowed(mentions, (a, b) => text.text.slice(a.end - text.start, b.start - text.start)) : mentions;
  for (const mention of own) {
    const found = defaultPortOf(mention.serviceId);
    if (found) out.push({ mention, port: found.port, factId: found.fact.id });
  }
  return out;
}

/**
 * The engine a table cell's port belongs to in a transposed table ("| Port | 3306 | 5432 |" under
 * "| | Aurora MySQL | RDS for PostgreSQL |"): the one engine family its column's header names.
 */
function columnEngine(context: AnalyzedContext, offset: number): Engine | undefined {
  if (context.kind !== 'tableRow' || !context.cells || !context.header) return undefined;
  const column = context.cells.findIndex((cell) => cell.start <= offset && offset < cell.end);
  const head = column > 0 ? context.header[column] : undefined;
  if (!head) return undefined;
  const engines = enginesIn(context.headerServices.filter((s) => s.start >= head.start && s.end <= head.end));
  return new Set(engines.map((e) => e.port)).size === 1 ? engines[0] : undefined;
}

/**
 * The engine a CDK construct names by its engine factory (`DatabaseClusterEngine.auroraMysql(…)`, Python's `aurora_mysql(…)`,
 * `DatabaseInstanceEngine.postgres(…)`, `DatabaseClusterEngine.AURORA_POSTGRESQL`): camelCase and
 * SCREAMING_CASE identifiers hold no service name a word boundary finds.
 */
const CDK_ENGINE = /\b(?:DatabaseClusterEngine|DatabaseInstanceEngine)(?:\.|_(?=[A-Z]))(auroraMysql|aurora_mysql|auroraPostgres|aurora_postgres|aurora|mysql|mariaDb|maria_db|postgres|oracle\w*|sqlServer\w*|sql_server\w*|AURORA_MYSQL|AURORA_POSTGRESQL|AURORA|AuroraMysql|AuroraPostgres|Aurora|Mysql|MariaDb|Postgres|Oracle\w*|SqlServer\w*)\b/g;
// Go writes the factory as a function with the engine in PascalCase (`awsrds.DatabaseInstanceEngine_Mysql(…)`).
const CDK_ENGINE_IDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:auroraMysql|aurora_mysql|aurora|AURORA_MYSQL|AURORA|AuroraMysql|Aurora)$/, 'aurora-mysql'],
  [/^(?:auroraPostgres|aurora_postgres|AURORA_POSTGRESQL|AuroraPostgres)$/, 'aurora-postgresql'],
  [/^[Mm]ysql$/, 'mysql'],
  [/^[Mm]aria_?[Dd]b$/, 'mariadb'],
  [/^[Pp]ostgres$/, 'postgresql'],
  [/^[Oo]racle/, 'oracle'],
  [/^[Ss]ql_?[Ss]erver/, 'sqlserver'],
];

function cdkEngines(context: AnalyzedContext): Engine[] {
  if (context.kind !== 'code' || !/Engine[._]/.test(context.text)) return [];
  const mentions: ServiceMention[] = [];
  for (const m of context.text.matchAll(CDK_ENGINE)) {
    const id = CDK_ENGINE_IDS.find(([re]) => re.test(m[1] ?? ''))?.[1];
    const start = context.start + (m.index ?? 0);
    if (id) mentions.push({ serviceId: id, start, end: start + m[0].length, text: m[0] });
  }
  return enginesIn(mentions);
}

/** Between an engine's name and its port: "MySQL: 1433", "MySQL (1433)", "MySQL on 1433", "MySQL on port 1433", "`mysql` / 5432". */
const PAIR_GAP = /^[`'"*_]*\s*(?::|\(|=|\/|·|on|at|port|on\s+port|at\s+port|(?:は|の)\s*ポート)\s*[`'"]?$/i;

/** `enginesIn(context.services)`, once per context: a paragraph of 2,000 ports and mentions asked per port (R7: 2.5× its CPU). */
const contextEngines = new WeakMap<AnalyzedContext, readonly Engine[]>();

/** The engines a statement names itself (a service narrowed to one engine counts once), computed once per context. */
function enginesOf(context: AnalyzedContext): readonly Engine[] {
  let engines = contextEngines.get(context);
  if (engines === undefined) {
    engines = enginesIn(context.services, context);
    contextEngines.set(context, engines);
  }
  return engines;
}

/**
 * A short verb phrase between an engine and its port: "SQL Server instances listen on port 1521", "Memcached
 * clusters use port 6379", "Redshift listens on 5439". Up to three words before the verb ("instances",
 * "read replicas"); a word there that could be the listener itself is checked apart (OTHER_LISTENER).
 * "uses 1433" without "port" may count something else ("uses 1433 connections"), so "use" needs "port".
 */
const VERB_PAIR_GAP =
  /^[`'"*_)]*(?:\s+(?!(?:and|or|but|while|then|which|that|to|from|than|as)\b)[\w-]+){0,3}?\s+(?:(?:is\s+|are\s+)?listen(?:s|ing)?\s+(?:only\s+)?(?:on\s+)?(?:(?:TCP\s+)?port\s+)?|(?:is\s+|are\s+)?(?:runs?|running|served|serves?|exposed|reachable|accepts?\s+connections)\s+on\s+(?:(?:TCP\s+)?port\s+)?|(?:uses?|using|opens?|on)\s+(?:TCP\s+)?port\s+|port\s+(?:is\s+|of\s+)?)$/i;

/** After a port, an apposition that names whose default it is: "1521, the RDS for SQL Server default port". */
const APPOSITION_BEFORE_ENGINE = /^[`'"*_]*\s*(?:,|\(|—|–)\s*(?:which\s+is\s+|i\.e\.,?\s+)?(?:the\s+)?$/i;
const DEFAULT_PORT_AFTER_ENGINE = /^(?:['’]s)?\s+(?:default(?:\s+port)?|port)\b/i;

/** The engine an apposition right after the port names as the port's owner. */
function appositionEngine(context: AnalyzedContext, portEnd: number): Engine | undefined {
  const next = enginesOf(context).find((e) => e.mention.start >= portEnd);
  if (!next) return undefined;
  const rel = (offset: number): number => offset - context.start;
  return APPOSITION_BEFORE_ENGINE.test(context.text.slice(rel(portEnd), rel(next.mention.start))) && DEFAULT_PORT_AFTER_ENGINE.test(context.text.slice(rel(next.mention.end), rel(next.mention.end) + 24)) ? next : undefined;
}

/** The engine named right before a port, with nothing but a short joining word or a listening verb between them. */
function adjacentEngine(context: AnalyzedContext, portStart: number): Engine | undefined {
  const engines = enginesOf(context);
  // The last engine (in mention order) that ends before the port.
  let index = -1;
  for (let i = engines.length - 1; i >= 0 && index < 0; i--) if ((engines[i] as Engine).mention.end <= portStart) index = i;
  const engine = engines[index];
  if (!engine) return undefined;
  const rel = (offset: number): number => offset - context.start;
  const gap = context.text.slice(rel(engine.mention.end), rel(portStart));
  if (PAIR_GAP.test(gap)) return engine;
  // "MySQL and PostgreSQL instances listen on 3306 and 5432": the verb is said of a list of engines.
  const previous = engines[index - 1];
  if (previous && ENGINE_LIST_GAP.test(context.text.slice(rel(previous.mention.end), rel(engine.mention.start)))) return undefined;
  return VERB_PAIR_GAP.test(gap) && !OTHER_LISTENER.test(gap) ? engine : undefined;
}

/** Between two engines of a list: "MySQL and PostgreSQL", "MySQL, PostgreSQL", "MySQL/PostgreSQL". */
const ENGINE_LIST_GAP = /^\s*(?:,|&|\/|and|or|,\s*(?:and|or))\s*$/i;

export function engineFor(context: AnalyzedContext): Engine | undefined {
  let engines = enginesOf(context);
  if (engines.length === 0) engines = cdkEngines(context);
  if (engines.length === 0 && context.kind === 'tableRow') engines = enginesIn(context.headerServices);
  // "- Aurora MySQL" over "  - port: 5432": a list item naming no service is about its parent's engine,
  // unless the parent says the port is deliberate or compares engines ("Migrating from MySQL").
  if (engines.length === 0 && context.services.length === 0 && context.kind !== 'tableRow') {
    const parent = context.parents[0];
    if (parent && !DELIBERATE_PORT.test(parent.text)) engines = enginesIn(nearestParentServices(context));
  }
  // Exactly one engine family (one default port) in scope, or we cannot tell which port is whose.
  const ports = new Set(engines.map((e) => e.port));
  return ports.size === 1 ? engines[0] : undefined;
}

/** Connection-string schemes and client tools → engine card ids: the port they carry is that engine's. */
const SCHEMES: Readonly<Record<string, string>> = {
  postgres: 'postgresql',
  postgresql: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlserver: 'sqlserver',
  oracle: 'oracle',
  redis: 'elasticache',
  rediss: 'elasticache',
  valkey: 'elasticache',
  mongodb: 'documentdb',
  memcached: 'elasticache-memcached',
};
const URL_RE = /\b(?:jdbc:)?(postgres(?:ql)?|mysql|mariadb|sqlserver|redis|rediss|valkey|mongodb|memcached):\/\/(?:[^\s:/@'"`<>]+(?::[^\s@/'"`<>]*)?@)?\[?[A-Za-z0-9._-]+\]?:(\d{2,5})\b|\bjdbc:(oracle):thin:@(?:\/\/)?[A-Za-z0-9._-]+:(\d{2,5})\b/gi;
const TOOLS: ReadonlyArray<[RegExp, string, RegExp]> = [
  // Flags, or the libpq connection string's keyword (`psql "host=… port=3306 dbname=…"`).
  [/(?:^|[\s`$(])(?:psql|pg_dump|pg_dumpall|pg_restore|pgbench)\b[^\n`|;&]*/g, 'postgresql', /(?:^|\s)(?:-p\s*|--port[=\s]+)(\d{2,5})\b|(?:^|[\s"'])port\s?=\s?(\d{2,5})\b/],
  [/(?:^|[\s`$(])(?:mysql|mysqldump|mysqladmin)\b(?=\s+-)[^\n`|;&]*/g, 'mysql', /(?:^|\s)(?:-P\s*|--port[=\s]+)(\d{2,5})\b/],
  [/(?:^|[\s`$(])(?:mariadb|mariadb-dump)\b(?=\s+-)[^\n`|;&]*/g, 'mariadb', /(?:^|\s)(?:-P\s*|--port[=\s]+)(\d{2,5})\b/],
  [/(?:^|[\s`$(])redis-cli\b[^\n`|;&]*/g, 'elasticache', /(?:^|\s)(?:-p\s*|--port[=\s]+)(\d{2,5})\b/],
  [/(?:^|[\s`$(])(?:mongosh|mongo)\b(?=\s+-)[^\n`|;&]*/g, 'documentdb', /(?:^|\s)--port[=\s]+(\d{2,5})\b/],
  [/(?:^|[\s`$(])sqlcmd\b[^\n`|;&]*/g, 'sqlserver', /(?:^|\s)-S\s*[\w.-]+,(\d{2,5})\b/],
];

/**
 * Engine names for messages, in the order they are named ("3306 is the MySQL/MariaDB default"): the
 * port belongs to the engine, not to the first AWS product in pack order that runs it.
 */
const ENGINE_NAMES: Readonly<Record<string, string>> = {
  mysql: 'MySQL',
  'aurora-mysql': 'MySQL',
  mariadb: 'MariaDB',
  postgresql: 'PostgreSQL',
  'aurora-postgresql': 'PostgreSQL',
  oracle: 'Oracle',
  sqlserver: 'SQL Server',
  elasticache: 'Redis/Valkey',
  'elasticache-memcached': 'Memcached',
  documentdb: 'MongoDB/DocumentDB',
};
const ENGINE_ORDER = [...new Set(Object.values(ENGINE_NAMES))];

/** "MySQL/MariaDB" for 3306, "PostgreSQL" for 5432; a service without an engine name keeps its own name. */
export function engineNames(owners: readonly { readonly id: string; readonly name: string }[]): string {
  const names = [...new Set(owners.map((s) => ENGINE_NAMES[s.id] ?? s.name))];
  const rank = (name: string): number => (ENGINE_ORDER.includes(name) ? ENGINE_ORDER.indexOf(name) : ENGINE_ORDER.length);
  return names
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, 3)
    .join('/');
}

interface ExactPort {
  readonly serviceId: string;
  readonly port: number;
  readonly start: number;
  readonly end: number;
  readonly how: string;
}

/** Ports bound exactly to an engine: the port of a connection string, or the port flag of a client tool. */
function exactPorts(text: string, base: number): ExactPort[] {
  const out: ExactPort[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const scheme = (m[1] ?? m[3] ?? '').toLowerCase();
    const digits = m[2] ?? m[4] ?? '';
    const id = SCHEMES[scheme];
    if (!id || !digits) continue;
    const at = base + m.index + m[0].lastIndexOf(digits);
    out.push({ serviceId: id, port: Number(digits), start: at, end: at + digits.length, how: `the ${scheme}:// connection string` });
  }
  for (const [tool, id, flag] of TOOLS) {
    const re = new RegExp(tool.source, tool.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const f = flag.exec(m[0]);
      const port = f?.[1] ?? f?.[2];
      if (!f || !port) continue;
      const at = base + m.index + (f.index ?? 0) + f[0].lastIndexOf(port);
      const command = m[0].trim().replace(/^[`$(]+/, '').split(/\s+/)[0] || 'client';
      out.push({ serviceId: id, port: Number(port), start: at, end: at + port.length, how: `the ${command} command` });
    }
  }
  return out;
}

/** "by default", "default port", "defaults to": the number is stated as the engine's default. */
const DEFAULT_WORD = /\bdefault(?:s\s+to)?\b/i;
/** A default that is not the engine's: "non-default", "not the default", "instead of the default", "change the default". */
const NOT_THE_DEFAULT = /\bnon-?default\b|\b(?:not|instead\s+of|than|from|change[sd]?|overrid\w*|replac\w*)\s+(?:the\s+|its\s+)?default\b/i;
/** Something else between the engine and the port that could be what listens: the app, a proxy, a client. */
const OTHER_LISTENER = /\b(?:app|apps|application|client|proxy|pgbouncer|api|web|frontend|backend|container|task|pod|load\s+balancer|ALB|NLB|listener|tunnel|bastion)\b/i;

/**
 * The clause around a port says it is the engine's default: the engine is named before the port in the
 * same clause with nothing else that could listen in between ("DocumentDB uses port 27018 by default").
 */
function statesDefault(text: string, engine: ServiceMention, start: number, end: number, base: number): boolean {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf(';', start - 1), text.lastIndexOf('|', start - 1), -1) + 1;
  const stops = ['.', ';', '|'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) : text.length;
  const clause = text.slice(from, to);
  const engineAt = engine.start - base;
  if (engineAt < from || engine.end - base > start) return false;
  return DEFAULT_WORD.test(clause) && !NOT_THE_DEFAULT.test(clause) && !OTHER_LISTENER.test(text.slice(engine.end - base, start)) && start - (engine.end - base) <= 60;
}

/** The default-port facts of the SQL engines (also named-db-port-mismatch's). */
export const ENGINE_PORT_FACTS = ['postgresql.default-port', 'mysql.default-port', 'mariadb.default-port', 'oracle.default-port', 'sqlserver.default-port'];

export const enginePortMismatch: ContextRule = {
  id: 'engine-port-mismatch',
  scope: 'context',
  cue: { has: ['port'], words: ['jdbc', 'postgres', 'mysql', 'mariadb', 'sqlserver', 'redis', 'valkey', 'mongo', 'memcached', 'psql', 'pg', 'sqlcmd'] },
  description: "A database or cache engine written with another engine's default port.",
  rationale:
    'PostgreSQL listens on 5432, MySQL and MariaDB on 3306, Oracle on 1521 and SQL Server on 1433 by default. ' +
    "A PostgreSQL endpoint on 3306 is almost always a copy-paste slip. RDS allows custom ports, so a port the text calls custom, or one that is no other engine's default, stays quiet — " +
    'unless the text says that number is the default ("DocumentDB uses port 27018 by default").',
  severity: 'warning',
  category: 'ports',
  facts: ENGINE_PORT_FACTS,
  fixable: true,
  examples: {
    flag: [
      {
        text: 'The orders DB is RDS for PostgreSQL; the app connects to orders.abc123.eu-west-1.rds.amazonaws.com:3306.',
        flagged: ['3306'],
        output: 'The orders DB is RDS for PostgreSQL; the app connects to orders.abc123.eu-west-1.rds.amazonaws.com:5432.',
      },
      {
        text: '| Database | Engine | Port |\n| --- | --- | --- |\n| reporting-db | Aurora MySQL | 5432 |',
        flagged: ['5432'],
        output: '| Database | Engine | Port |\n| --- | --- | --- |\n| reporting-db | Aurora MySQL | 3306 |',
      },
      {
        text: 'Connect with `psql -h orders-db -p 3306` to the PostgreSQL instance.',
        flagged: ['3306'],
        output: 'Connect with `psql -h orders-db -p 5432` to the PostgreSQL instance.',
      },
      {
        text: '```hcl\nresource "aws_db_instance" "orders" {\n  engine = "postgres"\n  port   = 3306\n}\n```',
        flagged: ['3306'],
        output: '```hcl\nresource "aws_db_instance" "orders" {\n  engine = "postgres"\n  port   = 5432\n}\n```',
      },
      {
        text: 'DATABASE_URL is `postgres://app:secret@orders.cluster-abc.eu-west-1.rds.amazonaws.com:3306/orders`.',
        flagged: ['3306'],
        output: 'DATABASE_URL is `postgres://app:secret@orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders`.',
      },
      {
        text: '```bash\npsql -h orders-db -p 3306 -U app orders\n```',
        flagged: ['3306'],
        output: '```bash\npsql -h orders-db -p 5432 -U app orders\n```',
      },
      {
        text: '```bash\npsql "host=orders-db port=3306 dbname=orders user=app"\n```',
        flagged: ['3306'],
        output: '```bash\npsql "host=orders-db port=5432 dbname=orders user=app"\n```',
      },
      {
        text: 'We migrate MySQL to Aurora PostgreSQL; the new URL is jdbc:postgresql://orders-db:3306/orders.',
        flagged: ['3306'],
        output: 'We migrate MySQL to Aurora PostgreSQL; the new URL is jdbc:postgresql://orders-db:5432/orders.',
      },
      { text: 'The PostgreSQL endpoint is on 3306.', flagged: ['3306'], output: 'The PostgreSQL endpoint is on 5432.' },
      { text: 'Amazon DocumentDB uses port 27018 by default.', flagged: ['27018'], output: 'Amazon DocumentDB uses port 27017 by default.' },
      {
        text: '| | Aurora MySQL | RDS for PostgreSQL |\n| --- | --- | --- |\n| Port | 3306 | 1433 |',
        flagged: ['1433'],
        output: '| | Aurora MySQL | RDS for PostgreSQL |\n| --- | --- | --- |\n| Port | 3306 | 5432 |',
      },
      {
        text: '- Amazon Aurora MySQL\n  - port: 5432\n  - storage: auto-scaling',
        flagged: ['5432'],
        output: '- Amazon Aurora MySQL\n  - port: 3306\n  - storage: auto-scaling',
      },
      {
        text: 'RDS for MySQL listening on 5432 in the data subnets.',
        flagged: ['5432'],
        output: 'RDS for MySQL listening on 3306 in the data subnets.',
      },
      // Several engines in one statement: each port belongs to the engine written right before it.
      { text: 'Postgres on 5432, MySQL on 1433.', flagged: ['1433'], output: 'Postgres on 5432, MySQL on 3306.' },
      // Another engine's default right after an engine's name and a colon is a port, not a count.
      { text: '- MySQL: 1433\n- Postgres: 5432', flagged: ['1433'], output: '- MySQL: 3306\n- Postgres: 5432' },
      // A configuration key that names a port: its row's value is one, the row's description names the engine.
      {
        text: '| Key | Type | Default | Description |\n| --- | --- | --- | --- |\n| cache.port | int | `11211` | Port of the ElastiCache (Redis OSS) primary endpoint. |',
        flagged: ['11211'],
        output: '| Key | Type | Default | Description |\n| --- | --- | --- | --- |\n| cache.port | int | `6379` | Port of the ElastiCache (Redis OSS) primary endpoint. |',
      },
      {
        text: '| Variable | Value | Notes |\n| --- | --- | --- |\n| `BILLING_DB_PORT` | 5432 | port of `billing`, the Aurora MySQL writer |',
        flagged: ['5432'],
        output: '| Variable | Value | Notes |\n| --- | --- | --- |\n| `BILLING_DB_PORT` | 3306 | port of `billing`, the Aurora MySQL writer |',
      },
      // A table cell naming several engines pairs each with the port written right after it.
      {
        text: '| Question | Answer |\n| --- | --- |\n| Default ports? | MySQL 3306, PostgreSQL 5432, default port for SQL Server: 1521. |',
        flagged: ['1521'],
        output: '| Question | Answer |\n| --- | --- |\n| Default ports? | MySQL 3306, PostgreSQL 5432, default port for SQL Server: 1433. |',
      },
      // Engine identifiers as configs write them: a map of engine to port, an engine and its port after a slash.
      {
        text: '```json\n{\n  "ports": {\n    "aurora-postgresql": 3306\n  }\n}\n```',
        flagged: ['3306'],
        output: '```json\n{\n  "ports": {\n    "aurora-postgresql": 5432\n  }\n}\n```',
      },
      { text: "- *Default:* `'mysql'` / 5432", flagged: ['5432'], output: "- *Default:* `'mysql'` / 3306" },
      // A listening verb between the engine and its port; a service narrowed to one engine ("ElastiCache (Memcached)").
      { text: 'SQL Server instances listen on port 1521.', flagged: ['1521'], output: 'SQL Server instances listen on port 1433.' },
      { text: '| Store | Engine | Port |\n| --- | --- | --- |\n| page-cache | ElastiCache (Memcached) | 6379 |', flagged: ['6379'], output: '| Store | Engine | Port |\n| --- | --- | --- |\n| page-cache | ElastiCache (Memcached) | 11211 |' },
      // Go writes the CDK engine factory as a function; the fix replaces the number inside its wrapper.
      {
        text: '```go\nawsrds.NewDatabaseInstance(stack, jsii.String("Orders"), &awsrds.DatabaseInstanceProps{\n\tEngine: awsrds.DatabaseInstanceEngine_Mysql(&awsrds.MySqlInstanceEngineProps{}),\n\tPort:   jsii.Number(5432),\n})\n```',
        flagged: ['5432'],
        output: '```go\nawsrds.NewDatabaseInstance(stack, jsii.String("Orders"), &awsrds.DatabaseInstanceProps{\n\tEngine: awsrds.DatabaseInstanceEngine_Mysql(&awsrds.MySqlInstanceEngineProps{}),\n\tPort:   jsii.Number(3306),\n})\n```',
      },
      // An apposition after the port names whose default it is.
      { text: 'The export job is pointed at 1521, the SQL Server default port.', flagged: ['1521'], output: 'The export job is pointed at 1433, the SQL Server default port.' },
    ],
    pass: [
      'We moved from MySQL on 3306 to Postgres on 5432.',
      'MySQL, Postgres: 5432 and 3306.',
      'MySQL: 1433 rows per batch.',
      'Open 5432 for the PostgreSQL cluster and 3306 for the MySQL one.',
      'The PostgreSQL instance listens on port 5432.',
      'We run PostgreSQL on custom port 6432 behind PgBouncer.',
      'We are migrating from MySQL on 3306 to PostgreSQL.',
      'Aurora MySQL uses port 3306.',
      '| | Aurora MySQL | RDS for PostgreSQL |\n| --- | --- | --- |\n| Port | 3306 | 5432 |',
      'The app reads from `postgresql://app@orders-db:5432/orders` and caches in `redis://cache:6379`.',
      '```bash\nmysql -h reporting-db -P 3306 -u report -p\n```',
      'The PostgreSQL fleet peaked at 3306 connections on 1433 hosts.',
      'Amazon DocumentDB listens on 27017 by default; ours uses 27018 instead of the default.',
      'The PostgreSQL instance runs on port 6432, not the default.',
      '- Migrating from MySQL to Aurora PostgreSQL\n  - port: 5432',
      '- Databases: MySQL and PostgreSQL\n  - ports: 3306, 5432',
      'The PostgreSQL host serves the app on port 8080 by default.',
      '| Key | Type | Default | Description |\n| --- | --- | --- | --- |\n| cache.port | int | `6379` | Port of the ElastiCache (Redis OSS) primary endpoint. |',
      '| Key | Default | Description |\n| --- | --- | --- |\n| proxy.port | `3306` | PgBouncer in front of the PostgreSQL cluster |',
      'MySQL / 1433 rows per batch.',
      'MySQL and PostgreSQL instances listen on 3306 and 5432.',
      'PostgreSQL clients connect through the proxy on port 3306.',
      'Memcached nodes use port 11211; ElastiCache (Redis OSS) uses 6379.',
    ],
  },
  check(context, report) {
    const exact = EXACT_PORT_EXPLAINED.test(context.text) ? [] : exactPorts(context.text, context.start);
    for (const e of exact) {
      const own = defaultPortOf(e.serviceId);
      if (!own || own.port === e.port) continue;
      const owners = servicesWithDefaultPort(e.port).filter((s) => defaultPortOf(s.id)?.port !== own.port);
      if (owners.length === 0) continue;
      const name = getService(e.serviceId)?.name ?? e.serviceId;
      const other = engineNames(owners);
      report({
        start: e.start,
        end: e.end,
        message: `${name} listens on ${own.port} by default, but ${e.how} uses ${e.port}, the ${other} default.`,
        factIds: [own.fact.id, ...owners.map((s) => defaultPortOf(s.id)?.fact.id ?? '').filter(Boolean)],
        fixes: [{ title: `Use ${own.port}`, edits: [{ start: e.start, end: e.end, newText: String(own.port) }], safe: true }],
      });
    }
    if (context.ports.length === 0 || DELIBERATE_PORT.test(context.text)) return;
    const rowEngine = engineFor(context);
    // A row that names no engine itself may be a transposed table's: each column has its own.
    const byColumn = context.kind === 'tableRow' && enginesOf(context).length === 0;
    // Several engines in one statement ("Postgres on 5432, MySQL on 1433"): each port written right after one.
    // A table row naming several engines ("MySQL 3306, …, default port for SQL Server: 1521") pairs them the same way.
    const byPair = !rowEngine && !byColumn && context.kind !== 'code';
    if (!rowEngine && !byColumn && !byPair) return;
    const handled = new Set(exact.map((e) => e.start));
    for (const mention of context.ports) {
      const engine = (byColumn ? columnEngine(context, mention.start) : byPair ? (adjacentEngine(context, mention.start) ?? appositionEngine(context, mention.end)) : undefined) ?? rowEngine;
      if (!engine) continue;
      if (handled.has(mention.start)) continue;
      if (mention.port === engine.port) continue;
      const owners = servicesWithDefaultPort(mention.port).filter((s) => defaultPortOf(s.id)?.port !== engine.port);
      // Only another engine's well-known default is a likely slip; any other number may be a custom port,
      // unless the clause says the number is the default ("listens on 27018 by default").
      if (owners.length === 0) {
        if (statesDefault(context.text, engine.mention, mention.start - context.start, mention.end - context.start, context.start)) {
          const name = getService(engine.mention.serviceId)?.name ?? engine.mention.text;
          report({
            start: mention.start,
            end: mention.end,
            message: `${name} listens on ${engine.port} by default, not ${mention.port}.`,
            factIds: [engine.factId],
            fixes: [{ title: `Use ${engine.port}`, edits: [{ start: mention.start, end: mention.end, newText: String(engine.port) }], safe: false }],
          });
        }
        continue;
      }
      const name = getService(engine.mention.serviceId)?.name ?? engine.mention.text;
      const other = engineNames(owners);
      const fromParent = engine.mention.end <= context.start ? ` (${name} is named in the parent item.)` : '';
      report({
        start: mention.start,
        end: mention.end,
        message: `${name} listens on ${engine.port} by default; ${mention.port} is the ${other} default. Check the engine or the port.${fromParent}`,
        factIds: [engine.factId, ...owners.map((s) => defaultPortOf(s.id)?.fact.id ?? '').filter(Boolean)],
        fixes: [
          {
            title: `Use ${engine.port} (${engine.mention.text} default)`,
            edits: [{ start: mention.start, end: mention.end, newText: String(engine.port) }],
            // The engine may be the slip rather than the port ("check the engine or the port"): not certain.
            safe: false,
          },
        ],
      });
    }
  },
};
