/**
 * The re-verification of quota and limit facts against the current AWS pages (issue 13). Each entry names
 * the page that states the value (with its section anchor, or the section's title where the page has no
 * anchor for it) and adds what checks need: hard limit or adjustable, Region figures, former values and
 * the names documents use. The catalog applies an entry to its fact and stamps `reverified` and `checked`
 * with REVERIFIED_ON; only such facts may drive error-level checks.
 *
 * A fact missing here was not re-verified in this pass: its `checked` date says when it last was.
 * Values themselves live in services/*.ts; an entry never changes a value, so a value found wrong is
 * fixed there and then recorded here.
 */
import type { AttributeNames, Fact, FormerValue, QuotaInfo, RegionalValue } from './types';
import { MORE_REVERIFIED } from './reverification-more';
import { THIRD_REVERIFIED } from './reverification-third';
import { NOTES_REVERIFIED } from './reverification-notes';
import { FOURTH_REVERIFIED } from './reverification-fourth';
import { FIFTH_REVERIFIED } from './reverification-fifth';
import { CHECKED_AGAIN, RECONFIRMED, SIXTH_REVERIFIED, SIXTH_REVERIFIED_ON } from './reverification-sixth';
import { SEVENTH_CHECKED, SEVENTH_CHECKED_ON, SEVENTH_RECONFIRMED, SEVENTH_REVERIFIED } from './reverification-seventh';
import { EIGHTH_CHECKED, EIGHTH_ON, EIGHTH_RECONFIRMED, EIGHTH_REVERIFIED } from './reverification-eighth';
import { NINTH_CHECKED, NINTH_HISTORY, NINTH_ON, NINTH_REVERIFIED } from './reverification-ninth';
import { TENTH_CHECKED, TENTH_HISTORY, TENTH_ON, TENTH_RECONFIRMED } from './reverification-tenth';
import { ELEVENTH_CHECKED, ELEVENTH_ON, ELEVENTH_REVERIFIED } from './reverification-eleventh';
import { TWELFTH_CHECKED, TWELFTH_ON } from './reverification-twelfth';
import { THIRTEENTH_CHECKED, THIRTEENTH_ON } from './reverification-thirteenth';
import { FOURTEENTH_CHECKED, FOURTEENTH_ON, FOURTEENTH_REVERIFIED } from './reverification-fourteenth';
import { FIFTEENTH_CHECKED, FIFTEENTH_ON, FIFTEENTH_RECONFIRMED, FIFTEENTH_REVERIFIED } from './reverification-fifteenth';
import { SIXTEENTH_CHECKED, SIXTEENTH_ON } from './reverification-sixteenth';
import {
  SEVENTEENTH_CHECKED,
  SEVENTEENTH_ON,
  SEVENTEENTH_PAGES_CHECKED,
  SEVENTEENTH_RECONFIRMED,
  SEVENTEENTH_REVERIFIED,
} from './reverification-seventeenth';

export const REVERIFIED_ON = '2026-12-06';

export interface Reverification {
  /** The page that states the value, when it is not the fact's current source (anchor included). */
  readonly source?: string;
  readonly sourceSection?: string;
  readonly quota?: QuotaInfo;
  readonly regional?: readonly RegionalValue[];
  readonly history?: readonly FormerValue[];
  readonly names?: AttributeNames;
  /** What the page adds that a check must respect (shown as the fact's detail when it has none). */
  readonly detail?: string;
}

const SQS_MESSAGES = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html';
const SQS_POLLING = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html';
const LAMBDA_LIMITS = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
const KINESIS_RETENTION = 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html';
const KINESIS_LARGE = 'https://docs.aws.amazon.com/streams/latest/dev/large-records.html';
const DDB_PITR = 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html';
const VPC_QUOTAS = 'https://docs.aws.amazon.com/general/latest/gr/vpc-service.html#vpc-quotas';
const APIGW_REST_TIMEOUT =
  'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/apigateway/aws.sdk.kotlin.services.apigateway.model/-integration/timeout-in-millis.html';
const APIGW_TIMEOUT_NEWS = 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/';
const APIGW_HTTP_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html';
const EFS_DOC_HISTORY = 'https://docs.aws.amazon.com/efs/latest/ug/document-history.html';
const CF_ORIGIN_READ_TIMEOUT = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CustomOriginConfig.html';

const VPC_CIDR_BLOCKS = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html';
const EC2_CREATE_SUBNET = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html';
const DDB_CONSTRAINTS = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Constraints.html';
const S3_MULTIPART_LIMITS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html';
const S3_UPLOAD = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html';

const RDS_BACKUP_RETENTION = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html';

const RDS_READ_REPLICA_SOURCE =
  'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-create-db-instance-read-replica-request/source-db-instance-identifier.html';

const PRIVATELINK_QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html';

const AURORA_RESILIENCE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/disaster-recovery-resiliency.html';
const AURORA_BACKUPS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html#Aurora.Managing.Backups.Backup';

const TGW_QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html';

const SECONDS = ['seconds', 'minutes', 'hours'];

const FIRST_PASS: Readonly<Record<string, Reverification>> = {
  'sqs.retention': {
    source: SQS_MESSAGES,
    sourceSection: 'Message retention',
    quota: { adjustable: false },
    names: {
      words: ['message retention', 'retention period', 'retention'],
      iac: ['MessageRetentionPeriod', 'message_retention_seconds', 'retentionPeriod'],
      cli: ['MessageRetentionPeriod'],
      units: [...SECONDS, 'days'],
    },
  },
  'sqs.message-size': {
    source: SQS_MESSAGES,
    sourceSection: 'Message size',
    quota: { adjustable: false },
    detail: 'A message is 1 byte to 1 MiB; the queue attribute MaximumMessageSize is set between 1 KiB and 1 MiB. Larger payloads go through the Extended Client Library and S3 (up to 2 GB).',
    // The What's New post dates the raise (its path gives the month; secondary copies give 4 or 5 August).
    history: [{ value: '256 KiB', until: '2025-08', source: 'https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/' }],
    names: {
      words: ['message size', 'maximum message size', 'payload size'],
      iac: ['MaximumMessageSize', 'max_message_size', 'maxMessageSizeBytes'],
      cli: ['MaximumMessageSize'],
      units: ['bytes', 'KiB', 'KB', 'MiB', 'MB'],
    },
  },
  'sqs.delay': {
    source: SQS_MESSAGES,
    sourceSection: 'Message timer',
    quota: { adjustable: false },
    names: { words: ['delay', 'delivery delay', 'delay queue', 'message timer'], iac: ['DelaySeconds', 'delay_seconds', 'deliveryDelay'], cli: ['DelaySeconds'], units: SECONDS },
  },
  'sqs.visibility-timeout': {
    source: SQS_MESSAGES,
    sourceSection: 'Message visibility timeout',
    quota: { adjustable: false },
    names: {
      words: ['visibility timeout'],
      iac: ['VisibilityTimeout', 'visibility_timeout_seconds', 'visibilityTimeout'],
      cli: ['VisibilityTimeout', '--visibility-timeout'],
      units: SECONDS,
    },
  },
  'sqs.batch-size': { source: SQS_MESSAGES, sourceSection: 'Message batch', quota: { adjustable: false } },
  'sqs.receive-wait-time': {
    source: SQS_POLLING,
    sourceSection: 'Consuming messages using long polling',
    quota: { adjustable: false },
    names: {
      words: ['long polling', 'receive wait time', 'wait time'],
      iac: ['ReceiveMessageWaitTimeSeconds', 'receive_wait_time_seconds', 'receiveMessageWaitTime'],
      cli: ['ReceiveMessageWaitTimeSeconds', '--wait-time-seconds'],
      units: ['seconds'],
    },
  },
  'lambda.timeout': {
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
    sourceSection: 'Configure Lambda function timeout',
    quota: { adjustable: false },
    detail:
      'Default 3 seconds, up to 900 seconds (15 minutes). Lambda Managed Instances functions invoked asynchronously or through event source mappings (except Amazon MQ and DocumentDB) allow up to 5,400 seconds (90 minutes).',
    // AWS's What's New post of October 2018 raised the maximum from 5 minutes to 15.
    history: [{ value: '5 minutes', until: '2018-10', source: 'https://aws.amazon.com/about-aws/whats-new/2018/10/aws-lambda-supports-functions-that-can-run-up-to-15-minutes/' }],
    names: { words: ['timeout', 'function timeout'], iac: ['Timeout', 'timeout'], cli: ['--timeout'], units: SECONDS },
  },
  'lambda.memory': {
    source: `${LAMBDA_LIMITS}#function-configuration-deployment-and-execution`,
    quota: { adjustable: false },
    detail:
      'Lambda (default) functions; new AWS accounts start with a reduced memory quota that AWS raises automatically with usage. ' +
      'Functions on Lambda Managed Instances have their own sizing (see Managed Instances function size).',
    // AWS's What's New post of December 2020 raised the maximum from 3,008 MB to 10,240 MB.
    history: [{ value: '3,008 MB', until: '2020-12', source: 'https://aws.amazon.com/about-aws/whats-new/2020/12/aws-lambda-supports-10gb-memory-6-vcpu-cores-lambda-functions/' }],
    names: { words: ['memory', 'memory size'], iac: ['MemorySize', 'memory_size', 'memorySize'], cli: ['--memory-size'], units: ['MB', 'MiB', 'GB'] },
  },
  'lambda.ephemeral-storage': {
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/API_EphemeralStorage.html',
    sourceSection: 'Size (valid range)',
    quota: { adjustable: false },
    names: {
      words: ['ephemeral storage', '/tmp'],
      iac: ['EphemeralStorage', 'ephemeral_storage', 'ephemeralStorageSize'],
      cli: ['--ephemeral-storage'],
      units: ['MB', 'MiB', 'GB'],
    },
  },
  'lambda.concurrency': {
    source: `${LAMBDA_LIMITS}#compute-and-storage`,
    quota: { adjustable: true, via: 'service-quotas' },
    detail: 'Can be raised to tens of thousands; new accounts start lower and AWS raises the quota with usage.',
    names: { words: ['concurrent executions', 'concurrency'], units: ['count'] },
  },
  ...Object.fromEntries(
    ['rds', 'mysql', 'mariadb', 'postgresql', 'oracle', 'sqlserver', 'db2'].map((engine) => [
      `${engine}.backup-retention`,
      {
        source: RDS_BACKUP_RETENTION,
        sourceSection: 'Backup retention period',
        quota: { adjustable: false },
        detail:
          '0 to 35 days (0 turns automated backups off). Default 1 day through the API or CLI, 7 days in the console; Multi-AZ DB clusters 1 to 35 days.',
        names: {
          words: ['backup retention', 'retention period', 'automated backups'],
          iac: ['BackupRetentionPeriod', 'backup_retention_period', 'backupRetention'],
          cli: ['--backup-retention-period'],
          units: ['days'],
        },
      } satisfies Reverification,
    ]),
  ),
  ...Object.fromEntries(
    ['rds', 'mysql', 'mariadb', 'postgresql', 'oracle', 'sqlserver', 'db2'].map((engine) => [
      `${engine}.read-replicas`,
      {
        source: RDS_READ_REPLICA_SOURCE,
        sourceSection: 'sourceDbInstanceIdentifier: up to 15 read replicas, Db2 three, Oracle and SQL Server five',
        quota: { adjustable: false },
        names: { words: ['read replicas', 'read replica', 'replicas'], units: ['count'] },
      } satisfies Reverification,
    ]),
  ),
  'cloudwatch-logs.retention-values': {
    sourceSection: 'retentionInDays: possible values 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653',
    quota: { adjustable: false },
    names: { words: ['log retention', 'retention'], iac: ['RetentionInDays', 'retention_in_days', 'logRetention'], cli: ['--retention-in-days'], units: ['days'] },
  },
  'cloudwatch-logs.retention-period': {
    sourceSection: 'retentionInDays',
    quota: { adjustable: false },
    names: { words: ['log retention', 'retention'], iac: ['RetentionInDays', 'retention_in_days', 'logRetention'], cli: ['--retention-in-days'], units: ['days'] },
  },
  'privatelink.interface-endpoints-per-vpc': {
    source: PRIVATELINK_QUOTAS,
    sourceSection: 'Interface and Gateway Load Balancer endpoints per VPC',
    quota: { adjustable: true, via: 'service-quotas' },
    detail: 'One combined quota for interface endpoints and Gateway Load Balancer endpoints.',
  },
  'privatelink.gateway-endpoints-per-region': {
    source: PRIVATELINK_QUOTAS,
    sourceSection: 'Gateway VPC endpoints per Region',
    quota: { adjustable: true, via: 'service-quotas' },
    detail: 'Up to 255 gateway endpoints per VPC.',
  },
  'privatelink.bandwidth': {
    source: PRIVATELINK_QUOTAS,
    sourceSection: 'considerations for traffic through a VPC endpoint',
    quota: { adjustable: true, via: 'support' },
    detail: 'Up to 10 Gbps per Availability Zone by default, scaling automatically to 100 Gbps; higher throughput through AWS Support.',
  },
  ...Object.fromEntries(
    ['aurora.read-replicas', 'aurora-mysql.replicas', 'aurora-postgresql.replicas'].map((id) => [
      id,
      {
        source: AURORA_RESILIENCE,
        sourceSection: 'Replication: up to 15 Aurora Replicas across the Availability Zones of the Region',
        quota: { adjustable: false },
        // No counted nouns: a global database's secondary Region holds up to 16 replicas, which outdated-ceiling
        // would read as above this fact's 15 (two right lines of the notes).
        names: { words: ['Aurora Replicas', 'read replicas', 'reader instances', 'readers'], units: ['count'] },
      } satisfies Reverification,
    ]),
  ),
  ...Object.fromEntries(
    ['aurora.backup-retention', 'aurora-mysql.backup-retention', 'aurora-postgresql.backup-retention'].map((id) => [
      id,
      {
        // The tenth pass moved the source: the current Aurora.Managing.Backups states 1-35 days; the 2023 copy of
        // disaster-recovery-resiliency does not (docs/facts-audits.md, audit 2026-12-07e).
        source: AURORA_BACKUPS,
        sourceSection: 'Backups: a backup retention period from 1-35 days; the default is one day',
        quota: { adjustable: false },
        names: {
          words: ['backup retention', 'retention period'],
          iac: ['BackupRetentionPeriod', 'backup_retention_period'],
          cli: ['--backup-retention-period'],
          units: ['days'],
        },
      } satisfies Reverification,
    ]),
  ),
  'transit-gateway.attachments': {
    source: `${TGW_QUOTAS}#attachments-quotas`,
    sourceSection: 'Transit gateway attachments: Attachments per transit gateway (not adjustable)',
    quota: { adjustable: false },
  },
  'transit-gateway.per-region': {
    source: `${TGW_QUOTAS}#general-quotas`,
    quota: { adjustable: true, via: 'service-quotas', quotaCode: 'L-A2478D36', serviceCode: 'ec2' },
  },
  'transit-gateway.route-tables': {
    source: `${TGW_QUOTAS}#routing-quotas`,
    quota: { adjustable: true, via: 'service-quotas', quotaCode: 'L-43872EB7', serviceCode: 'ec2' },
  },
  'transit-gateway.mtu': {
    source: 'https://docs.aws.amazon.com/vpc/latest/tgw/what-is-transit-gateway.html',
    sourceSection: 'Transit gateway concepts: Maximum Transmission Unit (MTU)',
    quota: { adjustable: false },
    detail: '8500 bytes between VPCs, Direct Connect, Transit Gateway Connect and peering attachments; VPN connections use a smaller MTU.',
    names: { words: ['MTU', 'maximum transmission unit'], units: ['bytes'] },
  },
  's3.bucket-name-length': {
    sourceSection: 'General purpose bucket naming rules: between 3 (min) and 63 (max) characters long',
    quota: { adjustable: false },
    names: { words: ['bucket name'], iac: ['BucketName', 'bucket'], units: ['characters'] },
  },
  'step-functions.payload': {
    source: 'https://docs.aws.amazon.com/step-functions/latest/apireference/API_StateEnteredEventDetails.html',
    sourceSection: 'input: maximum length 262144 bytes (UTF-8)',
    quota: { adjustable: false },
    names: { words: ['payload', 'state input', 'state output'], units: ['KiB', 'KB', 'bytes'] },
  },
  ...Object.fromEntries(
    ['sqs.fifo-throughput', 'sqs-fifo.throughput'].map((id) => [
      id,
      {
        source: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/troubleshooting-fifo-throttling-issues.html',
        sourceSection: 'FIFO queues support 300 transactions per second, per API action',
        quota: { adjustable: false },
        detail: 'Per API action (SendMessage, ReceiveMessage, DeleteMessage); batches of 10 give up to 3,000 messages per second, high-throughput mode more.',
      } satisfies Reverification,
    ]),
  ),
  'dynamodb-streams.retention': {
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html',
    sourceSection: 'Change data capture for DynamoDB Streams: stores this information in a log for up to 24 hours',
    quota: { adjustable: false },
    detail: 'Stream records are kept for up to 24 hours.',
    names: { words: ['stream retention', 'retention', 'stream records'], units: ['hours'] },
  },
  'kinesis-data-streams.retention': {
    source: KINESIS_RETENTION,
    sourceSection: 'Change the data retention period',
    quota: { adjustable: false },
    names: {
      words: ['retention', 'retention period', 'data retention'],
      iac: ['RetentionPeriodHours', 'retention_period', 'retentionPeriod'],
      cli: ['--retention-period-hours'],
      units: ['hours', 'days'],
    },
  },
  'kinesis-data-streams.record-size': {
    source: KINESIS_LARGE,
    sourceSection: 'Handle large records',
    quota: { adjustable: false },
    detail: 'Default maximum 1 MiB per stream; raise the stream setting to up to 10 MiB (MaxRecordSizeInKiB 1024–10240). Shard throughput stays 1 MB/s in, 2 MB/s out.',
    names: {
      words: ['record size', 'maximum record size', 'payload'],
      iac: ['MaxRecordSizeInKiB'],
      cli: ['update-max-record-size', '--max-record-size-in-ki-b'],
      units: ['KiB', 'MiB', 'MB'],
    },
  },
  'dynamodb.pitr': {
    source: DDB_PITR,
    sourceSection: 'RecoveryPeriodInDays',
    quota: { adjustable: false },
    names: {
      words: ['point-in-time recovery', 'PITR', 'recovery period', 'recovery window'],
      iac: ['RecoveryPeriodInDays', 'recovery_period_in_days', 'recoveryPeriodInDays'],
      cli: ['RecoveryPeriodInDays'],
      units: ['days'],
    },
  },
  'vpc.ipv4-cidrs-per-vpc': {
    source: VPC_QUOTAS,
    sourceSection: 'IPv4 CIDR blocks per VPC',
    quota: { adjustable: true, via: 'service-quotas' },
    detail: 'The primary and all secondary CIDR blocks count; the quota can be raised to 50.',
  },
  'vpc-peering.per-vpc': {
    source: VPC_QUOTAS,
    sourceSection: 'Active VPC peering connections per VPC',
    quota: { adjustable: true, via: 'service-quotas' },
  },
  'vpc.cidr-prefix': {
    source: VPC_CIDR_BLOCKS,
    sourceSection: 'The allowed block size is between a /16 netmask (65,536 IP addresses) and /28 netmask (16 IP addresses)',
    quota: { adjustable: false },
    names: { words: ['CIDR block', 'VPC CIDR', 'netmask', 'prefix'], iac: ['CidrBlock', 'cidr_block', 'ipAddresses'], cli: ['--cidr-block'] },
  },
  'vpc.subnet-cidr-prefix': {
    source: EC2_CREATE_SUBNET,
    sourceSection: 'The allowed size for an IPv4 subnet is between a /28 netmask (16 IP addresses) and a /16 netmask (65,536 IP addresses)',
    quota: { adjustable: false },
    names: { words: ['subnet CIDR', 'subnet size', 'netmask'], iac: ['CidrBlock', 'cidr_block', 'cidrMask'], cli: ['--cidr-block'] },
  },
  'vpc.reserved-ips-per-subnet': {
    source: EC2_CREATE_SUBNET,
    sourceSection: 'AWS reserves both the first four and the last IPv4 address in each subnet CIDR block',
    quota: { adjustable: false },
  },
  'dynamodb.item-size': {
    source: `${DDB_CONSTRAINTS}#limits-items`,
    quota: { adjustable: false },
    detail: 'Attribute names count toward the 400 KB, which DynamoDB measures in binary units (1 KB = 1,024 bytes).',
    names: { words: ['item size', 'maximum item size', 'record size'], units: ['KB', 'KiB', 'bytes'] },
  },
  's3.object-size': {
    source: S3_MULTIPART_LIMITS,
    sourceSection: 'Maximum object size',
    quota: { adjustable: false },
    detail: '48.8 TiB (50,000 GiB) through multipart upload; a single PUT is at most 5 GiB.',
    history: [{ value: '5 TB', until: '2025-12', source: 'https://aws.amazon.com/about-aws/whats-new/2025/12/amazon-s3-maximum-object-size-50-tb/' }],
    names: { words: ['object size', 'maximum object size', 'file size'], units: ['GB', 'GiB', 'TB', 'TiB'] },
  },
  's3.multipart-parts': { source: S3_MULTIPART_LIMITS, sourceSection: 'Maximum number of parts per upload', quota: { adjustable: false } },
  's3.multipart-part-size': {
    source: S3_MULTIPART_LIMITS,
    sourceSection: 'Part size',
    quota: { adjustable: false },
    names: { words: ['part size', 'multipart part size', 'multipart chunk size', 'chunk size'], units: ['MB', 'MiB', 'GB', 'GiB'] },
  },
  's3.single-put': {
    source: S3_UPLOAD,
    sourceSection: 'you can upload a single object up to 5 GB in size',
    quota: { adjustable: false },
    names: { words: ['single PUT', 'single PUT operation', 'single upload', 'single PutObject'], units: ['GB', 'GiB'] },
  },
  'api-gateway.integration-timeout': {
    source: APIGW_REST_TIMEOUT,
    sourceSection: 'timeoutInMillis',
    quota: { adjustable: true, via: 'service-quotas' },
    detail:
      'REST APIs: 50 ms to 29 s by default. Regional and private REST APIs can raise it above 29 s by a quota request (may lower the account throttle quota); edge-optimized REST APIs cannot.',
    history: [{ value: '29 seconds for every REST API, not adjustable', until: '2024-06-04', source: APIGW_TIMEOUT_NEWS }],
    names: {
      words: ['integration timeout', 'timeout'],
      iac: ['TimeoutInMillis', 'timeout_milliseconds', 'timeout'],
      cli: ['--timeout-in-millis'],
      units: ['milliseconds', 'seconds'],
    },
  },
  'api-gateway.http-integration-timeout': {
    source: APIGW_HTTP_QUOTAS,
    sourceSection: 'Maximum integration timeout',
    quota: { adjustable: false },
    names: { words: ['integration timeout', 'timeout'], iac: ['TimeoutInMillis', 'timeout_milliseconds'], cli: ['--timeout-in-millis'], units: ['milliseconds', 'seconds'] },
  },
  'efs.max-throughput': {
    quota: { adjustable: true, via: 'support' },
    regional: [
      {
        regions: ['us-east-1', 'us-east-2', 'us-west-2', 'ap-south-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'eu-central-1', 'eu-west-1', 'eu-west-2'],
        value: '60 GiB/s read, 5 GiB/s write',
      },
      { regions: ['other'], value: '20 GiB/s read, 1 GiB/s write' },
    ],
    history: [{ value: '20 GiB/s read in Mumbai, Seoul, Sydney and London', until: '2025-05-02', source: EFS_DOC_HISTORY }],
  },
  'kms.request-quota': {
    quota: { adjustable: true, via: 'service-quotas' },
    regional: [
      { regions: ['us-east-1', 'us-west-2', 'eu-west-1'], value: '100,000 requests/s (shared)' },
      { regions: ['us-east-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'eu-central-1', 'eu-west-2'], value: '20,000 requests/s (shared)' },
      { regions: ['other'], value: '10,000 requests/s (shared)' },
    ],
    names: { words: ['request quota', 'requests per second', 'request rate', 'throttling'], units: ['requests/s'] },
  },
  'cloudfront.origin-response-timeout': {
    source: CF_ORIGIN_READ_TIMEOUT,
    sourceSection: 'OriginReadTimeout',
    quota: { adjustable: true },
    names: {
      words: ['origin response timeout', 'origin read timeout', 'response timeout'],
      iac: ['OriginReadTimeout', 'origin_read_timeout', 'readTimeout'],
      units: ['seconds'],
    },
  },
};

/** Every pass with its date; a fact re-verified in two passes would let the later entry hide the earlier, so that throws. */
function allPasses(...passes: readonly (readonly [Readonly<Record<string, Reverification>>, string])[]): {
  readonly entries: Readonly<Record<string, Reverification>>;
  readonly dates: Readonly<Record<string, string>>;
} {
  const entries: Record<string, Reverification> = {};
  const dates: Record<string, string> = {};
  const twice: string[] = [];
  for (const [pass, on] of passes) {
    for (const [id, entry] of Object.entries(pass)) {
      if (Object.prototype.hasOwnProperty.call(entries, id)) twice.push(id);
      entries[id] = entry;
      dates[id] = on;
    }
  }
  if (twice.length > 0) throw new Error(`re-verified in two passes: ${twice.join(', ')}`);
  // A fact read again on a later date keeps its entry and takes the later date.
  for (const id of Object.keys(RECONFIRMED)) {
    if (!Object.prototype.hasOwnProperty.call(entries, id)) throw new Error(`reconfirmed but never re-verified: ${id}`);
    dates[id] = SIXTH_REVERIFIED_ON;
  }
  for (const id of Object.keys(SEVENTH_RECONFIRMED)) {
    if (!Object.prototype.hasOwnProperty.call(entries, id)) throw new Error(`reconfirmed but never re-verified: ${id}`);
    dates[id] = SEVENTH_CHECKED_ON;
  }
  for (const id of Object.keys(EIGHTH_RECONFIRMED)) {
    if (!Object.prototype.hasOwnProperty.call(entries, id)) throw new Error(`reconfirmed but never re-verified: ${id}`);
    dates[id] = EIGHTH_ON;
  }
  for (const id of Object.keys(TENTH_RECONFIRMED)) {
    if (!Object.prototype.hasOwnProperty.call(entries, id)) throw new Error(`reconfirmed but never re-verified: ${id}`);
    dates[id] = TENTH_ON;
  }
  for (const id of Object.keys(FIFTEENTH_RECONFIRMED)) {
    if (!Object.prototype.hasOwnProperty.call(entries, id)) throw new Error(`reconfirmed but never re-verified: ${id}`);
    dates[id] = FIFTEENTH_ON;
  }
  for (const id of Object.keys(SEVENTEENTH_RECONFIRMED)) {
    if (!Object.prototype.hasOwnProperty.call(entries, id)) throw new Error(`reconfirmed but never re-verified: ${id}`);
    dates[id] = SEVENTEENTH_ON;
  }
  return { entries, dates };
}

const PASSES = allPasses(
  [FIRST_PASS, REVERIFIED_ON],
  [MORE_REVERIFIED, REVERIFIED_ON],
  [THIRD_REVERIFIED, REVERIFIED_ON],
  [NOTES_REVERIFIED, REVERIFIED_ON],
  [FOURTH_REVERIFIED, REVERIFIED_ON],
  [FIFTH_REVERIFIED, REVERIFIED_ON],
  [SIXTH_REVERIFIED, SIXTH_REVERIFIED_ON],
  [SEVENTH_REVERIFIED, SEVENTH_CHECKED_ON],
  [EIGHTH_REVERIFIED, EIGHTH_ON],
  [NINTH_REVERIFIED, NINTH_ON],
  [ELEVENTH_REVERIFIED, ELEVENTH_ON],
  [FOURTEENTH_REVERIFIED, FOURTEENTH_ON],
  [FIFTEENTH_REVERIFIED, FIFTEENTH_ON],
  [SEVENTEENTH_REVERIFIED, SEVENTEENTH_ON],
);

export const REVERIFIED: Readonly<Record<string, Reverification>> = PASSES.entries;

/** The date a fact was last re-verified (undefined when it never was). */
export function reverifiedOn(id: string): string | undefined {
  return PASSES.dates[id];
}

const CHECKED_AGAIN_IDS: ReadonlySet<string> = new Set(CHECKED_AGAIN);
const SEVENTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(SEVENTH_CHECKED));
const EIGHTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(EIGHTH_CHECKED));
const NINTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(NINTH_CHECKED));
const TENTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(TENTH_CHECKED));
const ELEVENTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(ELEVENTH_CHECKED));
const TWELFTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(TWELFTH_CHECKED));
const THIRTEENTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(THIRTEENTH_CHECKED));
const FOURTEENTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(FOURTEENTH_CHECKED));
const FIFTEENTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(FIFTEENTH_CHECKED));
const SIXTEENTH_CHECKED_IDS: ReadonlySet<string> = new Set(Object.keys(SIXTEENTH_CHECKED));
const SEVENTEENTH_CHECKED_IDS: ReadonlySet<string> = new Set([...Object.keys(SEVENTEENTH_CHECKED), ...Object.keys(SEVENTEENTH_PAGES_CHECKED)]);

/** The date a behaviour fact was last read again on its page (undefined when no later pass read it). */
function checkedAgainOn(id: string): string | undefined {
  if (SEVENTEENTH_CHECKED_IDS.has(id)) return SEVENTEENTH_ON;
  if (SIXTEENTH_CHECKED_IDS.has(id)) return SIXTEENTH_ON;
  if (FIFTEENTH_CHECKED_IDS.has(id)) return FIFTEENTH_ON;
  if (FOURTEENTH_CHECKED_IDS.has(id)) return FOURTEENTH_ON;
  if (THIRTEENTH_CHECKED_IDS.has(id)) return THIRTEENTH_ON;
  if (TWELFTH_CHECKED_IDS.has(id)) return TWELFTH_ON;
  if (ELEVENTH_CHECKED_IDS.has(id)) return ELEVENTH_ON;
  if (TENTH_CHECKED_IDS.has(id)) return TENTH_ON;
  if (NINTH_CHECKED_IDS.has(id)) return NINTH_ON;
  if (EIGHTH_CHECKED_IDS.has(id)) return EIGHTH_ON;
  if (SEVENTH_CHECKED_IDS.has(id)) return SEVENTH_CHECKED_ON;
  return CHECKED_AGAIN_IDS.has(id) ? SIXTH_REVERIFIED_ON : undefined;
}

/** A fact with its re-verification applied (the fact itself when it has none). */
export function withReverification(fact: Fact): Fact {
  return withFormerValues(reverifiedFact(fact));
}

/** The ninth and tenth passes' former values after the fact's own, newest change first. */
function withFormerValues(fact: Fact): Fact {
  const added = [...(NINTH_HISTORY[fact.id]?.history ?? []), ...(TENTH_HISTORY[fact.id]?.history ?? [])];
  if (added.length === 0) return fact;
  const history = [...(fact.history ?? []), ...added].sort((a, b) => (a.until < b.until ? 1 : a.until > b.until ? -1 : 0));
  return { ...fact, history };
}

function reverifiedFact(fact: Fact): Fact {
  const entry = REVERIFIED[fact.id];
  if (!entry) {
    const on = checkedAgainOn(fact.id);
    return on ? { ...fact, checked: on } : fact;
  }
  const { detail, ...rest } = entry;
  const on = PASSES.dates[fact.id];
  return {
    ...fact,
    ...rest,
    detail: detail ?? fact.detail,
    hardLimit: entry.quota ? !entry.quota.adjustable : fact.hardLimit,
    reverified: on,
    checked: on,
  };
}
