import { strict as assert } from 'node:assert';
import { getService } from '../../server/src/facts/catalog';
import { assertStatuses, lifecycleFindings } from '../support/lifecycle';


describe('lifecycle cards from AWS’s 2021–2025 list', () => {
  it('dates each retirement and closure, and cites an AWS page', () => {
    const expected: ReadonlyArray<[string, string, string]> = [
      ['chime', 'retired', '2026-02-20'],
      ['workdocs', 'retired', '2025-04-25'],
      ['opsworks', 'retired', '2024-05-26'],
      ['codestar', 'retired', '2024-07-31'],
      ['ec2-classic', 'retired', '2022-08-15'],
      ['aurora-serverless-v1', 'retired', '2025-03-31'],
      ['cloudsearch', 'closed-to-new-customers', ''],
      ['data-pipeline', 'closed-to-new-customers', ''],
    ];
    assertStatuses(expected, true);
  });

  it('reports the retired and closed services by their names', () => {
    assert.deepEqual(lifecycleFindings('Stand-ups happen in Amazon Chime.'), ['retired-service:Amazon Chime']);
    assert.deepEqual(lifecycleFindings('Reporting runs on Aurora Serverless v1.'), ['retired-service:Aurora Serverless v1']);
    assert.deepEqual(lifecycleFindings('Exports run on AWS Data Pipeline.'), ['closed-to-new-customers:AWS Data Pipeline']);
    assert.deepEqual(lifecycleFindings('Search is served by Amazon CloudSearch.'), ['closed-to-new-customers:Amazon CloudSearch']);
  });

  it('leaves look-alike words and live services with a retired one in their name alone', () => {
    for (const text of [
      'Team members chime in during the design review.',
      'Chime in below with your comments.',
      'Calls use the Amazon Chime SDK for WebRTC media.',
      'Our data pipeline streams events into S3.',
      'The Data Pipeline component writes Parquet files to S3.',
      'Reporting runs on Aurora Serverless v2.',
      'The stack was drawn in AWS Infrastructure Composer.',
      'CodePipeline pulls from GitHub through AWS CodeConnections.',
    ]) {
      assert.deepEqual(lifecycleFindings(text), [], text);
    }
  });

  it('knows the third-pass entries (MediaStore, Evidently, Lookout for Metrics, Elastic Inference, Lex V1)', () => {
    const expected: ReadonlyArray<[string, string, string]> = [
      ['mediastore', 'retired', '2025-11-13'],
      ['cloudwatch-evidently', 'retired', '2025-10-16'],
      ['lookout-for-metrics', 'retired', '2025-10-09'],
      ['elastic-inference', 'closed-to-new-customers', '2023-04-15'],
      ['lex-v1', 'retired', '2025-09-15'],
    ];
    assertStatuses(expected);
    assert.deepEqual(lifecycleFindings('Segments live in AWS Elemental MediaStore.'), ['retired-service:AWS Elemental MediaStore']);
    assert.deepEqual(lifecycleFindings('Flags: CloudWatch Evidently. Bot: Lex V1.'), ['retired-service:CloudWatch Evidently', 'retired-service:Lex V1']);
    assert.deepEqual(lifecycleFindings('services: mediastore, lookout for metrics, elastic inference'), [
      'retired-service:mediastore',
      'retired-service:lookout for metrics',
      'closed-to-new-customers:elastic inference',
    ]);
    for (const quiet of ['The bot runs on Amazon Lex V2.', 'The results were evidently wrong.']) {
      assert.deepEqual(lifecycleFindings(quiet), [], quiet);
    }
  });

  it('names the renamed services by their current names', () => {
    assert.deepEqual(lifecycleFindings('CodePipeline pulls from GitHub through AWS CodeStar Connections.'), ['renamed-service:AWS CodeStar Connections']);
    assert.deepEqual(lifecycleFindings('The diagram was drawn in AWS Application Composer.'), ['renamed-service:AWS Application Composer']);
  });
});

describe('lifecycle cards added after the second random audit', () => {
  it('knows Alexa for Business is retired (undated on AWS’s page) and Glue for Ray is closed', () => {
    const alexa = getService('alexa-for-business')?.status;
    assert.ok(alexa && alexa.state === 'retired');
    assert.equal(alexa.since, '');
    assert.match(alexa.source, /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.deepEqual(lifecycleFindings('Meeting rooms are managed with Alexa for Business.'), ['retired-service:Alexa for Business']);
    assert.deepEqual(lifecycleFindings('Ray jobs in AWS Glue score the batch.'), ['closed-to-new-customers:Ray jobs in AWS Glue']);
  });
});

describe('fourth lifecycle pass: availability notices in the stored AWS docs', () => {
  it('Systems Manager Change Manager and SageMaker geospatial are closed to new customers, undated as AWS leaves them', () => {
    for (const [id, parent] of [['ssm-change-manager', 'ssm'], ['sagemaker-geospatial', 'sagemaker-ai']] as const) {
      const card = getService(id);
      assert.equal(card?.parent, parent, id);
      const status = card?.status;
      assert.ok(status && status.state === 'closed-to-new-customers', id);
      assert.equal(status.since, '', id);
      assert.match(status.source, /^https:\/\/docs\.aws\.amazon\.com\//, id);
    }
  });

  it('reports them by name, but not a change manager who approves changes', () => {
    assert.deepEqual(lifecycleFindings('Approvals go through AWS Systems Manager Change Manager.'), [
      'closed-to-new-customers:AWS Systems Manager Change Manager',
    ]);
    assert.deepEqual(lifecycleFindings('Imagery is processed with SageMaker geospatial capabilities.'), [
      'closed-to-new-customers:SageMaker geospatial capabilities',
    ]);
    assert.deepEqual(lifecycleFindings('The change manager approves every Systems Manager automation run.'), []);
    assert.deepEqual(lifecycleFindings('Models are trained in Amazon SageMaker AI.'), []);
  });
});
