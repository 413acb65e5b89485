/** IPv4 CIDR notation: recognition and the address arithmetic hovers and rules share. */

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
  return n.toLocaleString('en-US');
}
