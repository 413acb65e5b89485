/**
 * Quantity assertions: what a document states about a service attribute's value. One record per
 * (quantity, attribute) binding: subject (service), attribute (fact id), value in seconds or bytes,
 * modality (stated, default, maximum, negated, historical…) and evidence (how the subject was found).
 * Hovers and the limit rules read these records; neither binds on its own.
 */
import { inheritsSubject, type AnalyzedContext } from '../model/document-model';
import type { Scopes } from '../scopes/sections';
import { cliCommand } from '../recognisers/cli-values';
import { iacAttributeOf } from '../recognisers/iac/attributes';
import { sectionKeyedValues } from '../recognisers/iac/property-docs';
import type { IacValue } from '../recognisers/iac';
import type { QuantityMention } from '../recognisers/quantities';
import { clauses, type Clause } from '../parse/clauses';
import {
  COMPARATIVE_BEFORE,
  FIRST_PERSON,
  DEFAULT_CUE_BEFORE,
  MIN_CUE_BEFORE,
  LIMIT_CUE_BEFORE,
  bindQuantity,
  boundsOfSpec,
  isQuestion,
  unasserted,
  UNSCOPED,
  columnHeader,
  type AttributeSpec,
  type SubjectEvidence,
} from './quantity-binding';
import { textBefore } from '../util/text';
import { registeredAttributes } from './registry';
import { boundPhraseOf, HARD_AFTER, LIMIT_NOUN_AFTER } from './bound-phrases';
import { resourceSubject } from './ceiling-words';
import { saysHistory } from '../rules/kit/helpers';

/**
 * How the text holds the value: stated as a setting or fact, as a default or a maximum, or not
 * asserted at all (negated, historical, asked, a raised quota, a comparison).
 */
export type Modality = 'stated' | 'default' | 'maximum' | 'minimum' | 'negated' | 'historical' | 'question' | 'raised' | 'comparative' | 'hypothetical' | 'granularity' | 'threshold';

/** "rounded up to the nearest 100 ms", "in increments of 64 MB": a step, not a value of the attribute. */
const GRANULARITY_BEFORE = /\b(?:rounded\s+(?:up\s+|down\s+)?to\s+(?:the\s+)?nearest|(?:in\s+)?increments?\s+of|(?:in\s+)?steps?\s+of|granularity\s+(?:of|is))\s*$/i;

/**
 * A practice-question scenario ("A company needs to process messages of up to 2 GB…") states what
 * someone wants, which the answer then works around; it asserts nothing about the service.
 */
const SCENARIO = /\b(?:a|an|the)\s+(?:company|customer|organi[sz]ation|startup|enterprise|team|client|developer|solutions architect|retailer|bank)\s+(?:[\w-]+\s+){0,3}?(?:needs?|wants?|plans?|requires?|must|is\s+(?:planning|looking|trying))\b/i;

export type Evidence = SubjectEvidence | 'iac';

export interface QuantityAssertion {
  readonly start: number;
  readonly end: number;
  readonly spec: AttributeSpec;
  /** The rule judging this attribute (undefined for attributes only the hover knows). */
  readonly ruleId?: string;
  readonly service: string;
  /** Seconds or bytes. */
  readonly value: number;
  readonly modality: Modality;
  readonly evidence: Evidence;
  /** Prose: the quantity and the clause holding it. */
  readonly quantity?: QuantityMention;
  readonly clause?: Clause;
  /** IaC: the key/value pair and its factor to seconds or bytes. */
  readonly iac?: { readonly value: IacValue; readonly factor: number };
}

/** Modalities a check may judge: the text asserts the value. */
export function asserted(modality: Modality): boolean {
  return modality === 'stated' || modality === 'default' || modality === 'maximum' || modality === 'minimum';
}

/** Subjects the statement itself names: only then do the bound phrases read a maximum (a section's subject may be another's). */
const OWN_SUBJECT: ReadonlySet<SubjectEvidence> = new Set(['clause', 'context', 'table-header', 'previous-sentence']);

/** A column of former values: "| Old timeout (s) |", "| Before |", "| Previous retention days |". */
const FORMER_COLUMN = /^[\s*_`]*(?:old|previous|prior|former|before|legacy|original|was)\b|\b(?:before|previously|\(old\))[\s*_`]*$/i;

function modalityOf(spec: AttributeSpec, clause: Clause, q: QuantityMention, evidence: SubjectEvidence, context?: AnalyzedContext): Modality {
  const modality = cuedModality(spec, clause, q, evidence, context);
  // "The retry queue holds messages 2 days at most": a maximum said of one resource is its setting, unless
  // the words bind it to the service ("cannot exceed", "a hard limit", ", the SQS maximum").
  if (modality === 'maximum' && resourceSubject(clause.text.slice(0, q.start - clause.start)) && !boundPhraseOf(clause, q)?.owned.length && !serviceBound(clause, q)) return 'stated';
  return modality;
}

/** A bound the words give the service itself: a hard limit or an apposition naming the maximum. */
function serviceBound(clause: Clause, q: QuantityMention): boolean {
  const after = clause.text.slice(q.end - clause.start, q.end - clause.start + 64);
  return HARD_AFTER.test(after) || LIMIT_NOUN_AFTER.test(after) || /^[^.;]{0,24}?[,(—–]\s*(?:the|a|its)\s+(?:[\w-]+\s+){0,2}(?:max(?:imum)?|ceiling|hard\s+limit)\b/i.test(after);
}

function cuedModality(spec: AttributeSpec, clause: Clause, q: QuantityMention, evidence: SubjectEvidence, context?: AnalyzedContext): Modality {
  // A value in a column of former values is history, whatever the row says.
  if (context?.kind === 'tableRow' && FORMER_COLUMN.test(columnHeader(context, q.start)?.text ?? '')) return 'historical';
  const bound = OWN_SUBJECT.has(evidence) ? boundPhraseOf(clause, q) : undefined;
  switch (unasserted(clause, q, spec, bound)) {
    case 'negation':
      return 'negated';
    case 'history':
      return 'historical';
    case 'question':
      return 'question';
    case 'raised':
      return 'raised';
    case 'comparative':
      return 'comparative';
    default:
      break;
  }
  if (SCENARIO.test(clause.text)) return 'hypothetical';
  const at = q.start - clause.start;
  const before = textBefore(clause.text, at, 64);
  if (COMPARATIVE_BEFORE.test(before)) return bound ? bound.modality : 'comparative';
  if (GRANULARITY_BEFORE.test(before)) return 'granularity';
  // "in 1 MB steps", "in 64 MB increments": the step written around the value.
  if (/\bin\s+$/i.test(before) && /^\s*(?:steps?|increments?)\b/i.test(clause.text.slice(q.end - clause.start, q.end - clause.start + 16))) return 'granularity';
  if (MIN_CUE_BEFORE.test(before)) {
    // "a default minimum retention period of 4 days": the word nearer the value says which one is meant.
    if (!DEFAULT_CUE_BEFORE.test(before)) return 'minimum';
    return before.search(/\b(?:minimum|min\.?)\b(?![\s\S]*\b(?:minimum|min)\b)/i) > before.search(/\bdefault(?![\s\S]*\bdefault\b)/i) ? 'minimum' : 'default';
  }
  // "4 days by default 14 days maximum": the "by default" right after a value is that value's cue, not the next one's.
  if (DEFAULT_CUE_BEFORE.test(before) && !CUE_OF_PREVIOUS_VALUE.test(before)) return 'default';
  if (LIMIT_CUE_BEFORE.test(before)) return 'maximum';
  const after = clause.text.slice(q.end - clause.start, q.end - clause.start + 24);
  if (DEFAULT_CUE_AFTER.test(after)) return 'default';
  // Said of the service, not of one resource the design configures ("our orders queue keeps … unless we change it").
  const head = clause.text.slice(0, q.start - clause.start);
  if (DEFAULT_CONDITION_AFTER.test(clause.text.slice(q.end - clause.start, q.end - clause.start + 64)) && !FIRST_PERSON.test(head) && !resourceSubject(head)) return 'default';
  if (MAX_CUE_AFTER.test(after)) return 'maximum';
  return bound ? bound.modality : 'stated';
}

/**
 * The modality of a value in an answer: its own words first (a reply can negate or hedge), then the
 * question's ("What is the largest …?" asks for a maximum). The question mark does not make the reply a question.
 */
function answerModality(spec: AttributeSpec, reply: Clause, asks: string, q: QuantityMention, evidence: SubjectEvidence): Modality {
  const own = modalityOf(spec, reply, q, evidence);
  // "What was the maximum before 2025?" asks about the past; its answer states history.
  if (own === 'stated' && saysHistory(asks)) return 'historical';
  return own === 'stated' && CEILING_QUESTION.test(asks) ? 'maximum' : own;
}

/** A value, then "by default" ("24 hours by default, …"): the cue that ends `before` belongs to that value. */
const CUE_OF_PREVIOUS_VALUE = /\d[\d.,]*\s*[a-zµ]{0,12}\.?\s*\(?\s*(?:by\s+)?default\s*\)?\s*[,;]?\s*$/i;
/** "24 hours by default", "4 days (default)": a default named after its value. */
const DEFAULT_CUE_AFTER = /^\s*(?:\(\s*)?(?:by\s+default|default)\b(?!\s*(?:(?:is|of|to|for|value)\b|[:=(\d]))/i;
/**
 * "keeps records for 7 days unless you change the retention", "7 days if you don't set it", "out of the
 * box": the value is what applies when nobody sets one, the default.
 */
const DEFAULT_CONDITION_AFTER =
  /^[^.;:]{0,40}?\b(?:unless\s+(?:you|we|someone|the\s+team|it\s+is|it's)\s+(?:change[sd]?|set|configured?|raised?|extend(?:ed)?|increased?|overrid(?:e|den))|if\s+(?:you|we)\s+(?:don't|do\s+not|never)\s+(?:set|change|configure|specify)|if\s+(?:not|nothing\s+is)\s+(?:set|specified|configured)|out\s+of\s+the\s+box)\b/i;
/** "14 days maximum", "15 min (max)", a terse "512 MB only": a maximum named after its value. */
const MAX_CUE_AFTER = /^\s*(?:\(\s*)?max(?:imum)?\b\.?(?!\s*(?:(?:is|of|for|value)\b|[:=(\d]))|^\s*only\s*(?:[,;.)]|$)/i;

/** The reply of a question-and-answer pair: "A: 256 KB.", "**Answer:** five minutes at most". */
const ANSWER_START = /^[\s*_>-]*(?:A|Ans|Answer)[\s*_]*[:.)][\s*_]*/i;
/** A reply that is only a value after its question ("**Maximum Lambda memory?** 3 GB."). */
const BARE_VALUE_REPLY = /^[\s*_>`]*(?:~\s*|about\s+|around\s+)?\d[\d,]*(?:\.\d+)?\s?[A-Za-z]{0,12}[\s.*_`]*$/;
/** A question after a ceiling: "What is the largest message SQS accepts?", "How long can a Lambda run?". */
const CEILING_QUESTION = /\b(?:largest|biggest|longest|highest|maximum|max|most|upper\s+limit|limit|how\s+(?:long|big|large|many|much|high)\s+(?:can|may|does|do|is|are))\b/i;

/**
 * The clauses whose quantities are bound: each clause, and an answer right after its question in the
 * same statement as one span from the question's start ("Q: What is the largest message SQS accepts?
 * A: 256 KB."), so the question names the subject and the attribute the reply's value has.
 */
function bindingClauses(context: AnalyzedContext): Array<{ clause: Clause; asks?: string }> {
  const out: Array<{ clause: Clause; asks?: string }> = [];
  let previous: Clause | undefined;
  for (const clause of clauses(context)) {
    if (previous && isQuestion(previous) && (ANSWER_START.test(clause.text) || BARE_VALUE_REPLY.test(clause.text))) {
      const text = context.text.slice(previous.start - context.start, clause.start + clause.text.length - context.start);
      out.push({ clause: { text, start: previous.start }, asks: previous.text });
    } else out.push({ clause });
    previous = clause;
  }
  return out;
}

function proseAssertions(context: AnalyzedContext, inherited: string | undefined, scopeTitle?: string): QuantityAssertion[] {
  const out: QuantityAssertion[] = [];
  const attributes = registeredAttributes();
  // A scope opened by a question: the reply below it answers it ("Q: What is the maximum …?" / "A: 256 KB").
  const titleAsks = scopeTitle !== undefined && /\?[\s*_]*$/.test(scopeTitle) ? scopeTitle : undefined;
  for (const { clause, asks } of bindingClauses(context)) {
    const end = clause.start + clause.text.length;
    for (const q of context.quantities) {
      if (q.start < clause.start || q.end > end) continue;
      for (const { spec, ruleId } of attributes) {
        if (q.dimension !== boundsOfSpec(spec).dimension) continue;
        const subject = bindQuantity(spec, context, clause, q, inherited, scopeTitle);
        // A scoped pass adds only what its scope gives: the section's subject, or (outside any) the attribute's own name.
        if (!subject || (inherited !== undefined && subject.evidence !== (inherited === UNSCOPED ? 'attribute' : 'section'))) continue;
        const modality =
          asks !== undefined
            ? answerModality(spec, { text: clause.text.slice(asks.length), start: clause.start + asks.length }, asks, q, subject.evidence)
            : titleAsks !== undefined && (ANSWER_START.test(clause.text) || BARE_VALUE_REPLY.test(clause.text))
              ? answerModality(spec, clause, titleAsks, q, subject.evidence)
              : modalityOf(spec, clause, q, subject.evidence, context);
        out.push({ start: q.start, end: q.end, spec, ruleId, service: subject.service, value: q.normalized, modality, evidence: subject.evidence, quantity: q, clause });
      }
    }
  }
  return out;
}

function iacAssertions(context: AnalyzedContext): QuantityAssertion[] {
  const out: QuantityAssertion[] = [];
  // A resource block, or an `aws` CLI command line that configures one.
  const cli = context.resourceType ? undefined : cliCommand(context.text, context.start);
  const type = context.resourceType ?? cli?.resourceType;
  const values = cli ? cli.values : context.iacValues;
  // A value its reader bound itself (a validation's bound, a named constant) needs no resource type.
  if (!type && !values.some((v) => v.bound)) return out;
  for (const v of values) {
    if (v.number === undefined) continue;
    // What the property means is data (recognisers/iac/attributes.ts); the registry says who judges it.
    const binding = v.bound ?? (type ? iacAttributeOf(type, v, cli ? '' : context.text) : undefined);
    if (!binding) continue;
    for (const { spec, ruleId } of registeredAttributes()) {
      if (spec.fact !== binding.fact) continue;
      const service = spec.services.includes(binding.service) ? binding.service : (spec.services[0] ?? '');
      out.push({ start: v.start, end: v.end, spec, ruleId, service, value: v.number * binding.factor, modality: v.bound?.modality ?? 'stated', evidence: 'iac', iac: { value: v, factor: binding.factor } });
    }
  }
  return out;
}

const explicit = new WeakMap<AnalyzedContext, readonly QuantityAssertion[]>();

/** An `aws <service> <operation>` command with a flag, anywhere in a statement. */
const AWS_COMMAND = /\baws\s+[a-z0-9-]+\s+[a-z][a-z0-9-]*\b[^\n]*\s--[a-z]/;

/** Whether a context can assert a quantity at all: code, a quantity, or an `aws` command (cheap, before binding). */
export function mayAssert(context: AnalyzedContext): boolean {
  return context.kind === 'code' || context.quantities.length > 0 || context.iacValues.length > 0 || AWS_COMMAND.test(context.text);
}

/**
 * The assertions a context makes with its subject named in the statement, its table or its parent
 * items (cached per context: every limit rule and the hover read the same list).
 */
export function assertionsOf(context: AnalyzedContext): readonly QuantityAssertion[] {
  let found = explicit.get(context);
  if (!found) {
    if (context.kind === 'code') found = iacAssertions(context);
    else {
      const prose = context.quantities.length === 0 ? [] : proseAssertions(context, undefined);
      // An `aws` command written in a sentence or inline code sets values as it does in a fence; so does a row of a table of settings keys.
      const cli = AWS_COMMAND.test(context.text) || context.iacValues.length > 0 ? iacAssertions(context).filter((a) => !prose.some((p) => p.start < a.end && a.start < p.end)) : [];
      found = cli.length === 0 ? prose : [...prose, ...cli];
    }
    explicit.set(context, found);
  }
  return found;
}

/**
 * The assertions of a property's default whose key is its section's heading (`##### \`retention\`` over
 * `- *Default:* Duration.days(30)`, recognisers/iac/property-docs.ts): the subject comes from the section,
 * so at most a warning. `text` is the document's. Read in the document phase.
 */
export function sectionKeyedAssertionsOf(context: AnalyzedContext, scopes: Scopes, text: string): readonly QuantityAssertion[] {
  if (!context.iacValues.some((v) => v.fromSection === true)) return [];
  const values = sectionKeyedValues(context.iacValues, context.start, scopes, text);
  return values.length === 0 ? [] : iacAssertions({ ...context, iacValues: values }).map((a) => ({ ...a, evidence: 'section' }));
}

/**
 * The assertions a context makes about `subject`, the service its scope names (a section title),
 * for quantities whose statement names no service itself.
 */
export function scopedAssertionsOf(context: AnalyzedContext, subject: string, scopeTitle?: string): readonly QuantityAssertion[] {
  if (context.kind === 'code' || context.quantities.length === 0) return [];
  return proseAssertions(context, subject, scopeTitle);
}

/**
 * A context's assertions with its section's subject where the statement names none: its own, then,
 * for each quantity its own words bind to no service, those the subject gives. What the hover and
 * `archnotes claims` show (the document phase judges the inherited ones in scoped-limits.ts).
 */
export function assertionsInScope(context: AnalyzedContext, scopes: Scopes): readonly QuantityAssertion[] {
  const own = assertionsOf(context);
  if (!inheritsSubject(context)) return own;
  const subject = scopes.subjectOf(context);
  const bound = new Set(own.map((a) => a.quantity));
  const scoped = subject ? scopedAssertionsOf(context, subject.service, scopes.titleAt(context.start, subject.section)) : scopedAssertionsOf(context, UNSCOPED);
  const inherited = scoped.filter((a) => !bound.has(a.quantity));
  return inherited.length === 0 ? own : [...own, ...inherited];
}
