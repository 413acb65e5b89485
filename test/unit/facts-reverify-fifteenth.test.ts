/**
 * The fifteenth re-verification pass (issue 13, facts helper session 15): the tenth audit's rows not looked up, and
 * the range facts still dated 2026-11-27.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import {
  FIFTEENTH_CHECKED,
  FIFTEENTH_ON,
  FIFTEENTH_RECONFIRMED,
  FIFTEENTH_REVERIFIED,
  FIFTEENTH_UNCONFIRMED,
} from '../../server/src/facts/reverification-fifteenth';
import { NOT_REVERIFIED } from '../../scripts/facts-audit-data';
import { itChecksPass } from '../support/facts-pass';

describe('fifteenth re-verification pass', () => {
  itChecksPass(FIFTEENTH_CHECKED, FIFTEENTH_ON, FIFTEENTH_UNCONFIRMED);

  it('stamps the facts it re-verified and re-read with its date, on the page that states the value', () => {
    for (const id of [...Object.keys(FIFTEENTH_REVERIFIED), ...Object.keys(FIFTEENTH_RECONFIRMED)]) {
      const fact = findFact(id);
      assert.equal(fact?.reverified, FIFTEENTH_ON, id);
      assert.equal(fact?.checked, FIFTEENTH_ON, id);
      assert.ok(!(id in NOT_REVERIFIED), `${id} is re-verified: not in the not-re-verified list`);
      assert.match(fact?.source ?? '', /^https:\/\/docs\.aws\.amazon\.com\//, id);
    }
  });

  it('gives App Runner max concurrency 1–200, default 100, from the API reference, hard', () => {
    const fact = findFact('app-runner.concurrency');
    assert.deepEqual(fact?.value, { type: 'range', min: 1, max: 200, default: 100, unit: 'count' });
    assert.equal(fact?.hardLimit, true);
    assert.match(fact?.source ?? '', /API_CreateAutoScalingConfiguration\.html#apprunner-CreateAutoScalingConfiguration-request-MaxConcurrency$/);
    assert.ok(fact?.names?.iac?.includes('MaxConcurrency'));
  });

  it('cites the Backup page that states both ends of the continuous-backup retention', () => {
    const fact = findFact('backup.continuous-retention');
    assert.deepEqual(fact?.value, { type: 'range', min: 1, max: 35, unit: 'days' });
    assert.match(fact?.source ?? '', /point-in-time-recovery-retention-period\.html$/);
  });

  it('says where the Cognito token default is stated', () => {
    assert.match(findFact('cognito.access-token-validity')?.detail ?? '', /one-hour default is stated on CreateUserPoolClient/);
  });
});
