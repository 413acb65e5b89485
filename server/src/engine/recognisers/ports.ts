/** Port numbers written the ways people write them in design docs, CLIs, URLs and IaC. */
import { SERVICES } from '../../facts/catalog';

export interface PortMention {
  readonly start: number;
  readonly end: number;
  readonly port: number;
  /** How it was written, so rules can weigh certainty. */
  readonly form: 'keyword' | 'hostPort' | 'protocolSlash' | 'flag' | 'tableCell' | 'preposition' | 'named' | 'rule';
}

// "port 5432", "Port: 3306", "ports 80 and 443", "from_port = 5432", "FromPort: 5432", "\"Port\": 3306"
const KEYWORD_RE = /\b(?:from_?|to_?|db_?|host_?|container_?|listener_?|target_?)?ports?\b["']?\s*(?:number\s*|of\s*|is\s*|=>?\s*|:\s*)?["']?(\d{1,5})\b((?:\s*(?:,|and|or|&|\/)\s*\d{2,5}\b)*)/gi;
// host:5432 in URLs and endpoints (the part before ':' must end in a letter or ']' so times like 10:30 stay out)
const HOST_PORT_RE = /(?<=[A-Za-z\]])\:(\d{2,5})(?![\d:])/g;
// 5432/tcp, and tcp/443 as security-group tables write it
const SLASH_RE = /\b(\d{2,5})\/(?:tcp|udp)\b/gi;
const PROTO_SLASH_RE = /\b(?:tcp|udp)\/(\d{1,5})\b(?!\/|-\d)/gi;
// 10.0.1.25:5432 (an IPv4 address before the colon; HOST_PORT_RE wants a letter there so times stay out)
const IP_PORT_RE = /(?<=\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}):(\d{2,5})\b(?![\d:.])/g;
// TCP 5432, TCP port 5432 handled by keyword; "TCP 5432" here
const PROTO_RE = /\b(?:TCP|UDP)\s+(\d{2,5})\b/g;
// psql -p 3306, --port 3306, --port=3306
// "pointed at 1521, the RDS for SQL Server default port": an apposition names the number a default port.
const DEFAULT_PORT_APPOSITION_RE = /\b(\d{2,5}), (?:which is )?the (?:[^\s.;,]{1,30} ){1,6}default port\b/gi;
const FLAG_RE = /(?:^|\s)(?:-p|-P|--port)(?:\s+|=)(\d{2,5})\b/g;
// "the PostgreSQL endpoint is on 3306", "listening on 6379 in the data subnets", "reached over 5432.":
// only a port the fact pack knows as a default, and only when nothing after it makes it a count
// ("on 3306 hosts", "on 80 %").
const PREPOSITION_RE = /\b(?:on|via|over|using|uses|through)\s+(?:(?:TCP|UDP)\s+)?(\d{2,5})\b(?![.,]\d)(?=\s*[).,;:!?|(]|\s*$|\s+(?:for|in|to|and|or|from|with|as|by|on|inside|within|behind|via|through|only|instead|while|but|so|if|when|where|which|that)\b)/gi;

// A security-group style statement: "Allow 443 from anywhere", "open 5432 to the app subnet", "egress 443".
const RULE_VERB_RE =
  /\b(?:allow(?:s|ed|ing)?|open(?:s|ed|ing)?|permit(?:s|ted)?|block(?:s|ed)?|den(?:y|ies|ied)|expos(?:e|es|ed|ing)|inbound|outbound|ingress|egress)\s+(?:(?:TCP|UDP|tcp|udp)\s+)?(?:on\s+)?(\d{2,5})\b(?![.,]\d|\s*%)(?=\s*[).,;:!?|]|\s*$|\s+(?:from|to|for|inbound|outbound|only|in|on|and|or|between|within|into|out)\b)/gi;
// "443 inbound", "5432 from 10.0.0.0/16", "22 from anywhere"
const PORT_DIRECTION_RE = /\b(\d{2,5})\s+(?:(?:in|out)bound\b|ingress\b|egress\b|(?:from|to)\s+(?:0\.0\.0\.0\/0|anywhere|the internet|\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}|sg-[0-9a-f]+))/gi;
// A bare number: the candidates for a name next to it ("PostgreSQL 5432", "SSH (22)", "| MySQL | `3306` |").
const BARE_NUMBER_RE = /(?<![\w.:/-])(\d{2,5})(?![\w%]|[.,]\d|\/\d|:\d)/g;

/**
 * Names people write next to a port that are not card aliases, keyed by the port fact they belong to
 * (so a name only counts for a port the pack states).
 */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'network-protocols.ssh-port': ['SSH', 'SFTP', 'SCP'],
  'network-protocols.rdp-port': ['RDP', 'Remote Desktop'],
  'network-protocols.http-port': ['HTTP'],
  'network-protocols.https-port': ['HTTPS', 'TLS', 'SSL'],
  'postgresql.default-port': ['PostgreSQL', 'Postgres', 'psql'],
  'mysql.default-port': ['MySQL'],
  'mariadb.default-port': ['MariaDB'],
  'oracle.default-port': ['Oracle', 'Oracle Database', 'TNS'],
  'sqlserver.default-port': ['SQL Server', 'MSSQL', 'MS SQL'],
  'documentdb.default-port': ['MongoDB', 'Mongo'],
  'redshift.default-port': ['Redshift'],
  'route53.default-port': ['DNS'],
  'efs.default-port': ['NFS'],
  'fsx-windows.default-port': ['SMB', 'CIFS'],
  'storage-gateway.port-iscsi': ['iSCSI'],
  'iot-core.default-port': ['MQTT', 'MQTTS'],
  'msk.port-zookeeper': ['ZooKeeper', 'Zookeeper'],
  'mq.port-rabbitmq': ['AMQP', 'AMQPS', 'RabbitMQ'],
  'mq.default-port': ['ActiveMQ', 'OpenWire'],
  'site-to-site-vpn.default-port': ['IKE', 'ISAKMP'],
  'gwlb.default-port': ['GENEVE', 'Geneve'],
  'neptune.default-port': ['Gremlin', 'SPARQL', 'openCypher'],
  'timestream-influxdb.default-port': ['InfluxDB'],
  'fsx-lustre.default-port': ['Lustre'],
};

let namesByPort: ReadonlyMap<number, RegExp> | undefined;

/** For each port the pack states, one regex of the names that go with it (card aliases and protocol names). */
function portNames(): ReadonlyMap<number, RegExp> {
  if (namesByPort) return namesByPort;
  const names = new Map<number, Set<string>>();
  for (const card of SERVICES) {
    for (const fact of card.facts) {
      if (fact.kind !== 'port' || fact.value.type !== 'number') continue;
      const set = names.get(fact.value.value) ?? new Set<string>();
      // Generic aliases ("mount target", "reader endpoint") are not what a port is written next to.
      for (const alias of card.aliases) if (/^[A-Z]/.test(alias) && !/\s(?:endpoint|target|targets|table|tables|rule|rules)$/i.test(alias)) set.add(alias);
      for (const extra of EXTRA_NAMES[fact.id] ?? []) set.add(extra);
      names.set(fact.value.value, set);
    }
  }
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]+');
  namesByPort = new Map(
    [...names].filter(([, set]) => set.size > 0).map(([port, set]) => [port, new RegExp(`(?:^|[^\\w-])(?:${[...set].sort((a, b) => b.length - a.length).map(escape).join('|')})$`)]),
  );
  return namesByPort;
}

// Between a name and its port: "PostgreSQL 5432", "SSH (22)", "MySQL: 3306", "MySQL/3306", "| MySQL | `3306`", "MySQL on port 3306".
const NAME_GAP_BEFORE = /(?:\s*(?:[:=(/|,–—·-]|\bon\b|\bat\b|\bport\b|\bdefault\b))*\s*[`'"]?$/;
// After a port: "5432 (PostgreSQL)", "443/HTTPS", "22 - SSH", "| 3306 | MySQL |"
const NAME_GAP_AFTER = /^[`'"]?\s*(?:[(/|–—-]\s*|\bfor\s+)?/;

let anyPortName: RegExp | undefined;

/** A name of anything the pack gives a port, at the end of a text ("… MySQL"). */
function endsInPortName(head: string): boolean {
  // Any case: engine identifiers are written in lower case in configs and code ("`'mysql'` / 5432").
  anyPortName ??= new RegExp([...portNames().values()].map((re) => `(?:${re.source})`).join('|'), 'i');
  let end = head.length;
  while (end > 0 && '`\'"*_'.includes(head[end - 1] ?? '')) end--;
  return anyPortName.test(head.slice(0, end));
}

/** Between a name and a port that is another's default: a colon, a bracket, a slash, "on" or "port" ("MySQL: 1433", "MySQL on port 1433", "mysql / 5432"). */
const STRONG_GAP_END = /(?::|\(|\/|·|\bon|\bport)$/;

/** The text before such a gap, or undefined when `before` does not end in one (trimmed, so no regex rescans spaces). */
function beforeStrongGap(before: string): string | undefined {
  let rest = before.replace(/[`'"]$/, '').trimEnd();
  const gap = STRONG_GAP_END.exec(rest);
  if (!gap) return undefined;
  rest = rest.slice(0, gap.index).trimEnd();
  // "on port 1433": the "on" before "port" is part of the gap.
  if (/\bport$/.test(gap[0]) && /\bon$/.test(rest)) rest = rest.slice(0, -2).trimEnd();
  return rest;
}
/** After such a port: nothing that makes it a count ("MySQL: 1433 rows"). */
const PORT_END_AFTER = /^[`'"]?\s*(?:[).,;:|]|$|\n|(?:for|in|and|or|with|inside|within|behind|instead|by)\b)/;

/** "PostgreSQL 5432", "3306 (MySQL)": a port the pack states, next to a name of what uses it. */
function namedPorts(text: string, add: (start: number, digits: string, form: PortMention['form']) => void): void {
  const names = portNames();
  BARE_NUMBER_RE.lastIndex = 0;
  for (let m = BARE_NUMBER_RE.exec(text); m; m = BARE_NUMBER_RE.exec(text)) {
    const digits = m[1] ?? '';
    const re = names.get(Number(digits));
    if (!re) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const gap = NAME_GAP_BEFORE.exec(before);
    const head = gap ? before.slice(0, before.length - gap[0].length) : before;
    if (re.test(head)) {
      add(m.index, digits, 'named');
      continue;
    }
    // "MySQL: 1433": a well-known port written right after the name of something with another port.
    const named = beforeStrongGap(before);
    if (named !== undefined && endsInPortName(named) && PORT_END_AFTER.test(text.slice(m.index + digits.length, m.index + digits.length + 12))) {
      add(m.index, digits, 'named');
      continue;
    }
    const after = text.slice(m.index + digits.length, m.index + digits.length + 40);
    const lead = NAME_GAP_AFTER.exec(after)?.[0] ?? '';
    const rest = after.slice(lead.length);
    // The name right after, as a whole word: "3306 (MySQL)", not "3306 MySQLs" or "22 SSH keys".
    const word = /^[A-Za-z][\w ]{0,30}?(?=[)|,.;:/`'"]|\s*$)/.exec(rest)?.[0]?.trim();
    if (lead.length > 0 && word && re.test(word)) add(m.index, digits, 'named');
  }
}

let knownPorts: ReadonlySet<number> | undefined;

/** Every port the fact pack states (engine defaults, protocol ports). */
function wellKnownPorts(): ReadonlySet<number> {
  knownPorts ??= new Set(SERVICES.flatMap((s) => s.facts.filter((f) => f.kind === 'port' && f.value.type === 'number').map((f) => (f.value.type === 'number' ? f.value.value : -1))));
  return knownPorts;
}

function valid(port: number): boolean {
  return port >= 1 && port <= 65535;
}

export function findPorts(text: string, base: number): PortMention[] {
  const out: PortMention[] = [];
  const seen = new Set<number>();
  const add = (start: number, digits: string, form: PortMention['form']): void => {
    const port = Number(digits);
    if (!valid(port) || seen.has(start)) return;
    seen.add(start);
    out.push({ start: base + start, end: base + start + digits.length, port, form });
  };
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(text); m; m = KEYWORD_RE.exec(text)) {
    const first = m[1] ?? '';
    const firstAt = m.index + m[0].indexOf(first, m[0].search(/\d/));
    add(firstAt, first, 'keyword');
    const tail = m[2] ?? '';
    if (tail) {
      const tailAt = m.index + m[0].length - tail.length;
      for (const more of tail.matchAll(/\d{2,5}/g)) add(tailAt + (more.index ?? 0), more[0], 'keyword');
    }
  }
  for (const [re, form] of [
    [HOST_PORT_RE, 'hostPort'],
    [SLASH_RE, 'protocolSlash'],
    [PROTO_SLASH_RE, 'protocolSlash'],
    [IP_PORT_RE, 'hostPort'],
    [PROTO_RE, 'keyword'],
    [DEFAULT_PORT_APPOSITION_RE, 'keyword'],
    [FLAG_RE, 'flag'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const digits = m[1] ?? '';
      add(m.index + m[0].lastIndexOf(digits), digits, form);
    }
  }
  PREPOSITION_RE.lastIndex = 0;
  for (let m = PREPOSITION_RE.exec(text); m; m = PREPOSITION_RE.exec(text)) {
    const digits = m[1] ?? '';
    if (wellKnownPorts().has(Number(digits))) add(m.index + m[0].lastIndexOf(digits), digits, 'preposition');
  }
  for (const [re, at] of [
    [RULE_VERB_RE, 'last'],
    [PORT_DIRECTION_RE, 'first'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const digits = m[1] ?? '';
      if (!wellKnownPorts().has(Number(digits))) continue;
      add(m.index + (at === 'last' ? m[0].lastIndexOf(digits) : m[0].indexOf(digits)), digits, 'rule');
    }
  }
  namedPorts(text, add);
  return out.sort((a, b) => a.start - b.start);
}
