/**
 * Binding a quantity to the service attribute it sets ("SQS keeps messages for 30 days" → SQS message
 * retention): nearest service, nearest attribute word, same clause, a table column's header, a
 * parent item, or the subject the document's scope gives (a section title). This is the only answer
 * to "which attribute does this quantity set": assertions (assertions/quantity.ts) are built from it,
 * and hovers and the limit rules read those, so a hover and a finding never disagree.
 */
import { NAMED_LIMIT_AFTER, boundPhraseOf, withoutOwned, type BoundPhrase } from './bound-phrases';
import { requireFact, getService } from '../../facts/catalog';
import type { Fact, FactUnit } from '../../facts/types';
import type { AnalyzedContext } from '../model/document-model';
import { columnAt } from '../parse/cells';
import type { QuantityMention } from '../recognisers/quantities';
import { describeBytes, describeSeconds } from '../recognisers/quantities';
import { clauses, type Clause } from '../parse/clauses';
import { findServices, mostSpecific, type ServiceMention } from '../recognisers/services';
import { saysHistory, NEGATION, formatNumber, globalOf, headerText, inIdentifier, nearestParentServices, negatesClaim, wholeOf } from '../rules/kit/helpers';
import { textBefore } from '../util/text';
import { CEILING_VERB_BEFORE } from './ceiling-words';

export type Dimension = 'duration' | 'size';

const UNIT_FACTORS: Partial<Record<FactUnit, { dimension: Dimension; factor: number }>> = {
  milliseconds: { dimension: 'duration', factor: 0.001 },
  seconds: { dimension: 'duration', factor: 1 },
  minutes: { dimension: 'duration', factor: 60 },
  hours: { dimension: 'duration', factor: 3600 },
  days: { dimension: 'duration', factor: 86400 },
  years: { dimension: 'duration', factor: 31_536_000 },
  bytes: { dimension: 'size', factor: 1 },
  KiB: { dimension: 'size', factor: 1024 },
  MiB: { dimension: 'size', factor: 1024 ** 2 },
  GiB: { dimension: 'size', factor: 1024 ** 3 },
  TiB: { dimension: 'size', factor: 1024 ** 4 },
  KB: { dimension: 'size', factor: 1000 },
  MB: { dimension: 'size', factor: 1000 ** 2 },
  GB: { dimension: 'size', factor: 1000 ** 3 },
  TB: { dimension: 'size', factor: 1000 ** 4 },
};

export interface Bounds {
  readonly min?: number;
  readonly max?: number;
  readonly default?: number;
  readonly dimension: Dimension;
}

/** A fact's range (or single maximum) in seconds or bytes. */
export function boundsOf(fact: Fact): Bounds {
  const v = fact.value;
  if (v.type !== 'range' && v.type !== 'number') throw new Error(`fact ${fact.id} is not numeric`);
  const unit = UNIT_FACTORS[v.unit];
  if (!unit) throw new Error(`fact ${fact.id} has no duration/size unit`);
  if (v.type === 'number') return { max: v.value * unit.factor, dimension: unit.dimension };
  return {
    min: v.min * unit.factor,
    max: v.max * unit.factor,
    default: v.default === undefined ? undefined : v.default * unit.factor,
    dimension: unit.dimension,
  };
}

export function describe(value: number, dimension: Dimension): string {
  if (dimension === 'duration') return value > 0 && value < 1 ? `${formatNumber(value * 1000)} ms` : describeSeconds(value);
  return describeBytes(value);
}

/** Every attribute word any limit rule binds to, so the nearest one wins ("timeout 30 s, retention 4 days"). */
const ALL_ATTRIBUTES: RegExp[] = [
  /\b(?:delay(?:ed)?|interval|TTL|latency|cooldown|expir(?:y|es|ation)|backoff|deadline|RTO|RPO|throughput|bandwidth|payload|window|lock|heartbeat|grace|idle|schedule[sd]?|every|cron|rate|duration|runs?|running|takes?|jobs?|sleeps?|pauses?|backs? off|SLA|buffer(?:ing)?|batch(?:ing)?|polling|poll|wait|age|lifetime|history|archive[sd]?|retr(?:y|ies|ied|ying)|redrive|versioning|noncurrent|billing|billed|cold start|snapshot|provisioned|storage|disk|memory|RAM|size|retention|retain(?:s|ed)?|timeout|time-?out|keep(?:s)?|kept|stor(?:e|es|ed)|hold(?:s)?)\b/i,
];

/**
 * What a quantity in prose is about: a service attribute backed by one numeric fact. Every limit rule
 * is one (plus its messages and IaC keys); an attribute the hover knows without a rule (SQS delivery
 * delay) is one too, so there is a single binding and no second word table.
 */
export interface AttributeSpec {
  readonly fact: string;
  /** Service ids whose mention binds the number (nearest service wins). */
  readonly services: readonly string[];
  /** The attribute, as written in prose ("retention", "retain", "kept"). */
  readonly attribute: RegExp;
  /** Attribute words that must NOT be the nearest (e.g. "visibility" for a plain "timeout"). */
  readonly notAttribute?: RegExp;
  /**
   * The ceiling a bare "<service> maxes out at <value>" means when no attribute is named: the one limit
   * of the service in this dimension people quote ("lambda maxes out at 15 min" is the timeout).
   */
  readonly bareCeiling?: boolean;
  /**
   * A clause matching this names a case whose adjustable quota may be raised (a Regional or private REST
   * API's integration timeout): a value above the default there is treated like one said to be raised.
   */
  readonly raisableIn?: RegExp;
  /** Prose: a clause naming this owns the attribute instead (a Step Functions state's timeout is not its Lambda's). */
  readonly notInClause?: RegExp;
  /** Prose: the clause (or the table header) must also match this (e.g. "event history"). */
  readonly requires?: RegExp;
  /** Text shown after the range in messages (e.g. a nuance about quotas). */
  readonly note?: string;
  /** Overrides the maximum shown in messages ("50 TB"). */
  readonly maxText?: string;
  /** Overrides the range shown in messages ("0 bytes to 50 TB"). */
  readonly rangeText?: string;
  /** The fact is one exact value (CloudTrail event history: 90 days): any other value is flagged. */
  readonly exact?: boolean;
  /** Prose below the minimum is flagged too (off when the minimum is a setting's, not the thing's, e.g. message size). */
  readonly proseMin?: boolean;
}

/**
 * `>` is "more than", unless it closes an HTML tag (`<td>`, `<br/>`: an HTML table cell or a diagram label).
 * "after" is a comparison ("retries after 30 s"), except after a verb that says the value is the limit
 * itself ("times out after 30 s", "deleted after 14 days").
 */
export const COMPARATIVE_BEFORE = /(?:\b(?:more|longer|greater|larger|bigger|higher|over|above|beyond|exceed(?:s|ing)?|past|than|(?<!\b(?:times?[- ]?out|timed[- ]?out|timeout|expires?|expired|deleted|purged)\s)after)\s+|(?<![\w"'/=-])>\s*|≥\s*)(?:about\s+|around\s+|roughly\s+)?$/i;
// The ceiling verbs ("tops out at", "caps … at", "maxes out at") are ceiling-words.ts's, joined in LIMIT_CUE_BEFORE.
const ENGLISH_LIMIT_CUE_BEFORE = /\b(?:upper[- ]bound\s+(?:of|is)|ceiling\s+(?:of|is)|limits?\s+(?:an?\s+|each\s+|every\s+|the\s+)?[\w-]+\s+to|can\s+(?:[\w-]+\s+){0,3}up to|can hold up to|can store up to|may be up to|up to a maximum of|maximum(?:\s+[\w-]+){0,5}\s+(?:is|of)|max(?:imum)?\s+(?:[\w-]+\s+)?size\s+(?:is\s+|of\s+)?|limit(?:ed)?\s+(?:of|to|is)|at most|cannot exceed|can't exceed|must not exceed|no (?:more|larger|bigger) than|as (?:high|large|long|much|big) as)\s*$/i;
/**
 * "maximum" / "up to" in the other languages AWS notes come in, right before the value (Korean 최대, Japanese
 * 最大, Chinese 最多 / 至多 / 上限, Vietnamese "tối đa" / "lên tới", German "bis zu" / "höchstens", French
 * "jusqu'à", Spanish "hasta" / "como máximo", Portuguese "até" / "no máximo", Italian "fino a").
 */
export const OTHER_LANGUAGE_CEILING_WORDS =
  /(?:최대(?:치|로)?|最大(?:で|値)?|最多|至多|上限(?:は|为|是)?|(?<![A-Za-zÀ-ỹ])(?:tối\s+đa|lên\s+(?:tới|đến)|bis\s+zu|maximal|höchstens|jusqu['’]\s?à|au\s+(?:maximum|plus)|hasta|como\s+máximo|un\s+máximo\s+de|no\s+máximo|até|fino\s+a|al\s+massimo))/i;
/** Those words right before the value. */
export const OTHER_LANGUAGE_CEILING = new RegExp(`${OTHER_LANGUAGE_CEILING_WORDS.source}[\\s:：]*$`, 'i');
export const LIMIT_CUE_BEFORE = new RegExp(`(?:${ENGLISH_LIMIT_CUE_BEFORE.source})|(?:${CEILING_VERB_BEFORE.source})|(?:${OTHER_LANGUAGE_CEILING.source})`, 'i');
export const DEFAULT_CUE_BEFORE = /\bdefault(?:s)?(?:\s+[\w-]+){0,5}\s+(?:is|of|=|:)\s*$|\bdefaults?\s+to\s+$|\bby default\s+(?:is\s+)?$|\bdefault(?:\s+value)?\s*(?:[:=]\s*)?$/i;
/** "the minimum retention period is", "at least", "no shorter than": a stated floor. */
export const MIN_CUE_BEFORE = /\b(?:minimum|min\.?|lowest|shortest|smallest)(?:\s+[\w-]+){0,5}\s+(?:is|of|=|:)\s*$|\b(?:minimum|min\.?)\s+(?:of\s+)?$|\bat least\s*$|\bno (?:less|shorter|fewer|lower|smaller) than\s*$/i;
/**
 * "we", "our", "us", "I" as words of their own: not the "i" of a Vietnamese "tối" (JavaScript's \\b sees
 * only ASCII letters), nor "us" in "us-east-1".
 */
export const FIRST_PERSON = /(?<![\p{L}\p{M}\d_-])(?:[Ww][Ee]|[Oo]ur|OUR|[Uu]s|I)(?![\p{L}\p{M}\d_-])/u;

/** "6 times the Lambda timeout", "twice the visibility timeout": the attribute is a yardstick here, not what the quantity sets. */
const MULTIPLE_BEFORE =
  /(?:\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s*(?:times|x|×)|\b(?:twice|double|triple|half))\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i;

function isYardstick(text: string, index: number): boolean {
  return MULTIPLE_BEFORE.test(text.slice(Math.max(0, index - 48), index));
}

/**
 * "with a 60 s Lambda timeout we set 360 seconds": an attribute written right after a quantity of the
 * same dimension (at most two words between, no punctuation, no "and"/"or": "5 minutes and retries for
 * 2 days" starts a new item) is that quantity's; it does not name what a later quantity sets.
 */
const PREMODIFIER_GAP = /^[ \t*_`]*(?:(?!(?:and|or|but|then|plus|while)\b)[\w-]+[ \t*_`]+){0,2}$/i;

function premodifiedByOther(context: AnalyzedContext, clause: Clause, q: QuantityMention, index: number): boolean {
  const at = clause.start + index;
  for (const other of context.quantities) {
    if (other === q || other.dimension !== q.dimension || other.end > at || other.end < clause.start || at - other.end > 24) continue;
    if (PREMODIFIER_GAP.test(clause.text.slice(other.end - clause.start, index))) return true;
  }
  return false;
}

/** Between a label and the value it sets: "timeout 5 minutes", "timeout of 300 s", "timeout: 5 min", "RDS 7 days". */
const SETS_GAP = /^[ \t*_`]*(?:(?:[:=–—-]|is|are|was|of|at|to|set to|be)[ \t*_`]*){0,2}$/i;
/** What may follow the comma of an enumeration of one label's values ("5 minutes, or 20 minutes", "…, max 15 minutes"). */
const ENUMERATION_WORDS = /\b(?:and|or|to|up to|then|max(?:imum)?|min(?:imum)?|at most|at least|about|around|roughly|approx(?:imately)?|even)\b/gi;

/**
 * Words after a value's comma that go on about the same setting ("4 days by default, configurable up to
 * 14 days", "…, and can be extended to 7 days"): the next value is the same attribute's range.
 */
const SAME_SETTING_WORDS =
  /\b(?:by\s+default|configurable|adjustable|settable|raisable|extendable|(?:and\s+)?(?:it\s+|this\s+)?(?:can|may|could)\s+(?:be\s+)?(?:raised|extended|increased|set|configured|adjusted|changed|lowered|reduced|go)|increasable)\b/gi;

/**
 * "Kinesis keeps records for 24 hours by default and can be extended to at most 7 days": the second
 * value goes on about the first one's setting, with nothing but the words of a range between them.
 */
const CONTINUES_SETTING =
  /^(?:\(?(?:by )?default\)? ?)?(?:[,;] ?)?(?:(?:and|but|or) )?(?:(?:it|this|that) )?(?:(?:can|may|could) (?:be )?(?:raised|extended|increased|set|configured|adjusted|changed|go)|(?:is )?(?:configurable|adjustable|extendable|raisable)) (?:up )?(?:to )?(?:at most |a maximum of |max(?:imum)? )?$/i;

/** The words between two values of a clause with markup dropped and each run of spaces one space (the patterns above read single spaces). */
function wordsBetween(clause: Clause, from: QuantityMention, to: QuantityMention): string {
  const text = clause.text.slice(from.end - clause.start, to.start - clause.start);
  return `${text.replace(/[*_`]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** The value before `q` in its clause whose setting `q` goes on about, if the words between say so. */
function continuedValue(context: AnalyzedContext, clause: Clause, q: QuantityMention): QuantityMention | undefined {
  const previous = previousInClause(context, clause, q);
  return previous && CONTINUES_SETTING.test(wordsBetween(clause, previous, q)) ? previous : undefined;
}

/** The last value of `q`'s dimension before it in its clause. */
function previousInClause(context: AnalyzedContext, clause: Clause, q: QuantityMention): QuantityMention | undefined {
  let previous: QuantityMention | undefined;
  for (const other of context.quantities) {
    if (other === q || other.dimension !== q.dimension || other.start < clause.start || other.end > q.start) continue;
    previous = other;
  }
  return previous;
}

/** What a value is for ("for audit queues", "on the ledger stream"): the range is a design's, not the service's. */
const PURPOSE_AFTER = /^\s*(?:for|on|in|of)\s+(?!(?:all|every|any|each)\b)[\w`'-]/i;
/** Between a default and the end of the range: "…, up to", "… and max", "(default), at most". */
const DEFAULT_THEN_CEILING = /^(?:\(?(?:by )?default\)? ?)?(?:[,;] ?)?(?:and )?(?:up to|max(?:imum)?\.?:?|at most) $/i;

/**
 * "4 days by default, configurable up to 10 days", "24 hours by default and can be extended to 7 days":
 * the value ends the range of a setting whose default the clause gave just before, so it claims the maximum.
 */
export function endsRangeAfterDefault(context: AnalyzedContext, clause: Clause, q: QuantityMention): boolean {
  const previous = previousInClause(context, clause, q);
  if (!previous) return false;
  const between = wordsBetween(clause, previous, q);
  // "…, up to 10 days for audit queues": a bare "up to" with a purpose after it is the design's range.
  const capability = CONTINUES_SETTING.test(between);
  if (!capability && (!DEFAULT_THEN_CEILING.test(between) || PURPOSE_AFTER.test(clause.text.slice(q.end - clause.start)))) return false;
  return /^\(?(?:by )?default\b/i.test(between) || DEFAULT_CUE_BEFORE.test(textBefore(clause.text, previous.start - clause.start, 64));
}

/**
 * "Lambda timeout 5 minutes, retries for 2 days", "PITR: RDS 7 days, Glacier 10 years": a label (an
 * attribute word or a service name) that directly sets one value (nothing but "of", "is", ":" between)
 * is that item's; after a comma and the next item's own label, it no longer names what a later
 * quantity of the same dimension sets. A lead-in with its own label ("Retention: orders 4 days,
 * payments 20 days") and an enumeration of values ("timeout 5 minutes, or 20 minutes") still carry.
 */
function labelsEarlierItem(context: AnalyzedContext, clause: Clause, q: QuantityMention, labelStart: number, labelEnd: number): boolean {
  const end = clause.start + labelEnd;
  if (clause.start + labelStart >= q.start) return false;
  for (const other of context.quantities) {
    if (other === q || other.dimension !== q.dimension || other.start < end || other.end > q.start) continue;
    if (!SETS_GAP.test(clause.text.slice(labelEnd, other.start - clause.start))) return false;
    const between = clause.text.slice(other.end - clause.start, q.start - clause.start);
    const comma = between.lastIndexOf(',');
    return comma >= 0 && /\p{L}/u.test(between.slice(comma + 1).replace(SAME_SETTING_WORDS, '').replace(ENUMERATION_WORDS, ''));
  }
  return false;
}

/** A service named only to be set aside ("not API Gateway", "rather than SQS") is not the quantity's subject. */
const SET_ASIDE_BEFORE = /\b(?:not|rather than|instead of|unlike|other than|equivalent (?:of|to)|counterpart (?:of|to)|answer to|alternative to|compared (?:with|to)|similar to|analogous to)\s+(?:the\s+|an?\s+)?$/i;
/** A service named as the yardstick of another product ("the SQS counterpart on GCP", "an SQS equivalent"): not the subject either. */
const SET_ASIDE_AFTER = /^(?:'s)?[ \t]+(?:counterparts?|equivalents?|analog(?:ue)?s?|alternatives?|look-?alikes?)\b/i;

/**
 * "3.2 billion items", "(500 records)", "thousands of objects": an attribute noun counted is a number of
 * things, not the size or age of one of them (the quantity before it is a total, a table's or a bucket's).
 */
const COUNT_BEFORE =
  /(?:^|[^\w.,])(?:\d[\d,]*(?:\.\d+)?(?:[kKMB]|bn)?|\d[\d,]*(?:\.\d+)?\s*(?:thousand|million|billion|trillion)|(?:a\s+)?(?:few|several|many|dozens|hundreds|thousands|millions|billions)(?:\s+of)?)\s+$/i;

function counted(text: string, index: number): boolean {
  return COUNT_BEFORE.test(text.slice(Math.max(0, index - 32), index));
}

/**
 * A bare "size" that a noun before it makes another thing's size: "batch size", "part size", "request
 * size", "table size", "bucket size". The spec's own nouns ("item size", "object size") match as a whole.
 */
const OTHER_SIZE_BEFORE =
  /\b(?:batch|page|part|chunk|block|buffer|request|response|key|heap|stack|image|package|table|bucket|queue|backlog|stream|database|DB|cluster|volume|disk|dataset|data set|partition|shard|index|cache|pool|fleet|window|segment|fragment|log|total|aggregate|account|archive|lake|warehouse|zipped|unzipped|compressed|uncompressed|deployment|code|layers?|artifact|file|container|environment)[\s_-]+$/i;

function otherSize(text: string, index: number, length: number): boolean {
  return /^(?:in\s+)?size/i.test(text.slice(index, index + length)) && OTHER_SIZE_BEFORE.test(text.slice(Math.max(0, index - 24), index));
}

const qualifierCopies = new WeakMap<RegExp, RegExp>();

/** "idle connection timeout", "origin response timeout": a `notAttribute` word in the attribute's own noun phrase. */
function qualifiedBy(not: RegExp | undefined, text: string, index: number): boolean {
  if (!not) return false;
  let re = qualifierCopies.get(not);
  if (!re) {
    re = new RegExp(`(?:${not.source})[ \\t_-]+(?:[\\w-]+[ \\t_-]+){0,2}$`, 'i');
    qualifierCopies.set(not, re);
  }
  return re.test(text.slice(Math.max(0, index - 48), index));
}

/**
 * After a size: "6 GB of messages", "4.8 TB of payload", "15 GB of data" is an amount of many things
 * (a backlog, a month's traffic), not the size of one, unless the clause says one ("each message
 * carries 300 KB of payload", "per item") or states a limit ("can be up to 2 MB of payload").
 */
const AGGREGATE_OF_AFTER = /^\s+of\s+(?:[\w-]+\s+){0,2}?(?:messages|items|objects|records|documents|files|rows|entries|events|payloads?|data|logs|traffic|uploads|writes|output|backups|snapshots)\b/i;
const ONE_UNIT =
  /\b(?:each|every|per|a single|one|single|individual|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:message|item|object|record|document|file|row|entry|event|payload|request|blob)\b(?!s)/i;
/** "640 GB per night", "4 TB a day", "3 TB/month": a rate, not a size or a setting. */
const RATE_AFTER =
  /^\s*(?:\/\s*(?:s|sec|second|min|minute|h|hr|hour|d|day|night|wk|week|mo|month|yr|year)\b|(?:per|a|an|each|every)\s+(?:second|minute|hour|day|night|week|month|quarter|year)\b|(?:hourly|daily|nightly|weekly|monthly|yearly|annually)\b)/i;

const COUNTED_BATCH_BEFORE =
  /\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:items|records|messages|objects|entries|rows|documents|files|actions|operations|events)\s+(?:or|and|\/|,)\s*(?:up\s+to\s+|at\s+most\s+)?$/i;

function aggregate(spec: AttributeSpec, clause: Clause, q: QuantityMention): boolean {
  const after = clause.text.slice(q.end - clause.start, q.end - clause.start + 64);
  if (RATE_AFTER.test(after)) return true;
  // "up to 100 unique items or 4 MB", "25 records and 5 MB": the size of a batch of counted things, not of one.
  if (q.dimension === 'size' && COUNTED_BATCH_BEFORE.test(textBefore(clause.text, q.start - clause.start, 64))) return true;
  // "45 days of application audit data" for backups, "7 days of logs": the "of" phrase names what the quantity measures.
  const of = /^\s+of\s+((?:[\w-]+\s+){0,3}[\w-]+)/.exec(after);
  if (of && spec.notAttribute?.test(of[1] ?? '')) return true;
  if (q.dimension !== 'size' || !AGGREGATE_OF_AFTER.test(after)) return false;
  const before = clause.text.slice(0, q.start - clause.start);
  return !ONE_UNIT.test(clause.text) && !LIMIT_CUE_BEFORE.test(before.slice(-64));
}

function nearestIndex(text: string, re: RegExp, at: number, skip?: (index: number, length: number) => boolean): { index: number; distance: number } | undefined {
  const g = globalOf(re);
  let best: { index: number; distance: number } | undefined;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    const end = m.index + m[0].length;
    const distance = end <= at ? at - end : (m.index - at) * 1.5;
    // `skip` only for a match that would win: it looks back at the text, which is the slower part.
    if ((!best || distance < best.distance) && !skip?.(m.index, m[0].length)) best = { index: m.index, distance };
  }
  return best;
}

/** `NAMED_LIMIT_AFTER` read in place at a value's end (sticky): no copy of the clause's rest per spec bound. */
const NAMED_LIMIT_AT = new RegExp(NAMED_LIMIT_AFTER.source.replace(/^\^/, ''), 'iy');

/** How a quantity's subject (its service) was found: the evidence a finding's severity rests on. */
/**
 * The subject the document phase passes for a statement outside any section with a subject: only then
 * may the attribute's own words name the service (a section about EC2 keeps "visibility timeout" unbound).
 */
export const UNSCOPED = '\u0000unscoped';

/** How the subject was found; 'attribute': the attribute's own words name one service ("visibility timeout" is SQS's). */
export type SubjectEvidence = 'clause' | 'context' | 'table-header' | 'parent' | 'previous-sentence' | 'section' | 'attribute';

export interface BoundSubject {
  readonly service: string;
  readonly evidence: SubjectEvidence;
}

/**
 * The service the quantity `q` belongs to: the nearest service mention in the clause, else the
 * context's, the table header's or the parent items' when they agree, else `inherited` (the subject
 * the document's scope gives, e.g. a section title) when the context names no service at all.
 */
function boundService(context: AnalyzedContext, clause: Clause, q: QuantityMention, attribute: RegExp, inherited?: string): BoundSubject | undefined {
  const at = q.start;
  let best: { id: string; distance: number; mention: ServiceMention } | undefined;
  // A service alias that is the attribute itself ("ephemeral storage", "visibility timeout") is not the subject,
  // nor is a name inside a path, ARN or host name (`/aws/rds/instance/ledger/postgresql`).
  const whole = wholeOf(attribute);
  const services = context.services.filter(
    (s) =>
      !whole.test(s.text) &&
      !SET_ASIDE_BEFORE.test(context.text.slice(Math.max(0, s.start - context.start - 24), s.start - context.start)) &&
      !SET_ASIDE_AFTER.test(context.text.slice(s.end - context.start, s.end - context.start + 16)) &&
      !inIdentifier(context.text, s.start - context.start, s.end - context.start),
  );
  let labelsOther = false;
  // "The Lambda that drains the DLQ runs with a 20-minute timeout": a service inside a relative clause is
  // its object, not the subject, when the clause's head or another service outside it can be.
  const relatives = context.kind === 'tableRow' ? [] : relativeSpans(clause, q);
  const inRelative = (m: ServiceMention): boolean => relatives.some(([from, to]) => m.start >= from && m.end <= to);
  const outside = relatives.length > 0 && services.some((m) => m.start >= clause.start && m.end <= clause.start + clause.text.length && !inRelative(m));
  for (const s of services) {
    const rel = s.start - clause.start;
    if (rel < 0 || rel > clause.text.length) continue;
    if (outside && inRelative(s)) continue;
    // "RDS 7 days, Glacier 10 years": RDS is the earlier item's.
    if (labelsEarlierItem(context, clause, q, rel, s.end - clause.start)) {
      labelsOther = true;
      continue;
    }
    // A later cell of a table row is another column's (a note), not the value's subject.
    if (context.kind === 'tableRow' && s.start > q.end && context.text.slice(q.end - context.start, s.start - context.start).includes('|')) continue;
    const distance = s.end <= at ? at - s.end : (s.start - at) * 1.5;
    if (!best || distance < best.distance) best = { id: s.serviceId, distance, mention: s };
  }
  // "| ALB in front of Lambda | 4000 |": a service after a preposition modifies the one before it, the head.
  const head = best && best.mention.end <= at ? headBefore(context, services, best.mention) : undefined;
  if (head) return { service: head.serviceId, evidence: 'clause' };
  if (best) return { service: best.id, evidence: 'clause' };
  if (labelsOther) return undefined;
  // Outside the clause: the context's other services only when they all agree. In a table row only the
  // cells before the value's speak for it ("| | size | 256 KB | extend it with S3 |": the note names S3);
  // in prose only the clauses before it ("Payloads are capped at 256 KB, so we use S3": S3 is the remedy).
  const speaking = services.filter((s) => s.end <= (context.kind === 'tableRow' ? at : clause.start));
  const ids = mostSpecific(new Set(speaking.map((s) => s.serviceId)));
  if (ids.size === 1) return { service: [...ids][0] ?? '', evidence: 'context' };
  if (ids.size > 1) {
    // "Uploads land in S3 and trigger a Lambda. … Objects can't be bigger than 5 TB": the clause's own
    // noun for what one of them holds (objects, items, messages of a queue) says which one it is about.
    const held = heldIn(ids, clause.text);
    return held.length === 1 ? { service: held[0] ?? '', evidence: 'context' } : undefined;
  }
  const column = columnService(context, q.start);
  if (column) return { service: column, evidence: 'table-header' };
  const header = new Set(context.headerServices.map((s) => s.serviceId));
  if (header.size === 1) return { service: [...header][0] ?? '', evidence: 'table-header' };
  if (header.size > 1) return undefined;
  const fromParent = new Set(nearestParentServices(context).map((s) => s.serviceId));
  if (fromParent.size === 1) return { service: [...fromParent][0] ?? '', evidence: 'parent' };
  if (fromParent.size > 1) return undefined;
  // "Uploads land in S3. The object size cannot exceed 5 TB.": a sentence that names no service at all is
  // about the one the sentence before it (same paragraph or item) names.
  // A question before it is answered through the question's own reading (its ceiling words), and a
  // sentence before it naming several services leaves the subject to the section, as before.
  // Services named only in later clauses ("…, so bigger events go through S3") are the remedy, not the
  // subject; a later clause that contrasts ("…, unlike the REST API's") keeps the sentence a comparison.
  const clauseEnd = clause.start + clause.text.length;
  if (
    context.lead !== '' &&
    !/\?[\s*_]*$/.test(context.lead) &&
    !context.services.some((s) => s.start < clauseEnd) &&
    !CONTRAST_AFTER.test(context.text.slice(clauseEnd - context.start))
  ) {
    const fromLead = leadServiceIds(context);
    const held = fromLead.size > 1 ? heldIn(fromLead, clause.text) : [...fromLead];
    if (held.length === 1) return { service: held[0] ?? '', evidence: 'previous-sentence' };
  }
  // Nothing in the statement, its table or its parents names a service: the scope's subject speaks; with
  // no subject in scope, words of the attribute that are themselves one service's name ("visibility
  // timeout", "MessageRetentionPeriod") say whose it is.
  if (speaking.length === 0 && inherited === UNSCOPED) {
    // In prose the clause's words; in a table row the cells before the value ("| VisibilityTimeout | 13 hours |").
    const within = (s: { start: number; end: number }): boolean => (context.kind === 'tableRow' ? s.end <= at : s.start >= clause.start && s.end <= clause.start + clause.text.length);
    const named = new Set(context.services.filter((s) => whole.test(s.text) && within(s)).map((s) => s.serviceId));
    if (named.size === 1) return { service: [...named][0] ?? '', evidence: 'attribute' };
  }
  if (inherited !== undefined && inherited !== UNSCOPED && speaking.length === 0) return { service: inherited, evidence: 'section' };
  return undefined;
}


/** A contrast in the clauses after a value: the sentence compares, so the sentence before does not name its subject. */
const CONTRAST_AFTER = /\b(?:unlike|whereas|while|but|however|compared|versus|vs\.?|than|instead|rather)\b/i;

/**
 * A relative clause after a noun: "that drains the DLQ", ", which triggers a Lambda,", "that write to
 * DynamoDB": the relative word, a verb in lower case (not an auxiliary or a determiner: "that the queue"
 * is no relative clause), an optional preposition and article, and one to three words of its object.
 */
const RELATIVE_CLAUSE =
  /\b(?:that|which|who)\s+(?!(?:the|a|an|our|its|this|these|those|it|they|we|you|is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|must|should|does|do|did|not|also|only)\b)[a-z]{3,}\s+(?:(?:to|from|into|onto|on|in|with|for|off)\s+)?(?:(?:the|a|an|our|its|each|every)\s+)?[\w`-]+(?:\s+[\w`-]+){0,2}?(?=\s*,|\s+(?:runs?|has|have|uses?|keeps?|retains?|holds?|is|are|gets?|takes?|needs?|stores?|allows?|supports?|can|will|must|should)\b)/g;

/** Offsets of the relative clauses of `clause` that end before the value `q` (absolute offsets). */
function relativeSpans(clause: Clause, q: QuantityMention): Array<[number, number]> {
  if (!/\b(?:that|which|who)\s/.test(clause.text)) return [];
  const out: Array<[number, number]> = [];
  RELATIVE_CLAUSE.lastIndex = 0;
  for (let m = RELATIVE_CLAUSE.exec(clause.text); m; m = RELATIVE_CLAUSE.exec(clause.text)) {
    const from = clause.start + m.index;
    const to = from + m[0].length;
    if (to <= q.start) out.push([from, to]);
  }
  return out;
}

/** "ALB in front of Lambda", "API Gateway for the Lambda", "CloudFront over S3": the words that make the second service a modifier. */
const MODIFIER_BETWEEN = /^[*_`]{0,4}\s{1,4}(?:in\s{1,4}front\s{1,4}of|behind|for|via|calling|invoking|that\s{1,4}(?:calls|invokes|fronts)|fronting|over|on\s{1,4}top\s{1,4}of)\s{1,4}(?:(?:the|an?|our)\s{1,4})?[*_`]{0,4}$/i;

/** The service a row label heads when `mention` follows it after a modifier's preposition, or undefined. */
function headBefore(context: AnalyzedContext, services: readonly ServiceMention[], mention: ServiceMention): ServiceMention | undefined {
  if (context.kind !== 'tableRow') return undefined;
  const previous = services.filter((s) => s.end <= mention.start).pop();
  if (!previous || previous.serviceId === mention.serviceId) return undefined;
  const between = context.text.slice(previous.end - context.start, mention.start - context.start);
  return !between.includes('|') && MODIFIER_BETWEEN.test(between) ? previous : undefined;
}

const leadServices = new WeakMap<AnalyzedContext, ReadonlySet<string>>();

/** The services the sentence before a context names (most specific), found once per context. */
function leadServiceIds(context: AnalyzedContext): ReadonlySet<string> {
  let ids = leadServices.get(context);
  if (!ids) {
    ids = mostSpecific(new Set(findServices(context.lead, 0).map((s) => s.serviceId)));
    leadServices.set(context, ids);
  }
  return ids;
}

/** What a service holds, in the words a clause uses for it without naming the service. */
const HELD_NOUNS: Readonly<Record<string, RegExp>> = {
  s3: /\bobjects?\b|\bbuckets?\b/i,
  dynamodb: /\bitems?\b/i,
  lambda: /\bfunctions?\b|\binvocations?\b/i,
  sqs: /\bqueues?\b/i,
  sns: /\btopics?\b/i,
  'kinesis-data-streams': /\bshards?\b/i,
};

/** Of several services, those whose held things (objects, items, queues, …) `text` speaks of. */
function heldIn(ids: ReadonlySet<string>, text: string): string[] {
  return [...ids].filter((id) => HELD_NOUNS[id]?.test(text));
}

/**
 * A header that names no attribute: the column of a key/value table ("| Setting | Value |"), where
 * the row's own label cell says what the value sets ("| Lambda timeout | 20 min |").
 */
const GENERIC_HEADER = /^[\s|*_`]*(?:(?:(?:allowed|valid|supported)\s+(?:range|values)|range|values?|settings?|quotas?|limits?|(?:default|hard|soft)\s+(?:quota|limit)s?|max(?:imum)?|min(?:imum)?|upper\s+(?:limit|bound)|ceiling|a|answers?|responses?|solutions?|current|configured|config(?:uration)?|defaults?|planned|proposed|actual|amount|number|setting value|current value|our value|value \(.*\)|chosen|selected|decision|target|notes?)[\s|*_`:]*|:[\s|*_`:]*)?$/i;

/** The header text of the table column a quantity sits in (undefined outside tables and under a generic header). */
function headerOf(context: AnalyzedContext, at: number): string | undefined {
  const head = columnHeader(context, at);
  if (!head || GENERIC_HEADER.test(head.text) || columnService(context, at) !== undefined || proseUnderPlainHeader(context, at, head.text)) return undefined;
  return head.text;
}

/** Words of a sentence in a cell: at least five, one of them a verb-like word a label cell lacks. */
const SENTENCE_CELL = /^(?:\S+\s+){4,}\S+/;

/**
 * A cell that is a sentence under a header naming no attribute ("| Event |", "| What happened |",
 * "| Description |"): the sentence says what its value is, as prose does.
 */
function proseUnderPlainHeader(context: AnalyzedContext, at: number, header: string): boolean {
  if (ALL_ATTRIBUTES.some((re) => re.test(header)) || ANY_ATTRIBUTE_NOUN.test(header) || /\d|\(/.test(header)) return false;
  const cell = context.cells?.find((c) => c.start <= at && at < c.end);
  return cell !== undefined && SENTENCE_CELL.test(cell.text.trim());
}

export function columnHeader(context: AnalyzedContext, at: number): { readonly start: number; readonly end: number; readonly text: string } | undefined {
  if (context.kind !== 'tableRow' || !context.cells || !context.header) return undefined;
  const column = columnAt(context.cells, at, at + 1);
  return column >= 0 ? context.header[column] : undefined;
}

/**
 * The service a comparison table's column header names ("| | SQS | SNS |"): the subject of the
 * values below it, whose row label names the attribute ("| size | 256 KB | 256 KB |").
 */
function columnService(context: AnalyzedContext, at: number): string | undefined {
  const head = columnHeader(context, at);
  // A header that names an attribute ("Visibility timeout (s)") is the attribute's column, whatever service it also names.
  if (!head || ALL_ATTRIBUTES.some((re) => re.test(head.text))) return undefined;
  const named = context.headerServices.filter((s) => s.start >= head.start && s.end <= head.end);
  const ids = new Set(named.map((s) => s.serviceId));
  if (ids.size !== 1) return undefined;
  // The header is the service's name and little else ("SQS", "**Amazon SNS**", "Kinesis (KDS)").
  const rest = head.text.replace(/[*_`()\s]/g, '').length - named.reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0);
  return rest <= 6 ? [...ids][0] : undefined;
}

/**
 * A nearer attribute word that the spec's own attribute follows closely ("runs with a 20 minute
 * timeout", "retention period") does not take the quantity: the own word names it. Only up to the
 * first comma, semicolon or bracket after the quantity: "item TTL 24 hours, PITR on (35 days)" ends
 * the TTL's item before PITR.
 */
function ownFollows(attribute: RegExp, text: string, index: number, quantityEnd: number): boolean {
  // The own word must follow in the same phrase: not past a comma after the value, nor, for another
  // attribute right after the value ("4 days retention, long polling on"), past a comma after that one.
  // A long spelled value ("runs with a twenty-minute timeout") leaves the word right after it in reach
  // as a short one does: at least 10 characters past the value.
  const from = Math.max(quantityEnd, index);
  let end = Math.min(text.length, Math.max(index + 30, quantityEnd + 10));
  const stop = text.slice(from, end).search(/[,;()]/);
  if (stop >= 0) end = from + stop;
  return attribute.test(text.slice(index, end));
}

const precedingCopies = new WeakMap<RegExp, RegExp>();

/**
 * "/tmp storage", "retention period", "long polling max wait": the own word right before a generic one
 * (a "max" or "default" between) names the same attribute.
 */
function ownPrecedes(attribute: RegExp, text: string, index: number): boolean {
  let re = precedingCopies.get(attribute);
  if (!re) {
    re = new RegExp(`(?:${attribute.source})[\\s_-]*(?:(?:max(?:imum)?|min(?:imum)?|default)[\\s_-]+)?$`, 'i');
    precedingCopies.set(attribute, re);
  }
  return re.test(text.slice(Math.max(0, index - 40), index));
}

export function serviceMatches(id: string | undefined, services: readonly string[]): boolean {
  if (!id) return false;
  if (services.includes(id)) return true;
  const parent = getService(id)?.parent;
  return parent !== undefined && services.includes(parent);
}

/** A quantity as the document states it: "64 MB" for a bare "64" under a "Memory (MB)" header. */
export function writtenOf(context: AnalyzedContext, q: QuantityMention): string {
  const raw = context.text.slice(q.start - context.start, q.end - context.start);
  return q.unitFromHeader ? `${raw} ${q.unit}` : raw;
}

const specBounds = new Map<string, Bounds>();

/** The bounds of a spec's fact in seconds or bytes (cached: facts do not change at runtime). */
export function boundsOfSpec(spec: AttributeSpec): Bounds {
  let bounds = specBounds.get(spec.fact);
  if (!bounds) {
    bounds = boundsOf(requireFact(spec.fact));
    specBounds.set(spec.fact, bounds);
  }
  return bounds;
}

/** The clause (as the limit rules cut a context) that holds a quantity. */
export function clauseOf(context: AnalyzedContext, quantity: QuantityMention): Clause | undefined {
  return clauses(context).find((c) => quantity.start >= c.start && quantity.end <= c.start + c.text.length);
}

/**
 * THE binding: does `quantity`, in `clause` of a prose context, set the spec's attribute? Same
 * dimension as the fact; the table column's header names the attribute, or the spec's attribute word
 * is the nearest attribute word within 60 characters (and not the excluded one); and the quantity's
 * service is one of the spec's. Code is bound by IaC keys instead, never here.
 *
 * Whether the sentence asserts the value (negation, history, comparatives) is not part of the
 * binding: "SQS cannot keep messages for 30 days" is still about SQS retention; `unasserted` says why
 * a rule binds a quantity but does not judge it.
 */
export function bindQuantity(
  spec: AttributeSpec,
  context: AnalyzedContext,
  clause: Clause,
  q: QuantityMention,
  inherited?: string,
  scopeTitle?: string,
): BoundSubject | undefined {
  if (context.kind === 'code') return undefined;
  const text = clause.text;
  if (q.start < clause.start || q.end > clause.start + text.length) return undefined;
  if (q.dimension !== boundsOfSpec(spec).dimension) return undefined;
  if (spec.requires && !spec.requires.test(text) && !spec.requires.test(headerText(context))) return undefined;
  if (spec.notInClause?.test(text)) return undefined;
  const at = q.start - clause.start;
  // A table cell under a header: the header names the attribute.
  const headerCell = headerOf(context, q.start);
  if (headerCell !== undefined && !spec.attribute.test(headerCell)) return undefined;
  // The attribute: this rule's word must be the nearest attribute word, within 60 characters.
  // An attribute named as a yardstick ("6 times the Lambda timeout: 90 minutes") binds nothing.
  // So does one that a nearer quantity already sets ("a 60 s Lambda timeout we set 360 seconds").
  // And one that sets an earlier item's value ("Lambda timeout 5 minutes, retries for 2 days").
  // A counted noun ("3.2 billion items") names how many, not what the quantity sets.
  const yardstick = (index: number, length: number): boolean =>
    isYardstick(text, index) ||
    counted(text, index) ||
    premodifiedByOther(context, clause, q, index) ||
    labelsEarlierItem(context, clause, q, index, index + length);
  // The spec's own word is not its attribute inside another thing's name ("batch size", "idle connection timeout").
  const notOwn = (index: number, length: number): boolean => otherSize(text, index, length) || qualifiedBy(spec.notAttribute, text, index) || yardstick(index, length);
  // "takes more than 30s (API Gateway timeout)": a bracket right after the value names what it is.
  NAMED_LIMIT_AT.lastIndex = q.end - clause.start;
  const bracket = NAMED_LIMIT_AT.exec(text)?.[0];
  const named = bracket !== undefined && spec.attribute.test(bracket) && !spec.notAttribute?.test(bracket);
  const near = headerCell !== undefined || named ? { index: at, distance: 0 } : nearestIndex(text, spec.attribute, at, notOwn);
  // "* Data Retention" over "* 24 hours by default, max 7 days": a label item names what its children's values set.
  const fromLabel =
    (!near || near.distance > 60) &&
    headerCell === undefined &&
    !ALL_ATTRIBUTES.some((re) => re.test(text)) &&
    (labelledByParent(spec, context) || (scopeTitle !== undefined && namesOnly(spec, scopeTitle)));
  const own = fromLabel ? { index: at, distance: 0 } : near;
  if (!own || own.distance > 60) {
    if (headerCell !== undefined || fromLabel) return undefined;
    // "… 24 hours by default and can be extended to at most 7 days": the value before it names the setting.
    const previous = continuedValue(context, clause, q);
    const continued = previous ? bindQuantity(spec, context, clause, previous, inherited, scopeTitle) : undefined;
    return continued ?? bareCeilingSubject(spec, context, clause, q, inherited);
  }
  if (headerCell === undefined && !fromLabel && !named) {
    if (aggregate(spec, clause, q)) return undefined;
    // "Long polling: we will wait 30 seconds", "Timeout: the worker can run until 30 minutes": under a label
    // naming this attribute alone, a verb of the body says what the labelled setting does, not another's.
    const label = leadLabel(spec, text, at);
    for (const re of ALL_ATTRIBUTES) {
      const other = nearestIndex(text, re, at, (index, length) => yardstick(index, length) || (label !== undefined && index >= label.end && verbOfLabel(text.slice(index, index + length), label.words)));
      if (other && other.distance < own.distance && !ownFollows(spec.attribute, text, other.index, q.end - clause.start) && !ownPrecedes(spec.attribute, text, other.index)) return undefined;
    }
  }
  if (spec.notAttribute) {
    const not = nearestIndex(text, spec.notAttribute, at);
    if (not && not.distance <= own.distance + 12) return undefined;
  }
  const subject = boundService(context, clause, q, spec.attribute, inherited);
  if (!subject || !serviceMatches(subject.service, spec.services)) return undefined;
  // The attribute came from the parent label: the statement itself names less, so it counts as inherited.
  return fromLabel && (subject.evidence === 'clause' || subject.evidence === 'context') ? { ...subject, evidence: 'parent' } : subject;
}

/** Attribute nouns of any service: with one of them in the clause, a bare ceiling is that attribute's, not the spec's. */
const ANY_ATTRIBUTE_NOUN =
  /\b(?:delay|interval|TTL|latency|cooldown|expir(?:y|ation)|backoff|deadline|RTO|RPO|throughput|bandwidth|payload|window|lock|heartbeat|grace|idle|schedule|cron|rate|duration|jobs?|SLA|buffer(?:ing)?|batch(?:ing)?|polling|poll|wait|age|lifetime|history|archive|retr(?:y|ies)|redrive|versioning|noncurrent|billing|billed|cold start|snapshot|provisioned|storage|disk|memory|RAM|size|retention|timeout|time-?out|concurrency|invocations?|requests?|throttl\w*|partitions?|shards?|layers?|packages?|images?|variables?|uploads?|parts?|batch(?:es)?|PUT)\b/i;

/**
 * A maximum said with a verb right at the value: "maxes out at", "caps at", "up to", "15 min max",
 * "cannot exceed". Not a noun cue ("PUT ceiling of 5 GB", "limit of"): its noun names another attribute.
 */
const VERB_CEILING_BEFORE = new RegExp(
  String.raw`\b(?:up\s+to|at\s+most|cannot\s+exceed|can't\s+exceed|no\s+more\s+than)\s*$|\(\s*max(?:imum)?\.?:?\s*$|${CEILING_VERB_BEFORE.source}`,
  'i',
);
const CEILING_AFTER = /^\s*(?:max\b|tops\b|at\s+(?:the\s+)?most\b)/i;

/** After a service named right after a value: the limit it names ("… Lambda ceiling", "… SQS limit"). */
const SERVICE_LIMIT_NOUN_AFTER = /^(?:['’]s)?\s+(?:hard\s+)?(?:limit|cap|ceiling|max(?:imum)?)\b/i;

/** Whether the value is said as a ceiling: a verb cue before it, "max" after it, or the value naming a limit ("Lambda's 5-minute limit"). */
function ceilingCue(clause: Clause, q: QuantityMention): boolean {
  const at = q.start - clause.start;
  if (VERB_CEILING_BEFORE.test(clause.text.slice(Math.max(0, at - 48), at)) || CEILING_AFTER.test(clause.text.slice(q.end - clause.start, q.end - clause.start + 24))) return true;
  return boundPhraseOf(clause, q)?.modality === 'maximum';
}

/**
 * "lambda maxes out at 5 mins", "sqs msgs cap at 256kb": a ceiling of a named service with no attribute
 * word is the one limit of that service people quote in that dimension (`bareCeiling`). Only with the
 * service in the clause itself and no other attribute noun there.
 */
function bareCeilingSubject(spec: AttributeSpec, context: AnalyzedContext, clause: Clause, q: QuantityMention, inherited: string | undefined): BoundSubject | undefined {
  if (!spec.bareCeiling || !ceilingCue(clause, q) || aggregate(spec, clause, q)) return undefined;
  // "the 5-minute Lambda ceiling": the service between the value and the limit noun it names, a noun phrase
  // that says what it is whatever else the clause is about ("each invocation ran into …").
  const after = context.services.find((m) => spec.services.includes(m.serviceId) && m.start >= q.end && /^[\s-]{0,2}$/.test(context.text.slice(q.end - context.start, m.start - context.start)));
  const named = after !== undefined && SERVICE_LIMIT_NOUN_AFTER.test(context.text.slice(after.end - context.start, after.end - context.start + 24));
  if (!named && ANY_ATTRIBUTE_NOUN.test(clause.text)) return undefined;
  const subject = boundService(context, clause, q, spec.attribute, inherited);
  if (!subject || subject.evidence !== 'clause' || !serviceMatches(subject.service, spec.services)) return undefined;
  if (named && after.serviceId === subject.service) return subject;
  // The service is the sentence's subject: named before the value, only words between ("sqs msgs cap at").
  const service = context.services.filter((m) => m.serviceId === subject.service && m.end <= q.start && m.start >= clause.start).pop();
  return service && !ANY_ATTRIBUTE_NOUN.test(clause.text) && /^[\s\w'(-]{0,40}$/.test(context.text.slice(service.end - context.start, q.start - context.start)) ? subject : undefined;
}

/**
 * Verbs a setting's value is said with, and the labels they describe: under "Long polling:" a "wait" is
 * the polling's, under "Timeout:" a "run" the timeout's; under "Retention:" a "wait" is something else.
 */
const VERBS_OF_LABELS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:wait(?:s|ing)?|sleeps?|pauses?)$/i, /\b(?:poll(?:ing)?|wait|delay(?:ed)?|back-?off|interval)\b/i],
  [/^(?:runs?|running|takes?)$/i, /\b(?:time-?outs?|duration|run(?:ning)?\s*time|runtime|execution)\b/i],
  [/^(?:keeps?|kept|holds?|stor(?:e|es|ed)|retain(?:s|ed)?)$/i, /\b(?:retention|retain(?:ed)?|TTL|expir(?:y|ation))\b/i],
];
/** "Long polling:", "**Timeout:**", "- Delay -": a label of a few words before a colon or dash at a clause's start. */
const LEAD_LABEL = /^[\s*_`-]*([\p{L}][\p{L} /-]{1,38}?)[\s*_`]*(?::|\s[–—-]\s)/u;

/** The clause's opening label when it names the spec's attribute and no other, with where its body starts. */
function leadLabel(spec: AttributeSpec, text: string, at: number): { readonly words: string; readonly end: number } | undefined {
  const m = LEAD_LABEL.exec(text);
  if (!m?.[1] || m[0].length > at || !namesOnly(spec, m[1])) return undefined;
  return { words: m[1], end: m[0].length };
}

/** Whether `word` is a verb that, under `label`, says what the labelled setting does. */
function verbOfLabel(word: string, label: string): boolean {
  return VERBS_OF_LABELS.some(([verb, labels]) => verb.test(word) && labels.test(label));
}

/** A label item: a few words naming a topic ("Data Retention", "**Message size:**"), no figures, no sentence. */
const LABEL_ITEM = /^[\s*_`#>-]*[\p{L}][\p{L}\s/&()'-]{0,38}[\s*_`:]*$/u;

/** Whether the nearest parent item is a label naming the spec's attribute and no other. */
function labelledByParent(spec: AttributeSpec, context: AnalyzedContext): boolean {
  const parent = context.parents[0];
  return parent !== undefined && LABEL_ITEM.test(parent.text.trim()) && namesOnly(spec, parent.text);
}

/**
 * A label or title that names the spec's attribute and no other attribute word ("Data Retention",
 * "Q: How long does SQS keep a message?"; not "SQS retention and visibility timeout", which names two).
 */
function namesOnly(spec: AttributeSpec, label: string): boolean {
  const own = globalOf(spec.attribute);
  own.lastIndex = 0;
  const m = own.exec(label);
  if (!m || spec.notAttribute?.test(label)) return false;
  const rest = `${label.slice(0, m.index)} ${label.slice(m.index + m[0].length)}`;
  return !ALL_ATTRIBUTES.some((re) => re.test(rest));
}

/** Whether `quantity` sets the spec's attribute, with its subject named in the statement, table or parents. */
export function bindsQuantity(spec: AttributeSpec, context: AnalyzedContext, clause: Clause, q: QuantityMention): boolean {
  return bindQuantity(spec, context, clause, q) !== undefined;
}

/** "raised to 120 seconds via Service Quotas", "after a quota increase": an adjustable quota stated as raised. */
const RAISED = /\b(?:raised|increased|bumped|lifted)\b|\bquota\s+(?:increase|request)s?\b|\blimit\s+increases?\b|\bService\s+Quotas\b|\bsupport\s+case\b/i;

/** Above an adjustable quota's default in a clause that says the quota was raised: not a mistake. */
export function raisedQuota(spec: AttributeSpec, clause: Clause, value: number): boolean {
  return requireFact(spec.fact).hardLimit === false && (RAISED.test(clause.text) || spec.raisableIn?.test(clause.text) === true) && verdictOf(spec, value) === 'over';
}

/**
 * Why a bound quantity is not judged: the clause denies or reports it, asks it ("Could we give the
 * Lambda a 30 minute timeout?"), states a raised quota (with `spec`), or the quantity is a comparison
 * ("longer than 14 days").
 */
/** A reason clause that opens a sentence ("Since the limit is 256 KB, we …"): it states the service's fact. */
export const REASON_OPENING = /^[\s*_>-]*(?:since|because|as|given\s+that)\s/i;

/** Whether the value at `at` sits in an opening reason clause ("Since the limit is 256 KB, how …?"): presupposed, not asked. */
function inOpeningReason(clause: Clause, at: number): boolean {
  if (!REASON_OPENING.test(clause.text)) return false;
  const comma = clause.text.indexOf(',');
  return comma > at;
}

export function unasserted(clause: Clause, q: QuantityMention, spec?: AttributeSpec, bound?: BoundPhrase): 'negation' | 'history' | 'question' | 'raised' | 'comparative' | undefined {
  // "cannot exceed 256 KB": the bound's own negation does not negate the statement.
  const text = withoutOwned(clause.text, bound);
  // "Unlike SQS, Kinesis keeps data 7 days at most": a contrast sets its own phrase aside, not the clause.
  // "… to 13 hours so consumers never lose a message": a purpose or reason after the value negates only itself.
  const own = NEGATION.test(text) ? withoutReasonAfter(text, q.end - clause.start) : text;
  if (negatesClaim(own, q.start - clause.start, q.end - clause.start) || clause.rejected) return 'negation';
  if (saysHistory(text)) return 'history';
  if (isQuestion(clause) && !inOpeningReason(clause, q.start - clause.start)) return 'question';
  if (spec && raisedQuota(spec, clause, q.normalized)) return 'raised';
  const at = q.start - clause.start;
  if (!bound && COMPARATIVE_BEFORE.test(clause.text.slice(Math.max(0, at - 64), at))) return 'comparative';
  return undefined;
}

/**
 * A purpose, reason or condition after a value: "so (that)", "because", "since", "in case", "in order to",
 * "to make sure", "otherwise", "unless", "when", "once", "until". Not "or so" (an approximation).
 */
const REASON_AFTER = /(?<!\bor)[\s,]+(?:so(?:\s+that)?|because|since|in\s+case|in\s+order\s+to|to\s+(?:make\s+sure|ensure|avoid|prevent|guarantee)|otherwise|unless|if|when(?:ever)?|once|until)\b/iy;

/** `text` with a purpose or reason clause after offset `from` blanked out: its negation is its own. */
function withoutReasonAfter(text: string, from: number): string {
  for (let at = from; at < text.length; at++) {
    // Only where a run of spaces and commas starts: the pattern reads the run once (a 60 KB run stays linear).
    if (!/[\s,]/.test(text[at] ?? '') || /[\s,]/.test(text[at - 1] ?? '')) continue;
    REASON_AFTER.lastIndex = at;
    if (REASON_AFTER.test(text)) return text.slice(0, at) + ' '.repeat(text.length - at);
  }
  return text;
}

/** A question asks, it does not assert: the clause ended at "?" (or is the context's last text, ending in one). */
export function isQuestion(clause: Clause): boolean {
  return clause.question === true || /\?[\s*_`)"']*$/.test(clause.text);
}

/** Above the maximum, with the rules' tolerance (2.5 % for sizes: "400 KB" against 400 KiB is fine). */
export function isOver(bounds: Bounds, value: number): boolean {
  return bounds.max !== undefined && value > bounds.max * (bounds.dimension === 'size' ? 1.025 : 1.0001);
}

export function isUnder(bounds: Bounds, value: number): boolean {
  return bounds.min !== undefined && bounds.min > 0 && value < bounds.min * (bounds.dimension === 'size' ? 0.9 : 0.9999);
}

/** Where a value in prose falls for a spec, as the rule judges it (and the hover shows it). */
export function verdictOf(spec: AttributeSpec, value: number): 'within' | 'over' | 'under' | 'not-exact' {
  const bounds = boundsOfSpec(spec);
  // "128 KB" for a 128 KiB minimum is the same figure as AWS writes it: sizes within 5 % (MB and MiB differ by 4.9 %).
  const tolerance = bounds.dimension === 'size' ? 0.05 : 0.001;
  if (spec.exact) return bounds.max !== undefined && Math.abs(value - bounds.max) > bounds.max * tolerance ? 'not-exact' : 'within';
  if (isOver(bounds, value)) return 'over';
  if (spec.proseMin !== false && isUnder(bounds, value)) return 'under';
  return 'within';
}

/** A fact label inside a sentence: lower case, acronyms kept ("HTTP API integration timeout"). */
