/**
 * Binding a number to the entity it belongs to: the nearest role keyword in the same context wins;
 * in a table row the column header speaks first; a nested list item inherits from its parent item.
 */
import type { Context } from '../parse/contexts';
import { columnAt } from '../parse/cells';
import { findServices } from '../recognisers/services';
import { DIGIT_WORDS, wordsPattern } from '../util/number-words';

export type CidrRole = 'vpc' | 'subnet' | 'route' | 'other' | 'unknown';

const ROLE_PATTERNS: ReadonlyArray<[Exclude<CidrRole, 'unknown'>, RegExp]> = [
  // "- private-a: …", "public-1b = …", "isolated-az2 (…)": an item or line labelled with a tier and its
  // Availability Zone is a subnet's (a label only: "the interface on private-a: 10.0.1.5/24" is a host's).
  ['subnet', /\bsub-?nets?\b|\baws_subnet\b|AWS::EC2::Subnet\b|\b(?:private|public|isolated|intra)(?<=^[ \t]{0,8}(?:[-*+][ \t]{1,4}|\d{1,3}[.)][ \t]{1,4})?[`*_]{0,2}[a-z]{6,8})[-_](?:[a-f]|\d[a-f]?|az[-_]?\d)\b(?=[`*_]{0,2}[ \t]{0,4}(?:[:=(]|->|→))/gim],
  ['vpc', /\b(?:[Ss]econdary|[Pp]rimary|[Aa]dditional)\s+(?:IPv4\s+)?CIDR(?:\s+blocks?)?\b|\bVPCs?\b(?!\s+(?:endpoints?|lattice|flow\s+logs?|sharing|link|reachability|IPAM|traffic\s+mirroring)\b)|\bvpcs?\b(?![-.:/]\w)(?!\s+(?:endpoints?|lattice|flow\s+logs?|sharing|link|reachability|ipam|traffic\s+mirroring)\b)|\bVirtual Private Clouds?\b|\baws_vpc\b(?!_)|AWS::EC2::VPC\b(?!\w)|(?<![\w.\/-])(?:vpc-(?!(?:endpoints?|link|lattice|flow|sharing|peering|cidrs?|ids?|subnets?|sg|nacl|module|config)\b)[a-z][a-z0-9]{1,30}(?:-[a-z0-9]{1,30}){0,4}|[a-z][a-z0-9]{1,30}(?:-[a-z0-9]{1,30}){0,4}-vpc)(?![\w.\/-])/g],
  ['route', /\broute(?:s| tables?)?\b|\bdestinations?\b|->\s*(?:target\s+)?local\b/gi],
  [
    'other',
    /\bon[- ]?prem(?:ises)?\b|\bcorporate\b|\boffice\b|\bdata ?cent(?:er|re)s?\b|\bWAN\b|\bLAN\b|\bhome networks?\b|\binterfaces?\b|\bENIs?\b|\bcontainers?\b|\bpods?\b|\bKubernetes\b|\bDocker\b|\bCGNAT\b|\bcustomer gateway\b|\bVPN\b|\bDirect Connect\b|\bhosts?\b|\binstances?\b|\bclients?\b|\bsingle (?:IP|address)\b|\bIPv4 addresses\b|\bprivate (?:IP )?ranges?\b|\bRFC ?1918\b|\bsupernets?\b|\baddress pools?\b|\bIPAM\b|\bfor AWS\b(?!\s+(?:VPCs?|Virtual Private Clouds?)\b)|\badvertis(?:e[sd]?|ing|ements?)\b|\bBGP\b|\bsummar(?:y|ies)\s+routes?\b|\baggregate\s+routes?\b/gi,
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
 * Numbers, CIDRs and service names count as one character each in a binding distance, and so do the
 * number words a fix writes ("three" → "five"): a fix that rewrites a neighbouring value
 * ("0.0.0.255/0" → "0.0.0.0/0", "65531" → "65,531") or renames a service ("Kinesis Data Firehose" →
 * "Amazon Data Firehose") must not move which keyword is nearest, or fix-all would need a second pass.
 */
const VALUE_TOKEN = new RegExp(String.raw`(?<![A-Za-z0-9_])\d[\d.,:/]*|\b(?:${wordsPattern(DIGIT_WORDS)})\b`, 'gi');

/** A role keyword of a text, in text offsets. `order` is the scan order (pattern, then position): it breaks ties. */
interface Keyword {
  readonly role: Exclude<CidrRole, 'unknown'>;
  readonly start: number;
  readonly end: number;
  readonly order: number;
}

/**
 * What `nearest` needs of a text, computed once per text: its keywords (sorted by end and by start)
 * and its value tokens and service names (to measure distances with each token shrunk to one character). A context
 * with thousands of CIDRs (a minified one-line file) used to rescan its whole text per CIDR.
 */
interface Indexed {
  readonly byEnd: readonly Keyword[];
  readonly byStart: readonly Keyword[];
  readonly tokenStarts: readonly number[];
  readonly tokenEnds: readonly number[];
  /** `shrink[i]`: characters removed by the tokens before token i. */
  readonly shrink: readonly number[];
  /**
   * Starts of clause boundaries (";", ", so", ". ", a line break before a "Label:" line or a list item,
   * a comma before the next item's role noun: "the vpc is 10.0.0.0/16, subnets 10.0.1.0/24 …"),
   * sorted: a keyword after one does not speak for a value before it ("VPC CIDR: 10.1.0.0/16" over "Subnets: …").
   */
  readonly boundaries: readonly number[];
}

/**
 * "Our on-prem network uses 10.0.0.0/8, so the VPC uses 100.64.0.0/16": a role word in the next clause
 * names what that clause is about, not the value before it. Not the clause splitter of
 * parse/clauses.ts: binding also stops at a reason (", because", ", since", "therefore"), which a
 * judged statement keeps in its clause, and not at a line break; merging the two would change which
 * keyword binds a CIDR.
 */
const CLAUSE_BOUNDARY =
  /;|,\s*(?:so|but|while|whereas|because|since|hence|thus|therefore|then|yet)\b|\s(?:so|but|whereas|because|hence|thus|therefore)\s|\.(?=\s|$)|\n(?=[ \t]*(?:[-*+>][ \t]|\d+[.)][ \t]|[\w*_ /()-]{1,40}:))|,(?=[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?(?:sub-?nets?|vpcs?)\b)/gi;

const indexes = new Map<string, Indexed>();

function indexOf(text: string): Indexed {
  let found = indexes.get(text);
  if (found) return found;
  const keywords: Keyword[] = [];
  for (const [role, re] of ROLE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const qualified = (role === 'subnet' || role === 'vpc') && FOREIGN_QUALIFIER.test(text.slice(Math.max(0, m.index - 30), m.index));
      keywords.push({ role: qualified ? 'other' : role, start: m.index, end: m.index + m[0].length, order: keywords.length });
    }
  }
  const spans: Array<[number, number]> = [];
  VALUE_TOKEN.lastIndex = 0;
  for (let m = VALUE_TOKEN.exec(text); m; m = VALUE_TOKEN.exec(text)) spans.push([m.index, m.index + m[0].length]);
  for (const service of findServices(text, 0)) spans.push([service.start, service.end]);
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  // Overlapping spans ("Route 53") count as one.
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  const shrink: number[] = [0];
  for (const [start, end] of spans) {
    const last = tokenEnds.length - 1;
    if (last >= 0 && start < (tokenEnds[last] ?? 0)) {
      if (end > (tokenEnds[last] ?? 0)) {
        shrink[last + 1] = (shrink[last + 1] ?? 0) + end - (tokenEnds[last] ?? 0);
        tokenEnds[last] = end;
      }
      continue;
    }
    tokenStarts.push(start);
    tokenEnds.push(end);
    shrink.push((shrink[shrink.length - 1] ?? 0) + end - start - 1);
  }
  const boundaries: number[] = [];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) boundaries.push(m.index);
  found = {
    boundaries,
    byEnd: [...keywords].sort((x, y) => x.end - y.end || x.order - y.order),
    byStart: [...keywords].sort((x, y) => x.start - y.start || x.order - y.order),
    tokenStarts,
    tokenEnds,
    shrink,
  };
  // Bounded: a context's own text and its parents' are looked up in turn for each of its CIDRs.
  if (indexes.size >= 64) indexes.clear();
  indexes.set(text, found);
  return found;
}

/** Number of items of a sorted array for which `below` holds (binary search). */
function countBelow<T>(items: readonly T[], below: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid];
    if (item !== undefined && below(item)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `at` (a text offset) with every value token before it shrunk to one character. */
function squeezed(x: Indexed, at: number): number {
  const i = countBelow(x.tokenStarts, (s) => s < at) - 1; // the last token that starts before `at`
  if (i < 0) return at;
  const start = x.tokenStarts[i] ?? 0;
  if (at >= (x.tokenEnds[i] ?? 0)) return at - (x.shrink[i + 1] ?? 0);
  return start - (x.shrink[i] ?? 0) + Math.min(at - start, 1);
}

/**
 * The nearest role keyword to [start, end) (document offsets; `base` is the text's). A keyword before
 * the value reads as its subject ("VPC 10.0.0.0/16"); one after is weighed a little less. On equal
 * distances the keyword found first in scan order wins (patterns in order, then position).
 */
function nearest(text: string, base: number, start: number, end: number): Hit | undefined {
  const x = indexOf(text);
  const from = squeezed(x, start - base);
  const to = squeezed(x, end - base);
  let best: Keyword | undefined;
  let bestDistance = Infinity;
  const consider = (k: Keyword, distance: number): void => {
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && k.order < best.order)) {
      best = k;
      bestDistance = distance;
    }
  };
  // Before: keywords ending at or before `start`; the nearest are those with the greatest squeezed end.
  const before = countBelow(x.byEnd, (k) => k.end <= start - base);
  const last = x.byEnd[before - 1];
  if (last) {
    const at = squeezed(x, last.end);
    for (let i = before - 1; i >= 0; i--) {
      const k = x.byEnd[i];
      if (!k || squeezed(x, k.end) !== at) break;
      consider(k, from - at);
    }
  }
  // After: keywords starting at or after `end`; the nearest are those with the smallest squeezed start.
  const after = countBelow(x.byStart, (k) => k.start < end - base);
  const next = x.byStart[after];
  const boundary = x.boundaries[countBelow(x.boundaries, (b) => b < end - base)];
  if (next && (boundary === undefined || next.start <= boundary)) {
    const at = squeezed(x, next.start);
    for (let i = after; i < x.byStart.length; i++) {
      const k = x.byStart[i];
      if (!k || squeezed(x, k.start) !== at) break;
      consider(k, (at - to) * 1.5);
    }
  }
  const found: Keyword | undefined = best;
  return found ? { role: found.role, distance: bestDistance } : undefined;
}

/**
 * "inside 10.0.0.0/8", "carved from 172.16.0.0/12", "when the VPC is in 10.0.0.0/8", "the IPAM pool
 * 10.0.0.0/8", "summarised as 10.0.0.0/8": the range a block is taken from, not the block itself.
 */
const POOL_BEFORE =
  /(?:\b(?:inside|within|(?:carved|cut|sliced|allocated|assigned)\s+(?:out\s+)?(?:of|from)|taken\s+from|drawn\s+from|out\s+of|part\s+of|subset\s+of|from\s+the\s+(?:RFC\s?1918\s+)?(?:range|block|pool))\s+(?:the\s+)?(?:range\s+|block\s+)?|\b(?:is|are|sits?|lives?|lies|falls?|fits?)\s+in\s+(?:the\s+)?|\b(?:pool|supernet|aggregate|summary\s+route)\s*[:=]?\s*|\bsummari[sz]ed\s+(?:as|to|into|by)\s+)[`*_(]*$/i;

/**
 * "traffic from 10.0.0.0/8", "source 10.0.0.0/8", "egress to 10.0.0.0/8": the other end of a flow (a
 * security group, NACL or route entry), not the block of the VPC or subnet the sentence names. "from X
 * to Y" between two blocks without a flow word is a range or a change ("subnets from 10.0.0.0/24 to
 * 10.0.3.0/24"), not a flow.
 */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?(?:(?:CIDR|range|block|prefix)\s+)?[`*_(]*$/i;
const TO_BEFORE = /\bto\s+(?:the\s+)?(?:(?:CIDR|range|block|prefix)\s+)?[`*_(]*$/i;
const ENDPOINT_BEFORE = /\b(?:sources?|destinations?|src|dst)(?:\s+(?:CIDRs?|ranges?|blocks?|prefix(?:es)?|IPs?|address(?:es)?))?\s*(?:[:=]|\bis\b|\bof\b)?\s*[`*_(]*$/i;
const FLOW_WORD =
  /\b(?:traffic|egress|ingress|inbound|outbound|access|connections?|requests?|packets|allow(?:s|ed|ing)?|den(?:y|ies|ied|ying)|permit(?:s|ted|ting)?|block(?:s|ed|ing)?|forward(?:s|ed|ing)?|send(?:s|ing)?|sent|reach(?:es|ed|ing)?|rout(?:e|es|ed|ing)|NACL|security groups?|SG)\b[^.;]*$/i;
const RANGE_FROM = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|go(?:es)?|moved?|chang(?:e|es|ed)|resiz(?:e|es|ed)|grow(?:s|n)?|grew|expand(?:s|ed)?|shr[iu]nk|migrat(?:e|es|ed)|renumber(?:ed)?)\s+(?:\w+\s+){0,2}from\s+[`*_(]*$/i;
/** "from the 100.64.0.0/10 CGNAT range": where a block is taken from. */
const POOL_AFTER = /^[`*_)]*\s*(?:[\w-]+\s+)?(?:range|pool|supernet|space)\b/i;
const TO_CIDR_AFTER = /^[`*_)]*\s*(?:to|through|thru|-|–|—)\s*[`*_(]*\d/i;

function isFlowEnd(before: string, after: string): boolean {
  if (ENDPOINT_BEFORE.test(before)) return true;
  const clause = before.replace(/[`*_(]*$/, '');
  if (FROM_BEFORE.test(before)) {
    const head = clause.replace(/\bfrom\s+(?:the\s+)?(?:(?:CIDR|range|block|prefix)\s+)?$/i, '');
    if (FLOW_WORD.test(head)) return true;
    return !RANGE_FROM.test(before) && !TO_CIDR_AFTER.test(after);
  }
  if (TO_BEFORE.test(before)) {
    const head = clause.replace(/\bto\s+(?:the\s+)?(?:(?:CIDR|range|block|prefix)\s+)?$/i, '');
    return FLOW_WORD.test(head);
  }
  return false;
}

/**
 * "100.64.0.0/16 is a secondary CIDR on the same VPC", "10.1.0.0/16 (additional CIDR)", "… is associated
 * with the VPC": another block of the VPC, whatever noun comes before it ("the EKS pod CIDR 100.64.0.0/16").
 */
const SECONDARY_AFTER =
  /^[`*_)]*\s*(?:[,(:]\s*|-{1,2}\s*|—\s*)?(?:(?:is|was|will\s+be|becomes?|as|added\s+as|stays?)\s+)?(?:(?:an?|the|our)\s+)?(?:(?:secondary|additional|second|extra)\s+(?:IPv4\s+)?(?:VPC\s+)?CIDR|(?:is\s+|was\s+)?associated\s+(?:with|to)\s+(?:the|this|that|our)\s+(?:[\w-]+\s+){0,2}VPC\b)/i;
const SECONDARY_BEFORE = /\b(?:secondary|additional|second|extra)\s+(?:IPv4\s+)?(?:VPC\s+)?CIDR(?:\s+blocks?)?\s*(?:[:=]|\bis\b|\bof\b)?\s*[`*_(]*$/i;

/** A CIDR the text calls another (secondary/additional/associated) block of a VPC. */
export function isSecondaryBlock(context: Context, start: number, end: number): boolean {
  if (context.kind === 'code') return false;
  const after = context.text.slice(end - context.start, end - context.start + 80);
  const before = context.text.slice(Math.max(0, start - context.start - 40), start - context.start);
  return SECONDARY_AFTER.test(after) || SECONDARY_BEFORE.test(before);
}

/** Role of the span [start, end) within `context`; `parents` are the ancestor items' contexts. */
export function cidrRole(context: Context, start: number, end: number, parents: readonly Context[] = []): CidrRole {
  // The default route is a destination everywhere (a route table, a diagram label, a NACL row), never a block.
  if (DEFAULT_ROUTE.test(context.text.slice(start - context.start, end - context.start))) return 'route';
  if (context.kind === 'code') return nearestRole(context, start, end, parents);
  let before = context.text.slice(Math.max(0, start - context.start - 120), start - context.start);
  let after = context.text.slice(end - context.start, end - context.start + 80);
  if (context.kind === 'tableRow') {
    // The words of the value's own cell.
    before = before.slice(before.lastIndexOf('|') + 1);
    after = after.split('|')[0] ?? '';
  }
  if (SECONDARY_AFTER.test(after)) return 'vpc';
  if (POOL_BEFORE.test(before.slice(-40)) || (FROM_BEFORE.test(before) && POOL_AFTER.test(after))) return 'other';
  const role = nearestRole(context, start, end, parents);
  // The other end of a flow is not the VPC or subnet the sentence is about (a range the text calls on-premises, a host… stays as it is).
  if ((role === 'vpc' || role === 'subnet') && isFlowEnd(before, after)) return 'route';
  return role;
}

/**
 * The special-purpose IPv4 ranges (RFC 1918, shared address space, loopback, link-local, multicast,
 * benchmarking). A table row holding exactly one of these is a reference row ("| 10.0.0.0/8 | 16M |",
 * "| 10.0.0.0/8 | … | Large enterprises, cloud VPCs |"), not a block of the plan.
 */
const DEFAULT_ROUTE = /^0\.0\.0\.0\/0$/;

const FLOW_COLUMN = /\b(?:sources?|src|dest(?:ination)?s?|dst|peer|remote|allowed\s+from)\b/i;

const SPECIAL_RANGES = new Set(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '224.0.0.0/4', '240.0.0.0/4', '198.18.0.0/15', '0.0.0.0/8']);

function tableRole(context: Context, start: number, end: number, header: readonly { readonly start: number; readonly text: string }[], cells: readonly { readonly start: number; readonly end: number }[]): CidrRole {
  const fromHeader = (role: CidrRole): CidrRole => ((role === 'vpc' || role === 'subnet') && SPECIAL_RANGES.has(context.text.slice(start - context.start, end - context.start)) ? 'other' : role);
  const column = columnAt(cells, start, end);
  const head = column >= 0 ? header[column] : undefined;
  // A rule table's match fields ("| Source | Dest |"): the other end of a flow, not a block of the plan.
  if (head && FLOW_COLUMN.test(head.text)) return 'route';
  if (head) {
    const hit = nearest(head.text, head.start, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (hit) return fromHeader(hit.role);
  }
  const inRow = nearest(context.text, context.start, start, end);
  if (inRow) return fromHeader(inRow.role);
  // The table's subject: the first header cell that names a role ("| Subnet | AZ | CIDR | Hosts |" is a subnet table).
  for (const cell of header) {
    const hit = nearest(cell.text, 0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (hit) return fromHeader(hit.role);
  }
  // A block in a row that places it in one Availability Zone is a subnet: a VPC spans the Region's AZs.
  const az = header.findIndex((h) => AZ_HEADER.test(h.text.trim()));
  const azCell = az >= 0 ? cells[az] : undefined;
  if (azCell && ONE_AZ.test(context.text.slice(azCell.start - context.start, azCell.end - context.start).replace(/[`*_]/g, '').trim())) return fromHeader('subnet');
  // A column headed by one Availability Zone ("| Tier | AZ a | AZ b |", "| us-east-1a |"): a grid of subnets.
  if (head && namesOneAz(head.text)) return fromHeader('subnet');
  return 'unknown';
}

/** A column of one Availability Zone per row ("AZ", "Availability Zone", "Zone"; not "AZs"). */
const AZ_HEADER = /^(?:AZ|Availability\s+Zone|Zone)(?:\s+ID)?$/i;
/** One AZ: "a", "us-east-1a", "AZ1", "use1-az2", "eu-west-1b". */
const ONE_AZ = /^(?:[a-f]|[a-z]{2}(?:-[a-z]+)+-\d[a-f]|AZ[ -]?\d|[a-z]{3,4}\d-az\d)$/i;

/** A header that names one AZ: "AZ a", "AZ-1", "Zone B", "us-east-1a", "use1-az2" (not "AZ" or "AZs"). */
const ONE_AZ_COLUMN = /^(?:(?:AZ|Zone|Availability\s+Zone)[ -]?(?:[a-f]|\d)|[a-z]{2}(?:-[a-z]+)+-\d[a-f]|[a-z]{3,4}\d-az\d)$/i;

export function namesOneAz(header: string): boolean {
  return ONE_AZ_COLUMN.test(header.replace(/[`*_]/g, '').trim());
}

function nearestRole(context: Context, start: number, end: number, parents: readonly Context[]): CidrRole {
  if (context.kind === 'tableRow' && context.cells && context.header) return tableRole(context, start, end, context.header, context.cells);
  const own = nearest(context.text, context.start, start, end);
  if (own) return own.role;
  for (const parent of parents) {
    const hit = nearest(parent.text, parent.start, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (hit) return hit.role;
  }
  return 'unknown';
}
