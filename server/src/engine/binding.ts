/**
 * Binding a number to the entity it belongs to: the nearest role keyword in the same context wins;
 * in a table row the column header speaks first; a nested list item inherits from its parent item.
 */
import type { Context } from './contexts';

export type CidrRole = 'vpc' | 'subnet' | 'route' | 'other' | 'unknown';

const ROLE_PATTERNS: ReadonlyArray<[Exclude<CidrRole, 'unknown'>, RegExp]> = [
  ['subnet', /\bsub-?nets?\b|\baws_subnet\b|AWS::EC2::Subnet\b/gi],
  ['vpc', /\b(?:[Ss]econdary|[Pp]rimary|[Aa]dditional)\s+(?:IPv4\s+)?CIDR(?:\s+blocks?)?\b|\bVPCs?\b(?!\s+(?:endpoints?|lattice|flow\s+logs?|sharing|link|reachability|IPAM|traffic\s+mirroring)\b)|\bVirtual Private Clouds?\b|\baws_vpc\b(?!_)|AWS::EC2::VPC\b(?!\w)/g],
  ['route', /\broute(?:s| tables?)?\b|\bdestinations?\b|->\s*(?:target\s+)?local\b/gi],
  [
    'other',
    /\bon[- ]?prem(?:ises)?\b|\bcorporate\b|\boffice\b|\bdata ?cent(?:er|re)s?\b|\bWAN\b|\bLAN\b|\bhome networks?\b|\binterfaces?\b|\bENIs?\b|\bcontainers?\b|\bpods?\b|\bKubernetes\b|\bDocker\b|\bCGNAT\b|\bcustomer gateway\b|\bVPN\b|\bDirect Connect\b|\bhosts?\b|\binstances?\b|\bclients?\b|\bsingle (?:IP|address)\b|\bIPv4 addresses\b|\bprivate (?:IP )?ranges?\b|\bRFC ?1918\b|\bsupernets?\b|\baddress pools?\b|\bIPAM\b|\bfor AWS\b(?!\s+(?:VPCs?|Virtual Private Clouds?)\b)/gi,
  ],
];

interface Hit {
  readonly role: Exclude<CidrRole, 'unknown'>;
  readonly distance: number;
}

/** "on-premises subnet", "office VPC", "Docker subnet": a qualifier makes a subnet/VPC noun someone else's network. */
const FOREIGN_QUALIFIER =
  /(?:\bon[- ]?prem(?:ises)?|\bcorporate|\boffice|\bdata ?cent(?:er|re)|\bbranch|\bhome|\bremote[- ]site|\bcustomer|\bpartner|\bDocker|\bKubernetes|\bcampus|\bLAN|\bWAN)\s+(?:[\w-]+\s+)?$/i;

/**
 * Numbers and CIDRs count as one character each in a binding distance, and so do the number words a
 * fix writes ("three" → "five"): a fix that rewrites a neighbouring value ("0.0.0.255/0" → "0.0.0.0/0",
 * "65531" → "65,531") must not move which keyword is nearest, or fix-all would need a second pass.
 */
const VALUE_TOKEN = /(?<![A-Za-z0-9_])\d[\d.,:/]*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;

/** Maps an offset of `text` to its offset with every value token shrunk to one character. */
interface Compressed {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** `shrink[i]`: characters removed by the tokens before token i. */
  readonly shrink: readonly number[];
}

let lastCompressed: Compressed | undefined;

function compress(text: string): Compressed {
  if (lastCompressed && lastCompressed.text === text) return lastCompressed;
  const starts: number[] = [];
  const ends: number[] = [];
  const shrink: number[] = [0];
  VALUE_TOKEN.lastIndex = 0;
  for (let m = VALUE_TOKEN.exec(text); m; m = VALUE_TOKEN.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    shrink.push((shrink[shrink.length - 1] ?? 0) + m[0].length - 1);
  }
  lastCompressed = { text, starts, ends, shrink };
  return lastCompressed;
}

function squeezed(c: Compressed, at: number): number {
  // The last token that starts before `at`.
  let lo = 0;
  let hi = c.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((c.starts[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  if (i < 0) return at;
  const start = c.starts[i] ?? 0;
  const end = c.ends[i] ?? 0;
  const before = c.shrink[i] ?? 0;
  if (at >= end) return at - (c.shrink[i + 1] ?? 0);
  return start - before + Math.min(at - start, 1);
}

function nearest(text: string, base: number, start: number, end: number): Hit | undefined {
  let best: Hit | undefined;
  const c = compress(text);
  const from = squeezed(c, start - base);
  const to = squeezed(c, end - base);
  for (const [role, re] of ROLE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const kwStart = base + m.index;
      const kwEnd = kwStart + m[0].length;
      if (kwEnd > start && kwStart < end) continue;
      // A keyword before the value reads as its subject ("VPC 10.0.0.0/16"); one after is weighed a little less.
      const distance = kwEnd <= start ? from - squeezed(c, m.index + m[0].length) : (squeezed(c, m.index) - to) * 1.5;
      const qualified = (role === 'subnet' || role === 'vpc') && FOREIGN_QUALIFIER.test(text.slice(Math.max(0, m.index - 30), m.index));
      if (!best || distance < best.distance) best = { role: qualified ? 'other' : role, distance };
    }
  }
  return best;
}

/** Role of the span [start, end) within `context`; `parents` are the ancestor items' contexts. */
/** "inside 10.0.0.0/8", "carved from 172.16.0.0/12": the range a block is taken from, not the block itself. */
const POOL_BEFORE = /\b(?:inside|within|carved\s+(?:out\s+)?(?:of|from)|taken\s+from|drawn\s+from|out\s+of|part\s+of|subset\s+of|from\s+the\s+(?:RFC\s?1918\s+)?(?:range|block|pool))\s+(?:the\s+)?(?:range\s+|block\s+)?[`*_(]*$/i;

export function cidrRole(context: Context, start: number, end: number, parents: readonly Context[] = []): CidrRole {
  if (context.kind !== 'code' && POOL_BEFORE.test(context.text.slice(Math.max(0, start - context.start - 40), start - context.start))) return 'other';
  if (context.kind === 'tableRow' && context.cells && context.header) {
    const column = context.cells.findIndex((c) => c.start <= start && end <= c.end);
    const head = column >= 0 ? context.header[column] : undefined;
    if (head) {
      const hit = nearest(head.text, head.start, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      if (hit) return hit.role;
    }
    const inRow = nearest(context.text, context.start, start, end);
    if (inRow) return inRow.role;
    // The table's subject: the first header cell that names a role ("| Subnet | AZ | CIDR | Hosts |" is a subnet table).
    for (const cell of context.header) {
      const hit = nearest(cell.text, 0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      if (hit) return hit.role;
    }
    return 'unknown';
  }
  const own = nearest(context.text, context.start, start, end);
  if (own) return own.role;
  for (const parent of parents) {
    const hit = nearest(parent.text, parent.start, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (hit) return hit.role;
  }
  return 'unknown';
}
