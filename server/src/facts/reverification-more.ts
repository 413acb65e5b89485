/**
 * The second pass of the 2026-12 re-verification (issue 13): the quota and limit facts the first pass
 * (reverification.ts) left, most used first. Same form and rules as there: each entry names the page
 * that states the value (section title where the page has no anchor), whether it can be raised, and
 * former values with the date they changed. Values live in services/*.ts.
 */
import type { Reverification } from './reverification';

const VPC_LIMITS = 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html';
const NAT_BASICS = 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html';
/** The CloudFormation reference renders the EC2 API's per-volume-type ranges (IOPS, throughput, size). */
const CFN_EBS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-ebs.html';
const AURORA_GLOBAL_REQUIREMENTS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.configuration.requirements.html';

const LAMBDA_FIXED = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#function-configuration-deployment-and-execution';
const FIREHOSE_BUFFERING = 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html';
const KINESIS_CONSUMERS = 'https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html';
const S3_BUCKET_QUOTAS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html';
const KMS_ENABLE_ROTATION = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html';

/** Month of the gp3 increase (IOPS, throughput, size), as AWS's re:Invent 2025 session and summaries of the announcement date it. */
const GP3_2025 = '2025-09';

const ELB_TG_ATTRIBUTES = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupAttribute.html';
const ELB_LISTENER_ATTRIBUTES = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ListenerAttribute.html';
const KMS_SCHEDULE_DELETION = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html';
const IAM_CREATE_ROLE = 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html';
const DDB_TRANSACT_WRITE = 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html';
const SM_DELETE_SECRET = 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html';
const KINESIS_PUT_RECORDS = 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html';
const SFN_QUOTAS = 'https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html';
const PARAMETER_TIERS = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html';

/** A Lambda quota from the "cannot be changed" table. */
function lambdaFixed(row: string): Reverification {
  return { source: LAMBDA_FIXED, sourceSection: `Function configuration, deployment, and execution (cannot be changed): ${row}`, quota: { adjustable: false } };
}

export const MORE_REVERIFIED: Readonly<Record<string, Reverification>> = {
  // Amazon VPC quotas page, one table per resource family.
  'vpc.per-region': {
    source: VPC_LIMITS,
    sourceSection: 'VPC and subnets: VPCs per Region (default 5, adjustable)',
    quota: { adjustable: true, via: 'service-quotas' },
    detail: 'Raising it raises internet gateways per Region by the same amount; accounts can have hundreds of VPCs per Region.',
    names: { words: ['VPCs per Region', 'VPC limit', 'VPC quota'], units: ['count'] },
  },
  'internet-gateway.per-region': {
    source: VPC_LIMITS,
    sourceSection: 'Gateways: Internet gateways per Region (default 5, raised with VPCs per Region)',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'vpc', quotaCode: 'L-A4707A72' },
  },
  'internet-gateway.per-vpc': {
    source: VPC_LIMITS,
    sourceSection: 'Gateways: you can attach only one internet gateway to a VPC at a time',
    quota: { adjustable: false },
  },
  'nat-gateway.per-az': {
    source: VPC_LIMITS,
    sourceSection: 'Gateways: NAT gateways per Availability Zone (default 5, adjustable)',
    quota: { adjustable: true, via: 'service-quotas' },
    detail: 'Only NAT gateways in the pending, active and deleting states count.',
  },
  ...Object.fromEntries(
    ['ec2.elastic-ips', 'elastic-ip.per-region'].map((id) => [
      id,
      {
        source: VPC_LIMITS,
        sourceSection: 'Elastic IP addresses: Elastic IP addresses per Region (default 5, adjustable)',
        quota: { adjustable: true, via: 'service-quotas' },
        names: { words: ['Elastic IP addresses', 'Elastic IPs', 'EIPs'], units: ['count'] },
      } satisfies Reverification,
    ]),
  ),
  'nat-gateway.bandwidth': {
    source: NAT_BASICS,
    sourceSection: 'A NAT gateway supports 5 Gbps of bandwidth and automatically scales up to 100 Gbps',
    quota: { adjustable: false },
    detail: 'Starts at 5 Gbps and scales automatically to 100 Gbps, and from 1 million to 10 million packets per second; beyond that, split resources over subnets with a NAT gateway each.',
    names: { words: ['bandwidth', 'throughput'], units: ['Gbps'] },
  },
  'nat-gateway.connections-per-destination': {
    source: NAT_BASICS,
    sourceSection: 'Each IPv4 address can support up to 55,000 simultaneous connections to each unique destination',
    quota: { adjustable: false },
    detail: 'Per IPv4 address of the NAT gateway and unique destination (address, port, protocol); associating up to 8 IPv4 addresses raises it.',
  },
  // EBS volume ranges as the EC2 API states them (CloudFormation renders the same text).
  'ebs-gp3.iops': {
    source: CFN_EBS,
    sourceSection: 'Iops: gp3: 3,000 - 80,000 IOPS',
    quota: { adjustable: false },
    history: [{ value: '16,000 IOPS', until: GP3_2025 }],
    names: { words: ['IOPS', 'provisioned IOPS'], iac: ['Iops', 'iops'], cli: ['--iops'], units: ['IOPS'] },
  },
  'ebs-gp3.throughput': {
    source: CFN_EBS,
    sourceSection: 'Throughput: maximum of 2,000 MiB/s (valid range 125 to 2,000)',
    quota: { adjustable: false },
    history: [{ value: '1,000 MiB/s', until: GP3_2025 }],
    names: { words: ['throughput'], iac: ['Throughput', 'throughput'], cli: ['--throughput'], units: ['MiB/s', 'MB/s'] },
  },
  'ebs-gp3.size': {
    source: CFN_EBS,
    sourceSection: 'VolumeSize: gp3: 1 - 65,536 GiB',
    quota: { adjustable: false },
    history: [{ value: '16 TiB (16,384 GiB)', until: GP3_2025 }],
    names: { words: ['volume size', 'size'], iac: ['VolumeSize', 'size'], cli: ['--size'], units: ['GiB', 'TiB'] },
  },
  'ebs-gp2.size': { source: CFN_EBS, sourceSection: 'VolumeSize: gp2: 1 - 16,384 GiB', quota: { adjustable: false } },
  'ebs-io1.size': { source: CFN_EBS, sourceSection: 'VolumeSize: io1: 4 - 16,384 GiB', quota: { adjustable: false } },
  'ebs-io2.size': { source: CFN_EBS, sourceSection: 'VolumeSize: io2: 4 - 65,536 GiB', quota: { adjustable: false } },
  'ebs-st1.size': { source: CFN_EBS, sourceSection: 'VolumeSize: st1 and sc1: 125 - 16,384 GiB', quota: { adjustable: false } },
  'ebs-sc1.size': { source: CFN_EBS, sourceSection: 'VolumeSize: st1 and sc1: 125 - 16,384 GiB', quota: { adjustable: false } },
  'ebs-io1.iops': { source: CFN_EBS, sourceSection: 'Iops: io1: 100 - 64,000 IOPS', quota: { adjustable: false } },
  'ebs-io2.iops': {
    source: CFN_EBS,
    sourceSection: 'Iops: io2: 100 - 256,000 IOPS (up to 256,000 on Nitro instances, 32,000 on others)',
    quota: { adjustable: false },
    names: { words: ['IOPS', 'provisioned IOPS'], iac: ['Iops', 'iops'], cli: ['--iops'], units: ['IOPS'] },
  },
  // Lambda: the table of quotas that "cannot be changed".
  // Words that say which package is meant: "deployment package" alone names both the zipped and the unzipped limit,
  // and a bare "zipped"/"unzipped" often follows its figure ("50 MB zipped, 250 MB unzipped"), which would bind the next one.
  'lambda.package-zip': {
    ...lambdaFixed('Deployment package (.zip file archive) size: 50 MB (zipped, for direct upload)'),
    names: { words: ['zipped deployment package', 'zipped package', 'zip file size', 'zip archive size'], units: ['MB', 'MiB'] },
  },
  'lambda.package-unzipped': {
    ...lambdaFixed('Deployment package (.zip file archive) size: 250 MB (unzipped, including layers)'),
    names: { words: ['unzipped deployment package', 'unzipped package', 'unzipped size', 'uncompressed package'], units: ['MB', 'MiB'] },
  },
  'lambda.container-image': {
    ...lambdaFixed('Container image code package size: 10 GB'),
    names: { words: ['container image size', 'container images', 'container image', 'image size'], units: ['GB', 'GiB'] },
  },
  'lambda.env-vars': {
    ...lambdaFixed('Function environment variables: 4 KB'),
    names: { words: ['environment variables', 'environment variable size'], iac: ['Environment', 'environment'], units: ['KB', 'KiB'] },
  },
  // Only the synchronous words: an asynchronous (event) payload has its own, smaller limit.
  'lambda.sync-payload': {
    ...lambdaFixed('Invocation payload (request and response): 6 MB (synchronous)'),
    names: { words: ['synchronous payload', 'sync payload', 'synchronous invocation payload', 'synchronous request payload', 'RequestResponse payload'], units: ['MB', 'MiB'] },
  },
  'lambda.layers': lambdaFixed('Function layers: five layers'),
  // Firehose buffering hints: the API's valid ranges and defaults.
  'firehose.buffer-interval': {
    source: FIREHOSE_BUFFERING,
    sourceSection: 'IntervalInSeconds: default 300; valid range 0 to 900',
    quota: { adjustable: false },
    detail: 'A zero interval delivers within a few seconds without buffering (application destinations; not for the S3 backup).',
    names: { words: ['buffer interval', 'buffering interval', 'flush interval', 'buffer time', 'buffering time', 'buffering'], iac: ['IntervalInSeconds', 'buffering_interval', 'bufferingInterval'], units: ['seconds'] },
  },
  'firehose.buffer-size': {
    source: FIREHOSE_BUFFERING,
    sourceSection: 'SizeInMBs: default 5; valid range 1 to 128',
    quota: { adjustable: false },
    names: { words: ['buffer size', 'buffering size', 'buffering'], iac: ['SizeInMBs', 'buffering_size', 'bufferingSize'], units: ['MiB', 'MB'] },
  },
  'kinesis-data-streams.shard-read': {
    source: KINESIS_CONSUMERS,
    sourceSection: 'Shard read throughput: fixed at a total of 2 MB/sec per shard shared by consumers; each enhanced fan-out consumer gets its own 2 MB/sec per shard',
    quota: { adjustable: false },
  },
  's3.buckets': {
    source: S3_BUCKET_QUOTAS,
    sourceSection: 'Bucket quotas: by default up to 10,000 general purpose buckets per AWS account',
    quota: { adjustable: true, via: 'service-quotas' },
    detail: '10,000 by default, raised through Service Quotas (managed from US East (N. Virginia) for commercial Regions); above 10,000, ListBuckets must be paginated.',
    names: { words: ['buckets per account', 'bucket limit', 'bucket quota'], units: ['count'] },
  },
  'kms.rotation-period': {
    source: KMS_ENABLE_ROTATION,
    sourceSection: 'RotationPeriodInDays: valid range 90 to 2560; default 365 days',
    quota: { adjustable: false },
    names: { words: ['rotation period', 'key rotation', 'automatic rotation'], iac: ['RotationPeriodInDays', 'rotation_period_in_days'], cli: ['--rotation-period-in-days'], units: ['days'] },
  },
  // Direct Connect jumbo frames: 8500 for private and transit virtual interfaces in the current API reference.
  'direct-connect.private-vif-mtu': {
    sourceSection: 'Setting the MTU of a virtual interface to 8500 (jumbo frames)',
    quota: { adjustable: false },
    names: { words: ['MTU', 'jumbo frames'], iac: ['Mtu', 'mtu'], cli: ['--mtu'], units: ['bytes'] },
  },
  'direct-connect.transit-vif-mtu': {
    sourceSection: 'A jumbo MTU value must be either 1500 or 8500',
    quota: { adjustable: false },
    names: { words: ['MTU', 'jumbo frames'], iac: ['Mtu', 'mtu'], cli: ['--mtu'], units: ['bytes'] },
  },
  // Load balancer attributes: the API's valid ranges and defaults.
  'elb.deregistration-delay': {
    source: ELB_TG_ATTRIBUTES,
    sourceSection: 'deregistration_delay.timeout_seconds: range 0-3600 seconds, default 300 (not for Lambda targets)',
    quota: { adjustable: false },
    names: {
      words: ['deregistration delay', 'connection draining', 'draining'],
      iac: ['deregistration_delay.timeout_seconds', 'deregistration_delay', 'deregistrationDelay'],
      units: ['seconds'],
    },
  },
  'elb.sticky-duration': {
    source: ELB_TG_ATTRIBUTES,
    sourceSection: 'stickiness.lb_cookie.duration_seconds: 1 second to 1 week (604800 seconds), default 1 day',
    quota: { adjustable: false },
    names: { words: ['stickiness', 'sticky sessions', 'cookie duration'], iac: ['stickiness.lb_cookie.duration_seconds', 'cookie_duration'], units: ['seconds'] },
  },
  'nlb.tcp-idle-timeout': {
    source: ELB_LISTENER_ATTRIBUTES,
    sourceSection: 'tcp.idle_timeout.seconds: valid range 60-6000 seconds, default 350 (Network and Gateway Load Balancers)',
    quota: { adjustable: false },
    names: { words: ['idle timeout', 'TCP idle timeout'], iac: ['tcp.idle_timeout.seconds'], units: ['seconds'] },
  },
  'kms.deletion-window': {
    source: KMS_SCHEDULE_DELETION,
    sourceSection: 'PendingWindowInDays: between 7 and 30, inclusive; defaults to 30',
    quota: { adjustable: false },
    names: { words: ['waiting period', 'pending window', 'deletion window'], iac: ['PendingWindowInDays', 'deletion_window_in_days', 'pendingWindow'], cli: ['--pending-window-in-days'], units: ['days'] },
  },
  'ssm-parameter-store.value-size': {
    source: PARAMETER_TIERS,
    sourceSection: 'Maximum size of a parameter value: Standard 4 KB, Advanced 8 KB',
    quota: { adjustable: false },
    detail: 'A standard parameter can become advanced at any time, but not back (the value would be truncated from 8 KB to 4 KB).',
  },
  'iam.role-session': {
    source: IAM_CREATE_ROLE,
    sourceSection: 'MaxSessionDuration: 1 hour to 12 hours (3600 to 43200 seconds); one hour when not set',
    quota: { adjustable: false },
    detail: '1 to 12 hours, one hour by default; a session reached by role chaining is limited to one hour (AssumeRole DurationSeconds).',
    names: { words: ['maximum session duration', 'session duration', 'role session'], iac: ['MaxSessionDuration', 'max_session_duration', 'maxSessionDuration'], cli: ['--max-session-duration'], units: ['seconds', 'hours'] },
  },
  'dynamodb.transaction-items': {
    source: DDB_TRANSACT_WRITE,
    sourceSection: 'groups up to 100 action requests; the aggregate size of the items cannot exceed 4 MB',
    quota: { adjustable: false },
    detail: 'Up to 100 actions and 4 MB per transaction; older SDK references say 25 actions.',
  },
  'secrets-manager.recovery-window': {
    source: SM_DELETE_SECRET,
    sourceSection: 'RecoveryWindowInDays: from 7 to 30 days; 30 when neither it nor ForceDeleteWithoutRecovery is given',
    quota: { adjustable: false },
    names: { words: ['recovery window', 'deletion window'], iac: ['RecoveryWindowInDays', 'recovery_window_in_days'], cli: ['--recovery-window-in-days'], units: ['days'] },
  },
  'kinesis-data-streams.shard-write': {
    source: KINESIS_PUT_RECORDS,
    sourceSection: 'Each shard can support writes up to 1,000 records per second, up to a maximum data write total of 1 MiB per second',
    quota: { adjustable: false },
  },
  // Step Functions: quotas related to state machine executions.
  'step-functions.standard-duration': {
    source: SFN_QUOTAS,
    sourceSection: 'Quotas related to state machine executions: maximum execution time 1 year (Standard)',
    quota: { adjustable: false },
    names: { words: ['Standard workflows', 'Standard workflow', 'Standard executions'], units: ['days', 'years'] },
  },
  'step-functions.express-duration': {
    source: SFN_QUOTAS,
    sourceSection: 'Quotas related to state machine executions: maximum execution time 5 minutes (Express)',
    quota: { adjustable: false },
    names: { words: ['Express workflows', 'Express workflow', 'Express executions'], units: ['seconds', 'minutes'] },
  },
  'step-functions.history': {
    source: SFN_QUOTAS,
    sourceSection: 'Quotas related to state machine executions: maximum execution history size 25,000 events (Standard; the execution fails when reached)',
    quota: { adjustable: false },
  },
  // Aurora Global Database.
  'aurora-global-database.secondary-regions': {
    source: AURORA_GLOBAL_REQUIREMENTS,
    sourceSection: 'An Aurora global database can have up to 10 secondary AWS Regions',
    quota: { adjustable: false },
    names: { words: ['secondary Regions', 'secondary clusters'], units: ['Regions'] },
  },
  'aurora-global-database.replicas-per-secondary': {
    source: AURORA_GLOBAL_REQUIREMENTS,
    sourceSection: 'Read-only instances (Aurora replicas) per Aurora DB cluster: 16 in a secondary Region',
    quota: { adjustable: false },
  },
};
