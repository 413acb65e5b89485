/**
 * Metamorphic tests generated from the fact pack (issue 12): for every limit rule, a statement of a
 * value above the fact's maximum is written several ways. Moving the subject to a heading, a plain
 * title line, a parent list item or a table must keep the finding (at most a warning when the
 * subject is inherited); negating it, marking it historical, asking it or contrasting it must drop it.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { boundsOfSpec, describe as describeValue } from '../../server/src/engine/assertions/quantity-binding';
import { RULES } from '../../server/src/engine/rules';
import { isLimitRule, type LimitRule } from '../../server/src/engine/rules/kit/limit-rule';
import { getService, requireFact } from '../../server/src/facts/catalog';

/** A value well above the maximum, written as the rules' messages write values ("30 days", "2 MiB"). */
function overValue(rule: LimitRule): string | undefined {
  const bounds = boundsOfSpec(rule.spec);
  if (bounds.max === undefined || rule.spec.exact) return undefined;
  return describeValue(bounds.max * 4, bounds.dimension);
}

interface Case {
  readonly rule: LimitRule;
  readonly service: string;
  readonly attribute: string;
  readonly value: string;
}

const cases: Case[] = RULES.filter(isLimitRule).flatMap((rule) => {
  const fact = requireFact(rule.spec.fact);
  const service = getService(rule.spec.services[0] ?? '')?.aliases[0];
  const value = overValue(rule);
  // The fact's own label as the attribute, when the rule's attribute words accept it and nothing else is required.
  if (!service || !value || !rule.spec.attribute.test(fact.label) || rule.spec.requires || rule.spec.notInClause) return [];
  return [{ rule, service, attribute: fact.label, value }];
});

const findingsOf = (text: string, id: string): Array<{ severity: string; text: string }> =>
  analyzeText(text)
    .findings.filter((f) => f.ruleId === id)
    .map((f) => ({ severity: f.severity, text: text.slice(f.start, f.end) }));

describe('metamorphic: limit findings follow the subject wherever the document puts it', () => {
  it('covers most limit rules', () => {
    assert.ok(cases.length >= 10, `${cases.length} cases`);
  });

  for (const { rule, service, attribute, value } of cases) {
    describe(rule.id, () => {
      const direct = `The ${service} ${attribute.toLowerCase()} is ${value}.`;

      it('flags the direct statement', () => {
        assert.deepEqual(findingsOf(direct, rule.id).map((f) => f.text), [value], direct);
      });

      const moved: Array<[string, string]> = [
        ['a markdown heading', `## ${service}\n\n${attribute}: ${value}.`],
        ['a plain title line', `${service} notes\n\n${attribute}: ${value}.`],
        ['a heading over a key/value table', `## ${service}\n\n| Setting | Value |\n| --- | --- |\n| ${attribute} | ${value} |`],
        ['a parent list item', `- ${service}\n  - ${attribute}: ${value}`],
        ['the question a reply answers', `**Q:** What should we know about ${service}?\n\n${attribute}: ${value}.`],
      ];
      for (const [where, text] of moved) {
        it(`keeps the finding with the subject in ${where}, at most a warning`, () => {
          const found = findingsOf(text, rule.id);
          assert.deepEqual(found.map((f) => f.text), [value], text);
          assert.ok(found.every((f) => f.severity !== 'error'), `inherited subject gives at most a warning:\n${text}`);
        });
      }

      const dropped: Array<[string, string]> = [
        ['negated', `The ${service} ${attribute.toLowerCase()} is not ${value}.`],
        ['historical', `Previously the ${service} ${attribute.toLowerCase()} was ${value}.`],
        ['asked', `Is the ${service} ${attribute.toLowerCase()} ${value}?`],
        // A comparison that is no bound: "cannot be longer than X" would state X as the maximum (bound-phrases.ts).
        ['a comparison', `Some ${service} workloads would like a ${attribute.toLowerCase()} longer or larger than ${value}.`],
        ['under another service\'s heading', `## Amazon EC2\n\n${attribute}: ${value}.`],
      ];
      for (const [how, text] of dropped) {
        it(`drops the finding when ${how}`, () => {
          assert.deepEqual(findingsOf(text, rule.id), [], text);
        });
      }
    });
  }
});
