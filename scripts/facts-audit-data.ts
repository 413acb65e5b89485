/**
 * The random audit of 2026-12-06 (issue 13): 50 facts drawn with a seeded generator, each checked against
 * the page its `source` names. Rendered into docs/facts.md by gen-facts-doc.ts; the ids are checked against
 * the pack by test/unit/facts-audit.test.ts.
 */

export type AuditVerdict = 'right' | 'wrong' | 'stale' | 'unstated' | 'unchecked';

export interface AuditRow {
  readonly id: string;
  /** unstated: the cited page does not state (all or part of) the value; unchecked: no stored copy of the page. */
  readonly verdict: AuditVerdict;
  /** Only part of the value is missing from the page. */
  readonly partly?: boolean;
  /** Corrected in the pack after the audit. */
  readonly fixed?: boolean;
  readonly note: string;
}

export const AUDIT = {
  date: '2026-12-06',
  packVersion: '2026.12.06',
  seed: 20261206,
  method: 'mulberry32(seed) draws 50 distinct indexes into the 920 facts of the pack sorted by id (scripts/facts-audit-pick.ts); each fact is read against the stored copy of its source page.',
  rows: [
    { id: 'alb.idle-timeout', verdict: 'unstated', fixed: true, note: 'application-load-balancers.html gives only the default (60 s); the 1-4000 range is on API_LoadBalancerAttribute' },
    { id: 'amplify.backend', verdict: 'unstated', note: 'cited aws.amazon.com/amplify landing page not stored; docs.amplify.aws project-structure states Gen 2 TypeScript backends (auth, data, storage, functions); the content is right, the source is a landing page' },
    { id: 'app-mesh.lifecycle', verdict: 'right', note: 'disaster-recovery-resiliency: end of support 30 September 2026' },
    { id: 'app-runner.sources', verdict: 'right', note: 'what-is-apprunner: deploys from source code or a container image' },
    { id: 'batch.retry-attempts', verdict: 'right', note: 'job_retries: between 1 and 10 attempts' },
    { id: 'cloudsearch.lifecycle', verdict: 'right', note: 'what-is-cloudsearch: no longer available to new customers; existing customers continue' },
    { id: 'cloudtrail.price', verdict: 'unchecked', note: 'aws.amazon.com pricing page not stored with its table' },
    { id: 'cognito.user-pools', verdict: 'right', note: 'quotas.html resource quotas: User pools per Region 1,000, adjustable (max 10,000)' },
    { id: 'datasync.locations', verdict: 'right', note: 'what-is-datasync: NFS, SMB, HDFS, object storage; S3, EFS, the four FSx; other clouds' },
    { id: 'direct-connect.hosted-speeds', verdict: 'right', note: 'hosted_connection: 50 Mbps to 25 Gbps via a Direct Connect Partner' },
    { id: 'ebs-io1.throughput', verdict: 'right', note: 'ebs-volume-types SSD table 1,000 MiB/s' },
    { id: 'ebs-io2.size', verdict: 'right', note: 'CloudFormation Ebs VolumeSize: io2 4 - 65,536 GiB' },
    { id: 'ebs-sc1.iops', verdict: 'right', note: 'HDD table 250' },
    { id: 'ebs.fsr', verdict: 'right', note: 'ebs-fast-snapshot-restore: volumes from FSR snapshots are fully initialized at creation and deliver all provisioned performance' },
    { id: 'ec2.spot-notice', verdict: 'right', note: 'interruption notice two minutes before stop/terminate (none in advance for hibernation)' },
    { id: 'ecr.public', verdict: 'right', note: 'what-is-ecr (public): Public Gallery at gallery.ecr.aws' },
    { id: 'ecs.launch-types', verdict: 'stale', fixed: true, note: 'capacity-launch-type-comparison: EC2, Fargate, External and Amazon ECS Managed Instances (launch_types page not stored)' },
    { id: 'ecs.load-balancers', verdict: 'unstated', partly: true, note: 'page names ALB (recommended), NLB and GWLB; the CLB clause is not on it (ECS quota table lists 1 CLB per service)' },
    { id: 'elasticache-memcached.default-port', verdict: 'right', note: 'same page: default port for Memcached 11211' },
    { id: 'elasticache-memcached.ha', verdict: 'right', note: 'SelectEngine: Memcached no replication, no automatic failover; backup and restore for serverless caches only' },
    { id: 'elasticache.default-port', verdict: 'right', note: 'accessing-elasticache: default port for Valkey and Redis OSS 6379' },
    { id: 'elb.cross-zone', verdict: 'right', note: 'how-elastic-load-balancing-works: ALB always on (LB level), NLB/GWLB off by default, CLB off via API/CLI and on in the console (charge clauses are from the pricing pages)' },
    { id: 'firehose.buffer-size', verdict: 'right', note: 'API_BufferingHints: SizeInMBs default 5, 1 to 128' },
    { id: 'firehose.format-conversion', verdict: 'right', note: 'record-format-conversion: JSON to Parquet or ORC with a Glue Data Catalog schema' },
    { id: 'firewall-manager.prerequisites', verdict: 'right', note: 'fms-prereq: Organizations, Firewall Manager administrator account, AWS Config (all-features detail on the linked Organizations step)' },
    { id: 'fsx.port-lustre', verdict: 'right', note: 'Lustre SG rules TCP 988 (and 1018-1023)' },
    { id: 'fsx.port-smb', verdict: 'right', note: 'Windows SG port table TCP 445 SMB file sharing' },
    { id: 'glue.bookmarks', verdict: 'right', note: 'monitor-continuations: job bookmarks track processed data so reruns process new data' },
    { id: 'guardduty.free-trial', verdict: 'unchecked', note: 'pricing page not stored' },
    { id: 'iam.managed-policy-size', verdict: 'right', note: '6,144 characters' },
    { id: 'iot-core.rules', verdict: 'right', note: 'iot-rules: rules act on the MQTT topic stream (AWS IoT SQL) to DynamoDB, S3, SNS, SQS, Lambda, Kinesis and more' },
    { id: 'macie.free-trial', verdict: 'unchecked', note: 'pricing page not stored' },
    { id: 'msk.port-iam', verdict: 'right', note: 'port-info: IAM access control 9098 within AWS (9198 public)' },
    { id: 'opensearch.query-languages', verdict: 'right', note: 'sql-support: SQL instead of the JSON query DSL; PPL support in the SQL plugin' },
    { id: 'oracle.backup-retention', verdict: 'right', note: 'BackupRetention: 0 to 35 days; default 1 day (API/CLI), 7 days (console) as the detail says' },
    { id: 'privatelink.bandwidth', verdict: 'right', note: 'vpc-limits-endpoints: 10 Gbps per AZ by default, scaling automatically to 100 Gbps; more through AWS Support' },
    { id: 'rds-custom.access', verdict: 'unstated', partly: true, fixed: true, note: 'rds-custom: privileged access to the database and the underlying OS; SSH/RDP/Session Manager named on other pages' },
    { id: 'redshift.architecture', verdict: 'right', note: 'c_high_level_system_architecture: leader node plans, compute nodes run in parallel' },
    { id: 'route53.availability', verdict: 'right', note: 'SLA text ("make Amazon Route 53 100% Available"), as quoted in stored copies; the SLA page itself is not stored' },
    { id: 'route53.records', verdict: 'right', note: '10,000 per hosted zone' },
    { id: 's3-glacier-flexible.price', verdict: 'unchecked', note: 'the stored copy of the S3 pricing page renders without the price table' },
    { id: 's3-standard-ia.min-object-size', verdict: 'right', note: 'storage-class-intro comparison table: minimum billable object size 128 KB' },
    { id: 's3-standard.price', verdict: 'unchecked', note: 'stored copy of the S3 pricing page renders without the price table' },
    { id: 's3.block-public-access', verdict: 'right', note: 'access-control-block-public-access: by default new buckets, access points and objects don\'t allow public access' },
    { id: 's3.bucket-name-rules', verdict: 'stale', fixed: true, note: 'bucketnamingrules now also reserves the --table-s3 suffix (S3 Tables) and the -an suffix (account regional namespace)' },
    { id: 'snow-family.devices', verdict: 'unchecked', note: 'snowball specifications page not stored' },
    { id: 'sns.protocols', verdict: 'right', note: 'welcome: SQS, Lambda, HTTP(S), email, mobile push, SMS, Data Firehose' },
    { id: 'sqs.visibility-timeout', verdict: 'right', note: 'quotas-messages: default 30 s, minimum 0, maximum 12 hours' },
    { id: 'ssm-session-manager.logging', verdict: 'unstated', partly: true, fixed: true, note: 'session-manager-logging: S3 and CloudWatch Logs; the CloudTrail clause is on another page' },
    { id: 'storage-gateway.types', verdict: 'unchecked', note: 'WhatIsStorageGateway not stored; only third-party summaries' },
  ] satisfies readonly AuditRow[],
} as const;
