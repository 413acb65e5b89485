/**
 * The twelfth re-verification pass (issue 13, facts helper session 13b): CloudTrail Lake's own lifecycle card,
 * facts still dated 2026-11-27 read on current copies, and the rest of the ninth random audit.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine/features/hover';
import { findFact, getService, serviceOfFact } from '../../server/src/facts/catalog';
import { findings } from '../support/rule-at-line';

/** Rule ids of the lifecycle findings in `text`, with the text each one marks. */
function lifecycleFindings(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => ['retired-service', 'closed-to-new-customers', 'renamed-service'].includes(f.ruleId))
    .map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
}

/** The hover card at the first occurrence of `token`. */
function hoverCard(text: string, token: string): string {
  const analysis = analyzeText(text);
  const at = text.indexOf(token);
  assert.ok(at >= 0, token);
  return hoverAt(analysis, at + 1)?.markdown ?? '';
}

describe('CloudTrail Lake, closed to new customers since 31 May 2026', () => {
  it('has a feature card of its own under CloudTrail, with the date, source and the successor AWS names', () => {
    const card = getService('cloudtrail-lake');
    assert.equal(card?.parent, 'cloudtrail');
    const status = card?.status;
    assert.ok(status && status.state === 'closed-to-new-customers');
    assert.equal(status.since, '2026-05-31');
    assert.equal(status.successor, 'Amazon CloudWatch');
    assert.match(status.source, /^https:\/\/docs\.aws\.amazon\.com\/awscloudtrail\/latest\/userguide\/cloudtrail-lake-service-availability-change\.html$/);
    const lifecycle = findFact('cloudtrail-lake.lifecycle');
    assert.equal(lifecycle?.kind, 'lifecycle');
    assert.equal(lifecycle?.checked, '2026-12-07');
    // The alias and the Lake retention fact moved off the CloudTrail card, which stays open.
    assert.ok(!getService('cloudtrail')?.aliases.includes('CloudTrail Lake'));
    assert.equal(getService('cloudtrail')?.status, undefined);
    assert.equal(serviceOfFact('cloudtrail-lake.retention')?.id, 'cloudtrail-lake');
    assert.equal(findFact('cloudtrail.lake-retention'), undefined);
  });

  it('reports CloudTrail Lake in a design, at info level, but not the CloudTrail event history', () => {
    assert.deepEqual(lifecycleFindings('We store audit events in CloudTrail Lake.'), ['closed-to-new-customers:CloudTrail Lake']);
    const finding = analyzeText('We store audit events in CloudTrail Lake.').findings.find((f) => f.ruleId === 'closed-to-new-customers');
    assert.equal(finding?.severity, 'info');
    assert.match(finding?.message ?? '', /^AWS CloudTrail Lake is closed to new customers \(since 31 May 2026\); use Amazon CloudWatch\.$/);
    assert.deepEqual(lifecycleFindings('Audit queries run on an AWS CloudTrail Lake event data store.'), ['closed-to-new-customers:AWS CloudTrail Lake']);
    for (const quiet of [
      'CloudTrail event history keeps 90 days.',
      'An organization trail delivers CloudTrail logs to the audit bucket.',
      'Existing customers of CloudTrail Lake keep using it; new accounts send trails to CloudWatch Logs.',
      'The data lake is queried with Athena, and CloudTrail logs land in S3.',
    ]) {
      assert.deepEqual(lifecycleFindings(quiet), [], quiet);
    }
  });

  it('reads an event data store in Terraform as CloudTrail Lake', () => {
    const tf = ['```hcl', 'resource "aws_cloudtrail_event_data_store" "audit" {', '  name = "audit"', '}', '```'].join('\n');
    assert.deepEqual(findings(tf), ['closed-to-new-customers@2']);
    const trail = ['```hcl', 'resource "aws_cloudtrail" "org" {', '  name = "org"', '}', '```'].join('\n');
    assert.deepEqual(findings(trail), []);
  });

  it('shows the Lake card on hover, and the CloudTrail card on the event history', () => {
    assert.match(hoverCard('We store audit events in CloudTrail Lake.', 'Lake'), /AWS CloudTrail Lake/);
    assert.match(hoverCard('We store audit events in CloudTrail Lake.', 'Lake'), /closed to new customers|No longer open to new customers/i);
    const history = hoverCard('CloudTrail event history keeps 90 days.', 'CloudTrail');
    assert.match(history, /AWS CloudTrail/);
    assert.doesNotMatch(history, /AWS CloudTrail Lake/);
  });
});
