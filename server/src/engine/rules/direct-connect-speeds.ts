import { requireFact } from '../../facts/catalog';
import { clauses } from '../parse/clauses';
import { columnAt } from '../parse/cells';
import type { AnalyzedContext } from '../model/document-model';
import { saysHistory, NEGATION, nearestParentServices } from './kit/helpers';
import type { DocumentRule } from './kit/types';

const FACT = 'direct-connect.dedicated-speeds';
const SERVICE = 'direct-connect';

/** Today's dedicated port speeds in Gbps, from the fact ("1 Gbps", …, "400 Gbps"). */
function dedicatedSpeeds(): readonly number[] {
  const v = requireFact(FACT).value;
  if (v.type !== 'list') throw new Error(`${FACT} is not a list`);
  return v.values.map((item) => Number(/^(\d+(?:\.\d+)?)\s*Gbps$/.exec(item)?.[1] ?? NaN)).filter(Number.isFinite);
}

/** A number with an optional gigabit unit ("10", "10 Gbps", "10G"). */
const SPEED = /(?<![\w.,])(\d{1,3}(?:\.\d+)?)(?:\s*(Gbps|Gb\/s|Gbit\/s|G)\b)?/gi;
/** What joins the speeds of one enumeration: "1, 10", "1/10", "1 or 10", "1-100", "1 to 100". */
const JOINT = /^(?:,(?:\s*(?:or|and))?|\/|or|and|-|–|—|~|to)$/i;
const RANGE_JOINT = /^(?:-|–|—|~|to)$/i;
/** Hosted connections, MACsec and LAGs have their own speed lists; first person describes a plan. */
/** Said of the past ("In 2016 Direct Connect offered 1 or 10 Gbps ports"): history, not a claim about today. */
const PAST = /\b(?:in|until|before|by|back in)\s+(?:19|20)\d\d\b|\b(?:was|were|used to|offered|had|originally|initially)\b/i;
const OTHER_TOPIC = /\bhosted\b|\bpartners?\b|\bMACsec\b|\bLAGs?\b|\blink aggregation\b|\b(?:we|our|us|I)\b|\bVPN\b|\bvirtual interfaces?\b|\bVIFs?\b/i;

interface Enumeration {
  readonly start: number;
  readonly end: number;
  readonly values: readonly number[];
  readonly range: boolean;
}

/**
 * Enumerations of port speeds: "1, 10, 100 Gbps", "1/10/100 Gbps", "1 Gbps or 10 Gbps", "1G/10G",
 * "1-100 Gbps" (a range). Numbers joined by list or range words; the last one carries a gigabit unit.
 */
export function enumerations(text: string, base: number): Enumeration[] {
  const out: Enumeration[] = [];
  let run: Array<{ start: number; end: number; value: number; unit: boolean }> = [];
  let range = false;
  const flush = (): void => {
    const last = run[run.length - 1];
    if (run.length >= 2 && last?.unit) out.push({ start: base + (run[0]?.start ?? 0), end: base + last.end, values: run.map((r) => r.value), range: range && run.length === 2 });
    run = [];
    range = false;
  };
  SPEED.lastIndex = 0;
  for (let m = SPEED.exec(text); m; m = SPEED.exec(text)) {
    const item = { start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: m[2] !== undefined };
    const previous = run[run.length - 1];
    // Trimmed, and short: the joint is one word or sign between two numbers.
    const gap = previous && item.start - previous.end <= 12 ? text.slice(previous.end, item.start).trim() : '?';
    if (previous && (previous.unit && !item.unit ? false : JOINT.test(gap))) {
      if (RANGE_JOINT.test(gap)) range = true;
      run.push(item);
    } else {
      flush();
      run.push(item);
    }
    if (item.unit && !/^\s*(?:,|\/|or\b|and\b|-|–|—|~|to\b)/i.test(text.slice(item.end, item.end + 6))) flush();
  }
  flush();
  return out;
}

/** Whether a statement's subject is Direct Connect: its clause, table row or header, parent items or section. */
function aboutDirectConnect(context: AnalyzedContext, clauseText: string, clauseStart: number, at: number, sectionSubject: string | undefined): boolean {
  // In the clause: the nearest service named before the speeds speaks.
  const before = context.services.filter((s) => s.start >= clauseStart && s.end <= at);
  const nearest = before[before.length - 1];
  if (nearest) return nearest.serviceId === SERVICE;
  if (context.kind === 'tableRow' && context.cells && context.header) {
    const column = columnAt(context.cells, at, at + 1);
    const head = column >= 0 ? context.header[column] : undefined;
    const headIds = new Set(head ? context.headerServices.filter((s) => s.start >= head.start && s.end <= head.end).map((s) => s.serviceId) : []);
    if (headIds.size > 0) return headIds.size === 1 && headIds.has(SERVICE);
    const rowIds = new Set(context.services.filter((s) => s.end <= at).map((s) => s.serviceId));
    if (rowIds.size > 0) return rowIds.size === 1 && rowIds.has(SERVICE);
  }
  if (context.services.some((s) => s.start >= clauseStart && s.start < clauseStart + clauseText.length)) return false;
  const fromParent = new Set(nearestParentServices(context).map((s) => s.serviceId));
  if (fromParent.size > 0) return fromParent.size === 1 && fromParent.has(SERVICE);
  return sectionSubject === SERVICE;
}

export const directConnectSpeeds: DocumentRule = {
  id: 'direct-connect-speeds',
  scope: 'document',
  description: 'Direct Connect dedicated port speeds listed without today\'s largest (400 Gbps).',
  rationale:
    'Dedicated Direct Connect connections come in 1, 10, 100 and 400 Gbps ports. Study notes and design docs written before the ' +
    '400 Gbps ports still give "1/10/100 Gbps", "1-100 Gbps" or "1 or 10 Gbps" as the choices, which undersells what a single ' +
    'connection can carry and leads to LAGs that are not needed. A list of two or more of today\'s speeds (or a range between them) ' +
    'that stops below the largest is reported. Hosted connections (50 Mbps to 25 Gbps, through a partner), MACsec, LAGs, VPNs, a ' +
    'plan in the first person, negations and history are left alone.',
  severity: 'warning',
  category: 'limits',
  facts: [FACT],
  fixable: false,
  examples: {
    flag: [
      { text: 'AWS Direct Connect dedicated ports come in 1, 10 or 100 Gbps.', flagged: ['1, 10 or 100 Gbps'] },
      { text: '| Option | Bandwidth |\n|---|---|\n| Direct Connect | 1/10/100 Gbps |', flagged: ['1/10/100 Gbps'] },
      { text: '## Direct Connect\n\n- Private fiber into an AWS location\n- 1 Gbps or 10 Gbps per link', flagged: ['1 Gbps or 10 Gbps'] },
      { text: '| | Site-to-Site VPN | Direct Connect |\n|---|---|---|\n| Speed | up to 1.25 Gbps per tunnel | 1-100 Gbps |', flagged: ['1-100 Gbps'] },
    ],
    pass: [
      'Direct Connect dedicated connections come in 1, 10, 100 and 400 Gbps.',
      'We ordered two 10 Gbps Direct Connect connections in a LAG.',
      'Hosted Direct Connect connections range from 50 Mbps to 10 Gbps through a partner.',
      'Each Site-to-Site VPN tunnel carries up to 1.25 Gbps; Direct Connect is faster.',
      'Direct Connect supports MACsec on 10 and 100 Gbps dedicated connections.',
      '## Direct Connect\n\n- Our primary link is 10 Gbps.',
      'In 2016, Direct Connect offered 1 or 10 Gbps ports.',
    ],
  },
  select: (context) => context.kind !== 'code' && /\d\s*(?:G(?:bps|b\/s|bit\/s)?)\b/i.test(context.text),
  check({ model, contexts }, report) {
    const speeds = dedicatedSpeeds();
    const largest = Math.max(...speeds);
    for (const context of contexts) {
      const sectionSubject = model.scopes.subjectOf(context)?.service;
      const parentText = context.parents.map((p) => p.text).join(' ');
      if (OTHER_TOPIC.test(parentText)) continue;
      for (const clause of clauses(context)) {
        if (NEGATION.test(clause.text) || saysHistory(clause.text) || PAST.test(clause.text) || clause.rejected || clause.question || OTHER_TOPIC.test(clause.text)) continue;
        for (const e of enumerations(clause.text, clause.start)) {
          const listed = e.values.filter((v) => speeds.includes(v));
          // Two or more of today's speeds (or a range between two of them), ending below the largest.
          if (listed.length < 2 || listed.length !== e.values.length || Math.max(...listed) >= largest) continue;
          if (context.kind === 'tableRow' && context.header?.some((h) => OTHER_TOPIC.test(h.text))) {
            const column = context.cells ? columnAt(context.cells, e.start, e.start + 1) : -1;
            if (column >= 0 && OTHER_TOPIC.test(context.header[column]?.text ?? '')) continue;
          }
          if (!aboutDirectConnect(context, clause.text, clause.start, e.start, sectionSubject)) continue;
          report({
            start: e.start,
            end: e.end,
            message: `Direct Connect dedicated connections come in ${speeds.join(', ').replace(/, (?=[^,]*$)/, ' and ')} Gbps; this ${e.range ? 'range' : 'list'} stops at ${Math.max(...listed)} Gbps.`,
            factIds: [FACT],
          });
        }
      }
    }
  },
};
