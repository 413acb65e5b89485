/**
 * The eleventh re-verification pass (issue 13, facts helper session 13): the limit, retention, default and port
 * facts still dated 2026-11-27, then lifecycle facts, read on the current copies the `search` docs corpus returns
 * (and, for the ninth random audit's rows, on the awsdocs GitHub copies archived in 2023). Values live in
 * services/*.ts.
 *
 * ELEVENTH_REVERIFIED holds limit and retention facts re-verified on a current copy of the page that states them
 * (same form as reverification.ts; the catalog stamps them `reverified`). ELEVENTH_CHECKED maps each port,
 * default, lifecycle or behaviour fact read to what the page says; its checked date moves to ELEVENTH_ON, and
 * "fixed:" marks a changed value, flag or source (the change itself is in services/*.ts). A "2023 copy" note means
 * only the frozen awsdocs copy states it. ELEVENTH_UNCONFIRMED lists facts read and not confirmed; their dates stay.
 */

import type { Reverification } from './reverification';

export const ELEVENTH_ON = '2026-12-07';

const KEYSPACES_PITR = 'https://docs.aws.amazon.com/keyspaces/latest/devguide/PointInTimeRecovery_HowItWorks.html';
const TIMESTREAM_RETENTION = 'https://docs.aws.amazon.com/timestream/latest/developerguide/API_RetentionProperties.html';
const BACKUP_LIFECYCLE = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_Lifecycle.html';
const CT_LAKE_RETENTION =
  'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/cloudtrail/aws.sdk.kotlin.services.cloudtrail.model/-create-event-data-store-request/-builder/retention-period.html';

export const ELEVENTH_REVERIFIED: Readonly<Record<string, Reverification>> = {
  'keyspaces.pitr': {
    source: KEYSPACES_PITR,
    sourceSection: 'Time window for PITR continuous backups: the earliest restorable backup goes back up to 35 days; the maximum backup window of 35 days can\'t be modified',
    quota: { adjustable: false },
    names: { words: ['point-in-time recovery', 'PITR'], units: ['days'] },
  },
  'timestream.memory-store': {
    source: TIMESTREAM_RETENTION,
    sourceSection: 'MemoryStoreRetentionPeriodInHours: Valid Range, minimum value of 1, maximum value of 8766 (hours)',
    quota: { adjustable: false },
    names: { words: ['memory store retention', 'memory store'], iac: ['MemoryStoreRetentionPeriodInHours'], units: ['hours', 'days', 'months'] },
  },
  'timestream.magnetic-store': {
    source: TIMESTREAM_RETENTION,
    sourceSection: 'MagneticStoreRetentionPeriodInDays: Valid Range, minimum value of 1, maximum value of 73000 (days)',
    quota: { adjustable: false },
    names: { words: ['magnetic store retention', 'magnetic store'], iac: ['MagneticStoreRetentionPeriodInDays'], units: ['days', 'years'] },
  },
  'backup.cold-storage-minimum': {
    source: BACKUP_LIFECYCLE,
    sourceSection: 'Backups transitioned to cold storage must be stored in cold storage for a minimum of 90 days (DeleteAfterDays at least 90 days after MoveToColdStorageAfterDays)',
    quota: { adjustable: false },
    names: { words: ['cold storage', 'transition to cold'], iac: ['MoveToColdStorageAfterDays', 'DeleteAfterDays'], units: ['days'] },
  },
  // Was cloudtrail.lake-retention: CloudTrail Lake has its own card since the twelfth pass.
  'cloudtrail-lake.retention': {
    source: CT_LAKE_RETENTION,
    sourceSection: 'retentionPeriod: up to 3653 days with BillingMode EXTENDABLE_RETENTION_PRICING, up to 2557 days with FIXED_RETENTION_PRICING',
    quota: { adjustable: false },
    detail:
      'The minimum retention is 7 days. CloudTrail Lake is no longer open to new customers since 31 May 2026; existing customers continue (CloudTrail Lake availability change).',
    names: { words: ['event data store retention', 'CloudTrail Lake retention'], iac: ['RetentionPeriod', 'retention_period'], cli: ['--retention-period'], units: ['days', 'years'] },
  },
};

export const ELEVENTH_CHECKED: Readonly<Record<string, string>> = {
  // Ports and defaults, current copies.
  'ec2-instance-connect.default-port':
    'fixed source: eice-security-groups (current), Target instance security group rules: inbound TCP 22 from the EC2 Instance Connect Endpoint security group; the cited connect-linux-inst-eic was not reached',
  'route53.default-port':
    'resolver-forwarding-inbound-queries-values (current), Security group for this endpoint: inbound rules must allow TCP and UDP access on port 53; port 443 as well for DoH',
  'site-to-site-vpn.default-port':
    'fixed source: FirewallRules (current): rules I1, I2, O1 and O2 (UDP 500) carry the IKE packets, I3, I4, O3 and O4 IP protocol 50 (ESP); UDP 4500 when NAT traversal is used. VPNTunnels gives no port',
  'eventbridge.retry':
    'eb-rule-retry-policy (current): by default EventBridge retries sending the event for 24 hours and up to 185 times with exponential back off and jitter; after the last attempt the event is dropped unless a DLQ is set',
  'ses.sandbox':
    'request-production-access (current): in the sandbox, mail only to verified addresses and domains or the mailbox simulator, at most 200 messages per 24-hour period and 1 message per second; sandbox status is per Region',
  'global-accelerator.static-ips':
    'fixed source: introduction-components (current), Static IP addresses: for IPv4 Global Accelerator provides two static IPv4 addresses; for dual-stack four (two IPv4, two IPv6)',
  // Lifecycle, current copies (banners shown on every page of the guide).
  'timestream.lifecycle':
    'the Timestream developer guide index (llms.txt, current): new customer access to Amazon Timestream for LiveAnalytics closed effective 6/20/25, with the AmazonTimestreamForLiveAnalytics-availability-change page',
  's3-glacier-vaults.lifecycle':
    'the banner on the Amazon Glacier developer guide pages (current): the original vault-based service will no longer accept new customers starting December 15, 2025 (later copies: is no longer accepting new customers); existing data stays accessible',
  's3-object-lambda.lifecycle':
    'the banner on S3 Object Lambda pages (current): no longer open to new customers starting on 11/7/2025; as of November 7th, 2025 available only to existing customers and select APN partners',
  'q-business.lifecycle':
    'fixed: the banner on the Amazon Q Business pages (current): will no longer be open to new customers starting on July 31, 2026; later copies: is no longer open to new customers, explore Amazon Quick. The date was added to the value and the card',
  // Ranges read on a current copy that states only part of the value (no re-verified stamp).
  'documentdb.backup-retention':
    'fixed source: backup_restore-nouns_verbs (current): backup retention period, a period of time between 1 and 35 days; the default of 1 day is not on it (only third-party copies of the Security Hub DocumentDB.2 control give it)',
  // Read by the ninth random audit (docs/facts-audits.md, 2026-12-07f) on the 2023 copies of the cited pages.
  'snow-family.job-lifetime':
    'fixed: 2023 copy of job-limits: jobs must be completed within 360 days of being prepared; to keep a device longer, contact AWS Support. The fact said a hard limit; AWS Support can extend it',
  'snowball-edge.job-lifetime': 'fixed: as snow-family.job-lifetime (2023 copy of job-limits: 360 days, longer through AWS Support)',
  'ssm-session-manager.vs-ssh':
    'fixed source: 2023 copy of Connect-using-EC2-Instance-Connect (now connect-linux-inst-eic): EC2 Instance Connect connects to Linux instances using SSH; the cited session-manager page names SSH but not EC2 Instance Connect',
  'elastic-beanstalk.platforms':
    '2023 copy of concepts.platforms, which links the cited platforms-supported anchors: Docker, Go, Java (Tomcat), .NET Core on Linux, .NET on Windows Server, Node.js, PHP, Python, Ruby',
  'lex.concepts':
    '2023 copy of the Lex V2 how-it-works: a bot with intents, sample utterances, slots, and fulfilment, for which a Lambda function is recommended',
  'managed-flink.kpu': '2023 copy of how-scaling: a single KPU provides 1 vCPU and 4 GB of memory (and 50 GB of running application storage); Parallelism sets the scaling',
};

/**
 * Facts this pass read and could not confirm on a stored copy of the page they cite: their checked date stays,
 * and docs/facts-audits.md lists each with the reason.
 */
export const ELEVENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'fsx-openzfs.default-port':
    'the stored copies of the OpenZFS limit-access-security-groups page stop before its port table; only a third-party script that cites it lists TCP/UDP 111, 2049 and 20001-20003',
  'aurora.storage-copies':
    'the current copies of Aurora.Overview.StorageReliability say the cluster volume holds copies across three Availability Zones, not six copies or the write and read quorums',
  'app-runner.concurrency':
    'CreateAutoScalingConfiguration MaxConcurrency (Kotlin SDK copy, current) gives the default of 100 but not the maximum of 200; the current manage-autoscaling copy stops before the figures',
  'cost-explorer.history':
    'ce-api-best-practices (current): the Cost Explorer API can access up to 13 months of historical data; the 38-month multi-year clause and the cited ce-what-is were not reached',
  'codecommit.lifecycle':
    'the stored copies of CodeCommit pages still carry the banner that CodeCommit is no longer available to new customers; no stored AWS page states the November 2025 reopening',
  'sqs.encryption': 'no current copy of sqs-server-side-encryption was reached; SSE-SQS on by default for new queues is stated only by third-party pages',
  'mq.protocols':
    'the 2023 copy of welcome names JMS, AMQP 0-9-1, AMQP 1.0, MQTT, OpenWire and STOMP; WebSocket (MQTT and STOMP over WebSocket) is on amazon-mq-broker-architecture, not on the cited page',
  'fsx-file-gateway.lifecycle':
    'the banner on every FSx File Gateway page (current) says it is no longer available to new customers, without the October 2024 date the value gives',
  'pinpoint.lifecycle':
    'the banner on every Pinpoint page (current) gives the end of support on October 30, 2026, not the May 2025 closing to new customers the value also gives',
  'managed-flink.sources': 'the 2023 copy of the Managed Service for Apache Flink what-is names no sources; no current copy was reached',
};
