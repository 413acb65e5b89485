/**
 * The random audits of the fact pack (issue 13): 50 facts drawn with a seeded generator, each checked against
 * the page its `source` names. Rendered into docs/facts-audits.md (summaries in docs/facts.md) by
 * gen-facts-doc.ts; the ids are checked against the pack by test/unit/facts-audit.test.ts.
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

export interface Audit {
  readonly date: string;
  /** Distinguishes two audits of one day ("2026-12-06b"); the audit file's anchor. */
  readonly name: string;
  readonly packVersion: string;
  readonly seed: number;
  readonly method: string;
  /** What the auditor could and could not do, and what was fixed afterwards. */
  readonly remarks?: readonly string[];
  readonly rows: readonly AuditRow[];
}

export const AUDIT: Audit = {
  date: '2026-12-06',
  name: '2026-12-06',
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
    { id: 'ecs.load-balancers', verdict: 'unstated', partly: true, fixed: true, note: 'page names ALB (recommended), NLB and GWLB; the CLB clause is not on it (ECS quota table lists 1 CLB per service)' },
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
  ],
};


const THIRD_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into the 825 facts of pack 2026.12.06 (922 in all) that neither earlier audit read, sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261208 50 --skip-audited`); each fact is read as an outside auditor would, against stored AWS documentation ' +
  '(the `search` docs/pages corpora, current page copies through find_string/read_file, awsdocs copies only where no newer copy exists): value, unit, ' +
  'hard or adjustable, Region variation, and whether the cited page states it. "right" needs an AWS page (or a verbatim copy of one) that states the value; ' +
  'where the value was found on another AWS page but the cited page was not stored, the row is "not checked" and the source was moved to the page that states it.';

/** The fifth random audit (issue 13, facts helper session 7): seed 20261210, facts no earlier audit read. */
const FIFTH_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into the 736 facts of pack 2026.12.07 (933 in all) that no earlier audit read, sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261210 50 --skip-audited`); each fact is read against stored AWS documentation (awsdocs repository ' +
  'snapshots read with git, and current page copies in the `search` docs corpus), without the pack\'s own notes: value, unit, hard or adjustable, ' +
  'and whether the cited page states every clause. "right" needs an AWS page (or a verbatim copy, such as an SDK reference generated from the API model) ' +
  'that states the value; a cited page with no stored copy is "not checked".';

export const AUDIT_E: Audit = {
  date: '2026-12-07',
  name: '2026-12-07b',
  packVersion: '2026.12.07',
  seed: 20261210,
  method: FIFTH_METHOD,
  remarks: [
    'Figure: 27 of the 29 checked facts are right (21 not checked: five prices whose pages are not stored, five general-reference or guide quota tables the stored copies do not reach, and eleven pages with no stored copy or one older than the fact).',
    'Source does not state it (2, both partly, both fixed): acm.renewal took its 60-day start from the DNS renewal page (now its source); ssm.prerequisites added an HTTPS 443 clause from the VPC endpoint setup page (dropped). Both are the pattern the earlier audits named: a clause from a neighbouring page.',
    'The draw fell after this session\'s re-verification pass, so six of the 50 (security-group.stateful, sqs-fifo.ordering, rds-custom.engines, dynamodb.table-classes, s3-standard.availability, lambda-edge.origin-timeout) had just been read; they were read again here without the pass\'s notes.',
    'Confirmed facts are re-dated (reverification-seventh.ts); storage-gateway.stored-volume stays on the not-re-verified list because only a 2023 copy of its quota table was read.',
  ],
  rows: [
    { id: 'acm.renewal', verdict: 'unstated', partly: true, fixed: true, note: 'managed-renewal: automatic renewal for DNS-validated certificates; the 60-day start is on dns-renewal-validation ("At 60 days prior to expiration, ACM checks ... the certificate is currently in use"), now the source' },
    { id: 'appflow.flow-run', verdict: 'unchecked', note: 'aws.amazon.com/appflow/pricing not stored' },
    { id: 'application-discovery-service.lifecycle', verdict: 'unchecked', note: 'the availability-change page was not found in a stored copy (Migration Hub\'s banner, no longer open to new customers as of 7 November 2025, was)' },
    { id: 'cloudfront.origin-response-timeout', verdict: 'right', note: 'CloudFront API reference OriginReadTimeout (VpcOriginConfig copy and the S3OriginConfig SDK text): minimum 1 second, maximum 120 seconds, default 30 seconds' },
    { id: 'codecatalyst.lifecycle', verdict: 'right', note: 'CodeCatalyst guide banner (current copies): no longer open to new customers; existing customers can continue to use the service as normal; see How to migrate from CodeCatalyst' },
    { id: 'comprehend.pii', verdict: 'right', note: 'how-pii: Amazon Comprehend detects PII entities and can redact them' },
    { id: 'connect.lex', verdict: 'right', note: 'amazon-lex (admin guide): Amazon Lex bots in Amazon Connect flows, with keypad input, and interactive messages for chat' },
    { id: 'connect.pricing', verdict: 'unchecked', note: 'aws.amazon.com/connect/pricing not stored' },
    { id: 'cost-explorer.api-price', verdict: 'unchecked', note: 'Cost Explorer pricing page not stored' },
    { id: 'cost-explorer.recommendations', verdict: 'unchecked', note: 'savingsplans sp-recommendations page not found in a stored copy' },
    { id: 'db2.read-replicas', verdict: 'right', note: 'CreateDBInstanceReadReplica SourceDBInstanceIdentifier (cited Kotlin SDK page): Db2 can have up to three replicas' },
    { id: 'dynamodb.lsi', verdict: 'right', note: 'ServiceQuotas (secondary indexes): a maximum of 5 local secondary indexes per table' },
    { id: 'dynamodb.table-classes', verdict: 'right', note: 'HowItWorks.TableClasses: two table classes, DynamoDB Standard (default) and DynamoDB Standard-IA' },
    { id: 'ebs-gp2.iops', verdict: 'right', note: 'general-purpose (gp2): baseline IOPS scale linearly from a minimum of 100 to a maximum of 16,000 at 3 IOPS per GiB' },
    { id: 'ecr.replication', verdict: 'right', note: 'replication: a private registry can be configured for cross-Region or cross-account replication, per Region, at the registry level' },
    { id: 'efs.throughput-modes', verdict: 'unchecked', note: 'the stored performance page predates Elastic throughput (it names Bursting and Provisioned only); no current copy found' },
    { id: 'eks.clusters', verdict: 'unchecked', note: 'the stored copies of the general reference quotas page stop before the quota table; the EKS guide source renders its table from Service Quotas' },
    { id: 'elastic-beanstalk.deployment-policies', verdict: 'right', note: 'using-features.deploy-existing-version policy table: All at once, Rolling, Rolling with an additional batch, Immutable, Traffic splitting' },
    { id: 'eventbridge.resource-policy-targets', verdict: 'right', note: 'eb-use-resource-based: resource-based permissions for API Gateway, CloudWatch Logs, Lambda, SNS and SQS targets' },
    { id: 'kendra.editions', verdict: 'unchecked', note: 'the stored Kendra guide predates the GenAI Enterprise edition and has no kendra-editions page' },
    { id: 'kinesis-data-streams.retention', verdict: 'right', note: 'kinesis-extended-retention: records kept 24 hours by default, up to 8760 hours (365 days)' },
    { id: 'lake-formation.blueprints', verdict: 'unchecked', note: 'Lake Formation guide not found in a stored copy' },
    { id: 'lake-formation.permission-levels', verdict: 'unchecked', note: 'Lake Formation guide not found in a stored copy' },
    { id: 'lake-formation.tbac', verdict: 'right', note: 'tag-based-access-control (current copy): LF-Tags attached to Data Catalog resources grant permissions; the recommended method when there are many catalog objects' },
    { id: 'lambda-edge.origin-timeout', verdict: 'right', note: 'cloudfront-limits, Lambda@Edge quotas: function timeout 30 seconds for origin request and origin response events (5 seconds for viewer events in the stored copy; the current page gives 30 for all)' },
    { id: 'lambda.container-images', verdict: 'unchecked', note: 'the Lambda guide repository no longer holds its pages; images-create not found' },
    { id: 'mariadb.default-port', verdict: 'right', note: 'CreateDBInstance Port (API reference text, Kotlin SDK copy): default RDS for MariaDB 3306' },
    { id: 'msk.express', verdict: 'right', note: 'msk-broker-types-express (current copy): up to 3x more throughput per broker, scale up to 20x faster, no storage management (pay-as-you-go storage)' },
    { id: 'mysql.read-replicas', verdict: 'right', note: 'CreateDBInstanceReadReplica SourceDBInstanceIdentifier (cited Kotlin SDK page): each DB instance can have up to 15 read replicas except Db2, Oracle and SQL Server' },
    { id: 'neptune.query-languages', verdict: 'unchecked', note: 'the cited intro page was not found in a stored copy; feature-overview (current copy) names Gremlin, openCypher and SPARQL' },
    { id: 'neptune.read-replicas', verdict: 'unchecked', note: 'the cited intro page was not found in a stored copy this time (the previous pass quoted it: up to 15 Neptune Replicas)' },
    { id: 'opsworks.lifecycle', verdict: 'unchecked', note: 'the OpsWorks API reference Welcome page was not found; the stored user guide predates the end of life' },
    { id: 'postgresql.default-port', verdict: 'right', note: 'CreateDBInstance Port (API reference text, Kotlin SDK copy): default RDS for PostgreSQL 5432' },
    { id: 'quicksight.pricing', verdict: 'unchecked', note: 'aws.amazon.com/quicksight/pricing not stored' },
    { id: 'rds-custom.engines', verdict: 'right', note: 'rds-custom: RDS Custom supports only the Oracle Database and Microsoft SQL Server engines' },
    { id: 'rds.port-sqlserver', verdict: 'right', note: 'CreateDBInstance Port (API reference text, Kotlin SDK copy): default RDS for Microsoft SQL Server 1433' },
    { id: 'route53.hosted-zones', verdict: 'right', note: 'DNSLimitations, quotas on hosted zones: 500 per AWS account, request a higher quota' },
    { id: 's3-glacier-ir.availability', verdict: 'right', note: 'storage-class-intro comparison table: S3 Glacier Instant Retrieval, 99.9% availability' },
    { id: 's3-intelligent-tiering.monitoring', verdict: 'unchecked', note: 'the stored copy of the S3 pricing page renders without its price table' },
    { id: 's3-object-lambda.lifecycle', verdict: 'unchecked', note: 'the stored transforming-objects copy predates the November 2025 notice' },
    { id: 's3-standard.availability', verdict: 'right', note: 'storage-class-intro comparison table: S3 Standard, 99.99% availability' },
    { id: 'sagemaker-ai.inference', verdict: 'right', note: 'deploy-model inference options: real-time inference, serverless inference, batch transform, asynchronous inference' },
    { id: 'savings-plans.terms', verdict: 'unchecked', note: 'savingsplans what-is page not found in a stored copy' },
    { id: 'security-group.stateful', verdict: 'right', note: 'security-groups: security groups are stateful; responses to an allowed request are allowed regardless of the rules' },
    { id: 'sns.fifo-subscriptions', verdict: 'unchecked', note: 'the general reference SNS quotas table was not found in a stored copy' },
    { id: 'sqs-fifo.ordering', verdict: 'right', note: 'FIFO-key-terms (current copy): messages of one message group are processed one at a time in strict order; a deduplication ID repeated within the 5-minute interval is delivered once' },
    { id: 'sqs.message-size', verdict: 'unchecked', note: 'the stored copy of quotas-messages stops before the message size row; the SendMessage reference (Kotlin SDK copy) states a maximum of 1 MiB (1,048,576 bytes)' },
    { id: 'ssm.prerequisites', verdict: 'unstated', partly: true, fixed: true, note: 'setup-instance-permissions: SSM Agent and an instance profile with AmazonSSMManagedInstanceCore, or Default Host Management Configuration; the HTTPS (443) connectivity clause is on setup-create-vpc, not on it' },
    { id: 'storage-gateway.stored-volume', verdict: 'right', note: 'Storage Gateway quotas (awsdocs copy, resource-volume-limits): stored volumes up to 16 TiB, 32 volumes per gateway; the cited vgw page itself is not stored' },
    { id: 'timestream.magnetic-store', verdict: 'unchecked', note: 'Timestream guide not found in a stored copy' },
  ],
};

/** The third random audit (issue 13, facts helper session 5): seed 20261208, facts no earlier audit read. */
const FOURTH_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into the 776 facts of pack 2026.12.06 (923 in all, before this session added two lifecycle facts) that no earlier audit read, sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261209 50 --skip-audited`); each fact is read as an outside auditor would, against stored AWS documentation ' +
  '(the `search` docs/pages corpora, current page copies through find_string/read_file, awsdocs repository snapshots read with git where no newer copy exists), ' +
  'without the pack\'s own notes: value, unit, hard or adjustable, Region variation, and whether the cited page states it. "right" needs an AWS page (or a verbatim copy) ' +
  'that states the value; a cited page with no stored copy is "not checked", and where another AWS page states the value the source was moved there.';

export const AUDIT_D: Audit = {
  date: '2026-12-07',
  name: '2026-12-07',
  packVersion: '2026.12.06',
  seed: 20261209,
  method: FOURTH_METHOD,
  remarks: [
    'Before figure for this session: 33 of the 41 checked facts are right (9 not checked: three prices, two landing or guide pages not stored, FSx for OpenZFS, the retired Kinesis Data Analytics for SQL guide, and two whose value was found on another AWS page). The misses are the patterns the earlier audits named, mostly in behaviour facts that were never re-verified (checked 2026-11-27).',
    'Source does not state it (6): five facts add a clause from a neighbouring page (Cognito user pools on the identity-pools page, Managed AD edition sizes on the Managed AD page, the CLB cookie on the ALB page, Control Tower "remediation is yours" on no page, Aurora global database "about a minute" where the page says RTO in the order of minutes), and the EFS network-access copy says only "the NFS port". Each now states what its page says, or cites the page that states it.',
    'Wrong: acm.certificates said only PENDING or ISSUED certificates count toward the 2,500; the ACM quotas page says expired and revoked certificates count too (Private CA and ACME certificates do not). Stale: documentdb.max-storage, 128 TiB, is now 256 TiB for engine version 8.0 and later (128 TiB for earlier versions); it was on the not-re-verified list and is now re-verified.',
    'Found beside the sample: AWS Application Discovery Service is no longer open to new customers (AWS Transform instead), stated in a banner on its guide pages; it has a lifecycle card now. The Kinesis PutRecords reference now writes the shard limit as 1 MiB per second (the fact followed).',
  ],
  rows: [
    { id: 'acm.certificates', verdict: 'wrong', fixed: true, note: 'acm-limits userguide: Number of ACM certificates 2500; expired and revoked certificates continue to count; Private CA-signed and ACME-issued do not. Fact detail said only PENDING/ISSUED count.' },
    { id: 'acm.price', verdict: 'unchecked', note: 'aws.amazon.com/certificate-manager/pricing not stored; the CDK certificate reference (allowExport) says an exportable public certificate is charged at issuance and at each renewal' },
    { id: 'alb.rules-per-listener', verdict: 'right', note: 'load-balancer-limits rules: Rules per ALB (excluding default rules) 100' },
    { id: 'alexa-for-business.lifecycle', verdict: 'right', note: 'boto3 AlexaForBusiness client: "has been retired and is no longer supported"' },
    { id: 'application-discovery-service.agentless', verdict: 'right', note: 'agentless-collector-gs-vcenter: VMware vCenter module collects server inventory, profile, utilization; LIFECYCLE: ADS no longer open to new customers (use AWS Transform), application-discovery-service-availability-change.html' },
    { id: 'athena.cost-tips', verdict: 'right', note: 'performance-tuning: compressed Parquet or ORC; partitions; partition projection' },
    { id: 'aurora-global-database.failover', verdict: 'unstated', partly: true, fixed: true, note: 'aurora-global-database-disaster-recovery: managed planned switchover RPO 0; unplanned failover; RTO "in the order of minutes", not "about a minute"' },
    { id: 'aurora.endpoints', verdict: 'right', note: 'Aurora.Overview.Endpoints: cluster, reader, custom, instance endpoints' },
    { id: 'cloudformation.resources-per-stack', verdict: 'right', note: 'cloudformation-limits: Resources, max resources you can declare in a template, 500; split with nested stacks' },
    { id: 'cloudtrail.trails', verdict: 'right', note: 'WhatIsCloudTrail-Limits: Trails per region 5, this limit cannot be increased' },
    { id: 'codeconnections.name', verdict: 'right', note: 'rename page: On March 29, 2024, AWS CodeStar Connections was renamed to AWS CodeConnections' },
    { id: 'cognito.pools', verdict: 'unstated', partly: true, fixed: true, note: 'cognito-identity (identity pools) states temporary limited-privilege AWS credentials only; user pools issuing JWTs is on cognito-user-identity-pools; what-is-amazon-cognito states both pools and the token exchange' },
    { id: 'config.remediation', verdict: 'right', note: 'remediation: manual or automatic remediation with Systems Manager Automation documents' },
    { id: 'control-tower.remediation', verdict: 'unstated', partly: true, fixed: true, note: 'drift page: resolve drift through the console, Repair on Landing zone settings; detective controls detect noncompliance and alert (controls page); "remediation is yours" not stated' },
    { id: 'directory-service.mad-editions', verdict: 'unstated', partly: true, fixed: true, note: 'directory_microsoft_ad: pair of DCs in different AZs; Standard up to 30,000 objects / Enterprise 500,000 objects are on what_is#microsoftad' },
    { id: 'directory-service.simple-ad', verdict: 'right', note: 'directory_simple_ad: Small up to 500 users, Large up to 5,000 users; no trust relationships with other domains' },
    { id: 'disaster-recovery.rto', verdict: 'right', note: 'DR whitepaper BCP: RTO is the maximum acceptable delay between the interruption of service and restoration of service (defined by the organization)' },
    { id: 'documentdb.max-storage', verdict: 'stale', fixed: true, note: 'limits#limits-cluster (current copy, with DocumentDB 8.0 and R8G): Cluster size 256 TiB for engine version 8.0 and beyond (128 TiB for earlier engine versions)' },
    { id: 'dynamodb-global-tables.availability', verdict: 'unchecked', note: 'aws.amazon.com/dynamodb/sla not stored (third-party copies: Global Tables SLA 99.999%, standard 99.99%)' },
    { id: 'ebs-st1.size', verdict: 'right', note: 'CFN launch template Ebs VolumeSize (generated copies): st1 and sc1: 125-16,384' },
    { id: 'ec2.ri-terms', verdict: 'right', note: 'ec2-reserved-instances: one-year or three-year commitment' },
    { id: 'ec2.user-data', verdict: 'right', note: 'EC2 guide: user data is limited to 16 KB, in raw form, before it is base64-encoded (2023 copy on instancedata-add-user-data; now user-data considerations)' },
    { id: 'efs.default-port', verdict: 'unstated', fixed: true, note: 'network-access (stored copy) says only "the NFS port"; 2049 is stated on efs-onpremises ("NFS port (2049)"), encryption-in-transit, and the DataSync CreateLocationEfs reference' },
    { id: 'elastic-ip.scope', verdict: 'right', note: 'elastic-ip-addresses-eip: for use in a specific Region only, cannot be moved to another Region; remap to another instance' },
    { id: 'elb.cookie-names', verdict: 'unstated', partly: true, fixed: true, note: 'sticky-sessions (ALB) names AWSALB (duration-based) and AWSALBAPP (application-based); AWSELB is on the Classic Load Balancer page elb-sticky-sessions ("creates a cookie, named AWSELB")' },
    { id: 'fsx-openzfs.deployment', verdict: 'unchecked', note: 'availability-durability page not found in stored copies' },
    { id: 'fsx-openzfs.nfs-versions', verdict: 'unchecked', note: 'what-is-fsx (OpenZFS) not found in stored copies; DataSync mount options list NFSv3/4.0/4.1 only (its own client)' },
    { id: 'greengrass-v1.lifecycle', verdict: 'right', note: 'Greengrass V1 API reference pages (incl. the cited loggers page, docs.amazonaws.cn copy): end of support notice, October 7th, 2026' },
    { id: 'gwlb.default-port', verdict: 'unchecked', fixed: true, note: 'introduction page not seen in stored copies; gateway-load-balancers.html states "using the GENEVE protocol on port 6081" — source moved there' },
    { id: 'iam.evaluation', verdict: 'right', note: 'reference_policies_evaluation-logic: by default all requests are implicitly denied (except root); an explicit deny in any policy overrides the allow' },
    { id: 'iam.session-policies', verdict: 'right', note: 'access_policies#policies_session: passed when you create a temporary session for a role or federated user; permissions are the intersection' },
    { id: 'inspector.scoring', verdict: 'right', note: 'what-is-inspector (current copy): Inspector risk score adjusts the NVD CVSS base score to the environment; findings published to EventBridge and to Security Hub CSPM' },
    { id: 'instance-store.price', verdict: 'right', note: 'InstanceStorage: instance store volumes are included as part of the instance\'s usage cost' },
    { id: 'internet-gateway.per-region', verdict: 'right', note: 'amazon-vpc-limits: Internet gateways per Region 5, adjustable through VPCs per Region (L-A4707A72)' },
    { id: 'keyspaces.default-port', verdict: 'right', note: 'programmatic.endpoints#ports: CQLSH and Cassandra drivers 9142 TLS' },
    { id: 'keyspaces.tables', verdict: 'right', note: 'keyspaces quotas#table: Max tables per AWS Region 256, adjustable in Service Quotas' },
    { id: 'kinesis-data-analytics-sql.outputs', verdict: 'unchecked', note: 'the SQL applications guide (kinesisanalytics/latest/dev) is not stored; the awsdocs repo holds the Flink guide' },
    { id: 'kinesis-data-streams.shard-write', verdict: 'right', note: 'API_PutRecords: each shard supports writes up to 1,000 records per second, up to a maximum data write total of 1 MiB per second (newer copies write MiB)' },
    { id: 'managed-flink.kpu-price', verdict: 'unchecked', note: 'pricing page not stored' },
    { id: 'mariadb.backup-retention', verdict: 'right', note: 'USER_WorkingWithAutomatedBackups: 0 to 35 days (0 disables); default 1 day by API/CLI, 7 days in the console' },
    { id: 'network-protocols.rdp-port', verdict: 'right', note: 'security-group-rules-reference: TCP 3389 (RDP)' },
    { id: 'oracle.default-port', verdict: 'right', note: 'RDS user guide: the RDS default port is 1521 (Oracle); CreateDBInstance Port per-engine defaults' },
    { id: 'privatelink.interface-endpoints-per-vpc', verdict: 'right', note: 'amazon-vpc-limits / vpc-limits-endpoints: Interface and Gateway Load Balancer endpoints per VPC 50, combined quota, increase via Support' },
    { id: 's3-intelligent-tiering.archive-access-days', verdict: 'right', note: 'intelligent-tiering-overview: Archive Access after a minimum of 90 consecutive days; extend to a maximum of 730 days' },
    { id: 's3-onezone-ia.availability', verdict: 'right', note: 'storage-class-intro#sc-compare: One Zone-IA 99.999999999% durability, 99.5% availability, 1 AZ' },
    { id: 's3-onezone-ia.durability', verdict: 'right', note: 'same table; not resilient to the physical loss of the Availability Zone' },
    { id: 's3-select.formats', verdict: 'right', note: 'selecting-content-from-objects: CSV, JSON, or Apache Parquet (GZIP/BZIP2 for CSV and JSON)' },
    { id: 's3-standard-ia.price', verdict: 'unchecked', note: 'pricing page not stored with its table' },
    { id: 'server-migration-service.lifecycle', verdict: 'unchecked', fixed: true, note: 'the SMS guide page is not stored; the GovCloud user guide states "On March 31, 2022, AWS discontinued AWS SMS", recommends Application Migration Service — source moved there' },
    { id: 'sqs.fifo-throughput', verdict: 'right', note: 'FIFO pages: without batching 300 API calls per second per API action; 3,000 messages with batches of 10 (quotas, FIFO-queues-moving, partitions)' },
  ],
};

export const AUDIT_C: Audit = {
  date: '2026-12-06',
  name: '2026-12-06c',
  packVersion: '2026.12.06',
  seed: 20261208,
  method: THIRD_METHOD,
  remarks: [
    'The misses repeat the two patterns the earlier audits named. Source: three facts cite a page that states only part of the value or none of it (the REST/HTTP comparison page for the three API types, the Aurora endpoints page for port 5432, the agent install page for the deprecated Logs agent), and two add a clause from another page (VPC peering security-group references, GuardDuty customisation). Stale: the CloudWatch alarm actions now include starting an investigation and Application Auto Scaling targets.',
    'Wrong: direct-connect.private-vifs said transit interfaces come on top of the 50 (54 in all); the Direct Connect quota table counts up to 4 transit interfaces against a maximum of 51.',
    'Not checked (14): the cited page has no stored copy. For five of them the value was found on another AWS page (Macie and GuardDuty retention, the RabbitMQ listener port, the SSE header values, Glacier durability) and the source was moved there; the other nine keep their source (two landing pages, a What\'s New post, four guide pages not stored, a list page with no count, Network Firewall engine order).',
    'Found beside the sample: the Lambda@Edge quotas page now gives one 30-second timeout and one 50 MB package size for every event type (viewer triggers were 5 s and 1 MB), and CloudFront Functions per account (100) is on the current page; the two Lambda@Edge facts were corrected and re-verified, the CloudFront Functions one stays unverified (its row says nothing of raising it).',
  ],
  rows: [
    { id: 'api-gateway.api-types', verdict: 'unstated', partly: true, fixed: true, note: 'http-api-vs-rest compares HTTP and REST only; api-gateway-overview-developer-experience (use cases) has REST, HTTP and WebSocket sections' },
    { id: 'api-gateway.payload', verdict: 'right', note: 'REST quotas table: Payload size 10 MB, No' },
    { id: 'api-gateway.throttle-rate', verdict: 'right', note: 'limits#account-level: 10,000 RPS, burst bucket 5,000 (not requestable), Yes; 2,500/1,250 in 13 listed Regions (detail clause on 29s timeout is from REST quotas page footnote)' },
    { id: 'aurora-global-database.lag', verdict: 'right', note: 'aurora-global-database: replicates to secondary Regions with typical latency under a second (quoted copies; prescriptive guidance agrees)' },
    { id: 'aurora-postgresql.default-port', verdict: 'unstated', fixed: true, note: 'endpoints page shows only a MySQL :3306 example; API_CreateDBCluster Port: Default RDS for PostgreSQL and Aurora PostgreSQL - 5432' },
    { id: 'aurora-serverless.capacity', verdict: 'right', note: 'aurora-serverless-v2.how-it-works capacity: from 0 ACUs to 256 ACUs; version table sets the range' },
    { id: 'batch.array-size', verdict: 'right', note: 'array_jobs: array size (between 2 and 10,000)' },
    { id: 'cloudformation.composer', verdict: 'unchecked', note: 'what-is-composer stored copies carry no rename note; the What\'s New (2024/10 aws-application-composer-infrastructure-composer) is not stored, only cited by secondary copies' },
    { id: 'cloudfront-functions.per-account', verdict: 'right', note: 'cloudfront-limits#limits-functions (2026 copy, id 52351251674): Functions per AWS account 100 (default quota; no increase link on the row)' },
    { id: 'cloudfront.distributions', verdict: 'right', note: 'cloudfront-limits#limits-web-distributions: Distributions per AWS account 500, Request a higher quota (Support)' },
    { id: 'cloudwatch-agent.legacy', verdict: 'unstated', fixed: true, note: 'QuickStartEC2Instance (Logs guide, Important box): "The older logs agent is deprecated"; unified agent collects logs and metrics; the cited install page does not say it' },
    { id: 'cloudwatch-alarms.actions', verdict: 'stale', fixed: true, note: 'alarm-actions: SNS, Lambda, EC2 stop/terminate/reboot/recover, scale an Auto Scaling group or an Application Auto Scaling target, OpsItems/incidents (ALARM only), and an alarm can start an investigation (ALARM) — fact lacked investigation and Application Auto Scaling' },
    { id: 'cloudwatch-logs.retention-period', verdict: 'right', note: 'PutRetentionPolicy retentionInDays: 1,3,5,...,3288,3653 only; DeleteRetentionPolicy for never expire' },
    { id: 'cloudwatch.ec2-default-metrics', verdict: 'unchecked', note: 'EC2 instance metrics page not found in stored copies; memory needs the agent only in third-party copies' },
    { id: 'config.managed-rules', verdict: 'unchecked', note: 'managed-rules-by-aws-config is a list; it states no count' },
    { id: 'direct-connect.dedicated-speeds', verdict: 'unchecked', fixed: true, note: 'cited dedicated_connection page not found in stored copies; Well-Architected hybrid networking lens (aws-direct-connect) states dedicated 1/10/100/400 Gbps, hosted 50 Mbps-25 Gbps; CreateLag API lists the same four' },
    { id: 'direct-connect.private-vifs', verdict: 'wrong', fixed: true, note: 'gr dc.html: Public or private VIFs per dedicated connection 50, No; DX UG limits: transit VIFs now 4 and counted against a maximum of 51 VIFs per dedicated connection (the detail said 54 in all); hosted 1' },
    { id: 'dms.dynamodb', verdict: 'right', note: 'CHAP_Target lists DynamoDB as a target; CHAP_Source does not list it' },
    { id: 'ec2-auto-scaling.health-check-grace', verdict: 'right', note: 'health-check-grace-period: 300 s by default in the console; 0 s from the CLI/SDK (label says console default; detail added)' },
    { id: 'ec2.spot-discount', verdict: 'unchecked', note: 'aws.amazon.com/ec2/spot not stored; secondary copies quote up to 90% off On-Demand' },
    { id: 'fraud-detector.lifecycle', verdict: 'right', note: 'banner on every Fraud Detector guide page incl. storing-events: no longer open to new customers starting November 7, 2025' },
    { id: 'guardduty.customisation', verdict: 'unstated', partly: true, fixed: true, note: 'upload-lists covers trusted IP/entity lists and threat lists; suppression rules are on findings_suppression-rule (findings_management lists both); protection plans and "no user-written detection rules" are not on the cited page' },
    { id: 'guardduty.findings-retention', verdict: 'unchecked', fixed: true, note: 'findings_management: "export ... to maintain records past the 90-day findings retention period in GuardDuty"; the cited guardduty_findings page was not found stating it' },
    { id: 'iam-identity-center.name', verdict: 'unchecked', note: 'What\'s New 2022/07 page not stored; SDK changelogs of 2022-08 record the rename to "AWS IAM Identity Center (successor to AWS Single Sign-On)"' },
    { id: 'lambda.ephemeral-storage', verdict: 'right', note: 'API_EphemeralStorage Size 512-10240 MB; quotas table: between 512 MB and 10,240 MB in 1-MB increments' },
    { id: 'lambda.package-unzipped', verdict: 'right', note: 'gettingstarted-limits: 250 MB, contents of a deployment package including layers and custom runtimes (unzipped)' },
    { id: 'lambda.scaling-rate', verdict: 'right', note: 'scaling-behavior#scaling-rate: per function, 1,000 execution environment instances every 10 seconds (10,000 RPS every 10 s)' },
    { id: 'macie.findings-retention', verdict: 'unchecked', fixed: true, note: '"Macie stores findings for 90 days" is on findings-suppression and automated-discovery pages; the cited findings page was not found stating it' },
    { id: 'mq.deployment', verdict: 'right', note: 'ActiveMQ: single-instance, active/standby (redundant pair, shared storage); RabbitMQ: cluster deployment = three broker nodes behind an NLB (broker architecture pages)' },
    { id: 'mq.port-rabbitmq', verdict: 'unchecked', fixed: true, note: 'rabbitmq-basic-elements-broker: Listener port 5671 (amqps); 443 and 15671 for web console/management API; cited getting-started page not found stating it' },
    { id: 'nat-gateway.per-az', verdict: 'right', note: 'amazon-vpc-limits: NAT gateways per AZ 5, adjustable (Service Quotas vpc L-FE5A380F)' },
    { id: 'network-firewall.engines', verdict: 'unchecked', note: 'AWS pages state stateful rules are Suricata compatible (suricata-limitations-caveats) and domain list rule groups; the stateless-then-stateful order is stated only in third-party copies found' },
    { id: 'organizations.accounts', verdict: 'right', note: 'orgs_reference_limits (newest copy, with Security Hub and declarative policies): 10 by default, Service Quotas, management account only; increases granted up to 50,000 accounts (older copies said 10,000)' },
    { id: 'organizations.scps-per-target', verdict: 'right', note: 'orgs_reference_limits#min-max-policies: SCP max 10 per root/OU/account, directly attached only, all policy limits hard; RCP 5' },
    { id: 'placement-group.spread-per-az', verdict: 'right', note: 'placement-strategies: a rack level spread placement group can have a maximum of seven running instances per AZ per group (Outposts differ)' },
    { id: 'polly.engines', verdict: 'right', note: 'voice-engines-polly: four voice engines, generative, long-form, neural and standard' },
    { id: 'polly.sync-characters', verdict: 'right', note: 'limits#limits-synthesizespeech: up to 3000 billed characters (6000 total); SSML tags not billed' },
    { id: 'rds-multi-az.cluster', verdict: 'right', note: 'multi-az-db-clusters-concepts: writer and two readable standbys (readers) in three AZs; failover times typically under 35 seconds; RDS for MySQL and PostgreSQL' },
    { id: 'redshift.spectrum', verdict: 'right', note: 'c-using-spectrum: query structured and semistructured data in S3 without loading it into Redshift tables (external tables)' },
    { id: 's3-glacier-flexible.durability', verdict: 'unchecked', fixed: true, note: 'aws.amazon.com/s3/storage-classes not stored; storage-class-intro#sc-compare gives Durability (designed for) 99.999999999% per class' },
    { id: 's3-glacier-vaults.archive-size', verdict: 'unchecked', note: 'uploading-an-archive not found in stored copies; third-party notes give 1 byte to 40 TB' },
    { id: 's3-intelligent-tiering.small-objects', verdict: 'right', note: 'intelligent-tiering-overview (as quoted in stored copies): objects smaller than 128 KB are not monitored and are always charged at the Frequent Access tier rates' },
    { id: 's3-onezone-ia.min-object-size', verdict: 'right', note: 'storage-class-intro#sc-compare: One Zone-IA min billable object size 128 KB' },
    { id: 's3-standard-ia.min-storage-duration', verdict: 'right', note: 'storage-class-intro#sc-compare: Standard-IA min storage duration 30 days' },
    { id: 's3.sse-s3-header', verdict: 'unchecked', fixed: true, note: 'API_PutObject x-amz-server-side-encryption Valid Values AES256 | aws:fsx | aws:kms | aws:kms:dsse; the cited specifying-s3-encryption page not found in stored copies' },
    { id: 'snowball-edge.storage-optimized', verdict: 'unchecked', note: 'specifications page not found; the device is named "Snowball Edge Storage Optimized 210 TB" on the cluster pages; Snowball Edge closed to new customers' },
    { id: 'ssm.vpc-endpoints', verdict: 'right', note: 'setup-create-vpc (as quoted): ssm, ssmmessages and ec2messages interface endpoints for private instances (agent 3.3.40.0+ prefers ssmmessages; AWS still lists ec2messages)' },
    { id: 'vpc-flow-logs.aggregation', verdict: 'right', note: 'flow-logs: by default the maximum aggregation interval is 10 minutes; optionally 1 minute' },
    { id: 'vpc-peering.sg-reference', verdict: 'unstated', partly: true, fixed: true, note: 'vpc-peering-basics (inter-Region limitations) says no security group rule can reference a peer VPC group; the same-Region cross-account case (account-number prefix) is on vpc-peering-security-groups, which states both' },
    { id: 'vpc-peering.transitive', verdict: 'right', note: 'vpc-peering-basics limitations: no transitive peering; no edge-to-edge routing through IGW, NAT device, VPN, Direct Connect or gateway endpoint' },
  ],
};

const SECOND_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into the 920 facts of the pack sorted by id (`npx tsx scripts/facts-audit-pick.ts 20261207 50`); ' +
  'each fact is read against stored AWS documentation (the `search` docs/pages corpora, awsdocs copies through find_string) without using the pack\'s own notes. ' +
  '"right" needs an AWS page (or a verbatim quotation of one) that states the value; a price or landing page that is not stored is "not checked".';

/** The second random audit (issue 13, facts helper session 4): made from outside the repository, seed 20261207. */
export const AUDIT_B: Audit = {
  date: '2026-12-06',
  name: '2026-12-06b',
  packVersion: '2026.12.06',
  seed: 20261207,
  method: SECOND_METHOD,
  remarks: [
    'Two of the five misses repeat a pattern the first audit named: a clause in the value that the cited page does not state (ecs.load-balancers was found in the first audit and not fixed then).',
    'The stale fact (glue.job-types) is a feature AWS closed to new customers after the fact was written (AWS Glue for Ray, 30 April 2026); the lifecycle list now has a card for it.',
    'The wrong fact (redshift.snapshot-retention) set the minimum to 1 where the API allows 0 (automated snapshots off, not for RA3); the other retention ranges were checked for the same slip (DocumentDB and Neptune start at 1, ElastiCache at 0, as their pages say).',
    'Not checked: five prices and one landing page whose AWS pages are not stored (secondary copies from 2026 agree with the pack), and four behaviour facts whose pages were not found in the stored copies.',
  ],
  rows: [
    { id: 'aurora-serverless.v1', verdict: 'right', note: 'aurora-serverless pages (notice): end of life 31 March 2025; clusters not migrated were moved to Serverless v2 in the maintenance window, or converted to provisioned if that failed' },
    { id: 'aurora.read-replicas', verdict: 'right', note: 'up to 15 Aurora Replicas distributed across the Availability Zones of the Region (disaster-recovery-resiliency; Aurora.Replication)' },
    { id: 'cloud9.runtime', verdict: 'unchecked', note: 'cloud9 welcome page not found in the stored copies' },
    { id: 'cloudformation.template-size', verdict: 'right', note: 'cloudformation-limits: template body size 51,200 bytes in a request, 1 MB in an Amazon S3 object' },
    { id: 'cloudwatch-agent.config', verdict: 'right', note: 'CloudWatch agent guide: store the agent configuration file in Parameter Store so other servers can use it' },
    { id: 'cloudwatch-agent.metrics', verdict: 'unchecked', note: 'metrics-collected-by-CloudWatch-agent not found in the stored copies' },
    { id: 'cloudwatch-agent.platforms', verdict: 'right', note: 'Install-CloudWatch-Agent: Linux distributions, macOS (including EC2 Mac instances), 64-bit Windows Server; EC2 and on-premises servers' },
    { id: 'codeconnections.console-arn', verdict: 'right', note: 'rename: beginning July 1, 2024 the console creates connections with codeconnections in the ARN; both prefixes are displayed' },
    { id: 'comprehend.custom', verdict: 'right', note: 'Comprehend custom classification and custom entity recognition trained on your data (SDK references and the service guide agree)' },
    { id: 'config.retention', verdict: 'right', note: 'delete-config-data-with-retention-period: 30 days to 7 years (2557 days), 7 years by default' },
    { id: 'data-transfer.cloudfront-out', verdict: 'right', note: 'cloudfront/pricing (stored): first 10 TB $0.085/GB for United States, Mexico, Canada and for Europe; origin fetches from AWS origins free' },
    { id: 'datasync.schedule', verdict: 'right', note: 'task-scheduling: hourly, daily, weekly, days of the week or a cron/rate expression, at least 1 hour apart' },
    { id: 'disaster-recovery.rpo', verdict: 'right', note: 'DR whitepaper: RPO is the maximum acceptable amount of time since the last data recovery point (acceptable data loss)' },
    { id: 'dms.migration-types', verdict: 'right', note: 'DMS task: migrate existing data, migrate existing data and replicate ongoing changes, or replicate data changes only' },
    { id: 'dynamodb-global-tables.writes', verdict: 'unchecked', note: 'GlobalTables page not found in the stored copies' },
    { id: 'dynamodb.pitr', verdict: 'right', note: 'PointInTimeRecoverySpecification: RecoveryPeriodInDays 1 to 35, 35 when not set' },
    { id: 'ebs-sc1.size', verdict: 'right', note: 'LaunchTemplate Ebs VolumeSize: st1 and sc1 125 - 16,384 GiB' },
    { id: 'ebs.delete-on-termination', verdict: 'right', note: 'EC2 guide: DeleteOnTermination is true for the root volume by default and false for all other volume types' },
    { id: 'ec2-auto-scaling.capacity', verdict: 'unchecked', note: 'scale-your-group page not found in the stored copies' },
    { id: 'ec2-auto-scaling.cooldown', verdict: 'right', note: 'CreateAutoScalingGroup DefaultCooldown: 300 seconds; cooldowns page: simple scaling policies only' },
    { id: 'ecr.storage-price', verdict: 'unchecked', note: 'aws.amazon.com/ecr/pricing not stored; 2026 copies of it give $0.10 per GB-month' },
    { id: 'ecs.load-balancers', verdict: 'unstated', partly: true, fixed: true, note: 'service-load-balancing names ALB (recommended), NLB and GWLB; Classic Load Balancers appear only in the ECS quota table (1 per service, not adjustable)' },
    { id: 'efa.os-bypass', verdict: 'right', note: 'efa: OS-bypass lets HPC (MPI) and ML (NCCL) applications talk to the hardware; not on Windows, where the EFA works as an ENA' },
    { id: 'emr.deployment', verdict: 'right', note: 'EMR on EKS and EMR Serverless are each "a deployment option for Amazon EMR" (their API references); EMR on EC2 on the cited page' },
    { id: 'emr.spot', verdict: 'unchecked', note: 'emr-plan-instances-guidelines not found in the stored copies' },
    { id: 'fargate.vcpu', verdict: 'right', note: 'task definition cpu: 256 (.25 vCPU) to 32768 (32 vCPU; 60, 120 or 244 GB; Linux platform 1.4.0 or later)' },
    { id: 'firehose.record-size', verdict: 'right', note: 'limits / Record: the maximum size of the data blob, before base64-encoding, is 1,000 KiB' },
    { id: 'glue-elastic-views.alternatives', verdict: 'unstated', partly: true, fixed: true, note: 'zero-etl-using states zero-ETL integrations into Redshift; Glue ETL and DMS are not on it' },
    { id: 'glue-elastic-views.lifecycle', verdict: 'unstated', partly: true, fixed: true, note: 'the 2020 announcement states the preview; "never generally available" is not on it' },
    { id: 'glue.job-types', verdict: 'stale', fixed: true, note: 'glue-version-support-policy: Spark (batch and streaming), Ray and Python shell, but AWS Glue for Ray is no longer open to new customers (30 April 2026); add-job covers Spark job properties only' },
    { id: 'gwlb.endpoints', verdict: 'right', note: 'gateway/introduction: traffic reaches the appliances through Gateway Load Balancer endpoints (PrivateLink) as route table targets' },
    { id: 'iot-core.payload', verdict: 'right', note: 'iot-core message broker limits: 128 KB per PUBLISH payload (topicdata links to it); not adjustable' },
    { id: 'kms.encrypt-size', verdict: 'right', note: 'API_Encrypt Plaintext: maximum length of 4096 bytes' },
    { id: 'msk.port-zookeeper', verdict: 'right', note: 'port-info: ZooKeeper nodes use port 2181 by default; 2182 with TLS' },
    { id: 'organizations.scp-semantics', verdict: 'right', note: 'orgs_manage_policies_scps: SCPs alone are not sufficient to grant permissions; no permissions are granted by an SCP' },
    { id: 'polly.lexicons', verdict: 'right', note: 'managing-lexicons: pronunciation lexicons (PLS) customise the pronunciation of words at synthesis' },
    { id: 'rds.encrypt-existing', verdict: 'right', note: 'Overview.Encryption: snapshot the instance, create an encrypted copy of that snapshot, restore from it' },
    { id: 'redshift.snapshot-retention', verdict: 'wrong', fixed: true, note: 'CreateCluster AutomatedSnapshotRetentionPeriod: default 1, 0 to 35 (0 turns automated snapshots off; RA3 1 to 35); the cited page states the default only' },
    { id: 's3-select.record-size', verdict: 'right', note: 'selecting-content-from-objects requirements and limits: maximum record length 1 MB' },
    { id: 's3-standard.durability', verdict: 'right', note: 'S3 storage classes / FAQ as quoted: designed to provide 99.999999999% durability' },
    { id: 's3.transfer-acceleration-price', verdict: 'unchecked', note: 'S3 pricing page not stored with its Transfer Acceleration table' },
    { id: 'sagemaker-ai.name', verdict: 'unchecked', note: 'aws.amazon.com/sagemaker-ai not stored; 2025-2026 secondary sources agree (renamed at re:Invent, December 2024)' },
    { id: 'savings-plans.compute-discount', verdict: 'unchecked', note: 'savingsplans compute-pricing page not stored' },
    { id: 'security-group.defaults', verdict: 'right', note: 'security-group-rules as quoted: a new group has no inbound rules and an outbound rule allowing all traffic' },
    { id: 'ses.price', verdict: 'unchecked', note: 'ses/pricing not stored; secondary copies give $0.10 per 1,000 emails' },
    { id: 'snowcone.lifecycle', verdict: 'right', note: 'Snow API notice: on November 12, 2024 AWS discontinued both Snowcone devices (HDD and SSD); support for existing customers until November 12, 2025' },
    { id: 'sns.protocols', verdict: 'right', note: 'welcome: SQS, Lambda, HTTP/S, email, SMS, mobile push, Data Firehose' },
    { id: 'sqlserver.backup-retention', verdict: 'right', note: 'BackupRetention: 0 to 35 days; default 1 day (API/CLI), 7 days (console), as value and detail say' },
    { id: 'ssm-session-manager.logging', verdict: 'right', note: 'session-manager-logging: S3 and CloudWatch Logs; not for port forwarding or SSH sessions' },
    { id: 'step-functions.express-duration', verdict: 'right', note: 'service-quotas / workflow types: Express workflows run for up to five minutes' },
  ],
};

/** The sixth random audit (issue 13, facts helper session 8): seed 20261211, facts no earlier audit read. */
const SIXTH_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into the 690 facts of pack 2026.12.07.1 (937 in all) that no earlier audit read, sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261211 50 --skip-audited`); each fact is looked up in the `search` docs and pages corpora (current ' +
  'page copies, AWS and third-party), without the pack\'s notes: value, unit, and whether the cited page states every clause. "right" needs the ' +
  'cited AWS page (or its current copy, or the notice every page of that guide carries) to state the value; a cited page the search results did ' +
  'not reach is "not checked", even where another AWS page states the value.';

export const AUDIT_F: Audit = {
  date: '2026-12-07',
  name: '2026-12-07c',
  packVersion: '2026.12.07.1',
  seed: 20261211,
  method: SIXTH_METHOD,
  remarks: [
    'Figure: 10 of the 11 checked facts are right; 39 not checked. The search corpora return the opening of a page, so quota tables deep in a general-reference or guide page (sns.topics, waf.wcu, opensearch.domains ...) and pricing pages were out of reach; 17 of the 39 were re-verified by the 6-7 December passes on the page that states them, and are recorded here as not re-read rather than counted.',
    'Source does not state it (1, partly, fixed): s3-select.lifecycle said "since July 2024"; the S3 Select page gives no date, so the value now says only what the page states.',
    'For 12 of the 39 another current AWS page stated the value (ExportCertificate for acm.export, the Security blog for kms.imported-material, the Resolver scaling page for route53.default-port, the rename page for opensearch.name, ...); none was wrong. lambda-edge.region now cites the restrictions page at its current address with the Region anchor.',
  ],
  rows: [
    { id: 'acm.export', verdict: 'unchecked', note: 'cited acm-exportable-certificates page not in the results; ExportCertificate and export-public-certificate (current) state public certificates are exportable when requested with export enabled, none created before 17 June 2025; the Nitro Enclaves clause not read' },
    { id: 'api-gateway.endpoint-types', verdict: 'right', note: 'api-gateway-api-endpoint-types (current): the API endpoint type can be edge-optimized, Regional, or private' },
    { id: 'cloudtrail.event-history', verdict: 'right', note: 'cloudtrail-user-guide (current): Event history, a record of the past 90 days of management events in an AWS Region' },
    { id: 'dax.item-ttl', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-07 pass (DAX.concepts: item cache TTL 5 minutes by default); the copies reachable in this audit do not reach that section' },
    { id: 'directory-service.types', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-07 pass (what_is: Managed Microsoft AD, AD Connector, Simple AD); this audit found only third-party pages; the copies reachable in this audit do not reach that section' },
    { id: 'disaster-recovery.chaos', verdict: 'unchecked', note: 'the FIS documentation home and API Welcome (current) state a managed service to run fault injection experiments on AWS workloads; the cited what-is page itself was not in the results' },
    { id: 'ebs-io1.size', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (VolumeSize: io1 4 - 16,384 GiB); the copies reachable in this audit do not reach that section' },
    { id: 'ebs.durability', verdict: 'unchecked', note: 'cited aws.amazon.com/ebs/features copy in the corpus does not reach the durability section; provisioned-iops (EBS guide) states io2 Block Express 99.999% (AFR 0.001%); the gp/io1 figures only on a prescriptive-guidance table' },
    { id: 'ec2-auto-scaling.groups', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (Auto Scaling groups per Region 500, adjustable); the copies reachable in this audit do not reach that section' },
    { id: 'efs.max-file-size', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (size of a single file 52,673,613,135,872 bytes); the copies reachable in this audit do not reach that section' },
    { id: 'eks.cluster-hour', verdict: 'unchecked', note: 'pricing page not stored; the AWS Containers blog on extended support pricing (2024) states $0.10 per cluster per hour for standard support' },
    { id: 'elb.deregistration-delay', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (deregistration_delay.timeout_seconds 0-3600, default 300); the copies reachable in this audit do not reach that section' },
    { id: 'eventbridge.archive', verdict: 'right', note: 'eb-archive (current): create an archive of a bus\'s events, optional event pattern, retention in days, indefinitely by default; replay to the bus' },
    { id: 'fsx-openzfs.default-port', verdict: 'unchecked', note: 'the OpenZFS limit-access-security-groups page was not in the results (only a third-party script citing it: TCP/UDP 111, 2049, 20001-20003)' },
    { id: 'iam-identity-center.session-duration', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (1 hour by default, 1 to 12 hours per permission set); the copies reachable in this audit do not reach that section' },
    { id: 'internet-gateway.bandwidth', verdict: 'unchecked', note: 'VPC_Internet_Gateway not in the results (only third-party copies of the old FAQ answer)' },
    { id: 'kendra.answers', verdict: 'unchecked', note: 'what-is-kendra not in the results; searching-retrieve (current) states the Retrieve API as a retriever for RAG systems' },
    { id: 'kinesis-data-analytics-sql.lifecycle', verdict: 'right', note: 'the discontinuation notice on every page of the SQL developer guide (current): no new applications from October 15, 2025; applications deleted starting January 27, 2026' },
    { id: 'kms.imported-material', verdict: 'unchecked', note: 'importing-keys not in the results; the AWS Security blog (on-demand rotation for imported keys) and the ImportKeyMaterial reference text agree: on-demand rotation for single-Region symmetric keys, automatic rotation only for AWS_KMS-origin keys' },
    { id: 'lambda-edge.region', verdict: 'right', note: 'Restrictions on Lambda@Edge (current, lambda-at-edge-function-restrictions): use a numbered version of the function, not $LATEST or aliases; the function must be in US East (N. Virginia); the cited edge-functions-restrictions address is the page\'s older name, so the source moves to the current address with its anchor' },
    { id: 'lambda-snapstart.price', verdict: 'unchecked', note: 'aws.amazon.com/lambda/pricing not stored (third-party pages describe caching and restore charges for Python and .NET)' },
    { id: 'lex-v1.lifecycle', verdict: 'right', note: 'end-of-support notice on the Lex V1 guide and API pages (current): on September 15, 2025 AWS discontinued support; the Lex V1 console and resources no longer accessible' },
    { id: 'lookout-for-vision.lifecycle', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-07 pass (end of support October 31, 2025); the copies reachable in this audit do not reach that section' },
    { id: 'mainframe-modernization.lifecycle', verdict: 'right', note: 'the availability notice on the Mainframe Modernization guide pages (current copy): the Managed Runtime Environment experience is no longer open to new customers; the self-managed experience closed to new customers effective July 30, 2026' },
    { id: 'memorydb.default-port', verdict: 'unchecked', note: 'no MemoryDB page in the results' },
    { id: 'mgn.replication', verdict: 'unchecked', note: 'what-is-application-migration-service not in the results; the agent FAQ (current) states block-level replication by the AWS Replication Agent to replication servers, and the replication settings page the staging area subnet' },
    { id: 'msk.metadata-modes', verdict: 'right', note: 'metadata-management (current): ZooKeeper or KRaft modes; KRaft from Apache Kafka 3.7.x' },
    { id: 'mysql.default-port', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (CreateDBInstance Port: MySQL 3306); the copies reachable in this audit do not reach that section' },
    { id: 'nat-gateway.bandwidth', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (5 Gbps, scales up to 100 Gbps); this audit found only third-party pages; the copies reachable in this audit do not reach that section' },
    { id: 'network-acl.defaults', verdict: 'unchecked', note: 'the cited vpc-network-acls page was not in the results; the default-network-acl page (Japanese copy, current) states the default network ACL allows all inbound and outbound traffic' },
    { id: 'network-acl.stateless', verdict: 'unchecked', note: 'vpc-network-acls not in the results (only third-party copies quoting it)' },
    { id: 'nlb.stickiness', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-07 pass (sticky sessions by source IP); the copies reachable in this audit do not reach that section' },
    { id: 'opensearch.domains', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (domains per Region 500, adjustable); the copies reachable in this audit do not reach that section' },
    { id: 'opensearch.multi-az-standby', verdict: 'unchecked', note: 'managedomains-multiaz not in the results; the AWS Big Data blog announcing Multi-AZ with Standby states three AZs, one in standby, 99.99% availability' },
    { id: 'opensearch.name', verdict: 'unchecked', note: 'the cited AWS News blog post was not in the results; the OpenSearch Service rename page (current, translated copy) states the service was renamed Amazon OpenSearch Service on September 8, 2021' },
    { id: 'rekognition.capabilities', verdict: 'unchecked', note: 'what-is not in the results; how-it-works (current) lists objects and scenes, celebrities, text, inappropriate content, face detection, analysis and comparison, PPE and video analysis; Custom Labels on the documentation home' },
    { id: 'rekognition.name', verdict: 'right', note: 'Rekognition documentation pages (current): Amazon Rekognition' },
    { id: 'route53.default-port', verdict: 'unchecked', note: 'resolver-forwarding-inbound-queries-values not in the results; best-practices-resolver-endpoint-scaling (current) recommends inbound TCP and UDP 53 for the inbound endpoint' },
    { id: 's3-glacier-deep-archive.min-storage-duration', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (storage-class comparison: 180 days); the copies reachable in this audit do not reach that section' },
    { id: 's3-glacier-deep-archive.price', verdict: 'unchecked', note: 'aws.amazon.com/s3/pricing not stored' },
    { id: 's3-select.lifecycle', verdict: 'unstated', partly: true, fixed: true, note: 'selecting-content-from-objects (current): Amazon S3 Select is no longer available to new customers, existing customers can continue to use it; the page gives no date, so "since July 2024" is not on it' },
    { id: 'snow-family.glacier', verdict: 'unchecked', note: 'importtype not in the results' },
    { id: 'sns.topics', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (standard topics 100,000 per account); the general-reference copies reachable here stop before the quota table; the copies reachable in this audit do not reach that section' },
    { id: 'sqs.standard-ordering', verdict: 'right', note: 'standard-queues (current): at-least-once message delivery; best-effort ordering, more than one copy might be delivered out of order' },
    { id: 'ssm-session-manager.idle-timeout', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (default 20 minutes, 1 to 60); the copies reachable in this audit do not reach that section' },
    { id: 'storage-gateway.port-iscsi', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-07 pass (vgw Requirements: TCP 3260); the copies reachable in this audit do not reach that section' },
    { id: 'vm-import-export.export', verdict: 'unchecked', note: 'vmexport not in the results' },
    { id: 'vpc-peering.overlap', verdict: 'unchecked', note: 'vpc-peering-basics not in the results; the CreateVpcPeeringConnection reference (current) states the requester and accepter VPC cannot have overlapping CIDR blocks' },
    { id: 'waf.wcu', verdict: 'unchecked', note: 'not re-read: re-verified in the 2026-12-06 pass (5,000 WCUs per web ACL); the copies reachable in this audit do not reach that section' },
    { id: 'workdocs.lifecycle', verdict: 'unchecked', note: 'the WorkDocs API Welcome page was not in the results; the admin guide notice (current) says new sign-ups are no longer available; the 25 April 2025 date only on a third-party page' },
  ],
};

/** The seventh random audit (issue 13, facts helper session 9): seed 20261212, facts no earlier audit read. */
const SEVENTH_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into the 640 facts of pack 2026.12.07.2 (937 in all) that no earlier audit read, sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261212 50 --skip-audited`). Each fact is read, without the pack\'s notes, in the stored copies of ' +
  'its cited page: the current copies the `search` docs and pages corpora return (the opening of a page only), and the awsdocs GitHub copies ' +
  '(archived in 2023, read whole with git). "right" needs the cited page, its current copy, or its 2023 copy under the same or its former ' +
  'name, to state the value; a 2023 copy that predates the value (Valkey, RCPs, a 2025 lifecycle notice) or a page no copy reached is "not checked".';

export const AUDIT_G: Audit = {
  date: '2026-12-07',
  name: '2026-12-07d',
  packVersion: '2026.12.07.2',
  seed: 20261212,
  method: SEVENTH_METHOD,
  remarks: [
    'Figure: 21 of the 26 checked facts are right; none wrong or stale; 5 cite a page that states only part of the value; 24 not checked. The ' +
      'awsdocs copies (2023) made 25 of the 26 checks possible; the search corpora still stop at the opening of a page, so pricing pages, ' +
      'general-reference quota tables and services documented only after 2023 stay out of reach. The goal of at least 49 of 50 is not shown.',
    'Source states only part (5, not fixed in the pack): athena.federated (the connector list is on connectors-available), ' +
      'ec2-auto-scaling.policies (the three dynamic policy types are on as-scale-based-on-demand), elasticache.backup-retention (the 35-day ' +
      'maximum is on backups-automatic; its current address in the merged ElastiCache guide was not confirmed), iam-identity-center.abac ' +
      '(session tags not on the 2023 copy) and transfer-family.protocols (the protocol list is on what-is-aws-transfer-family).',
    'Copies read under a former name: cloudwatch.ec2-monitoring (using-cloudwatch-new), mysql.backup-retention (USER_WorkingWithAutomatedBackups, ' +
      'before BackupRetention was split off), rds-proxy.access (rds-proxy, before the limitations page).',
  ],
  rows: [
    { id: 'alb.targets-types', verdict: 'right', note: 'load-balancer-target-groups (2023 copy), Target type: instance, ip, lambda' },
    { id: 'athena.federated', verdict: 'unstated', partly: true, note: 'connect-to-a-data-source (2023 copy): data source connectors run on AWS Lambda; the DynamoDB, Redshift, CloudWatch Logs ... list is on connectors-available, not on the cited page' },
    { id: 'athena.scan-price', verdict: 'unchecked', note: 'aws.amazon.com/athena/pricing not stored' },
    { id: 'aurora.backup-retention', verdict: 'unchecked', note: 'the 2023 copy of disaster-recovery-resiliency names the backup retention period without the 1-35 days (Aurora.Modifying gives the minimum 1); the current wording an earlier pass read was not reached' },
    { id: 'aurora.cloning', verdict: 'right', note: 'Aurora.Managing.Clone (2023 copy): copy-on-write protocol, minimal additional space; no additional storage is usually needed when the clone is created' },
    { id: 'clb.stickiness', verdict: 'right', note: 'elb-sticky-sessions (2023 copy): duration-based stickiness with the AWSELB cookie, or application-controlled stickiness following the application\'s own session cookie' },
    { id: 'cloudfront-functions.size', verdict: 'right', note: 'cloudfront-limits (2023 copy), Quotas on CloudFront Functions: maximum function size 10 KB' },
    { id: 'cloudfront.max-file-size', verdict: 'unchecked', note: 'the 2023 copy of cloudfront-limits gives 30 GB (maximum cacheable file size), older than the 50 GB an earlier pass read on the current page; the current table was not reached' },
    { id: 'cloudwatch-logs.subscription-filters', verdict: 'unchecked', note: 'the general-reference cwl_region copies stop before the quota table' },
    { id: 'cloudwatch.dimensions', verdict: 'right', note: 'API_MetricDatum (current): Dimensions, Array Members: Maximum number of 30 items' },
    { id: 'cloudwatch.ec2-monitoring', verdict: 'right', note: 'using-cloudwatch-new (2023 copy, now manage-detailed-monitoring): basic monitoring in 5-minute periods, no charge; detailed monitoring in 1-minute periods, charged' },
    { id: 'cognito.pricing', verdict: 'unchecked', note: 'aws.amazon.com/cognito/pricing not stored' },
    { id: 'control-tower.controls', verdict: 'right', note: 'controls (2023 copy of the Control Tower guide): preventive (SCPs), detective (AWS Config rules), proactive (CloudFormation hooks); RCPs postdate the copy and were not checked' },
    { id: 'dms.price', verdict: 'unchecked', note: 'aws.amazon.com/dms/pricing not stored' },
    { id: 'dynamodb.gsi', verdict: 'right', note: 'ServiceQuotas (2023 copy): a default quota of 20 global secondary indexes per table, raised through Service Quotas' },
    { id: 'ec2-auto-scaling.policies', verdict: 'unstated', partly: true, note: 'scale-your-group (2023 copy) names dynamic, predictive and scheduled scaling; target tracking, step and simple are on as-scale-based-on-demand' },
    { id: 'ec2-instance-connect.endpoint', verdict: 'unchecked', note: 'no copy of connect-with-ec2-instance-connect-endpoint (the endpoint postdates most of the 2023 copy)' },
    { id: 'ecs.services-per-cluster', verdict: 'unchecked', note: 'the general-reference ecs-service copies stop before the quota table' },
    { id: 'efa.price', verdict: 'unchecked', note: 'the 2023 copy of efa does not mention a charge; the current page was not reached' },
    { id: 'elastic-ip.hourly-price', verdict: 'unchecked', note: 'aws.amazon.com/vpc/pricing not stored' },
    { id: 'elasticache.backup-retention', verdict: 'unstated', partly: true, note: 'the 2023 copies of the backups pages give the 35-day maximum (0 disables) on backups-automatic, not on the cited backups overview' },
    { id: 'elasticache.engines', verdict: 'unchecked', note: 'SelectEngine (2023 copy) names Memcached and Redis only; Valkey postdates it and the current page was not reached' },
    { id: 'forecast.what', verdict: 'unchecked', note: 'what-is-forecast not in the results' },
    { id: 'iam-identity-center.abac', verdict: 'unstated', partly: true, note: 'abac (2023 copy): attributes from any IAM Identity Center identity source; passing them as session tags is not on it' },
    { id: 'iam.boundaries', verdict: 'right', note: 'access_policies_boundaries (2023 copy): a boundary sets the maximum permissions and grants none on its own' },
    { id: 'iam.roles', verdict: 'right', note: 'reference_iam-quotas (2023 copy): roles in an AWS account 1,000 by default (increase ceiling 5,000 then; the pack\'s 10,000 is from the current page an earlier pass read)' },
    { id: 'memorydb.durability', verdict: 'unchecked', note: 'aws.amazon.com/memorydb/faqs not stored' },
    { id: 'mysql.backup-retention', verdict: 'right', note: 'USER_WorkingWithAutomatedBackups (2023 copy, before BackupRetention was split off): between 0 and 35 days, 0 disables automated backups' },
    { id: 'network-acl.rule-number', verdict: 'right', note: 'vpc-network-acls (2023 copy): each rule has a number from 1 to 32766, evaluated from the lowest' },
    { id: 'opshub.lifecycle', verdict: 'unchecked', note: 'the Snowball importtype page not in the results' },
    { id: 'opshub.tasks', verdict: 'unchecked', note: 'aws-opshub not in the results' },
    { id: 'organizations.ou-depth', verdict: 'right', note: 'orgs_reference_limits (2023 copy): OU maximum nesting in a root, five levels of OUs deep' },
    { id: 'proton.lifecycle', verdict: 'unchecked', note: 'the Proton API DeploymentState page not in the results' },
    { id: 'qldb.journal', verdict: 'unchecked', note: 'the QLDB what-is page not in the results' },
    { id: 'rds-multi-az.replication', verdict: 'right', note: 'Concepts.MultiAZSingleStandby (2023 copy): a synchronous standby replica in a different Availability Zone' },
    { id: 'rds-proxy.access', verdict: 'right', note: 'rds-proxy (2023 copy, before the limitations page): the proxy must be in the same VPC as the database and can\'t be publicly accessible' },
    { id: 'rds.multi-az-standby', verdict: 'right', note: 'Concepts.MultiAZSingleStandby (2023 copy): you can\'t use a standby replica to serve read traffic' },
    { id: 'rds.port-postgresql', verdict: 'unchecked', note: 'the CreateDBInstance Port section and its SDK copies were not in the results' },
    { id: 'redshift.nodes', verdict: 'right', note: 'amazon-redshift-limits (2023 copy): RA3 (and DC2) nodes in a cluster 128, adjustable; nodes per account 200' },
    { id: 'redshift.performance', verdict: 'right', note: 'c_challenges_achieving_high_performance_queries (2023 copy): massively parallel processing, columnar storage, compression, query optimizer, result caching, compiled code' },
    { id: 's3-glacier-ir.price', verdict: 'unchecked', note: 'aws.amazon.com/s3/pricing not stored' },
    { id: 's3-glacier-vaults.object-lock', verdict: 'right', note: 'object-lock-overview (2023 copy): WORM, retention periods, legal holds, governance and compliance modes' },
    { id: 's3-intelligent-tiering.deep-archive-access-days', verdict: 'right', note: 'intelligent-tiering-overview (2023 copy): not accessed for a minimum of 180 consecutive days, extendable to a maximum of 730 days' },
    { id: 'secrets-manager.secret-size', verdict: 'unchecked', note: 'the 2023 copy of reference_limits renders its quota table from an include that is not in the copy; the current table was not reached' },
    { id: 'snowmobile.lifecycle', verdict: 'unchecked', note: 'aws.amazon.com/snowmobile not stored' },
    { id: 'sns.retries', verdict: 'unchecked', note: 'sns-message-delivery-retries (2023 copy): only HTTP/S policies can be changed, undeliverable messages can go to a dead-letter queue; the per-protocol retry table is not rendered in the copy, so "retried for days" was not checked' },
    { id: 'ssm-change-manager.lifecycle', verdict: 'unchecked', note: 'the notice postdates the 2023 copy; the current page was not reached' },
    { id: 'transcribe.pii', verdict: 'right', note: 'pii-redaction (2023 copy): redacting or identifying personally identifiable information in transcripts' },
    { id: 'transfer-family.protocols', verdict: 'unstated', partly: true, note: 'create-server-ftp (2023 copy): an FTP server needs a VPC hosted endpoint; SFTP, FTPS and AS2 are listed on what-is-aws-transfer-family, not on the cited page' },
    { id: 'transit-gateway.vpn-tunnel-bandwidth', verdict: 'unchecked', note: 'vpn-limits not in the results and no awsdocs copy of the VPN guide was at hand' },
  ],
};

/** Every audit, newest first. */
/** The eighth random audit (issue 13, facts helper session 11): seed 20261213, facts no earlier audit read. */
const EIGHTH_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into the 593 facts of pack 2026.12.07.2 (940 in all) that no earlier audit read, sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261213 50 --skip-audited`). Each fact is read, without the pack\'s notes, in the stored copies of ' +
  'its cited page: the current copies the `search` docs and pages corpora return (several captures of a page, each from its opening), and ' +
  'the awsdocs GitHub copies (archived in 2023, read whole with git). "right" needs the cited page, its current copy, or its 2023 copy under ' +
  'the same or its former name, to state the value; a 2023 copy that predates the value or a page no copy reached is "not checked".';

export const AUDIT_H: Audit = {
  date: '2026-12-07',
  name: '2026-12-07e',
  packVersion: '2026.12.07.2',
  seed: 20261213,
  method: EIGHTH_METHOD,
  remarks: [
    'Figure: 33 of the 36 checked facts are right; none wrong or stale; 3 cite a page that states only part of the value (two fixed since); ' +
      '14 not checked. The goal of at least 49 of 50 is not shown: the 14 are three pricing pages and the free-tier page (aws.amazon.com pages ' +
      'have no stored copy), a blog post (two facts), and guide pages no stored copy reached (VM Import/Export, AppFlow, FSx File Gateway, ' +
      'Snowcone, Cost Anomaly Detection, the SNS quota table, the current gp3 IOPS row).',
    'Fixed after the audit: the three Aurora backup-retention facts now cite Aurora.Managing.Backups, whose current copy states 1-35 days ' +
      '(disaster-recovery-resiliency does not in its 2023 copy); efs.storage-classes cites availability-durability, whose current copy names ' +
      'EFS Archive. Not fixed: cognito.access-token-validity (its one-hour default is on CreateUserPoolClient).',
    'To check next: cost-anomaly-detection.frequency says individual alerts go by SNS or email; the AnomalySubscription API reference ' +
      'sends IMMEDIATE notifications over SNS only, so the cited getting-started page has to settle it.',
  ],
  rows: [
    { id: 'api-gateway.cache-ttl', verdict: 'right', note: 'limits.md (2023 copy; the execution-service limits table): API caching TTL 300 s by default, configurable 0-3600' },
    { id: 'appflow.privatelink', verdict: 'unchecked', note: 'what-is-appflow not reached; data-protection (current copy) covers encryption at rest and in transit only' },
    { id: 'athena.workgroups', verdict: 'right', note: 'manage-queries-control-costs-with-workgroups (2023 copy of the cited page): separate users, teams, applications or workloads; limits on data each query or the whole workgroup can process' },
    { id: 'aurora-mysql.backup-retention', verdict: 'unstated', fixed: true, note: 'disaster-recovery-resiliency (2023 copy) names the backup retention period without 1-35 days; its current copy was not reached; Aurora.Managing.Backups (current copy) states "a backup retention period from 1-35 days", default one day: source moved there for the three Aurora backup-retention facts' },
    { id: 'aurora-postgresql.lambda', verdict: 'right', note: 'AuroraPostgreSQL-Lambda (2023 copy): the aws_lambda PostgreSQL extension invokes Lambda functions' },
    { id: 'batch.min-timeout', verdict: 'right', note: 'job_timeouts (current copy): attemptDurationSeconds must be at least 60 seconds; no maximum' },
    { id: 'batch.price', verdict: 'unchecked', note: 'aws.amazon.com/batch/pricing not stored' },
    { id: 'cloudfront-functions.memory', verdict: 'right', note: 'cloudfront-limits (2023 copy), Quotas on CloudFront Functions: maximum function memory 2 MB' },
    { id: 'cloudwatch-alarms.composite', verdict: 'right', note: 'Create_Composite_Alarm (2023 copy): composite alarms reduce alarm noise; AlarmRule supports AND, OR and NOT' },
    { id: 'cloudwatch-logs.subscription-targets', verdict: 'right', note: 'Subscriptions (current copy): a Kinesis stream, a Data Firehose stream or Lambda (OpenSearch Service through a separate streaming page)' },
    { id: 'cognito.access-token-validity', verdict: 'unstated', partly: true, note: 'API_TokenValidityUnitsType (current copy): AccessTokenValidity duration can range from five minutes to one day; the one-hour default is on CreateUserPoolClient, not on the cited page' },
    { id: 'config.item-price', verdict: 'unchecked', note: 'aws.amazon.com/config/pricing not stored (third-party pages quote $0.003)' },
    { id: 'cost-anomaly-detection.frequency', verdict: 'unchecked', note: 'the cited getting-started-ad was not reached; API_AnomalySubscription (current copy) gives DAILY and WEEKLY over email and IMMEDIATE over SNS, so the card\'s "SNS or email" for individual alerts needs the cited page' },
    { id: 'data-transfer.free-tier', verdict: 'unchecked', note: 'aws.amazon.com/free not stored' },
    { id: 'dms.sources', verdict: 'right', note: 'CHAP_Source (2023 copy): Oracle, SQL Server, MySQL-compatible (MySQL, MariaDB), PostgreSQL, SAP ASE, MongoDB, S3, Db2 (also Azure SQL, DocumentDB)' },
    { id: 'documentdb.read-replicas', verdict: 'right', note: 'db-clusters-understanding (a mirrored copy of the guide page): a cluster always has one primary instance and can have 0-15 replicas; the current replication page: up to 15 replica instances' },
    { id: 'ebs-gp2.price', verdict: 'unchecked', note: 'aws.amazon.com/ebs/pricing not stored' },
    { id: 'ebs-gp3.iops', verdict: 'unchecked', note: 'the stored copies of the cited CloudFormation page either stop before the Iops values or predate the September 2025 raise (3,000-16,000); only third-party pages give 80,000' },
    { id: 'ec2.hibernate-ram', verdict: 'right', note: 'hibernating-prerequisites#instance-ram-size (2023 copy): must be less than 150 GB (the pack writes GiB)' },
    { id: 'efs.storage-classes', verdict: 'unstated', partly: true, fixed: true, note: 'storage-classes (2023 copy) predates EFS Archive and names Standard and IA classes only; the current availability-durability page (EFS storage classes section) names EFS Standard, EFS Infrequent Access and EFS Archive: source moved there' },
    { id: 'forecast.lifecycle', verdict: 'unchecked', note: 'the cited AWS Machine Learning Blog post is not stored' },
    { id: 'forecast.successor', verdict: 'unchecked', note: 'the cited AWS Machine Learning Blog post is not stored' },
    { id: 'fsx-file-gateway.target', verdict: 'unchecked', note: 'what-is-file-fsxw not in the stored copies; the Storage Gateway API description (quoted in SDK docs) says FSx File Gateway is no longer available to new customers' },
    { id: 'internet-gateway.public-ip', verdict: 'right', note: 'VPC_Internet_Gateway (2023 copy): resources need a public IPv4 or IPv6 address; route 0.0.0.0/0 (or ::/0) to the gateway' },
    { id: 'iot-core.default-port', verdict: 'right', note: 'protocols (2023 copy): MQTT with X.509 client certificate on 8883 (443 with ALPN x-amzn-mqtt-ca)' },
    { id: 'kms.multi-region', verdict: 'right', note: 'multi-region-keys-overview (2023 copy): related multi-Region keys have the same key ID and key material' },
    { id: 'lambda-edge.runtimes', verdict: 'right', note: 'edge-functions-restrictions (2023 copy), Supported runtimes: Node.js, Python' },
    { id: 'lookout-for-metrics.lifecycle', verdict: 'right', note: 'aws-cdk-lib.aws_lookoutmetrics-readme (current copy): End of support notice, on Oct 9, 2025 AWS will end support for Amazon Lookout for Metrics' },
    { id: 'msk.port-sasl-scram', verdict: 'right', note: 'port-info (2023 copy): SASL/SCRAM 9096 within AWS (9196 public)' },
    { id: 'msk.port-tls', verdict: 'right', note: 'port-info (2023 copy): TLS 9094 within AWS (9194 public)' },
    { id: 'network-protocols.http-port', verdict: 'right', note: 'security-group-rules-reference (2023 copy): TCP 80 (HTTP)' },
    { id: 'panorama.lifecycle', verdict: 'right', note: 'Welcome (current copy of the Panorama API reference): End of support notice, on May 31, 2026 AWS will end support for AWS Panorama' },
    { id: 'placement-group.partitions-per-az', verdict: 'right', note: 'placement-groups (2023 copy, before placement-strategies): a maximum of seven partitions per Availability Zone' },
    { id: 'postgresql.read-replicas', verdict: 'right', note: 'sourceDbInstanceIdentifier (current Kotlin SDK copy of the API reference): each DB instance can have up to 15 read replicas, except Db2 (3), Oracle (5) and SQL Server (5)' },
    { id: 'rds.iam-auth', verdict: 'right', note: 'UsingWithRDS.IAMDBAuth (2023 copy): MariaDB, MySQL and PostgreSQL; each token has a lifetime of 15 minutes' },
    { id: 'rds.instances', verdict: 'right', note: 'CHAP_Limits (2023 copy): up to a total of 40 DB instances by default' },
    { id: 'route53.health-check-interval', verdict: 'right', note: 'health-checks-creating-values (2023 copy): Request interval 30 seconds, or Fast (10 seconds) at an additional charge' },
    { id: 's3-glacier-deep-archive.durability', verdict: 'right', note: 'storage-class-intro (2023 copy), comparison table: S3 Glacier Deep Archive durability 99.999999999%' },
    { id: 's3-glacier-ir.min-object-size', verdict: 'right', note: 'storage-class-intro (2023 copy), comparison table: S3 Glacier Instant Retrieval minimum billable object size 128 KB' },
    { id: 's3.replication', verdict: 'right', note: 'replication (2023 copy): both source and destination buckets must have versioning enabled; existing objects are replicated with S3 Batch Replication' },
    { id: 's3.transfer-acceleration', verdict: 'right', note: 'transfer-acceleration (2023 copy): uses the globally distributed edge locations in Amazon CloudFront; the bucket name must be DNS-compliant and must not contain periods' },
    { id: 'security-group.per-eni', verdict: 'right', note: 'amazon-vpc-limits (2023 copy): security groups per network interface 5, adjustable up to 16' },
    { id: 'shield.advanced-resources', verdict: 'right', note: 'ddos-advanced-summary-protected-resources (2023 copy): CloudFront, Route 53 hosted zones, Global Accelerator, Elastic IPs (EC2), ALB, CLB, NLB through Elastic IPs' },
    { id: 'simspace-weaver.lifecycle', verdict: 'right', note: 'the end-of-support banner on every page of the current SimSpace Weaver guide (which links the cited page): on May 20, 2026 AWS will end support' },
    { id: 'snowcone.capacity', verdict: 'unchecked', note: 'the cited snowcone-what-is-snowcone was not reached; snowcone-limits (amazonaws.cn copy) gives 8 TB or 14 TB of disk storage without the HDD/SSD split' },
    { id: 'sns.subscriptions', verdict: 'unchecked', note: 'the general-reference sns quota table was not reached (only FAQ and third-party pages)' },
    { id: 'sqs.delay', verdict: 'right', note: 'quotas-messages (current copy), Message timer: default (minimum) 0 seconds, maximum 15 minutes' },
    { id: 'vm-import-export.import-formats', verdict: 'unchecked', note: 'the vm-import prerequisites page has no stored copy (no awsdocs repository; search returns third-party pages)' },
    { id: 'vm-import-export.price', verdict: 'unchecked', note: 'the vm-import what-is page has no stored copy' },
    { id: 'vpc.per-region', verdict: 'right', note: 'amazon-vpc-limits (2023 copy): VPCs per Region 5, adjustable' },
  ],
};

/** The ninth random audit (issue 13, facts helper session 13): seed 20261214, facts no earlier audit read. */
const NINTH_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into the 545 facts of pack 2026.12.07.7 (942 in all) that no earlier audit read, sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261214 50 --skip-audited`), drawn after the eleventh re-verification pass. Each fact is read, ' +
  'without the pack\'s notes, in the stored copies of its cited page: the current copies the `search` docs corpus returns (each capture from ' +
  'its opening), and the awsdocs GitHub copies (archived in 2023, read whole with git). "right" needs the cited page, its current copy, or its ' +
  '2023 copy under the same or its former name, to state the value; a 2023 copy that predates the value, a page no copy reached, or a row ' +
  'this pass did not read is "not checked".';

export const AUDIT_I: Audit = {
  date: '2026-12-07',
  name: '2026-12-07f',
  packVersion: '2026.12.07.7',
  seed: 20261214,
  method: NINTH_METHOD,
  remarks: [
    'Figure: 26 of the 33 checked facts are right; 1 wrong in part (snow-family.job-lifetime: 360 days is right, but AWS Support can extend it, ' +
      'so it is no hard limit; fixed); 6 cite a page that states only part of the value or not the value (ssm-session-manager.vs-ssh and ' +
      'application-discovery-service.explore fixed); 17 not checked. The goal of at least 49 of 50 is not shown: the 17 are five pricing pages and ' +
      'two aws.amazon.com product pages (no stored copy), six guide pages whose current copy no search reached (three with a 2023 copy that ' +
      'predates the value), and four read after the draw whose cited page no copy reached.',
    'Changed after the draw: as first recorded the figure was 26 of 32 checked (5 source does not state it, 18 not checked), with five rows ' +
      'not read because the lookups went to the quota re-verification first. The twelfth re-verification pass (facts helper 13b) read those ' +
      'five on the stored copies: application-discovery-service.explore states only part of its value on the cited page (its export clause ' +
      'is elsewhere; value reworded to what the page says), and backup.continuous-retention, backup.vaults, qldb.query and ' +
      'disaster-recovery.drs stay not checked because no copy of the cited page was reached (qldb.query now cites ql-reference, whose ' +
      'current copy states PartiQL). None of the other 13 not-checked rows could be read on a stored copy.',
    'Not fixed: mq.protocols (WebSocket is on amazon-mq-broker-architecture), fsx-file-gateway.lifecycle (the October 2024 date) and ' +
      'pinpoint.lifecycle (the May 2025 closing), whose dates need a dated AWS source the stored copies do not give, and managed-flink.sources.',
  ],
  rows: [
    { id: 'acm.integrated-services', verdict: 'unchecked', note: 'the current acm-services page was not reached (search returns Amplify and other pages); its 2023 copy lists Elastic Load Balancing, CloudFront, Elastic Beanstalk, App Runner, API Gateway, Nitro Enclaves and CloudFormation, not Cognito or Amplify, so it may predate them' },
    { id: 'alb.hourly-price', verdict: 'unchecked', note: 'aws.amazon.com/elasticloadbalancing/pricing not stored' },
    { id: 'application-discovery-service.explore', verdict: 'unstated', partly: true, fixed: true, note: 'read after the draw (twelfth pass): explore-data (2023 copy) describes data exploration in Amazon Athena, turned on from the Migration Hub console, with agent data in your S3 bucket; the "export data" clause of the value is not on it (value reworded to what the page says)' },
    { id: 'aurora-mysql.replicas', verdict: 'right', note: 'disaster-recovery-resiliency (2023 copy): up to 15 Aurora Replicas can be distributed across the Availability Zones a DB cluster spans' },
    { id: 'aurora.backtrack', verdict: 'right', note: 'AuroraMySQL.Managing.Backtrack (2023 copy), limitations: the limit for a backtrack window is 72 hours' },
    { id: 'aurora.failover', verdict: 'right', note: 'Concepts.AuroraHighAvailability (2023 copy): service is typically restored in less than 60 seconds, and often less than 30 seconds, when an Aurora Replica is promoted' },
    { id: 'backup.continuous-retention', verdict: 'unchecked', note: 'read after the draw (twelfth pass): the cited point-in-time-recovery page was reached in no copy; its sibling point-in-time-recovery-retention-period (current copy) states a minimum retention of 1 day and a maximum of 35 days' },
    { id: 'backup.vaults', verdict: 'unchecked', note: 'read after the draw (twelfth pass): the current aws-backup-limits copy was not reached (searches return the general-reference endpoint table and the vault API pages) and no awsdocs copy of the Backup developer guide is stored' },
    { id: 'cloudfront.certificate-region', verdict: 'right', note: 'cnames-and-https-requirements (2023 copy): request or import the ACM certificate in the US East (N. Virginia) Region (us-east-1)' },
    { id: 'cloudwatch.metric-retention', verdict: 'right', note: 'cloudwatch_concepts (2023 copy), metric retention: under 60 s for 3 hours, 60 s for 15 days, 300 s for 63 days, 3600 s for 455 days (15 months)' },
    { id: 'codeconnections.prefix', verdict: 'right', note: 'rename (current copy): AWS CodeStar Connections renamed AWS CodeConnections on 29 March 2024; new prefix codeconnections, codestar-connections actions and resources remain available, the IAM policy prefix must match the resource\'s' },
    { id: 'cognito.refresh-token-validity', verdict: 'right', note: 'amazon-cognito-user-pools-using-the-refresh-token (2023 copy): expires 30 days after sign-in by default; any value between 60 minutes and 10 years' },
    { id: 'config.triggers', verdict: 'right', note: 'evaluate-config-rules (2023 copy): configuration changes, a periodic schedule (such as every 24 hours), or both' },
    { id: 'connect.channels', verdict: 'unchecked', note: 'the 2023 copy of what-is-amazon-connect names chat and voice only (it predates tasks, email and outbound campaigns); the current copy was not reached' },
    { id: 'data-transfer.same-az', verdict: 'unchecked', note: 'aws.amazon.com/ec2/pricing/on-demand not stored with its data transfer table' },
    { id: 'disaster-recovery.drs', verdict: 'unchecked', note: 'read after the draw (twelfth pass): what-is-drs was reached in no current copy and no awsdocs copy is stored; searches return third-party summaries only' },
    { id: 'dms.schema-conversion', verdict: 'right', note: 'CHAP_SchemaConversion (2023 copy): DMS Schema Conversion converts schemas and code objects for migrations between different types of databases; AWS SCT in the other Regions' },
    { id: 'dynamodb-streams.readers', verdict: 'right', note: 'ServiceQuotas (2023 copy, the page now named Constraints), simultaneous readers of a shard: up to two processes for single-Region tables (one recommended for global tables)' },
    { id: 'dynamodb.item-size', verdict: 'right', note: 'ServiceQuotas (2023 copy, now Constraints), items: the maximum item size in DynamoDB is 400 KB, attribute names included (the pack writes 409,600 bytes)' },
    { id: 'ebs-gp3.price', verdict: 'unchecked', note: 'aws.amazon.com/ebs/pricing not stored' },
    { id: 'elastic-beanstalk.platforms', verdict: 'right', note: 'concepts.platforms (2023 copy), which links the cited platforms-supported anchors: Docker, Go, Java with Tomcat, .NET Core on Linux, .NET on Windows Server, Node.js, PHP, Python, Ruby' },
    { id: 'firehose.destinations', verdict: 'unchecked', note: 'the 2023 copy of create-destination predates the Apache Iceberg and Snowflake destinations (it has S3, Redshift, OpenSearch Service and Serverless, HTTP endpoint, Datadog, New Relic, Splunk and others); the current copy was not reached' },
    { id: 'firewall-manager.policy-price', verdict: 'unchecked', note: 'aws.amazon.com/firewall-manager/pricing not stored' },
    { id: 'fsx-file-gateway.lifecycle', verdict: 'unstated', partly: true, note: 'the banner on every FSx File Gateway page (current copy) and the Storage Gateway API: no longer available to new customers, existing customers continue; the October 2024 date is not on it' },
    { id: 'global-accelerator.hourly-price', verdict: 'unchecked', note: 'aws.amazon.com/global-accelerator/pricing not stored' },
    { id: 'iam.region-condition-key', verdict: 'right', note: 'reference_policies_condition-keys (2023 copy), aws:RequestedRegion: controls which Regional endpoint of a service is invoked' },
    { id: 'iot-analytics.lifecycle', verdict: 'right', note: 'the end-of-support banner on every page of the IoT Analytics guide (current copies): on December 15, 2025 AWS ends support; afterwards the console and resources are no longer accessible' },
    { id: 'keyspaces.row-size', verdict: 'unchecked', note: 'the cited general-reference keyspaces page was not reached in this pass; the Keyspaces developer guide quotas table (current copy) gives a maximum row size of 1 MB, excluding static column data' },
    { id: 'lex.concepts', verdict: 'right', note: 'how-it-works of the Lex V2 guide (2023 copy): a bot with intents, sample utterances, slots, and fulfilment, for which a Lambda function is recommended' },
    { id: 'managed-flink.kpu', verdict: 'right', note: 'how-scaling (2023 copy): a single KPU provides 1 vCPU and 4 GB of memory, plus 50 GB of running application storage; Parallelism sets the scale' },
    { id: 'managed-flink.sources', verdict: 'unstated', note: 'what-is (2023 copy) describes Java, Scala and SQL applications on Apache Flink but names no sources; no current copy was reached' },
    { id: 'migration-hub.lifecycle', verdict: 'right', note: 'the cited API_DiscoveredResource (current copy): AWS Migration Hub is no longer open to new customers as of November 7, 2025; explore AWS Transform' },
    { id: 'mq.protocols', verdict: 'unstated', partly: true, note: 'welcome (2023 copy): JMS, AMQP 0-9-1, AMQP 1.0, MQTT, OpenWire and STOMP; WebSocket (MQTT and STOMP over WebSocket) is on amazon-mq-broker-architecture' },
    { id: 'msk.brokers-per-cluster', verdict: 'right', note: 'limits (2023 copy): up to 90 brokers per account and 30 brokers per cluster; higher through a support case' },
    { id: 'network-firewall.throughput', verdict: 'unchecked', note: 'the current copies of the Network Firewall quotas page stop at the resource-count tables, before the throughput row' },
    { id: 'pinpoint.lifecycle', verdict: 'unstated', partly: true, note: 'the banner on every Pinpoint page (current copies): on October 30, 2026 AWS ends support; console, endpoints, segments, campaigns, journeys and analytics no longer accessible; the May 2025 closing to new customers is not on it' },
    { id: 'q-business.lifecycle', verdict: 'right', note: 'the cited availability-change page\'s banner on every Q Business page (current copies): no longer open to new customers (earlier copies: starting on July 31, 2026); explore Amazon Quick' },
    { id: 'qldb.query', verdict: 'unchecked', fixed: true, note: 'read after the draw (twelfth pass): the cited what-is page was reached in no copy; ql-reference (current copy) states that QLDB supports a subset of the PartiQL query language (source moved there)' },
    { id: 'quicksight.spice', verdict: 'unchecked', note: 'the 2023 QuickSight guide has no spice page (importing-data-to-spice and managing-spice-capacity only); the current copy was not reached' },
    { id: 'rds.port-mysql', verdict: 'right', note: 'CreateDBInstance Port (the API reference text as the SDK for Kotlin renders it, current): valid values 1150-65535; default RDS for MySQL 3306' },
    { id: 'redshift.default-port', verdict: 'right', note: 'managing-cluster-recovery (2023 copy): Amazon Redshift assigns 5439 as the default port for a provisioned cluster or a serverless endpoint' },
    { id: 'ses.sandbox', verdict: 'right', note: 'request-production-access (current copy): only to verified addresses and domains or the mailbox simulator, 200 messages per 24-hour period, 1 message per second' },
    { id: 'site-to-site-vpn.tunnel-bandwidth', verdict: 'right', note: 'vpn-limits (2023 copy): maximum bandwidth per VPN tunnel up to 1.25 Gbps, not adjustable' },
    { id: 'site-to-site-vpn.tunnels', verdict: 'right', note: 'VPNTunnels (2023 copy): each Site-to-Site VPN connection has two tunnels, each with a unique public IP address' },
    { id: 'snow-family.job-lifetime', verdict: 'wrong', fixed: true, note: 'job-limits (2023 copy): jobs must be completed within 360 days of being prepared; to keep a device longer, contact AWS Support. The 360 days is right; the fact called it a hard limit (fixed: adjustable through AWS Support, also snowball-edge.job-lifetime)' },
    { id: 'snowmobile.compute', verdict: 'unchecked', note: 'aws.amazon.com/snowmobile not stored' },
    { id: 'ssm-session-manager.vs-ssh', verdict: 'unstated', fixed: true, note: 'session-manager (2023 copy) names SSH and closed inbound ports but not EC2 Instance Connect; the source moved to connect-linux-inst-eic, whose 2023 copy says EC2 Instance Connect connects using SSH (the clause that Session Connect is no AWS service is the pack\'s own)' },
    { id: 'textract.sync-limits', verdict: 'right', note: 'limits-document (2023 copy): JPEG, PNG, PDF and TIFF; synchronous operations 10 MB, PDF and TIFF one page' },
    { id: 'vmware-cloud.purchase', verdict: 'unchecked', note: 'aws.amazon.com/vmware not stored' },
    { id: 'vpc-peering.per-vpc', verdict: 'right', note: 'the VPC quotas table (2023 copy of amazon-vpc-limits, the page the cited vpc-quotas section mirrors): active VPC peering connections per VPC 50, adjustable up to 125' },
  ],
};

/**
 * The tenth random audit (issue 13, facts helper session 14): seed 20261215 over every fact of the pack, not only
 * the ones no earlier audit read, so the figure is one of the pack as a user meets it.
 */
const TENTH_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into all 945 facts of pack 2026.12.07.13 sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261215 50`, without --skip-audited: 23 of the 50 were read by an earlier audit and ' +
  'were read again), drawn after the fourteenth pass had marked the unconfirmed prices. Each fact is read, without the pack\'s ' +
  'notes, in the stored copies of its cited page: the current copies the `search` docs corpus returns, and the awsdocs GitHub ' +
  'copies (archived in 2023, read whole with git). "right" needs the cited page, its current copy, or its 2023 copy under the same ' +
  'or its former name, to state the value; a 2023 copy that predates the value, a page no copy reached, or a row this audit ' +
  'did not get to is "not checked", and the note says which.';

export const AUDIT_J: Audit = {
  date: '2026-12-07',
  name: '2026-12-07g',
  packVersion: '2026.12.07.13',
  seed: 20261215,
  method: TENTH_METHOD,
  remarks: [
    'Figure: 36 of the 38 checked facts are right; 1 stale (waf.resources lacked AWS Amplify and Amazon Bedrock AgentCore Gateway; ' +
      'fixed); 1 states part of its value on another page (cognito.access-token-validity; the page of the default now named); none wrong; ' +
      '12 not checked. As first recorded: 33 of 34 checked right, 16 not checked (see the last remark). The goal of at least 49 of 50 is not shown: of the 16, one is a price (the pricing page has ' +
      'no stored copy; the card now marks it as an unverified list price), eight cite a page no stored copy reached (four of them ' +
      'with the value stated on another AWS page, two sources moved there), and seven were not looked up before the session\'s ' +
      'time ran out (backup.continuous-retention, forecast.what, glue-elastic-views.alternatives, infrastructure-composer.deploy, ' +
      'macie.scope, opensearch.endpoint-ports and, in part, cognito.access-token-validity).',
    'Read on a checked row\'s own page only: where the value is on another page (rds.engines, kinesis-data-analytics-sql.outputs) the ' +
      'row stays not checked and the source moved after the draw. The right rows include ten read only on a 2023 awsdocs copy.',
    'Changed after the draw: the fifteenth re-verification pass (facts helper 15) read the seven rows not looked up. Two are right ' +
      '(infrastructure-composer.deploy on its current page, opensearch.endpoint-ports on its 2023 copy); cognito.access-token-validity ' +
      'states its range but not its one-hour default on the cited page (the detail now names CreateUserPoolClient for it); four stay ' +
      'not checked because no copy of the cited page was reached (backup.continuous-retention, forecast.what and macie.scope moved ' +
      'their source to the page that states the value; glue-elastic-views.alternatives\' copies stop before the list of sources). ' +
      'It also read rds.read-replicas on the API text its cited SDK page renders (right).',
  ],
  rows: [
    { id: 'app-runner.lifecycle', verdict: 'right', note: 'apprunner-availability-change (current copy): closed to new customers, existing customers continue, AWS recommends Amazon ECS Express Mode; the guide\'s earlier banner (current copies of other pages) gives April 30, 2026' },
    { id: 'aurora-global-database.lag', verdict: 'right', note: 'aurora-global-database (2023 copy): Aurora replicates to the secondary Regions using dedicated infrastructure, with latency typically under a second' },
    { id: 'aurora-postgresql.replicas', verdict: 'right', note: 'disaster-recovery-resiliency (2023 copy): up to 15 Aurora Replicas can be distributed across the AZs a DB cluster spans' },
    { id: 'backup.continuous-retention', verdict: 'unchecked', fixed: true, note: 'read after the draw (fifteenth pass): no copy of the cited point-in-time-recovery page was reached; point-in-time-recovery-retention-period (current copy) states a minimum retention period of 1 day and a maximum of 35 days (source moved there)' },
    { id: 'clb.certificates', verdict: 'right', note: 'elb-https-load-balancers (stored copy): Classic Load Balancers do not support SNI; alternatives: one certificate with a Subject Alternative Name for each additional site, or TCP listeners on 443 passing HTTPS through to the instances' },
    { id: 'cloud9.lifecycle', verdict: 'right', note: 'the banner on the Cloud9 guide and API pages (current copies): AWS Cloud9 is no longer available to new customers; existing customers can continue to use the service as normal' },
    { id: 'cloudwatch-alarms.recover', verdict: 'right', note: 'UsingAlarmActions (2023 copy): a recovered instance is identical to the original, including the instance ID, private IP addresses, Elastic IP addresses and all instance metadata' },
    { id: 'cloudwatch-logs.retention-period', verdict: 'right', note: 'PutRetentionPolicy (the API reference text as the SDKs render it, current): possible values 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 and 3653 days' },
    { id: 'codeconnections.prefix', verdict: 'right', note: 'rename (current copy): on March 29, 2024 AWS CodeStar Connections was renamed AWS CodeConnections; new resources use codeconnections, actions and resources under codestar-connections remain available, and the IAM policy prefix must match the resource\'s' },
    { id: 'cognito.access-token-validity', verdict: 'unstated', partly: true, fixed: true, note: 'read after the draw (fifteenth pass): TokenValidityUnitsType (current copy) says AccessTokenValidity duration can range from five minutes to one day, but not the one-hour default, which CreateUserPoolClient states (now named in the detail)' },
    { id: 'dax.nodes', verdict: 'right', note: 'DAX.concepts.cluster (2023 copy): up to 11 nodes per cluster (the primary node plus a maximum of 10 read replicas)' },
    { id: 'ebs.volume-types', verdict: 'right', note: 'ebs-volume-types (2023 copy of the EC2 guide): SSD table gp3, gp2, io2 Block Express, io2, io1; HDD table st1, sc1' },
    { id: 'ec2-auto-scaling.cooldown', verdict: 'right', note: 'ec2-auto-scaling-scaling-cooldowns (2023 copy): by default the cooldown period is 300 seconds; if the default cooldown is not defined, 300 seconds is used' },
    { id: 'ecs.launch-types', verdict: 'right', note: 'capacity-launch-type-comparison (current copy): launch types EC2, Fargate, External and Amazon ECS Managed Instances' },
    { id: 'firehose.destinations', verdict: 'unchecked', note: 'the current copy of create-destination was not reached; the Iceberg destination page and the document history (current) confirm Apache Iceberg Tables (GA September 30, 2024) and Snowflake, not the whole list' },
    { id: 'firehose.format-conversion', verdict: 'right', note: 'record-format-conversion (2023 copy): converts JSON input to Parquet or ORC with a schema from the Glue Data Catalog' },
    { id: 'forecast.what', verdict: 'unchecked', fixed: true, note: 'read after the draw (fifteenth pass): the cited what-is-forecast page was not reached; howitworks-predictor (current copy) states predictors trained on target and related time series and item metadata, AutoPredictor by default (source moved there)' },
    { id: 'fsx-ontap.clients', verdict: 'unchecked', note: 'what-is-fsx-ontap (2023 copy) names Linux, Windows and macOS compute instances but not VMware Cloud on AWS datastores; no current copy reached' },
    { id: 'fsx-ontap.deployment', verdict: 'right', note: 'high-availability-AZ (2023 copy): two deployment types, Single-AZ and Multi-AZ' },
    { id: 'glue-elastic-views.alternatives', verdict: 'unchecked', note: 'read after the draw (fifteenth pass): zero-etl-using (current copy) says zero-ETL integrations bring data from multiple operational and transactional sources into Redshift, but the copies reached stop before its list of sources' },
    { id: 'gwlb.default-port', verdict: 'right', note: 'gateway-load-balancers (stored copy): the Gateway Load Balancer and its registered appliances exchange application traffic using the GENEVE protocol on port 6081' },
    { id: 'iam.region-condition-key', verdict: 'right', note: 'reference_policies_condition-keys (2023 copy): aws:RequestedRegion controls which endpoint of a service is invoked' },
    { id: 'infrastructure-composer.deploy', verdict: 'right', note: 'read after the draw (fifteenth pass): other-services-cfn (current copy): deploy with any AWS CloudFormation compatible service; AWS recommends AWS SAM; sam sync detects local changes and deploys them' },
    { id: 'internet-gateway.per-vpc', verdict: 'right', note: 'amazon-vpc-limits (2023 copy), internet gateways: you can attach only one internet gateway to a VPC at a time' },
    { id: 'kinesis-data-analytics-sql.outputs', verdict: 'unchecked', fixed: true, note: 'the cited SQL guide what-is page was not reached; the API v2 Output type (current) states a Kinesis data stream, a Firehose delivery stream or a Lambda function (source moved there)' },
    { id: 'kinesis-data-streams.capacity-modes', verdict: 'right', note: 'how-do-i-size-a-stream (2023 copy): on-demand mode needs no capacity planning, provisioned mode is sized in shards' },
    { id: 'lambda-edge.region', verdict: 'right', note: 'edge-functions-restrictions (2023 copy, the page\'s former name): use a numbered version, not $LATEST or aliases; the function must be in US East (N. Virginia)' },
    { id: 'macie.scope', verdict: 'unchecked', fixed: true, note: 'read after the draw (fifteenth pass): the cited what-is-macie page was not reached; the Macie API reference Welcome (current copy) describes an inventory of S3 general purpose buckets and sensitive-data discovery in S3 objects, no other store (source moved there)' },
    { id: 'network-protocols.rdp-port', verdict: 'right', note: 'security-group-rules-reference (2023 copy): TCP 3389 (RDP)' },
    { id: 'nlb.osi-layer', verdict: 'right', note: 'introduction (stored copy): a Network Load Balancer functions at the fourth layer of the OSI model; for TCP traffic it selects a target with a flow hash of protocol, source and destination IP address and port, and TCP sequence number' },
    { id: 'opensearch.endpoint-ports', verdict: 'right', note: 'read after the draw (fifteenth pass): vpc, Testing VPC domains (2023 copy): port 9200 in the tunnel only simulates a local OpenSearch install; OpenSearch Service only accepts connections over port 80 (HTTP) or 443 (HTTPS)' },
    { id: 'opensearch.multi-az-standby', verdict: 'unchecked', note: 'the cited managedomains-multiaz page was not reached (searches returned the SDK and CDK descriptions of MultiAZWithStandbyEnabled, which give no availability figure)' },
    { id: 'rds.engines', verdict: 'unchecked', fixed: true, note: 'the cited user guide Welcome was not reached; the RDS API reference Welcome (current) names MySQL, MariaDB, PostgreSQL, SQL Server, Oracle, Db2 and Aurora (source moved there)' },
    { id: 'rds.iam-auth', verdict: 'right', note: 'UsingWithRDS.IAMDBAuth (2023 copy): IAM database authentication for MariaDB, MySQL and PostgreSQL; each token has a lifetime of 15 minutes' },
    { id: 'rds.read-replica-promotion', verdict: 'right', note: 'USER_ReadRepl (2023 copy): asynchronous replication; when you promote a read replica, replication is stopped and it is rebooted; promotion complements synchronous replication, automatic failure detection and failover' },
    { id: 'rds.read-replicas', verdict: 'right', note: 'read after the draw (fifteenth pass): the API reference text the cited SDK page renders (botocore model, 2026-08) says each DB instance can have up to 15 read replicas, except Db2 (3), Oracle and SQL Server (5)' },
    { id: 's3-glacier-vaults.vault-lock', verdict: 'unchecked', note: 'the cited vault-lock page was not reached; read after the draw (fifteenth pass): InitiateVaultLock (API reference, current model) says the vault locking process must be completed within 24 hours, after which the lock ID expires; once Locked no new lock can be initiated (the seventh pass had read the same on vault-lock)' },
    { id: 's3-onezone-ia.durability', verdict: 'right', note: 'storage-class-intro (2023 copy): One Zone-IA stores data in one AZ and is not resilient to the physical loss of that AZ; the comparison table gives 99.999999999% durability' },
    { id: 's3.bucket-name-length', verdict: 'right', note: 'bucketnamingrules (2023 copy): between 3 (min) and 63 (max) characters' },
    { id: 'security-group.allow-only', verdict: 'right', note: 'security-group-rules (2023 copy): you can specify allow rules, but not deny rules' },
    { id: 'security-group.per-eni', verdict: 'right', note: 'amazon-vpc-limits (2023 copy): security groups per network interface 5, adjustable (up to 16)' },
    { id: 'ses.sandbox', verdict: 'right', note: 'request-production-access (current copy): only to verified addresses and domains or the mailbox simulator, at most 200 messages per 24-hour period and 1 message per second' },
    { id: 'shield.advanced-price', verdict: 'unchecked', note: 'aws.amazon.com/shield/pricing has no stored copy; the card marks the figure as an unverified list price' },
    { id: 'shield.advanced-resources', verdict: 'right', note: 'ddos-advanced-summary-protected-resources (2023 copy): CloudFront distributions, Route 53 hosted zones, Global Accelerator standard accelerators, EC2 Elastic IP addresses, Application and Classic Load Balancers' },
    { id: 'site-to-site-vpn.per-vgw', verdict: 'right', note: 'vpn-limits (2023 copy): Site-to-Site VPN connections per virtual private gateway 10, adjustable' },
    { id: 'snowball-edge.job-lifetime', verdict: 'right', note: 'job-limits (2023 copy, the cited limits page under its former name): complete within 360 days of being prepared; for longer, contact AWS Support' },
    { id: 'sns.subscriptions', verdict: 'unchecked', note: 'the stored copies of the general-reference sns page stop at the endpoint table, before the quotas' },
    { id: 'ssm-parameter-store.count', verdict: 'right', note: 'parameter-store-advanced-parameters (2023 copy): total parameters per account and Region 10,000 standard, 100,000 advanced' },
    { id: 'textract.async-limits', verdict: 'right', note: 'limits-document (2023 copy): PDF and TIFF files have a 500 MB limit and a limit of 3,000 pages (asynchronous)' },
    { id: 'waf.resources', verdict: 'stale', fixed: true, note: 'how-aws-waf-works-resources (current copy): also Amazon Bedrock AgentCore Gateway and AWS Amplify, which the value lacked (added)' },
  ],
};

/**
 * The eleventh random audit (issue 13, facts helper session 16): seed 20261216 over every fact of pack 2026.12.07.26, drawn
 * after the sixteenth pass had landed its first chunk.
 */
const ELEVENTH_AUDIT_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into all facts of pack 2026.12.07.26 sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261216 50`, over the whole pack). Each fact is read, without the pack\'s notes, in the ' +
  'stored copies of its cited page: current copies the `search` docs corpus returns, the awsdocs GitHub copies (archived in 2023, ' +
  'read whole with git) and, for API reference pages, the botocore service models (August 2026) they are generated from. "right" ' +
  'needs the cited page (a current or 2023 copy, or the API text it renders) to state the value; a page no copy reached, or a row ' +
  'not looked up, is "not checked" and the note says which.';

export const AUDIT_K: Audit = {
  date: '2026-12-07',
  name: '2026-12-07h',
  packVersion: '2026.12.07.26',
  seed: 20261216,
  method: ELEVENTH_AUDIT_METHOD,
  remarks: [
    'Figure: 28 of the 32 checked facts are right; 1 stale (timestream-influxdb.model lacked DB clusters; fixed); 3 state part ' +
      'of their value on another page or not at all (pinpoint.lifecycle: the May 2025 closing, removed; redshift.performance: sort keys, ' +
      'page now named; fsx-ontap.tiering: source moved); none wrong; 18 not checked. The goal of at least 49 of 50 is not shown: ' +
      'nine of the not-checked rows are prices or a pricing page (no stored copy has the rate tables; the cards say "unverified list ' +
      'price"), six cite a page no stored copy reached, three were not looked up (two aws.amazon.com posts and a pricing page).',
    'Changed after the draw: network-firewall.engines (cited page not reached) named only the Classic policy order; the value now ' +
      'gives Next Generation policies too, on suricata-best-practices. eventbridge.retry gained a detail on the newer Custom Event ' +
      'Bus defaults. sqs-fifo.high-throughput (cited page not reached) is stated on quotas-messages, whose current copy gives 19,000 TPS ' +
      'in US East (Ohio) and Europe (Frankfurt), not the 2,400 the card gave every Region but three (source and Regions fixed). ' +
      'These and the fixed rows are in the sixteenth pass (server/src/facts/reverification-sixteenth.ts).',
  ],
  rows: [
    { id: 'acm.certificates', verdict: 'right', note: 'acm-limits, General quotas (2023 copy, section general-limits): number of ACM certificates 2,500 (expired and revoked count; private-CA certificates do not)' },
    { id: 'alb.idle-timeout', verdict: 'right', note: 'LoadBalancerAttribute (ELB API reference, current model): idle_timeout.timeout_seconds, valid range 1-4000 seconds, default 60' },
    { id: 'alb.osi-layer', verdict: 'right', note: 'introduction (2023 copy): an Application Load Balancer functions at the application layer, the seventh layer of the OSI model, and evaluates the listener rules in priority order to pick a target group' },
    { id: 'alexa-for-business.lifecycle', verdict: 'right', note: 'the API model the cited boto3 GetRoom page renders (last botocore model before the client was removed in May 2024): Alexa for Business has been retired and is no longer supported; GetRoom deprecated, Alexa For Business is no longer supported' },
    { id: 'amplify.build-minute', verdict: 'unchecked', note: 'aws.amazon.com pricing page: no stored copy with its rate table (the card marks the figure as an unverified list price)' },
    { id: 'aurora.storage-copies', verdict: 'right', note: 'Concepts.AuroraHighAvailability, High availability for Aurora data (current ja_jp copy and 2023 copy): data written to the primary is replicated synchronously across Availability Zones to six storage nodes of the cluster volume (the value and source were fixed by the sixteenth pass before the draw)' },
    { id: 'backup.continuous-retention', verdict: 'right', note: 'point-in-time-recovery-retention-period (current copies): the minimum retention period is 1 day, the maximum 35 days' },
    { id: 'clb.connection-draining', verdict: 'right', note: 'config-conn-drain (2023 copy): the maximum timeout can be set between 1 and 3,600 seconds, the default is 300 seconds' },
    { id: 'cloud9.successor', verdict: 'unchecked', note: 'the cited AWS DevOps blog post was not looked up' },
    { id: 'cloudfront.s3-access', verdict: 'right', note: 'private-content-restricting-access-to-s3 (2023 copy): we recommend OAC because it supports all S3 buckets in all Regions, including opt-in Regions launched after December 2022, SSE-KMS, and dynamic PUT and DELETE requests' },
    { id: 'cloudwatch-alarms.price', verdict: 'unchecked', note: 'aws.amazon.com pricing page: no stored copy with its rate table (unverified list price)' },
    { id: 'cloudwatch-alarms.states', verdict: 'right', note: 'AlarmThatSendsEmail (2023 copy): OK, ALARM and INSUFFICIENT_DATA' },
    { id: 'cloudwatch-logs.retention-values', verdict: 'right', note: 'PutRetentionPolicy retentionInDays (API reference, current model): 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 and 3653' },
    { id: 'codeconnections.name', verdict: 'right', note: 'rename (current copy): on March 29, 2024, AWS CodeStar Connections was renamed to AWS CodeConnections' },
    { id: 'comprehend.pii', verdict: 'right', note: 'how-pii (2023 copy): use PII detection to locate or redact PII entities in English text documents' },
    { id: 'config.item-price', verdict: 'unchecked', note: 'aws.amazon.com pricing page: no stored copy with its rate table (unverified list price)' },
    { id: 'deeplens.lifecycle', verdict: 'unchecked', note: 'no copy of the cited deeplens-end-of-life page was reached (a search returned only other services\' end-of-support notices)' },
    { id: 'dynamodb.gsi', verdict: 'right', note: 'ServiceQuotas, Secondary indexes (2023 copy, section limits-secondary-indexes): a default quota of 20 global secondary indexes per table, raised through Service Quotas' },
    { id: 'dynamodb.table-classes', verdict: 'right', note: 'HowItWorks.TableClasses (2023 copy): DynamoDB Standard (the default) and DynamoDB Standard-Infrequent Access' },
    { id: 'dynamodb.ttl', verdict: 'right', note: 'TTL (2023 copy): shortly after the item\'s timestamp DynamoDB deletes the item without consuming any write throughput' },
    { id: 'ebs-gp2.throughput', verdict: 'right', note: 'ebs-volume-types, SSD table (2023 copy, section vol-type-ssd): gp2 max throughput per volume 250 MiB/s' },
    { id: 'ebs.durability', verdict: 'right', note: 'ebs-volume-types (2023 copy): 99.8%-99.9% (0.1%-0.2% AFR) for gp3, gp2, io1, st1 and sc1; 99.999% (0.001% AFR) for io2 Block Express' },
    { id: 'ec2.hibernate-ram', verdict: 'unchecked', note: 'no current copy of hibernating-prerequisites was reached; the 2023 copy (section instance-ram-size) says "must be less than 150 GB", so the GiB of the value is not confirmed' },
    { id: 'ec2.metadata', verdict: 'right', note: 'instancedata-data-retrieval (2023 copy): http://169.254.169.254/latest/meta-data/, IPv6 http://[fd00:ec2::254]/, IMDSv2 requests carry a session token from PUT /latest/api/token' },
    { id: 'ecr.replication', verdict: 'right', note: 'replication (2023 copy): a private registry is configured for cross-Region or cross-account replication in its registry settings, with replication rules' },
    { id: 'ecr.storage-price', verdict: 'unchecked', note: 'aws.amazon.com pricing page: no stored copy with its rate table (unverified list price)' },
    { id: 'elastic-graphics.lifecycle', verdict: 'right', note: 'ElasticGpuSpecificationResponse (current ko_kr and zh_cn copies): reached end of life on January 8, 2024; for graphics acceleration AWS recommends EC2 G4ad, G4dn or G5 instances (the English copy reached keeps only the end-of-life sentence, and API_ElasticGpus now names G4, G5 or G6)' },
    { id: 'elastic-ip.per-region', verdict: 'right', note: 'amazon-vpc-limits, Elastic IP addresses (2023 copy): 5 per Region, adjustable (L-0263D0A3)' },
    { id: 'eventbridge.retry', verdict: 'right', note: 'eb-rule-retry-policy (current copy): by default EventBridge retries for 24 hours and up to 185 times, then drops the event unless a DLQ is configured (a newer Custom Event Bus defaults to 5 attempts or 300 seconds: now in the detail)' },
    { id: 'firehose.destinations', verdict: 'unchecked', note: 'no current copy of create-destination was reached; the Firehose API (current model) has S3, Redshift, OpenSearch Service and Serverless, Splunk, HTTP endpoint, Snowflake and Iceberg destinations but names no partners' },
    { id: 'fsx-ontap.tiering', verdict: 'unstated', fixed: true, note: 'managing-storage-capacity (2023 copy) covers SSD capacity and IOPS only; how-it-works-fsx-ontap, Data tiering (2023 copy): data moves between the primary (SSD) tier and the capacity pool tier, a lower-cost tier that grows and shrinks with the data tiered to it (source moved there)' },
    { id: 'glue-elastic-views.idea', verdict: 'unchecked', note: 'the cited What\'s New post (2020) was not looked up' },
    { id: 'glue.catalog-free-tier', verdict: 'unchecked', note: 'aws.amazon.com/glue/pricing: not looked up (pricing pages have no stored rate tables)' },
    { id: 'kms.imported-material', verdict: 'right', note: 'RotateKeyOnDemand (API reference, current model): on-demand rotation of a symmetric key with imported material needs new material in PENDING_ROTATION; for multi-Region keys import into the primary and each replica, rotate on the primary; the no-automatic-rotation clause is on EnableKeyRotation, which the detail names' },
    { id: 'lambda-edge.runtimes', verdict: 'right', note: 'edge-functions-restrictions, Supported runtimes (2023 copy): Node.js and Python (the current guide has the section on lambda-at-edge-function-restrictions)' },
    { id: 'lambda.async-payload', verdict: 'right', note: 'Invoke (API reference, current model): for asynchronous invocations the maximum payload size is 1 MB (the page writes MB; the pack writes 1 MiB)' },
    { id: 'mgn.free-period', verdict: 'unchecked', note: 'aws.amazon.com pricing page: not stored with its text (unverified)' },
    { id: 'mysql.read-replicas', verdict: 'right', note: 'CreateDBInstanceReadReplica SourceDBInstanceIdentifier (the API text the cited SDK page renders, current model): up to 15 read replicas, Db2 three, Oracle and SQL Server five' },
    { id: 'network-firewall.engines', verdict: 'unchecked', fixed: true, note: 'no copy of the cited what-is page was reached; suricata-best-practices (current copy): a Classic policy sends traffic through the stateless engine and then to the stateful (Suricata) engine, a Next Generation policy\'s firewall engine forwards accepted traffic to the IPS engine; the value named only the Classic order (value and source updated)' },
    { id: 'opensearch.name', verdict: 'right', note: 'rename (2023 copy): on September 8, 2021, the search and analytics suite was renamed to Amazon OpenSearch Service' },
    { id: 'pinpoint.lifecycle', verdict: 'unstated', partly: true, fixed: true, note: 'the banner on every Pinpoint page (current copies): AWS ends support on October 30, 2026 (console and resources: endpoints, segments, campaigns, journeys, analytics); SMS, voice, push, OTP and phone number validation APIs continue as AWS End User Messaging; no page reached states the May 2025 closing the value gave (removed; source moved to a page with the banner)' },
    { id: 'q-developer.pro-tier', verdict: 'right', note: 'service-rename (current copy): the administrative setup at the professional tier (Amazon Q Developer Pro) is different than it was for CodeWhisperer Professional' },
    { id: 'rds-proxy.access', verdict: 'unchecked', note: 'no copy of the cited rds-proxy.limitations page was reached; the same limitations list in the Aurora guide\'s rds-proxy page (current zh_cn copy) says the proxy must be in the same VPC as the database and can\'t be publicly accessible' },
    { id: 'redshift.performance', verdict: 'unstated', partly: true, fixed: true, note: 'c_challenges_achieving_high_performance_queries (2023 copy): massively parallel processing (distribution keys), columnar storage, data compression, query optimizer, result caching, compiled code; sort keys that skip blocks are on c_best-practices-sort-key (now named in the detail)' },
    { id: 's3-onezone-ia.price', verdict: 'unchecked', note: 'the stored S3 pricing page renders without its rate table (unverified list price)' },
    { id: 's3.transfer-acceleration-price', verdict: 'unchecked', note: 'the stored S3 pricing page renders without its rate table (unverified list price)' },
    { id: 'secrets-manager.secret-price', verdict: 'unchecked', note: 'aws.amazon.com pricing page: no stored copy with its rate table (unverified list price)' },
    { id: 'sqs-fifo.high-throughput', verdict: 'unchecked', fixed: true, note: 'no copy of the cited quotas-fifo page was reached; read after the draw: quotas-messages, High throughput for FIFO queues (a current English copy): up to 70,000 TPS in US East (N. Virginia), US West (Oregon) and Europe (Ireland), up to 19,000 in US East (Ohio) and Europe (Frankfurt), then lower figures; the card\'s "2,400 TPS in the other Regions" was wrong for Ohio and Frankfurt (source moved there, Regions fixed)' },
    { id: 'storage-gateway.stored-volume', verdict: 'unchecked', note: 'no copy of the cited resource-vol-limits page was reached' },
    { id: 'timestream-influxdb.model', verdict: 'stale', fixed: true, note: 'the cited timestream-for-influxdb page was not reached; timestream-for-influx-managing-multi-az-instance-deployments (current copy): Multi-AZ DB instance deployments have one standby that serves no reads; the Timestream for InfluxDB API (current model) also creates DB clusters with read replicas (CreateDbCluster, MULTI_NODE_READ_REPLICAS), which the value lacked (value and source updated)' },
  ],
};

/**
 * The twelfth random audit (issue 13, facts helper session 17): seed 20261217 over every fact of pack 2026.12.07.30
 * (main 4a7542c), drawn before any change of this session.
 */
const TWELFTH_AUDIT_METHOD =
  'mulberry32(seed) draws 50 distinct indexes into all 975 facts of pack 2026.12.07.30 sorted by id ' +
  '(`npx tsx scripts/facts-audit-pick.ts 20261217 50`, over the whole pack). Each fact is read, without the pack\'s notes, in the ' +
  'stored copies of its cited page: current copies the `search` docs and pages corpora return (translated copies of the same page ' +
  'count), the awsdocs GitHub copies (archived in 2023 or 2024, read whole with git) and, for API reference pages, the botocore ' +
  'service models (August 2026) they are generated from. "right" needs the cited page to state the value; a page no copy reached is ' +
  '"not checked" even where another AWS page states the value, and the note says which.';

export const AUDIT_L: Audit = {
  date: '2026-12-08',
  name: '2026-12-08',
  packVersion: '2026.12.07.30',
  seed: 20261217,
  method: TWELFTH_AUDIT_METHOD,
  remarks: [
    'Figure: 33 of the 36 checked facts are right; 1 wrong (cloudwatch-logs.subscription-filters gave 5 per log group where the ' +
      'quotas page and the API say 2; fixed); 2 state part of their value on another page (documentdb.backup-retention: the default, ' +
      'source moved to CreateDBCluster; cloudformation.composer: the former name and the October 2024 date, not fixed: the What\'s New ' +
      'post is not stored); 14 not checked. The goal of at least 49 of 50 is not shown: six of the not-checked rows are prices ' +
      '(no stored copy of a pricing page has its rate table; the cards say "unverified list price") and eight cite a page no copy ' +
      'reached, although for four of them another AWS page (the API reference or a sibling guide page) states the value.',
    'Same pattern, looked for after the draw: the wrong row was stamped re-verified by the third pass on a general-reference quota ' +
      'page (docs.aws.amazon.com/general/latest/gr/...) whose stored copies stop before the quota table, with a detail saying older ' +
      'pages give the lower figure. 25 other facts cite such pages. opensearch.domains gave 500 where the OpenSearch quotas page ' +
      '(2024 copy) and the Service Quotas user guide (current) give 100 (fixed). Ten agree with their service guide\'s quota page ' +
      '(current or 2023 copy): global-accelerator.accelerators, config.rules, iam.roles, iam.groups-per-user, ' +
      'direct-connect.private-vifs, direct-connect.gateways, ec2-auto-scaling.groups, acm.domains-per-cert, vpc-peering.per-vpc, ' +
      'vpc.ipv4-cidrs-per-vpc; the other 14 were not read. Of the nine details saying "older pages give", backup.vaults (300) and ' +
      'organizations.scp-size (10,240) were read on current copies and are right.',
    'Changed after the draw: snow-family.job-lifetime and snowball-edge.job-lifetime (right on the value) said AWS Support can allow ' +
      'a device past 360 days; the current quotas page says to update the device\'s SSL certificate (detail fixed, both re-verified).',
  ],
  rows: [
    { id: 'alb.hourly-price', verdict: 'unchecked', note: 'aws.amazon.com/elasticloadbalancing/pricing: no stored copy with its rate table (the card marks the figure as an unverified list price)' },
    { id: 'alb.targets', verdict: 'right', note: 'load-balancer-limits, Load balancers (current copy): Targets per Application Load Balancer 1,000, adjustable' },
    { id: 'clb.status', verdict: 'right', note: 'introduction (current copy): Classic Load Balancers are the previous generation; AWS recommends migrating to a current generation load balancer (the linked migration page: to an Application or Network Load Balancer)' },
    { id: 'cloudformation.composer', verdict: 'unstated', partly: true, note: 'what-is-composer (current copies) names AWS Infrastructure Composer but not the former name or the date; the CloudFormation guide says "formerly known as Application Composer" without a date; the What\'s New post of 2024/10 is not stored' },
    { id: 'cloudformation.price', verdict: 'right', note: 'aws.amazon.com/cloudformation/pricing (stored copy): no additional charge for resource providers in the AWS::*, Alexa::* and Custom::* namespaces; registry extensions are charged per handler operation' },
    { id: 'cloudtrail-lake.retention', verdict: 'right', note: 'CreateEventDataStore RetentionPeriod (current model, which the cited Kotlin SDK page renders): up to 3,653 days with EXTENDABLE_RETENTION_PRICING, up to 2,557 days with FIXED_RETENTION_PRICING' },
    { id: 'cloudwatch-logs.retention-values', verdict: 'right', note: 'PutRetentionPolicy retentionInDays (current model): the 22 values from 1 to 3653' },
    { id: 'cloudwatch-logs.subscription-filters', verdict: 'wrong', fixed: true, note: 'the cited general-reference cwl_region copies stop before the quotas; CloudWatch Logs quotas (cloudwatch_limits_cwl, a copy with 2025 rows): Subscription filters per log group 2, not adjustable; PutSubscriptionFilter (current model): each log group can have up to two subscription filters. The pack said 5 (value and source fixed)' },
    { id: 'codeconnections.prefix', verdict: 'right', note: 'rename (current copy): connections APIs use the prefix codeconnections; actions and resources for codestar-connections remain available; in an IAM policy the prefix must match the resource\'s' },
    { id: 'config.triggers', verdict: 'right', note: 'evaluate-config-rules (2023 copy): configuration changes, periodic (a frequency you choose, for example every 24 hours), or both' },
    { id: 'data-pipeline.lifecycle', verdict: 'right', note: 'the banner on every Data Pipeline guide page (current copies): no longer available to new customers; existing customers can continue to use the service as normal' },
    { id: 'data-transfer.free-tier', verdict: 'unchecked', note: 'aws.amazon.com/free: not reached in a stored copy' },
    { id: 'data-transfer.inbound', verdict: 'unchecked', note: 'aws.amazon.com/ec2/pricing/on-demand: no stored copy with its data transfer table (unverified list price)' },
    { id: 'datasync.locations', verdict: 'right', note: 'what-is-datasync (2023 copy): NFS, SMB, HDFS, object storage, S3, EFS and the four FSx file systems; other clouds as the first audit read on the current copy' },
    { id: 'datasync.price', verdict: 'unchecked', note: 'aws.amazon.com/datasync/pricing: no stored copy with its rate table (unverified list price)' },
    { id: 'datasync.throughput', verdict: 'right', note: 'datasync-limits, Task quotas (2023 copy, section task-hard-limits): maximum throughput per task 10 Gbps, cannot be increased (Enhanced mode tasks are newer than the copy)' },
    { id: 'dax.port-tls', verdict: 'right', note: 'Endpoint (DAX API, current model): the default ports are 8111 for the dax protocol and 9111 for daxs' },
    { id: 'direct-connect.private-vif-mtu', verdict: 'right', note: 'CreatePrivateVirtualInterface, NewPrivateVirtualInterface mtu (current model): supported values 1500 and 8500, default 1500' },
    { id: 'dms.multi-az', verdict: 'right', note: 'CHAP_ReplicationInstance (2023 copy): a Multi-AZ deployment provisions and maintains a synchronous standby replica in a different AZ' },
    { id: 'documentdb.backup-retention', verdict: 'unstated', partly: true, fixed: true, note: 'backup_restore-nouns_verbs (current copy): a period between 1 and 35 days, no default; CreateDBCluster BackupRetentionPeriod (DocumentDB API, current model): Default 1, a value from 1 to 35 (source moved there, re-verified)' },
    { id: 'dynamodb-global-tables.writes', verdict: 'right', note: 'GlobalTables (2023 copy): a fully managed, multi-Region and multi-active option with local read and write performance' },
    { id: 'ec2.public-ipv4', verdict: 'unchecked', note: 'aws.amazon.com/vpc/pricing: not reached in a stored copy; only third-party pages quote the figure (unverified list price)' },
    { id: 'ecr.public', verdict: 'unchecked', note: 'no copy of the cited public what-is-ecr page reached this time; docker-pull-ecr-image (current copy): every public repository is available on the Amazon ECR Public Gallery at https://gallery.ecr.aws' },
    { id: 'fargate.ephemeral-storage', verdict: 'right', note: 'fargate-task-storage, section fargate-task-storage-pv14 (2023 copy): a minimum of 20 GiB by default, up to 200 GiB with ephemeralStorage' },
    { id: 'fargate.spot', verdict: 'right', note: 'fargate-capacity-providers (2023 copy): interruption-tolerant tasks at a discount to the Fargate price on spare capacity; a two-minute warning as an EventBridge task state change event and a SIGTERM' },
    { id: 'fraud-detector.lifecycle', verdict: 'right', note: 'the banner on the Fraud Detector guide pages (current copies, the cited event-storage page among them): no longer open to new customers starting November 7, 2025' },
    { id: 'fsx-windows.default-port', verdict: 'unchecked', note: 'limit-access-security-groups (2023 copy) renders its port table as an image and a link; no current copy reached' },
    { id: 'global-accelerator.caching', verdict: 'unchecked', note: 'no copy of what-is-global-accelerator reached; the Global Accelerator FAQ, as third-party pages quote it, gives the TCP/UDP and gaming/IoT/VoIP use cases and CloudFront for cacheable content' },
    { id: 'global-accelerator.static-ips', verdict: 'right', note: 'introduction-components (current copy): for IPv4, Global Accelerator provides two static IPv4 addresses (four for dual-stack)' },
    { id: 'glue.catalog-free-tier', verdict: 'right', note: 'aws.amazon.com/glue/pricing (stored Japanese copy of the page): the first million objects stored and the first million accesses are free' },
    { id: 'kinesis-data-analytics-sql.outputs', verdict: 'right', note: 'Output (Managed Service for Apache Flink API v2, current model): KinesisStreamsOutput, KinesisFirehoseOutput, LambdaOutput' },
    { id: 'kms.deletion-window', verdict: 'right', note: 'ScheduleKeyDeletion PendingWindowInDays (current model): between 7 and 30 inclusive, default 30' },
    { id: 'lake-formation.price', verdict: 'right', note: 'aws.amazon.com/lake-formation/pricing (stored copy): no additional charge for Lake Formation features; standard rates of Glue, S3 and the other services used apply' },
    { id: 'lambda.container-image', verdict: 'right', note: 'gettingstarted-limits (2023 copy): container image code package size 10 GB (the page writes GB, the pack GiB)' },
    { id: 'macie.findings-retention', verdict: 'right', note: 'findings-suppression (current copies): suppressed findings persist until they expire (Macie stores findings for 90 days)' },
    { id: 'msk.default-port', verdict: 'right', note: 'port-info (2023 copy): to communicate with brokers in plaintext, use port 9092' },
    { id: 'nlb.stickiness', verdict: 'unchecked', note: 'no copy of the cited network load-balancer-target-groups page reached; TargetGroupAttribute (ELB API, current model): stickiness.type source_ip for Network Load Balancers; the NLB product page: sticky sessions (source IP affinity)' },
    { id: 'opensearch.serverless', verdict: 'right', note: 'serverless-overview (awsdocs copy of November 2024): no clusters to provision or tune; collections; capacity measured in OpenSearch Compute Units (OCUs)' },
    { id: 'placement-group.partitions-per-az', verdict: 'right', note: 'placement-groups, partition section (2023 copy; the current guide has it on placement-strategies): a maximum of seven partitions per Availability Zone' },
    { id: 'polly.lexicons', verdict: 'right', note: 'managing-lexicons (2023 copy): pronunciation lexicons stored per Region and used when synthesizing; they must conform to the W3C PLS' },
    { id: 'q-developer-chat.api', verdict: 'right', note: 'slr-permissions (current copy): the service-linked role AWSServiceRoleForAWSChatbot trusts management.chatbot.amazonaws.com' },
    { id: 'qldb.journal', verdict: 'unchecked', note: 'no copy of the cited what-is page reached; journal-contents and verification (current copies): the journal is append-only, made of hash-chained blocks, and a SHA-256 digest verifies document revisions' },
    { id: 'route53.health-check-interval', verdict: 'right', note: 'health-checks-creating-values, Request interval (2023 copy): 30 seconds or Fast (10 seconds), which costs extra' },
    { id: 'route53.hosted-zones', verdict: 'right', note: 'DNSLimitations, Quotas on hosted zones (2023 copy): 500 per AWS account, higher on request' },
    { id: 'route53.records', verdict: 'right', note: 'DNSLimitations, Quotas on records (2023 copy): 10,000 per hosted zone, higher on request (charged)' },
    { id: 'secrets-manager.secret-price', verdict: 'unchecked', note: 'aws.amazon.com/secrets-manager/pricing: not reached in a stored copy; only third-party pages quote $0.40 (unverified list price)' },
    { id: 'snow-family.job-lifetime', verdict: 'right', note: 'limits (current copy, one page now: AWS Snowball Edge quotas): jobs must be completed within 360 days of being prepared (the detail\'s "AWS Support" for longer is the 2023 wording; now: update the SSL certificate; fixed)' },
    { id: 'ssm-parameter-store.throughput', verdict: 'unchecked', note: 'the general-reference ssm copies were not reached; parameter-store-throughput (2023 copy) describes the opt-in, charged higher throughput but gives no figure; only third-party pages give 10,000 TPS' },
    { id: 'timestream-influxdb.apis', verdict: 'unchecked', note: 'no copy of timestream-for-influx-db-connecting reached' },
    { id: 'vpc.ipv4-cidrs-per-vpc', verdict: 'unchecked', note: 'the cited general-reference vpc-service copies were not reached; amazon-vpc-limits (2023 copy) states IPv4 CIDR blocks per VPC 5, adjustable up to 50' },
  ],
};

export const AUDITS: readonly Audit[] = [AUDIT_L, AUDIT_K, AUDIT_J, AUDIT_I, AUDIT_H, AUDIT_G, AUDIT_F, AUDIT_E, AUDIT_D, AUDIT_C, AUDIT_B, AUDIT];

const NOT_FOUND = 'no stored AWS page states it (tried the service quotas page, the API or CloudFormation reference and other phrasings)';

/**
 * Quota, limit and range facts the re-verification passes could not re-verify, and why (issue 13). They keep
 * their older checked date, so only warning-level checks use them; test/unit/facts-audit.test.ts holds that
 * every such fact is listed here.
 */
export const NOT_REVERIFIED: Readonly<Record<string, string>> = {
  'sqs.max-receive-count': 'the 2023 awsdocs copy of sqs-configure-dead-letter-queue states 1 to 1,000 (now the source; checked date moved); no current copy of the page was found',
  'sqs-fifo.high-throughput':
    'quotas-messages (current copy, sixteenth pass) gives up to 70,000 TPS in three Regions and 19,000 in two, but the copy reached stops before the other Regions\' figures; the FIFO quotas page was not found',
  'cloudfront.default-ttl': 'now a default (86,400 s), not a range: the 2023 awsdocs copy of distribution-web-values-specify states it and sets no maximum (checked date moved); no current copy was found',
  'cloudfront-functions.per-account': 'the 2023 awsdocs copy of cloudfront-limits gives 100 in the Default quota column (checked date moved); its row has no increase link and no Service Quotas code, so hard or adjustable is not stated',
  'cloudfront-functions.execution': 'qualitative (submillisecond): the 2023 awsdocs copy of the edge-functions comparison table states it (checked date moved); no current copy was found',
  'elasticache.backup-retention': 'the 2023 awsdocs copy of backups-automatic states 35 days maximum, 0 disables (checked date moved); no current copy was found',
  'vpc-ipv6.subnet-prefix': 'the Compare IPv4 and IPv6 page (ipv4-ipv6-comparison, current copy) states /44 to /64 in increments of /4; the cited create-subnets page, which the IPv6 hover links by name, was not found in a stored copy',
  'vpc-ipv6.amazon-provided-prefix': 'the CreateVpc reference (AmazonProvidedIpv6CidrBlock) states the /56; the cited create-vpc page, which the IPv6 hover links by name, was not found in a stored copy',
  'vpc-ipv6.vpc-prefix': 'the Compare IPv4 and IPv6 page (current copy) states up to 5 CIDRs from /44 to /60 in increments of /4; the cited create-vpc page, which the IPv6 hover links by name, was not found in a stored copy',
  's3-object-lambda.timeout':
    'S3 Object Lambda is closed to new customers; the 2023 awsdocs copy of olap-writing-lambda states 60 seconds (the source); olap-best-practices (current copy, eleventh pass) states it too, but no current copy of the cited page was found',
  's3-glacier-vaults.archive-size': 'the 2023 awsdocs copy of uploading-an-archive states about 40,000 GB (10,000 * 4 GB); the value was corrected from 40 TiB (checked date moved); no current copy was found',
  'datasync.throughput':
    'only the 2023 awsdocs copy of datasync-limits (Task quotas) was read: maximum throughput per task 10 Gbps, cannot be increased; no current copy was reached (Enhanced mode tasks are newer)',
  'storage-gateway.cached-volume': 'the 2023 awsdocs copy of the Storage Gateway quotas states 32 TiB (checked date moved); no current copy of the volume gateway page was found',
  'storage-gateway.stored-volume': 'the 2023 awsdocs copy of the Storage Gateway quotas states 16 TiB (checked date moved); no current copy of the volume gateway page was found',
  'storage-gateway.volumes': 'the 2023 awsdocs copy of the Storage Gateway quotas states 32 per gateway (checked date moved); no current copy of the volume gateway page was found',
  'ssm-parameter-store.count': 'the 2023 awsdocs copy of parameter-store-advanced-parameters states 10,000 standard and 100,000 advanced (checked date moved); no current copy was found',
  'transcribe.batch-limits':
    'only the 2023 awsdocs copy of limits-guidelines (Quotas) was read: audio file length 4 hours, audio file size 2 GB, cannot be changed; no current copy was reached',
};
