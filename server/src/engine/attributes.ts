/**
 * Binding a quantity ("14 days", "900 s", "512 MB") to the service attribute it sets (SQS message
 * retention, Lambda timeout…), so a hover can show the allowed range and default from the fact pack
 * and a rule can compare against the same fact. Attribute words are looked for in the clause around
 * the quantity; the service in the same context, its table header, or its enclosing list items.
 */
import { findFact } from '../facts/catalog';
import type { FactUnit } from '../facts/types';
import type { AnalysedContext } from './model';
import type { QuantityMention } from './recognisers/quantities';

export interface AttributeDef {
  readonly factId: string;
  /** Service ids whose mention makes the attribute apply. */
  readonly services: readonly string[];
  /** Words naming the attribute, searched near the quantity. */
  readonly words: RegExp;
  readonly dimension: QuantityMention['dimension'];
}

/** Attributes a design doc states with a unit. Thresholds live in the facts, not here. */
export const ATTRIBUTES: readonly AttributeDef[] = [
  { factId: 'sqs.retention', services: ['sqs'], words: /\bretention\b|\bretain(?:s|ed)?\b|\bkept\b|\bkeeps?\b|\bstored? for\b/i, dimension: 'duration' },
  { factId: 'sqs.visibility-timeout', services: ['sqs'], words: /\bvisibility\b/i, dimension: 'duration' },
  { factId: 'sqs.receive-wait-time', services: ['sqs'], words: /\blong[- ]?poll(?:ing)?\b|\bwait time\b|\breceive wait\b/i, dimension: 'duration' },
  { factId: 'sqs.delay', services: ['sqs'], words: /\bdelay(?:ed)?\b|\bdelivery delay\b/i, dimension: 'duration' },
  { factId: 'sqs.message-size', services: ['sqs'], words: /\bmessages?\b|\bpayloads?\b/i, dimension: 'size' },
  { factId: 'lambda.timeout', services: ['lambda'], words: /\btime[- ]?outs?\b|\bruns? (?:for )?up to\b|\bexecution (?:time|duration)\b|\bmax(?:imum)? (?:run|execution|duration)\b/i, dimension: 'duration' },
  { factId: 'lambda.memory', services: ['lambda'], words: /\bmemory\b|\bRAM\b/i, dimension: 'size' },
  { factId: 'lambda.ephemeral-storage', services: ['lambda'], words: /\/tmp\b|\bephemeral storage\b/i, dimension: 'size' },
  {
    factId: 'rds.backup-retention',
    services: ['rds', 'postgresql', 'mysql', 'mariadb', 'oracle', 'sqlserver', 'aurora-mysql', 'aurora-postgresql'],
    words: /\bbackups?\b[^.;|]*\bretention\b|\bretention\b[^.;|]*\bbackups?\b|\bbackups?\b[^.;|]*\b(?:kept|retained)\b/i,
    dimension: 'duration',
  },
];

const UNIT_FACTORS: Partial<Record<FactUnit, number>> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86400,
  bytes: 1,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
  TiB: 1024 ** 4,
};

/** A fact's range expressed in the quantity's normalised unit (seconds or bytes). */
export function normalisedRange(factId: string): { min: number; max: number; default?: number } | undefined {
  const fact = findFact(factId);
  if (!fact || fact.value.type !== 'range') return undefined;
  const factor = UNIT_FACTORS[fact.value.unit];
  if (factor === undefined) return undefined;
  const { min, max } = fact.value;
  return { min: min * factor, max: max * factor, default: fact.value.default === undefined ? undefined : fact.value.default * factor };
}

/** The clause around a quantity: from the previous ; | or sentence mark to the next one. */
function clause(context: AnalysedContext, quantity: QuantityMention): string {
  const text = context.text;
  const from = Math.max(0, ...[';', '|', '\n', '. '].map((c) => text.lastIndexOf(c, quantity.start - context.start - 1) + 1));
  const ends = [';', '|', '\n', '. '].map((c) => text.indexOf(c, quantity.end - context.start)).filter((i) => i >= 0);
  return text.slice(from, ends.length ? Math.min(...ends) : text.length);
}

function servicesInScope(context: AnalysedContext): Set<string> {
  const ids = new Set(context.services.map((s) => s.serviceId));
  for (const s of context.headerServices) ids.add(s.serviceId);
  return ids;
}

/** The attribute a quantity sets, if the context says which one. */
export function bindQuantity(context: AnalysedContext, quantity: QuantityMention, parentServices: ReadonlySet<string> = new Set()): AttributeDef | undefined {
  const services = servicesInScope(context);
  for (const id of parentServices) services.add(id);
  const near = clause(context, quantity);
  const header = context.header?.map((h) => h.text).join(' ') ?? '';
  const candidates = ATTRIBUTES.filter((a) => a.dimension === quantity.dimension && a.services.some((s) => services.has(s)));
  return candidates.find((a) => a.words.test(near)) ?? candidates.find((a) => header !== '' && a.words.test(header));
}
