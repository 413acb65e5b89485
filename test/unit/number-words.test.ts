import { strict as assert } from 'node:assert';
import { SPELLED_COUNT, SPELLED_NUMBER, numberValue, spelledValue } from '../../server/src/engine/util/number-words';
import { findCounts } from '../../server/src/engine/recognisers/counts';
import { analyzeText } from '../../server/src/engine/analyze';

describe('number words', () => {
  it('reads a number spelled in one or several words', () => {
    assert.equal(spelledValue('seventeen'), 17);
    assert.equal(spelledValue('twenty-nine'), 29);
    assert.equal(spelledValue('Twenty nine'), 29);
    assert.equal(spelledValue('sixteen thousand'), 16000);
    assert.equal(spelledValue('a hundred and twenty'), 120);
    assert.equal(spelledValue('two thousand five hundred and ten'), 2510);
    assert.equal(spelledValue('several'), undefined);
    assert.equal(numberValue('16,000'), 16000);
    assert.equal(numberValue('fifty-nine'), 59);
  });

  it('matches a whole spelled number, and a unit word joins only a tens word', () => {
    const whole = new RegExp(`^(?:${SPELLED_NUMBER})$`, 'i');
    for (const text of ['seventeen', 'twenty-nine', 'ninety nine', 'four hundred', 'one thousand', 'sixteen thousand']) assert.ok(whole.test(text), text);
    // "five one-hour windows" is two numbers, not six.
    assert.equal(new RegExp(`(?:${SPELLED_NUMBER})`, 'i').exec('five one-hour windows')?.[0], 'five');
  });

  it('a count of things reads no bare "one", but "one hundred"', () => {
    const count = new RegExp(`^(?:${SPELLED_COUNT})$`, 'i');
    assert.ok(!count.test('one'));
    assert.ok(count.test('one hundred'));
    assert.ok(count.test('fifty-nine'));
  });

  it('counts addresses written in words', () => {
    const [found] = findCounts('The subnet leaves fifty-nine usable addresses.', 0);
    assert.equal(found?.value, 59);
    assert.equal(found?.usable, true);
    assert.deepEqual(findCounts('The NAT gateway uses one IP address.', 0), []);
  });

  it('a value spelled in words keeps the attribute right after it in reach, as digits do', () => {
    for (const text of ['The Lambda runs with a twenty-minute timeout.', 'The Lambda runs with a 20-minute timeout.']) {
      assert.deepEqual(analyzeText(text).findings.map((f) => f.ruleId), ['lambda-timeout'], text);
    }
    // A word for another setting further on is still not the value's attribute.
    assert.deepEqual(analyzeText('The worker sleeps sixty seconds between SQS long-poll calls when the queue is empty.').findings, []);
  });
});
