/**
 * Completion in the IPv6 column of a subnet table: the next free block (a /64 unless the column
 * already uses another size) of the VPC's IPv6 block. The VPC block is the one IPv6 block written
 * before the table, on a line that names a VPC, that holds every IPv6 block already in the column.
 */
import { contains6, findCidr6s, format6, network6, overlaps6, type Cidr6 } from '../recognisers/cidr6';

export interface Ipv6Cell {
  readonly tableStart: number;
  readonly header: readonly string[];
  /** That column's text in the other rows. */
  readonly others: readonly string[];
  /** What is typed in the cell before the cursor. */
  readonly typed: string;
}

export interface Ipv6Proposal {
  readonly label: string;
  readonly detail: string;
  readonly documentation: string;
}

const SUBNET = /\bsub-?nets?\b/i;
const VPC_LINE = /\bVPC\b/i;
/** How far before the table the VPC block is looked for. */
const LOOK_BACK = 20000;
/** Candidate blocks tried before giving up (a nearly full /44 of /64s is 2^20 blocks). */
const MAX_TRIES = 65536;

function valid(text: string): Cidr6[] {
  return findCidr6s(text, 0).flatMap((m) => (m.cidr ? [m.cidr] : []));
}

const same = (a: Cidr6, b: Cidr6): boolean => a.prefix === b.prefix && network6(a) === network6(b);

/** The first free block of `prefix` inside `vpc`, after the last used one when possible. */
export function nextFreeSubnet6(vpc: Cidr6, used: readonly Cidr6[], prefix: number): Cidr6 | undefined {
  if (prefix < vpc.prefix || prefix > 128) return undefined;
  const step = 1n << BigInt(128 - prefix);
  const first = network6(vpc);
  const end = first + (1n << BigInt(128 - vpc.prefix));
  const inside = used.filter((u) => overlaps6(vpc, u));
  const free = (at: bigint): boolean => !inside.some((u) => overlaps6(u, { address: at, prefix }));
  const after = inside.reduce((max, u) => (network6(u) > max ? network6(u) : max), first - step);
  let tries = 0;
  for (let at = ((after + step) / step) * step; at < end && tries < MAX_TRIES; at += step, tries++) if (free(at)) return { address: at, prefix };
  for (let at = first; at < end && tries < 2 * MAX_TRIES; at += step, tries++) if (free(at)) return { address: at, prefix };
  return undefined;
}

export function proposeIpv6Subnet(text: string, cell: Ipv6Cell): Ipv6Proposal | undefined {
  if (!cell.header.some((h) => SUBNET.test(h))) return undefined;
  const column = cell.others.flatMap(valid);
  const before = text.slice(Math.max(0, cell.tableStart - LOOK_BACK), cell.tableStart);
  const vpcs: Cidr6[] = [];
  for (const line of before.split('\n')) if (VPC_LINE.test(line)) for (const c of valid(line)) if (c.prefix <= 60 && !vpcs.some((v) => same(v, c))) vpcs.push(c);
  const holding = column.length > 0 ? vpcs.filter((v) => column.every((c) => contains6(v, c))) : vpcs.slice(-1);
  const vpc = holding.length === 1 ? holding[0] : undefined;
  if (!vpc) return undefined;
  const prefix = column[column.length - 1]?.prefix ?? 64;
  const next = nextFreeSubnet6(vpc, column, prefix);
  if (!next) return undefined;
  const label = `${format6(next.address)}/${prefix}`;
  if (!label.startsWith(cell.typed.toLowerCase())) return undefined;
  return {
    label,
    detail: `next free /${prefix} in the VPC's IPv6 block ${format6(network6(vpc))}/${vpc.prefix}`,
    documentation: prefix <= 64 ? `${prefix === 64 ? 'one /64' : `${2 ** (64 - prefix)} /64 subnets`}` : 'smaller than a /64',
  };
}
