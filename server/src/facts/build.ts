import type { Fact, FactUnit, FactKind } from './types';

/** The date the slice facts were last checked against their sources. */
export const CHECKED = '2026-11-27';

export type Extra = Partial<
  Pick<Fact, 'hardLimit' | 'changed' | 'seedLine' | 'detail' | 'checked' | 'history' | 'regional' | 'quota' | 'names' | 'reverified' | 'sourceSection'>
>;

/** A single number with a unit. */
export function num(
  id: string,
  label: string,
  kind: FactKind,
  value: number,
  unit: FactUnit,
  source: string,
  extra: Extra = {},
): Fact {
  return { id, label, kind, value: { type: 'number', value, unit }, source, checked: CHECKED, ...extra };
}

/** An allowed range, optionally with the default AWS uses. */
export function range(
  id: string,
  label: string,
  bounds: { min: number; max: number; default?: number },
  unit: FactUnit,
  source: string,
  extra: Extra = {},
): Fact {
  return { id, label, kind: 'range', value: { type: 'range', ...bounds, unit }, source, checked: CHECKED, ...extra };
}

/** A qualitative statement. */
export function text(id: string, label: string, kind: FactKind, value: string, source: string, extra: Extra = {}): Fact {
  return { id, label, kind, value: { type: 'text', value }, source, checked: CHECKED, ...extra };
}

/** A default port. */
export function port(id: string, label: string, value: number, source: string, extra: Extra = {}): Fact {
  return num(id, label, 'port', value, 'port', source, extra);
}
