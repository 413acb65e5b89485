/**
 * The seventeenth re-verification pass (issue 13, facts helper session 17): the twelfth random audit's rows (seed
 * 20261217, docs/facts-audits.md) and then facts still dated 2026-11-27, read on the current copies the `search`
 * docs and pages corpora return, the awsdocs GitHub copies (archived in 2023, read whole with git) and the botocore
 * service models (August 2026), from which the API references' member descriptions are generated. Values live in
 * services/*.ts.
 *
 * SEVENTEENTH_REVERIFIED: limit and range facts first stamped re-verified here (a current page states the value).
 * SEVENTEENTH_RECONFIRMED: facts an earlier pass re-verified, read again on a current copy (the earlier entry, edited
 * where this pass fixed its value or source, keeps the names; the date moves to SEVENTEENTH_ON).
 * SEVENTEENTH_CHECKED: docs.aws.amazon.com facts read and confirmed that no quota pass stamps; "fixed:" marks a
 * changed value or source. SEVENTEENTH_PAGES_CHECKED: the same for statements on aws.amazon.com pages (pricing models).
 * SEVENTEENTH_UNCONFIRMED: facts read and not confirmed; their dates stay and docs/facts-audits.md lists the reason.
 */

import type { Reverification } from './reverification';

export const SEVENTEENTH_ON = '2026-12-08';

const DOCDB_CREATE_CLUSTER = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/API_CreateDBCluster.html';
const SNOW_LIMITS = 'https://docs.aws.amazon.com/snowball/latest/developer-guide/limits.html';
const SNOW_JOB_LIMITS =
  'AWS Snowball Edge quotas, Limitations for AWS Snowball Edge jobs (current copy): jobs using an AWS Snowball Edge device must be completed within 360 days of being prepared; to keep a device longer than 360 days, see Updating the SSL certificate on Snowball Edge devices; after 360 days the device becomes locked and must be returned';

export const SEVENTEENTH_REVERIFIED: Readonly<Record<string, Reverification>> = {
  'documentdb.backup-retention': {
    source: DOCDB_CREATE_CLUSTER,
    sourceSection:
      'CreateDBCluster BackupRetentionPeriod: the number of days for which automated backups are retained; you must specify a minimum value of 1; Default: 1; Constraints: must be a value from 1 to 35 (the botocore model of the API, August 2026)',
    quota: { adjustable: false },
    detail: 'The backup_restore-nouns_verbs page gives the 1-35 day window too, but not the default.',
  },
  // Adjustable: not through Service Quotas, but a device's SSL certificate can be updated to keep it past 360 days.
  'snow-family.job-lifetime': { source: SNOW_LIMITS, sourceSection: SNOW_JOB_LIMITS, quota: { adjustable: true } },
  'snowball-edge.job-lifetime': { source: SNOW_LIMITS, sourceSection: SNOW_JOB_LIMITS, quota: { adjustable: true } },
};

export const SEVENTEENTH_RECONFIRMED: Readonly<Record<string, string>> = {
  'cloudwatch-logs.subscription-filters':
    'fixed value (5 -> 2) and source: CloudWatch Logs quotas (cloudwatch_limits_cwl, a copy with the 2025 rows for S3 Tables integration and bearer-token authentication): Subscription filters per log group, each supported Region: 2, not adjustable; PutSubscriptionFilter (CloudWatch Logs API, current model): each log group can have up to two subscription filters. The third pass cited the general-reference cwl_region page with 5, which no stored copy states',
  'opensearch.domains':
    'fixed value (500 -> 100) and source: limits, Domain and instance quotas (awsdocs copy of November 2024, section clusterresource): Domains per Region 100, adjustable (L-076D529E); the Service Quotas user guide\'s current Viewing service quotas page shows the es default quota Domains per Region with Value 100.0. The third pass cited the general-reference opensearch-service page with 500, which no stored copy states. Looked for after the twelfth audit\'s wrong row (same pattern: a quota stamped on a general-reference page)',
  'eventbridge.event-size':
    'fixed source: More room to build: serverless services now support payloads up to 1 MB (AWS Compute Blog, 29 January 2026, stored copy): the maximum payload size was raised from 256 KB to 1 MB for asynchronous Lambda invocations, Amazon SQS and Amazon EventBridge. The third pass cited PutEvents as saying "less than 1MB"; its stored copies (and the botocore model of August 2026) still say "less than 256KB"',
  'alb.targets':
    'load-balancer-limits, Load balancers (current copy): Targets per Application Load Balancer 1,000, adjustable',
  'kms.deletion-window':
    'ScheduleKeyDeletion PendingWindowInDays (KMS API, current model): if you include a value, it must be between 7 and 30, inclusive; if you do not include a value, it defaults to 30',
  'direct-connect.private-vif-mtu':
    'CreatePrivateVirtualInterface, NewPrivateVirtualInterface mtu (Direct Connect API, current model): the supported values are 1500 and 8500; the default value is 1500',
  'cloudwatch-logs.retention-values':
    'PutRetentionPolicy retentionInDays (CloudWatch Logs API, current model): possible values are 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 and 3653',
};

export const SEVENTEENTH_CHECKED: Readonly<Record<string, string>> = {
  // The twelfth random audit's rows (2026-12-08, seed 20261217) confirmed on a current copy.
  'clb.status':
    'introduction (current copy): Classic Load Balancers are the previous generation of load balancers from Elastic Load Balancing; we recommend that you migrate to a current generation load balancer (Migrate your Classic Load Balancer: to an Application or Network Load Balancer)',
  'opensearch.serverless':
    'serverless-overview (awsdocs copy of November 2024): an on-demand serverless configuration that removes provisioning, configuring and tuning clusters; a collection is a group of indexes; compute capacity is measured in OpenSearch Compute Units (OCUs)',
  'codeconnections.prefix':
    'rename (current copy): on March 29, 2024 AWS CodeStar Connections was renamed AWS CodeConnections; connections APIs use the renamed prefix codeconnections; actions and resources for the codestar-connections prefix remain available; in an IAM policy the service prefix must match that of the resource',
  'data-pipeline.lifecycle':
    'the banner on every page of the Data Pipeline developer guide (current copies): AWS Data Pipeline is no longer available to new customers; existing customers can continue to use the service as normal',
  // Facts dated 2026-11-27 that a rule reads, read again.
  'acm.export':
    'fixed value and source: ExportCertificate (ACM API, current model): exports a private certificate issued by a private CA or a public certificate for use anywhere, with the certificate chain and the encrypted private key; ACM public certificates created prior to June 17, 2025 cannot be exported; CertificateOptions Export: you can opt in to allow the export of your certificates by specifying ENABLED, and cannot update it after the certificate is created. The value left out private-CA certificates; the cited acm-exportable-certificates page was not read',
  'documentdb.compatibility':
    'fixed value: compatibility (current copy, English and translated): Amazon DocumentDB supports MongoDB compatibility including MongoDB 4.0, MongoDB 5.0 and MongoDB 8.0; DocumentDB 8.0 also supports applications built using MongoDB API versions 6.0 and 7.0; the page lists functional differences per version. The value still named 3.6, which the page no longer lists',
  'fsx-openzfs.nfs-versions':
    'what-is-fsx (2023 copy): accessible from Linux, Windows and macOS instances and containers via the industry-standard NFS protocol (v3, v4.0, v4.1, v4.2)',
  'macie.findings-retention':
    'findings-suppression (current copies): suppressed findings persist in Macie until they expire (Macie stores findings for 90 days)',
};

export const SEVENTEENTH_PAGES_CHECKED: Readonly<Record<string, string>> = {
  'cloudformation.price':
    'aws.amazon.com/cloudformation/pricing (stored copy): no additional charge for resource providers in the AWS::*, Alexa::* and Custom::* namespaces (you pay for the AWS resources created); registry extensions incur charges per handler operation',
  'lake-formation.price':
    'aws.amazon.com/lake-formation/pricing (stored copy): there is no additional charge for using features in Lake Formation; standard usage rates apply for the services it builds on (AWS Glue, Amazon S3, Athena, EMR, Redshift and others)',
  'glue.catalog-free-tier':
    'aws.amazon.com/glue/pricing (the stored Japanese copy of the page): for the Data Catalog you pay a monthly fee for storing and accessing metadata; the first million objects stored and the first million accesses are free',
};

export const SEVENTEENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'fsx-file-gateway.lifecycle':
    'the banner on the FSx File Gateway pages and the Storage Gateway API (current copies): Amazon FSx File Gateway is no longer available to new customers, existing customers can continue to use it; no stored AWS page gives the October 2024 date the value and the card (since 2024-10-28) carry',
  'ssm-parameter-store.throughput':
    'the general-reference ssm page was not reached; parameter-store-throughput (2023 copy) describes the opt-in, charged higher throughput without a figure; only third-party pages give 10,000 TPS',
  'cloudformation.composer':
    'what-is-composer (current copies) names AWS Infrastructure Composer but neither the former name nor the date; the CloudFormation guide page on Infrastructure Composer says "formerly known as Application Composer" with no date; the What\'s New post of October 2024 is not stored',
};
