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
  // Behaviour facts dated 2026-11-27 whose values the API references state (read in the botocore model of 2026-08, the
  // text those pages render); the source moves there unless an earlier audit read the value on the cited page.
  'polly.engines':
    'SynthesizeSpeech Engine (API reference, current model): standard | neural | long-form | generative; the cited voice-engines-polly page was read right in the random audit of 2026-12-06 (four voice engines)',
  'sns.protocols':
    'Subscribe Protocol (API reference, current model): http, https, email, email-json, sms, sqs, application (mobile push), lambda, firehose (Amazon Data Firehose); the cited welcome page was read right in the random audit of 2026-12-06',
  'app-runner.sources':
    'SourceConfiguration (API reference, current model): a CodeRepository or an ImageRepository (Amazon ECR or ECR Public); the cited what-is-apprunner page was read right in the random audit of 2026-12-06',
  'kendra.editions':
    'fixed source: CreateIndex Edition (API reference, current model): DEVELOPER_EDITION | ENTERPRISE_EDITION | GEN_AI_ENTERPRISE_EDITION. The cited kendra-editions page has no stored copy (the stored guide predates the GenAI Enterprise edition)',
  'keyspaces.capacity-modes':
    'fixed source: CapacitySpecification throughputMode (API reference, current model): PAY_PER_REQUEST (on-demand) | PROVISIONED. The cited what-is-keyspaces page was not read',
  'savings-plans.payment':
    'fixed source: SavingsPlanOffering paymentOption (API reference, current model): All Upfront | Partial Upfront | No Upfront. The cited what-is-savings-plans page has no stored copy',
  'cost-anomaly-detection.monitors':
    'fixed source: AnomalyMonitor MonitorDimension (API reference, current model): SERVICE | LINKED_ACCOUNT | TAG | COST_CATEGORY (AWS services, linked accounts, cost allocation tags, cost categories). The cited manage-ad page was not read',
  'cost-anomaly-detection.frequency':
    'fixed value and source: AnomalySubscription Frequency (API reference, current model): DAILY | IMMEDIATE | WEEKLY; notifications are sent over email for DAILY and WEEKLY and over SNS for IMMEDIATE. The value said individual alerts go by SNS or email; no page read dates a change, so no former value is recorded',
  'transfer-family.protocols':
    'fixed value and source: CreateServer Protocols (API reference in the Transfer Family user guide, current model and 2023 copy): SFTP, FTPS, FTP and AS2; if Protocols includes FTP or FTPS, EndpointType must be VPC. The value marked only FTP as VPC-only',
  'vm-import-export.import-formats':
    'fixed source: ImageDiskContainer Format (EC2 API reference, current model): OVA | VHD | VHDX | VMDK | RAW. The cited vm-import prerequisites page has no stored copy',
  'appflow.triggers':
    'fixed source: TriggerConfig triggerType (AppFlow API reference, current model): Scheduled | Event | OnDemand. The cited flow-triggers page was not read',
  'fsx-openzfs.deployment':
    'fixed source: CreateFileSystemOpenZFSConfiguration DeploymentType (FSx API reference, current model): SINGLE_AZ_1, SINGLE_AZ_2, SINGLE_AZ_HA_1, SINGLE_AZ_HA_2 (Single-AZ) and MULTI_AZ_1 (Multi-AZ). The cited availability-durability page has no stored copy',
  'efs.throughput-modes':
    'fixed value and source: managing-throughput (current copies, docs.amazonaws.cn English and docs.aws.amazon.com ja_jp): Elastic throughput is the default throughput mode in the Amazon EFS console and recommended for most use cases; Provisioned and Bursting can be chosen; CreateFileSystem ThroughputMode (API reference, current model): bursting | provisioned | elastic, Default is bursting. The value called Elastic the default without saying where',
  'organizations.policy-types':
    'fixed value and source: EnablePolicyType PolicyType (Organizations API reference, current model): SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY, DECLARATIVE_POLICY_EC2, BACKUP_POLICY, TAG_POLICY, CHATBOT_POLICY, AISERVICES_OPT_OUT_POLICY, SECURITYHUB_POLICY, UPGRADE_ROLLOUT_POLICY, INSPECTOR_POLICY, BEDROCK_POLICY, S3_POLICY, NETWORK_SECURITY_DIRECTOR_POLICY. The value named six of the thirteen; no page read dates each addition, so no former value is recorded',
  'textract.features':
    'fixed value and source: AnalyzeDocument FeatureTypes (API reference, current model): TABLES, FORMS, QUERIES, SIGNATURES, LAYOUT; the AWS SDK changelog of 27 September 2023 adds Layout; AnalyzeExpense and AnalyzeID are operations of the same API. The value lacked layout; the cited what-is page was not read',
  'kms.imported-material':
    'fixed value and source: RotateKeyOnDemand (KMS API reference, current model): on-demand rotation of a symmetric encryption KMS key with imported key material needs new key material already imported (state PENDING_ROTATION); for multi-Region keys, import it into the primary and each replica, then rotate on the primary; EnableKeyRotation: automatic rotation cannot be enabled for keys with imported key material. The value limited on-demand rotation to single-Region keys and named alias swaps, which these pages do not state',
  'cost-explorer.history':
    'fixed source: GetCostAndUsageComparisons (Cost Explorer API reference, current model): cost and usage between two periods within the last 13 months; if you have enabled multi-year data at monthly granularity, you can go back up to 38 months (GetCostComparisonDrivers says the same; GetCostForecast gives the forecast). The cited ce-what-is page was not reached',
  'emr.node-types':
    'emr-master-core-task-nodes (2023 copy): the master node manages the cluster; core nodes run the DataNode daemon for HDFS and run tasks; task nodes run tasks, store no HDFS data and often run on Spot Instances; the EMR API InstanceRoleType (current model) is still MASTER | CORE | TASK',
  'ecs.volumes':
    'fixed value and source: Volume (ECS API reference, current model): each volume is one of configuredAtLaunch (Amazon EBS volumes for standalone tasks or services), dockerVolumeConfiguration (Docker volumes, not supported on Fargate), efsVolumeConfiguration (Amazon EFS), s3filesVolumeConfiguration (an Amazon S3 Files file system), fsxWindowsFileServerVolumeConfiguration or host (bind mounts). The value lacked Amazon S3 Files and its detail said S3 is no task volume; no page read dates the addition',
  'datasync.locations':
    'the DataSync API (current model) has CreateLocation operations for NFS, SMB, HDFS, object storage, S3, EFS, FSx for Lustre, ONTAP, OpenZFS and Windows File Server, and Azure Blob; the cited what-is-datasync page was read right in the random audit of 2026-12-06',
  'db2.licensing':
    'fixed source: CreateDBInstance LicenseModel (RDS API reference, current model): for RDS for Db2, bring your own license (BYOL; needs a custom parameter group and an AWS License Manager self-managed license) or the Db2 license through AWS Marketplace (needs a Marketplace subscription); the default is bring-your-own-license. The cited db2-licensing page was not read',
  'direct-connect.hosted-speeds':
    'AllocateHostedConnection bandwidth (Direct Connect API reference, current model): 50Mbps, 100Mbps, 200Mbps, 300Mbps, 400Mbps, 500Mbps, 1Gbps, 2Gbps, 5Gbps, 10Gbps and 25Gbps, created by Direct Connect Partners; the cited hosted_connection page was read right in the random audit of 2026-12-06',
  'elb.types':
    'fixed value and source: CreateTargetGroup (Elastic Load Balancing API reference, current model): Application Load Balancers HTTP and HTTPS (ProtocolVersion GRPC sends requests to targets over gRPC), Network Load Balancers TCP, TLS, UDP, TCP_UDP, QUIC or TCP_QUIC, Gateway Load Balancers GENEVE; the API reference Welcome names the four types, Classic Load Balancers included. The value\'s NLB lacked QUIC (the thirteenth pass fixed nlb.protocols the same way)',
  'macie.scope':
    'fixed source: the Macie API reference Welcome (current copy): Macie gives an inventory of your S3 general purpose buckets and evaluates and monitors them for security and access control, and discovers sensitive data in S3 objects; it names no other data store. The cited what-is-macie page was not reached',
};

export const FIFTEENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'inspector.targets':
    'the Inspector API (current model) ResourceType lists AWS_EC2_INSTANCE, AWS_ECR_CONTAINER_IMAGE, AWS_ECR_REPOSITORY, AWS_LAMBDA_FUNCTION, CODE_REPOSITORY and three Microsoft Azure types (virtual machines, container registry images, web apps) scanned through connectors; supported (current copy) names EC2, ECR and Lambda; no page read states the whole list, so the value may lack Azure resources',
  'glue-elastic-views.alternatives':
    'zero-etl-using (current copy): zero-ETL integration makes transactional and operational data available in Amazon Redshift from multiple operational and transactional sources, but the excerpts reached stop before its list of sources, so Aurora and DynamoDB were not read on it (the Aurora and RDS guides\' zero-ETL pages, current, name Aurora and RDS for MySQL, PostgreSQL and Oracle)',
};
