/**
 * Every attribute a quantity can set, as a spec (fact, services, attribute words, IaC keys). Limit
 * rules register theirs when they are built (`limitRule`), a rule with its own judgement registers
 * its spec itself, and attributes the hover knows without a rule are listed here. Assertions are
 * extracted over this one registry, so no rule can bind a quantity that the hover does not see.
 */
import type { AttributeSpec } from './quantity-binding';

export interface RegisteredAttribute {
  readonly spec: AttributeSpec;
  /** The rule that judges this attribute (undefined: the hover shows it, nothing flags it). */
  readonly ruleId?: string;
}

const registered: RegisteredAttribute[] = [
  { spec: { fact: 'sqs.delay', services: ['sqs', 'sqs-fifo'], attribute: /\bdelivery\s+delay\b|\bdelay(?:ed|s)?\b/i } },
];

/** Adds a rule's attribute (once per rule id: a module evaluated twice must not add it twice). */
export function registerAttribute(spec: AttributeSpec, ruleId: string): void {
  if (registered.some((r) => r.ruleId === ruleId && r.spec.fact === spec.fact)) return;
  // Rules first, so a rule's binding is found before a hover-only one of the same fact.
  const firstHoverOnly = registered.findIndex((r) => r.ruleId === undefined);
  registered.splice(firstHoverOnly < 0 ? registered.length : firstHoverOnly, 0, { spec, ruleId });
}

export function registeredAttributes(): readonly RegisteredAttribute[] {
  return registered;
}
