/**
 * The document model: contexts with what the recognisers found in them, and the architecture the
 * document describes (VPCs, subnets, databases, queues, functions) for document-level rules,
 * symbols and completion.
 */
import type { Context } from './contexts';
import { cidrRole, type CidrRole } from './binding';
import { findCidrs, findNetmasks, findPrefixes, type Cidr, type CidrMention, type NetmaskMention, type PrefixMention } from './recognisers/cidr';
import { findCounts, type CountMention } from './recognisers/counts';
import { findPorts, type PortMention } from './recognisers/ports';
import { findQuantities, type QuantityMention } from './recognisers/quantities';
import { findServices, type ServiceMention } from './recognisers/services';
import { findEngineKeys, findIacValues, roleOfResource, type IacValue } from './recognisers/iac';

export interface BoundCidr extends CidrMention {
  readonly role: CidrRole;
}

export interface AnalysedContext extends Context {
  readonly services: readonly ServiceMention[];
  readonly cidrs: readonly BoundCidr[];
  readonly ports: readonly PortMention[];
  readonly quantities: readonly QuantityMention[];
  /** Services named in a table's header cells (rows only): "| Service | PostgreSQL port |". */
  readonly headerServices: readonly ServiceMention[];
  /** Contexts of the enclosing list items, innermost first. */
  readonly parents: readonly Context[];
  /** Prefix lengths: the "/n" of every valid CIDR and bare "/24" mentions. */
  readonly prefixes: readonly PrefixMention[];
  /** Dotted netmasks ("255.255.255.0"). */
  readonly netmasks: readonly NetmaskMention[];
  /** Counted addresses and workloads ("256 usable IPs", "29 instances"). */
  readonly counts: readonly CountMention[];
  /** Code contexts: scalar key/value pairs (`timeout = 900`, `MessageRetentionPeriod: 60`). */
  readonly iacValues: readonly IacValue[];
}

export interface NetworkBlock {
  readonly cidr: Cidr;
  readonly mention: BoundCidr;
  readonly context: AnalysedContext;
  /** A readable name: the row's first cell, a `code` name nearby, or the CIDR itself. */
  readonly name: string;
}

export interface DocumentModel {
  readonly text: string;
  readonly contexts: readonly AnalysedContext[];
  readonly vpcs: readonly NetworkBlock[];
  readonly subnets: readonly NetworkBlock[];
}

const PORT_HEADER = /\bports?\b/i;
const CELL_PORT = /^(?:(?:TCP|UDP)\s+)?(\d{1,5})(?:\/(?:tcp|udp))?$/i;

/** Table cells that are just a port number under a "Port" header. */
function tableCellPorts(context: Context): PortMention[] {
  if (context.kind !== 'tableRow' || !context.cells || !context.header) return [];
  const out: PortMention[] = [];
  context.cells.forEach((cell, i) => {
    const head = context.header?.[i];
    if (!head || !PORT_HEADER.test(head.text)) return;
    const text = cell.text.replace(/^[`*_]+|[`*_]+$/g, '');
    const m = CELL_PORT.exec(text);
    if (!m) return;
    const port = Number(m[1]);
    if (port < 1 || port > 65535) return;
    const at = cell.start + cell.text.indexOf(m[1] ?? '');
    out.push({ start: at, end: at + (m[1] ?? '').length, port, form: 'tableCell' });
  });
  return out;
}

function mergePorts(a: readonly PortMention[], b: readonly PortMention[]): PortMention[] {
  const seen = new Set(a.map((p) => p.start));
  return [...a, ...b.filter((p) => !seen.has(p.start))].sort((x, y) => x.start - y.start);
}

const HAS_CIDR = /\d+\.\d+\.\d+\.\d+\/\d+/;

/**
 * The lead-in of an enumeration: for an item like "* /12 (172.16.0.0/12)" after "Example ranges
 * include:", the lead-in and the statement before it say what the listed values are.
 */
function leadIn(contexts: readonly Context[], index: number): Context[] {
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) {
    const previous = contexts[i];
    if (!previous || previous.kind !== 'sentence') return [];
    if (HAS_CIDR.test(previous.text)) continue; // a sibling value of the same enumeration
    if (!/:\s*(?:\*\*|__)?\s*$/.test(previous.text.trimEnd())) return [];
    const before = contexts[i - 1];
    return before && before.kind === 'sentence' ? [previous, before] : [previous];
  }
  return [];
}

/** Runs every recogniser on a block's contexts. */
export function analyseContexts(contexts: readonly Context[]): AnalysedContext[] {
  const byGroup = new Map<number, Context>();
  for (const context of contexts) if (!byGroup.has(context.group)) byGroup.set(context.group, context);
  return contexts.map((context, index) => {
    const parents = [
      ...context.ancestors.map((g) => byGroup.get(g)).filter((c): c is Context => c !== undefined),
      ...leadIn(contexts, index),
    ];
    let services = findServices(context.text, context.start);
    if (context.kind === 'code') {
      const engines = findEngineKeys(context.text, context.start).map((e) => ({ ...e, text: context.text.slice(e.start - context.start, e.end - context.start) }));
      const known = new Set(services.map((s) => s.start));
      services = [...services, ...engines.filter((e) => !known.has(e.start))].sort((a, b) => a.start - b.start);
    }
    const cidrs = findCidrs(context.text, context.start).map((mention) => ({
      ...mention,
      role: context.resourceType ? roleOfResource(context.resourceType) : cidrRole(context, mention.start, mention.end, parents),
    }));
    const headerServices = context.header ? context.header.flatMap((cell) => findServices(cell.text, cell.start)) : [];
    const rawCidrs = cidrs;
    return {
      ...context,
      services,
      cidrs,
      ports: mergePorts(findPorts(context.text, context.start), tableCellPorts(context)),
      quantities: findQuantities(context.text, context.start),
      headerServices,
      parents,
      prefixes: findPrefixes(context.text, context.start, rawCidrs),
      netmasks: findNetmasks(context.text, context.start),
      counts: findCounts(context.text, context.start),
      iacValues: context.kind === 'code' ? findIacValues(context.text, context.start) : [],
    };
  });
}

const NAME_IN_TEXT = /`([A-Za-z][\w.-]{1,62})`|\b([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b/;

function nameFor(context: AnalysedContext, mention: BoundCidr): string {
  if (context.kind === 'tableRow' && context.cells) {
    const first = context.cells.find((c) => !c.text.includes(mention.text) && /\w/.test(c.text));
    if (first) return first.text.replace(/[`*_]/g, '').trim();
  }
  const m = NAME_IN_TEXT.exec(context.text);
  const name = m?.[1] ?? m?.[2];
  return name && !name.includes('/') ? name : mention.text;
}

export function buildModel(text: string, contexts: readonly AnalysedContext[]): DocumentModel {
  const vpcs: NetworkBlock[] = [];
  const subnets: NetworkBlock[] = [];
  for (const context of contexts) {
    for (const mention of context.cidrs) {
      if (!mention.cidr) continue;
      const block: NetworkBlock = { cidr: mention.cidr, mention, context, name: nameFor(context, mention) };
      if (mention.role === 'vpc') vpcs.push(block);
      else if (mention.role === 'subnet') subnets.push(block);
    }
  }
  return { text, contexts, vpcs, subnets };
}
