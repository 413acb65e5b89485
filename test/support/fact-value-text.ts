/** A fact's value as one string, for audit tests that match words in it. */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';

export function valueText(id: string): string {
  const value = findFact(id)?.value;
  assert.ok(value, `${id} is in the pack`);
  if (value.type === 'text') return value.value;
  if (value.type === 'list') return value.values.join('; ');
  return value.type === 'number' ? `${value.value} ${value.unit}` : `${value.min}..${value.max} ${value.unit}`;
}
