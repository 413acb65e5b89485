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
const SQS_QUEUE_QUOTAS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-queues.html';

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
    source: EB_PUT_EVENTS,
    sourceSection: 'PutEvents: the total entry size must be less than 1MB',
    quota: { adjustable: false },
    history: [{ value: '256 KB', until: '2026-01-29', source: SERVERLESS_1MB }],
    detail: '1 MB per PutEvents entry, measured as the calculation page describes; 256 KB until January 2026 (older pages and courses still say 256 KB).',
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
};
