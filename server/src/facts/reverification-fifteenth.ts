/**
 * The fifteenth re-verification pass (issue 13, facts helper session 15): the rows the tenth random audit did not look
 * up, and the quota, range and limit facts still dated 2026-11-27, read on the current copies the `search` docs and
 * pages corpora return, on the awsdocs GitHub copies (archived in 2023, so they confirm only values unchanged since)
 * and on the botocore service models (snapshot of August 2026), from which the API references' "Valid Range" and
 * "Default" lines are generated. Values live in services/*.ts.
 *
 * FIFTEENTH_REVERIFIED: facts first stamped re-verified in this pass (the page states the value now).
 * FIFTEENTH_RECONFIRMED: facts an earlier pass re-verified, read again here (the earlier entry, edited where this pass
 * moved its source, keeps the names; the date moves to FIFTEENTH_ON).
 * FIFTEENTH_CHECKED: facts read and confirmed that no quota pass stamps; "fixed:" marks a changed value or source.
 * FIFTEENTH_UNCONFIRMED: facts read and not confirmed; their dates stay and docs/facts-audits.md lists the reason.
 */

import type { Reverification } from './reverification';

export const FIFTEENTH_ON = '2026-12-07';

const APPRUNNER_CREATE_SCALING =
  'https://docs.aws.amazon.com/apprunner/latest/api/API_CreateAutoScalingConfiguration.html#apprunner-CreateAutoScalingConfiguration-request-MaxConcurrency';

export const FIFTEENTH_REVERIFIED: Readonly<Record<string, Reverification>> = {
  'app-runner.concurrency': {
    source: APPRUNNER_CREATE_SCALING,
    sourceSection:
      'MaxConcurrency: the maximum number of concurrent requests that you want an instance to process; Default: 100; Valid Range: minimum value of 1, maximum value of 200 (the botocore model of the API, August 2026: ASConfigMaxConcurrency min 1, max 200)',
    quota: { adjustable: false },
    detail: 'Above this many concurrent requests on an instance, App Runner scales the service up (up to MaxSize instances).',
    names: {
      words: ['max concurrency', 'maximum concurrency', 'concurrent requests per instance'],
      iac: ['MaxConcurrency', 'max_concurrency', 'maxConcurrency'],
      cli: ['--max-concurrency'],
      units: ['requests'],
    },
  },
};

export const FIFTEENTH_RECONFIRMED: Readonly<Record<string, string>> = {
  'backup.continuous-retention':
    'fixed source: point-in-time-recovery-retention-period, Changing your retention period (current copies on docs.aws.amazon.com and docs.amazonaws.cn): the minimum retention period is 1 day, the maximum retention period is 35 days; the page cited before (point-in-time-recovery) gives only the maximum and no copy of it was reached',
  'cognito.access-token-validity':
    'TokenValidityUnitsType (current copies, docs.aws.amazon.com and docs.amazonaws.cn): AccessTokenValidity and IdTokenValidity duration can range from five minutes to one day, time unit hours by default; the one-hour default is not on it but on CreateUserPoolClient (botocore model, August 2026: if you do not specify otherwise in the app client, access and ID tokens are valid for one hour), now named in the detail',
};

export const FIFTEENTH_CHECKED: Readonly<Record<string, string>> = {
  // The tenth random audit's rows not looked up then (2026-12-07g).
  'opensearch.endpoint-ports':
    'vpc, Testing VPC domains (2023 copy, section vpc-test): specifying port 9200 in the SSH tunnel simulates a local OpenSearch install; OpenSearch Service only accepts connections over port 80 (HTTP) or 443 (HTTPS)',
  'infrastructure-composer.deploy':
    'other-services-cfn (current copies, docs.aws.amazon.com and docs.amazonaws.cn): to deploy, use any AWS CloudFormation compatible service; we recommend AWS SAM; as you design, sam sync has the AWS SAM CLI detect local changes and deploy them to CloudFormation',
  'forecast.what':
    'fixed source: howitworks-predictor, Training Predictors (current copy): a predictor is trained on your target time series, related time series, item metadata and any additional datasets and generates forecasts from them; by default Forecast creates an AutoPredictor, applying the optimal combination of algorithms to each time series; the Forecast documentation landing page: historical time-series data to predict future points. The cited what-is-forecast page was not reached',
  'macie.scope':
    'fixed source: the Macie API reference Welcome (current copy): Macie gives an inventory of your S3 general purpose buckets and evaluates and monitors them for security and access control, and discovers sensitive data in S3 objects; it names no other data store. The cited what-is-macie page was not reached',
};

export const FIFTEENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'glue-elastic-views.alternatives':
    'zero-etl-using (current copy): zero-ETL integration makes transactional and operational data available in Amazon Redshift from multiple operational and transactional sources, but the excerpts reached stop before its list of sources, so Aurora and DynamoDB were not read on it (the Aurora and RDS guides\' zero-ETL pages, current, name Aurora and RDS for MySQL, PostgreSQL and Oracle)',
};
