/**
 * The fact pack: every service card, and indexes over them. Rules and hovers read from here only.
 */
import type { Fact, ServiceCard } from './types';
import { withReverification } from './reverification';
import { withCountedNouns } from './counted-nouns';
import { withUnverifiedPrice } from './unverified-prices';
import { withFormerCeiling } from './former-ceilings';
import { vpc } from './services/vpc';
import * as sqsCards from './services/sqs';
import * as lambdaCards from './services/lambda';
import * as rdsCards from './services/rds';
import * as networking from './services/networking';
import * as compute from './services/compute';
import * as s3Cards from './services/s3';
import * as storage from './services/storage';
import * as database from './services/database';
import * as messaging from './services/messaging';
import * as edge from './services/edge';
import * as containers from './services/containers';
import * as elb from './services/elb';
import * as analytics from './services/analytics';
import * as security from './services/security';
import * as management from './services/management';
import * as ml from './services/ml';
import * as apps from './services/apps';
import * as migration from './services/migration';
import * as xRulesPorts from './services/x-rules-ports';
import { lifecycleCards } from './services/lifecycle';
import * as ipv6 from './services/ipv6';

export const FACT_PACK_VERSION = '2026.12.08.3';

/** Every card a family module exports (each `services/*.ts` module exports only ServiceCards). */
function cardsOf(module: Readonly<Record<string, ServiceCard>>): ServiceCard[] {
  return Object.values(module);
}

/** A card with the 2026-12 re-verification applied to its facts (reverification.ts), unconfirmed prices marked (unverified-prices.ts). */
function reverified(card: ServiceCard): ServiceCard {
  return { ...card, facts: card.facts.map((fact) => withFormerCeiling(withCountedNouns(withUnverifiedPrice(withReverification(fact))))) };
}

export const SERVICES: readonly ServiceCard[] = ([
  vpc,
  ...cardsOf(sqsCards),
  ...cardsOf(lambdaCards),
  ...cardsOf(rdsCards),
  ...cardsOf(networking),
  ...cardsOf(compute),
  ...cardsOf(s3Cards),
  ...cardsOf(storage),
  ...cardsOf(database),
  ...cardsOf(messaging),
  ...cardsOf(edge),
  ...cardsOf(containers),
  ...cardsOf(elb),
  ...cardsOf(analytics),
  ...cardsOf(security),
  ...cardsOf(management),
  ...cardsOf(ml),
  ...cardsOf(apps),
  ...cardsOf(migration),
  ...cardsOf(xRulesPorts),
  ...lifecycleCards,
  ...cardsOf(ipv6),
] satisfies ServiceCard[]).map(reverified);

const serviceById = new Map<string, ServiceCard>();
const factById = new Map<string, { fact: Fact; service: ServiceCard }>();
for (const service of SERVICES) {
  if (serviceById.has(service.id)) throw new Error(`duplicate service id ${service.id}`);
  serviceById.set(service.id, service);
  for (const fact of service.facts) {
    if (factById.has(fact.id)) throw new Error(`duplicate fact id ${fact.id}`);
    factById.set(fact.id, { fact, service });
  }
}

/** A card's former names, dated and undated (a month only where an AWS page dates the rename). */
export function formerNamesOf(card: ServiceCard): ReadonlyArray<{ readonly name: string; readonly until?: string }> {
  return [...(card.formerNames ?? []), ...(card.formerNamesUndated ?? [])];
}

/** How documents write a former name: lower-case, with either vendor prefix or none ("AWS Elasticsearch Service"). */
export function formerNameSpellings(name: string): string[] {
  const full = name.toLowerCase();
  const short = full.replace(/^(?:amazon|aws)\s+/, '');
  return [full, short, `amazon ${short}`, `aws ${short}`];
}

export function getService(id: string): ServiceCard | undefined {
  return serviceById.get(id);
}

export function findFact(id: string): Fact | undefined {
  return factById.get(id)?.fact;
}

/** A fact a rule depends on: a missing one is a programming error, caught by the tests. */
export function requireFact(id: string): Fact {
  const entry = factById.get(id);
  if (!entry) throw new Error(`fact ${id} is not in the fact pack`);
  return entry.fact;
}

export function serviceOfFact(id: string): ServiceCard | undefined {
  return factById.get(id)?.service;
}

/** Numeric bounds of a range fact; throws if the fact is not a range. */
export function rangeOf(id: string): { min: number; max: number; default?: number; unit: string } {
  const value = requireFact(id).value;
  if (value.type !== 'range') throw new Error(`fact ${id} is not a range`);
  return value;
}

/** The default port of a service (engine, cache, protocol), if the pack knows one. */
export function defaultPortOf(serviceId: string): { port: number; fact: Fact } | undefined {
  const fact = serviceById.get(serviceId)?.facts.find((f) => f.kind === 'port' && f.id.endsWith('.default-port'));
  if (!fact || fact.value.type !== 'number') return undefined;
  return { port: fact.value.value, fact };
}

/** Every service whose default port is `port`. */
export function servicesWithDefaultPort(port: number): ServiceCard[] {
  return SERVICES.filter((s) => defaultPortOf(s.id)?.port === port);
}
