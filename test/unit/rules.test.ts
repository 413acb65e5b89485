import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { RULES } from '../../server/src/engine/rules';
import { findFact } from '../../server/src/facts/catalog';

describe('rule catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
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
      rule.examples.flag.forEach((example, i) => {
        it(`flags example ${i + 1}`, () => {
          const found = analyzeText(example).findings.filter((f) => f.ruleId === rule.id);
          assert.ok(found.length > 0, `expected ${rule.id} on:\n${example}`);
          for (const f of found) assert.ok(f.start >= 0 && f.end <= example.length && f.start < f.end, 'range inside the text');
        });
      });
      rule.examples.pass.forEach((example, i) => {
        it(`leaves example ${i + 1} alone`, () => {
          const found = analyzeText(example).findings.filter((f) => f.ruleId === rule.id);
          assert.deepEqual(found.map((f) => f.message), [], `unexpected ${rule.id} on:\n${example}`);
        });
      });
    });
  }
});
