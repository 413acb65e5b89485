/**
 * The address plan of a document: each VPC's address space in address order, with its subnets, the
 * free ranges between them (as the largest aligned CIDR blocks, the ones a new subnet can take),
 * and what is wrong: subnets that overlap, subnets the document puts in a VPC whose block does not
 * hold them. Built from the same VPC/subnet grouping as the outline (symbols.ts), so the picture,
 * the outline and the rules agree. Rendered as a markdown table or an SVG bar per VPC
 * (address-plan-render.ts): the CLI prints them, the editor shows the SVG beside the document.
 */
import { networkGroups, type SymbolSource } from './symbols';
import { sizeOf, toDotted, type Cidr } from '../recognisers/cidr';

export type PlanProblem = 'overlap' | 'outside';

export interface PlanSubnet {
  readonly kind: 'subnet';
  readonly name: string;
  readonly cidr: string;
  /** First address and address count (plain numbers: a /0 holds 2^32). */
  readonly first: number;
  readonly size: number;
  /** The Availability Zone its row or statement names ("eu-west-1a", "use1-az2"). */
  readonly az?: string;
  /** Where the document defines it. */
  readonly start: number;
  readonly end: number;
  readonly problems: readonly PlanProblem[];
}

export interface PlanFree {
  readonly kind: 'free';
  readonly cidr: string;
  readonly first: number;
  readonly size: number;
}

export type PlanEntry = PlanSubnet | PlanFree;

export interface VpcPlan {
  readonly name: string;
  readonly cidr: string;
  readonly first: number;
  readonly size: number;
  readonly start: number;
  readonly end: number;
  /** Subnets inside the VPC and the free blocks between them, by address (overlapping subnets in turn). */
  readonly entries: readonly PlanEntry[];
  /** Subnets the document puts in this VPC that its block does not hold. */
  readonly outside: readonly PlanSubnet[];
  /** Addresses inside the VPC that some subnet takes (overlaps counted once). */
  readonly used: number;
}

export interface AddressPlan {
  readonly vpcs: readonly VpcPlan[];
  /** Subnets of no VPC the document names or whose block holds them. */
  readonly loose: readonly PlanSubnet[];
}

const TWO_32 = 2 ** 32;

/** First address of a block as a non-negative number (the model keeps the address as written). */
function firstOf(cidr: Cidr): number {
  const size = sizeOf(cidr.prefix);
  const address = cidr.address >>> 0;
  return size >= TWO_32 ? 0 : address - (address % size);
}

function cidrOf(first: number, size: number): string {
  return `${toDotted(first >>> 0)}/${32 - Math.log2(size)}`;
}

const AZ = /\b([a-z]{2}(?:-gov)?-[a-z]+-\d[a-z])\b|\b([a-z]{3,4}\d-az\d)\b/;

/** The Availability Zone a subnet's row or statement names, if one. */
function azOf(text: string): string | undefined {
  const m = AZ.exec(text);
  return m?.[1] ?? m?.[2];
}

/** [first, first + size) split into the largest aligned blocks, lowest first. */
export function alignedBlocks(first: number, end: number): PlanFree[] {
  const out: PlanFree[] = [];
  let at = first;
  while (at < end) {
    let size = 1;
    while (size < TWO_32 && at % (size * 2) === 0 && at + size * 2 <= end) size *= 2;
    out.push({ kind: 'free', cidr: cidrOf(at, size), first: at, size });
    at += size;
  }
  return out;
}

type SubnetSource = SymbolSource['subnets'][number];

function planSubnet(subnet: SubnetSource): Omit<PlanSubnet, 'problems'> {
  return {
    kind: 'subnet',
    name: subnet.name !== subnet.mention.text ? subnet.name : '',
    cidr: cidrOf(firstOf(subnet.cidr), sizeOf(subnet.cidr.prefix)),
    first: firstOf(subnet.cidr),
    size: sizeOf(subnet.cidr.prefix),
    az: azOf(subnet.context.text),
    start: subnet.mention.start,
    end: subnet.mention.end,
  };
}

const overlapping = (a: { first: number; size: number }, b: { first: number; size: number }): boolean => a.first < b.first + b.size && b.first < a.first + a.size;

export function addressPlan(model: SymbolSource): AddressPlan {
  const groups = networkGroups(model);
  const vpcs = groups.vpcs.map(({ vpc, subnets, name }): VpcPlan => {
    const first = firstOf(vpc.cidr);
    const size = sizeOf(vpc.cidr.prefix);
    const end = first + size;
    const all = subnets.map(planSubnet);
    const insideAll = all.filter((s) => s.first >= first && s.first + s.size <= end);
    const outside = all.filter((s) => !insideAll.includes(s)).map((s): PlanSubnet => ({ ...s, problems: ['outside'] }));
    // Two mentions of one block with one name are one subnet; anything else sharing addresses overlaps.
    const inside = insideAll
      .map((s): PlanSubnet => ({ ...s, problems: insideAll.some((o) => o !== s && overlapping(o, s) && !(o.first === s.first && o.size === s.size && o.name === s.name)) ? ['overlap'] : [] }))
      .sort((a, b) => a.first - b.first || b.size - a.size || a.start - b.start);
    const entries: PlanEntry[] = [];
    let covered = first;
    let used = 0;
    for (const subnet of inside) {
      if (subnet.first > covered) entries.push(...alignedBlocks(covered, subnet.first));
      entries.push(subnet);
      const subnetEnd = subnet.first + subnet.size;
      if (subnetEnd > covered) {
        used += subnetEnd - Math.max(covered, subnet.first);
        covered = subnetEnd;
      }
    }
    if (covered < end) entries.push(...alignedBlocks(covered, end));
    return { name, cidr: cidrOf(first, size), first, size, start: vpc.mention.start, end: vpc.mention.end, entries, outside, used };
  });
  return { vpcs, loose: groups.loose.map((s): PlanSubnet => ({ ...planSubnet(s), problems: [] })) };
}
