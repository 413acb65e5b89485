/**
 * The tenth re-verification pass (issue 13, facts helper session 11): facts still dated 2026-11-27 read on
 * the awsdocs GitHub copies of their cited pages (archived in 2023, read whole with git), facts the eighth
 * random audit read on current copies, and former values dated by the cited page's own copies in AWS's
 * documentation source. Values live in services/*.ts.
 *
 * TENTH_CHECKED maps each behaviour, durability or lifecycle fact read to what the page says; its checked date
 * moves to TENTH_ON. A "2023 copy" note means the frozen awsdocs copy states the value: the date moves, the
 * fact is not stamped `reverified` (that stamp means the current page). TENTH_RECONFIRMED holds facts an
 * earlier pass re-verified that this pass read again on a current copy (the earlier entry stands, the date
 * moves). TENTH_HISTORY adds former values, each dated by the copies of the page that states the value.
 */

import type { HistoryEntry } from './reverification-ninth';

export const TENTH_ON = '2026-12-07';

export const TENTH_CHECKED: Readonly<Record<string, string>> = {
  // Read on the 2023 awsdocs copy of the cited page.
  'cloudwatch-agent.platforms':
    '2023 copy of Install-CloudWatch-Agent: EC2 instances and on-premises servers; Linux, Windows Server and macOS (EC2 Mac instances, macOS 11-13) among the supported systems',
  'cloudwatch-agent.config':
    '2023 copy of install-CloudWatch-Agent-on-EC2-Instance-fleet: an agent configuration saved in Systems Manager Parameter Store is used when installing the agent on other servers',
  'elasticache-memcached.ha':
    '2023 copy of SelectEngine: Memcached has no replication (high availability), no automatic failover and no backup and restore for node-based clusters',
  'elasticache-memcached.threads': '2023 copy of SelectEngine: Memcached is multi-threaded (Redis OSS is not); choose it to run large nodes with multiple cores or threads',
  'elasticache.invalidation':
    '2023 copy of Strategies: the caching strategies are lazy loading, write-through and adding a TTL, each implemented by the application',
  'nat-gateway.idle-timeout':
    'fixed source, 2023 copy of nat-gateway-troubleshooting (Internet connection drops after 350 seconds): a connection idle for 350 seconds or more times out and the NAT gateway returns an RST; the cited nat-gateway-basics does not state it (the ninth pass listed it as unconfirmed for that reason)',
  's3.durability': '2023 copy of DataDurability: designed to provide 99.999999999% durability and 99.99% availability of objects over a given year',
  'mq.engines': '2023 copy of welcome: Amazon MQ supports the Apache ActiveMQ and RabbitMQ engine types',
  'api-gateway.certificate-region':
    '2023 copy of how-to-custom-domains-prerequisites: for an edge-optimized custom domain name the ACM certificate must be in us-east-1; for a Regional one, in the API\'s Region',
  'datasync.schedule':
    '2023 copy of task-scheduling: tasks run on a schedule, also a cron expression in UTC, no more often than once an hour',
  'firehose.format-conversion':
    '2023 copy of record-format-conversion: converts input from JSON to Apache Parquet or Apache ORC before storing in S3, with a schema from the AWS Glue Data Catalog',
  'fsx-lustre.s3':
    '2023 copy of create-dra-linked-data-repo: a data repository association loads file metadata from the linked S3 repository and can import and export automatically in either direction',
  'fsx-lustre.default-port':
    '2023 copy of limit-access-security-groups (Lustre): custom TCP rules on port 988 allow Lustre traffic between clients and between file systems',
  'fsx-ontap.deployment': '2023 copy of high-availability-AZ: FSx for ONTAP has two deployment types, Single-AZ and Multi-AZ',
  'fsx-windows.deployment':
    '2023 copy of high-availability-multiAZ: FSx for Windows File Server offers two deployment types, Single-AZ and Multi-AZ (a preferred and a standby file server in two AZs)',
  'iot-core.shadow': '2023 copy of iot-device-shadows: shadows store the device\'s state in JSON shadow documents with desired and reported state',
  'iot-core.rules':
    '2023 copy of iot-rules: rules act on messages with SQL statements and, among other actions, write to DynamoDB, invoke Lambda, and send to S3, Kinesis, SNS and SQS',
  'msk.serverless':
    '2023 copy of serverless: MSK Serverless provisions and scales capacity automatically and requires IAM access control for all clusters',
  'personalize.recipes':
    '2023 copy of working-with-predefined-recipes: recipe types USER_PERSONALIZATION, POPULAR_ITEMS (Trending-Now, Popularity-Count), PERSONALIZED_RANKING, RELATED_ITEMS and USER_SEGMENTATION',
  'site-to-site-vpn.tunnels': '2023 copy of VPNTunnels: each Site-to-Site VPN connection has two tunnels, each with a unique public IP address',
  'storage-gateway.types':
    '2023 copy of WhatIsStorageGateway: file gateways (S3 File, FSx File), volume gateways (cached and stored, iSCSI) and tape gateways (virtual tape library)',
  'redshift.spectrum':
    '2023 copy of c-using-spectrum: Redshift Spectrum queries structured and semistructured data in files in S3 without loading it into Redshift tables, through external tables',
  'redshift.architecture':
    '2023 copy of c_high_level_system_architecture: a leader node parses queries and develops execution plans and coordinates the compute nodes, which run the compiled code in parallel',
  'translate.terminology':
    '2023 copy of how-custom-terminology: custom terminology makes brand names, character names, model names and other unique content translate exactly the way you need',
  'comprehend.insights':
    '2023 copy of what-is: entities, key phrases, PII, dominant language, sentiment, targeted sentiment, syntax, and document clustering (topic modeling)',
  // Read on current copies during the eighth random audit (docs/facts-audits.md, 2026-12-07e).
  'panorama.lifecycle': 'Welcome of the Panorama API reference (current): end of support notice, on May 31, 2026 AWS will end support for AWS Panorama',
  'simspace-weaver.lifecycle':
    'the end-of-support banner on every page of the SimSpace Weaver guide (current), which links the cited page: on May 20, 2026 AWS will end support',
  'lookout-for-metrics.lifecycle':
    'aws-cdk-lib.aws_lookoutmetrics-readme (current): end of support notice, on Oct 9, 2025 AWS will end support for Amazon Lookout for Metrics',
  'dax.default-port':
    'API_dax_Endpoint (current): the default ports are 8111 for the "dax" protocol and 9111 for the "daxs" protocol (the detail gives 9111)',
  'dax.port-tls': 'new: API_dax_Endpoint (current): 9111 is the default port for the "daxs" (TLS) protocol',
  'db2.default-port':
    'new: the CreateDBInstance Port parameter as the SDK for Kotlin reference renders it (current): Default, RDS for Db2 - 50000 (with MariaDB and MySQL 3306, SQL Server 1433, Oracle 1521, PostgreSQL 5432)',
  'neptune.default-port':
    'fixed source: CreateDbClusterRequest.port in the SDK for Kotlin reference (current): the port on which the instances in the DB cluster accept connections, Default: 8182; the cited feature-overview-endpoints was not reached',
  'timestream-influxdb.default-port':
    'fixed source: CreateDbInstanceResponse.port in the SDK for Kotlin reference (current): the port number on which InfluxDB accepts connections, the default value is 8086; the cited connecting page was not reached',
  'ec2-instance-connect.key-lifetime':
    'fixed source: Ec2InstanceConnectClient in the SDK for Kotlin reference (current): SendSSHPublicKey pushes an SSH public key for the specified user, the key remains for 60 seconds; the cited connect-linux-inst-eic was not reached',
  'efs.storage-classes':
    'fixed: availability-durability, EFS storage classes (current): EFS Standard, EFS Infrequent Access (IA) and EFS Archive; the cited storage-classes page (2023 copy) predates EFS Archive, so the source moved',
};

/**
 * Facts this pass read and could not confirm on a stored copy of the page they cite: their checked date stays,
 * and docs/facts-audits.md lists each with the reason.
 */
export const TENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'documentdb.default-port':
    'the current endpoints-connecting page uses port 27017 in every connection example, but no stored copy of a DocumentDB page says 27017 is the default (the CreateDBCluster Port copies stop before it)',
  'ebs-gp3.iops':
    'the stored copies of the cited CloudFormation Ebs page stop before the Iops values or predate September 2025 (3,000-16,000); its 80,000 stays as an earlier pass read it',
  'rds.engines': 'the 2023 copy of the RDS Welcome page predates RDS for Db2 (it names MariaDB, SQL Server, MySQL, Oracle, PostgreSQL); no current copy was reached',
  'aurora-serverless.v1': 'the 2023 copy of aurora-serverless predates the end of support; no current copy was reached',
  'sqs.encryption': 'the 2023 copy of sqs-server-side-encryption names SSE-SQS and SSE-KMS and HTTPS for encrypted queues, but not that SSE-SQS is on by default for new queues',
  'waf.resources': 'the 2023 copy of how-aws-waf-works-resources names CloudFront, ALB, API Gateway REST APIs, AppSync, Cognito user pools and App Runner, not Verified Access',
  'cost-anomaly-detection.frequency':
    'the cited getting-started-ad has no stored copy; the AnomalySubscription API reference (current) sends DAILY and WEEKLY notifications by email and IMMEDIATE ones by SNS only, while the card says individual alerts go by SNS or email',
};

export const TENTH_RECONFIRMED: Readonly<Record<string, string>> = {
  'aurora.backup-retention':
    'fixed source: Aurora.Managing.Backups (current): a backup retention period from 1-35 days when you create, modify or restore a DB cluster; the default is one day; automated backups cannot be disabled. The earlier source, disaster-recovery-resiliency, does not state 1-35 in its 2023 copy',
  'aurora-mysql.backup-retention': 'as aurora.backup-retention (Aurora.Managing.Backups, current)',
  'aurora-postgresql.backup-retention': 'as aurora.backup-retention (Aurora.Managing.Backups, current)',
  'sqs.delay': 'quotas-messages (current), Message timer: the default (minimum) delay for a message is 0 seconds, the maximum is 15 minutes',
  'postgresql.read-replicas':
    'sourceDbInstanceIdentifier (current Kotlin SDK copy of the API reference): up to 15 read replicas per DB instance, except Db2 (3), Oracle (5) and SQL Server (5)',
};

const KDS_RETENTION = 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html';
const VPC_QUOTAS_PAGE = 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups';

/**
 * Former values dated by the cited page's own copies in AWS's documentation source (the awsdocs GitHub
 * repositories): the last copy with the old figure and the first with the new one bracket the change, and
 * `until` is the month of the first new copy. Looked for and not added, with the reason:
 * - DynamoDB global secondary indexes (5, now 20) and S3 general purpose buckets (100, now 10,000): no dated
 *   announcement was reached in this pass; former-ceilings.ts later dates both by their What's New posts.
 * - ECS tasks per service: the copies go 1,000, 2,000, 1,000, 5,000 between 2018 and 2022 (notes on service
 *   discovery mixed in), too unsteady to date one former maximum.
 * - Lambda /tmp (512 MB): still the default, so a former maximum would flag right statements of the default.
 */
export const TENTH_HISTORY: Readonly<Record<string, HistoryEntry>> = {
  'kinesis-data-streams.retention': {
    history: [{ value: '168 hours', until: '2020-11', source: KDS_RETENTION }],
    note:
      'kinesis-extended-retention in AWS\'s documentation source: "up to 168 hours" in every copy from December 2017 to 29 August 2019, ' +
      '"up to 8760 hours (365 days)" from the copy of 4 November 2020 on',
  },
  'security-group.rules': {
    history: [{ value: '50 rules', until: '2018-09', source: VPC_QUOTAS_PAGE }],
    note:
      'the VPC quotas page in AWS\'s documentation source: VPC_Appendix_Limits gave 50 inbound or outbound rules per security group ' +
      '(copies to 22 August 2018); amazon-vpc-limits, which replaced it on 4 September 2018, gives 60 from its first copy on',
  },
};
