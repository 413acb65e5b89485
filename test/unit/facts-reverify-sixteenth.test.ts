/**
 * The sixteenth re-verification pass (issue 13, facts helper session 16): limits, durability and behaviour facts still
 * dated 2026-11-27, read on the 2023 awsdocs copies, current copies and the botocore models.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { SIXTEENTH_CHECKED, SIXTEENTH_ON, SIXTEENTH_UNCONFIRMED } from '../../server/src/facts/reverification-sixteenth';
import { NOT_REVERIFIED } from '../../scripts/facts-audit-data';
import { itChecksPass } from '../support/facts-pass';

describe('sixteenth re-verification pass', () => {
  itChecksPass(SIXTEENTH_CHECKED, SIXTEENTH_ON, SIXTEENTH_UNCONFIRMED);

  it('cites the quota tables with their section anchors and marks them hard, still not re-verified', () => {
    for (const [id, anchor] of [
      ['transcribe.batch-limits', /limits-guidelines\.html#limits$/],
      ['datasync.throughput', /datasync-limits\.html#task-hard-limits$/],
    ] as const) {
      const fact = findFact(id);
      assert.match(fact?.source ?? '', anchor, id);
      assert.equal(fact?.hardLimit, true, id);
      assert.equal(fact?.reverified, undefined, `${id}: read on a 2023 copy only`);
      assert.ok(id in NOT_REVERIFIED, id);
    }
  });

  it('states only what the cited Aurora page says about its six storage nodes', () => {
    const fact = findFact('aurora.storage-copies');
    assert.match(fact?.source ?? '', /Concepts\.AuroraHighAvailability\.html#Concepts\.AuroraHighAvailability\.Data$/);
    assert.ok(fact?.value.type === 'text' && /six storage nodes/.test(fact.value.value));
    assert.ok(fact?.value.type === 'text' && !/survive/.test(fact.value.value), 'no quorum claim without a page');
  });

  it('gives the 1 s - 7 day cookie duration to ALB only', () => {
    const fact = findFact('elb.stickiness');
    assert.ok(fact?.value.type === 'text' && /^ALB: .*7 days.*; CLB: cookies; NLB: source-IP/.test(fact.value.value));
  });
});
