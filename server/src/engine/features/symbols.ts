/**
 * Outline symbols for the architecture a document describes: VPCs with their subnets as children,
 * and the databases, queues, functions and load balancers it names. Pure: offsets in, offsets out,
 * no LSP types, so the language server, the CLI and tests share it. Plus a workspace-wide symbol
 * search ("orders-db" across every doc).
 */
import { proseName } from '../model/vpc-prose-name';
import { getService } from '../../facts/catalog';
import type { NetworkBlock } from '../model/document-model';

export type ArchSymbolKind = 'vpc' | 'subnet' | 'database' | 'queue' | 'function' | 'loadBalancer';

export interface ArchSymbol {
  readonly name: string;
  readonly kind: ArchSymbolKind;
  /** Shown beside the name: a CIDR, or the service ("Amazon RDS for PostgreSQL"). */
  readonly detail?: string;
  /** The whole statement, table row or IaC block (for a VPC: also its subnets' rows). */
  readonly start: number;
  readonly end: number;
  /** The name (or the CIDR when the document gives no name); always inside start..end. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: readonly ArchSymbol[];
}

/** What the symbols need from the document model (structural, so model additions do not break it). */
export interface SymbolSource {
  /** Markdown headings in document order; used to name a VPC from its section heading ("## VPC analytics-vpc"). */
  readonly headings?: ReadonlyArray<{ readonly kind: string; readonly start: number; readonly text: string }>;
  readonly vpcs: readonly NetworkBlock[];
  readonly subnets: ReadonlyArray<NetworkBlock & { readonly vpc?: NetworkBlock; readonly binding?: string }>;
  readonly entities?: ReadonlyArray<{
    readonly kind: 'database' | 'queue' | 'function' | 'loadBalancer';
    readonly name: string;
    readonly serviceId?: string;
    readonly context: { readonly start: number; readonly end: number; readonly kind?: string; readonly header?: ReadonlyArray<{ readonly text: string }> };
    readonly start: number;
    readonly end: number;
  }>;
}

/** A table's first column holds resource names only when its header says so ("Database", "Queue", "Name"…). */
const NAME_COLUMN = /\b(?:names?|identifiers?|ids?|resources?|databases?|dbs?|tables?|clusters?|instances?|queues?|topics?|streams?|functions?|lambdas?|load balancers?|albs?|nlbs?|caches?)\b/i;

type EntityLike = NonNullable<SymbolSource['entities']>[number];

/**
 * Entities found in IaC blocks or prose are kept; from a table row only when the first column is a
 * name column, so "| Setting | Value |", "| Tier | Service |" or security-group tables add no noise.
 */
function isNamedResource(entity: EntityLike): boolean {
  const context = entity.context;
  if (context.kind !== 'tableRow') return true;
  return NAME_COLUMN.test(context.header?.[0]?.text ?? '');
}

const cidrKey = (b: NetworkBlock): string => `${b.cidr.address >>> 0}/${b.cidr.prefix}`;

function contains(outer: NetworkBlock, inner: NetworkBlock): boolean {
  if (inner.cidr.prefix < outer.cidr.prefix) return false;
  const shift = 32 - outer.cidr.prefix;
  return shift === 32 || outer.cidr.address >>> shift === inner.cidr.address >>> shift;
}

/** The name's span inside the block's statement, else the CIDR's. */
function selectionOf(block: NetworkBlock): { start: number; end: number } {
  const at = block.name && block.name !== block.mention.text ? block.context.text.indexOf(block.name) : -1;
  if (at >= 0) {
    const start = block.context.start + at;
    return { start, end: start + block.name.length };
  }
  return { start: block.mention.start, end: block.mention.end };
}

const HEADING_NAME = /`([A-Za-z][\w.-]{1,62})`|\b([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b/;

/** For a VPC the model could only name by its CIDR: the name in the heading of its section, if that heading is about a VPC. */
function headingName(model: SymbolSource, block: NetworkBlock): string | undefined {
  let heading: { text: string } | undefined;
  for (const context of model.headings ?? []) {
    if (context.start > block.mention.start) break;
    if (context.kind === 'heading' && /^\s{0,3}#/.test(context.text)) heading = context;
  }
  if (!heading || !/\bVPC\b/.test(heading.text)) return undefined;
  const m = HEADING_NAME.exec(heading.text.replace(/^\s*#+\s*/, ''));
  return m?.[1] ?? m?.[2];
}

function networkSymbol(block: NetworkBlock, kind: 'vpc' | 'subnet', children: ArchSymbol[] = [], fallbackName?: string): ArchSymbol {
  const selection = selectionOf(block);
  const named = block.name !== block.mention.text || fallbackName !== undefined;
  let start = Math.min(block.context.start, selection.start);
  let end = Math.max(block.context.end, selection.end);
  for (const child of children) {
    start = Math.min(start, child.start);
    end = Math.max(end, child.end);
  }
  return {
    name: block.name !== block.mention.text ? block.name : (fallbackName ?? block.mention.text),
    kind,
    detail: named ? block.mention.text : undefined,
    start,
    end,
    selectionStart: selection.start,
    selectionEnd: selection.end,
    children,
  };
}

const byStart = (a: ArchSymbol, b: ArchSymbol): number => a.start - b.start || a.selectionStart - b.selectionStart;

/** The document's VPCs (one per name and block) with their subnets, and the subnets of no VPC. */
export interface NetworkGroups {
  readonly vpcs: ReadonlyArray<{ readonly vpc: NetworkBlock; readonly subnets: readonly SubnetLike[]; readonly name: string; readonly named: boolean }>;
  readonly loose: readonly SubnetLike[];
}

type SubnetLike = SymbolSource['subnets'][number];

/**
 * VPCs and their subnets as the outline and the address plan show them. A repeated VPC (the same
 * name and block) is one VPC, at its first mention. A subnet belongs to the VPC the model bound it
 * to (a guess from "the only VPC" must also contain it); otherwise to the one VPC whose block
 * contains it. A subnet the document places in a VPC whose block does not contain it stays there:
 * the subnet-outside-vpc rule reports the mismatch. A repeated subnet is listed once.
 */
export function networkGroups(model: SymbolSource): NetworkGroups {
  const canonical = new Map<string, NetworkBlock>();
  const canonicalOf = new Map<NetworkBlock, NetworkBlock>();
  for (const vpc of model.vpcs) {
    // By the name shown, not the model's: "The staging VPC is 10.20.0.0/16" (named from the prose)
    // and `resource "aws_vpc" "staging"` with that block are one VPC (the plan listed it twice).
    const shown = vpc.name !== vpc.mention.text ? vpc.name : (headingName(model, vpc) ?? proseName(vpc) ?? vpc.mention.text);
    const key = `${shown}\u0000${cidrKey(vpc)}`;
    const first = canonical.get(key) ?? vpc;
    canonical.set(key, first);
    canonicalOf.set(vpc, first);
  }
  const vpcs = [...new Set(canonicalOf.values())];
  const childrenOf = new Map<NetworkBlock, SubnetLike[]>(vpcs.map((v) => [v, []]));
  const seenSubnets = new Set<string>();
  const loose: SubnetLike[] = [];
  for (const subnet of model.subnets) {
    let parent = subnet.vpc ? canonicalOf.get(subnet.vpc) ?? subnet.vpc : undefined;
    if (parent && subnet.binding === 'only-vpc' && !contains(parent, subnet)) parent = undefined;
    if (!parent || !childrenOf.has(parent)) {
      const containing = vpcs.filter((v) => contains(v, subnet));
      parent = containing.length === 1 ? containing[0] : undefined;
    }
    const key = `${parent ? cidrKey(parent) : ''}\u0000${subnet.name}\u0000${cidrKey(subnet)}`;
    if (seenSubnets.has(key)) continue;
    seenSubnets.add(key);
    const siblings = parent ? childrenOf.get(parent) : undefined;
    if (siblings) siblings.push(subnet);
    else loose.push(subnet);
  }
  return {
    vpcs: vpcs.map((vpc) => {
      const fallback = vpc.name === vpc.mention.text ? (headingName(model, vpc) ?? proseName(vpc)) : undefined;
      return { vpc, subnets: childrenOf.get(vpc) ?? [], name: vpc.name !== vpc.mention.text ? vpc.name : (fallback ?? vpc.mention.text), named: vpc.name !== vpc.mention.text || fallback !== undefined };
    }),
    loose,
  };
}

/** Document symbols, in document order: VPCs (subnets nested), lone subnets, and the named resources. */
export function documentSymbols(model: SymbolSource): ArchSymbol[] {
  const groups = networkGroups(model);
  const out: ArchSymbol[] = [];
  for (const { vpc, subnets } of groups.vpcs) {
    const fallback = vpc.name === vpc.mention.text ? (headingName(model, vpc) ?? proseName(vpc)) : undefined;
    out.push(networkSymbol(vpc, 'vpc', subnets.map((subnet) => networkSymbol(subnet, 'subnet')).sort(byStart), fallback));
  }
  out.push(...groups.loose.map((subnet) => networkSymbol(subnet, 'subnet')));

  const seenEntities = new Set<string>();
  for (const entity of model.entities ?? []) {
    if (!isNamedResource(entity)) continue;
    const key = `${entity.kind}\u0000${entity.name}`;
    if (seenEntities.has(key)) continue;
    seenEntities.add(key);
    const service = entity.serviceId ? getService(entity.serviceId) : undefined;
    out.push({
      name: entity.name,
      kind: entity.kind,
      detail: service?.name,
      start: Math.min(entity.context.start, entity.start),
      end: Math.max(entity.context.end, entity.end),
      selectionStart: entity.start,
      selectionEnd: entity.end,
      children: [],
    });
  }
  return out.sort(byStart);
}

/** Every symbol with the name of the symbol it is nested in. */
export function flattenSymbols(symbols: readonly ArchSymbol[], container?: string): Array<{ symbol: ArchSymbol; containerName?: string }> {
  return symbols.flatMap((symbol) => [{ symbol, containerName: container }, ...flattenSymbols(symbol.children, symbol.name)]);
}

/**
 * How well `name` matches `query` (case-insensitive): 4 exact, 3 prefix, 2 substring, 1 the query's
 * characters in order (what VS Code's fuzzy filter accepts), 0 no match. An empty query matches all.
 */
export function matchScore(name: string, query: string): number {
  const q = query.trim().toLowerCase();
  if (!q) return 1;
  const n = name.toLowerCase();
  if (n === q) return 4;
  if (n.startsWith(q)) return 3;
  if (n.includes(q)) return 2;
  let i = 0;
  for (const ch of n) if (ch === q[i]) i++;
  return i === q.length ? 1 : 0;
}

export interface WorkspaceSymbolMatch {
  readonly uri: string;
  readonly symbol: ArchSymbol;
  readonly containerName?: string;
}

/** Workspace symbol search over the symbols of many documents, best matches first. */
export function searchSymbols(
  documents: Iterable<{ readonly uri: string; readonly symbols: readonly ArchSymbol[] }>,
  query: string,
  limit = 500,
): WorkspaceSymbolMatch[] {
  const scored: Array<WorkspaceSymbolMatch & { score: number }> = [];
  for (const doc of documents) {
    for (const { symbol, containerName } of flattenSymbols(doc.symbols)) {
      const score = Math.max(matchScore(symbol.name, query), symbol.detail ? Math.min(matchScore(symbol.detail, query), 2) : 0);
      if (score > 0) scored.push({ uri: doc.uri, symbol, containerName, score });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.symbol.name.localeCompare(b.symbol.name) || a.uri.localeCompare(b.uri) || a.symbol.start - b.symbol.start);
  return scored.slice(0, limit).map(({ score: _score, ...match }) => match);
}

/** Symbols per document, kept up to date by the server as documents open, change and close. */
export class SymbolIndex {
  readonly #byUri = new Map<string, readonly ArchSymbol[]>();

  set(uri: string, symbols: readonly ArchSymbol[]): void {
    this.#byUri.set(uri, symbols);
  }

  delete(uri: string): void {
    this.#byUri.delete(uri);
  }

  get size(): number {
    return this.#byUri.size;
  }

  search(query: string, limit?: number): WorkspaceSymbolMatch[] {
    return searchSymbols([...this.#byUri].map(([uri, symbols]) => ({ uri, symbols })), query, limit);
  }
}
