/**
 * Hover and the limit rules bind a quantity to an attribute with ONE function (bindsQuantity over the
 * limit specs). These tests hold them to it on every rule example and every realistic fixture doc:
 *  - every limit-rule finding on a quantity has a hover naming the rule's fact;
 *  - the hover on each quantity claims exactly the attributes the shared binding gives, and none on
 *    quantities it leaves unbound;
 *  - independently of that function: the quantity is replaced by an out-of-range value of the same
 *    length, and exactly the limit rules whose attribute the hover claimed (where the sentence asserts
 *    the value) flag it; an unclaimed quantity is flagged by no limit rule.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { asserted, assertionsInScope, assertionsOf } from '../../server/src/engine/assertions/quantity';
import { registeredAttributes } from '../../server/src/engine/assertions/registry';
import { hoverAt } from '../../server/src/engine/features/hover';
import { escapeMarkdown } from '../../server/src/engine/util/markdown-escape';
import type { AnalyzedContext } from '../../server/src/engine/model/document-model';
import type { QuantityMention } from '../../server/src/engine/recognisers/quantities';
import { RULES } from '../../server/src/engine/rules';
import { isLimitRule } from '../../server/src/engine/rules/kit/limit-rule';
import { findFact, serviceOfFact } from '../../server/src/facts/catalog';
import { exampleText } from '../../server/src/engine/rules/kit/types';

const LIMIT_RULES = RULES.filter(isLimitRule);
const LIMIT_IDS = new Set(LIMIT_RULES.map((r) => r.id));
const FIXTURES = join(__dirname, '..', 'fixtures', 'rules');

/** The card title the hover uses for a fact: "**Amazon Simple Queue Service: Message retention**". */
function titleOf(factId: string): string {
  const fact = findFact(factId);
  assert.ok(fact, `fact ${factId}`);
  return `**${escapeMarkdown(serviceOfFact(factId)?.name ?? '')}: ${escapeMarkdown(fact.label)}**`;
}

/** Fact ids whose card the hover markdown shows (quantity cards only). */
function claimedFacts(markdown: string | undefined): string[] {
  if (!markdown) return [];
  return [...new Set(registeredAttributes().map((b) => b.spec.fact))].filter((id) => markdown.includes(titleOf(id))).sort();
}

const corpus: Array<{ name: string; text: string }> = [
  ...LIMIT_RULES.flatMap((rule) => [
    ...rule.examples.flag.map((example, i) => ({ name: `${rule.id} flag ${i + 1}`, text: exampleText(example) })),
    ...rule.examples.pass.map((text, i) => ({ name: `${rule.id} pass ${i + 1}`, text })),
  ]),
  ...['bad', 'good'].flatMap((kind) =>
    readdirSync(join(FIXTURES, kind))
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ name: `fixtures/${kind}/${f}`, text: readFileSync(join(FIXTURES, kind, f), 'utf8') })),
  ),
];

function quantitiesOf(contexts: readonly AnalyzedContext[]): Array<{ context: AnalyzedContext; quantity: QuantityMention }> {
  return contexts.flatMap((context) => context.quantities.map((quantity) => ({ context, quantity })));
}

/** An out-of-range value written in exactly `length` characters, or undefined when none fits. */
function probe(quantity: QuantityMention): string | undefined {
  const length = quantity.end - quantity.start;
  // ≥ 9 years is above every duration maximum (and not CloudTrail's 90 days); ≥ 99 TB above every size maximum (S3: 50 TB).
  if (quantity.dimension === 'duration') return length >= 5 ? `${'9'.repeat(length - 4)} yrs` : length === 4 ? '9yrs' : length === 3 ? '9yr' : undefined;
  return length >= 5 ? `${'9'.repeat(length - 3)} TB` : length === 4 ? '99TB' : undefined;
}

describe('hover and limit rules share one quantity binding', () => {
  it('binds with the spec of every registered limit rule, plus hover-only attributes that have facts', () => {
    const ruled = new Set(registeredAttributes().flatMap((b) => b.ruleId ?? []));
    for (const rule of LIMIT_RULES) assert.ok(ruled.has(rule.id), `${rule.id} is in the attribute registry`);
    assert.ok(ruled.has('cloudwatch-logs-retention-invalid'), 'a rule with its own judgement registers its attribute too');
    assert.ok(LIMIT_RULES.length >= 14, 'the limit rules are found in the registry');
    for (const b of registeredAttributes()) assert.ok(findFact(b.spec.fact), `fact ${b.spec.fact}`);
  });

  it('a hover and a rule read the same assertion record', () => {
    const text = 'CloudWatch Logs retention is 45 days for the app log group.';
    const analysis = analyzeText(text);
    const context = analysis.blocks.flatMap((b) => b.contexts)[0];
    assert.ok(context);
    const [record] = assertionsOf(context);
    assert.ok(record, 'one assertion');
    assert.equal(record.ruleId, 'cloudwatch-logs-retention-invalid');
    assert.deepEqual(analysis.findings.map((f) => [f.ruleId, f.start, f.end]), [[record.ruleId, record.start, record.end]]);
    const hover = hoverAt(analysis, record.start);
    assert.ok(hover?.markdown.includes(titleOf(record.spec.fact)), 'the hover shows the fact of the record the rule judged');
  });

  let findingsChecked = 0;
  let quantitiesChecked = 0;
  let probesChecked = 0;
  let probesSkipped = 0;

  for (const { name, text } of corpus) {
    describe(name, () => {
      const analysis = analyzeText(text);
      const contexts = analysis.blocks.flatMap((b) => b.contexts);

      it('every limit-rule finding on a quantity has a hover naming the rule\'s fact', () => {
        for (const finding of analysis.findings.filter((f) => LIMIT_IDS.has(f.ruleId))) {
          const rule = LIMIT_RULES.find((r) => r.id === finding.ruleId);
          assert.ok(rule);
          const at = quantitiesOf(contexts).find(({ quantity }) => quantity.start === finding.start && quantity.end === finding.end);
          if (!at) {
            // Not on a quantity: only IaC values in code are bound another way (by key).
            const context = contexts.find((c) => c.start <= finding.start && finding.end <= c.end);
            assert.equal(context?.kind, 'code', `${finding.ruleId} finding on a non-quantity in prose: ${text.slice(finding.start, finding.end)}`);
            continue;
          }
          const hover = hoverAt(analysis, finding.start);
          assert.ok(hover, `no hover on ${text.slice(finding.start, finding.end)} flagged by ${finding.ruleId}`);
          // A rule over several facts (stated-limit) names the one it judged; the hover must name that one.
          const facts = rule.facts.length > 1 ? rule.facts : [rule.spec.fact];
          assert.ok(facts.some((fact) => hover.markdown.includes(titleOf(fact))), `hover on ${text.slice(finding.start, finding.end)} names none of ${facts.join(', ')}:\n${hover.markdown}`);
          findingsChecked++;
        }
      });

      it('the hover on every quantity claims exactly the attributes the shared binding gives', () => {
        for (const { context, quantity } of quantitiesOf(contexts)) {
          // The statement's own assertions and those its scope gives (a section, a lead-in, the paragraph a pronoun refers to).
          const bound = [...new Set(assertionsInScope(context, analysis.model.scopes).filter((a) => a.quantity === quantity).map((a) => a.spec.fact))].sort();
          const hover = hoverAt(analysis, quantity.start);
          const onQuantity = hover && hover.start === quantity.start && hover.end === quantity.end ? hover.markdown : undefined;
          assert.deepEqual(claimedFacts(onQuantity), bound, `hover on "${text.slice(quantity.start, quantity.end)}"`);
          if (bound.length === 0) assert.equal(onQuantity, undefined, `no card on unbound "${text.slice(quantity.start, quantity.end)}"`);
          quantitiesChecked++;
        }
      });

      it('an out-of-range value in place of each quantity is flagged by exactly the claimed, asserted limit rules', () => {
        for (const { context, quantity } of quantitiesOf(contexts)) {
          const replacement = probe(quantity);
          if (replacement === undefined) {
            probesSkipped++;
            continue;
          }
          const claimed = assertionsInScope(context, analysis.model.scopes).filter((a) => a.quantity === quantity && a.ruleId !== undefined && LIMIT_IDS.has(a.ruleId));
          const expected = context.kind !== 'code' ? claimed.filter((a) => asserted(a.modality)).flatMap((a) => a.ruleId ?? []).sort() : [];
          const mutated = text.slice(0, quantity.start) + replacement + text.slice(quantity.end);
          const after = analyzeText(mutated);
          const reparsed = after.blocks.flatMap((b) => b.contexts).flatMap((c) => c.quantities).some((q) => q.start === quantity.start && q.end === quantity.end);
          assert.ok(reparsed, `probe ${replacement} is read as a quantity in:\n${mutated}`);
          const flagged = after.findings
            .filter((f) => LIMIT_IDS.has(f.ruleId) && f.start === quantity.start && f.end === quantity.end)
            .map((f) => f.ruleId)
            .sort();
          assert.deepEqual(flagged, expected, `"${text.slice(quantity.start, quantity.end)}" → "${replacement}" in:\n${mutated}`);
          probesChecked++;
        }
      });
    });
  }

  after(() => {
    // The corpus must actually exercise the binding (guards against a test that silently checks nothing).
    assert.ok(findingsChecked >= 40, `findings checked: ${findingsChecked}`);
    assert.ok(quantitiesChecked >= 120, `quantities checked: ${quantitiesChecked}`);
    assert.ok(probesChecked >= 0.9 * (probesChecked + probesSkipped), `probes: ${probesChecked} checked, ${probesSkipped} skipped`);
  });
});
