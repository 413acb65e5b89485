/**
 * The sixteenth re-verification pass (issue 13, facts helper session 16): limits, durability and behaviour facts still
 * dated 2026-11-27, read on the 2023 awsdocs copies, current copies and the botocore models.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';
import { findFact, getService } from '../../server/src/facts/catalog';
import { SIXTEENTH_CHECKED, SIXTEENTH_ON, SIXTEENTH_UNCONFIRMED } from '../../server/src/facts/reverification-sixteenth';
import { AUDITS, AUDIT_K, NOT_REVERIFIED } from '../../scripts/facts-audit-data';
import { itRecordsAudit } from '../support/facts-audit';
import { itChecksPass } from '../support/facts-pass';
import { assertNoLifecycleFindings } from '../support/lifecycle';

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

  it('lists every Glue crawler target of the API, and cites API pages for the crawler and Kendra connector lists', () => {
    const crawlers = findFact('glue.crawlers');
    assert.ok(crawlers?.value.type === 'text' && /MongoDB.*Delta Lake.*Iceberg.*Hudi/.test(crawlers.value.value));
    assert.match(crawlers?.source ?? '', /glue\/latest\/webapi\/API_CrawlerTargets\.html$/);
    assert.match(findFact('kendra.connectors')?.source ?? '', /kendra\/latest\/APIReference\/API_CreateDataSource\.html$/);
  });

  it('gives the 1 s - 7 day cookie duration to ALB only', () => {
    const fact = findFact('elb.stickiness');
    assert.ok(fact?.value.type === 'text' && /^ALB: .*7 days.*; CLB: cookies; NLB: source-IP/.test(fact.value.value));
  });
});

describe('renames no AWS page dates: AWS Chatbot, Amazon WorkSpaces Web', () => {
  const mentions = (text: string): string[] =>
    analyzeText(text).model.contexts.flatMap((c) => c.services.map((s) => `${s.serviceId}:${s.text}`));

  it('recognises the old name as the renamed service, in either case', () => {
    assert.deepEqual(mentions('Alerts go to Slack through AWS Chatbot.'), ['q-developer-chat:AWS Chatbot']);
    assert.deepEqual(mentions('alerts go to slack through aws chatbot.'), ['q-developer-chat:aws chatbot']);
    assert.deepEqual(mentions('Contractors use Amazon WorkSpaces Web.'), ['workspaces-secure-browser:Amazon WorkSpaces Web']);
    assert.deepEqual(mentions('Amazon Q Developer suggests code.'), ['q-developer:Amazon Q Developer']);
  });

  it('says "formerly" with no date, and keeps the undated name out of the dated list the rename rule reads', () => {
    for (const [id, former] of [
      ['q-developer-chat', 'AWS Chatbot'],
      ['workspaces-secure-browser', 'Amazon WorkSpaces Web'],
    ] as const) {
      const card = getService(id);
      assert.equal(card?.formerNames, undefined, id);
      assert.deepEqual(card?.formerNamesUndated?.map((f) => f.name), [former], id);
      const name = card?.facts.find((f) => f.kind === 'lifecycle');
      assert.ok(name?.value.type === 'text' && name.value.value.startsWith(`Formerly ${former}`), id);
      assert.ok(name?.value.type === 'text' && /give no date/.test(name.value.value), id);
      assert.doesNotMatch(JSON.stringify(name?.value), /20\d\d/, `${id}: no date invented`);
      for (const fact of card?.facts ?? []) assert.match(fact.source, /^https:\/\/docs\.aws\.amazon\.com\//, fact.id);
    }
    // renamed-service reports undated renames (lead, c31c635) without a year: no finding dates the rename.
    for (const [text, former, current] of [
      ['Alerts go to Slack through AWS Chatbot.', 'AWS Chatbot', 'Amazon Q Developer in chat applications'],
      ['Contractors use Amazon WorkSpaces Web.', 'Amazon WorkSpaces Web', 'Amazon WorkSpaces Secure Browser'],
    ] as const) {
      const findings = analyzeText(text).findings.filter((f) => f.ruleId === 'renamed-service');
      assert.deepEqual(findings.map((f) => f.message), [`${former} is now ${current}.`], text);
      assert.equal(findings[0]?.changedIn, undefined, text);
    }
    assertNoLifecycleFindings(['Alerts reach Slack through Amazon Q Developer in chat applications (formerly AWS Chatbot).']);
  });
});

describe('eleventh random audit (2026-12-07h, seed 20261216)', () => {
  itRecordsAudit(AUDIT_K, [28, 0, 1, 3, 18], /^Figure: 28 of the 32 checked facts are right; 1 stale/, 20261217);

  it('fixes what it found: InfluxDB clusters, the Pinpoint banner, Network Firewall policy kinds, the ONTAP tiering page', () => {
    const text = (id: string): string => {
      const v = findFact(id)?.value;
      return v?.type === 'text' ? v.value : '';
    };
    assert.match(text('timestream-influxdb.model'), /DB clusters with read replicas/);
    assert.match(text('pinpoint.lifecycle'), /^End of support 30 October 2026/);
    const status = getService('pinpoint')?.status;
    assert.ok(status && status.state === 'retired');
    assert.doesNotMatch(`${text('pinpoint.lifecycle')} ${status.note ?? ''}`, /May 2025/);
    assert.match(text('network-firewall.engines'), /Classic policies: .*Next Generation policies: /);
    assert.match(findFact('fsx-ontap.tiering')?.source ?? '', /how-it-works-fsx-ontap\.html#data-tiering$/);
    assert.match(findFact('redshift.performance')?.detail ?? '', /c_best-practices-sort-key/);
  });
});
