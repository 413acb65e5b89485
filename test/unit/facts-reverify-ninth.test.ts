/**
 * The ninth re-verification pass (issue 13): facts still dated 2026-11-27 read again, and former values
 * (dated, sourced) added to limits an earlier pass re-verified, so outdated ceilings can be flagged.
 */
import { strict as assert } from 'node:assert';
import { findFact, getService } from '../../server/src/facts/catalog';
import { REVERIFIED } from '../../server/src/facts/reverification';
import { NINTH_CHECKED, NINTH_HISTORY, NINTH_ON, NINTH_REVERIFIED, NINTH_UNCONFIRMED } from '../../server/src/facts/reverification-ninth';
import { TWELFTH_CHECKED } from '../../server/src/facts/reverification-twelfth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import type { Fact } from '../../server/src/facts/types';
import { SIXTEENTH_CHECKED } from '../../server/src/facts/reverification-sixteenth';

/** The largest value the fact allows today (its number, or a range's maximum). */
function maximum(fact: Fact): number {
  const v = fact.value;
  assert.ok(v.type === 'number' || v.type === 'range', `${fact.id} has a numeric value`);
  return v.type === 'number' ? v.value : v.max;
}

function ceilingFindings(text: string): string[] {
  return analyzeText(text)
    .findings.filter((d) => d.ruleId === 'outdated-ceiling' || d.ruleId.startsWith('limit') || d.severity !== 'info')
    .map((d) => `${d.ruleId}: ${text.slice(d.start, d.end)}: ${d.message}`);
}

describe('ninth re-verification pass', () => {
  it('dates every fact it read with its day and records what the page says', () => {
    for (const [id, note] of Object.entries(NINTH_CHECKED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.checked, NINTH_ON, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(note.length > 20, `${id} says what the page says`);
      // Only a current page earns the re-verified stamp; a frozen 2023 copy does not.
      if (/2023 copy/.test(note)) assert.equal(fact.reverified, undefined, `${id} is confirmed by a 2023 copy only`);
    }
    for (const id of Object.keys(NINTH_REVERIFIED)) assert.equal(findFact(id)?.reverified, NINTH_ON, id);
  });

  it('gives every added former value a date, an AWS source and a figure below today\'s', () => {
    for (const [id, entry] of Object.entries(NINTH_HISTORY)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.ok(fact.reverified, `${id}: today's value was re-verified, so the former one is dated against it`);
      for (const former of entry.history) {
        assert.ok(fact.history?.includes(former), `${id} carries ${former.value}`);
        assert.match(former.until, /^20\d\d-(0[1-9]|1[0-2])(-\d\d)?$/, id);
        assert.ok(former.until < NINTH_ON, `${id}: ${former.until} is in the past`);
        assert.match(former.source ?? '', /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, id);
        const figure = Number(/[\d,.]+/.exec(former.value)?.[0].replace(/,/g, ''));
        assert.ok(figure > 0 && figure < maximum(fact), `${id}: ${former.value} is below today's ${maximum(fact)}`);
      }
      const dates = (fact.history ?? []).map((h) => h.until);
      assert.deepEqual(dates, [...dates].sort().reverse(), `${id}: newest change first`);
      assert.ok(entry.note.length > 20, `${id} says where the change was read`);
    }
  });

  it('keeps the date of every fact it could not confirm, and says why in the audits page', () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'facts-audits.md'), 'utf8');
    for (const [id, why] of Object.entries(NINTH_UNCONFIRMED)) {
      if (id in TWELFTH_CHECKED || id in SIXTEENTH_CHECKED) continue; // confirmed by a later pass (its own test holds it)
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.ok(fact.checked < NINTH_ON, `${id} keeps its older date`);
      assert.ok(!(id in NINTH_CHECKED), id);
      assert.ok(why.length > 25 && page.includes(`| \`${id}\` |`), `${id} is listed with its reason`);
    }
  });

  it('moves the dead-letter queue range to the page that states it', () => {
    const fact = findFact('sqs.max-receive-count');
    assert.match(fact?.source ?? '', /SQSDeveloperGuide\/sqs-configure-dead-letter-queue\.html$/);
    assert.deepEqual(fact?.value, { type: 'range', min: 1, max: 1_000, unit: 'count' });
  });

  it('re-verifies two stale ranges on current copies, and corrects three values to what their pages say', () => {
    assert.equal(findFact('cognito.access-token-validity')?.reverified, NINTH_ON);
    assert.match(findFact('cognito.access-token-validity')?.source ?? '', /API_TokenValidityUnitsType\.html$/);
    assert.equal(findFact('rds-proxy.idle-timeout')?.reverified, NINTH_ON);
    assert.match(findFact('rds-proxy.idle-timeout')?.sourceSection ?? '', /1 to 28,800/);
    // Glacier: "about 40,000 GB (10,000 * 4 GB)", not 40 TiB.
    assert.deepEqual(findFact('s3-glacier-vaults.archive-size')?.value, { type: 'range', min: 1, max: 10_000 * 4 * 1_073_741_824, unit: 'bytes' });
    // CloudFront: the page sets no maximum on Default TTL, so it is a default, not a range.
    assert.deepEqual(findFact('cloudfront.default-ttl')?.value, { type: 'number', value: 86_400, unit: 'seconds' });
    assert.match(findFact('cloudfront.default-ttl')?.source ?? '', /distribution-web-values-specify\.html#DownloadDistValuesDefaultTTL$/);
    assert.match(findFact('s3-object-lambda.timeout')?.source ?? '', /olap-writing-lambda\.html$/);
  });

  it('lets the two re-verified ranges drive stated-limit, and only on their own words', () => {
    const stated = (text: string) => analyzeText(text).findings.filter((d) => d.ruleId === 'stated-limit').map((d) => text.slice(d.start, d.end));
    assert.deepEqual(stated('Cognito access token validity: 7 days.'), ['7 days']);
    assert.deepEqual(stated('RDS Proxy idle client timeout is set to 12 hours.'), ['12 hours']);
    // Refresh tokens live up to 10 years: their expiration is not the access token's.
    assert.deepEqual(stated('Cognito refresh token expiration is 30 days; access token expiration is 1 hour.'), []);
    assert.deepEqual(stated('Set the Cognito ID token validity to 10 minutes.'), []);
  });

  it('says of Elastic IPs that the figure stands and only hard-or-adjustable changed', () => {
    for (const id of ['ec2.elastic-ips', 'elastic-ip.per-region']) {
      const fact = findFact(id);
      assert.equal(fact?.hardLimit, false, id);
      assert.match(fact?.changed?.note ?? '', /^The figure is unchanged, but it is not a hard limit/, id);
    }
  });

  it('records no former value that is still right in another sentence (S3 single PUT 5 GB, WAF 1,500 WCUs)', () => {
    assert.ok(!('s3.object-size' in NINTH_HISTORY) && !('waf.wcu' in NINTH_HISTORY));
    const found = (text: string) => analyzeText(text).findings.map((d) => `${d.ruleId}: ${text.slice(d.start, d.end)}`);
    assert.deepEqual(found('S3 objects larger than 5 GB cannot be uploaded with a single PUT; use multipart upload.'), []);
  });

  it('gives Lambda MicroVMs a card from the English best-practices page, without the quotas only a Russian copy gave', () => {
    const card = getService('lambda-microvms');
    assert.equal(card?.parent, 'lambda');
    assert.ok(card && card.facts.length >= 3);
    for (const fact of card?.facts ?? []) {
      assert.match(fact.source, /^https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/microvms-best-practices\.html$/);
      assert.equal(fact.checked, NINTH_ON);
      assert.equal(fact.kind, 'behaviour', `${fact.id}: no quota from an untranslated copy`);
    }
    assert.ok(!card?.aliases.some((a) => a.toLowerCase() === 'microvm'), 'a bare microVM is Firecracker, not this service');
  });

  it('flags a CloudFormation ceiling AWS has raised, and leaves other lower figures alone', () => {
    const found = ceilingFindings('CloudFormation allows up to 200 resources per stack.');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0] ?? '', /outdated-ceiling: 200: .*500/);
    assert.equal(ceilingFindings('CloudFormation templates allow up to 60 parameters.').length, 1);
    assert.deepEqual(ceilingFindings('Our stacks stay under 150 resources per stack.'), []);
    assert.deepEqual(ceilingFindings('Until October 2020 a CloudFormation template could declare at most 200 resources per stack.'), []);
  });
});
