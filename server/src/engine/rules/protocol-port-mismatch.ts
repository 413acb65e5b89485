import { requireFact } from '../../facts/catalog';
import type { PortMention } from '../recognisers/ports';
import { clauses } from '../parse/clauses';
import { NEGATION } from './kit/helpers';
import type { ContextRule } from './kit/types';

interface Protocol {
  readonly name: string;
  readonly keyword: RegExp;
  readonly fact: string;
}

const PROTOCOLS: readonly Protocol[] = [
  { name: 'SSH', keyword: /\bSSH\b|\bSFTP\b|\bSCP\b/g, fact: 'network-protocols.ssh-port' },
  { name: 'RDP', keyword: /\bRDP\b|\bRemote Desktop(?: Protocol)?\b/g, fact: 'network-protocols.rdp-port' },
  { name: 'HTTPS', keyword: /\bHTTPS\b/g, fact: 'network-protocols.https-port' },
  { name: 'HTTP', keyword: /\bHTTP\b(?![-/ ]?(?:API|APIs|endpoint|endpoints|header|headers|status|code|codes|method|methods|request|requests|response|responses|2|\/2|3|\/3|1\.1|integration|proxy|client|server|health))/g, fact: 'network-protocols.http-port' },
  { name: 'NFS', keyword: /\bNFS(?:v[34](?:\.\d)?)?\b|\bEFS\b/g, fact: 'efs.default-port' },
  { name: 'SMB', keyword: /\bSMB\b|\bCIFS\b/g, fact: 'fsx-windows.default-port' },
  { name: 'GENEVE', keyword: /\bGENEVE\b/g, fact: 'gwlb.default-port' },
];

const DELIBERATE = /\bcustom\b|\bnon-?(?:default|standard)\b|\bchanged?\b|\binstead of\b|\balternat\w*|\bmoved?\b|\bremap\w*|\bforward\w*|\btunnel\w*|\bproxy\b|→|->|=>|\bredirect\w*|\bterminat\w*|\blisteners?\b.*\btargets?\b|\btarget group\b/i;

function portOf(protocol: Protocol): number {
  const v = requireFact(protocol.fact).value;
  return v.type === 'number' ? v.value : -1;
}

interface KeywordHit {
  readonly protocol: Protocol;
  readonly start: number;
  readonly end: number;
}

export const protocolPortMismatch: ContextRule = {
  id: 'protocol-port-mismatch',
  scope: 'context',
  cue: { has: ['port'] },
  description: "A protocol written with another protocol's well-known port (SSH on 3389, RDP on 22, NFS on 445).",
  rationale:
    'SSH uses TCP 22, RDP 3389, HTTP 80, HTTPS 443, NFS (EFS) 2049, SMB 445 and GENEVE (Gateway Load Balancer) UDP 6081. A security group rule ' +
    'that pairs a protocol with another protocol\'s port opens the wrong service and leaves the intended one closed. Only a port that is ' +
    'another listed protocol\'s port is flagged (8080 or 8443 may be deliberate), each port is paired with the nearest protocol word in its ' +
    'clause, and text that calls the port custom, changed or forwarded stays quiet.',
  severity: 'warning',
  category: 'ports',
  facts: PROTOCOLS.map((p) => p.fact),
  fixable: true,
  examples: {
    flag: [
      {
        text: 'Bastion SG: allow SSH (TCP 3389) from the office CIDR.',
        flagged: ['3389'],
        output: 'Bastion SG: allow SSH (TCP 22) from the office CIDR.',
      },
      { text: 'Windows admins connect over RDP on port 22.', flagged: ['22'], output: 'Windows admins connect over RDP on port 3389.' },
      {
        text: '| Rule | Protocol | Port | Source |\n| --- | --- | --- | --- |\n| admin | RDP | 22 | 203.0.113.0/24 |',
        flagged: ['22'],
        output: '| Rule | Protocol | Port | Source |\n| --- | --- | --- | --- |\n| admin | RDP | 3389 | 203.0.113.0/24 |',
      },
      {
        text: 'Mount targets accept NFS on port 445 from the app subnets.',
        flagged: ['445'],
        output: 'Mount targets accept NFS on port 2049 from the app subnets.',
      },
    ],
    pass: [
      'Allow SSH on 22 and RDP on 3389 from the VPN range.',
      'The app listens for HTTP on 8080 behind the ALB.',
      'SSH runs on custom port 2222 on the jump host.',
      'The ALB listener accepts HTTPS on 443 and forwards HTTP to port 80 on the targets.',
    ],
  },
  check(context, report) {
    if (context.ports.length === 0 || context.kind === 'code' || DELIBERATE.test(context.text)) return;
    const all: KeywordHit[] = [];
    for (const protocol of PROTOCOLS) {
      const re = new RegExp(protocol.keyword.source, protocol.keyword.flags);
      for (let m = re.exec(context.text); m; m = re.exec(context.text)) all.push({ protocol, start: context.start + m.index, end: context.start + m.index + m[0].length });
    }
    if (all.length === 0) return;
    const owners = new Map<number, Protocol>();
    for (const p of PROTOCOLS) owners.set(portOf(p), p);
    const scopes = context.kind === 'tableRow' ? [{ text: context.text, start: context.start }] : clauses(context);
    for (const scope of scopes) {
      if (NEGATION.test(scope.text)) continue;
      const end = scope.start + scope.text.length;
      const keywords = all.filter((k) => k.start >= scope.start && k.end <= end);
      const ports = context.ports.filter((p: PortMention) => p.start >= scope.start && p.end <= end);
      if (keywords.length === 0 || ports.length === 0) continue;
      // Table row: one protocol family and the row's port(s); prose: the nearest keyword within 30 characters.
      const families = new Set(keywords.map((k) => k.protocol.name));
      for (const port of ports) {
        let protocol: Protocol | undefined;
        if (context.kind === 'tableRow') {
          if (families.size === 1) protocol = keywords[0]?.protocol;
        } else {
          let best: { hit: KeywordHit; distance: number } | undefined;
          for (const k of keywords) {
            const distance = k.end <= port.start ? port.start - k.end : (k.start - port.end) * 1.5;
            if (!best || distance < best.distance) best = { hit: k, distance };
          }
          if (best && best.distance <= 30) protocol = best.hit.protocol;
        }
        if (!protocol) continue;
        const expected = portOf(protocol);
        if (port.port === expected) continue;
        const other = owners.get(port.port);
        if (!other || other.name === protocol.name) continue;
        // "HTTP" next to "HTTPS" ports and vice versa in one clause is usually a redirect description.
        if (families.has(other.name)) continue;
        report({
          start: port.start,
          end: port.end,
          factIds: [protocol.fact, other.fact],
          message: `${protocol.name} uses port ${expected}; ${port.port} is the ${other.name} port.`,
          fixes: [{ title: `Use ${expected}`, edits: [{ start: port.start, end: port.end, newText: String(expected) }], safe: false }],
        });
      }
    }
  },
};
