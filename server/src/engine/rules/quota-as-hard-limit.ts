import { formatNumber } from '../util/format';
import { requireFact } from '../../facts/catalog';
import { findClaims } from './kit/claims';
import type { ContextRule } from './kit/types';
import { SPELLED_NUMBER, numberValue } from '../util/number-words';
import { SERVICES } from '../../facts/catalog';
import { clauses, type Clause } from '../parse/clauses';
import { nounsPattern } from '../util/text';
import { nearestParentServices, saysHistory } from './kit/helpers';
import type { AnalyzedContext } from '../model/document-model';
import type { FindingDraft } from './kit/types';

interface QuotaClaim {
  readonly fact: string;
  /** A pack quota's service, which must be named in the statement, its table header or its parents. */
  readonly service?: string;
  /** The counted noun, right after the number. */
  readonly noun: RegExp;
  /** Where the quota can go, for the message. */
  readonly raise: string;
}

const QUOTAS: readonly QuotaClaim[] = [
  { fact: 'vpc.per-region', noun: /VPCs?\b/, raise: 'it can be raised through Service Quotas' },
  { fact: 'vpc.ipv4-cidrs-per-vpc', noun: /(?:IPv4\s+|IP\s+)?CIDR(?:s|\s+blocks?|\s+ranges?)?\b/, raise: 'it can be raised to 50' },
  { fact: 'ec2.elastic-ips', noun: /(?:Elastic IP(?:s| addresses)?|EIPs?)\b/, raise: 'it can be raised through Service Quotas' },
  { fact: 'lambda.concurrency', noun: /concurrent (?:executions|invocations|Lambda(?: functions)?)\b|(?:Lambda\s+)?concurrency\b/, raise: 'it can be raised to tens of thousands through Service Quotas' },
  { fact: 'vpc-peering.per-vpc', noun: /(?:active\s+)?(?:VPC\s+)?peering(?:\s+connections?)?\b|peers\b/, raise: 'it can be raised to 125' },
];

/**
 * Adjustable quotas the fact pack gives counted nouns ("tables per Region", "rules per security group"),
 * read only where the clause says the number cannot move, and only with their service named nearby
 * (their nouns are plainer than "VPCs").
 */
function packQuotas(): QuotaClaim[] {
  const out: QuotaClaim[] = [];
  for (const card of SERVICES) {
    for (const fact of card.facts) {
      const nouns = fact.names?.counted;
      if (fact.hardLimit !== false || !nouns || nouns.length === 0 || QUOTAS.some((q) => q.fact === fact.id)) continue;
      out.push({ fact: fact.id, noun: new RegExp(`(?:${nounsPattern(nouns)})\\b`), raise: 'it can be raised through Service Quotas', service: card.id });
    }
  }
  return out;
}

/**
 * The clause says the number cannot move: "a hard limit", "cannot be raised", "AWS will not raise it",
 * "not adjustable", "no way to go higher". Stronger than calling a quota a maximum, so a warning.
 */
const HARD_CLAIM =
  /\bhard\s+(?:limit|cap|ceiling|maximum|quota)\b|\b(?:cannot|can't|can\s?not|could\s+not|won't|will\s+not)\s+(?:be\s+)?(?:raised|increased|lifted|adjusted|extended)\b|\b(?:AWS|they|support)\s+(?:will\s+not|won't|does\s+not|doesn't|cannot|can't)\s+(?:raise|increase|lift)\b|\bnot\s+(?:adjustable|raisable|increasable)\b|\bno\s+way\s+to\s+(?:go\s+higher|raise\s+it|increase\s+it)\b/i;
/** The hardness denied ("not a hard limit", "isn't a hard cap"), or a soft limit named. */
const NOT_HARD = /\b(?:not|isn't|aren't|no|never)\s+(?:a\s+|an\s+)?hard\b|\bsoft\s+limit\b/i;

/** The limits notes write out in words ('allows only five VPCs'). */
// Whitespace runs are bounded ({1,16}): two adjacent unbounded runs backtracked quadratically on a
// long run of tabs after a cue ('allow only' + 60,000 tabs: 11.5 s, probe D10).
const CUE = String.raw`\b(?:a\s{1,16})?(?:maximum\s{1,16}of|max(?:imum)?(?:\s{1,16}of)?|limit(?:ed)?\s{1,16}(?:of|to)|hard\s{1,16}limit\s{1,16}of|restriction\s{1,16}of|up\s{1,16}to|at\s{1,16}most|only|no\s{1,16}more\s{1,16}than|cap(?:ped)?\s{1,16}(?:of|at)|cannot\s{1,16}(?:have|create|exceed)\s{1,16}(?:more\s{1,16}than\s{1,16})?|can't\s{1,16}(?:have|create)\s{1,16}more\s{1,16}than|allows?\s{1,16}(?:a\s{1,16}maximum\s{1,16}of\s{1,16}|only\s{1,16})?)\s{0,16}`;
/** "unless raised", "until increased", "can be lifted": the text knows the number moves. */
const SOFT = /\bdefault\b|\bsoft\b|\badjustable\b|\bquotas?\b|(?<!\b(?:not|never|cannot|can't|won't)\s+(?:be\s+)?)\b(?:raise[sd]?|raising|raisable|increase[sd]?|increasing|increasable|lift(?:ed)?|bump(?:ed)?)\b|\brequest(?:ed)?\b|\bService Quotas\b|\bsupport (?:case|ticket)\b/i;

/** At most two words between a number and its noun, none that makes the noun a divisor ("5 per VPC"). */
const NOUN_GAP = String.raw`(?:(?!(?:per|each|every|a|an|in|for)\b)\w+\s{1,16}){0,2}?`;

/** A count (digits or words, captured) and the quota's noun after it: "5 VPCs", "five Elastic IPs". */
function countThenNoun(quota: QuotaClaim): string {
  return String.raw`(\d{1,3}(?:,\d{3})*|${SPELLED_NUMBER})\s{1,16}${NOUN_GAP}(?:${quota.noun.source})`;
}

let compiled: Array<{ quota: (typeof QUOTAS)[number]; re: RegExp }> | undefined;

/** One pattern per quota, compiled once (building them per context was a profile hotspot). */
function quotaPatterns(): Array<{ quota: (typeof QUOTAS)[number]; re: RegExp }> {
  compiled ??= QUOTAS.map((quota) => ({
    quota,
    re: new RegExp(`${CUE}${countThenNoun(quota)}`, 'i'),
  }));
  return compiled;
}

export const quotaAsHardLimit: ContextRule = {
  id: 'quota-as-hard-limit',
  scope: 'context',
  cue: { words: ['vpc', 'ip', 'cidr', 'elastic', 'eip', 'concurren', 'lambda', 'hard', 'raise', 'raised', 'adjustable', 'increased', 'higher', 'peering'] },
  description: 'A default, adjustable quota stated as a hard maximum ("a maximum of 5 VPCs per Region").',
  rationale:
    '5 VPCs per Region, 5 IPv4 CIDR blocks per VPC, 5 Elastic IPs per Region and 1,000 concurrent Lambda executions are default quotas, ' +
    'not limits: Service Quotas raises them (CIDR blocks per VPC up to 50). Designs that split workloads or accounts "because of the limit" ' +
    'may not need to. Text that says default, soft, quota or adjustable is left alone.',
  severity: 'info',
  category: 'limits',
  facts: QUOTAS.map((q) => q.fact),
  fixable: false,
  examples: {
    flag: [
      { text: 'Each AWS region can accommodate a maximum of 5 VPCs.', flagged: ['a maximum of 5 VPCs'] },
      { text: 'Each VPC can have up to 5 CIDR blocks.', flagged: ['up to 5 CIDR blocks'] },
      // Said to be fixed ("cannot be raised", "a hard limit"): a warning on the number.
      { text: 'A region holds at most 5 VPCs and that number cannot be raised.', flagged: ['5'] },
      { text: '- 5 VPCs per Region per account — this is a hard limit, so sandboxes share one VPC.', flagged: ['5'] },
      { text: 'Peering connections per VPC: hard limit of 50, so large meshes need Transit Gateway.', flagged: ['50'] },
      { text: 'Secondary CIDR blocks: up to 5 per VPC, no way to go higher.', flagged: ['5'] },
      { text: 'DynamoDB allows 2,500 tables per Region and AWS will not raise it.', flagged: ['2,500'] },
      { text: 'AWS allows a maximum of five Elastic IPs per account.', flagged: ['allows a maximum of five Elastic IPs'] },
      // The quota in one clause, its hardness in the next, pointing back.
      { text: 'You can have 5 VPCs per Region; this is a hard limit.', flagged: ['5'] },
      { text: 'We need 1,200 concurrent Lambda executions; the account limit of 1,000 is hard and cannot be raised.', flagged: ['1,000'] },
      // Reported, with the figure repeated instead of "this".
      { text: 'Asked AWS to lift Lambda concurrency above 1,000; support says 1,000 is a hard limit.', flagged: ['1,000'] },
      { text: 'We asked AWS to raise Lambda concurrency above 1,000, but support told us it is a hard limit.', flagged: ['1,000'] },
    ],
    pass: [
      'The default quota is 5 VPCs per Region (adjustable via Service Quotas).',
      'Each VPC has 2 CIDR blocks.',
      'We reserve up to 5 Elastic IPs for the partners, after a quota increase to 20.',
      '- Account limit: a maximum of 5 VPCs per region unless raised; ours is 40.',
      'Each VPC takes at most 5 CIDR blocks until increased through a support case.',
      'The default is 5 VPCs per Region; it is not a hard limit.',
      '5 VPCs per Region is a soft limit that Service Quotas raises.',
      'We run 2,500 tables per Region; the table count cannot be raised by us, only by AWS Support.',
      'A Lambda function can use 5 layers, a hard limit.',
      // The hard clause is about something else than the count before it.
      'We run 5 VPCs in this account; Transit Gateway attachments cannot be raised past the quota.',
      'We run 5 VPCs in this account; 5 subnets per VPC is our own hard limit for the landing zone.',
    ],
  },
  check(context, report) {
    const hard = hardClaims(context);
    for (const draft of hard) report(draft);
    for (const { quota, re } of quotaPatterns()) {
      const value = quotaValue(quota.fact);
      if (value === undefined) continue;
      for (const claim of findClaims(context, re, { excludes: SOFT })) {
        const m = re.exec(context.text.slice(claim.start - context.start, claim.end - context.start));
        const raw = m?.[1] ?? '';
        const n = numberValue(raw);
        if (n !== value) continue;
        const fact = requireFact(quota.fact);
        if (hard.some((h) => h.start < claim.end && claim.start < h.end)) continue;
        report({
          start: claim.start,
          end: claim.end,
          factIds: [quota.fact],
          message: defaultQuotaMessage(quota, value),
        });
      }
    }
  },
};

/** A figure as a quota states it ("5", "1,000"), captured; not part of a longer number or a percentage. */
const QUOTA_NUMBER = String.raw`(?<![\w.,])(\d{1,3}(?:,\d{3})*)(?![\w.,]\d|\s*%)`;

interface HardQuotaPatterns {
  readonly quota: QuotaClaim;
  readonly before: RegExp;
  readonly after: RegExp;
  /** The quota's noun anywhere in a text (case-insensitive). */
  readonly noun: RegExp;
}

let hardPatterns: HardQuotaPatterns[] | undefined;

/** Per quota: the number then its noun ("5 VPCs"), and the noun as a label then the number ("Peering connections per VPC: hard limit of 50"). */
function hardQuotaPatterns(): HardQuotaPatterns[] {
  hardPatterns ??= [...QUOTAS, ...packQuotas()].map((quota) => ({
    quota,
    before: new RegExp(String.raw`(?<![\w.,])${countThenNoun(quota)}`, 'gi'),
    after: new RegExp(String.raw`(?:${quota.noun.source})[^.;\d]{0,48}?${QUOTA_NUMBER}`, 'gi'),
    noun: new RegExp(quota.noun.source, 'i'),
  }));
  return hardPatterns;
}

/** The quota's default: its value, or a range's default. */
function quotaValue(id: string): number | undefined {
  const v = requireFact(id).value;
  return v.type === 'number' ? v.value : v.type === 'range' ? (v.default ?? v.min) : undefined;
}

/** "5 VPCs per Region — this is a hard limit": an adjustable quota's default said to be fixed. A warning. */
function hardClaims(context: AnalyzedContext): FindingDraft[] {
  if (context.kind === 'code' || !HARD_CLAIM.test(context.text)) return [];
  const out: FindingDraft[] = [];
  const named = new Set([...context.services, ...context.headerServices, ...nearestParentServices(context)].map((s) => s.serviceId));
  const all = clauses(context);
  all.forEach((clause, i) => {
    const text = clause.text;
    if (!HARD_CLAIM.test(text) || NOT_HARD.test(text) || saysHistory(text) || clause.question || clause.rejected) return;
    const found = out.length;
    for (const { quota, before, after } of hardQuotaPatterns()) {
      if (quota.service !== undefined && !named.has(quota.service)) continue;
      const value = quotaValue(quota.fact);
      if (value === undefined) continue;
      for (const re of [before, after]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const raw = m[1] ?? '';
          if (numberValue(raw) !== value) continue;
          pushHard(out, quota, clause.start + m.index + m[0].lastIndexOf(raw), raw, value);
        }
      }
    }
    // The quota named in the clause before, the hardness in this one: "You can have 5 VPCs per Region;
    // this is a hard limit", "We need 1,200 concurrent executions; the account limit of 1,000 is hard".
    const previous = all[i - 1];
    if (out.length === found && previous && !previous.rejected && !previous.question && !NOT_HARD.test(previous.text)) hardAcrossClauses(previous, clause, named, out);
  });
  return out;
}

function pushHard(out: FindingDraft[], quota: QuotaClaim, at: number, raw: string, value: number): void {
  if (out.some((d) => d.start === at)) return;
  out.push({ start: at, end: at + raw.length, severity: 'warning', factIds: [quota.fact], message: defaultQuotaMessage(quota, value) });
}

/** What every finding of this rule says: the figure is the quota's default, and where it can go. */
function defaultQuotaMessage(quota: QuotaClaim, value: number): string {
  return `${requireFact(quota.fact).label}: ${formatNumber(value)} is the default quota, not a hard limit; ${quota.raise}.`;
}

const NUMBER_IN_CLAUSE = new RegExp(QUOTA_NUMBER, 'g');

/** A hard clause that points back at the clause before: "this is a hard limit", "the account limit of 1,000 is hard". */
const POINTS_BACK = /^[\s,*_(]*(?:(?:and|but|so)\s+)?(?:this|that|it|which|the\s+(?:(?:account|regional|per-Region|default|same)\s+)?(?:limit|quota|cap|number|figure|ceiling|maximum))\b/i;

/** Who said it, before what was said: "support says", "AWS told us that", "we were told". */
const REPORTED = /^[\s,*_(]*(?:(?:and|but|so)\s+)?(?:(?:AWS\s+|the\s+)?support|AWS|(?:our|the)\s+(?:TAM|account\s+team|SA)|they|we\s+were\s+told|we\s+(?:heard|learned))\b(?:\s+(?:says?|said|told\s+us|confirmed|replied|answered|claims?|explained|insists?))?\s+(?:that\s+)?/i;
/** A clause that opens with a figure: "1,000 is a hard limit". */
const OPENS_WITH_NUMBER = new RegExp(`^[\\s*_(]*${QUOTA_NUMBER}`);

/**
 * The hard clause speaks of the quota of the clause before: it points back ("this is a hard limit"),
 * or repeats that clause's figure ("Asked AWS to lift concurrency above 1,000; support says 1,000 is a
 * hard limit"), after whoever is reported to have said it.
 */
function speaksOfPrevious(previous: Clause, hard: Clause): boolean {
  const said = hard.text.replace(REPORTED, '');
  if (POINTS_BACK.test(said)) return true;
  const figure = OPENS_WITH_NUMBER.exec(said)?.[1];
  return figure !== undefined && [...previous.text.matchAll(NUMBER_IN_CLAUSE)].some((m) => m[1] === figure);
}

/**
 * A number in the hard clause, or else the only count in the clause before, that is the quota's default,
 * with the quota's noun in the clause before.
 */
function hardAcrossClauses(previous: Clause, hard: Clause, named: ReadonlySet<string>, out: FindingDraft[]): void {
  if (!speaksOfPrevious(previous, hard)) return;
  const own = [...hard.text.matchAll(NUMBER_IN_CLAUSE)];
  for (const { quota, before, after, noun } of hardQuotaPatterns()) {
    if (quota.service !== undefined && !named.has(quota.service)) continue;
    const value = quotaValue(quota.fact);
    if (value === undefined) continue;
    if (!noun.test(previous.text)) continue;
    if (own.length > 0) {
      // "…; the account limit of 1,000 is hard": the hard clause's own number, when it is the default.
      if (own.length !== 1) continue;
      const m = own[0];
      const raw = m?.[1] ?? '';
      if (m && numberValue(raw) === value) pushHard(out, quota, hard.start + (m.index ?? 0), raw, value);
      continue;
    }
    // "5 VPCs per Region; this is a hard limit", "lift concurrency above 1,000, but it is a hard limit":
    // the count of the clause before, before or after its noun.
    const ahead = [...previous.text.matchAll(before)];
    const counts = ahead.length > 0 ? ahead : [...previous.text.matchAll(after)];
    if (counts.length !== 1) continue;
    const m = counts[0];
    const raw = m?.[1] ?? '';
    if (m && numberValue(raw) === value) pushHard(out, quota, previous.start + (m.index ?? 0) + m[0].lastIndexOf(raw), raw, value);
  }
}
