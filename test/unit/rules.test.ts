import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { applyEdits } from '../../server/src/engine/features/fixes';
import type { Finding } from '../../server/src/engine/findings';
import { RULES, ruleDocsUrl } from '../../server/src/engine/rules';
import { exampleText, type Example } from '../../server/src/engine/rules/kit/types';
import { findFact } from '../../server/src/facts/catalog';

/** This rule's findings on `text`, in document order. */
function findingsOf(ruleId: string, text: string): Finding[] {
  return analyzeText(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `text` after the first fix of the first finding that has one; undefined when none has. */
function firstFixOutput(text: string, found: readonly Finding[]): string | undefined {
  const fix = found.find((f) => f.fixes.length > 0)?.fixes[0];
  return fix && applyEdits(text, fix.edits);
}

/**
 * The checks of one flag example, RuleTester-style; returns the problems (empty when it holds).
 * Kept apart from mocha so the test below can show that each check fails on a wrong expectation.
 */
export function exampleProblems(ruleId: string, example: Example): string[] {
  const text = exampleText(example);
  const found = findingsOf(ruleId, text);
  const problems: string[] = [];
  if (found.length === 0) return [`expected ${ruleId} on:\n${text}`];
  for (const f of found) if (!(f.start >= 0 && f.end <= text.length && f.start < f.end)) problems.push(`range ${f.start}-${f.end} outside the text`);
  if (typeof example === 'string') return problems;
  const spans = found.map((f) => text.slice(f.start, f.end));
  if (example.flagged !== undefined && JSON.stringify(spans) !== JSON.stringify(example.flagged)) {
    problems.push(`flagged ${JSON.stringify(spans)}, expected ${JSON.stringify(example.flagged)}`);
  }
  if (example.count !== undefined && found.length !== example.count) problems.push(`${found.length} findings, expected ${example.count}`);
  const output = firstFixOutput(text, found);
  if (example.output === undefined && output !== undefined) problems.push(`the rule fixed the text; add output: ${JSON.stringify(output)}`);
  if (example.output !== undefined && output === undefined) problems.push('expected a fix, the rule offers none');
  if (example.output !== undefined && output !== undefined && output !== example.output) {
    problems.push(`fixed text is ${JSON.stringify(output)}, expected ${JSON.stringify(example.output)}`);
  }
  if (example.output !== undefined && example.output === text) problems.push('output equals the text: the fix would change nothing');
  return problems;
}

describe('rule catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('links each rule to its page in the docs of this release, not of main', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.equal(ruleDocsUrl('vpc-cidr-size'), `https://github.com/archnotes/archnotes/blob/v${pkg.version}/docs/rules/vpc-cidr-size.md`);
  });

  it('the example checks fail on a wrong span, count or output (so a strict example cannot pass by accident)', () => {
    const text = 'The VPC CIDR is 10.0.6.0/16.';
    const right = { text, flagged: ['10.0.6.0/16'], output: 'The VPC CIDR is 10.0.0.0/16.' };
    assert.deepEqual(exampleProblems('cidr-host-bits', right), []);
    assert.equal(exampleProblems('cidr-host-bits', { ...right, flagged: ['10.0.6.0'] }).length, 1);
    assert.equal(exampleProblems('cidr-host-bits', { ...right, flagged: ['10.0.6.0/16', '10.0.6.0/16'] }).length, 1);
    assert.equal(exampleProblems('cidr-host-bits', { ...right, count: 2 }).length, 1);
    assert.equal(exampleProblems('cidr-host-bits', { ...right, output: 'The VPC CIDR is 10.0.6.0/24.' }).length, 1);
    assert.equal(exampleProblems('cidr-host-bits', { text, flagged: ['10.0.6.0/16'] }).length, 1, 'a fix without output');
    assert.equal(exampleProblems('vpc-cidr-size', { text, output: text }).length, 1, 'not flagged at all');
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('rests on facts that exist in the pack', () => {
        for (const id of rule.facts) assert.ok(findFact(id), `${rule.id} cites missing fact ${id}`);
      });
      it('has at least three flag and three pass examples and a docs page', () => {
        assert.ok(rule.examples.flag.length >= 3, 'flag examples');
        assert.ok(rule.examples.pass.length >= 3, 'pass examples');
        assert.ok(existsSync(join(__dirname, '..', '..', 'docs', 'rules', `${rule.id}.md`)), 'docs page (npm run docs:gen)');
      });
      it(`is marked fixable exactly when an example's finding carries a fix`, () => {
        const fixes = rule.examples.flag.some((example) => findingsOf(rule.id, exampleText(example)).some((f) => f.fixes.length > 0));
        assert.equal(rule.fixable, fixes, fixes ? 'an example is fixed: set fixable: true' : 'no example is fixed: set fixable: false or add one that is');
      });
      rule.examples.flag.forEach((example, i) => {
        it(`flags example ${i + 1}`, () => {
          assert.deepEqual(exampleProblems(rule.id, example), [], exampleText(example));
        });
      });
      rule.examples.pass.forEach((example, i) => {
        it(`leaves example ${i + 1} alone`, () => {
          const found = findingsOf(rule.id, example);
          assert.deepEqual(found.map((f) => f.message), [], `unexpected ${rule.id} on:\n${example}`);
        });
      });
    });
  }
});
