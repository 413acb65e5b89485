/**
 * The thirteenth re-verification pass (issue 13, facts helper session 13c): facts still dated 2026-11-27, the
 * numeric, port and default ones first, then behaviour facts of the most used services, read on the current copies
 * the `search` docs corpus returns and on the awsdocs GitHub copies (archived in 2023, so they confirm only values
 * unchanged since). Values live in services/*.ts.
 *
 * THIRTEENTH_CHECKED maps each fact read and confirmed to what the page says; its checked date moves to
 * THIRTEENTH_ON, and "fixed:" marks a changed value, flag or source (the change itself is in services/*.ts). A "2023
 * copy" note means only the frozen awsdocs copy states that part. THIRTEENTH_UNCONFIRMED lists the facts read and not
 * confirmed; their dates stay. None of these is a quota the catalog stamps `reverified`.
 */

export const THIRTEENTH_ON = '2026-12-07';

export const THIRTEENTH_CHECKED: Readonly<Record<string, string>> = {
  // Numeric and default facts dated 2026-11-27.
  'snowball-edge.compute-optimized':
    'fixed source and detail: specifications, Compute Optimized Device Specifications (2023 copy, section sbe-compute-specifications): up to 104 vCPUs, 512 GB RAM (up to 416 GB customer usable), 28 TB NVMe SSD; identifying-device (current zh_cn copy) still lists V3_5C, Snowball Edge Compute Optimized with AMD EPYC Gen2 and NVMe. The detail said 416 GiB; the page says GB',
  'snowball-edge.storage-optimized':
    'fixed source: identifying-device (current zh_cn copy, a machine translation of the English page): DeviceType V3_5S is Snowball Edge Storage Optimized 210 TB. The 2023 copy of the specifications page predates the 210 TB device (80 TB)',
  'rds-custom.automation':
    'fixed: custom-managing, Pausing and resuming RDS Custom automation (2023 copy): the pause lasts from 60 minutes (the default) to 1,440 minutes; "--resume-full-automation-mode-minutes specifies the duration of the pause. The default value is 60 minutes"; the 90 minutes the value gave is the page\'s example command. The ModifyDBInstance reference (Kotlin SDK copy, current) agrees: default 60, at least 60, no more than 1,440. The value was wrong, not changed by AWS, so no former value is recorded',
  // Behaviour facts of the most used services.
  'lambda.scaling-rate':
    'fixed source (anchor): scaling-behavior, Concurrency scaling rate (current copy): in each Region and for each function, 1,000 execution environment instances every 10 seconds (or 10,000 requests per second every 10 seconds); a function-level limit',
  'lambda-snapstart.runtimes':
    'fixed source (anchor): snapstart, Supported features and limitations (current ja and zh_cn copies): SnapStart is available for Java 11 and later, Python 3.12 and later and .NET 8 and later managed runtimes. The English copies in the pages corpus predate the Python and .NET support',
  'lambda-snapstart.versions':
    'fixed source (anchor): snapstart, Supported features and limitations (current zh_cn copy; the English copies say the same): SnapStart works only on published function versions and aliases that point to them, not on $LATEST',
  'lambda-snapstart.incompatible':
    'fixed source: snapstart, Supported features and limitations (current zh_cn copy): other managed runtimes, OS-only runtimes and container images are not supported; SnapStart does not support provisioned concurrency, Amazon EFS or ephemeral storage above 512 MB. The cited snapstart-compatibility page is about uniqueness and network connections, not these',
  'rds-proxy.engines':
    'fixed source: DBProxy EngineFamily (RDS API, Kotlin SDK copy, current): MYSQL serves Aurora MySQL, RDS for MariaDB and RDS for MySQL; POSTGRESQL serves Aurora PostgreSQL and RDS for PostgreSQL; SQLSERVER serves RDS for SQL Server. Concepts.RDS_Fea_Regions_DB-eng.Feature.RDSProxy (current copy) agrees for RDS: not available for RDS for Db2 or RDS for Oracle. The cited rds-proxy.limitations page was not reached',
  'dynamodb.capacity-units':
    'fixed source: ServiceQuotas, Read/write capacity mode and throughput (2023 copy): one read capacity unit = one strongly consistent read per second, or two eventually consistent reads per second, for items up to 4 KB; one write capacity unit = one write per second for items up to 1 KB. read-write-operations (current copy) states the read half the same way. The cited provisioned-capacity-mode page was not reached',
  'route53.private-health-checks':
    'fixed: dns-failover-private-hosted-zones (current copy): Route 53 health checkers are outside the VPC; check an endpoint with only private IP addresses through a health check based on a CloudWatch alarm. health-checks-private-endpoints and health-check-sources (current copies): a private endpoint health check runs from a health check source in your VPC (an IP address in each of three subnets in three AZs, up to 200 health checks per source, 5 sources per account). The value now names both; no former value is recorded because no stored page dates the new health checks',
  'sns.retries':
    'fixed source (anchor) and detail: sns-message-delivery-retries, Delivery protocols and policies (current copy): AWS managed endpoints (Lambda, Amazon SQS) get 3 immediate retries, 2 pre-backoff, 10 backoff and 100,000 post-backoff attempts, 100,015 attempts over 23 days; only HTTP/S takes a custom delivery policy, with at most 3,600 seconds of retries; when the policy is exhausted SNS discards the message unless a dead-letter queue is attached to the subscription',
  'nlb.protocols':
    'fixed: load-balancer-listeners, Listener configuration (current docs.amazonaws.cn copy): Protocols TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC, ports 1-65535; the Elastic Load Balancing API reference Welcome (current copies) says a Network Load Balancer supports TCP, TLS, UDP and QUIC; the AWS Networking blog post Introducing QUIC Protocol Support for Network Load Balancer announces the launch. An older docs.aws.amazon.com copy of the listeners page lists only the first four. QUIC and TCP_QUIC were added to the list; no former value is recorded because no AWS page read gives the launch date (a third-party article of 17 November 2025 calls it just landed)',
  'efs.clients':
    'fixed source: how-it-works (2023 copy): mount through the Network File System versions 4.0 and 4.1 (NFSv4) protocol, one mount target in each Availability Zone; whatisefs (2023 copy): using Amazon EFS with Microsoft Windows-based EC2 instances is not supported. The cited accessing-fs page was not reached',
  'athena.workgroups':
    'manage-queries-control-costs-with-workgroups (2023 copy, the cited page under its former name): use workgroups to separate users, teams, applications or workloads, to set limits on the amount of data each query or the entire workgroup can process, and to track costs; control-limits: data usage controls per query and per workgroup',
  'ec2.instance-type-naming':
    'instance-types (2023 copy of the EC2 guide, whose naming section is now the instance types guide\'s instance-type-names page): instance types are named by family, generation, additional capabilities and size; the first position is the family (c), the second the generation (5), the letters before the period additional capabilities, and after the period the size',
  'ecr.lifecycle':
    'LifecyclePolicies (2023 copy): rules expire images by count (countType imageCountMoreThan) or by age (sinceImagePushed), selected by tagStatus (tagged, untagged or any) and tagPrefixList',
  'elasticache.engines':
    'SelectEngine (current copies, English and translations): Amazon ElastiCache supports the Valkey, Memcached and Redis OSS cache engines',
  'waf.rate-based':
    'waf-rule-statement-type-rate-based-high-level-settings (current copy): evaluation window 60, 120, 300 or 600 seconds, 300 (5 minutes) by default; the lowest rate limit allowed is 10',
  'global-accelerator.endpoints':
    'about-endpoints (current copy): endpoints for standard accelerators can be Network Load Balancers, Application Load Balancers, Amazon EC2 instances or Elastic IP addresses',
  'secrets-manager.replication':
    'fixed source: create-manage-multi-region-secrets (2023 copy): you can replicate your secrets in multiple AWS Regions; Secrets Manager replicates the encrypted secret data and metadata such as tags and resource policies, and a replica can be promoted to a standalone secret. The cited intro page was not read',
  'mq.deployment':
    'amazon-mq-broker-architecture (2023 copy): Amazon MQ for ActiveMQ brokers are single-instance or active/standby; active-standby-broker-deployment: two brokers in two AZs, a redundant pair, that communicate with Amazon EFS storage; rabbitmq-broker-architecture-cluster: a RabbitMQ cluster deployment is a logical grouping of three broker nodes behind a Network Load Balancer across AZs',
  'ecs.roles':
    'task-iam-roles (2023 copy): the permissions of a task IAM role are assumed by the containers in the task, for applications that call AWS APIs; task_execution_IAM_role (2023 copy): the task execution role lets the ECS container and Fargate agents pull images from a private ECR repository, send logs with the awslogs driver, and read Secrets Manager secrets or Parameter Store parameters',
  'fargate.network-mode':
    'AWS_Fargate, Tasks and services, Task networking (2023 copy; its section anchor fargate-tasks-services is the name of the cited page): Amazon ECS tasks for Fargate require the awsvpc network mode, which gives each task an elastic network interface with the security groups you specify',
};

/**
 * Facts this pass read and could not confirm on a stored copy of a page that states them: their checked date stays,
 * and docs/facts-audits.md lists each with the reason.
 */
export const THIRTEENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'cloudfront.pops':
    'the stored copy of aws.amazon.com/cloudfront/features lists the Points of Presence city by city but no total was read in it; no other AWS page with the 600+ and 13 regional edge caches was reached',
  'data-transfer.free-tier':
    'no stored copy of aws.amazon.com/free states the 100 GB; AWS moved new accounts to a credit-based Free Tier on 15 July 2025 (per AWS\'s agent toolkit notes on GitHub), so the offer may differ by account type',
  'acm.integrated-services':
    'the cited acm-services page was not reached; the AWS cryptography guide\'s list of other services that use X.509 certificates (current) is a different list',
  'kinesis-data-streams.consumers':
    'shared-throughput-kcl-consumers (2023 copy) says only one worker holds each shard lease at a time; the "many consumers can read a shard" clause and the cited key-concepts page were not read',
  'transfer-family.protocols':
    'the 2023 copies say AS2 works only with VPC endpoints and walk through an FTP server on a VPC hosted endpoint, but no page read says FTP is VPC-only',
  'elb.types':
    'the Elastic Load Balancing API reference Welcome (current copies) names the four types, ALB at layer 7 (HTTP and HTTPS), NLB at layer 4 (TCP, TLS, UDP and QUIC) and GWLB at layer 3, but not the gRPC and GENEVE of the value (and the value\'s NLB lacks QUIC); the cited what-is-load-balancing page was not reached',
  'organizations.policy-types':
    'the cited orgs_manage_policies page was not reached; Terraform and CDK sources list a chatbot policy type the value does not name, so the list may be incomplete',
  'privatelink.gateway-endpoint-services':
    'an AWS Prescriptive Guidance page (wkld-12, current) says DynamoDB is reached through a gateway endpoint and S3 through gateway or interface endpoints, gateway endpoints at no additional charge; the cited gateway-endpoints page was not reached, and a third-party construct library also lists S3 Express gateway endpoints',
  'sns.fifo':
    'fifo-message-grouping (current copy) says an SNS FIFO topic passes the message group ID to subscribed SQS FIFO queues and not to standard queues, and the FIFO code example subscribes both; the .fifo name suffix and the deduplication clause were not read on the cited sns-fifo-topics page',
  'alb.static-ip':
    'application-load-balancer-target (current copy) offers an NLB in front of an ALB for static IP addresses, but no page read says that an ALB has no static IP addresses',
  'cloudtrail.delivery':
    'the 2023 copy of the first-trail walkthrough says CloudTrail typically delivers logs within an average of about 5 minutes of an API call; the CloudWatch Logs and EventBridge clauses and the cited create-and-update-a-trail page were not read',
  'cloudfront.vpc-origins':
    'private-content-vpc-origins (current copy) states ALBs, NLBs and EC2 instances in private subnets as VPC origins, but not the "since November 2024" clause of the value',
  'snowcone.capacity':
    'Snowcone was discontinued on 12 November 2024 (banner on the Snowball Edge API pages); no stored copy of the Snowcone guide was reached, and the awsdocs Snowball copy does not give the 8 TB HDD and 14 TB SSD figures',
  'snowcone.weight':
    'as snowcone.capacity: no stored copy of the Snowcone guide; only an AWS SDK changelog gives "about 4.5 lbs. (2 kg)", which is not an AWS documentation page',
  'direct-connect.setup-time':
    'the 2023 copies of dedicated_connection and Colocation give up to 72 hours to review a request and provision a port and 90 days for the LOA-CFA cross connect, not a setup time in weeks',
  'config.managed-rules':
    'the 2023 copy of the AWS Config guide lists managed rules one page each and gives no total; no current copy of managed-rules-by-aws-config was reached',
  'ec2-auto-scaling.capacity':
    'asg-capacity-limits (2023 copy) states that the desired capacity must lie between the minimum and maximum group size, but no stored page says the minimum can be 0',
};
