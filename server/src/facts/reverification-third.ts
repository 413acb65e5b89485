/**
 * The third pass of the 2026-12 re-verification (issue 13): the quota and limit facts the first two
 * passes (reverification.ts, reverification-more.ts) left, oldest checked first and one AWS page at a
 * time. Same form and rules: each entry names the page that states the value (with its anchor, or the
 * section's title where the page has none), whether it can be raised (with the Service Quotas code the
 * page links), Region figures and former values with the date they changed. Values live in services/*.ts.
 */
import type { Reverification } from './reverification';

const VPC_LIMITS = 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html';
const EB_QUOTAS = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html';
const EB_PUT_EVENTS = 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html';
const SERVERLESS_1MB = 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb';
const TGW_QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html';
const VPN_QUOTAS = 'https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html';
const CF_LIMITS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html';
const IAM_GR = 'https://docs.aws.amazon.com/general/latest/gr/iam-service.html';
const IAM_QUOTAS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html';
const ORGS_LIMITS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html';
const SNS_GR = 'https://docs.aws.amazon.com/general/latest/gr/sns.html';
const R53_QUOTAS = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html';
const DDB_QUOTAS = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html';
const ALB_LIMITS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html';
const CFN_LIMITS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';
const S3_CLASSES = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html#sc-compare';
const EBS_TYPES = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html';
const EFS_LIMITS = 'https://docs.aws.amazon.com/efs/latest/ug/limits.html';
const RDS_LIMITS = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html';
const AURORA_LIMITS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html';
const APIGW_REST_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html';
const APIGW_ACCOUNT_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html#apigateway-account-level-limits-table';
const SQS_QUEUE_QUOTAS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-queues.html';

const GR = 'https://docs.aws.amazon.com/general/latest/gr';

/** A quota from a table that links its Service Quotas code. */
function serviceQuota(source: string, sourceSection: string, serviceCode: string, quotaCode: string): Reverification {
  return { source, sourceSection, quota: { adjustable: true, via: 'service-quotas', serviceCode, quotaCode } };
}

export const THIRD_REVERIFIED: Readonly<Record<string, Reverification>> = {
  // Amazon VPC quotas page: network ACLs and security groups.
  'network-acl.per-vpc': serviceQuota(`${VPC_LIMITS}#vpc-limits-nacls`, 'Network ACLs per VPC: 200, adjustable', 'vpc', 'L-B4A6D682'),
  'network-acl.rules': {
    ...serviceQuota(`${VPC_LIMITS}#vpc-limits-nacls`, 'Rules per network ACL: 20 inbound and 20 outbound, adjustable up to 40 each', 'vpc', 'L-2AEEBF1A'),
    detail: '20 inbound and 20 outbound by default; can be raised to 40 inbound and 40 outbound (network performance might be impacted).',
  },
  'security-group.per-region': serviceQuota(`${VPC_LIMITS}#vpc-limits-security-groups`, 'VPC security groups per Region: 2,500, adjustable', 'vpc', 'L-E79EC296'),
  'security-group.rules': {
    ...serviceQuota(`${VPC_LIMITS}#vpc-limits-security-groups`, 'Inbound or outbound rules per security group: 60, adjustable', 'vpc', 'L-0EA8095F'),
    detail: '60 inbound and 60 outbound, counted separately for IPv4 and IPv6; this quota times security groups per network interface cannot exceed 1,000.',
  },
  'security-group.per-eni': serviceQuota(`${VPC_LIMITS}#vpc-limits-security-groups`, 'Security groups per network interface: 5, adjustable up to 16', 'vpc', 'L-2AFB9258'),
  // EventBridge: the Classic event bus quotas (rules and targets) and the PutEvents entry size.
  'eventbridge.rules-per-bus': {
    ...serviceQuota(`${EB_QUOTAS}#eb-limits`, 'Custom Event Bus - Classic quotas: Number of rules (300; 100 in af-south-1 and eu-south-1)', 'events', 'L-244521F2'),
    regional: [
      { regions: ['af-south-1', 'eu-south-1'], value: '100 rules per event bus' },
      { regions: ['other'], value: '300 rules per event bus' },
    ],
  },
  'eventbridge.targets-per-rule': {
    source: `${EB_QUOTAS}#eb-limits`,
    sourceSection: 'Custom Event Bus - Classic quotas: Targets per rule (5, not adjustable)',
    quota: { adjustable: false },
  },
  'eventbridge.event-size': {
    // Seventeenth pass: the stored copies of PutEvents (API model of August 2026) and of the entry-size page still say
    // "less than 256KB"; the Compute Blog post of 29 January 2026 is the AWS page that states 1 MB for EventBridge.
    source: SERVERLESS_1MB,
    sourceSection:
      'More room to build: serverless services now support payloads up to 1 MB (AWS Compute Blog, stored copy): AWS has raised the maximum payload size from 256 KB to 1 MB for asynchronous Lambda invocations, Amazon SQS and Amazon EventBridge',
    quota: { adjustable: false },
    history: [{ value: '256 KB', until: '2026-01-29', source: SERVERLESS_1MB }],
    detail: '1 MB per PutEvents entry, measured as the entry-size page describes; 256 KB until January 2026 (the PutEvents API reference and the entry-size page still said 256KB in their latest stored copies).',
  },
  // SQS standard queue quotas.
  'sqs.in-flight': {
    source: SQS_QUEUE_QUOTAS,
    sourceSection: 'Messages per queue (in flight): approximately 120,000; increase through a support request',
    quota: { adjustable: true, via: 'support' },
  },
  // Transit gateway and Site-to-Site VPN quotas.
  'transit-gateway.peering': serviceQuota(`${TGW_QUOTAS}#attachments-quotas`, 'Peering attachments per transit gateway: 50, adjustable', 'ec2', 'L-A1B5A36F'),
  'transit-gateway.vpc-bandwidth': {
    source: `${TGW_QUOTAS}#bandwidth-quotas`,
    sourceSection: 'Bandwidth per VPC attachment per Availability Zone: up to 100 Gbps each direction; more through your SA or TAM',
    quota: { adjustable: true, via: 'support' },
    detail: 'Up to 100 Gbps in each direction per VPC attachment per Availability Zone (and up to 7,500,000 packets per second); AWS will attempt to provide more on request.',
  },
  'transit-gateway.vpn-tunnel-bandwidth': {
    source: `${VPN_QUOTAS}#vpn-quotas-bandwidth`,
    sourceSection: 'Maximum bandwidth per standard VPN tunnel: up to 1.25 Gbps, not adjustable',
    quota: { adjustable: false },
    detail: 'Up to 1.25 Gbps per standard tunnel (5 Gbps for a large bandwidth tunnel); ECMP over several tunnels of dynamically routed VPNs gives more.',
  },
  'site-to-site-vpn.tunnel-bandwidth': {
    source: `${VPN_QUOTAS}#vpn-quotas-bandwidth`,
    sourceSection: 'Maximum bandwidth per standard VPN tunnel: up to 1.25 Gbps, not adjustable',
    quota: { adjustable: false },
    detail: 'Up to 1.25 Gbps and 140,000 packets per second per standard tunnel; a large bandwidth tunnel gives up to 5 Gbps.',
  },
  'site-to-site-vpn.per-vgw': serviceQuota(`${VPN_QUOTAS}#vpn-quotas-resources`, 'Site-to-Site VPN connections per virtual private gateway: 10, adjustable', 'ec2', 'L-B91E5754'),
  'site-to-site-vpn.customer-gateways': serviceQuota(`${VPN_QUOTAS}#vpn-quotas-resources`, 'Customer gateways per Region: 50, adjustable', 'ec2', 'L-4FB7FF5D'),
  // CloudFront quotas page.
  'cloudfront.distributions': {
    source: `${CF_LIMITS}#limits-web-distributions`,
    sourceSection: 'General quotas on distributions: Distributions per AWS account 500 (request a higher quota)',
    quota: { adjustable: true, via: 'support' },
  },
  'cloudfront.max-file-size': {
    source: `${CF_LIMITS}#limits-web-distributions`,
    sourceSection: 'General quotas on distributions: Maximum cacheable file size per HTTP GET response 50 GB',
    quota: { adjustable: false },
    detail: 'Only responses to GET are cached; the maximum HTTP request body is 64 GB.',
  },
  'cloudfront-functions.size': {
    source: `${CF_LIMITS}#limits-functions`,
    sourceSection: "Quotas on CloudFront Functions: Maximum function size 10 KB (this quota isn't adjustable)",
    quota: { adjustable: false },
    // Notes and course material call the code a "package" and give the 2 MB memory figure as its size.
    names: { words: ['function size', 'function code size', 'code size', 'package size'], units: ['KB', 'bytes'] },
  },
  'cloudfront-functions.memory': { source: `${CF_LIMITS}#limits-functions`, sourceSection: 'Quotas on CloudFront Functions: Maximum function memory 2 MB', quota: { adjustable: false } },
  'lambda-edge.origin-timeout': {
    source: `${CF_LIMITS}#limits-lambda-at-edge`,
    sourceSection: 'Quotas on Lambda@Edge: Function timeout 30 seconds',
    quota: { adjustable: false },
  },
  // IAM: the General Reference quota table (codes) and the user guide's automatic-approval table.
  'iam.users': { source: `${IAM_GR}#limits_iam`, sourceSection: 'Service quotas: Users per account 5,000, not adjustable', quota: { adjustable: false } },
  'iam.groups-per-user': { source: `${IAM_GR}#limits_iam`, sourceSection: 'Service quotas: IAM groups per user 10, not adjustable', quota: { adjustable: false } },
  'iam.roles': serviceQuota(`${IAM_GR}#limits_iam`, 'Service quotas: Roles per account 1,000, adjustable (automatically approved up to 10,000)', 'iam', 'L-FE177D64'),
  'iam.managed-policies-per-role': serviceQuota(
    `${IAM_QUOTAS}#reference_iam-quotas-entities`,
    'IAM object quotas: Managed policies per role, default 20, maximum 25 (automatically approved)',
    'iam',
    'L-0DA4ABF3',
  ),
  'iam.managed-policy-size': {
    source: `${IAM_QUOTAS}#reference_iam-quotas-entity-length`,
    sourceSection: "IAM and STS character limits: the size of each managed policy can't exceed 6,144 characters (white space not counted)",
    quota: { adjustable: false },
  },
  // AWS Organizations quotas page.
  'organizations.accounts': {
    source: `${ORGS_LIMITS}#default-maximum-number-of-accounts`,
    sourceSection: 'Maximum number of accounts: 10, adjustable through Service Quotas (granted up to 50,000)',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'organizations' },
    detail: '10 by default; the management account can request more (granted up to 50,000 by qualification). Invitations count until answered.',
  },
  'organizations.ou-depth': { source: `${ORGS_LIMITS}#min-max-values`, sourceSection: 'OU maximum nesting in a root: five levels of OUs deep', quota: { adjustable: false } },
  'organizations.scp-size': {
    source: `${ORGS_LIMITS}#min-max-values`,
    sourceSection: 'Maximum size of a policy document: service control policies 10,240 characters',
    quota: { adjustable: false },
  },
  'organizations.scps-per-target': {
    source: `${ORGS_LIMITS}#min-max-policies`,
    sourceSection: 'Number of policies that you can attach to an entity: service control policy, maximum 10 per root, OU or account (hard limits)',
    quota: { adjustable: false },
  },
  // Amazon SNS: General Reference resource quotas.
  'sns.topics': {
    source: `${SNS_GR}#limits_sns_resource`,
    sourceSection: 'Amazon SNS resource: Topics, standard 100,000 per account (FIFO 1,000)',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'sns' },
  },
  'sns.subscriptions': {
    source: `${SNS_GR}#limits_sns_resource`,
    sourceSection: 'Amazon SNS resource: Subscriptions, standard 12,500,000 per topic',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'sns' },
  },
  'sns.fifo-subscriptions': {
    source: `${SNS_GR}#limits_sns_resource`,
    sourceSection: 'Amazon SNS resource: Subscriptions, FIFO 100 per topic',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'sns' },
  },
  // Route 53 quotas on entities.
  'route53.hosted-zones': {
    source: `${R53_QUOTAS}#limits-api-entities-hosted-zones`,
    sourceSection: 'Hosted zone quotas: initial quota of 500 per AWS account (request a higher quota)',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'route53' },
  },
  'route53.records': {
    source: `${R53_QUOTAS}#limits-api-entities-records`,
    sourceSection: 'Record quotas: 10,000 per hosted zone (request a higher quota; more than 10,000 is charged)',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'route53' },
  },
  // DynamoDB quotas page.
  'dynamodb.tables': {
    source: `${DDB_QUOTAS}#limits-tables-per-account`,
    sourceSection: 'Maximum number of tables per account per region: initial quota 2,500; up to 10,000 through your account team',
    quota: { adjustable: true, via: 'support' },
  },
  'dynamodb.gsi': {
    source: `${DDB_QUOTAS}#limits-secondary-indexes`,
    sourceSection: 'Secondary indexes: a default quota of 20 global secondary indexes per table',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'dynamodb' },
  },
  'dynamodb.lsi': { source: `${DDB_QUOTAS}#limits-secondary-indexes`, sourceSection: 'Secondary indexes: up to 5 local secondary indexes per table', quota: { adjustable: false } },
  'dynamodb-streams.readers': {
    source: `${DDB_QUOTAS}#limits-dynamodb-streams-simultaneous`,
    sourceSection: 'Simultaneous readers of a shard in DynamoDB Streams: up to two (one for global tables)',
    quota: { adjustable: false },
    detail: 'Design for at most two processes reading the same shard (one for global tables); more risks throttling. Kinesis Data Streams for DynamoDB serves more consumers.',
  },
  // Application Load Balancer quotas.
  'alb.rules-per-listener': {
    ...serviceQuota(`${ALB_LIMITS}#rules-quotas`, 'Rules per Application Load Balancer (excluding default rules): 100, adjustable', 'elasticloadbalancing', 'L-7EED9B64'),
    detail: 'The quota counts rules across the whole load balancer, not per listener; default rules do not count.',
  },
  'alb.certificates': serviceQuota(`${ALB_LIMITS}#load-balancers-quotas`, 'Certificates per Application Load Balancer (excluding default certificates): 25, adjustable', 'elasticloadbalancing', 'L-9365A611'),
  'alb.targets': serviceQuota(`${ALB_LIMITS}#load-balancers-quotas`, 'Targets per Application Load Balancer: 1,000, adjustable', 'elasticloadbalancing', 'L-7E6692B2'),
  // CloudFormation quotas table.
  'cloudformation.parameters': { source: CFN_LIMITS, sourceSection: 'Parameters: 200 parameters per template', quota: { adjustable: false } },
  'cloudformation.resources-per-stack': { source: CFN_LIMITS, sourceSection: 'Resources: 500 resources per template', quota: { adjustable: false } },
  'cloudformation.stacks': {
    source: CFN_LIMITS,
    sourceSection: 'Stacks: 2000 stacks (request an increase through Service Quotas)',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'cloudformation' },
  },
  'cloudformation.template-size': {
    source: CFN_LIMITS,
    sourceSection: 'Template body size: 51,200 bytes in a request, 1 MB in an Amazon S3 object',
    quota: { adjustable: false },
  },
  // S3 storage classes: the comparison table (minimum storage duration, minimum billable object size).
  ...Object.fromEntries(
    [
      ['s3-standard-ia.min-storage-duration', 'S3 Standard-IA: min storage duration 30 days'],
      ['s3-standard-ia.min-object-size', 'S3 Standard-IA: min billable object size 128 KB'],
      ['s3-onezone-ia.min-storage-duration', 'S3 One Zone-IA: min storage duration 30 days'],
      ['s3-onezone-ia.min-object-size', 'S3 One Zone-IA: min billable object size 128 KB'],
      ['s3-glacier-ir.min-storage-duration', 'S3 Glacier Instant Retrieval: min storage duration 90 days'],
      ['s3-glacier-ir.min-object-size', 'S3 Glacier Instant Retrieval: min billable object size 128 KB'],
      ['s3-glacier-flexible.min-storage-duration', 'S3 Glacier Flexible Retrieval: min storage duration 90 days'],
      ['s3-glacier-deep-archive.min-storage-duration', 'S3 Glacier Deep Archive: min storage duration 180 days'],
    ].map(([id, row]) => [id, { source: S3_CLASSES, sourceSection: `Comparing the Amazon S3 storage classes: ${row}`, quota: { adjustable: false } } satisfies Reverification]),
  ),
  // EBS volume types: the SSD and HDD summary tables.
  ...Object.fromEntries(
    [
      ['ebs-gp2.throughput', 'vol-type-ssd', 'gp2 max throughput 250 MiB/s (128 to 250 MiB/s depending on size)'],
      ['ebs-io1.throughput', 'vol-type-ssd', 'io1 max throughput 1,000 MiB/s (at 64,000 IOPS on Nitro)'],
      ['ebs-io2.throughput', 'vol-type-ssd', 'io2 Block Express max throughput 4,000 MiB/s'],
      ['ebs-st1.iops', 'vol-type-hdd', 'st1 max IOPS per volume (1 MiB I/O) 500'],
      ['ebs-st1.throughput', 'vol-type-hdd', 'st1 max throughput per volume 500 MiB/s'],
      ['ebs-sc1.iops', 'vol-type-hdd', 'sc1 max IOPS per volume (1 MiB I/O) 250'],
      ['ebs-sc1.throughput', 'vol-type-hdd', 'sc1 max throughput per volume 250 MiB/s'],
    ].map(([id, anchor, row]) => [id, { source: `${EBS_TYPES}#${anchor}`, sourceSection: `Amazon EBS volume types: ${row}`, quota: { adjustable: false } } satisfies Reverification]),
  ),
  'efs.max-file-size': { source: `${EFS_LIMITS}#limits-fs-specific`, sourceSection: 'Quotas for Amazon EFS file systems: size of a single file 52,673,613,135,872 bytes (47.9 TiB)', quota: { adjustable: false } },
  // RDS and Aurora quotas pages.
  'rds.instances': {
    ...serviceQuota(`${RDS_LIMITS}#RDS_Limits.Limits`, 'Quotas in Amazon RDS: DB instances 40 (20 in ap-south-1), adjustable', 'rds', 'L-7B6409FD'),
    regional: [
      { regions: ['ap-south-1'], value: '20 DB instances' },
      { regions: ['other'], value: '40 DB instances' },
    ],
    detail: 'RDS, Aurora, Neptune and DocumentDB instances all count toward it; license-included SQL Server (each edition) and Oracle: 10.',
  },
  'rds-proxy.proxies': serviceQuota(`${RDS_LIMITS}#RDS_Limits.Limits`, 'Quotas in Amazon RDS: Proxies 20 per account per Region, adjustable', 'rds', 'L-D94C7EA3'),
  'aurora.max-storage': {
    source: `${AURORA_LIMITS}#RDS_Limits.FileSize.Aurora`,
    sourceSection: 'Amazon Aurora size limits: 256 TiB maximum on current engine versions, 128 TiB on earlier ones',
    quota: { adjustable: false },
  },
  'kms.encrypt-size': {
    source: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html#API_Encrypt_RequestParameters',
    sourceSection: 'Plaintext: maximum length of 4096 (SYMMETRIC_DEFAULT: 4096 bytes; RSA keys less)',
    quota: { adjustable: false },
    // Not a bare "encrypt": "S3 objects up to 5 TB encrypted with KMS" is no Encrypt call.
    names: { words: ['plaintext', 'Encrypt API', 'Encrypt call', 'encrypt directly', 'direct encryption'], units: ['KB', 'KiB', 'bytes'] },
  },
  // API Gateway quotas.
  'api-gateway.payload': { source: APIGW_REST_QUOTAS, sourceSection: 'Quotas for configuring and running a REST API: Payload size 10 MB, not adjustable', quota: { adjustable: false } },
  'api-gateway.cache-ttl': {
    source: APIGW_REST_QUOTAS,
    sourceSection: 'API caching TTL: 300 seconds by default, configurable between 0 and 3600 (the upper bound cannot be increased)',
    quota: { adjustable: false },
  },
  'api-gateway.throttle-rate': {
    ...serviceQuota(APIGW_ACCOUNT_QUOTAS, 'Throttle quota per account, per Region across HTTP, REST and WebSocket APIs: 10,000 RPS, burst 5,000', 'apigateway', 'L-8A5B8E43'),
    regional: [
      {
        regions: ['af-south-1', 'eu-south-1', 'ap-southeast-3', 'me-central-1', 'ap-south-2', 'ap-southeast-4', 'eu-south-2', 'eu-central-2', 'il-central-1', 'ca-west-1', 'ap-southeast-5', 'ap-southeast-7', 'mx-central-1'],
        value: '2,500 requests/s, burst 1,250',
      },
      { regions: ['other'], value: '10,000 requests/s, burst 5,000' },
    ],
    detail: 'Burst 5,000 (set by AWS, not requestable); 2,500 RPS with burst 1,250 in several newer Regions. The REST API quotas page adds that raising the REST integration timeout above 29 s may lower it.',
  },
  'acm.certificates': {
    ...serviceQuota('https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html#general-limits', 'General quotas: Number of ACM certificates 2500 per Region', 'acm', 'L-F141DD1D'),
    // Fourth audit: the detail said only PENDING or ISSUED certificates count; the quotas page says otherwise.
    detail: 'Expired and revoked certificates count toward it; certificates signed by AWS Private CA or issued through ACME do not. Up to twice the quota (5,000) may be requested per 365 days.',
  },
  // Amazon ECS: the General Reference quota table (both not adjustable).
  'ecs.services-per-cluster': {
    source: 'https://docs.aws.amazon.com/general/latest/gr/ecs-service.html',
    sourceSection: 'Service quotas: Services per cluster 5,000, not adjustable',
    quota: { adjustable: false },
  },
  'ecs.tasks-per-service': {
    source: 'https://docs.aws.amazon.com/general/latest/gr/ecs-service.html',
    sourceSection: 'Service quotas: Tasks per service (the desired count) 5,000, not adjustable',
    quota: { adjustable: false },
    detail: 'Services that use ECS service discovery are limited to 1,000 tasks (the AWS Cloud Map instances-per-service quota).',
  },
  // Found in the random audit (docs/facts.md) and re-verified with it.
  'alb.idle-timeout': {
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_LoadBalancerAttribute.html',
    sourceSection: 'idle_timeout.timeout_seconds: the valid range is 1-4000 seconds; the default is 60 seconds',
    quota: { adjustable: false },
  },
  'batch.retry-attempts': {
    source: 'https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html',
    sourceSection: 'Automated job retries: a retry strategy with between 1 and 10 attempts',
    quota: { adjustable: false },
  },
  'cognito.user-pools': {
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html#resource-quotas-cup',
    sourceSection: 'User pools resource quotas: User pools per Region 1,000, adjustable (maximum 10,000)',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'cognito-idp' },
  },
  'secrets-manager.secret-size': {
    source: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html#quotas',
    sourceSection: 'Secrets Manager quotas: Secret value size 65,536 bytes, not adjustable',
    quota: { adjustable: false },
  },
  'eks.clusters': serviceQuota('https://docs.aws.amazon.com/general/latest/gr/eks.html#limits_eks', 'Service quotas: Clusters 100 per Region, adjustable', 'eks', 'L-1194D53C'),
  'rds.stop-duration': {
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_StopInstance.html#USER_StopInstance.Operation.restart',
    sourceSection: 'Automatic restart of a stopped DB instance: after seven consecutive days stopped',
    quota: { adjustable: false },
  },
  ...Object.fromEntries(
    ['aurora.backtrack', 'aurora-mysql.backtrack'].map((id) => [
      id,
      {
        source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html#AuroraMySQL.Managing.Backtrack.Limitations',
        sourceSection: 'Backtracking limitations: the limit for a backtrack window is 72 hours',
        quota: { adjustable: false },
      } satisfies Reverification,
    ]),
  ),
  'fargate.vcpu': {
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
    sourceSection: 'Task CPU and memory: 256 (.25 vCPU) to 32768 (32 vCPU)',
    quota: { adjustable: false },
  },
  'fargate.memory': {
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
    sourceSection: 'Task CPU and memory: 512 MiB (.25 vCPU) to 244 GB (32 vCPU)',
    quota: { adjustable: false },
  },
  'fargate.ephemeral-storage': {
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html#fargate-task-storage-pv14',
    sourceSection: 'Platform version 1.4.0 or later: a minimum of 20 GiB, increased up to 200 GiB with ephemeralStorage',
    quota: { adjustable: false },
  },
  // EC2, S3, SQS FIFO, Auto Scaling, CloudTrail, Kinesis, WAF and MSK limits.
  's3.read-rate': {
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html',
    sourceSection: 'At least 5,500 GET/HEAD requests per second per partitioned prefix; no limit to the number of prefixes',
    quota: { adjustable: true },
    detail: 'Per partitioned prefix, and "at least": S3 scales gradually to higher rates and more prefixes multiply it (503 Slow Down while it scales).',
  },
  's3.write-rate': {
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html',
    sourceSection: 'At least 3,500 PUT/COPY/POST/DELETE requests per second per partitioned prefix',
    quota: { adjustable: true },
    detail: 'Per partitioned prefix, and "at least": S3 scales gradually to higher rates and more prefixes multiply it (503 Slow Down while it scales).',
  },
  'ec2.user-data': {
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
    sourceSection: 'Considerations: user data is limited to 16 KB, in raw form, before it is base64-encoded',
    quota: { adjustable: false },
    // Not plain "user data": prose uses it for the users' own data ("user data up to 50 GB on EBS").
    names: { words: ['instance user data', 'EC2 user data', 'user data script', 'user-data'], iac: ['UserData', 'user_data'], units: ['KB', 'KiB'] },
  },
  'ec2.hibernate-ram': {
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html#instance-ram-size',
    sourceSection: 'Instance RAM size: Linux less than 150 GiB; Windows 16 GiB or less',
    quota: { adjustable: false },
  },
  'ebs.multi-attach': {
    source: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes-multi.html#considerations',
    sourceSection: 'Multi-Attach enabled volumes can be attached to up to 16 Nitro instances in the same Availability Zone',
    quota: { adjustable: false },
  },
  'placement-group.partitions-per-az': {
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-strategies.html#placement-groups-partition',
    sourceSection: 'A partition placement group supports a maximum of seven partitions per Availability Zone',
    quota: { adjustable: false },
  },
  'placement-group.spread-per-az': {
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-strategies.html#placement-groups-spread',
    sourceSection: 'A rack-level spread placement group supports a maximum of seven running instances in each Availability Zone',
    quota: { adjustable: false },
  },
  's3.presigned-expiry': {
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html#PresignedUrl-Expiration',
    sourceSection: 'Expiration time: up to 7 days with the AWS CLI or SDKs; 1 minute to 12 hours in the console',
    quota: { adjustable: false },
  },
  'sqs-fifo.dedup-interval': {
    source: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html',
    sourceSection: 'Exactly-once processing: the 5-minute deduplication interval',
    quota: { adjustable: false },
    names: { words: ['deduplication interval', 'deduplication window', 'dedup interval', 'dedup window'], units: ['minutes', 'seconds'] },
  },
  'ec2-auto-scaling.groups': serviceQuota('https://docs.aws.amazon.com/general/latest/gr/as.html#limits_autoscaling', 'Service quotas: Auto Scaling groups per region 500, adjustable', 'autoscaling', 'L-CDE20ADC'),
  'cloudtrail.trails': {
    source: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html#cloudtrail-resource-quotas',
    sourceSection: 'CloudTrail resource quotas: Trails per Region 5; this quota cannot be increased',
    quota: { adjustable: false },
  },
  'kinesis-data-streams.efo-consumers': {
    source: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
    sourceSection: 'Up to 20 enhanced fan-out consumers per stream (On-demand Standard and Provisioned); up to 50 with On-demand Advantage',
    quota: { adjustable: false },
    detail: '20 per stream in On-demand Standard and Provisioned mode; 50 in On-demand Advantage mode (listed Regions).',
  },
  'waf.wcu': {
    source: 'https://docs.aws.amazon.com/waf/latest/developerguide/limits.html',
    sourceSection: 'Fixed quotas: maximum web ACL capacity units (WCUs) per web ACL 5,000 (more than 1,500 is charged extra)',
    quota: { adjustable: false },
  },
  'waf.ip-set': {
    source: 'https://docs.aws.amazon.com/waf/latest/developerguide/limits.html',
    sourceSection: 'Fixed quotas: maximum number of IP addresses in CIDR notation per IP set 10,000',
    quota: { adjustable: false },
  },
  'msk.brokers-per-cluster': {
    source: 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html#msk-provisioned-quota',
    sourceSection: 'Standard broker quota: Brokers per cluster 30 for ZooKeeper-based clusters, 60 for KRaft-based clusters (Service Quotas)',
    quota: { adjustable: true, via: 'service-quotas', serviceCode: 'kafka' },
    detail: '30 for ZooKeeper-based clusters, 60 for KRaft-based clusters; 90 brokers per account; raised through Service Quotas.',
  },
  'msk.storage-per-broker': {
    source: 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html#msk-provisioned-quota',
    sourceSection: 'Standard broker quota: maximum storage per broker 16384 GiB (Express brokers: unlimited)',
    quota: { adjustable: false },
  },
  'neptune.max-storage': {
    source: 'https://docs.aws.amazon.com/neptune/latest/userguide/limits.html#limits-cluster-volume-size',
    sourceSection: 'Maximum size of storage cluster volumes: 128 TiB in all supported Regions',
    quota: { adjustable: false },
  },
  'network-firewall.per-region': {
    source: 'https://docs.aws.amazon.com/network-firewall/latest/developerguide/quotas.html',
    sourceSection: 'AWS Network Firewall quotas: maximum number of firewalls per account per Region 5 (adjustable through the Service Quotas console)',
    quota: { adjustable: true, via: 'service-quotas' },
  },
  'network-firewall.throughput': {
    source: 'https://docs.aws.amazon.com/network-firewall/latest/developerguide/quotas.html',
    sourceSection: "Quotas that can't be changed: maximum network traffic bandwidth for a firewall's endpoints in any single Availability Zone 100 Gbps",
    quota: { adjustable: false },
    detail: "Per Availability Zone, across the firewall's endpoints and its VPC endpoint associations; traffic over it is dropped.",
  },
  'athena.dml-timeout': serviceQuota(`${GR}/athena.html#amazon-athena-limits`, 'Service quotas: DML query timeout 30 minutes, adjustable (DDL query timeout: 600 minutes, not adjustable)', 'athena', 'L-E80DC288'),
  'redshift.nodes': {
    source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-limits.html#amazon-redshift-limits-quota',
    sourceSection: 'Quotas for Amazon Redshift objects: RA3 nodes in a cluster 128, Adjustable Yes (DC2 and RG nodes: also 128)',
    quota: { adjustable: true },
    detail: 'Also 200 nodes per account per Region across all clusters (adjustable).',
  },
  // Message, record and request sizes from each service's quotas page.
  'ses.message-size': {
    source: 'https://docs.aws.amazon.com/ses/latest/dg/quotas.html#quotas-message',
    sourceSection: 'Message quotas: SES v2 API or SMTP, maximum message size (including attachments) 40 MB per message after base64 encoding, Adjustable No',
    quota: { adjustable: false },
    detail: 'SES v1 API: 10 MB. Messages over 10 MB are throttled by bandwidth (as low as 40 MB/s).',
  },
  'firehose.record-size': {
    source: 'https://docs.aws.amazon.com/firehose/latest/dev/limits.html',
    sourceSection: 'Amazon Data Firehose Quota: the maximum size of a record sent to Firehose, before base64-encoding, is 1,000 KiB',
    quota: { adjustable: false },
    detail: '1,000 KiB for Direct PUT and Kinesis sources; with Amazon MSK as the source, records up to 10 MB (6 MB with Lambda transformation).',
  },
  'polly.sync-characters': {
    source: 'https://docs.aws.amazon.com/polly/latest/dg/limits.html#limits-synthesizespeech',
    sourceSection: 'SynthesizeSpeech API operations: input text up to 3000 billed characters (6000 total characters); SSML tags are not billed',
    quota: { adjustable: false },
    detail: 'StartSpeechSynthesisTask (asynchronous, to S3): up to 100,000 billed characters.',
  },
  'rekognition.image-size': {
    source: 'https://docs.aws.amazon.com/rekognition/latest/dg/limits.html#limits-image',
    sourceSection: 'Set quotas (cannot be changed), Amazon Rekognition Image: 15 MB as an S3 object; 5 MB as raw bytes (4 MB for DetectProtectiveEquipment)',
    quota: { adjustable: false },
  },
  'translate.realtime-size': {
    source: 'https://docs.aws.amazon.com/translate/latest/dg/what-is-limits.html#limits',
    sourceSection: 'Synchronous real-time translation quotas: maximum input text 10,000 bytes',
    quota: { adjustable: false },
    detail: 'Real-time document translation: up to 100,000 bytes; batch jobs take documents up to 20 MB.',
  },
  // General Reference quota tables: ACM, Config, CloudWatch, Batch, Direct Connect, Global Accelerator,
  // OpenSearch Service, Keyspaces, Parameter Store.
  'acm.domains-per-cert': {
    ...serviceQuota(`${GR}/acm.html#limits_acm`, 'Domain names per ACM certificate: 10, adjustable', 'acm', 'L-FB94F0B0'),
    detail: 'The ACM quotas page: up to 100 domain names on request; certificates issued through ACME take up to 100 (fixed); imported certificates are not limited.',
  },
  'config.rules': {
    source: `${GR}/awsconfig.html#limits_config`,
    sourceSection: 'AWS Config rules: Maximum number of AWS Config Rules per Region per account 1000, Adjustable No',
    quota: { adjustable: false },
    detail: 'Rules deployed by conformance packs (also organization ones) count toward it.',
  },
  'cloudwatch-logs.subscription-filters': {
    // Seventeenth pass: the value was 5, which no stored page states; the quotas page and the API say 2.
    source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html',
    sourceSection: 'CloudWatch Logs quotas: Subscription filters per log group, each supported Region: 2, Adjustable No',
    quota: { adjustable: false },
  },
  'cloudwatch.dimensions': {
    source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html#ACW-Type-MetricDatum-Dimensions',
    sourceSection: 'MetricDatum Dimensions: Array Members: Maximum number of 30 items',
    quota: { adjustable: false },
  },
  'cloudwatch.high-resolution': {
    source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html#ACW-Type-MetricDatum-StorageResolution',
    sourceSection: 'MetricDatum StorageResolution: valid values 1 and 60; 1 stores the metric with sub-minute resolution down to one second (custom metrics only)',
    quota: { adjustable: false },
  },
  'batch.compute-environments': {
    source: `${GR}/batch.html#limits_batch`,
    sourceSection: 'Service quotas: Compute environment limit 50 per account per Region, Adjustable No',
    quota: { adjustable: false },
  },
  'batch.array-size': {
    source: 'https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html',
    sourceSection: 'Array jobs: you specify an array size (between 2 and 10,000); General Reference: Maximum array size limit 10,000, Adjustable No',
    quota: { adjustable: false },
  },
  'direct-connect.private-vifs': {
    source: `${GR}/dc.html#limits_directconnect`,
    sourceSection: 'Service quotas: Public or private virtual interfaces per dedicated connection 50, Adjustable No',
    quota: { adjustable: false },
    // The Direct Connect guide's quota table: transit interfaces count against the same ceiling, not on top of it.
    detail: 'Up to 4 of the interfaces on a dedicated connection may be transit virtual interfaces, counted against a maximum of 51 virtual interfaces in all; a hosted connection has 1.',
  },
  'direct-connect.gateways': {
    source: `${GR}/dc.html#limits_directconnect`,
    sourceSection: 'Service quotas: Direct Connect gateways per account 200, Adjustable No',
    quota: { adjustable: false },
  },
  'global-accelerator.accelerators': serviceQuota(`${GR}/global_accelerator.html#limits_global_accelerator`, 'Service quotas: Standard accelerators per AWS account 20, adjustable (custom routing accelerators: 10)', 'globalaccelerator', 'L-BE074EF3'),
  // Seventeenth pass: the value was 500, which no stored page states; the OpenSearch quotas page and Service Quotas say 100.
  'opensearch.domains': serviceQuota(
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/limits.html#clusterresource',
    'Amazon OpenSearch Service quotas, domain and instance quotas: Domains per Region 100, adjustable (Service Quotas L-076D529E)',
    'es',
    'L-076D529E',
  ),
  'keyspaces.row-size': {
    source: `${GR}/keyspaces.html#quotas_keyspaces`,
    sourceSection: 'Service quotas: Max row size 1 Megabytes, Adjustable No (excluding static column data)',
    quota: { adjustable: false },
  },
  'keyspaces.tables': serviceQuota(`${GR}/keyspaces.html#quotas_keyspaces`, 'Service quotas: Tables per region 256 (across all keyspaces), adjustable', 'cassandra', 'L-BF48748A'),
  'ssm-session-manager.idle-timeout': {
    source: `${GR}/ssm.html#session-manager`,
    sourceSection: 'Service quotas for Session Manager: idle time before session termination, default 20 minutes, configurable to between 1 and 60 minutes',
    quota: { adjustable: false },
  },
  'ssm-parameter-store.throughput': {
    source: `${GR}/ssm.html#parameter-store`,
    sourceSection: 'Service quotas for Parameter Store: GetParameter, GetParameters, GetParametersByPath default 40 TPS shared; with higher throughput enabled GetParameter 10,000 (raising it incurs a charge)',
    quota: { adjustable: true },
    detail: 'Default 40 TPS shared by GetParameter, GetParameters and GetParametersByPath; with higher throughput GetParameter 10,000, GetParameters 1,000, GetParametersByPath 100.',
  },
  'batch.min-timeout': {
    source: 'https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html',
    sourceSection: 'Job timeouts: attemptDurationSeconds must be at least 60 seconds; there is no maximum timeout value',
    quota: { adjustable: false },
    detail: 'No timeout by default; jobs on Fargate cannot expect to run for more than 14 days.',
  },
  'clb.connection-draining': {
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html',
    sourceSection: 'Configure connection draining: the maximum timeout value can be set between 1 and 3,600 seconds (the default is 300 seconds)',
    quota: { adjustable: false },
  },
  'config.retention': {
    source: 'https://docs.aws.amazon.com/config/latest/developerguide/delete-config-data-with-retention-period.html',
    sourceSection: 'Deleting AWS Config Data: a retention period between 30 days and 7 years (2557 days); 7 years by default',
    quota: { adjustable: false },
  },
  's3-intelligent-tiering.archive-access-days': {
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html#intel-tiering-tier-definition',
    sourceSection: 'Archive Access tier (optional): objects not accessed for a minimum of 90 consecutive days; extendable to a maximum of 730 days',
    quota: { adjustable: false },
  },
  's3-intelligent-tiering.deep-archive-access-days': {
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html#intel-tiering-tier-definition',
    sourceSection: 'Deep Archive Access tier (optional): objects not accessed for a minimum of 180 consecutive days; extendable to a maximum of 730 days',
    quota: { adjustable: false },
  },
  'textract.sync-limits': {
    source: 'https://docs.aws.amazon.com/textract/latest/dg/limits-document.html',
    sourceSection: 'Set Quotas in Amazon Textract (cannot be changed): synchronous operations, JPEG, PNG, PDF and TIFF up to 10 MB in memory; PDF and TIFF 1 page',
    quota: { adjustable: false },
  },
  'textract.async-limits': {
    source: 'https://docs.aws.amazon.com/textract/latest/dg/limits-document.html',
    sourceSection: 'Set Quotas in Amazon Textract (cannot be changed): asynchronous operations, PDF and TIFF up to 500 MB in memory and 3,000 pages (JPEG and PNG 10 MB)',
    quota: { adjustable: false },
  },
  'aurora-serverless.auto-pause': {
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2-auto-pause.html#auto-pause-timeout',
    sourceSection: 'Configurable auto-pause timeout interval: minimum 300 seconds (the default), maximum 86,400 seconds (one day)',
    quota: { adjustable: false },
    detail: 'Needs a minimum capacity of 0 ACUs and an engine version that supports it (Aurora PostgreSQL 16.3, 15.7, 14.12, 13.15 or later; Aurora MySQL 3.08.0 or later).',
  },
  // AWS Backup, Cognito, Route 53, IAM Identity Center and DAX.
  'backup.vaults': {
    source: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/aws-backup-limits.html#aws-backup-quotas-table',
    sourceSection: 'Backup: total vaults (backup and logically air-gapped) per Region per account 300, Adjustable Yes',
    quota: { adjustable: true },
  },
  'backup.vault-lock-cooling-off': {
    source: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html#lock-backup-vault-console',
    sourceSection: 'Lock a backup vault using the console: the grace time must be at least 3 days (72 hours); ChangeableForDays 3 to 36,500',
    quota: { adjustable: false },
  },
  'backup.continuous-retention': {
    // Fifteenth pass: the page that states both ends (point-in-time-recovery gives only the 35-day maximum).
    source: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/point-in-time-recovery-retention-period.html',
    sourceSection: 'Changing your retention period: the minimum retention period is 1 day; the maximum retention period is 35 days',
    quota: { adjustable: false },
    detail: 'Continuous backups cannot move to cold storage (which needs 90 days); snapshot backups can be kept up to 100 years.',
  },
  'cognito.refresh-token-validity': {
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html',
    sourceSection: 'Refresh tokens: expires 30 days after sign-in by default; any value between 60 minutes and 10 years per app client',
    quota: { adjustable: false },
  },
  'route53.multivalue-records': {
    source: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-multivalue.html',
    sourceSection: 'Multivalue answer routing: Route 53 responds to DNS queries with up to eight healthy records',
    quota: { adjustable: false },
    detail: 'When all records are unhealthy, up to eight unhealthy records are returned.',
  },
  'iam-identity-center.session-duration': {
    source: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosessionduration.html',
    sourceSection: 'Set session duration for AWS accounts: 1 hour by default; minimum 1 hour, maximum 12 hours per permission set',
    quota: { adjustable: false },
  },
  'dax.nodes': {
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.cluster.html#DAX.concepts.clusters',
    sourceSection: 'Clusters: up to 11 nodes per cluster (the primary node plus a maximum of 10 read replicas)',
    quota: { adjustable: false },
    detail: 'Three nodes in different Availability Zones are the minimum for fault tolerance; a cluster supports up to 500 DynamoDB tables.',
  },
  // S3 Select, SageMaker AI, ElastiCache, EBS gp2, Aurora Serverless and FSx for Windows.
  's3-select.record-size': {
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/selecting-content-from-objects.html#selecting-content-from-objects-requirements-and-limits',
    sourceSection: 'Requirements and limits: the maximum length of a record in the input or result is 1 MB',
    quota: { adjustable: false },
    detail: 'Also: objects up to 5 TB, SQL expressions up to 256 KB. S3 Select is no longer available to new customers.',
  },
  'sagemaker-ai.async': {
    source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html',
    sourceSection: 'Asynchronous inference: large payload sizes (up to 1GB), long processing times (up to one hour); autoscales the instance count to zero',
    quota: { adjustable: false },
  },
  'elasticache.replicas': {
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.Redis.Groups.html',
    sourceSection: 'Understanding Valkey and Redis OSS replication: each shard has a single read/write primary node and up to 5 read-only replica nodes',
    quota: { adjustable: false },
  },
  'elasticache.shards': {
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.Redis.Groups.html#Replication.Redis.Groups.Cluster',
    sourceSection: 'Valkey or Redis OSS (cluster mode enabled): 1 to 500 shards; the node or shard limit can be increased to a maximum of 500 per cluster (Valkey 7.2+, Redis OSS 5.0.6+)',
    quota: { adjustable: true, via: 'support' },
    detail: 'By default a cluster holds up to 90 nodes (from 90 shards without replicas to 15 shards with 5 replicas); 500 needs a limit increase for nodes per cluster (250 on Redis OSS before 5.0.6).',
  },
  'ebs-gp2.iops': {
    source: 'https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html#gp2-performance',
    sourceSection: 'gp2 volume performance: baseline IOPS scales between a minimum of 100 and a maximum of 16,000 at 3 IOPS per GiB',
    quota: { adjustable: false },
    detail: 'Volumes smaller than 1 TiB burst to 3,000 IOPS on I/O credits; 16,000 is reached at 5,334 GiB.',
  },
  'aurora-serverless.capacity': {
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.how-it-works.html#aurora-serverless-v2.how-it-works.capacity',
    sourceSection: 'Aurora serverless capacity: from 0 ACUs to 256 ACUs; each ACU is approximately 2 GiB of memory with corresponding CPU and networking',
    quota: { adjustable: false },
    detail: 'Engine and platform versions set the range: 0.5–128 ACUs on older versions, 0.5–256 or 0–256 (auto-pause) on newer ones (Aurora MySQL 3.08.0+, Aurora PostgreSQL 13.15/14.12/15.7/16.3+ for 0).',
  },
  'fsx-windows.storage': {
    source: 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/limits.html#limits-MFS-resources-file-system',
    sourceSection: 'Resource quotas for each file system: minimum storage capacity, SSD file systems 32 GiB; maximum storage capacity, SSD and HDD 64 TiB',
    quota: { adjustable: false },
    detail: 'HDD file systems start at 2,000 GiB.',
  },
};
