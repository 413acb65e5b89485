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
import { registeredAttributes } from '../../server/src/engine/assertions/registry';
import '../../server/src/engine/rules';
import { getService, requireFact } from '../../server/src/facts/catalog';

interface Case {
  readonly rule: { readonly id: string };
  readonly service: string;
  readonly attribute: string;
  readonly former: string;
  readonly year: string;
}

/**
 * Every attribute a rule judges (the hand-written limit rules and each fact of `stated-limit`), so a
 * history entry added to any judged fact is covered. A former maximum that is today's default is left
 * out: "up to 256 KiB" is then still what a topic accepts unless it is configured otherwise.
 */
const cases: Case[] = registeredAttributes().flatMap(({ spec, ruleId }) => {
  if (ruleId === undefined) return [];
  const fact = requireFact(spec.fact);
  const bounds = boundsOfSpec(spec);
  const service = getService(spec.services[0] ?? '')?.aliases[0];
  const attribute = fact.label.replace(/^maximum\s+/i, '').replace(/\s*\(.*\)\s*/g, ' ').trim().toLowerCase();
  if (!service || bounds.max === undefined || !spec.attribute.test(attribute) || spec.requires) return [];
  return (fact.history ?? []).flatMap((h) =>
    findQuantities(h.value, 0)
      .filter((q) => q.dimension === bounds.dimension && q.normalized < (bounds.max ?? 0) * 0.9)
      .filter((q) => bounds.default === undefined || Math.abs(q.normalized - bounds.default) > bounds.default * 0.01)
      .slice(0, 1)
      .map((q) => ({ rule: { id: ruleId }, service, attribute, former: h.value.slice(q.start, q.end), year: h.until.slice(0, 4) })),
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
