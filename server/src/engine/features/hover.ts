/**
 * Hover cards as markdown strings, built from the current analysis only (never a re-parse):
 * services and features, IPv4 CIDRs, ports in an AWS context and quantities next to an attribute.
 */
import { formatNumber } from '../util/format';
import { FACT_PACK_VERSION, SERVICES, getService } from '../../facts/catalog';
import type { Fact, FactValue, ServiceCard } from '../../facts/types';
import type { Analysis } from '../analyze';
import { escapeMarkdown, safeLink } from '../util/markdown-escape';
import type { AnalyzedContext } from '../model/document-model';
import {
  canonical,
  formatCount,
  hasHostBits,
  isPrivate,
  lastOf,
  maskOf,
  networkOf,
  sizeOf,
  toDotted,
  type CidrMention,
} from '../recognisers/cidr';
import { findFact, rangeOf, serviceOfFact } from '../../facts/catalog';
import { assertionsInScope, sectionKeyedAssertionsOf, type QuantityAssertion } from '../assertions/quantity';
import { describeBytes, describeSeconds, type QuantityMention } from '../recognisers/quantities';
import { boundsOfSpec, describe, verdictOf, writtenOf, type AttributeSpec } from '../assertions/quantity-binding';
import { renderCidr6Card } from './hover-cidr6';
import { findCidr6s } from '../recognisers/cidr6';
import { resourceTypeAt } from './hover-iac';
import { sourcePageLabel } from '../../facts/source-label';

export interface HoverResult {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

const MAX_ROWS = 8;
/**
 * A service card fits VS Code's hover at its default size (250 px high, 750 wide; issue 15, defect 6:
 * the SQS card was 512 px, its facts below the fold): what changed first, then the key facts.
 */
const SERVICE_CARD = {
  maxChanged: 2,
  maxRows: 4,
  minRows: 2,
  maxSources: 2,
  /** The default hover's height in lines of text (250 px: the SQS card of ten lines and three gaps fills 236 px). */
  lines: 11.5,
  /**
   * Over a finding VS Code shows the problem above the card (its message and actions, about three
   * lines) and the card ends with the finding's pages: the card keeps the name, what changed and
   * the pages, rows only if they fit.
   */
  linesUnderFinding: 6,
  /** Characters a line of text holds; a table row wraps past `rowChars`, or a cell past its share. */
  lineChars: 92,
  rowChars: 80,
  labelChars: 40,
  valueChars: 56,
} as const;


function unitSuffix(unit: string, n: number): string {
  switch (unit) {
    case 'none':
    case 'port':
      return '';
    case 'count':
    case 'prefix':
      return '';
    case 'bytes':
    case 'characters':
      return n === 1 ? ` ${unit.slice(0, -1)}` : ` ${unit}`;
    case 'seconds':
      return n === 1 ? ' second' : ' seconds';
    case 'minutes':
    case 'hours':
    case 'days':
      return ` ${n === 1 ? unit.slice(0, -1) : unit}`;
    case 'percent':
      return ' %';
    case 'USD':
      return ' USD';
    default:
      return ` ${unit}`;
  }
}

/** "1,209,600 seconds" reads as "14 days", "1,048,576 bytes" as "1 MiB": people think in those units. */
function humanAmount(n: number, unit: string): string {
  // A port is an identifier, not an amount: 5432, never "5,432".
  if (unit === 'port') return String(n);
  // A prefix length: "/56", as a CIDR writes it.
  if (unit === 'prefix') return `/${n}`;
  if (unit === 'seconds' && n >= 120 && Number.isInteger(n)) return describeSeconds(n);
  if (unit === 'bytes' && n >= 1024 && Number.isInteger(n)) return describeBytes(n);
  return `${formatNumber(n)}${unitSuffix(unit, n)}`;
}

/** One end of a range whose unit is said once, after it ("1024–65535", "/44–/60", "3–63 characters"). */
function bare(n: number, unit: string): string {
  return unit === 'port' || unit === 'prefix' ? humanAmount(n, unit) : humanAmount(n, 'none');
}

export function formatValue(value: FactValue): string {
  switch (value.type) {
    case 'number':
      return humanAmount(value.value, value.unit);
    case 'range': {
      const human = value.unit === 'seconds' || value.unit === 'bytes';
      const base = human
        ? `${humanAmount(value.min, value.unit)} – ${humanAmount(value.max, value.unit)}`
        : `${bare(value.min, value.unit)}–${bare(value.max, value.unit)}${unitSuffix(value.unit, value.max)}`;
      return value.default === undefined ? base : `${base} (default ${humanAmount(value.default, value.unit)})`;
    }
    case 'text':
      return value.value;
    case 'list':
      return value.values.join(', ');
  }
}

function limitNote(fact: Fact): string {
  if (fact.hardLimit === true) return ' · hard limit';
  if (fact.hardLimit === false) return ' · adjustable quota';
  return '';
}

function cell(text: string): string {
  return escapeMarkdown(text);
}

/**
 * The AWS pages the facts rest on, each link named by what the page is ("SQS message quotas", from its
 * address, not "source 1"), without the page `skip` already links (the card's "Docs").
 */
function sourceLinks(facts: readonly Fact[], skip?: string, labelOf: (fact: Fact) => string = (fact) => sourcePageLabel(fact.source), datesOnceFor?: number): string {
  const seen = new Map<string, { label: string; checked: string }>();
  for (const fact of facts) if (fact.source !== skip && !seen.has(fact.source)) seen.set(fact.source, { label: labelOf(fact), checked: fact.checked });
  const shown = [...seen].slice(0, datesOnceFor ?? 4);
  if (datesOnceFor === undefined || shown.length === 0) return shown.map(([url, { label, checked }]) => `${safeLink(label, url)} (checked ${checked})`).join(' · ');
  // A short card: the dates once, after the pages (the oldest and the newest).
  const dates = shown.map(([, { checked }]) => checked).sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? first;
  return `${shown.map(([url, { label }]) => safeLink(label, url)).join(' · ')} (checked ${first}${last !== first ? ` to ${last}` : ''})`;
}

/** A figure quoted inside our own quotes: its double quotes become single ones, so quotes never nest. */
function quoted(text: string): string {
  return `"${escapeMarkdown(text.replace(/"([^"]*)"/g, "'$1'").replace(/"/g, "'"))}"`;
}

/**
 * What changed about a fact, said about AWS: the figure or claim often cited (older docs, courses,
 * blog posts), the current value, and why. Never "the notes": those are the fact pack's seed notes,
 * which the reader of their own doc has never seen.
 */
function changedText(fact: Fact): string {
  const changed = fact.changed;
  if (!changed) return '';
  const v = fact.value;
  const current =
    v.type === 'range' ? `; the current maximum is ${escapeMarkdown(humanAmount(v.max, v.unit))}` : v.type === 'number' ? `; the current value is ${escapeMarkdown(humanAmount(v.value, v.unit))}` : '';
  return `often cited as ${quoted(changed.notes)}${current}. ${escapeMarkdown(changed.note)}`;
}

/** A long statement in a service card's row, cut at a word (the card links the page that says it all). */
const MAX_CELL = 60;
function shortened(value: string): string {
  if (value.length <= MAX_CELL) return value;
  const cut = value.lastIndexOf(' ', MAX_CELL);
  let end = cut > MAX_CELL / 2 ? cut : MAX_CELL;
  // No separator before the ellipsis.
  while (end > 0 && ' ,;:—–-'.includes(value.charAt(end - 1))) end--;
  return `${value.slice(0, end)}…`;
}

/** What a line of card markdown shows: link labels without their addresses, no escapes or emphasis marks. */
function shownText(markdown: string): string {
  return markdown.replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1').replace(/\\(.)/g, '$1').replace(/\*/g, '');
}

/** Lines a paragraph or list item of card markdown takes in a hover 750 px wide (about 95 characters a line). */
function shownLines(markdown: string): number {
  return Math.max(1, Math.ceil(shownText(markdown).length / SERVICE_CARD.lineChars));
}

/**
 * A service card: the name and summary, what changed (why an older note is wrong), the key facts,
 * and the pages behind them, within VS Code's default hover (`SERVICE_CARD.lines`): as many changed
 * lines as fit, then rows; a changed fact is not a row as well.
 */
export function renderServiceCard(service: ServiceCard, budget: number = SERVICE_CARD.lines): string {
  const head = `**${escapeMarkdown(service.name)}** — ${escapeMarkdown(service.summary)}`;
  let status: string | undefined;
  if (service.status && service.status.state !== 'active') {
    const successor = service.status.successor ? `; use ${escapeMarkdown(service.status.successor)}` : '';
    // Some closures have no date AWS states ("since" empty): the state alone, never "since ;".
    const since = service.status.since ? ` since ${escapeMarkdown(service.status.since)}` : '';
    status = `⚠️ ${escapeMarkdown(service.status.state.replace(/-/g, ' '))}${since}${successor}.`;
  }
  const changedFacts = service.facts.filter((f) => f.changed).slice(0, SERVICE_CARD.maxChanged);
  const others = service.facts.filter((f) => !changedFacts.includes(f));
  const build = (changed: readonly Fact[], rows: number): { markdown: string; lines: number } => {
    const lines: string[] = [head, ''];
    // Paragraph gaps (8 px) count as half a line each.
    let used = shownLines(head) + 0.5;
    if (status) {
      lines.push(status, '');
      used += shownLines(status) + 0.5;
    }
    for (const fact of changed) {
      const line = `- *Changed:* ${cell(fact.label)}: ${changedText(fact)}`;
      lines.push(line);
      used += shownLines(line);
    }
    if (changed.length > 0) {
      lines.push('');
      used += 0.5;
    }
    const facts = others.slice(0, rows);
    if (facts.length > 0) {
      lines.push('| Fact | Value |', '| --- | --- |');
      used += 1.5;
      for (const fact of facts) {
        const label = cell(fact.label);
        const value = `${cell(shortened(formatValue(fact.value)))}${limitNote(fact)}`;
        lines.push(`| ${label} | ${value} |`);
        // A row wraps once its two cells together pass the table's width, or one cell its share of it.
        const [l, v] = [shownText(label).length, shownText(value).length];
        used += Math.max(1, Math.ceil((l + v) / SERVICE_CARD.rowChars), Math.ceil(l / SERVICE_CARD.labelChars), Math.ceil(v / SERVICE_CARD.valueChars));
      }
      lines.push('');
    }
    // The pages behind what is shown, the dates once (the pack's version is the extension's).
    const footer = [safeLink('Docs', service.docs), sourceLinks([...changed, ...facts], service.docs, undefined, SERVICE_CARD.maxSources)].filter(Boolean).join(' · ');
    lines.push(footer);
    return { markdown: lines.join('\n'), lines: used + shownLines(footer) };
  };
  // Most changed lines first, then most rows (at least two while any changed line can give way).
  let smallest: { markdown: string; lines: number } | undefined;
  for (const minRows of [Math.min(SERVICE_CARD.minRows, others.length), Math.min(1, others.length), 0]) {
    for (let c = changedFacts.length; c >= (changedFacts.length > 0 ? 1 : 0); c--) {
      for (let r = Math.min(SERVICE_CARD.maxRows - c, others.length); r >= minRows; r--) {
        const card = build(changedFacts.slice(0, c), r);
        if (card.lines <= budget) return card.markdown;
        smallest = card;
      }
    }
  }
  return (smallest ?? build(changedFacts.slice(0, 1), 0)).markdown;
}

export function renderCidrCard(mention: CidrMention): string {
  if (!mention.cidr) {
    const bad = mention.octets.some((o) => o > 255) ? 'an octet is above 255' : 'the prefix is above /32';
    return `**${escapeMarkdown(mention.text)}** is not a valid IPv4 CIDR: ${bad}.`;
  }
  const { cidr } = mention;
  const size = sizeOf(cidr.prefix);
  const net = networkOf(cidr);
  const vpc = rangeOf('vpc.cidr-prefix');
  const lines = [`**IPv4 CIDR ${escapeMarkdown(mention.text)}**`, ''];
  if (hasHostBits(cidr)) lines.push(`⚠️ Host bits are set: the network is **${escapeMarkdown(canonical(cidr))}**.`, '');
  lines.push('| | |', '| --- | --- |');
  lines.push(`| Range | ${toDotted(net)} – ${toDotted(lastOf(cidr))} |`);
  lines.push(`| Addresses | ${formatCount(size)} |`);
  if (cidr.prefix >= vpc.min && cidr.prefix <= vpc.max) {
    lines.push(`| Usable in an AWS subnet | ${formatCount(size - 5)} (5 reserved: ${toDotted(net)} network, ${toDotted(net + 1)} VPC router, ${toDotted(net + 2)} DNS, ${toDotted(net + 3)} future use, ${toDotted(lastOf(cidr))} last) |`);
  }
  lines.push(`| Netmask | ${toDotted(maskOf(cidr.prefix))} |`);
  lines.push(`| Scope | ${isPrivate(cidr) ? 'private (RFC 1918)' : 'public or special-purpose'} |`);
  const fits = cidr.prefix >= vpc.min && cidr.prefix <= vpc.max;
  lines.push(`| VPC / subnet block | ${fits ? `yes (/${vpc.min}–/${vpc.max})` : `no: AWS accepts /${vpc.min} to /${vpc.max}`} |`);
  lines.push('', `${safeLink('VPC CIDR blocks', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html')} · ${safeLink('Subnet sizing', 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html')}`);
  return lines.join('\n');
}

/** Every card stating `port`, protocols first ("SSH" before EC2 Instance Connect for 22), then defaults. */
function portUsers(port: number): Array<{ service: ServiceCard; fact: Fact }> {
  const users: Array<{ service: ServiceCard; fact: Fact; rank: number }> = [];
  for (const service of SERVICES) {
    const fact = service.facts.find((f) => f.kind === 'port' && f.value.type === 'number' && f.value.value === port);
    if (!fact) continue;
    users.push({ service, fact, rank: service.id === 'network-protocols' ? 0 : fact.id.endsWith('.default-port') ? 1 : 2 });
  }
  return users.sort((a, b) => a.rank - b.rank);
}

export function renderPortCard(port: number): string | undefined {
  const users = portUsers(port);
  if (users.length === 0) return undefined;
  const lines = [`**Port ${port}**`, '', '| Used by | As |', '| --- | --- |'];
  for (const { service, fact } of users.slice(0, MAX_ROWS)) {
    // A protocol row names the protocol ("SSH"), a service row the service and which of its ports
    // ("default", not "Default port" in every row of a card titled with the port).
    if (service.id === 'network-protocols') lines.push(`| ${cell(fact.label)} | protocol |`);
    else lines.push(`| ${cell(service.name)} | ${cell(/^default port$/i.test(fact.label) ? 'default' : fact.label)} |`);
  }
  // Each page named by the service (or protocol) it speaks for.
  const nameOf = new Map(users.map(({ service, fact }) => [fact, service.id === 'network-protocols' ? fact.label : service.name]));
  lines.push('', `${sourceLinks(users.map((u) => u.fact), undefined, (fact) => nameOf.get(fact) ?? fact.label)} · fact pack ${FACT_PACK_VERSION}`);
  return lines.join('\n');
}

/**
 * The allowed values and default of the attribute a quantity sets (bound by the limit rules' specs),
 * and where this value falls, judged as the rule judges it.
 */
export function renderQuantityCard(spec: AttributeSpec, quantity: Pick<QuantityMention, 'normalized'>, written: string): string | undefined {
  const fact = findFact(spec.fact);
  if (!fact) return undefined;
  const bounds = boundsOfSpec(spec);
  const service = serviceOfFact(spec.fact);
  const show = (n: number): string => escapeMarkdown(describe(n, bounds.dimension));
  let allowed: string;
  if (spec.rangeText) allowed = escapeMarkdown(spec.rangeText);
  else if (spec.exact) allowed = `exactly ${show(bounds.max ?? 0)}`;
  else if (bounds.min !== undefined && bounds.min > 0 && spec.proseMin !== false) allowed = `${show(bounds.min)} – ${show(bounds.max ?? 0)}`;
  else allowed = `up to ${show(bounds.max ?? 0)}`;
  const verdict = verdictOf(spec, quantity.normalized);
  // An adjustable quota above its default is not out of range: it can be raised (and the doc may say it was).
  const where =
    verdict === 'within'
      ? 'within the range'
      : verdict === 'not-exact'
        ? `**not ${show(bounds.max ?? 0)}**`
        : verdict === 'over' && fact.hardLimit === false
          ? `**above the default quota** of ${show(bounds.max ?? 0)}; the quota is adjustable and can be raised on request`
          : `**outside the range** (${verdict === 'over' ? 'above the maximum' : 'below the minimum'})`;
  const lines = [
    `**${escapeMarkdown(service?.name ?? '')}: ${escapeMarkdown(fact.label)}**`,
    '',
    '| | |',
    '| --- | --- |',
    `| Allowed | ${allowed}${limitNote(fact)} |`,
  ];
  if (bounds.default !== undefined) lines.push(`| Default | ${show(bounds.default)} |`);
  lines.push(`| This value | ${escapeMarkdown(written)}: ${where} |`);
  if (spec.note) lines.push('', escapeMarkdown(spec.note));
  if (fact.detail) lines.push('', escapeMarkdown(fact.detail));
  if (fact.changed) lines.push('', `*Changed:* ${changedText(fact)}`);
  lines.push('', `${sourceLinks([fact])} · fact pack ${FACT_PACK_VERSION}`);
  return lines.join('\n');
}

function budgetFor(underFinding: boolean): number {
  return underFinding ? SERVICE_CARD.linesUnderFinding : SERVICE_CARD.lines;
}

function within(offset: number, span: { start: number; end: number }): boolean {
  return offset >= span.start && offset <= span.end;
}

function contextAt(analysis: Analysis, offset: number): AnalyzedContext | undefined {
  // One block, found by binary search and brought to current offsets alone: hover stays O(log n) right after an edit.
  return analysis.blockAt(offset)?.contexts.find((c) => within(offset, c));
}

/** Hover card at a document offset, from the existing analysis. */
/** `underFinding`: the card shows below a finding's problem (a shorter service card, `SERVICE_CARD.linesUnderFinding`). */
export function hoverAt(analysis: Analysis, offset: number, underFinding = false): HoverResult | undefined {
  const context = contextAt(analysis, offset);
  if (!context) return undefined;
  const cidr = context.cidrs.find((c) => within(offset, c));
  if (cidr) return { markdown: renderCidrCard(cidr), start: cidr.start, end: cidr.end };
  const cidr6 = context.text.includes(':') ? findCidr6s(context.text, context.start).find((c) => within(offset, c)) : undefined;
  if (cidr6) return { markdown: renderCidr6Card(cidr6), start: cidr6.start, end: cidr6.end };
  const service = context.services.find((s) => within(offset, s));
  if (service) {
    const card = getService(service.serviceId);
    if (card) return { markdown: renderServiceCard(card, budgetFor(underFinding)), start: service.start, end: service.end };
  }
  // `aws_db_instance`, `AWS::SQS::Queue`: the card of the service the resource is an instance of.
  const resource = context.text.includes('aws_') || context.text.includes('AWS::') ? resourceTypeAt(context.text, context.start, offset) : undefined;
  const resourceCard = resource && getService(resource.serviceId);
  if (resource && resourceCard) return { markdown: renderServiceCard(resourceCard, budgetFor(underFinding)), start: resource.start, end: resource.end };
  const quantity = context.quantities.find((q) => within(offset, q));
  if (quantity) {
    // The limit rules' binding, so this card and a finding on the quantity name the same fact.
    const written = writtenOf(context, quantity);
    const seen = new Set<string>();
    const card = (a: QuantityAssertion): string[] => (a.quantity === quantity && !seen.has(a.spec.fact) && seen.add(a.spec.fact) ? [renderQuantityCard(a.spec, quantity, written) ?? ''] : []);
    // A statement that names no service takes its section's subject, as the document phase judged it.
    const cards = assertionsInScope(context, analysis.model.scopes)
      .flatMap(card)
      .filter((c) => c !== '');
    if (cards.length > 0) return { markdown: cards.join('\n\n---\n\n'), start: quantity.start, end: quantity.end };
  }
  // An IaC value or CLI flag, or a default an API page gives under a property heading (`*Default:*`): the
  // record the limit rule judges, judged as judgeIac does (minimum included).
  const keyed = context.kind === 'code' ? assertionsInScope(context, analysis.model.scopes) : sectionKeyedAssertionsOf(context, analysis.model.scopes, analysis.text);
  if (keyed.length > 0) {
    const a = keyed.find((x) => x.iac && within(offset, x));
    const markdown = a?.iac && renderQuantityCard({ ...a.spec, proseMin: true, exact: false }, { normalized: a.value }, `${a.iac.value.key} = ${a.iac.value.raw}`);
    if (a && markdown) return { markdown, start: a.start, end: a.end };
  }
  const port = context.ports.find((p) => within(offset, p));
  if (port) {
    const markdown = renderPortCard(port.port);
    if (markdown) return { markdown, start: port.start, end: port.end };
  }
  return undefined;
}
