/**
 * Which service attribute a quantity ("14 days", "900 s", "512 MB") sets, for the hover. There is one
 * binding: the limit rules' specs (fact id, services, attribute words) and `bindsQuantity` from
 * rules/limit-rule.ts. The hover asks the same function with the same specs, so whenever a limit rule
 * flags a quantity the hover names the same fact, and the hover never claims an attribute no rule
 * would bind. Attributes the hover knows without a rule are written as specs too (`HOVER_ONLY`).
 */
import type { AnalysedContext } from './model';
import type { QuantityMention } from './recognisers/quantities';
import { RULES } from './rules';
import { bindsQuantity, clauseOf, isLimitRule, type AttributeSpec } from './rules/limit-rule';

/** Attributes with a fact and no rule (nothing to flag yet), in the limit rules' spec form. */
const HOVER_ONLY: readonly AttributeSpec[] = [
  { fact: 'sqs.delay', services: ['sqs', 'sqs-fifo'], attribute: /\bdelivery\s+delay\b|\bdelay(?:ed|s)?\b/i },
];

export interface AttributeBinding {
  readonly spec: AttributeSpec;
  /** The limit rule judging this attribute (undefined for `HOVER_ONLY` attributes). */
  readonly ruleId?: string;
}

/** Every attribute a quantity can be bound to: the registered limit rules' specs, then the hover-only ones. */
export const ATTRIBUTE_BINDINGS: readonly AttributeBinding[] = [
  ...RULES.filter(isLimitRule).map((rule) => ({ spec: rule.spec, ruleId: rule.id })),
  ...HOVER_ONLY.map((spec) => ({ spec })),
];

/** The attributes a quantity in `context` sets, as the limit rules bind it (usually none or one). */
export function attributesOf(context: AnalysedContext, quantity: QuantityMention): AttributeBinding[] {
  if (context.kind === 'code') return [];
  const clause = clauseOf(context, quantity);
  if (!clause) return [];
  return ATTRIBUTE_BINDINGS.filter((b) => bindsQuantity(b.spec, context, clause, quantity));
}
