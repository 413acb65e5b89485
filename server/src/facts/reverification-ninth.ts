/**
 * The ninth re-verification pass (issue 13, facts helper session 9): limit, quota and default facts still
 * dated 2026-11-27, and former values (with the date AWS changed them) for limits an earlier pass
 * re-verified. Values live in services/*.ts.
 *
 * NINTH_CHECKED maps each fact read to what the page says; "fixed:" marks a changed value, wording or source.
 * Where only the frozen awsdocs copy (GitHub, archived 2023) states the value, the note says "2023 copy":
 * the checked date moves, but the fact is not stamped `reverified` (that stamp means the current page).
 * NINTH_REVERIFIED holds range and limit facts re-verified on a current copy (same form as
 * reverification.ts). NINTH_HISTORY adds former values to facts an earlier pass re-verified; a history
 * entry is what lets a check say "200 was the maximum until October 2020" and flag an outdated ceiling.
 */

import type { FormerValue } from './types';
import type { Reverification } from './reverification';

export const NINTH_ON = '2026-12-07';

const CFN_HISTORY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/ReleaseHistory.html';
const DDB_HISTORY = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DocumentHistory.html';
const VPC_HISTORY = 'https://docs.aws.amazon.com/vpc/latest/userguide/WhatsNew.html';
const AURORA_HISTORY = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/WhatsNew.html';
const RDS_HISTORY = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/WhatsNew.html';
const ECS_HISTORY = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/document_history.html';
const AURORA_GLOBAL_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html';

export const NINTH_CHECKED: Readonly<Record<string, string>> = {
  'sqs.max-receive-count':
    'fixed: 2023 copy of sqs-configure-dead-letter-queue: set Maximum receives to a value between 1 and 1,000; the cited sqs-dead-letter-queues page does not give the range, so the source moved',
  'cloudfront.default-ttl':
    'fixed: 2023 copy of distribution-web-values-specify (Default TTL): the default value for Default TTL is 86400 seconds (one day), a Minimum TTL above it raises it; Maximum TTL defaults to 31536000 seconds. The page sets no upper bound on Default TTL, so the 0-31,536,000 range became a default, and the source moved from Expiration (which says 24 hours only)',
  'cloudfront-functions.per-account': '2023 copy of cloudfront-limits (Quotas on CloudFront Functions): Functions per AWS account 100, in the Default quota column (no increase link)',
  'cloudfront-functions.execution': '2023 copy of edge-functions (the CloudFront Functions and Lambda@Edge comparison table): function duration submillisecond',
  'elasticache.backup-retention':
    '2023 copy of backups-automatic (Valkey/Redis OSS): the maximum backup retention limit is 35 days; 0 disables automatic backups (the cited backups page links to it)',
  's3-object-lambda.timeout':
    'fixed: 2023 copy of olap-writing-lambda: S3 Object Lambda allows up to 60 seconds to send a complete response through WriteGetObjectResponse; the cited transforming-objects overview does not state it, so the source moved',
  's3-glacier-vaults.archive-size':
    'fixed: 2023 copy of uploading-an-archive: 1 byte to 4 GB in a single operation; multipart upload up to about 40,000 GB (10,000 * 4 GB). The pack said 40 TiB; the maximum is now 10,000 parts of 4 GB',
  'storage-gateway.cached-volume': '2023 copy of the Storage Gateway quotas (Quotas for volumes): maximum size of a volume, cached 32 TiB',
  'storage-gateway.stored-volume': '2023 copy of the Storage Gateway quotas (Quotas for volumes): maximum size of a volume, stored 16 TiB',
  'storage-gateway.volumes': '2023 copy of the Storage Gateway quotas (Quotas for volumes): maximum number of volumes per gateway 32 (cached and stored)',
  'ssm-parameter-store.count': '2023 copy of parameter-store-advanced-parameters: total parameters per account and Region, standard 10,000, advanced 100,000',
  // Facts that warning-level checks or hovers lean on, read on the 2023 awsdocs copies (the EKS guide copy is of 2024-12).
  'ec2.spot-pricing':
    '2023 copies: spot-interruptions (the cited page: Spot capacity returns when EC2 needs the capacity back), interruption-reasons (interrupted when the Spot price is higher than your maximum price; a maximum price means more frequent interruptions) and using-spot-instances (you pay the Spot price, set by EC2 and adjusted gradually on long-term supply and demand); the cited page states the capacity clause only',
  'cloudwatch-logs.default-retention':
    '2023 copies of WhatIsCloudWatchLogs and Working-with-log-groups-and-streams: by default logs are kept indefinitely and never expire (the Never Expire setting); the cited PutRetentionPolicy reference has no stored copy',
  's3.block-public-access': '2023 copy of access-control-block-public-access: by default, new buckets, access points and objects don\'t allow public access',
  'elb.cross-zone':
    '2023 copy of how-elastic-load-balancing-works: NLB and GWLB cross-zone off by default; CLB off through the API or CLI, on in the console; ALB always on',
  'ec2-auto-scaling.cooldown': '2023 copy of ec2-auto-scaling-scaling-cooldowns: the default cooldown is 300 seconds (5 minutes) when none is set',
  'aurora-global-database.lag': '2023 copy of aurora-global-database: Aurora replicates to the secondary Regions with latency typically under a second',
  'eks.version-support':
    'kubernetes-versions in the EKS guide\'s GitHub source (copy of 2024-12-18, newer than the 2023 archives): standard support for the first 14 months after release, then extended support for the next 12 months',
  'eks.compute':
    'eks-compute in the EKS guide\'s GitHub source (copy of 2024-12-18): Pods on any combination of EKS Auto Mode managed nodes, self-managed nodes, EKS managed node groups, Fargate and EKS Hybrid Nodes',
  // Right in the seventh random audit (2023 copies), still dated 2026-11-27 before it.
  'control-tower.controls':
    '2023 copy of the Control Tower controls page: preventive controls implemented with SCPs, detective with AWS Config rules, proactive with CloudFormation hooks (RCPs postdate the copy)',
  'rds-proxy.access': '2023 copy of rds-proxy (before the limitations page was split off): the proxy must be in the same VPC as the database and can\'t be publicly accessible',
  'dms.dynamodb':
    '2023 copies of CHAP_Target and CHAP_Source: DynamoDB is listed among the targets and not among the sources',
  'dynamodb.capacity-modes':
    '2023 copy of HowItWorks.ReadWriteCapacityMode (now capacity-mode): on-demand and provisioned capacity modes; a table can switch to on-demand once every 24 hours',
  'efs.performance-modes': '2023 copy of performance: performance mode General Purpose or Max I/O',
};

/**
 * Facts this pass read and could not confirm on a stored copy of the page they cite: their checked date stays,
 * and docs/facts-audits.md lists each with the reason.
 */
export const NINTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'fsx-windows.default-port': 'the 2023 copy of limit-access-security-groups renders no port table, and no current copy was reached; only a third-party script quoting the page lists TCP 445',
  'fsx.port-smb': 'as fsx-windows.default-port: no stored copy of the cited page shows its port table',
  'qldb.lifecycle': 'the current copy of the cited AWS Database Blog post stops before the end-of-support date',
  'snowmobile.lifecycle': 'aws.amazon.com/snowmobile has no stored copy',
  'aurora.storage-copies': 'the 2023 copy of Aurora.Overview.StorageReliability says copies across three Availability Zones but not six copies or the write and read quorums',
  'transcribe.batch-limits': 'no stored copy of limits-guidelines; the 2023 copies give 4 hours only for call analytics input',
};

const COGNITO_TOKEN_UNITS = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html';
const RDS_PROXY_IDLE =
  'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-db-proxy/idle-client-timeout.html';

export const NINTH_REVERIFIED: Readonly<Record<string, Reverification>> = {
  // Current copy: AccessTokenValidity (and IdTokenValidity) duration can range from five minutes to one day;
  // CreateUserPoolClient: access tokens are valid for one hour unless configured otherwise.
  'cognito.access-token-validity': {
    source: COGNITO_TOKEN_UNITS,
    sourceSection: 'AccessToken: AccessTokenValidity duration can range from five minutes to one day (IdToken the same)',
    quota: { adjustable: false },
    // Fifteenth pass: the cited page gives the range only; the default is on CreateUserPoolClient.
    detail:
      'From five minutes to one day (TokenValidityUnitsType). The one-hour default is stated on CreateUserPoolClient: if the app client does not specify otherwise, access and ID tokens are valid for one hour.',
    names: {
      // Not the bare 'token expiration': refresh tokens live up to 10 years.
      words: ['access token validity', 'access token expiration', 'ID token validity', 'ID token expiration'],
      iac: ['AccessTokenValidity', 'IdTokenValidity', 'access_token_validity', 'id_token_validity', 'accessTokenValidity'],
      units: ['minutes', 'hours', 'days'],
    },
  },
  // Current copy (the SDK reference of the DBProxy type): Default 1800 (30 minutes); Constraints 1 to 28,800.
  'rds-proxy.idle-timeout': {
    source: RDS_PROXY_IDLE,
    sourceSection: 'idleClientTimeout: Default 1800 (30 minutes); Constraints: 1 to 28,800',
    quota: { adjustable: false },
    names: { words: ['idle client connection timeout', 'idle client timeout'], iac: ['IdleClientTimeout', 'idle_client_timeout', 'idleClientTimeout'], cli: ['--idle-client-timeout'], units: ['seconds', 'minutes', 'hours'] },
  },
};

export interface HistoryEntry {
  readonly history: readonly FormerValue[];
  /** Where the former value and the date were read. */
  readonly note: string;
}

/**
 * Left out on purpose, though dated: S3's 5 GB object maximum (until December 2010) is today's single-PUT limit,
 * and WAF's 1,500 WCUs per web ACL (until April 2023) is today's price threshold, so both figures are still
 * right in other sentences and would become false alarms. Kinesis's 7-day maximum (the page said 168 hours in
 * its 2019 awsdocs copy and 8,760 in the 2020-11-04 one) waits for the engine: the metamorphic ceiling test
 * generated from it finds "The largest retention period Kinesis Data Streams allows is 7 days" unflagged;
 * the fact's change note already names 7 days as the older figure.
 */
export const NINTH_HISTORY: Readonly<Record<string, HistoryEntry>> = {
  'cloudformation.resources-per-stack': {
    history: [{ value: '200 resources', until: '2020-10', source: CFN_HISTORY }],
    note: 'document history, October 22, 2020: "You can now declare a maximum of 500 resources"; the quotas page said 200 resources until then (awsdocs copies 2017-2020)',
  },
  'cloudformation.parameters': {
    history: [{ value: '60 parameters', until: '2020-10', source: CFN_HISTORY }],
    note: 'document history, October 22, 2020: a maximum of 200 parameters; the quotas page said 60 parameters until then (awsdocs copies 2017-2020)',
  },
  'cloudformation.stacks': {
    history: [{ value: '200 stacks', until: '2021-07', source: CFN_HISTORY }],
    note: 'document history, July 15, 2021: a defaulted maximum of 2000 stacks; the quotas page said 200 stacks until then (awsdocs copies 2017-2021)',
  },
  'dynamodb.tables': {
    history: [{ value: '256 tables', until: '2022-03', source: DDB_HISTORY }],
    note: 'document history, March 9, 2022: the default quota for tables per account and Region increased from 256 to 2,500',
  },
  'nat-gateway.bandwidth': {
    history: [{ value: '45 Gbps', until: '2022-06', source: VPC_HISTORY }],
    note: 'VPC document history, June 15, 2022: NAT gateways now support bandwidth up to 100 Gbps (an increase from 45 Gbps)',
  },
  'aurora.max-storage': {
    history: [{ value: '64 TiB', until: '2020-09', source: AURORA_HISTORY }],
    note: 'Aurora document history, September 22, 2020: cluster volumes can now grow to 128 TiB (the earlier maximum was 64 TiB); the later 256 TiB is per engine version and its date was not found, so 128 TiB is not listed',
  },
  'dynamodb.item-size': {
    history: [{ value: '64 KB', until: '2014-10', source: DDB_HISTORY }],
    note: 'DynamoDB document history, October 7, 2014: the maximum item size increased from 64 KB to 400 KB',
  },
  'mysql.read-replicas': {
    history: [{ value: '5 read replicas', until: '2022-10', source: RDS_HISTORY }],
    note: 'RDS document history, October 20, 2022: up to 15 read replicas for RDS for MariaDB, MySQL and PostgreSQL (5 before)',
  },
  'mariadb.read-replicas': {
    history: [{ value: '5 read replicas', until: '2022-10', source: RDS_HISTORY }],
    note: 'RDS document history, October 20, 2022: up to 15 read replicas for RDS for MariaDB, MySQL and PostgreSQL (5 before)',
  },
  'postgresql.read-replicas': {
    history: [{ value: '5 read replicas', until: '2022-10', source: RDS_HISTORY }],
    note: 'RDS document history, October 20, 2022: up to 15 read replicas for RDS for MariaDB, MySQL and PostgreSQL (5 before); the generic rds card keeps none, since Oracle and SQL Server still allow 5',
  },
  'aurora-global-database.secondary-regions': {
    history: [{ value: '5 secondary Regions', until: '2025-05', source: AURORA_GLOBAL_PAGE }],
    note: 'older copies of aurora-global-database say up to five secondary Regions; an AWS Database Blog post (read in a mirrored copy) dates the change: "On May 21st 2025, we announced support for up to 10 secondary Regions"',
  },
  'fargate.vcpu': {
    history: [{ value: '4 vCPU', until: '2022-09', source: ECS_HISTORY }],
    note: 'ECS document history, 16 September 2022: Fargate supports the 8 vCPU and 16 vCPU task sizes (4 vCPU was the largest before); the later raise to 32 vCPU was not dated, so 16 is not listed',
  },
};
