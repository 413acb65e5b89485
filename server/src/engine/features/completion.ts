/**
 * Completion: AWS service and feature names while writing prose (only after two typed letters, so
 * there is no noise on every word), and the next free subnet of the table's VPC in the CIDR column
 * of a subnet table (IPv6 columns: completion-cidr6.ts).
 *
 * The CIDR proposal is read from the text as typed (a row the analysis has not seen yet counts) and
 * the VPCs and subnets of the last analysis. It is offered only inside a CIDR cell that is not the
 * end of its row, and, unless the user asked (Ctrl+Space), only once a digit of the cell is typed:
 * a completion that opened on every `|` turned the Enter that ends a row into `10.0.0.0/24`.
 */
import { SERVICES, formerNameSpellings, formerNamesOf } from '../../facts/catalog';
import type { DocumentModel, NetworkBlock } from '../model/document-model';
import { contains, findCidrs, formatCount, networkOf, overlaps, sizeOf, toDotted, type Cidr } from '../recognisers/cidr';
import { vpcsByHeading } from '../model/vpc-by-heading';
import { proposeIpv6Subnet } from './completion-cidr6';

export interface CompletionCandidate {
  readonly label: string;
  readonly detail: string;
  readonly documentation?: string;
  /** Replace [start, end) with insertText. */
  readonly start: number;
  readonly end: number;
  readonly insertText: string;
  readonly kind: 'service' | 'cidr';
  /** A retired service, or one closed to new customers: listed after the others, struck through in the editor. */
  readonly deprecated?: boolean;
}

const MAX_ITEMS = 60;

function wordBefore(text: string, offset: number): { start: number; word: string } {
  let start = offset;
  while (start > 0 && /[\w-]/.test(text[start - 1] ?? '')) start--;
  return { start, word: text.slice(start, offset) };
}

/**
 * Services whose names start with the word before the cursor: one entry per service (not one per
 * alias: "table"/"tables", "stream"/"Stream"), labelled with the alias being typed (the same case
 * first, then the shortest) and described by the official name.
 */
export function completeServices(text: string, offset: number): CompletionCandidate[] {
  const { start, word } = wordBefore(text, offset);
  if (word.length < 2 || /^\d/.test(word)) return [];
  const lower = word.toLowerCase();
  const out: CompletionCandidate[] = [];
  const ended: CompletionCandidate[] = [];
  for (const service of SERVICES) {
    // A former name ("CloudWatch Events") is recognised in text, never proposed: accepting it wrote
    // a name the renamed-service rule then flags (found in the editor: the first entry for "Cloud").
    const former = formerSpellingsOf(service);
    const matching = service.aliases.filter((a) => a.toLowerCase().startsWith(lower) && !former.has(a.toLowerCase()));
    const alias = matching.sort((a, b) => Number(!a.startsWith(word)) - Number(!b.startsWith(word)) || a.length - b.length)[0];
    if (!alias) continue;
    const candidate = { label: alias, detail: service.name, documentation: service.summary, start, end: offset, insertText: alias, kind: 'service' as const };
    const state = service.status?.state;
    if (state === 'retired' || state === 'closed-to-new-customers') ended.push({ ...candidate, deprecated: true });
    else out.push(candidate);
    if (out.length >= MAX_ITEMS) break;
  }
  return [...out, ...ended].slice(0, MAX_ITEMS);
}

const formerSpellings = new Map<string, ReadonlySet<string>>();

/** A service's former names as the renamed-service rule reads them, built once per card (not per keystroke). */
function formerSpellingsOf(service: (typeof SERVICES)[number]): ReadonlySet<string> {
  let found = formerSpellings.get(service.id);
  if (!found) {
    found = new Set(formerNamesOf(service).flatMap((f) => formerNameSpellings(f.name)));
    formerSpellings.set(service.id, found);
  }
  return found;
}

/** The first free block of `prefix` inside `vpc`, after the last used one when possible. */
export function nextFreeSubnet(vpc: Cidr, used: readonly Cidr[], prefix: number): Cidr | undefined {
  if (prefix < vpc.prefix || prefix > 28) return undefined;
  const step = sizeOf(prefix);
  const first = networkOf(vpc);
  const last = first + sizeOf(vpc.prefix);
  const inside = used.filter((u) => contains(vpc, u));
  const highest = inside.reduce((max, u) => Math.max(max, networkOf(u)), first - step);
  const free = (at: number): boolean => !inside.some((u) => overlaps(u, { address: at, prefix }));
  const startAt = Math.ceil((highest + 1 - first) / step) * step + first;
  for (let at = Math.max(first, startAt); at + step <= last; at += step) if (free(at)) return { address: at >>> 0, prefix };
  for (let at = first; at + step <= last; at += step) if (free(at)) return { address: at >>> 0, prefix };
  return undefined;
}

// ---- The table around the cursor, read from the current text.

interface Line {
  readonly start: number;
  readonly text: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return { start, text: text.slice(start, end).replace(/\r$/, '') };
}

function previousLine(text: string, line: Line): Line | undefined {
  return line.start === 0 ? undefined : lineAt(text, line.start - 1);
}

function nextLine(text: string, line: Line): Line | undefined {
  const end = line.start + line.text.length;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? undefined : lineAt(text, nl + 1);
}

const ROW = /^\s{0,3}\|/;
const DELIMITER_ROW = /^\s{0,3}\|?\s*:?-+:?(?:\s*\|\s*:?-+:?)*\s*(?:\|\s*)?$/;

/** Offsets of the cell separators (unescaped pipes) of a row. */
function pipes(row: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < row.length; i++) if (row[i] === '|' && row[i - 1] !== '\\') out.push(i);
  return out;
}

/** The cells of a row with a leading pipe (the only rows this completion reads). */
function cellsOf(row: string): string[] {
  const at = pipes(row);
  const cells: string[] = [];
  for (let i = 0; i < at.length; i++) {
    const from = (at[i] ?? 0) + 1;
    const to = at[i + 1] ?? row.length;
    if (i === at.length - 1 && row.slice(from).trim() === '') break; // the closing pipe
    cells.push(row.slice(from, to).trim());
  }
  return cells;
}

interface TableCell {
  /** Where the table's header row starts. */
  readonly tableStart: number;
  readonly header: readonly string[];
  /** The cursor's column. */
  readonly column: number;
  /** That column's text in the other rows. */
  readonly others: readonly string[];
  /** What is typed in the cell before the cursor (digits and dots, or hex digits and colons). */
  readonly typed: string;
}

/** The table cell at `offset` when it is a cell of a header's column with only digits and dots typed so far. */
function tableCellAt(text: string, offset: number): TableCell | undefined {
  const line = lineAt(text, offset);
  if (!ROW.test(line.text)) return undefined;
  const at = offset - line.start;
  const before = line.text.slice(0, at);
  const after = line.text.slice(at);
  const cellPrefix = /\|([^|]*)$/.exec(before)?.[1];
  // Digits and dots (IPv4), or hex digits and colons (IPv6, in an IPv6 column).
  if (cellPrefix === undefined || !/^\s*[\dA-Fa-f.:]*$/.test(cellPrefix)) return undefined;
  // Only whitespace up to the next pipe: the proposal never lands in the middle of written text.
  if (!/^\s*(?:\||$)/.test(after)) return undefined;
  const column = pipes(before).length - 1;

  // Rows above up to the header (the line before the delimiter row), and below to the table's end.
  const above: Line[] = [];
  for (let l = previousLine(text, line); l && ROW.test(l.text); l = previousLine(text, l)) above.unshift(l);
  const delimiter = above.findIndex((l) => DELIMITER_ROW.test(l.text));
  const headerLine = above[delimiter - 1];
  if (delimiter < 1 || !headerLine) return undefined;
  const header = cellsOf(headerLine.text);
  if (column < 0 || column >= header.length) return undefined; // past the last column: the end of the row
  const rows = above.slice(delimiter + 1);
  for (let l = nextLine(text, line); l && ROW.test(l.text); l = nextLine(text, l)) rows.push(l);
  const others = rows.map((r) => cellsOf(r.text)[column] ?? '');
  return { tableStart: headerLine.start, header, column, others, typed: cellPrefix.trimStart() };
}

const CIDR_HEADER = /\b(?:cidrs?|ipv4|ip ranges?|address(?:es| range| block)?|blocks?|ranges?|prefix)\b/i;
const IPV6 = /\bipv6\b/i;
const SUBNET = /\bsub-?nets?\b/i;

function cidrsIn(cells: readonly string[]): Cidr[] {
  return cells.flatMap((c) => findCidrs(c, 0).flatMap((m) => (m.cidr ? [m.cidr] : [])));
}

const same = (a: Cidr, b: Cidr): boolean => a.address === b.address && a.prefix === b.prefix;

/** The VPC a subnet table belongs to, or undefined when the document does not say. */
function vpcOfTable(model: DocumentModel, text: string, cell: TableCell, column: readonly Cidr[]): NetworkBlock | undefined {
  // 1. The VPC the table's subnets are bound to (the model's binding: reference, statement, section, heading).
  const bound = new Map<NetworkBlock, number>();
  for (const cidr of column) {
    const subnet = model.subnets.find((s) => same(s.cidr, cidr) && s.vpc);
    if (subnet?.vpc) bound.set(subnet.vpc, (bound.get(subnet.vpc) ?? 0) + 1);
  }
  const [byBinding] = [...bound.entries()].sort((a, b) => b[1] - a[1]);
  if (byBinding) return byBinding[0];
  // 2. The one VPC holding the table's subnets.
  const holding = distinct(model.vpcs.filter((v) => column.length > 0 && column.every((c) => contains(v.cidr, c))));
  if (holding.length === 1) return holding[0];
  if (column.length > 0) return undefined;
  // 3. A table without subnets yet: the section it is in, the way the model binds a subnet.
  const section = model.headings.filter((h) => h.start < cell.tableStart).length;
  const sectionStart = model.headings[section - 1]?.start ?? 0;
  const inSection = model.vpcs.filter((v) => v.mention.start >= sectionStart && v.mention.start < cell.tableStart && text.slice(v.mention.start, v.mention.end) === v.mention.text);
  const last = inSection[inSection.length - 1];
  if (last) return last;
  const named = vpcsByHeading(model.headings, model.vpcs)(section);
  if (named) return named;
  const all = distinct(model.vpcs);
  return all.length === 1 ? all[0] : undefined;
}

function distinct(vpcs: readonly NetworkBlock[]): NetworkBlock[] {
  return vpcs.filter((v, i) => vpcs.findIndex((w) => same(w.cidr, v.cidr)) === i);
}

/** A CIDR column of a subnet table: its header says so or its other cells hold CIDRs; the table is about subnets. */
function isSubnetCidrColumn(model: DocumentModel, text: string, cell: TableCell, column: readonly Cidr[]): boolean {
  const head = cell.header[cell.column] ?? '';
  if (IPV6.test(head)) return false;
  if (!CIDR_HEADER.test(head) && column.length === 0) return false;
  if (cell.header.some((h) => SUBNET.test(h))) return true;
  if (column.some((c) => model.subnets.some((s) => same(s.cidr, c)))) return true;
  // A table introduced as one: the heading of its section or the line just above it ("Subnets:").
  const heading = model.headings.filter((h) => h.start < cell.tableStart).pop();
  if (column.length === 0 && heading && SUBNET.test(heading.text)) return true;
  const caption = text.slice(Math.max(0, cell.tableStart - 200), cell.tableStart).trimEnd().split('\n').pop() ?? '';
  return SUBNET.test(caption);
}

export interface CidrCompletionOptions {
  /** The user asked for completions (Ctrl+Space): an empty cell gets a proposal too. */
  readonly explicit: boolean;
}

/** In the CIDR column of a subnet table, the next free block of the table's VPC. */
export function completeCidr(model: DocumentModel, text: string, offset: number, options: CidrCompletionOptions = { explicit: true }): CompletionCandidate[] {
  const cell = tableCellAt(text, offset);
  if (!cell || (cell.typed === '' && !options.explicit)) return [];
  if (IPV6.test(cell.header[cell.column] ?? '')) {
    const proposal = proposeIpv6Subnet(text, cell);
    return proposal ? [{ ...proposal, start: offset - cell.typed.length, end: offset, insertText: proposal.label, kind: 'cidr' }] : [];
  }
  if (model.vpcs.length === 0 || !/^[\d.]*$/.test(cell.typed)) return [];
  const column = cidrsIn(cell.others);
  if (!isSubnetCidrColumn(model, text, cell, column)) return [];
  const vpc = vpcOfTable(model, text, cell, column);
  if (!vpc) return [];
  const inVpc = column.filter((c) => contains(vpc.cidr, c));
  const bound = model.subnets.filter((s) => s.vpc === vpc).map((s) => s.cidr);
  const prefix = inVpc[inVpc.length - 1]?.prefix ?? bound[bound.length - 1]?.prefix ?? Math.min(28, Math.max(vpc.cidr.prefix + 4, 24));
  const used = [...column, ...model.subnets.map((s) => s.cidr)];
  const next = nextFreeSubnet(vpc.cidr, used, prefix);
  if (!next) return [];
  const label = `${toDotted(next.address)}/${next.prefix}`;
  if (!label.startsWith(cell.typed)) return [];
  return [
    {
      label,
      detail: `next free /${prefix} in ${vpc.name === vpc.mention.text ? `the VPC ${vpc.name}` : `${vpc.name} (${vpc.mention.text})`}`,
      documentation: `${formatCount(sizeOf(prefix))} addresses, ${formatCount(sizeOf(prefix) - 5)} usable in AWS`,
      start: offset - cell.typed.length,
      end: offset,
      insertText: label,
      kind: 'cidr',
    },
  ];
}
