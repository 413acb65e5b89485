/**
 * The seventh re-verification pass (issue 13): facts still dated 2026-11-27, error-level ones first, each
 * read on the page it cites; the fixes say only what that page states.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { REVERIFIED } from '../../server/src/facts/reverification';
import { SEVENTH_CHECKED, SEVENTH_CHECKED_ON } from '../../server/src/facts/reverification-seventh';
import { valueText } from '../support/fact-value-text';

describe('seventh re-verification pass', () => {
  it('dates every fact it read with its day, and records what the page says', () => {
    for (const [id, note] of Object.entries(SEVENTH_CHECKED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.checked, SEVENTH_CHECKED_ON, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(note.length > 20, `${id} says what the page says`);
    }
  });

  it('covers every behaviour fact an error-level rule rests on that was still dated 2026-11-27', () => {
    const errorLevel = [
      'alb.osi-layer', 'nlb.osi-layer', 'vpc-peering.transitive', 'vpc-peering.overlap', 'ebs.az-scope',
      'rds.read-replica-promotion', 'route53.alias', 'security-group.allow-only', 'security-group.stateful',
      'sqs-fifo.name', 'sqs-fifo.ordering', 'sqs.standard-ordering',
    ];
    for (const id of errorLevel) assert.equal(findFact(id)?.checked, SEVENTH_CHECKED_ON, id);
  });

  it('moves sources to the pages that state the values', () => {
    const pages: Record<string, RegExp> = {
      'ebs.az-scope': /ebs\/latest\/userguide\/ebs-volumes\.html$/,
      'sqs-fifo.ordering': /SQSDeveloperGuide\/FIFO-key-terms\.html$/,
      'security-group.stateful': /vpc\/latest\/userguide\/security-groups\.html$/,
    };
    for (const [id, page] of Object.entries(pages)) assert.match(findFact(id)?.source ?? '', page, id);
  });

  it('drops the clauses the cited pages do not state', () => {
    assert.doesNotMatch(valueText('alb.osi-layer'), /query string|method/);
    assert.doesNotMatch(valueText('nlb.osi-layer'), /HTTP|transport/);
    assert.doesNotMatch(valueText('security-group.allow-only'), /network ACL|WAF/);
    assert.doesNotMatch(valueText('rds.read-replica-promotion'), /automation/);
    assert.doesNotMatch(valueText('sqs-fifo.ordering'), /exactly-once processing/);
    assert.match(valueText('route53.alias'), /zone apex/);
  });
});
