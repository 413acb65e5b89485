/** Port numbers written the ways people write them in design docs, CLIs, URLs and IaC. */
import { SERVICES } from '../../facts/catalog';

export interface PortMention {
  readonly start: number;
  readonly end: number;
  readonly port: number;
  /** How it was written, so rules can weigh certainty. */
  readonly form: 'keyword' | 'hostPort' | 'protocolSlash' | 'flag' | 'tableCell' | 'preposition';
}

// "port 5432", "Port: 3306", "ports 80 and 443", "from_port = 5432", "FromPort: 5432", "\"Port\": 3306"
const KEYWORD_RE = /\b(?:from_?|to_?|db_?|host_?|container_?|listener_?|target_?)?ports?\b["']?\s*(?:number\s*|of\s*|is\s*|=>?\s*|:\s*)?["']?(\d{1,5})\b((?:\s*(?:,|and|or|&|\/)\s*\d{2,5}\b)*)/gi;
// host:5432 in URLs and endpoints (the part before ':' must end in a letter or ']' so times like 10:30 stay out)
const HOST_PORT_RE = /(?<=[A-Za-z\]])\:(\d{2,5})(?![\d:])/g;
// 5432/tcp
const SLASH_RE = /\b(\d{2,5})\/(?:tcp|udp)\b/gi;
// TCP 5432, TCP port 5432 handled by keyword; "TCP 5432" here
const PROTO_RE = /\b(?:TCP|UDP)\s+(\d{2,5})\b/g;
// psql -p 3306, --port 3306, --port=3306
const FLAG_RE = /(?:^|\s)(?:-p|-P|--port)(?:\s+|=)(\d{2,5})\b/g;
// "the PostgreSQL endpoint is on 3306", "listening on 6379 in the data subnets", "reached over 5432.":
// only a port the fact pack knows as a default, and only when nothing after it makes it a count
// ("on 3306 hosts", "on 80 %").
const PREPOSITION_RE = /\b(?:on|via|over|using|uses|through)\s+(?:(?:TCP|UDP)\s+)?(\d{2,5})\b(?![.,]\d)(?=\s*[).,;:!?|(]|\s*$|\s+(?:for|in|to|and|or|from|with|as|by|on|inside|within|behind|via|through|only|instead|while|but|so|if|when|where|which|that)\b)/gi;

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
    [PROTO_RE, 'keyword'],
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
  return out.sort((a, b) => a.start - b.start);
}
