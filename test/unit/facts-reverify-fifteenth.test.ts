/**
 * The fifteenth re-verification pass (issue 13, facts helper session 15): the tenth audit's rows not looked up, and
 * the range facts still dated 2026-11-27.
 */
import { strict as assert } from 'node:assert';
import { findFact, getService } from '../../server/src/facts/catalog';
import {
  FIFTEENTH_CHECKED,
  FIFTEENTH_ON,
  FIFTEENTH_RECONFIRMED,
  FIFTEENTH_REVERIFIED,
  FIFTEENTH_UNCONFIRMED,
} from '../../server/src/facts/reverification-fifteenth';
import { NOT_REVERIFIED } from '../../scripts/facts-audit-data';
import { itChecksPass } from '../support/facts-pass';
import { assertNoLifecycleFindings, assertStatuses, lifecycleFindings } from '../support/lifecycle';

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

describe('fifth lifecycle pass: availability notices on AWS pages and removed SDK clients', () => {
  it('dates each one as the notice on its cited AWS page does', () => {
    const expected: ReadonlyArray<[string, string, string]> = [
      ['codeguru-reviewer', 'closed-to-new-customers', '2025-11-07'],
      ['codeguru-security', 'retired', '2025-11-20'],
      ['connect-voice-id', 'retired', '2026-05-20'],
      ['elastic-graphics', 'retired', '2024-01-08'],
      ['iot-fleet-hub', 'retired', '2025-10-18'],
      ['iot-fleetwise', 'closed-to-new-customers', '2026-04-30'],
      ['dms-fleet-advisor', 'retired', '2026-05-20'],
      ['iot-sitewise-monitor', 'closed-to-new-customers', '2025-11-07'],
      ['rekognition-people-pathing', 'retired', '2025-10-31'],
      ['iot-things-graph', 'retired', ''],
      ['healthomics-analytics-stores', 'closed-to-new-customers', ''],
    ];
    assertStatuses(expected, true);
    for (const [id] of expected) assert.equal(findFact(`${id}.lifecycle`)?.checked, FIFTEENTH_ON, id);
    // The seventeenth pass removed the successor: the current EC2 API and CloudFormation pages no longer name one.
    const graphics = getService('elastic-graphics')?.status;
    assert.ok(graphics && graphics.state !== 'active' && graphics.successor === undefined);
  });

  it('reports them by the names documents use, in lists in lower case too', () => {
    assert.deepEqual(lifecycleFindings('Pull requests are reviewed by Amazon CodeGuru Reviewer.'), ['closed-to-new-customers:Amazon CodeGuru Reviewer']);
    assert.deepEqual(lifecycleFindings('The CAD workstation attaches an Elastic GPU.'), ['retired-service:Elastic GPU']);
    assert.deepEqual(lifecycleFindings('services: codeguru security, iot fleetwise, dms fleet advisor'), [
      'retired-service:codeguru security',
      'closed-to-new-customers:iot fleetwise',
      'retired-service:dms fleet advisor',
    ]);
  });

  it('leaves ordinary words and the live parent services alone', () => {
    assertNoLifecycleFindings([
      "Store the caller's voice ID next to the ticket.",
      'We manage the truck fleet fleetwise, one depot at a time.',
      'AWS DMS replicates the changes (CDC) into Aurora.',
      'Amazon Connect routes the calls to agents.',
      'Rekognition detects labels in the uploaded images.',
    ]);
  });
});

describe('fifth lifecycle pass: CodeWhisperer is Amazon Q Developer', () => {
  it('names the rename and its date, and reports the former name', () => {
    const card = getService('q-developer');
    assert.deepEqual(card?.formerNames?.map((f) => [f.name, f.until]), [['Amazon CodeWhisperer', '2024-04-30']]);
    assert.deepEqual(lifecycleFindings('Developers get suggestions from Amazon CodeWhisperer.'), ['renamed-service:Amazon CodeWhisperer']);
    assertNoLifecycleFindings(['We use Amazon Q Developer in VS Code.']);
  });
});

describe('fifteenth pass: values the API references state now', () => {
  const values = (id: string): readonly string[] => {
    const v = findFact(id)?.value;
    return v?.type === 'list' ? v.values : [];
  };

  it('lists the thirteen Organizations policy types of EnablePolicyType', () => {
    const types = values('organizations.policy-types');
    assert.equal(types.length, 13);
    for (const t of ['SCP', 'RCP', 'chat applications policy', 'Security Hub policy', 'Bedrock policy', 'S3 policy']) assert.ok(types.includes(t), t);
    assert.match(findFact('organizations.policy-types')?.source ?? '', /API_EnablePolicyType\.html$/);
  });

  it('says where Elastic is the EFS default (the console), and that the API defaults to bursting', () => {
    assert.deepEqual(values('efs.throughput-modes'), ['Elastic (the console default)', 'Provisioned', 'Bursting (the API default)']);
  });

  it('counts Amazon S3 Files among the ECS task volumes (Volume in the ECS API)', () => {
    assert.ok(values('ecs.volumes').includes('Amazon S3 Files'));
    assert.match(findFact('ecs.volumes')?.source ?? '', /APIReference\/API_Volume\.html$/);
    assert.doesNotMatch(findFact('ecs.volumes')?.detail ?? '', /S3 is not a task volume/);
  });

  it('marks FTPS as VPC-only like FTP, adds Textract layout, and sends immediate anomaly alerts by SNS', () => {
    assert.deepEqual(values('transfer-family.protocols'), ['SFTP', 'FTPS (VPC endpoint only)', 'FTP (VPC endpoint only)', 'AS2']);
    assert.ok(values('textract.features').includes('layout'));
    assert.equal(values('cost-anomaly-detection.frequency')[0], 'individual alerts (immediate, through an SNS topic)');
  });
});

describe('Amazon S3 Files card', () => {
  it('is its own card under S3, named with its prefix; "S3 files" in prose stays S3', () => {
    const card = getService('s3-files');
    assert.equal(card?.parent, 's3');
    assert.ok(card?.ambiguousAliases?.includes('S3 Files'));
    assert.ok(!card?.aliases.includes('S3 Files'));
    assert.equal(card?.facts.length, 3);
    for (const fact of card?.facts ?? []) assert.match(fact.source, /^https:\/\/docs\.aws\.amazon\.com\//, fact.id);
  });
});
