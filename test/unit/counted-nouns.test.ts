import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { COUNTED_FACT_IDS } from '../../server/src/facts/counted-nouns';
import { analyzeText } from '../../server/src/engine/analyze';

describe('counted nouns of hard count limits (names.counted)', () => {
  for (const id of COUNTED_FACT_IDS) {
    it(`${id} is a re-verified hard count limit carrying its nouns`, () => {
      const fact = findFact(id);
      assert.ok(fact, `no fact ${id}`);
      const v = fact.value;
      assert.ok((v.type === 'number' || v.type === 'range') && v.unit === 'count', `${id} is not a count`);
      assert.equal(fact.hardLimit, true, `${id} is not a hard limit: an adjustable quota stated higher is not wrong`);
      assert.ok(fact.reverified, `${id} is not re-verified`);
      assert.ok((fact.names?.counted ?? []).length > 0);
    });
  }

  it('a count above the hard maximum is flagged where the service is named, and nowhere else', () => {
    const ids = (text: string): string[] => analyzeText(text).findings.map((f) => f.ruleId);
    assert.deepEqual(ids('An EventBridge rule can send events to up to 8 targets.'), ['outdated-ceiling']);
    assert.deepEqual(ids('An ALB target group can hold up to 8 targets.'), []);
    assert.deepEqual(ids('An EventBridge rule can send events to up to 5 targets.'), []);
    // "cannot have more than 8" states 8 as the maximum (assertions/bound-phrases.ts): above the hard limit of 5.
    assert.deepEqual(ids('An EventBridge rule cannot have more than 8 targets.'), ['outdated-ceiling']);
    assert.deepEqual(ids('An EventBridge rule does not send events to up to 8 targets.'), []);
  });
});
