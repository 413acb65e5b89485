/**
 * AWS service and feature names, found with one combined regex built from every alias in the fact
 * pack (longest first), as measured in perf-baseline.md: one pass instead of a loop over terms.
 */
import { SERVICES } from '../../facts/catalog';
import type { ServiceCard } from '../../facts/types';
import { escapeRegExp } from '../util/text';

export interface ServiceMention {
  readonly start: number;
  readonly end: number;
  readonly serviceId: string;
  readonly text: string;
}

interface AliasEntry {
  readonly alias: string;
  readonly service: ServiceCard;
  /** An ordinary English word: needs AWS context. */
  readonly ambiguous: boolean;
  /** A generic technical word: names the service only next to another name of it (or of its parent). */
  readonly contextual: boolean;
}

interface Matcher {
  readonly re: RegExp;
  readonly byLower: Map<string, AliasEntry[]>;
}

let matcher: Matcher | undefined;

function build(): Matcher {
  const byLower = new Map<string, AliasEntry[]>();
  const add = (alias: string, service: ServiceCard, ambiguous: boolean): void => {
    const key = alias.toLowerCase();
    const list = byLower.get(key) ?? [];
    list.push({ alias, service, ambiguous, contextual: service.contextualAliases?.includes(alias) ?? false });
    byLower.set(key, list);
  };
  for (const service of SERVICES) {
    for (const alias of service.aliases) add(alias, service, false);
    for (const alias of service.ambiguousAliases ?? []) add(alias, service, true);
  }
  const keys = [...byLower.keys()].sort((a, b) => b.length - a.length);
  // Plain spaces keep the alternation literal (a character class per space made it ~20× slower);
  // findServices scans a copy with no-break spaces and tabs turned into spaces instead.
  const body = keys.map((k) => escapeRegExp(k)).join('|');
  return { re: new RegExp(`(?<![\\w-])(?:${body})(?![\\w]|-(?=\\w))`, 'gi'), byLower };
}

function getMatcher(): Matcher {
  matcher ??= build();
  return matcher;
}

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/(?<![*_`"'(\[#>\-\s|])[*_`"'(\[#>\-\s|]+$/u, '');
  return before === '' || /[.!?:]$/.test(before);
}

/**
 * Names people type in lower case in chat, commit messages and terse notes ("sqs msgs cap at 256kb",
 * "lambda maxes out at 15 min") that mean nothing else there: service acronyms and coined names.
 * Not concept acronyms ("dr", "sg", "fifo"), chat words ("dms") or dictionary words ("glue", "aurora").
 */
const LOWER_CASE_NAMES = new Set([
  'sqs', 'sns', 'ec2', 's3', 'rds', 'ebs', 'efs', 'ecs', 'eks', 'ecr', 'emr', 'msk', 'kms', 'iam', 'vpc', 'tgw', 'nacl', 'alb', 'nlb', 'elb',
  'dynamodb', 'ddb', 'docdb', 'documentdb', 'memorydb', 'elasticache', 'eventbridge', 'cloudfront', 'cloudwatch', 'cloudtrail',
  'cloudformation', 'opensearch', 'guardduty', 'sagemaker', 'codecommit', 'datasync', 'quicksight', 'apigw', 'api gw',
  'kinesis', 'lambda', 'fargate', 'redshift', 'cognito', 'route53', 'route 53',
]);

function accept(entry: AliasEntry, written: string, text: string, index: number): boolean {
  const hasCapital = /[A-Z]/.test(entry.alias);
  const spaced = written.replace(/\s+/g, ' ');
  const caseOk = !hasCapital || spaced === entry.alias || (spaced === spaced.toLowerCase() && LOWER_CASE_NAMES.has(spaced));
  if (!caseOk) return false;
  if (!entry.ambiguous) return true;
  // "Glue", "Config", "Backup": only with an AWS/Amazon prefix right before, or capitalised mid-sentence.
  if (/(?:AWS|Amazon)\s+$/.test(text.slice(Math.max(0, index - 8), index))) return true;
  return hasCapital && !atSentenceStart(text, index);
}

/** The longest alias that is a proper prefix of `written` (ending where an alias may end) and is accepted there. */
function shorterAlias(byLower: Map<string, AliasEntry[]>, scan: string, index: number, written: string): { written: string; entry: AliasEntry } | undefined {
  for (let cut = written.length - 1; cut > 0; cut--) {
    const next = scan.charAt(index + cut);
    if (/\w/.test(next) || (next === '-' && /\w/.test(scan.charAt(index + cut + 1)))) continue;
    const prefix = written.slice(0, cut);
    if (/\s$/.test(prefix)) continue;
    const entry = (byLower.get(prefix.toLowerCase()) ?? []).find((e) => accept(e, prefix, scan, index));
    if (entry) return { written: prefix, entry };
  }
  return undefined;
}

const PARENTS = new Map(SERVICES.map((s) => [s.id, s.parent]));
/** Cards of an architecture concept, not a service ("DR", "pilot light"): never a rival subject to a service. */
const CONCEPTS = new Set(SERVICES.filter((s) => s.category === 'Architecture').map((s) => s.id));

/**
 * Mentions that only hold in their company: a generic word ("health check", "Spark") is kept when the
 * text names its service or that service's parent by another alias; a bare engine word ("MySQL") is
 * dropped when the text names a card that claims it as its own engine ("Aurora MySQL").
 */
function inContext(found: ReadonlyArray<{ mention: ServiceMention; entry: AliasEntry }>): ServiceMention[] {
  const named = new Set<string>();
  const engineWords = new Set<string>();
  for (const { entry } of found) {
    if (entry.contextual) continue;
    named.add(entry.service.id);
    for (const word of entry.service.engineWords ?? []) engineWords.add(word.toLowerCase());
  }
  return found
    .filter(({ mention, entry }) => {
      if (entry.contextual) return named.has(entry.service.id) || named.has(PARENTS.get(entry.service.id) ?? '');
      return !engineWords.has(mention.text.replace(/\s+/g, ' ').toLowerCase());
    })
    .map(({ mention }) => mention);
}

/**
 * The services a text names, a parent named beside its own child left out: "EBS gp3" is about gp3,
 * "Amazon RDS for PostgreSQL (RDS)" about RDS for PostgreSQL, and a concept named beside a service
 * ("DR") left out too. A text naming two unrelated services keeps both.
 */
export function mostSpecific(ids: ReadonlySet<string>): Set<string> {
  const out = new Set(ids);
  for (const id of ids) {
    for (let parent = PARENTS.get(id); parent !== undefined; parent = PARENTS.get(parent)) out.delete(parent);
  }
  // "Aurora Global Database for DR": the service is the subject; the concept names what it is for.
  if ([...out].some((id) => !CONCEPTS.has(id))) for (const id of CONCEPTS) out.delete(id);
  return out;
}

/** Service mentions in `text` (a context's text), offsets shifted by `base`. */
export function findServices(text: string, base: number): ServiceMention[] {
  const { re, byLower } = getMatcher();
  const found: Array<{ mention: ServiceMention; entry: AliasEntry }> = [];
  let special = false;
  // Same length as `text`, so offsets carry over unchanged.
  const scan = /[\u00a0\t]/.test(text) ? text.replace(/[\u00a0\t]/g, ' ') : text;
  re.lastIndex = 0;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    let written = m[0];
    let entry = (byLower.get(written.toLowerCase()) ?? []).find((e) => accept(e, written, scan, m.index));
    if (!entry) {
      // "S3 versioning": the longest alias ("S3 Versioning") is refused on case, but a shorter one at the
      // same place ("S3") may hold. The regex took the longest, so try the shorter ones here.
      const shorter = shorterAlias(byLower, scan, m.index, written);
      if (!shorter) continue;
      ({ written, entry } = shorter);
      re.lastIndex = m.index + written.length;
    }
    found.push({ mention: { start: base + m.index, end: base + m.index + written.length, serviceId: entry.service.id, text: text.slice(m.index, m.index + written.length) }, entry });
    if (entry.contextual || entry.service.engineWords) special = true;
  }
  return special ? inContext(found) : found.map((f) => f.mention);
}
