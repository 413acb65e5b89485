/**
 * The seventeenth re-verification pass (issue 13, facts helper session 17) and the twelfth random audit
 * (2026-12-08, seed 20261217): two quota values no AWS page states were fixed, and the facts read are dated.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine/features/hover';
import { findFact, getService } from '../../server/src/facts/catalog';
import {
  SEVENTEENTH_CHECKED,
  SEVENTEENTH_ON,
  SEVENTEENTH_PAGES_CHECKED,
  SEVENTEENTH_RECONFIRMED,
  SEVENTEENTH_REVERIFIED,
  SEVENTEENTH_UNCONFIRMED,
} from '../../server/src/facts/reverification-seventeenth';
import { AUDIT_L, NOT_REVERIFIED } from '../../scripts/facts-audit-data';
import { itRecordsAudit } from '../support/facts-audit';
import { itChecksPass } from '../support/facts-pass';

describe('seventeenth re-verification pass', () => {
  itChecksPass(SEVENTEENTH_CHECKED, SEVENTEENTH_ON, SEVENTEENTH_UNCONFIRMED);

  it('stamps the facts it re-verified and read again with its date, on the page that states the value', () => {
    for (const id of [...Object.keys(SEVENTEENTH_REVERIFIED), ...Object.keys(SEVENTEENTH_RECONFIRMED)]) {
      const fact = findFact(id);
      assert.equal(fact?.reverified, SEVENTEENTH_ON, id);
      assert.equal(fact?.checked, SEVENTEENTH_ON, id);
      assert.ok(!(id in NOT_REVERIFIED), `${id} is re-verified: not in the not-re-verified list`);
      // The EventBridge entry size is stated by an AWS Compute Blog post; the API reference still says 256KB.
      assert.match(fact?.source ?? '', id === 'eventbridge.event-size' ? /^https:\/\/aws\.amazon\.com\/blogs\/compute\// : /^https:\/\/docs\.aws\.amazon\.com\//, id);
      assert.doesNotMatch(fact?.source ?? '', /\/general\/latest\/gr\//, `${id}: no stored copy of a general-reference page shows its quotas`);
    }
    for (const note of Object.values(SEVENTEENTH_RECONFIRMED)) assert.ok(note.length > 60);
  });

  it('dates the pricing-model statements it read on the aws.amazon.com pages they cite', () => {
    for (const [id, note] of Object.entries(SEVENTEENTH_PAGES_CHECKED)) {
      const fact = findFact(id);
      assert.equal(fact?.checked, SEVENTEENTH_ON, id);
      assert.match(fact?.source ?? '', /^https:\/\/aws\.amazon\.com\/[a-z-]+\/pricing\/$/, id);
      assert.equal(fact?.value.type, 'text', `${id}: a statement, not a rate`);
      assert.ok(note.length > 60, id);
    }
  });

  it('gives 2 subscription filters per log group, as the quotas page and the API say, and flags 5', () => {
    const fact = findFact('cloudwatch-logs.subscription-filters');
    assert.equal(fact?.value.type === 'number' ? fact.value.value : undefined, 2);
    assert.equal(fact?.hardLimit, true);
    assert.match(fact?.source ?? '', /AmazonCloudWatch\/latest\/logs\/cloudwatch_limits_cwl\.html$/);
    assert.doesNotMatch(fact?.detail ?? '', /older/i);
    const about = (text: string): string[] =>
      analyzeText(text).findings.filter((f) => f.factIds.includes('cloudwatch-logs.subscription-filters')).map((f) => f.ruleId);
    assert.ok(about('CloudWatch Logs allows up to 5 subscription filters per log group.').length > 0, 'the 5 the pack gave is flagged');
    assert.deepEqual(about('CloudWatch Logs: up to 2 subscription filters per log group.'), []);
  });

  it('gives 100 OpenSearch domains per Region, adjustable, on the OpenSearch quotas page', () => {
    const fact = findFact('opensearch.domains');
    assert.equal(fact?.value.type === 'number' ? fact.value.value : undefined, 100);
    assert.equal(fact?.hardLimit, false);
    assert.equal(fact?.quota?.quotaCode, 'L-076D529E');
    assert.match(fact?.source ?? '', /opensearch-service\/latest\/developerguide\/limits\.html#clusterresource$/);
  });

  it('re-verifies the DocumentDB backup window on CreateDBCluster and the Snowball job lifetime on the quotas page', () => {
    const docdb = findFact('documentdb.backup-retention');
    assert.deepEqual(docdb?.value, { type: 'range', min: 1, max: 35, default: 1, unit: 'days' });
    assert.match(docdb?.source ?? '', /documentdb\/latest\/developerguide\/API_CreateDBCluster\.html$/);
    for (const id of ['snow-family.job-lifetime', 'snowball-edge.job-lifetime']) {
      const fact = findFact(id);
      assert.equal(fact?.hardLimit, false, id);
      assert.match(fact?.detail ?? '', /SSL certificate/, id);
      assert.match(fact?.sourceSection ?? '', /360 days/, id);
    }
  });
});

describe('twelfth random audit (2026-12-08, seed 20261217)', () => {
  itRecordsAudit(AUDIT_L, [33, 1, 0, 2, 14], /^Figure: 33 of the 36 checked facts are right; 1 wrong/);
});

describe('port cards that had no AWS page (seventeenth pass)', () => {
  const portCard = (text: string, port: string): string => hoverAt(analyzeText(text), text.indexOf(port) + 1)?.markdown ?? '';

  it('states each port on the page that lists it, read today', () => {
    const expected: Record<string, [number, RegExp]> = {
      'ses.port-smtp-starttls': [587, /ses\/latest\/dg\/smtp-connect\.html$/],
      'ses.port-smtp-25': [25, /smtp-connect\.html$/],
      'ses.port-smtp-2587': [2587, /smtp-connect\.html$/],
      'ses.port-smtps': [465, /smtp-connect\.html$/],
      'ses.port-smtps-2465': [2465, /smtp-connect\.html$/],
      'mq.port-mqtt': [8883, /using-amazon-mq-securely\.html#amazon-mq-vpc-security-groups$/],
      'mq.port-stomp': [61614, /using-amazon-mq-securely\.html/],
      'mq.port-websocket': [61619, /using-amazon-mq-securely\.html/],
      'mq.port-console': [8162, /using-amazon-mq-securely\.html/],
      'directory-service.port-kerberos': [88, /ms_ad_network_security\.html#aws_apps_native_ad_support$/],
      'directory-service.port-ldap': [389, /ms_ad_network_security\.html/],
      'directory-service.port-kpasswd': [464, /ms_ad_network_security\.html/],
      'directory-service.port-rpc': [135, /ms_ad_network_security\.html/],
      'directory-service.port-ldaps': [636, /ms_ad_network_security\.html/],
      'directory-service.port-global-catalog': [3268, /ms_ad_network_security\.html/],
      'directory-service.port-global-catalog-ssl': [3269, /ms_ad_network_security\.html/],
      'directory-service.port-adws': [9389, /ms_ad_network_security\.html/],
    };
    for (const [id, [port, page]] of Object.entries(expected)) {
      const fact = findFact(id);
      assert.equal(fact?.kind, 'port', id);
      assert.deepEqual(fact?.value, { type: 'number', value: port, unit: 'port' }, id);
      assert.match(fact?.source ?? '', page, id);
      assert.equal(fact?.checked, SEVENTEENTH_ON, id);
    }
  });

  it('shows a port card for SES SMTP, the Managed Microsoft AD ports and the ActiveMQ protocols', () => {
    assert.match(portCard('The app sends mail through SES on 587 with STARTTLS.', '587'), /Simple Email Service[^\n]*STARTTLS/);
    assert.match(portCard('Allow 389 from the app subnet to the domain controllers.', '389'), /Directory Service[^\n]*LDAP/);
    const mqtt = portCard('MQTT clients connect to the broker on 8883.', '8883');
    assert.match(mqtt, /AWS IoT Core/);
    assert.match(mqtt, /Amazon MQ[^\n]*ActiveMQ MQTT/);
  });

  it('names no successor for Elastic Graphics: the current API and CloudFormation pages give only the end of life', () => {
    const status = getService('elastic-graphics')?.status;
    assert.ok(status && status.state === 'retired' && status.since === '2024-01-08');
    assert.equal(status.successor, undefined);
    assert.doesNotMatch(JSON.stringify(findFact('elastic-graphics.lifecycle')?.value), /G4ad|G5/);
  });
});
