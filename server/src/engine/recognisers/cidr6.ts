/**
 * IPv6 CIDR notation: recognition, validation and the arithmetic hovers and rules share.
 * Addresses are 128-bit BigInts. Only text that is clearly meant as IPv6 is taken: it has `::`
 * or at least six colon-separated groups, so ratios and times ("1:2:3/4", "10:30/2") stay text.
 */
import { formatNumber } from '../util/format';

export interface Cidr6 {
  /** The address as a 128-bit unsigned integer. */
  readonly address: bigint;
  readonly prefix: number;
}

export type Cidr6Problem = 'double-colon' | 'long-group' | 'group-count' | 'prefix' | 'colon';

export interface Cidr6Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Offset of the '/'. */
  readonly slash: number;
  readonly prefix: number;
  /** Set when the notation is valid. */
  readonly cidr?: Cidr6;
  /** Why the notation is invalid, when it is. */
  readonly problem?: Cidr6Problem;
}

const BITS = 128n;
const ALL = (1n << BITS) - 1n;

// A run of hex digits and colons followed by "/n". The look-behind makes every run start at its
// first character, so the scan is linear; what follows the prefix must end the token.
const CANDIDATE = /(?<![\w:.])([0-9A-Fa-f:]+)\/(\d{1,4})(?![\w/]|\.\d)/g;

/** Why a written address is not valid IPv6, or its value. */
export function parseAddress6(text: string): { value?: bigint; problem?: Cidr6Problem } {
  const doubles = text.split('::').length - 1;
  if (text.includes(':::') || doubles > 1) return { problem: 'double-colon' };
  const [head = '', tail] = doubles === 1 ? text.split('::') : [text, undefined];
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...left, ...right];
  if (groups.some((g) => g === '')) return { problem: 'colon' };
  if (groups.some((g) => g.length > 4)) return { problem: 'long-group' };
  if (tail === undefined ? groups.length !== 8 : groups.length > 7) return { problem: 'group-count' };
  const filled = [...left, ...new Array<string>(8 - groups.length).fill('0'), ...right];
  let value = 0n;
  for (const g of filled) value = (value << 16n) | BigInt(parseInt(g, 16));
  return { value };
}

function looksLikeIpv6(text: string): boolean {
  return text.includes('::') || text.split(':').length >= 6;
}

export function findCidr6s(text: string, base: number): Cidr6Mention[] {
  if (!text.includes(':')) return [];
  const out: Cidr6Mention[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const address = m[1] ?? '';
    if (!looksLikeIpv6(address) || !/[0-9A-Fa-f]/.test(address)) continue;
    const prefix = Number(m[2]);
    const start = base + m.index;
    const mention = { start, end: start + m[0].length, text: m[0], slash: start + address.length, prefix };
    const parsed = parseAddress6(address);
    if (parsed.value === undefined) out.push({ ...mention, problem: parsed.problem });
    else if (prefix > 128) out.push({ ...mention, problem: 'prefix' });
    else out.push({ ...mention, cidr: { address: parsed.value, prefix } });
  }
  return out;
}

export function mask6(prefix: number): bigint {
  return prefix === 0 ? 0n : (ALL << BigInt(128 - prefix)) & ALL;
}

export function network6(cidr: Cidr6): bigint {
  return cidr.address & mask6(cidr.prefix);
}

export function last6(cidr: Cidr6): bigint {
  return network6(cidr) | (~mask6(cidr.prefix) & ALL);
}

export function hasHostBits6(cidr: Cidr6): boolean {
  return network6(cidr) !== cidr.address;
}

/** a contains b. */
export function contains6(a: Cidr6, b: Cidr6): boolean {
  return a.prefix <= b.prefix && network6(a) === (b.address & mask6(a.prefix));
}

export function overlaps6(a: Cidr6, b: Cidr6): boolean {
  return contains6(a, b) || contains6(b, a);
}

/** RFC 5952 text: lower case, leading zeros dropped, the longest run of two or more zero groups as `::`. */
export function format6(value: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function canonical6(cidr: Cidr6): string {
  return `${format6(network6(cidr))}/${cidr.prefix}`;
}

/** How many /64 subnets the block holds (2^(64 − prefix)); 0 for a block smaller than a /64. */
export function count64s(prefix: number): bigint {
  return prefix > 64 ? 0n : 1n << BigInt(64 - prefix);
}

/** 2^n written out with separators up to 2^53, as "2^72" above. */
export function formatPowerOfTwo(exponent: number): string {
  return exponent <= 53 ? formatNumber(2 ** exponent) : `2^${exponent}`;
}

export const PROBLEM_TEXT: Record<Cidr6Problem, string> = {
  'double-colon': '`::` may appear only once',
  'long-group': 'a group has more than four hex digits',
  'group-count': 'it does not have eight groups (or fewer with one `::`)',
  prefix: 'the prefix is above /128',
  colon: 'a group is empty (a single `:` at the start or end, or `:` twice outside `::`)',
};
