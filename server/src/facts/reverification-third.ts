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
};
