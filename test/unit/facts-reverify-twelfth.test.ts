/**
 * The twelfth re-verification pass (issue 13, facts helper session 13b): CloudTrail Lake's own lifecycle card,
 * facts still dated 2026-11-27 read on current copies, and the rest of the ninth random audit.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine/features/hover';
import { findFact, getService, serviceOfFact } from '../../server/src/facts/catalog';
import { REVERIFIED } from '../../server/src/facts/reverification';
import { TWELFTH_CHECKED, TWELFTH_ON, TWELFTH_UNCONFIRMED } from '../../server/src/facts/reverification-twelfth';
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

describe('twelfth re-verification pass', () => {
  it('dates every fact it read and confirmed, records what the page says, and stamps none re-verified', () => {
    for (const [id, note] of Object.entries(TWELFTH_CHECKED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.checked, TWELFTH_ON, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(!(id in TWELFTH_UNCONFIRMED), `${id} is either confirmed or not`);
      assert.ok(note.length > 60, `${id} says what the page says`);
    }
  });

  it('moves each source to the page that states the value', () => {
    assert.match(findFact('guardduty.free-trial')?.source ?? '', /^https:\/\/docs\.aws\.amazon\.com\/guardduty\/latest\/ug\/guardduty-pricing\.html$/);
    assert.match(findFact('macie.free-trial')?.source ?? '', /^https:\/\/docs\.aws\.amazon\.com\/macie\/latest\/APIReference\/usage\.html$/);
    assert.match(findFact('ebs.durability')?.source ?? '', /ebs\/latest\/userguide\/ebs-volume-types\.html$/);
    for (const id of ['qldb.query', 'qldb.lifecycle']) assert.match(findFact(id)?.source ?? '', /qldb\/latest\/developerguide\/ql-reference\.html$/, id);
    const explore = findFact('application-discovery-service.explore')?.value;
    assert.ok(explore?.type === 'text' && /Athena/.test(explore.value) && !/Export data/.test(explore.value));
  });

  it('keeps the date of every fact it could not confirm, and says why in the audits page', () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'facts-audits.md'), 'utf8');
    for (const [id, why] of Object.entries(TWELFTH_UNCONFIRMED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.ok(fact.checked < TWELFTH_ON, `${id} keeps its older date`);
      assert.ok(why.length > 40 && page.includes(`| \`${id}\` |`), `${id} is listed with its reason`);
    }
    assert.ok(!page.includes('| `qldb.lifecycle` |'), 'confirmed since: no longer listed as not confirmed');
  });
});

describe('twelfth pass: lifecycle dates from the notices on every page of a guide', () => {
  it('dates Cloud Directory\'s closing on 7 November 2025, from an earlier copy of its banner', () => {
    const status = getService('cloud-directory')?.status;
    assert.ok(status && status.state === 'closed-to-new-customers');
    assert.equal(status.since, '2025-11-07');
    assert.equal(status.endOfSupport, '2027-07-24');
    const finding = analyzeText('User groups live in Amazon Cloud Directory.').findings.find((f) => f.ruleId === 'closed-to-new-customers');
    assert.equal(finding?.message, 'Amazon Cloud Directory is closed to new customers (since 7 November 2025); end of support on 24 July 2027; use Amazon DynamoDB or Amazon Neptune.');
  });

  it('cites the Elastic Transcoder guide page that carries its end-of-support notice, not the undated blog post', () => {
    const status = getService('elastic-transcoder')?.status;
    assert.ok(status && status.state === 'retired');
    assert.match(status.source, /^https:\/\/docs\.aws\.amazon\.com\/elastictranscoder\//);
    assert.match(findFact('elastic-transcoder.lifecycle')?.source ?? '', /elastictranscoder\/latest\/developerguide\/accessing\.html$/);
  });
});
