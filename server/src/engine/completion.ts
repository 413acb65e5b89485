/**
 * Completion: AWS service and feature names while writing prose (only after two typed letters, so
 * there is no noise on every word), and the next free subnet of the document's VPC where a CIDR is
 * expected.
 */
import { SERVICES } from '../facts/catalog';
import type { DocumentModel } from './model';
import { contains, formatCount, networkOf, overlaps, sizeOf, toDotted, type Cidr } from './recognisers/cidr';

export interface CompletionCandidate {
  readonly label: string;
  readonly detail: string;
  readonly documentation?: string;
  /** Replace [start, end) with insertText. */
  readonly start: number;
  readonly end: number;
  readonly insertText: string;
  readonly kind: 'service' | 'cidr';
}

const MAX_ITEMS = 60;

function wordBefore(text: string, offset: number): { start: number; word: string } {
  let start = offset;
  while (start > 0 && /[\w-]/.test(text[start - 1] ?? '')) start--;
  return { start, word: text.slice(start, offset) };
}

export function completeServices(text: string, offset: number): CompletionCandidate[] {
  const { start, word } = wordBefore(text, offset);
  if (word.length < 2 || /^\d/.test(word)) return [];
  const lower = word.toLowerCase();
  const out: CompletionCandidate[] = [];
  const seen = new Set<string>();
  for (const service of SERVICES) {
    for (const alias of service.aliases) {
      if (!alias.toLowerCase().startsWith(lower) || seen.has(alias)) continue;
      seen.add(alias);
      out.push({ label: alias, detail: service.name, documentation: service.summary, start, end: offset, insertText: alias, kind: 'service' });
      if (out.length >= MAX_ITEMS) return out;
    }
  }
  return out;
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

/** Where a CIDR is expected (a subnet table cell or a "subnet …:" line), offer the next free subnet. */
export function completeCidr(model: DocumentModel, text: string, offset: number): CompletionCandidate[] {
  const vpc = model.vpcs[0];
  if (!vpc) return [];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const inTable = /^\s*\|/.test(before) && /\|\s*[\d.]*$/.test(before);
  const afterSubnetWord = /\bsub-?nets?\b[^|]*[:=]\s*[\d.]*$/i.test(before);
  if (!inTable && !afterSubnetWord) return [];
  const typed = /[\d.]*$/.exec(before)?.[0] ?? '';
  const subnets = model.subnets.map((s) => s.cidr);
  const prefixes = subnets.map((s) => s.prefix);
  const prefix = prefixes.length > 0 ? (prefixes[prefixes.length - 1] ?? 24) : Math.max(vpc.cidr.prefix + 4, 24);
  const next = nextFreeSubnet(vpc.cidr, subnets, prefix);
  if (!next) return [];
  const label = `${toDotted(next.address)}/${next.prefix}`;
  return [
    {
      label,
      detail: `next free /${prefix} in ${vpc.name} (${vpc.mention.text})`,
      documentation: `${formatCount(sizeOf(prefix))} addresses, ${formatCount(sizeOf(prefix) - 5)} usable in AWS`,
      start: offset - typed.length,
      end: offset,
      insertText: label,
      kind: 'cidr',
    },
  ];
}
