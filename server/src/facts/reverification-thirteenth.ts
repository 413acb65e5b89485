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
  'fargate.network-mode':
    'AWS_Fargate, Tasks and services, Task networking (2023 copy; its section anchor fargate-tasks-services is the name of the cited page): Amazon ECS tasks for Fargate require the awsvpc network mode, which gives each task an elastic network interface with the security groups you specify',
};

/**
 * Facts this pass read and could not confirm on a stored copy of a page that states them: their checked date stays,
 * and docs/facts-audits.md lists each with the reason.
 */
export const THIRTEENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'nlb.protocols':
    'possibly stale: the current docs.aws.amazon.com copy of load-balancer-listeners lists TCP, TLS, UDP and TCP_UDP, but a current docs.amazonaws.cn copy of the same page also lists QUIC and TCP_QUIC (and their listener rules); no stored page dates the addition, so the value and its history were left as they are',
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
