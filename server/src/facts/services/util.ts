import type { Fact, FactKind } from '../types';
import { CHECKED, type Extra } from '../build';

/** A list of values (engines, protocols, tiers...). */
export function list(id: string, label: string, kind: FactKind, values: readonly string[], source: string, extra: Extra = {}): Fact {
  return { id, label, kind, value: { type: 'list', values }, source, checked: CHECKED, ...extra };
}

/** A price in USD (per unit given in the label). */
export function price(id: string, label: string, usd: number, source: string, extra: Extra = {}): Fact {
  return { id, label, kind: 'price', value: { type: 'number', value: usd, unit: 'USD' }, source, checked: CHECKED, ...extra };
}
