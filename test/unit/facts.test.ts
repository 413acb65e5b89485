import { strict as assert } from 'node:assert';
import { SERVICES, findFact } from '../../server/src/facts/catalog';

describe('fact pack', () => {
  it('gives every fact a source on AWS and a checked date', () => {
    for (const service of SERVICES) {
      for (const fact of service.facts) {
        assert.match(fact.source, /^https:\/\/(docs\.)?aws\.amazon\.com\//, `${fact.id} source`);
        assert.match(fact.checked, /^\d{4}-\d{2}-\d{2}$/, `${fact.id} checked`);
      }
    }
  });

  it('keeps fact ids under their service id', () => {
    for (const service of SERVICES) {
      for (const fact of service.facts) assert.ok(fact.id.startsWith(`${service.id}.`), fact.id);
    }
  });

  it('uses the current SQS message size (1 MiB since 2025)', () => {
    const fact = findFact('sqs.message-size');
    assert.ok(fact && fact.value.type === 'range');
    assert.equal(fact.value.type === 'range' && fact.value.max, 1_048_576);
  });
});
