/**
 * One factory for "a number with a unit, bound to a service attribute, outside the range the fact
 * pack gives": SQS retention, Lambda timeout, Kinesis retention, DynamoDB item size… Each rule file
 * is a spec. The binding lives in engine/assertions: a limit rule reads the quantity assertions of a
 * context (the same records the hover reads) and judges the ones that set its attribute.
 */
import { getService, requireFact } from '../../../facts/catalog';
import { asserted, assertionsOf, mayAssert, type QuantityAssertion } from '../../assertions/quantity';
import {
  FIRST_PERSON,
  LIMIT_CUE_BEFORE,
  boundsOf,
  boundsOfSpec,
  describe,
  endsRangeAfterDefault,
  verdictOf,
  writtenOf,
  type AttributeSpec,
  type Dimension,
} from '../../assertions/quantity-binding';
import { registerAttribute } from '../../assertions/registry';
import { HARD_AFTER } from '../../assertions/bound-phrases';
import type { AnalyzedContext } from '../../model/document-model';
import { findQuantities, isIsoDuration, isoDuration, type QuantityMention } from '../../recognisers/quantities';
import type { Fact } from '../../../facts/types';
import { formatNumber, headerText } from './helpers';
import { textBefore } from '../../util/text';
import type { ContextRule, Cue, FindingDraft } from './types';
import { INHERENT_CEILING_VERB_SOURCE, NEGATED_EXCEED_SOURCE, resourceSubject } from '../../assertions/ceiling-words';

/** A label or header that names a maximum, not a setting's value. */
const MAX_LABEL = /\b(?:max(?:imum)?|limits?|ceiling|quota|upper\s+bound|up\s+to)\b/i;

export interface LimitSpec extends AttributeSpec {
  readonly id: string;
  readonly description: string;
  readonly rationale: string;
  readonly severity: ContextRule['severity'];
  readonly extraFacts?: readonly string[];
  readonly examples: ContextRule['examples'];
  /** Flag "the default … is X" when X differs from the fact's default. */
  readonly checkDefault?: boolean;
  /** Flag "can be up to X" / "limit of X" below the current maximum (an outdated figure) as info. */
  readonly outdatedMax?: boolean;
}

/** A limit rule keeps its spec, so the document's scope pass can judge an inherited subject the same way. */
export interface LimitRule extends ContextRule {
  readonly spec: LimitSpec;
}

export function isLimitRule(rule: { readonly scope: string }): rule is LimitRule {
  return rule.scope === 'context' && 'spec' in rule;
}

/**
 * The fix that writes `limit` (seconds or bytes) in place of `q`: a whole quantity in prose; in a
 * column whose header states the unit, the number in that unit, and no fix when it is not whole.
 */
export function limitFix(q: QuantityMention, limit: number, dimension: Dimension, written?: string, text?: string): FindingDraft['fixes'] {
  if (!q.unitFromHeader) {
    // An ISO 8601 duration is replaced by one ("P30D" → "P14D"): the field it sits in may parse it.
    const replacement = dimension === 'duration' && written !== undefined && isIsoDuration(written) ? isoDuration(limit) : asWritten(text ?? describe(limit, dimension), written);
    return [{ title: `Use ${replacement}`, edits: [{ start: q.start, end: q.end, newText: replacement }], safe: false }];
  }
  const n = limit / (q.normalized / q.value);
  if (Math.abs(n - Math.round(n)) > 1e-9) return undefined;
  return [{ title: `Use ${Math.round(n)} ${q.unit}`, edits: [{ start: q.start, end: q.end, newText: String(Math.round(n)) }], safe: false }];
}

/**
 * A value in the form the text wrote its own: "a 30 minute timeout" is a compound adjective, so its fix
 * is "15 minute", not "15 minutes"; "a 30-minute timeout" keeps its hyphen.
 */
function asWritten(value: string, written: string | undefined): string {
  const compound = written === undefined ? undefined : /^[\d.,]+(\s*|-)(?:second|minute|hour|day|week|month|year)$/i.exec(written.trim());
  // "1 year" is singular because it is one, not a compound adjective.
  if (!compound || /^1(?:\.0+)?(?:\s|-)/.test(written?.trim() ?? '')) return value;
  const m = /^([\d.,]+)\s+([a-z]+?)s?$/i.exec(value);
  return m ? `${m[1]}${compound[1] === '-' ? '-' : ' '}${m[2]}` : value;
}

/**
 * "up to 7 days", "max 7 days", "1 -> 7 days", "from one day up until 7 days", "1 ~ 7 days", "between
 * 1 and 7 days": the upper end of a range, a maximum written without a verb.
 */
const UP_TO_BEFORE = /(?:\bup\s+(?:to|until)|\bmax(?:imum)?\.?\s*[:=]?|(?:->|→|–|-|~|to|\buntil|\bthrough|\bthru)\s*|\bbetween\s[^.;:]{1,30}\sand\s*)\s*$/i;

const formerCache = new Map<string, readonly number[]>();

/** The older figures a fact's change note names, in seconds or bytes ("256 KB", "up to 7 days"). */
function formerValues(fact: Fact): readonly number[] {
  let found = formerCache.get(fact.id);
  if (!found) {
    // The note says what older texts state; a default or a minimum there ("4 days called a minimum") is no older maximum.
    const bounds = boundsOf(fact);
    // Older texts state what the notes said and what AWS's own value history records.
    const said = [fact.changed?.notes ?? '', ...(fact.history ?? []).map((h) => h.value)].filter((t) => t !== '');
    found = said
      .flatMap((t) => findQuantities(t, 0))
      .filter((q) => q.dimension === bounds.dimension)
      .map((q) => q.normalized)
      .filter((n) => n !== bounds.default && n !== bounds.min && n !== bounds.max);
    formerCache.set(fact.id, found);
  }
  return found;
}

/** Whether `value` is one of the fact's older figures (within 1 %). */
function isFormerValue(fact: Fact, value: number): boolean {
  return formerValues(fact).some((n) => Math.abs(n - value) <= n * 0.01);
}

/** The date a value of the fact's history stopped applying ("2025-08"), when `value` is one of them. */
function formerUntil(fact: Fact, value: number): string | undefined {
  return fact.history?.find((h) => findQuantities(h.value, 0).some((q) => Math.abs(q.normalized - value) <= q.normalized * 0.01))?.until;
}

function untilYear(until: string | undefined): number | undefined {
  return until ? Number(until.slice(0, 4)) : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-10" → "October 2020" (a history entry's `until`); undefined when it is not a month. */
export function monthYear(until: string | undefined): string | undefined {
  const m = until ? /^(\d{4})-(\d{2})/.exec(until) : null;
  return m ? `${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}` : undefined;
}

/** What the message adds about the change: the notes' correction, or the date AWS's history gives. */
function changeNote(fact: Fact, value: number): string {
  if (fact.changed) return ` ${fact.changed.note}`;
  const when = monthYear(formerUntil(fact, value));
  return when ? ` It was the maximum until ${when}.` : '';
}

/** The year a fact's change note gives ("… in August 2025"), for dated documents. */
export function changeYear(fact: Fact): number | undefined {
  const m = /\b(20\d\d)\b/.exec(fact.changed?.note ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A fact label inside a sentence: lower case, acronyms kept ("HTTP API integration timeout"). */
function lowerLabel(label: string): string {
  return label.replace(/[^\s]+/g, (word) => (/[A-Z].*[A-Z]/.test(word) ? word : word.toLowerCase()));
}

/** The range shown in messages ("1 minute to 14 days", "up to 15 minutes"). */
function rangeText(spec: LimitSpec): string {
  const bounds = boundsOfSpec(spec);
  return spec.rangeText ?? `${bounds.min !== undefined && bounds.min > 0 ? `${describe(bounds.min, bounds.dimension)} to ` : 'up to '}${describe(bounds.max ?? 0, bounds.dimension)}`;
}

/**
 * A constant code names for the limit (`MaxSQSMessageBytes = 256 * 1024`) at a figure the fact's
 * history records: the ceiling before August 2025. Any other lower figure may be the program's own
 * cap, and a validation bound is the module's policy (a module may allow less than AWS does).
 */
function outdatedIacMaximum(spec: LimitSpec, a: QuantityAssertion): FindingDraft | undefined {
  const iac = a.iac;
  const bounds = boundsOfSpec(spec);
  const fact = requireFact(spec.fact);
  if (!iac || a.modality !== 'maximum' || bounds.max === undefined || a.value >= bounds.max * 0.97) return undefined;
  if (/^(?:upper|lower) bound of /.test(iac.value.key)) return undefined;
  if (!isFormerValue(fact, a.value)) return undefined;
  const until = formerUntil(fact, a.value);
  const when = monthYear(until);
  return {
    start: a.start,
    end: a.end,
    severity: 'warning',
    changedIn: changeYear(fact) ?? untilYear(until),
    message:
      `${iac.value.key} = ${iac.value.raw} is ${describe(a.value, bounds.dimension)}, an older maximum: the ${lowerLabel(fact.label).replace(/^maximum\s+/, '')} ` +
      `is now up to ${spec.maxText ?? describe(bounds.max, bounds.dimension)}.${when ? ` It was the maximum until ${when}.` : ''}`,
    fixes: /^-?\d[\d_]*(?:\.\d+)?$/.test(iac.value.raw)
      ? [{ title: `Use ${formatNumber(bounds.max / iac.factor)}`, edits: [{ start: a.start, end: a.end, newText: String(Math.round(bounds.max / iac.factor)) }], safe: false }]
      : [],
  };
}

function judgeIac(spec: LimitSpec, a: QuantityAssertion): FindingDraft | undefined {
  const iac = a.iac;
  if (!iac) return undefined;
  const bounds = boundsOfSpec(spec);
  const over = verdictOf({ ...spec, proseMin: true, exact: false }, a.value);
  if (over === 'within') return outdatedIacMaximum(spec, a);
  const limit = over === 'over' ? (bounds.max ?? 0) : (bounds.min ?? 0);
  const tail = spec.note ? ` ${spec.note}` : '';
  return {
    start: a.start,
    end: a.end,
    message: `${iac.value.key}${iac.value.key.startsWith('--') ? ' ' : ' = '}${iac.value.raw} is ${describe(a.value, bounds.dimension)}; ${lowerLabel(requireFact(spec.fact).label)} is ${rangeText(spec)}.${tail}`,
    // A CDK factory (`Duration.days(30)`) is no place for a bare number of seconds: no fix there.
    fixes: /^-?\d[\d_]*(?:\.\d+)?$/.test(iac.value.raw)
      ? [{ title: `Use ${formatNumber(limit / iac.factor)}`, edits: [{ start: a.start, end: a.end, newText: String(Math.round(limit / iac.factor)) }], safe: false }]
      : [],
  };
}

/**
 * The finding a prose assertion of this rule's attribute deserves, if any: outside the range, not
 * the one exact value, a wrong default, or an outdated maximum ("can be up to 256 KB").
 */
function judgeProse(spec: LimitSpec, context: AnalyzedContext, a: QuantityAssertion): FindingDraft | undefined {
  const q = a.quantity;
  const clause = a.clause;
  if (!q || !clause) return undefined;
  if (a.modality === 'threshold') return judgeThreshold(spec, context, a, q);
  if (!asserted(a.modality)) return undefined;
  const fact = requireFact(spec.fact);
  const bounds = boundsOfSpec(spec);
  const name = getService(spec.services[0] ?? '')?.name ?? spec.services[0] ?? '';
  const tail = spec.note ? ` ${spec.note}` : '';
  const at = q.start - clause.start;
  const before = textBefore(clause.text, at, 64);
  const value = a.value;
  const written = writtenOf(context, q);
  const verdict = verdictOf(spec, value);
  // "can run for up to 5 ms" claims a maximum: an outdated or wrong maximum, not a value below the minimum
  // (whose fix, "Use 1 second", would leave a maximum claim to flag again — found by npm run fuzz).
  const belowMax = bounds.max !== undefined && underMaximum(value, bounds.max, bounds.dimension) && !FIRST_PERSON.test(planText(clause.text, q.end - clause.start));
  // A maximum that is the figure the fact's change note names ("max 7 days" for Kinesis retention) is outdated.
  // A limits table or a key/value line ("| size | 256 KB |", "Message size: 256 KB") states the limit without a verb.
  // A value under a label or a table header states the limit, unless the attribute is a per-resource
  // setting and the label does not say it is the maximum ("Lambda Timeout: 300 seconds" configures one function).
  const labelled = context.kind === 'tableRow' || /:[\s*_`]*$/.test(before);
  const settingValue = (fact.names?.iac?.length ?? 0) > 0 && !MAX_LABEL.test(`${headerText(context)} ${before}`);
  // "SQS message size ≤ 256 KB" states the ceiling; "Keep messages ≤ 256 KB" or "must be ≤" is a requirement of the design.
  const atMost = /(?:≤|<=)\s*$/.test(before) && !REQUIREMENT.test(clause.text);
  // A default is no ceiling, whatever precedes it ("defaults to 512 MB" ends in "to").
  const upTo = UP_TO_BEFORE.test(before) && !setTo(before);
  const statesLimit = a.modality !== 'default' && (a.modality === 'maximum' || upTo || atMost || (labelled && !settingValue));
  const older = belowMax && statesLimit && isFormerValue(fact, value);
  const maxClaim = older || (spec.outdatedMax === true && belowMax && LIMIT_CUE_BEFORE.test(before) && !REQUIREMENT.test(clause.text));
  if (verdict === 'not-exact') {
    return { start: q.start, end: q.end, message: `${name}: ${lowerLabel(fact.label)} is ${describe(bounds.max ?? 0, bounds.dimension)}, not ${written}.${tail}`, fixes: limitFix(q, bounds.max ?? 0, bounds.dimension, written) };
  }
  if (spec.exact) return undefined;
  const swapped = defaultAsBound(bounds, a, before);
  if (swapped && verdict !== 'over' && verdict !== 'under') {
    const bound = swapped === 'minimum' ? bounds.min : bounds.max;
    return {
      start: q.start,
      end: q.end,
      severity: 'warning',
      // A zero bound in the fact's own unit ("0 days": no backups), not as "0 seconds".
      message: `${name}: ${written} is the default ${lowerLabel(fact.label)}, not the ${swapped}; the ${swapped} is ${bound === 0 && fact.value.type === 'range' ? `0 ${fact.value.unit}` : describe(bound ?? 0, bounds.dimension)}.`,
    };
  }
  // "SQS retention: 1 minute to 7 days": the range starts at the documented minimum, so its end claims the maximum.
  if (verdict === 'within' && !older && belowMax && bounds.max !== undefined && RANGE_OF_SERVICE.test(`${clause.text} ${headerText(context)}`) && startsAtMinimum(context, clause, q, bounds)) {
    return {
      start: q.start,
      end: q.end,
      severity: 'warning',
      message: `${name}: ${lowerLabel(fact.label)} is ${rangeText(spec)}; the range ends at ${spec.maxText ?? describe(bounds.max, bounds.dimension)}, not ${written}.${tail}`,
      fixes: (limitFix(q, bounds.max, bounds.dimension, written, spec.maxText) ?? []).map((f) => ({ ...f, safe: false })),
    };
  }
  // One of the fact's own unit in seconds or bytes (a day for backup retention), for a range that starts at 1 of it.
  // Only a retention's 0 turns the thing off (no backups); a delay of 0 is a delay (a target deregistered at once).
  const oneUnit = /retention/.test(fact.id) && fact.value.type === 'range' && fact.value.max > 0 && bounds.max !== undefined ? bounds.max / fact.value.max : undefined;
  const low = verdict === 'within' ? rangeLowEnd(context, clause, q, bounds, oneUnit) : undefined;
  if (low) {
    return {
      start: low.start,
      end: low.end,
      severity: 'warning',
      message: `${name}: ${lowerLabel(fact.label)} is ${rangeText(spec)}; the range starts at ${describe(bounds.min ?? 0, bounds.dimension)}, not ${low.written}.${tail}`,
    };
  }
  const floor = verdict === 'within' ? statedMinimumAbove(fact, bounds, a, clause.text, before) : false;
  if (floor && bounds.min !== undefined) {
    return {
      start: q.start,
      end: q.end,
      severity: 'warning',
      message: `${name}: the minimum ${lowerLabel(fact.label).replace(/^(?:maximum|minimum)\s+/, '')} is ${describe(bounds.min, bounds.dimension)}, not ${written}.${tail}`,
    };
  }
  if (verdict === 'within' && !older && bounds.max !== undefined && claimsServiceCeilingBelow(context, a, bounds.max, belowMax)) {
    // A figure the ceiling once had gets the history wording ("It was the maximum until October 2018.").
    if (isFormerValue(fact, value)) return outdatedMaximum(spec, q, written, value, 'warning', 'older');
    return {
      start: q.start,
      end: q.end,
      severity: 'warning',
      message: `${name}: the maximum ${lowerLabel(fact.label).replace(/^maximum\s+/, '')} is ${spec.maxText ?? describe(bounds.max, bounds.dimension)}; ${written} is lower.${tail}`,
      fixes: (limitFix(q, bounds.max, bounds.dimension, written, spec.maxText) ?? []).map((f) => ({ ...f, safe: false })),
    };
  }
  if (verdict === 'over' || (verdict === 'under' && !maxClaim)) {
    // "the default is 4 days": the fix writes the default, which the default check below would
    // otherwise flag again once the maximum is in place (found by npm run fuzz).
    const aboutDefault = spec.checkDefault === true && bounds.default !== undefined && a.modality === 'default';
    const limit = aboutDefault ? (bounds.default ?? 0) : verdict === 'over' ? (bounds.max ?? 0) : (bounds.min ?? 0);
    return {
      start: q.start,
      end: q.end,
      message: `${name}: ${lowerLabel(fact.label)} is ${rangeText(spec)}; ${written} is ${verdict === 'over' ? 'above the maximum' : 'below the minimum'}.${tail}`,
      fixes: limitFix(q, limit, bounds.dimension, written, limit === bounds.max ? spec.maxText : undefined),
    };
  }
  // "128 MB" for a 128 MiB default is the same figure: sizes are compared within 5 % (MB and MiB differ by 4.9 %).
  const defaultTolerance = bounds.dimension === 'size' ? 0.05 : 0.001;
  if (spec.checkDefault && bounds.default !== undefined && a.modality === 'default' && Math.abs(value - bounds.default) > bounds.default * defaultTolerance) {
    return {
      start: q.start,
      end: q.end,
      severity: 'warning',
      message: `${name}: the default ${lowerLabel(fact.label)} is ${describe(bounds.default, bounds.dimension)}, not ${written}.`,
      fixes: limitFix(q, bounds.default, bounds.dimension, written),
    };
  }
  if (maxClaim && bounds.max !== undefined) return outdatedMaximum(spec, q, written, value, older ? 'warning' : 'info', 'older or lower');
  return undefined;
}


/**
 * "Messages larger than 256 KB must go through S3": the value is where the text sends bigger things
 * elsewhere. That states the ceiling only when it is a figure the ceiling had before (an outdated
 * maximum); any other threshold may be a design choice below the limit, so it stays quiet.
 */
function judgeThreshold(spec: LimitSpec, context: AnalyzedContext, a: QuantityAssertion, q: QuantityMention): FindingDraft | undefined {
  const fact = requireFact(spec.fact);
  const bounds = boundsOfSpec(spec);
  if (bounds.max === undefined || a.value >= bounds.max * 0.9 || !isFormerValue(fact, a.value)) return undefined;
  if (a.clause && FIRST_PERSON.test(planText(a.clause.text, q.end - a.clause.start))) return undefined;
  return outdatedMaximum(spec, q, writtenOf(context, q), a.value, 'warning', 'older');
}

/** "SQS: the maximum message size is now 1 MiB; 256 KB is an older figure.": a maximum stated below today's. */
function outdatedMaximum(spec: LimitSpec, q: QuantityMention, written: string, value: number, severity: 'warning' | 'info', figure: 'older' | 'older or lower'): FindingDraft {
  const fact = requireFact(spec.fact);
  const bounds = boundsOfSpec(spec);
  const name = getService(spec.services[0] ?? '')?.name ?? spec.services[0] ?? '';
  return {
    start: q.start,
    end: q.end,
    severity,
    changedIn: changeYear(fact) ?? untilYear(formerUntil(fact, value)),
    message: `${name}: the maximum ${lowerLabel(fact.label).replace(/^maximum\s+/, '')} is now ${spec.maxText ?? describe(bounds.max ?? 0, bounds.dimension)}; ${written} is an ${figure} figure.${changeNote(fact, value)}`,
  };
}

/** "Set the Kinesis retention to 7 days": the "to" of a change or a setting, not of a range or a ceiling. */
const SET_VERB = /\b(?:set|sets|setting|change[sd]?|changing|raise[sd]?|increase[sd]?|lower(?:ed)?|reduce[sd]?|configure[sd]?|bump(?:ed)?|extend(?:ed)?|update[sd]?|adjust(?:ed)?)\b/i;

function setTo(before: string): boolean {
  const to = /\bto\s*$/i.exec(before);
  // "up to" is a ceiling whatever came before ("extended retention up to 7 days").
  if (!to || /\bup\s*$/i.test(before.slice(0, to.index))) return false;
  const lead = before.slice(0, to.index);
  const clauseStart = Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf(','));
  // An imperative that opens its clause ("Set the retention to 7 days"); "can be extended to 7 days" or
  // "retention was increased to 7 days" may still say how far it goes.
  const clause = lead.slice(clauseStart + 1).replace(/^[\s*_>-]+/, '');
  return SET_VERB.exec(clause)?.index === 0;
}

/** A clause that asks the design to stay within a value ("Keep payloads ≤ 256 KB", "must be ≤ 5 minutes"), not one that states a limit. */
export const REQUIREMENT = /^[\s*_>-]*(?:keep|set|use|limit|cap|make\s+sure|ensure|stay|try)\b|\b(?:should|must|needs?\s+to|has\s+to|target|budget|SLO|SLA|p\d\d)\b/i;

/**
 * The part of a clause whose first person makes a value the writer's own plan: the text up to the
 * value's end and on to the next comma or "so". A decision that follows ("…, we offload to S3",
 * "sqs caps at 256kb, we'd need the extended client", "Since the limit is 256 KB, we …") does not make
 * the stated limit a plan; a first person before the value ("we cap messages at 256 KB") does.
 */
function planText(clause: string, valueEnd: number): string {
  const rest = clause.slice(valueEnd);
  const cut = rest.search(/,|;|\s[–—-]\s|\bso\b/);
  return cut < 0 ? clause : clause.slice(0, valueEnd + cut);
}

/** An explicit minimum word ("the lowest buffer time is", "minimum retention:"), not "at least" (a requirement's word). */
const EXPLICIT_MIN = /\b(?:minimum|min\.?|lowest|shortest|smallest)\b/i;

/** Words that describe the service's floor, not a setting's ("Minimum retention: 7 days" is often a team's own). */
const SERVICE_FLOOR = /\b(?:lowest|shortest|smallest)\b/i;

/**
 * A value stated as the attribute's minimum that is above today's minimum and is not its default
 * ("the lowest buffer time is 1 minute": zero buffering came later). Only with a word that describes
 * the service's floor ("lowest", "shortest") or when the value is an older figure of the fact: a
 * "Minimum retention: 7 days" line is more often a team's own floor. The default given as the
 * minimum is `defaultAsBound`'s; a plan in the first person is the writer's own.
 */
function statedMinimumAbove(fact: Fact, bounds: ReturnType<typeof boundsOfSpec>, a: QuantityAssertion, clause: string, before: string): boolean {
  const { min } = bounds;
  if (a.modality !== 'minimum' || min === undefined || !EXPLICIT_MIN.test(before) || FIRST_PERSON.test(clause)) return false;
  const tolerance = sameValueTolerance(bounds);
  if (a.value <= min * (1 + tolerance) + 1e-9) return false;
  if (bounds.default !== undefined && Math.abs(a.value - bounds.default) <= bounds.default * tolerance) return false;
  return SERVICE_FLOOR.test(before) || isFormerValue(fact, a.value);
}

/** How far apart two values of a bound may be and still be the same figure: sizes allow "512 MB" for 512 MiB (5 %). */
function sameValueTolerance(bounds: ReturnType<typeof boundsOfSpec>): number {
  return bounds.dimension === 'size' ? 0.05 : 0.001;
}

/**
 * A range that ends at today's maximum but starts above today's minimum ("buffer interval ranges from
 * 60s to 900s": zero buffering came later): the low end, when `q` is the high end. The low end is a
 * quantity or a bare number before "to", "–" or "-" (its unit is the high end's).
 */
function rangeLowEnd(
  context: AnalyzedContext,
  clause: { readonly text: string; readonly start: number },
  q: QuantityMention,
  bounds: ReturnType<typeof boundsOfSpec>,
  oneUnit?: number,
): { start: number; end: number; written: string } | undefined {
  const { min, max } = bounds;
  const tolerance = sameValueTolerance(bounds);
  if (min === undefined || max === undefined || Math.abs(q.normalized - max) > max * Math.max(tolerance, 0.01)) return undefined;
  const start = rangeStart(context, clause, q, RANGE_JOINT_OR_AND);
  if (!start) return undefined;
  const { at, own, value } = start;
  if (!Number.isFinite(value) || value <= min * (1 + tolerance) + 1e-9) return undefined;
  // A minimum of 0 turns the setting off (backup retention 0 disables backups): "1 to 35 days" is the enabled range.
  if (min === 0 && oneUnit !== undefined && Math.abs(value - oneUnit) < 1e-9) return undefined;
  if (bounds.default !== undefined && Math.abs(value - bounds.default) <= bounds.default * tolerance) return undefined;
  const end = own ? own.end : at + start.number.length;
  return { start: at, end, written: context.text.slice(at - context.start, end - context.start) };
}

/** A verb of change before "from … to …": the two values are before and after, not the ends of a range. */
const CHANGE_VERB = /\b(?:jump(?:s|ed)?|ris(?:e|es|ing)|rose|gr(?:ow|ows|ew)|climb(?:s|ed)?|spik(?:e|es|ed)|increas(?:e|es|ed)|decreas(?:e|es|ed)|drop(?:s|ped)?|f(?:all|alls|ell)|go(?:es)?|went|mov(?:e|es|ed)|chang(?:e|es|ed)|rais(?:e|es|ed)|lower(?:s|ed)?|reduc(?:e|es|ed)|cut|bump(?:s|ed)?|doubl(?:e|es|ed)|shr(?:ink|inks|ank))\b[^.;:|]{0,30}$/i;

/** The start of a range that `q` ends: a number before "to", "–", "-" or "through" (and "and", for rangeLowEnd). */
const RANGE_JOINT = /(?:\bfrom\s+|\bbetween\s+)?(\d+(?:\.\d+)?)\s*([A-Za-z]{0,8})\s*(?:to|–|—|-|through)\s*$/i;
const RANGE_JOINT_OR_AND = /(?:\bfrom\s+|\bbetween\s+)?(\d+(?:\.\d+)?)\s*([A-Za-z]{0,8})\s*(?:to|–|—|-|through|and)\s*$/i;

/**
 * The range start before `q` in its clause: where its number is, the quantity written there if any, the
 * word after the number, and its value in `q`'s dimension (a bare number takes `q`'s unit: "1-300 seconds").
 */
function rangeStart(
  context: AnalyzedContext,
  clause: { readonly text: string; readonly start: number },
  q: QuantityMention,
  joint: RegExp,
): { at: number; number: string; word: string; own: QuantityMention | undefined; value: number } | undefined {
  const before = clause.text.slice(Math.max(0, q.start - clause.start - 40), q.start - clause.start);
  const m = joint.exec(before);
  if (!m?.[1]) return undefined;
  // "latency jumps from 180 ms to 29 s", "we cut it from 30 to 7 days": a change between two values, not a range.
  if (CHANGE_VERB.test(clause.text.slice(Math.max(0, q.start - clause.start - before.length + m.index - 40), q.start - clause.start - before.length + m.index))) return undefined;
  const at = q.start - before.length + m.index + m[0].indexOf(m[1]);
  const own = context.quantities.find((x) => x.numberStart === at && x.dimension === q.dimension);
  const value = own ? own.normalized : Number(m[1]) * (q.normalized / (q.value || 1));
  return { at, number: m[1], word: m[2] ?? '', own, value };
}

/**
 * Words that make a range the service's allowed values rather than one deployment's settings ("Lambda
 * memory 128–1,024 MB" may well be a team's own spread): "can be set", "valid", "allowed", "limit", "range".
 */
const RANGE_OF_SERVICE = /\b(?:can\s+be\s+(?:set|configured)|configurable|valid|allowed|accepts?|supports?|supported|limits?|quotas?|maximum|minimum|range)\b/i;

/**
 * Whether `q` ends a range whose start is the fact's documented minimum ("1 minute to 7 days", "128 MB –
 * 3,008 MB", "1-300 seconds"): then the range is the service's, and its end is stated as the maximum.
 */
function startsAtMinimum(context: AnalyzedContext, clause: { readonly text: string; readonly start: number }, q: QuantityMention, bounds: ReturnType<typeof boundsOfSpec>): boolean {
  const { min } = bounds;
  if (min === undefined || min <= 0) return false;
  const tolerance = Math.max(sameValueTolerance(bounds), 0.01);
  const start = rangeStart(context, clause, q, RANGE_JOINT);
  // A bare start takes the end's unit ("1-300 seconds"); a start with a word that is no unit of its own is no range start.
  if (!start || (!start.own && start.word !== '')) return false;
  return Number.isFinite(start.value) && Math.abs(start.value - min) <= min * tolerance;
}

/**
 * Words right before a value that say it is the service's own ceiling rather than a plan's: "cannot
 * exceed", "maxes out at", "the longest … SQS supports is". ("up to" is left out: "scales up to 5
 * replicas" is as often a design's setting as a claim about AWS.)
 */
const INHERENT_CEILING_BEFORE = new RegExp(
  String.raw`\b(?:hard\s+limit\s+(?:of|is)|(?:largest|longest|highest|biggest|greatest)\b(?:\s+[\w'/@-]+){0,7}\s+(?:is|=|:|of|can\s+be)|${INHERENT_CEILING_VERB_SOURCE})\s*$|${NEGATED_EXCEED_SOURCE}\s*$`,
  'i',
);
/**
 * "at most", "no more than": the service's ceiling only after a verb of what the service allows ("Aurora
 * supports at most 5 replicas", "can be raised to at most 3,600 seconds", "Lambda allows a timeout of no
 * more than 10 minutes"); a bare "At most 7 reader
 * instances" in a list describes a configuration.
 */
const ALLOWED_AT_MOST_BEFORE =
  /\b(?:(?:supports?|allows?|accepts?|permits?)(?:\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+of)?|(?:holds?|stores?|retains?|keeps?)(?:\s+(?!(?:we|our|us|it|them)\b)[\w-]+){0,3}?(?:\s+for)?|(?:can|could|may)(?:\s+[\w-]+){0,3}|limited|capped|goes\s+up)\s+(?:to\s+)?(?:at\s+(?:the\s+)?most|no\s+more\s+than|not\s+more\s+than)\s*$/i;

/** "SQS keeps a message 7 days at most": a verb of what the service keeps or allows, the value, then "at most". */
const KEEPS_BEFORE = /\b(?:keeps?|holds?|retains?|stores?|allows?|supports?|accepts?|runs?(?:\s+for)?|lasts?)\b(?:\s+(?!(?:we|our|us)\b)[\w-]+){0,3}\s*$/i;
const AT_MOST_AFTER = /^\s*(?:at\s+(?:the\s+)?most|max(?:imum)?)\b/i;

/** The words before a value name it the service's ceiling. */
export function namesServiceCeiling(before: string, after = ''): boolean {
  return INHERENT_CEILING_BEFORE.test(before) || ALLOWED_AT_MOST_BEFORE.test(before) || (KEEPS_BEFORE.test(before) && AT_MOST_AFTER.test(after));
}

/**
 * After a value, an apposition that names it the service's ceiling: "15 minutes, the maximum SQS allows",
 * "3,600 seconds (the maximum)", "1 MB — a hard limit". Not one that names a policy's ("the maximum we allow").
 */
export const CEILING_APPOSITION_AFTER =
  /^\s*(?:,|;|\(|—|–|-)\s*(?:which\s+is\s+|that\s+is\s+|that's\s+|i\.e\.,?\s+)?(?:the|a|its)\s+(?:(?:AWS|service|absolute|documented|hard|[A-Z][A-Za-z0-9]{1,20}(?:['’]s)?)\s+)?(?:max(?:imum)?|ceiling|hard\s+limit|upper\s+(?:limit|bound)|most\b)(?!\s*(?:(?:is|of|was)\s+|[=:]\s*)?\d)(?![^.;)]{0,40}\b(?:we|our|us|policy|SLO|SLA|budget|team|standard)\b)/i;

/** "to the max timeout of 5 minutes", "the maximum retention of 7 days": the value named as the maximum in a noun phrase. */
const CEILING_NOUN_PHRASE_BEFORE = /\bthe\s+(?:max(?:imum)?|longest|largest|highest|biggest)\s+(?:[\w-]+\s+){0,3}(?:of|is|=|:)\s*$/i;

/**
 * The ceiling is named by an apposition or a noun phrase, which states the service's maximum even in a
 * first-person clause ("we bumped it to the max timeout of 5 minutes", "I set it to 15 minutes, the maximum").
 */
function ceilingInApposition(text: string, at: number, end: number): boolean {
  if (CEILING_NOUN_PHRASE_BEFORE.test(textBefore(text, at, 64))) return true;
  // The apposition may follow the attribute or a conversion the value carries: "a 15-minute visibility
  // timeout, the maximum SQS allows", "to 7 days (168 hours), the maximum Kinesis allows".
  const after = text.slice(end, end + 96).replace(VALUE_TAIL, '');
  return CEILING_APPOSITION_AFTER.test(after);
}

/** What may stand between a value and its apposition: a conversion in brackets, or up to three words of the attribute. */
const VALUE_TAIL = /^(?:[ \t]{0,4}\([^()\n]{1,30}\))?(?:(?:[ \t]{1,4}|-)[A-Za-z][\w-]{0,30}){0,3}(?=[ \t]{0,4}[,(—–])/;

/** Clearly below a maximum: sizes by 10 % (MB and MiB differ by 4.9 %), other values by 3 %. */
function underMaximum(value: number, max: number, dimension: Dimension): boolean {
  return value < max * (dimension === 'size' ? 0.9 : 0.97);
}

/**
 * The value is stated as the service's own ceiling (a label, an apposition, "at most", the end of the
 * range after the default) and is below today's maximum: not a minimum or a default, not a requirement
 * of the design, not beside today's figure. A first-person clause counts only through an apposition.
 */
function claimsServiceCeilingBelow(context: AnalyzedContext, a: QuantityAssertion, max: number, belowMax: boolean): boolean {
  const q = a.quantity;
  const clause = a.clause;
  if (!q || !clause || a.modality === 'minimum' || a.modality === 'default') return false;
  const at = q.start - clause.start;
  const end = q.end - clause.start;
  const apposition = ceilingInApposition(clause.text, at, end);
  // A requirement of the design ("must stay under 10 minutes") is no claim about the service, unless an
  // apposition names the value the service's maximum ("must not exceed 600 seconds, the Lambda maximum").
  if (REQUIREMENT.test(clause.text) && !apposition) return false;
  // "Every RDS instance keeps backups for at most 14 days": said of the design's resources, not of the service.
  if (!apposition && resourceSubject(clause.text.slice(0, at))) return false;
  if (!underMaximum(a.value, max, q.dimension) || !(belowMax || apposition)) return false;
  const ownSubject = a.evidence === 'clause' || a.evidence === 'context';
  const claims =
    labelledMaximum(clause.text, at, end) ||
    apposition ||
    (ownSubject && a.modality === 'maximum' && namesServiceCeiling(textBefore(clause.text, at, 64), clause.text.slice(end, end + 24))) ||
    (ownSubject && endsRangeAfterDefault(context, clause, q));
  return claims && !statesMaximumToo(context, q, max);
}

/**
 * The same sentence also gives today's maximum ("batch jobs run at most 10 minutes, well under the Lambda
 * maximum of 15 minutes"): the lower value is the design's, compared with the limit.
 */
function statesMaximumToo(context: AnalyzedContext, q: QuantityMention, max: number): boolean {
  return context.quantities.some((other) => other !== q && other.start !== q.start && Math.abs(other.normalized - max) <= max * 0.03);
}

/**
 * A value given as the maximum by its label ("Item size limit: 40 KB", "| S3 | Max object size | 5 GB |"):
 * a maximum word at most 40 characters before it with no sentence break between, and the value not the
 * start of a range ("Limit: 1 minute to 14 days").
 */
function labelledMaximum(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (!/\b(?:max(?:imum)?\.?|limit|ceiling|upper\s+(?:limit|bound)|tops?\s+out|capped)\b[^.;!?]*$/i.test(before)) return false;
  if (/\b(?:min(?:imum)?|default|up to|from|between|per|each|every|below|under|less than)\b[^|]*$/i.test(before)) return false;
  return !/^\s*(?:to|–|—|-|\.\.|and)\s*\d/.test(text.slice(end, end + 8));
}

/**
 * The default given as the floor or the ceiling: "a minimum retention period of 4 days" (4 days is the
 * default; the minimum is 60 seconds), "the visibility timeout is at most 30 seconds". Only with an
 * explicit minimum or maximum word ("up to" also describes a workload), and never in first person.
 */
/** A rule the team sets for its resources: every, each or all of them, or what they must or should have. */
const POLICY = /\b(?:every|each|all)\b|\b(?:must|should|needs?\s+to|ha(?:ve|s)\s+to|required?)\b/i;

function defaultAsBound(bounds: ReturnType<typeof boundsOfSpec>, a: QuantityAssertion, before: string): 'minimum' | 'maximum' | undefined {
  const { default: byDefault, min, max } = bounds;
  const tolerance = sameValueTolerance(bounds);
  if (byDefault === undefined || Math.abs(a.value - byDefault) > byDefault * tolerance || FIRST_PERSON.test(a.clause?.text ?? '')) return undefined;
  // "Every RDS instance has backups of at least 7 days": a policy over the team's resources, not the service's floor.
  if (a.modality === 'minimum' && min !== undefined && !POLICY.test(a.clause?.text ?? '') && Math.abs(a.value - min) > Math.max(min, 1) * Math.max(tolerance, 0.01)) return 'minimum';
  const after = a.clause && a.quantity ? a.clause.text.slice(a.quantity.end - a.clause.start) : '';
  const explicitMax = /\b(?:maximum|max\.?|at most|upper (?:limit|bound)|ceiling|cannot exceed|can't exceed|must not exceed|tops? out|capped|caps? at)\b/i.test(before) || HARD_AFTER.test(after);
  if (a.modality === 'maximum' && explicitMax && max !== undefined && Math.abs(a.value - max) > max * Math.max(tolerance, 0.01)) return 'maximum';
  return undefined;
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/**
 * Judges one assertion of this rule's attribute. Evidence decides the ceiling: a subject inherited
 * from a parent item, the sentence before or a section title, or named only by the attribute's own words, gives at most a warning.
 */
export function judgeLimit(rule: LimitRule, context: AnalyzedContext, a: QuantityAssertion): FindingDraft | undefined {
  const draft = a.iac ? judgeIac(rule.spec, a) : judgeProse(rule.spec, context, a);
  if (!draft || (a.evidence !== 'parent' && a.evidence !== 'previous-sentence' && a.evidence !== 'section' && a.evidence !== 'attribute')) return draft;
  const severity = draft.severity ?? rule.severity;
  return SEVERITY_RANK[severity] > SEVERITY_RANK.warning ? { ...draft, severity: 'warning' } : draft;
}

/** `mayAssert` as a cue: code, a quantity, an IaC value, or an `aws` command (engine/prefilter.ts). */
export const MAY_ASSERT: Cue = { has: ['code', 'quantity', 'iac'], words: ['aws'] };

export function limitRule(spec: LimitSpec): LimitRule {
  registerAttribute(spec, spec.id);
  const rule: LimitRule = {
    id: spec.id,
    scope: 'context',
    cue: MAY_ASSERT,
    description: spec.description,
    rationale: spec.rationale,
    severity: spec.severity,
    category: 'limits',
    facts: [spec.fact, ...(spec.extraFacts ?? [])],
    fixable: true,
    examples: spec.examples,
    spec,
    check(context, report) {
      if (!mayAssert(context)) return;
      for (const a of assertionsOf(context)) {
        if (a.ruleId !== spec.id) continue;
        const draft = judgeLimit(rule, context, a);
        if (draft) report(draft);
      }
    },
  };
  return rule;
}
