import { SERVICES, requireFact } from '../../facts/catalog';
import type { Fact } from '../../facts/types';
import type { ServiceMention } from '../recognisers/services';
import { clauses } from '../parse/clauses';
import { boundPhraseOf, withoutOwned } from '../assertions/bound-phrases';
import { saysHistory, NEGATION, formatNumber, inIdentifier, nearestParentServices } from './kit/helpers';
import { CEILING_APPOSITION_AFTER, REQUIREMENT, changeYear, monthYear, namesServiceCeiling } from './kit/limit-rule';
import { FIRST_PERSON, OTHER_LANGUAGE_CEILING_WORDS } from '../assertions/quantity-binding';
import { CEILING_VERB_SOURCE } from '../assertions/ceiling-words';
import { SPELLED_COUNT, spelledValue } from '../util/number-words';
import { nounsPattern, textBefore } from '../util/text';
import { columnAt } from '../parse/cells';
import type { DocumentRule, FindingDraft } from './kit/types';
import { movedDraft, statementMemo } from './kit/statement-memo';
import type { AnalyzedContext } from '../model/document-model';

/**
 * Ceilings AWS has raised, stated in units the duration/size quantities do not cover (IOPS,
 * throughput, counts). Data: the fact, the services it belongs to, and the unit or counted noun that
 * follows the number. The fact's value is today's maximum; its `changed` note names the old figure.
 */
interface Ceiling {
  readonly fact: string;
  readonly services: readonly string[];
  readonly unit: RegExp;
  /** The same unit named in a label before the number ("Max IOPS: 16,000", "| Max IOPS | 16,000 |"). */
  readonly label: RegExp;
  /** The unit as a message writes it after a number. */
  readonly display: string;
  /** How many of the fact's unit make one of the written unit (1,024 GiB in a TiB); 1 when they are the same. */
  readonly perUnit?: number;
  /** Generic nouns count this ceiling only in a clause that names its attribute ("transaction"). */
  readonly requires?: RegExp;
  /** API operations of the service alone, which name the service as well ("TransactWriteItems"). */
  readonly operations?: RegExp;
}

const STATED: readonly Ceiling[] = [
  { fact: 'ebs-gp3.iops', services: ['ebs-gp3'], unit: /^\s*(?:provisioned\s+|baseline\s+)?IOPS\b/, label: /\bIOPS\b/, display: 'IOPS' },
  { fact: 'ebs-gp3.throughput', services: ['ebs-gp3'], unit: /^\s*(?:MiB|MB)(?:\/s|ps)\b/, label: /\bthroughput\b|\bMiB\/s\b|\bMB\/s\b/i, display: 'MiB/s' },
  { fact: 'ebs-io2.iops', services: ['ebs-io2'], unit: /^\s*(?:provisioned\s+)?IOPS\b/, label: /\bIOPS\b/, display: 'IOPS' },
  { fact: 'aurora-global-database.secondary-regions', services: ['aurora-global-database'], unit: /^\s*(?:(?:secondary|additional|read-only|other)\s*)?(?:AWS\s+)?Regions?\b/i, label: /\bsecondary\s+Regions\b|\bRegions\b/i, display: 'secondary Regions' },
  { fact: 'sns.subscriptions', services: ['sns'], unit: /^\s*(?:subscriptions?|subscribers?)\b/i, label: /\bsubscri(?:ptions|bers)\b/i, display: 'subscriptions' },
  { fact: 'nat-gateway.bandwidth', services: ['nat-gateway'], unit: /^\s*(?:Gbps|Gbit\/s|Gb\/s)\b/i, label: /\bbandwidth\b|\bGbps\b/i, display: 'Gbps' },
  { fact: 'aurora.max-storage', services: ['aurora', 'aurora-mysql', 'aurora-postgresql'], unit: /^\s*(?:TiB|TB)\b/, label: /\bstorage\b|\bvolume\b|\bTiB\b/i, display: 'TiB' },
  { fact: 'fargate.vcpu', services: ['fargate'], unit: /^\s*vCPUs?\b/i, label: /\bvCPUs?\b/i, display: 'vCPU' },
  // A volume's size, in the unit notes write it in (the fact is in GiB; "16 TiB" was the gp3 maximum until 2025).
  { fact: 'ebs-gp3.size', services: ['ebs-gp3'], unit: /^\s*(?:TiB|TB)\b/, label: /\b(?:volume\s+)?size\b|\bcapacity\b|\bTiB\b/i, display: 'TiB', perUnit: 1024 },
  { fact: 'ebs-gp3.size', services: ['ebs-gp3'], unit: /^\s*(?:GiB|GB)\b/, label: /\b(?:volume\s+)?size\b|\bcapacity\b|\bGiB\b/i, display: 'GiB' },
];

/**
 * Hard count limits the pack gives counted nouns (`names.counted`: "up to 5 layers"), each a ceiling
 * like the ones above, so a new count needs data, not code.
 */
function countedCeilings(): Ceiling[] {
  const out: Ceiling[] = [];
  for (const card of SERVICES) {
    for (const fact of card.facts) {
      const nouns = fact.names?.counted;
      // An adjustable quota too: only a figure its history records is flagged below it, and nothing above it.
      if (!nouns || nouns.length === 0 || fact.hardLimit === undefined) continue;
      const alternation = nounsPattern(nouns);
      out.push({
        fact: fact.id,
        services: [card.id],
        unit: new RegExp(`^\\s*(?:${alternation})\\b`, 'i'),
        label: new RegExp(`\\b(?:${alternation})\\b`, 'i'),
        display: nouns[0] ?? '',
      });
      const within = fact.names?.countedIn;
      if (within) {
        const generic = nounsPattern(within.nouns);
        const named = nounsPattern([...(within.words ?? []), ...(within.operations ?? [])]);
        out.push({
          fact: fact.id,
          services: [card.id],
          // "25 actions", "a 25-action transaction".
          unit: new RegExp(`^(?:\\s*|-)(?:${generic})\\b`, 'i'),
          label: new RegExp(`\\b(?:${generic})\\b`, 'i'),
          display: within.nouns[0] ?? '',
          requires: new RegExp(`\\b(?:${named})\\b`, 'i'),
          ...(within.operations && within.operations.length > 0 ? { operations: new RegExp(`\\b(?:${nounsPattern(within.operations)})\\b`, 'g') } : {}),
        });
      }
    }
  }
  return out;
}

/** The services API operations name in a statement ("TransactWriteItems" names DynamoDB), as mentions. */
function operationMentions(context: AnalyzedContext): ServiceMention[] {
  const out: ServiceMention[] = [];
  for (const ceiling of CEILINGS) {
    if (!ceiling.operations) continue;
    for (const m of context.text.matchAll(ceiling.operations)) {
      const start = context.start + (m.index ?? 0);
      out.push({ serviceId: ceiling.services[0] ?? '', start, end: start + m[0].length, text: m[0] });
    }
  }
  return out;
}

const CEILINGS: readonly Ceiling[] = [...STATED, ...countedCeilings()];

/**
 * The label a number stands under: in a table row, its column header and the cells before it; in a
 * key/value line, the text before its colon ("gp3 max IOPS: 16,000").
 */
function labelOf(context: { readonly kind: string; readonly header?: readonly { readonly text: string }[]; readonly cells?: readonly { readonly start: number; readonly end: number; readonly text: string }[] }, at: number, before: string): string | undefined {
  if (context.kind === 'tableRow' && context.cells) {
    const column = columnAt(context.cells, at, at + 1);
    if (column < 0) return undefined;
    return [context.header?.[column]?.text ?? '', ...context.cells.slice(0, column).map((c) => c.text)].join(' | ');
  }
  return /([^.;|:=]{1,40})[:=]\s*(?:~|≈|about\s+)?$/.exec(before)?.[1];
}

/** A number as written: "16,000", "16000", "16k", "12.5 million", "five". */
const NUMBER = new RegExp(String.raw`(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(k|K|thousand|million|M)\b)?|\b(${SPELLED_COUNT})\b`, 'g');

/** A maximum is claimed just before the number ("up to", "max", "tops out at", "supports", "spans up to"). */
const ENGLISH_CEILING_CUE = new RegExp(String.raw`\b(?:up\s+to|max(?:imum)?(?:\s+of)?|at\s+most|limit(?:ed)?\s+(?:of|to|is)|no\s+more\s+than|as\s+many\s+as|${CEILING_VERB_SOURCE})\b[^.;:]{0,48}$`, 'i');
/** The same cue in another language (Korean 최대, Vietnamese "tối đa", German "bis zu", …), a few words before the number. */
const CEILING_CUE = new RegExp(`(?:${ENGLISH_CEILING_CUE.source})|(?:${OTHER_LANGUAGE_CEILING_WORDS.source}[^.;:]{0,24}$)`, 'i');
/** A counter word glued to a number in Korean, Japanese or Chinese ("5개", "5個", "5个"): the unit follows it. */
const COUNTER = /^(?:개|個|个|つ|件|台)/;

/** "S3 allows 100 buckets", "supports up to 20 GSIs": what the service allows, right before the count. */
const ALLOWS_BEFORE = /\b(?:allows?|supports?|permits?)(?:\s+(?:you\s+)?(?:to\s+)?(?:create|have|add|attach|use|run|hang|define|keep))?\s+(?:up\s+to\s+)?$/i;
/** After the count and its noun, the text calls it the limit: "100 buckets per account, hard limit", "25 items (hard)". */
const LIMIT_AFTER_UNIT = /^[^.;:]{0,40}?[,(—–]\s*(?:a\s+|the\s+|which\s+is\s+(?:a\s+|the\s+)?)?(?:hard\s+(?:limit|cap|ceiling|max(?:imum)?)\b|hard\s*\)|(?:service\s+)?(?:limit|maximum|max|ceiling)\b(?!\s+(?:increase|raise|request)))/i;

const FLOOR_WORDS = String.raw`baseline|minimum|min|at\s+least|starts?\s+at|from`;
/** A floor or a baseline is not a ceiling ("a baseline of 3,000 IOPS", "at least 3 Regions"), nor a default. */
const FLOOR_BEFORE = new RegExp(String.raw`\b(?:${FLOOR_WORDS}|default)\b[^.;:\d]{0,16}$`, 'i');
/** For an adjustable quota the default is the quota itself ("buckets per account, default | 100"): only the floors. */
const QUOTA_FLOOR_BEFORE = new RegExp(String.raw`\b(?:${FLOOR_WORDS})\b[^.;:\d]{0,16}$`, 'i');
/** The upper end of a range written with a dash ("125–1,000", "3,000-16,000"): the range's maximum. */
const RANGE_END_BEFORE = /\d\s*(?:–|—|-|\.\.)\s*$/;
/** A range of what was observed ("went from 5–45 Gbps", "between 10 and 45"), not of what is allowed. */
const OBSERVED_RANGE = /\b(?:from|between|went|grew|rose|peaked|spiked|varied|ranged|climbed|dropped|fell|observed|measured|saw|seen)\b/i;

/** In a table row, the cell right after a bare number when it holds only a unit ("| 1,000 | MiB/s |"). */
function unitCellAfter(context: AnalyzedContext, at: number): string | undefined {
  if (context.kind !== 'tableRow' || !context.cells) return undefined;
  const column = columnAt(context.cells, at, at + 1);
  const cell = column >= 0 ? context.cells[column] : undefined;
  const next = column >= 0 ? context.cells[column + 1] : undefined;
  // The number ends its cell ("| 125–1,000 |"): what follows in the row is the next cell.
  if (!cell || !next || /\d/.test(next.text) || next.text.trim().length > 24) return undefined;
  return ` ${next.text.trim()}`;
}

function valueOf(m: RegExpExecArray): number | undefined {
  if (m[3]) return spelledValue(m[3]);
  const n = Number((m[1] ?? '').replace(/,/g, ''));
  const scale = m[2] === undefined ? 1 : /^(?:k|K|thousand)$/.test(m[2]) ? 1000 : 1_000_000;
  return Number.isFinite(n) ? n * scale : undefined;
}

function maximumOf(fact: Fact): number | undefined {
  const v = fact.value;
  return v.type === 'number' ? v.value : v.type === 'range' ? v.max : undefined;
}

/** Every number written in `text`, as NUMBER reads it (its own copy: the rule's scan over a clause uses NUMBER's lastIndex meanwhile). */
function numbersIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(NUMBER.source, 'g'))];
}

/** The old figures the fact's change note names ("maximum 16,000 IOPS" → 16000). */
function formerValues(fact: Fact): number[] {
  const text = [fact.changed?.notes ?? '', ...(fact.history ?? []).map((h) => h.value)].join(' ; ');
  return numbersIn(text).flatMap((m) => valueOf(m) ?? []);
}

/**
 * The month a count of the fact's history stopped applying ("October 2022" for "5 read replicas"), when
 * `value` is one of its figures. Counts only: a quantity's history is the limit rules' `formerUntil`.
 */
export function formerCountUntil(fact: Fact, value: number): string | undefined {
  const entry = fact.history?.find((h) => numbersIn(h.value).some((m) => Math.abs((valueOf(m) ?? Number.NaN) - value) <= value * 0.01));
  return monthYear(entry?.until);
}

/** "It was the maximum until October 2020.": the date the fact's history gives for a former figure. */
function formerNote(fact: Fact, value: number): string {
  const when = formerCountUntil(fact, value);
  return when ? `It was the ${fact.hardLimit === false ? 'default quota' : 'maximum'} until ${when}.` : '';
}

function subjectOf(ceiling: Ceiling, candidates: readonly Ceiling[], services: readonly ServiceMention[], before: number): boolean {
  // The nearest service with a ceiling in this unit named before the number speaks; one named after it
  // counts when it is the only one (a service with ceilings in other units is no rival).
  const ceilingServices = services.filter((s) => candidates.some((c) => c.services.includes(s.serviceId)));
  const preceding = ceilingServices.filter((s) => s.end <= before);
  const nearest = preceding[preceding.length - 1] ?? (ceilingServices.length === 1 ? ceilingServices[0] : undefined);
  return nearest !== undefined && ceiling.services.includes(nearest.serviceId);
}

/**
 * A hard limit the clause says is the service's own ceiling ("at most", "no more than", "cannot exceed",
 * ", the maximum"), not a requirement of the design, and not written beside today's figure.
 */
function namesHardCeiling(fact: Fact, text: string, index: number, end: number, max: number): boolean {
  if (fact.hardLimit !== true || REQUIREMENT.test(text)) return false;
  if (!namesServiceCeiling(textBefore(text, index, 64)) && !CEILING_APPOSITION_AFTER.test(text.slice(end, end + 64))) return false;
  return !numbersIn(text).some((n) => n.index !== index && Math.abs((valueOf(n) ?? Number.NaN) - max) <= max * 0.03);
}

export const outdatedCeiling: DocumentRule = {
  id: 'outdated-ceiling',
  scope: 'document',
  description: 'A maximum stated below today\'s (an outdated ceiling AWS has raised), or above it.',
  rationale:
    'AWS raises ceilings over time: gp3 volumes went from 16,000 to 80,000 IOPS and from 1,000 to 2,000 MiB/s, io2 Block Express reaches ' +
    '256,000 IOPS, an Aurora Global Database spans up to 10 secondary Regions (was 5), an SNS standard topic takes 12,500,000 subscriptions, ' +
    'a NAT gateway scales up to 100 Gbps (older documents say 45). Hard count limits the fact pack gives counted nouns ' +
    '(`names.counted`: layers per Lambda function, LSIs per DynamoDB table, targets per EventBridge rule, OU nesting levels, …) ' +
    'are read the same way: "up to 10 layers" is above the maximum of 5. Adjustable quotas with counted nouns (DynamoDB tables, ' +
    'CloudFormation stacks) are flagged only at a figure their value history records ("at most 256 tables"), never above. ' +
    'A statement that claims a maximum ("up to", "max", "tops out at") below today\'s figure is outdated: a warning when it is the figure ' +
    'documented before; another lower number may be a baseline and is left alone. A maximum above today\'s is a warning. Negated and ' +
    'historical statements are left alone.',
  severity: 'warning',
  category: 'limits',
  facts: [...new Set(CEILINGS.map((c) => c.fact))],
  draftsNameFacts: true,
  fixable: true,
  examples: {
    flag: [
      { text: 'gp3 volumes top out at 16,000 IOPS and 1,000 MiB/s.', flagged: ['16,000', '1,000'], output: 'gp3 volumes top out at 80,000 IOPS and 1,000 MiB/s.' },
      { text: 'SNS: up to 12 million subscriptions per standard topic.', flagged: ['12 million'], output: 'SNS: up to 12,500,000 subscriptions per standard topic.' },
      { text: 'NAT gateways start at 5 Gbps and scale up to 45 Gbps.', flagged: ['45'], output: 'NAT gateways start at 5 Gbps and scale up to 100 Gbps.' },
      { text: 'An Aurora Global Database spans up to five secondary Regions.', flagged: ['five'], output: 'An Aurora Global Database spans up to 10 secondary Regions.' },
      // A number spelled out in several words is one number.
      { text: 'EBS gp3 volumes top out at sixteen thousand IOPS.', flagged: ['sixteen thousand'], output: 'EBS gp3 volumes top out at 80,000 IOPS.' },
      { text: '| Volume | Max IOPS |\n| --- | --- |\n| io2 Block Express | 64,000 IOPS |', flagged: ['64,000'], output: '| Volume | Max IOPS |\n| --- | --- |\n| io2 Block Express | 256,000 IOPS |' },
      { text: '- gp3 max IOPS: 16,000', flagged: ['16,000'], output: '- gp3 max IOPS: 80,000' },
      { text: '| Service | Limit | Value |\n| --- | --- | --- |\n| EBS gp3 | Max IOPS | 16,000 |', flagged: ['16,000'], output: '| Service | Limit | Value |\n| --- | --- | --- |\n| EBS gp3 | Max IOPS | 80,000 |' },
      { text: 'A Lambda function can use up to 10 layers.', flagged: ['10'], output: 'A Lambda function can use up to 5 layers.' },
      // A hard limit named as the service's own ceiling, below today's.
      { text: 'A Lambda function can use at most 3 layers.', flagged: ['3'], output: 'A Lambda function can use at most 5 layers.' },
      { text: '## DynamoDB\n\n- Max LSIs per table: 10', flagged: ['10'], output: '## DynamoDB\n\n- Max LSIs per table: 5' },
      { text: 'DynamoDB allows at most 256 tables per Region.', flagged: ['256'], output: 'DynamoDB allows at most 2,500 tables per Region.' },
      // A limits table: its header says each row's figure is the ceiling.
      { text: '| Service | Limit | Value |\n| --- | --- | --- |\n| CloudFormation | Resources per stack | 200 |', flagged: ['200'], output: '| Service | Limit | Value |\n| --- | --- | --- |\n| CloudFormation | Resources per stack | 500 |' },
      // The verbs people say a ceiling with ("stops at", "scales to", "maxes out at").
      { text: 'The NAT gateway scales to 45 Gbps.', flagged: ['45'], output: 'The NAT gateway scales to 100 Gbps.' },
      // An API operation names the service and the attribute: generic nouns count then.
      { text: 'DynamoDB TransactWriteItems caps at 25 actions, so carts are chunked.', flagged: ['25'], output: 'DynamoDB TransactWriteItems caps at 100 actions, so carts are chunked.' },
      // A table with the unit in its own column; the upper end of a range is its maximum.
      {
        text: '| Volume | Attribute | Range | Unit |\n| --- | --- | --- | --- |\n| gp3 | IOPS | 3,000–16,000 | IOPS |',
        flagged: ['16,000'],
        output: '| Volume | Attribute | Range | Unit |\n| --- | --- | --- | --- |\n| gp3 | IOPS | 3,000–80,000 | IOPS |',
      },
      // What the service allows, right before the count.
      { text: 'S3 allows 100 buckets per account.', flagged: ['100'], output: 'S3 allows 10,000 buckets per account.' },
      // A bare figure after "max" takes the unit of its clause's other figure.
      { text: '- gp3: baseline 3000 IOPS, max 16k', flagged: ['16k'], output: '- gp3: baseline 3000 IOPS, max 80,000' },
    ],
    pass: [
      'gp3 volumes deliver a baseline of 3,000 IOPS and 125 MiB/s.',
      'gp3 volumes top out at 80,000 IOPS.',
      'We provisioned 16,000 IOPS on the gp3 volume for the ledger.',
      'Until 2025, gp3 volumes topped out at 16,000 IOPS; the limit was previously lower.',
      'An Aurora Global Database spans up to 10 secondary Regions.',
      'Our Aurora Global Database has two secondary Regions.',
      '| Volume | Baseline IOPS | Max IOPS |\n| --- | --- | --- |\n| gp3 | 3,000 | 80,000 |',
      '- gp3 baseline IOPS: 3,000',
      'A Lambda function can use up to 5 layers; we attach two.',
      'Keep each Lambda function at most 3 layers deep.',
      'Each function uses at most 3 layers, below the Lambda maximum of 5 layers.',
      'Each DynamoDB table has at least 10 attributes and up to 5 LSIs.',
      'Step Functions Express workflows start up to 100,000 executions per second.',
      // Above an adjustable quota's default: raised on request, not a mistake.
      'DynamoDB allows at most 3,000 tables per Region after our quota increase.',
      'DynamoDB: up to 2,500 tables per Region by default.',
      '| Service | Limit | Value |\n| --- | --- | --- |\n| CloudFormation | Resources per stack | 500 |',
      '- gp3: baseline 3000 IOPS, max 80k',
      '- gp3: 3000 IOPS baseline and 125 MiB/s, 16000 IOPS provisioned for the ledger volume',
      'DynamoDB BatchWriteItem takes up to 25 items per call.',
      'NAT gateway traffic went from 5–45 Gbps during the sale.',
      'Until 2022, DynamoDB TransactWriteItems capped at 25 actions; it now takes 100.',
      'We keep each DynamoDB transaction to 25 actions or fewer.',
    ],
  },
  select: (context) => context.kind !== 'code' && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b/i.test(context.text) && MAY_STATE_CEILING.test(context.text),
  check({ model, contexts }, report) {
    for (const context of contexts) {
      const subject = model.scopes.subjectOf(context)?.service;
      for (const draft of judgedContext(context, subject)) report(movedDraft(draft, context.start));
    }
  },
};

/** A unit or label any ceiling reads (cheap, before the per-number scan). */
const MAY_STATE_CEILING = new RegExp(CEILINGS.flatMap((c) => [c.unit.source.replace(/^\^\\s\*/, ''), c.label.source]).join('|'), 'i');

const memo = statementMemo<readonly FindingDraft[]>();

/** The findings of one statement under its section's subject, relative to the statement's start. */
function judgedContext(context: AnalyzedContext, subject: string | undefined): readonly FindingDraft[] {
  return memo(context, subject ?? '', () => {
    const out: FindingDraft[] = [];
    checkContext(context, subject, (draft) => out.push(movedDraft(draft, -context.start)));
    return out;
  });
}

/** The text after each other number of the clause (its unit, if it has one). */
function siblingUnits(text: string, except: number): string[] {
  return numbersIn(text).filter((m) => m.index !== except).map((m) => text.slice(m.index + m[0].length, m.index + m[0].length + 40));
}

/** Any operation a ceiling knows, cheaply (before the per-ceiling scan). */
const OPERATION_HINT = new RegExp(
  CEILINGS.flatMap((c) => (c.operations ? [c.operations.source] : [])).join('|') || '(?!)',
  'i',
);

const isCeilingService = (s: ServiceMention): boolean => CEILINGS.some((c) => c.services.includes(s.serviceId));

/**
 * Who a statement is about, nearest first: its own services (or its table header's), its parent items',
 * then the section's subject when the statement names no service at all.
 */
function subjectsOf(context: AnalyzedContext, sectionSubject: string | undefined): { readonly services: readonly ServiceMention[]; readonly own: boolean } | undefined {
  const operations = OPERATION_HINT.test(context.text) ? operationMentions(context) : [];
  if (context.services.length > 0 || operations.length > 0) return { services: [...context.services, ...operations].sort((a, b) => a.start - b.start), own: true };
  if (context.headerServices.length > 0) return { services: context.headerServices, own: false };
  const fromParent = nearestParentServices(context);
  if (fromParent.length > 0) return { services: fromParent, own: false };
  if (sectionSubject === undefined) return undefined;
  return { services: [{ serviceId: sectionSubject, start: -1, end: -1, text: '' }], own: false };
}

function checkContext(context: AnalyzedContext, sectionSubject: string | undefined, report: (draft: FindingDraft) => void): void {
  const subjects = subjectsOf(context, sectionSubject);
  if (!subjects || !subjects.services.some(isCeilingService)) return;
  const services = subjects.services;
  const header = context.header?.map((h) => h.text).join(' ') ?? '';
  for (const clause of clauses(context)) {
    const text = clause.text;
    if (saysHistory(text) || clause.rejected || clause.question || FIRST_PERSON.test(text)) continue;
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
      const at = clause.start + m.index;
      // "200 CloudFormation stacks": the service named between the number and its noun is skipped; an
      // alias may end in the noun itself ("CloudFormation stacks"), read then from the alias's last word.
      const numberEnd = m.index + m[0].length;
      const named = context.services.find((sv) => sv.start >= at + m[0].length && /^\s{1,2}$/.test(context.text.slice(at + m[0].length - context.start, sv.start - context.start)));
      const froms = named ? [named.end - clause.start, named.start + named.text.lastIndexOf(' ') + 1 - clause.start, numberEnd] : [numberEnd];
      const afters = froms.map((from) => text.slice(from, from + 40).replace(COUNTER, ''));
      const inCell = afters.find((a) => CEILINGS.some((c) => c.unit.test(a)));
      const unitCell = inCell === undefined && /^\s*(?:\||$)/.test(text.slice(numberEnd, numberEnd + 4)) ? unitCellAfter(context, at) : undefined;
      const after = inCell ?? (unitCell !== undefined && CEILINGS.some((c) => c.unit.test(unitCell)) ? unitCell : text.slice(numberEnd, numberEnd + 40));
      if (inIdentifier(context.text, at - context.start, at - context.start + m[0].length)) continue;
      // In prose the clause names the subject, else the rest of its sentence ("Aurora Global Database: one
      // Region writes, while up to five secondary Regions read"); a table row names it in any cell.
      const ownInClause = services.filter((s) => s.start >= clause.start && s.end <= clause.start + text.length);
      const inClause = context.kind === 'tableRow' || !subjects.own || ownInClause.length === 0 ? services : ownInClause;
      const before = textBefore(text, m.index, 48);
      const label = labelOf(context, at, before);
      // The unit after the number, or (no unit there) in the label it stands under.
      const bare = !/^\s*[A-Za-z%/]/.test(after);
      const byUnitOrLabel = CEILINGS.filter((c) => (c.unit.test(after) || (bare && label !== undefined && c.label.test(label))) && (!c.requires || c.requires.test(text)));
      // "baseline 3000 IOPS, max 16k": a bare number after a ceiling cue takes the unit of its clause's other numbers.
      const candidates = byUnitOrLabel.length > 0 || !bare || !CEILING_CUE.test(before) ? byUnitOrLabel : CEILINGS.filter((c) => siblingUnits(text, m.index).some((u) => c.unit.test(u)));
      const ceiling = candidates.find((c) => subjectOf(c, candidates, inClause, at));
      if (!ceiling) continue;
      // "cannot have more than 5 secondary Regions": a bound's own negation does not negate the clause
      // (read only for numbers a ceiling's unit or label claims: most numbers of a clause are not).
      const bound = boundPhraseOf(clause, { start: at, end: at + m[0].length });
      if (NEGATION.test(withoutOwned(text, bound))) continue;
      const labelCue = label !== undefined && /\bmax(?:imum)?\b|\blimit\b|\bceiling\b|\bup to\b/i.test(label);
      // A limits table ("| Service | Limit | Value |") states each row's figure as the ceiling.
      const headerCue = /\bmax(?:imum)?\b|\blimits?\b|\bquotas?\b|\bceilings?\b/i.test(header);
      const countCue = ALLOWS_BEFORE.test(before) || LIMIT_AFTER_UNIT.test(text.slice(numberEnd, numberEnd + 64));
      const fact = requireFact(ceiling.fact);
      const floor = fact.hardLimit === false ? QUOTA_FLOOR_BEFORE : FLOOR_BEFORE;
      const rangeEnd = RANGE_END_BEFORE.test(before) && !OBSERVED_RANGE.test(before);
      // A range's upper end is its maximum even after "from"; otherwise a floor word before the number or in its label rules it out.
      const underFloor = floor.test(before) || (label !== undefined && floor.test(label));
      const cue = (CEILING_CUE.test(before) || countCue || rangeEnd || bound?.modality === 'maximum' || headerCue || labelCue) && (rangeEnd || !underFloor);
      if (!cue) continue;
      const value = valueOf(m);
      const inFactUnit = maximumOf(fact);
      const max = inFactUnit === undefined ? undefined : inFactUnit / (ceiling.perUnit ?? 1);
      if (value === undefined || max === undefined) continue;
      // The unit as written, unless it is a singular noun ("5 secondary region" in a note): then the pack's plural.
      const written = after.match(ceiling.unit)?.[0].trim();
      const unit = written && (/s$/i.test(written) || /[A-Z]{2}/.test(written) || /[^A-Za-z ]/.test(written)) ? written : ceiling.display;
      if (value < max * 0.97) {
        // Only an older figure AWS or the notes documented: any other lower number may be a baseline or a
        // plan, unless the words name it the service's own hard ceiling ("Aurora supports at most 5 replicas").
        if (!formerValues(fact).some((n) => Math.abs(n - value) <= n * 0.01)) {
          if (subjects.own && ownInClause.length > 0 && namesHardCeiling(fact, text, m.index, numberEnd, max)) {
            report({
              start: at,
              end: at + m[0].length,
              message: `${fact.label}: the maximum is ${formatNumber(max)} ${unit}; ${m[0]} is lower.`,
              factIds: [fact.id],
              fixes: [{ title: `Use ${formatNumber(max)}`, edits: [{ start: at, end: at + m[0].length, newText: formatNumber(max) }], safe: false }],
            });
          }
          continue;
        }
        report({
          start: at,
          end: at + m[0].length,
          message: `${fact.label}: the ${fact.hardLimit === false ? 'default quota' : 'maximum'} is now ${formatNumber(max)} ${unit}; ${m[0]} is an older figure. ${fact.changed?.note ?? formerNote(fact, value)}`.trim(),
          changedIn: changeYear(fact),
          factIds: [fact.id],
          fixes: [{ title: `Use ${formatNumber(max)}`, edits: [{ start: at, end: at + m[0].length, newText: formatNumber(max) }], safe: false }],
        });
      } else if (value > max * 1.03 && fact.hardLimit !== false) {
        report({
          start: at,
          end: at + m[0].length,
          message: `${fact.label}: the maximum is ${formatNumber(max)} ${unit}; ${m[0]} is above it.`,
          factIds: [fact.id],
          fixes: [{ title: `Use ${formatNumber(max)}`, edits: [{ start: at, end: at + m[0].length, newText: formatNumber(max) }], safe: false }],
        });
      }
    }
  }
}
