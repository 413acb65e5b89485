import { defaultPortOf, getService, servicesWithDefaultPort } from '../../facts/catalog';
import type { ServiceMention } from '../recognisers/services';
import type { AnalysedContext } from '../model';
import type { ContextRule } from './types';

/** Words that say the port is deliberate or that two engines are being compared. */
const DELIBERATE = /\bcustom\b|\bnon-?default\b|\binstead of\b|\bchanged? (?:the )?port\b|\bmigrat|→|->|=>|\bproxy\b|\bpgbouncer\b|\bforward/i;

interface Engine {
  readonly mention: ServiceMention;
  readonly port: number;
  readonly factId: string;
}

function enginesIn(mentions: readonly ServiceMention[]): Engine[] {
  const out: Engine[] = [];
  for (const mention of mentions) {
    const found = defaultPortOf(mention.serviceId);
    if (found) out.push({ mention, port: found.port, factId: found.fact.id });
  }
  return out;
}

function engineFor(context: AnalysedContext): Engine | undefined {
  let engines = enginesIn(context.services);
  if (engines.length === 0 && context.kind === 'tableRow') engines = enginesIn(context.headerServices);
  // Exactly one engine family (one default port) in scope, or we cannot tell which port is whose.
  const ports = new Set(engines.map((e) => e.port));
  return ports.size === 1 ? engines[0] : undefined;
}

export const enginePortMismatch: ContextRule = {
  id: 'engine-port-mismatch',
  scope: 'context',
  description: "A database or cache engine written with another engine's default port.",
  rationale:
    'PostgreSQL listens on 5432, MySQL and MariaDB on 3306, Oracle on 1521 and SQL Server on 1433 by default. ' +
    "A PostgreSQL endpoint on 3306 is almost always a copy-paste slip. RDS allows custom ports, so a port the text calls custom, or one that is no other engine's default, stays quiet.",
  severity: 'warning',
  category: 'ports',
  facts: ['postgresql.default-port', 'mysql.default-port', 'mariadb.default-port', 'oracle.default-port', 'sqlserver.default-port'],
  fixable: true,
  examples: {
    flag: [
      'The orders DB is RDS for PostgreSQL; the app connects to orders.abc123.eu-west-1.rds.amazonaws.com:3306.',
      '| Database | Engine | Port |\n| --- | --- | --- |\n| reporting-db | Aurora MySQL | 5432 |',
      'Connect with `psql -h orders-db -p 3306` to the PostgreSQL instance.',
      '```hcl\nresource "aws_db_instance" "orders" {\n  engine = "postgres"\n  port   = 3306\n}\n```',
    ],
    pass: [
      'Open 5432 for the PostgreSQL cluster and 3306 for the MySQL one.',
      'The PostgreSQL instance listens on port 5432.',
      'We run PostgreSQL on custom port 6432 behind PgBouncer.',
      'We are migrating from MySQL on 3306 to PostgreSQL.',
      'Aurora MySQL uses port 3306.',
    ],
  },
  check(context, report) {
    if (context.ports.length === 0 || DELIBERATE.test(context.text)) return;
    const engine = engineFor(context);
    if (!engine) return;
    for (const mention of context.ports) {
      if (mention.port === engine.port) continue;
      const owners = servicesWithDefaultPort(mention.port).filter((s) => defaultPortOf(s.id)?.port !== engine.port);
      // Only another engine's well-known default is a likely slip; any other number may be a custom port.
      if (owners.length === 0) continue;
      const name = getService(engine.mention.serviceId)?.name ?? engine.mention.text;
      const other = [...new Set(owners.map((s) => s.name))].slice(0, 2).join(' / ');
      report({
        start: mention.start,
        end: mention.end,
        message: `${name} listens on ${engine.port} by default; ${mention.port} is the ${other} default. Check the engine or the port.`,
        factIds: [engine.factId, ...owners.map((s) => defaultPortOf(s.id)?.fact.id ?? '').filter(Boolean)],
        fixes: [
          {
            title: `Use ${engine.port} (${engine.mention.text} default)`,
            edits: [{ start: mention.start, end: mention.end, newText: String(engine.port) }],
            safe: true,
          },
        ],
      });
    }
  },
};
