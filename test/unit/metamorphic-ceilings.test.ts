/**
 * Metamorphic tests generated from the fact pack's value history: for every limit rule whose fact
 * records a former maximum, that figure stated as today's ceiling must be flagged in each form people
 * write a ceiling in, and must stay quiet when the text dates it, plans with it in the first person or
 * reports the change. A new history entry in the pack is covered without a new test.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { boundsOfSpec } from '../../server/src/engine/assertions/quantity-binding';
import { findQuantities } from '../../server/src/engine/recognisers/quantities';
import { RULES } from '../../server/src/engine/rules';
import { isLimitRule, type LimitRule } from '../../server/src/engine/rules/kit/limit-rule';
import { getService, requireFact } from '../../server/src/facts/catalog';

interface Case {
  readonly rule: LimitRule;
  readonly service: string;
  readonly attribute: string;
  readonly former: string;
  readonly year: string;
}

const cases: Case[] = RULES.filter(isLimitRule).flatMap((rule) => {
  const fact = requireFact(rule.spec.fact);
  const bounds = boundsOfSpec(rule.spec);
  const service = getService(rule.spec.services[0] ?? '')?.aliases[0];
  const attribute = fact.label.replace(/^maximum\s+/i, '').toLowerCase();
  if (!service || bounds.max === undefined || !rule.spec.attribute.test(attribute) || rule.spec.requires) return [];
  return (fact.history ?? []).flatMap((h) =>
    findQuantities(h.value, 0)
      .filter((q) => q.dimension === bounds.dimension && q.normalized < (bounds.max ?? 0) * 0.9)
      .slice(0, 1)
      .map((q) => ({ rule, service, attribute, former: h.value.slice(q.start, q.end), year: h.until.slice(0, 4) })),
  );
});

const flaggedBy = (text: string, id: string): string[] =>
  analyzeText(text)
    .findings.filter((f) => f.ruleId === id && f.severity !== 'info')
    .map((f) => text.slice(f.start, f.end));

describe('metamorphic: a former maximum from the history, in every ceiling form', () => {
  it('covers the limit rules whose facts record a former maximum', () => {
    assert.ok(cases.length >= 3, `${cases.length} cases`);
  });

  for (const { rule, service, attribute, former, year } of cases) {
    describe(`${rule.id}: ${former}`, () => {
      const forms = [
        `The ${service} ${attribute} cannot exceed ${former}.`,
        `The largest ${attribute} ${service} allows is ${former}.`,
        `${service} ${attribute}: ${former} max`,
        `${service} has a ${former} ${attribute} limit.`,
        `The ${service} ${attribute} tops out at ${former}.`,
      ];
      for (const text of forms) {
        it(`flags: ${text}`, () => assert.deepEqual(flaggedBy(text, rule.id), [former], text));
      }
      const quiet = [
        `Until ${year}, the ${service} ${attribute} could not exceed ${former}.`,
        `We cap our ${service} ${attribute} at ${former} ourselves.`,
        `${service} raised the ${former} ${attribute} limit in ${year}.`,
      ];
      for (const text of quiet) {
        it(`quiet: ${text}`, () => assert.deepEqual(flaggedBy(text, rule.id), [], text));
      }
    });
  }
});
