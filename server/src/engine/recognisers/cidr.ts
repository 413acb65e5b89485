/** IPv4 CIDR notation: recognition and the address arithmetic hovers and rules share. */
import { formatNumber } from '../util/format';

export interface Cidr {
  /** The address as 32-bit unsigned integer. */
  readonly address: number;
  readonly prefix: number;
}

export interface CidrMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Offset of the '/' so fixes can target the prefix alone. */
  readonly slash: number;
  /** undefined when an octet > 255 or the prefix > 32. */
  readonly cidr?: Cidr;
  readonly octets: readonly number[];
  readonly prefix: number;
}

const CIDR_RE = /(?<![\d.\w])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,3})(?![\d\w]|\.\d|\/)/g;

export function findCidrs(text: string, base: number): CidrMention[] {
  const out: CidrMention[] = [];
  CIDR_RE.lastIndex = 0;
  for (let m = CIDR_RE.exec(text); m; m = CIDR_RE.exec(text)) {
    const octets = [m[1], m[2], m[3], m[4]].map((s) => Number(s));
    const prefix = Number(m[5]);
    const valid = octets.every((o) => o <= 255) && prefix <= 32;
    const start = base + m.index;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      slash: start + m[0].indexOf('/'),
      octets,
      prefix,
      cidr: valid ? { address: toInt(octets), prefix } : undefined,
    });
  }
  return out;
}

export function toInt(octets: readonly number[]): number {
  return (((octets[0] ?? 0) << 24) | ((octets[1] ?? 0) << 16) | ((octets[2] ?? 0) << 8) | (octets[3] ?? 0)) >>> 0;
}

export function toDotted(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function sizeOf(prefix: number): number {
  return 2 ** (32 - prefix);
}

export function networkOf(cidr: Cidr): number {
  return (cidr.address & maskOf(cidr.prefix)) >>> 0;
}

export function lastOf(cidr: Cidr): number {
  return (networkOf(cidr) + sizeOf(cidr.prefix) - 1) >>> 0;
}

export function hasHostBits(cidr: Cidr): boolean {
  return networkOf(cidr) !== cidr.address;
}

export function canonical(cidr: Cidr): string {
  return `${toDotted(networkOf(cidr))}/${cidr.prefix}`;
}

/** a contains b. */
export function contains(a: Cidr, b: Cidr): boolean {
  return a.prefix <= b.prefix && networkOf(a) === ((networkOf(b) & maskOf(a.prefix)) >>> 0);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

const RFC1918: readonly Cidr[] = [
  { address: toInt([10, 0, 0, 0]), prefix: 8 },
  { address: toInt([172, 16, 0, 0]), prefix: 12 },
  { address: toInt([192, 168, 0, 0]), prefix: 16 },
];

export function isPrivate(cidr: Cidr): boolean {
  return RFC1918.some((block) => contains(block, { address: networkOf(cidr), prefix: Math.max(cidr.prefix, block.prefix) }));
}

export function formatCount(n: number): string {
  return formatNumber(n);
}

export interface PrefixMention {
  readonly start: number;
  readonly end: number;
  readonly prefix: number;
  /** The CIDR this prefix belongs to, when written as a full CIDR. */
  readonly cidr?: CidrMention;
}

// A bare "/24" in prose: not part of a path, URL, fraction or CIDR.
const BARE_PREFIX_RE = /(?<![\w./:\\-])\/(\d{1,2})(?![\w./])/g;

/** Every prefix written in `text`: the "/n" of each valid CIDR and bare "/n" (0–32). */
export function findPrefixes(text: string, base: number, cidrs: readonly CidrMention[]): PrefixMention[] {
  const out: PrefixMention[] = [];
  for (const c of cidrs) if (c.cidr) out.push({ start: c.start, end: c.end, prefix: c.prefix, cidr: c });
  BARE_PREFIX_RE.lastIndex = 0;
  for (let m = BARE_PREFIX_RE.exec(text); m; m = BARE_PREFIX_RE.exec(text)) {
    const prefix = Number(m[1]);
    if (prefix > 32) continue;
    const start = base + m.index;
    if (out.some((p) => p.start <= start && start < p.end)) continue;
    out.push({ start, end: start + m[0].length, prefix });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface NetmaskMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  /** The prefix length, or undefined for a non-contiguous mask. */
  readonly prefix?: number;
}

const NETMASK_RE = /(?<![\d.])(255)\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d/]|\.\d)/g;

/** Dotted netmasks (255.x.x.x) in `text`. */
export function findNetmasks(text: string, base: number): NetmaskMention[] {
  const out: NetmaskMention[] = [];
  NETMASK_RE.lastIndex = 0;
  for (let m = NETMASK_RE.exec(text); m; m = NETMASK_RE.exec(text)) {
    const octets = [m[1], m[2], m[3], m[4]].map((s) => Number(s));
    if (octets.some((o) => o > 255)) continue;
    const value = toInt(octets);
    const inverted = ~value >>> 0;
    // Contiguous: the inverted mask is 2^k - 1.
    const contiguous = (inverted & (inverted + 1)) === 0;
    let prefix: number | undefined;
    if (contiguous) prefix = 32 - Math.log2(inverted + 1);
    const start = base + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value, prefix });
  }
  return out;
}

/** "10.0.0.0/16" for a network and prefix. */
export function cidrText(network: number, prefix: number): string {
  return `${toDotted(network)}/${prefix}`;
}
