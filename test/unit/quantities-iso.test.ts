/**
 * ISO 8601 durations as quantities ("P14D", "PT15M", "P1DT12H"), as Step Functions, EventBridge
 * Scheduler and SDK configuration write them; a fix keeps the form. Words that only look like one
 * ("PT boat", "P1 priority", "APT") are not durations. Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { findQuantities, isoDuration } from '../../server/src/engine/recognisers/quantities';

describe('ISO 8601 durations', () => {
  it('reads each designator in seconds', () => {
    const seconds = (text: string): number[] => findQuantities(text, 0).map((q) => q.normalized);
    assert.deepEqual(seconds('retention P14D'), [14 * 86_400]);
    assert.deepEqual(seconds('timeout PT15M'), [900]);
    assert.deepEqual(seconds('window P1DT12H'), [36 * 3600]);
    assert.deepEqual(seconds('heartbeat PT0.5S.'), [0.5]);
    assert.deepEqual(seconds('a P2W review'), [14 * 86_400]);
  });

  it('leaves look-alikes alone', () => {
    for (const text of ['The PT boat was P1 priority.', 'APT29 and PTA', 'PT alone, P1DT, P.5D', 'SKU P14DX']) {
      assert.deepEqual(findQuantities(text, 0), [], text);
    }
  });

  it('writes seconds back as ISO', () => {
    assert.equal(isoDuration(14 * 86_400), 'P14D');
    assert.equal(isoDuration(900), 'PT15M');
    assert.equal(isoDuration(5400), 'PT1H30M');
    assert.equal(isoDuration(20), 'PT20S');
  });

  it('flags an ISO value out of range and fixes it in the same form', () => {
    const text = 'SQS retention can be set up to P30D.';
    const result = analyzeText(text);
    const finding = result.findings.find((f) => f.ruleId === 'sqs-retention');
    assert.ok(finding);
    assert.equal(text.slice(finding.start, finding.end), 'P30D');
    assert.equal(finding.fixes?.[0]?.edits[0]?.newText, 'P14D');
    assert.deepEqual(analyzeText('Lambda timeout: PT15M').findings, []);
  });
});
