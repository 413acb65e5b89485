/**
 * The fact a name stands for when no resource block says it: a Terraform variable validated against
 * a bound (`message_retention_seconds`, `lambda_timeout`), a named constant in code. Keys come from
 * the IaC attribute table and the pack's `names.iac`; the service must be named by the caller's
 * evidence (a service word in the name, its description, a resource type of the same fence), never
 * guessed from the key alone: `timeout` is many things' setting.
 */
import { SERVICES, getService } from '../../../facts/catalog';
import type { FactUnit } from '../../../facts/types';
import { findServices } from '../services';
import { iacAttributeOf, iacAttributeRows, type IacBinding } from './attributes';
import { normalizeKey } from './types';

/** Seconds or bytes in one unit of a fact (the pack's `names.iac` keys are written in the fact's unit). */
const FACT_UNITS: Partial<Record<FactUnit, number>> = { milliseconds: 0.001, seconds: 1, minutes: 60, hours: 3600, days: 86_400, bytes: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

let byKey: Map<string, IacBinding[]> | undefined;

/** Normalised key → the facts a resource property of that name sets, with service and factor (built once). */
function keyIndex(): Map<string, IacBinding[]> {
  if (byKey) return byKey;
  const index = new Map<string, IacBinding[]>();
  const add = (key: string, binding: IacBinding): void => {
    const list = index.get(key) ?? [];
    if (!list.some((b) => b.fact === binding.fact && b.factor === binding.factor)) list.push(binding);
    index.set(key, list);
  };
  for (const row of iacAttributeRows()) {
    const binding = iacAttributeOf(row.type, { key: row.key, normalizedKey: row.key, raw: '', start: 0, end: 0 });
    if (binding) add(row.key, binding);
  }
  for (const card of SERVICES) {
    for (const fact of card.facts) {
      const v = fact.value;
      const factor = v.type === 'range' || v.type === 'number' ? FACT_UNITS[v.unit] : undefined;
      if (factor === undefined) continue;
      for (const k of fact.names?.iac ?? []) add(normalizeKey(k), { fact: fact.id, service: card.id, factor });
    }
  }
  byKey = index;
  return index;
}

/** Whether the service `id` (or its parent: an SQS FIFO queue is SQS's) is among `services`. */
function named(id: string, services: ReadonlySet<string>): boolean {
  if (services.has(id)) return true;
  for (const s of services) if (getService(s)?.parent === id) return true;
  return false;
}

/** The one fact `key` sets for one of `services`, or undefined when none or several. */
export function factOfKey(key: string, services: ReadonlySet<string>): IacBinding | undefined {
  const found = (keyIndex().get(key) ?? []).filter((b) => named(b.service, services));
  const facts = new Set(found.map((b) => b.fact));
  return facts.size === 1 ? found[0] : undefined;
}

/**
 * The one service whose property `key` is, when every fact the pack and the IaC table give that key
 * belongs to that service (`messageretentionperiod` is only SQS's); undefined for a key several
 * services share (`timeout`, `maximummessagesize`). Callers use it only for keys of several words.
 */
export function soleServiceOfKey(key: string): string | undefined {
  const ids = new Set((keyIndex().get(key) ?? []).map((b) => getService(b.service)?.parent ?? b.service));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Services a short text names (a description, a comment), as ids. */
export function servicesIn(text: string): Set<string> {
  return new Set(findServices(text, 0).map((s) => s.serviceId));
}

/**
 * `lambda_timeout`, `sqs_visibility_timeout_seconds`: a name that starts with a service's name and
 * goes on with a property key of that service. The fact, or undefined.
 */
export function factOfPrefixedName(name: string): IacBinding | undefined {
  const words = name.replace(/[_\-.]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  const first = findServices(words, 0)[0];
  if (!first || first.start !== 0) return undefined;
  const rest = normalizeKey(words.slice(first.end));
  return rest === '' ? undefined : factOfKey(rest, new Set([first.serviceId]));
}
