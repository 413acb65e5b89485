/**
 * A finding shows the page of the fact it rests on. Rules that judge many facts from the pack
 * (stated-limit, outdated-ceiling) name each finding's own fact, so a Deep Archive finding cites the
 * storage class page and not the SQS delay page the rule also knows. Statements written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { sourcesOf } from '../../server/src/engine/features/sources';

function factsOf(text: string, ruleId: string): string[][] {
  return analyzeText(text).findings.filter((f) => f.ruleId === ruleId).map((f) => sourcesOf(f).map((s) => s.factId));
}

describe('finding sources: the fact the finding rests on', () => {
  it('stated-limit cites the bound fact only', () => {
    assert.deepEqual(factsOf('S3 Glacier Deep Archive has a minimum storage duration of 90 days.', 'stated-limit'), [['s3-glacier-deep-archive.min-storage-duration']]);
    assert.deepEqual(factsOf('The KMS key deletion window is 60 days.', 'stated-limit'), [['kms.deletion-window']]);
  });

  it('outdated-ceiling cites the ceiling\'s fact only', () => {
    assert.deepEqual(factsOf('gp3 volumes top out at 16,000 IOPS.', 'outdated-ceiling'), [['ebs-gp3.iops']]);
    assert.deepEqual(factsOf('An Aurora Global Database spans up to five secondary Regions.', 'outdated-ceiling'), [['aurora-global-database.secondary-regions']]);
  });

  it('a rule over a few facts still cites them all', () => {
    const sources = factsOf('The SQS message retention is 30 days.', 'sqs-retention');
    assert.equal(sources.length, 1);
    assert.ok(sources[0]?.includes('sqs.retention'));
  });
});
