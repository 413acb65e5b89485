/**
 * CIDR roles from structure and arithmetic: a block that contains subnet blocks in other columns of
 * its table, or in the child items of its list item (or lead-in), is their VPC (or, when it cannot be one, a
 * range they are planned in), never a subnet beside them. Words bind most roles (assertions/cidr-role.ts); this
 * pass catches what words get wrong, which was the commonest false alarm on public network plans:
 * "| shared | 10.30.0.0/16 | 10.30.0.0/24 … |" read as two overlapping subnets.
 */
import type { AnalyzedContext, NetworkBlock } from './document-model';
import { contains, lastOf, networkOf } from '../recognisers/cidr';
import { columnAt } from '../parse/cells';
import { namesOneAz } from '../assertions/cidr-role';

/** The smallest VPC block AWS accepts is /28; the largest /16. */
const LARGEST_VPC_PREFIX = 16;

/** The column a block sits in (-1 outside tables). */
function columnOf(block: NetworkBlock): number {
  const cells = block.context.kind === 'tableRow' ? block.context.cells : undefined;
  return cells ? columnAt(cells, block.mention.start, block.mention.end) : -1;
}

/**
 * Family keys of a block: a container and its contents share one. A table is one family (its columns
 * tell a VPC column from subnet columns); a list item or lead-in is the family of its children.
 */
function familyKeys(block: NetworkBlock): string[] {
  const context = block.context;
  const keys = [`p${context.start}`];
  for (const parent of context.parents) keys.push(`p${parent.start}`);
  const table = context.kind === 'tableRow' ? context.header?.[0] : undefined;
  if (table) keys.push(`t${table.start}`);
  return keys;
}

/**
 * Whether `outer` holding `inner` is structure, not an overlap: another column of the same table
 * ("| VPC block | public subnets |"), or a parent item or lead-in over its children. Two rows of one
 * column, two sibling items or two blocks of one cell that contain each other are an overlap to report.
 */
function structural(outer: NetworkBlock, inner: NetworkBlock): boolean {
  if (inner.context.parents.some((p) => p.start === outer.context.start) && outer.context !== inner.context) return true;
  const a = outer.context.kind === 'tableRow' ? outer.context.header?.[0] : undefined;
  const b = inner.context.kind === 'tableRow' ? inner.context.header?.[0] : undefined;
  if (a === undefined || b === undefined || a.start !== b.start || columnOf(outer) === columnOf(inner)) return false;
  // Two columns of one Availability Zone each ("| Tier | AZ a | AZ b |"): two subnets, not a VPC beside its subnets.
  return !(inAzColumn(outer) && inAzColumn(inner));
}

function inAzColumn(block: NetworkBlock): boolean {
  const head = block.context.header?.[columnOf(block)];
  return head !== undefined && namesOneAz(head.text);
}

export interface Containers {
  /** Subnet candidates that are the VPC of other subnets of their family. */
  readonly vpcs: ReadonlySet<NetworkBlock>;
  /** Subnet candidates that contain others but cannot be their VPC (larger than /16, or inside a VPC). */
  readonly ranges: ReadonlySet<NetworkBlock>;
  /** For a contained subnet: the container that is its VPC. */
  readonly vpcOf: ReadonlyMap<NetworkBlock, NetworkBlock>;
}

/**
 * Finds containers of subnet candidates among the candidates and the blocks no word names (`unnamed`:
 * "- prod network 10.20.0.0/16" over its subnet items). IaC is left out: a resource block says what it
 * is. `vpcs` are the blocks words already call VPCs: a container inside one is a tier range, not a VPC.
 */
export function findContainers(subnets: readonly NetworkBlock[], unnamed: readonly NetworkBlock[], vpcs: readonly NetworkBlock[]): Containers {
  const byFamily = new Map<string, NetworkBlock[]>();
  const isSubnet = new Set(subnets);
  for (const block of [...subnets, ...unnamed]) {
    if (block.context.kind === 'code') continue;
    for (const key of familyKeys(block)) {
      const members = byFamily.get(key) ?? [];
      members.push(block);
      byFamily.set(key, members);
    }
  }
  const containerOf = new Map<NetworkBlock, NetworkBlock>();
  const containers = new Set<NetworkBlock>();
  for (const members of byFamily.values()) {
    if (members.length < 2) continue;
    // A sweep by network start, larger blocks first: the blocks a container holds follow it.
    const sorted = [...members].sort((a, b) => networkOf(a.cidr) - networkOf(b.cidr) || a.cidr.prefix - b.cidr.prefix);
    // Blocks with the same network and prefix hold none of each other: the sweep starts past them
    // (a paragraph of 8,500 copies of one CIDR made it quadratic: 2 s for 100 KB).
    const runEnd = new Array<number>(sorted.length);
    for (let i = sorted.length - 1; i >= 0; i--) {
      const a = sorted[i]?.cidr;
      const b = sorted[i + 1]?.cidr;
      runEnd[i] = a && b && networkOf(a) === networkOf(b) && a.prefix === b.prefix ? (runEnd[i + 1] ?? i + 1) : i + 1;
    }
    for (let i = 0; i < sorted.length; i++) {
      const outer = sorted[i];
      if (!outer) continue;
      const last = lastOf(outer.cidr);
      for (let j = runEnd[i] ?? i + 1; j < sorted.length; j++) {
        const inner = sorted[j];
        if (!inner || networkOf(inner.cidr) > last) break;
        if (!isSubnet.has(inner) || inner.cidr.prefix <= outer.cidr.prefix || !contains(outer.cidr, inner.cidr) || !structural(outer, inner)) continue;
        containers.add(outer);
        // The smallest container wins (a /16 holding a /20 holding a /24: the /24's is the /20).
        const known = containerOf.get(inner);
        if (!known || known.cidr.prefix < outer.cidr.prefix) containerOf.set(inner, outer);
      }
    }
  }
  const asVpc = new Set<NetworkBlock>();
  const ranges = new Set<NetworkBlock>();
  for (const block of containers) {
    const insideVpc = vpcs.some((v) => contains(v.cidr, block.cidr));
    if (block.cidr.prefix < LARGEST_VPC_PREFIX || insideVpc || containerOf.has(block)) ranges.add(block);
    else asVpc.add(block);
  }
  const vpcOf = new Map<NetworkBlock, NetworkBlock>();
  for (const [inner, outer] of containerOf) {
    if (containers.has(inner)) continue;
    // The VPC of a subnet is the outermost container that can be a VPC.
    let vpc: NetworkBlock | undefined = asVpc.has(outer) ? outer : undefined;
    for (let up = containerOf.get(outer); up && !vpc; up = containerOf.get(up)) if (asVpc.has(up)) vpc = up;
    if (vpc) vpcOf.set(inner, vpc);
  }
  return { vpcs: asVpc, ranges, vpcOf };
}

/** A block in a section, with the index of the section (0 = before any heading). */
export interface SectionBlock {
  readonly block: NetworkBlock;
  readonly section: number;
}

function headingLevel(heading: AnalyzedContext): number {
  return /^\s{0,3}(#{1,6})/.exec(heading.text)?.[1]?.length ?? 1;
}

/**
 * A heading that gives one block ("## Subnets of pay-prod (10.20.0.0/16)") over subnets inside it, in
 * its section or its subsections, is their VPC (or a planning range when larger than /16): the heading
 * names the network its section carves up, never a subnet overlapping them. `headings[k - 1]` opens
 * section k. Returns the containers and, for each contained subnet, its VPC.
 */
export function headingContainers(headings: readonly AnalyzedContext[], candidates: readonly SectionBlock[]): Containers {
  const vpcs = new Set<NetworkBlock>();
  const ranges = new Set<NetworkBlock>();
  const vpcOf = new Map<NetworkBlock, NetworkBlock>();
  const inHeading = new Map<AnalyzedContext, NetworkBlock[]>();
  for (const { block } of candidates) {
    if (block.context.kind !== 'heading') continue;
    const list = inHeading.get(block.context) ?? [];
    list.push(block);
    inHeading.set(block.context, list);
  }
  // Candidates by section, and heading levels, once: not a pass over every candidate per heading.
  const bySection = new Map<number, SectionBlock[]>();
  for (const candidate of candidates) {
    const list = bySection.get(candidate.section);
    if (list) list.push(candidate);
    else bySection.set(candidate.section, [candidate]);
  }
  const levels = headings.map(headingLevel);
  headings.forEach((heading, i) => {
    const own = inHeading.get(heading);
    if (!own || own.length !== 1) return;
    const outer = own[0];
    if (!outer) return;
    // Sections k..last: this heading's own and those of deeper headings right after it.
    const level = levels[i] ?? 1;
    let last = i + 1;
    while (last < headings.length && (levels[last] ?? 1) > level) last++;
    const inside: SectionBlock[] = [];
    for (let section = i + 1; section <= last; section++) {
      for (const candidate of bySection.get(section) ?? []) {
        const { block } = candidate;
        if (block !== outer && block.context !== heading && block.cidr.prefix > outer.cidr.prefix && contains(outer.cidr, block.cidr)) inside.push(candidate);
      }
    }
    if (inside.length === 0) return;
    if (outer.cidr.prefix < LARGEST_VPC_PREFIX) {
      ranges.add(outer);
      return;
    }
    vpcs.add(outer);
    for (const { block } of inside) if (!vpcOf.has(block)) vpcOf.set(block, outer);
  });
  return { vpcs, ranges, vpcOf };
}

/** A line of a list or a table: what may stand between a lead-in and the item it introduces. */
const LIST_OR_TABLE_LINE = /^[ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t]|\|)/;

/** Whether everything in `between` is blank, list or table lines (a lead-in, then its list or table). */
function onlyListLines(between: string): boolean {
  for (const line of between.split('\n')) {
    if (line.trim() !== '' && !LIST_OR_TABLE_LINE.test(line)) return false;
  }
  return true;
}

/** The one VPC of a statement (a lead-in or a parent item), if it gives exactly one. */
function oneVpc(vpcs: readonly NetworkBlock[], start: number, end: number): NetworkBlock | undefined {
  const inside = vpcs.filter((v) => v.mention.start >= start && v.mention.end <= end);
  const distinct = new Set(inside.map((v) => `${v.cidr.address}/${v.cidr.prefix}`));
  return distinct.size === 1 ? inside[0] : undefined;
}

/**
 * The VPC a list item or table row is listed under: its parent item's one VPC, or the one VPC of the
 * statement its list or table follows ("VPC prod: 10.0.0.0/16" over "- public-a 10.0.0.0/24").
 */
function leadVpc(text: string, block: NetworkBlock, vpcs: readonly NetworkBlock[]): NetworkBlock | undefined {
  const context = block.context;
  const parent = context.parents[0];
  if (parent) return oneVpc(vpcs, parent.start, parent.start + parent.text.length);
  let lead: NetworkBlock | undefined;
  for (const v of vpcs) {
    if (v.context.end <= context.start && (!lead || v.context.end > lead.context.end)) lead = v;
  }
  if (!lead || lead.context.kind === 'code' || lead.context.kind === 'tableRow') return undefined;
  if (!onlyListLines(text.slice(lead.context.end, context.start))) return undefined;
  return oneVpc(vpcs, lead.context.start, lead.context.end);
}

/**
 * Blocks no word names, listed under a VPC: the items of a list or the rows of a table right after
 * the statement that gives one VPC (or under a parent item that does), the way plans list subnets by
 * name ("- public-a 10.0.0.0/24"). They are that VPC's subnets when at least one of them lies inside
 * it; a block of the list outside it is one too (the usual slip) when it is no bigger than the VPC
 * and no more of the list lies outside than inside. A list with nothing inside the VPC is another
 * network's and stays unnamed.
 */
export function listedUnderVpc(text: string, unnamed: readonly NetworkBlock[], vpcs: readonly NetworkBlock[]): Map<NetworkBlock, NetworkBlock> {
  const groups = new Map<NetworkBlock, NetworkBlock[]>();
  for (const block of unnamed) {
    const context = block.context;
    if (context.kind === 'code' || (context.kind !== 'tableRow' && context.listItem !== true)) continue;
    if (block.cidr.prefix < LARGEST_VPC_PREFIX || block.cidr.prefix > 28) continue;
    const vpc = leadVpc(text, block, vpcs);
    if (!vpc) continue;
    const members = groups.get(vpc) ?? [];
    members.push(block);
    groups.set(vpc, members);
  }
  const out = new Map<NetworkBlock, NetworkBlock>();
  for (const [vpc, members] of groups) {
    const inside = members.filter((m) => contains(vpc.cidr, m.cidr) && m.cidr.prefix > vpc.cidr.prefix);
    const outside = members.filter((m) => !contains(vpc.cidr, m.cidr));
    if (inside.length === 0 || outside.length > inside.length) continue;
    for (const m of [...inside, ...outside.filter((o) => o.cidr.prefix >= vpc.cidr.prefix)]) out.set(m, vpc);
  }
  return out;
}

/** A statement that calls its own block a VPC (not one that only inherits the word from its parent item). */
const OWN_VPC_WORD = /\bvpcs?\b|\bvirtual private clouds?\b|\baws_vpc\b|AWS::EC2::VPC\b/i;

/**
 * Child items of a VPC's list item inherit its "VPC" (assertions/cidr-role.ts), but a child's block
 * inside the parent's VPC, in an item that does not call itself a VPC ("- VPC prod 10.0.0.0/16" over
 * "  - public-a 10.0.0.0/24"), is one of its subnets. Returns those blocks with their VPC.
 */
export function subnetsOfParentVpc(vpcs: readonly NetworkBlock[]): Map<NetworkBlock, NetworkBlock> {
  const out = new Map<NetworkBlock, NetworkBlock>();
  const outside = new Map<NetworkBlock, NetworkBlock[]>();
  for (const block of vpcs) {
    const parent = block.context.parents[0];
    if (!parent || block.context.kind === 'code' || OWN_VPC_WORD.test(block.context.text)) continue;
    const vpc = oneVpc(
      vpcs.filter((v) => v.context !== block.context),
      parent.start,
      parent.start + parent.text.length,
    );
    if (!vpc || block.cidr.prefix <= vpc.cidr.prefix || block.cidr.prefix > 28) continue;
    if (contains(vpc.cidr, block.cidr)) out.set(block, vpc);
    else outside.set(vpc, [...(outside.get(vpc) ?? []), block]);
  }
  // A sibling of the VPC's subnets that lies outside it is a subnet placed wrongly, as in a listed plan:
  // only while the items inside outnumber it, so a list of peers under a VPC stays what it was.
  for (const [vpc, blocks] of outside) {
    const inside = [...out.values()].filter((v) => v === vpc).length;
    if (inside > 0 && blocks.length < inside) for (const b of blocks) out.set(b, vpc);
  }
  return out;
}
