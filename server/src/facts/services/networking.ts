import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list, price } from './util';

const VPC_QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html';
const SG = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html';
/** Security group basics: "Security groups are stateful" (the overview page above does not say it). */
const SG_BASICS = 'https://docs.aws.amazon.com/vpc/latest/userguide/security-groups.html';
const SG_RULES = 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html';
const NACL = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html';
const NACL_EPHEMERAL = 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html';
const NAT = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html';
const NAT_BASICS = 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html';
const NAT_IDLE_TIMEOUT = 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-troubleshooting.html#nat-gateway-troubleshooting-timeout';
const VPC_PRICING = 'https://aws.amazon.com/vpc/pricing/';
const IGW = 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html';
const PEERING = 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html';
// States both halves: same-Region references across accounts (account-number prefix), none across Regions.
const PEERING_SG = 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html';
// The hybrid-networking lens states the four dedicated port speeds (and the hosted range).
const DX_SPEEDS = 'https://docs.aws.amazon.com/wellarchitected/latest/hybrid-networking-lens/aws-direct-connect.html';
const PEERING_QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-connection-quotas.html';
const GW_ENDPOINTS = 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html';
/** Prescriptive Guidance page stating that gateway endpoints come at no additional charge (fourteenth pass). */
const WKLD12 = 'https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-startup-security-baseline/wkld-12.html';
const ENDPOINT_QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html';
const PRIVATELINK = 'https://docs.aws.amazon.com/vpc/latest/privatelink/what-is-privatelink.html';
const PRIVATELINK_PRICING = 'https://aws.amazon.com/privatelink/pricing/';
const TGW_QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html';
const TGW = 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html';
const VPN_QUOTAS = 'https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html';
const VPN = 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html';
const VPN_TUNNELS = 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html';
const VPN_PRICING = 'https://aws.amazon.com/vpn/pricing/';
const DX_QUOTAS = 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html';
const DX = 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/Welcome.html';
const DX_MACSEC = 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/MACsec.html';
const DX_PRIVATE_VIF = 'https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreatePrivateVirtualInterface.html';
const DX_TRANSIT_VIF = 'https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateTransitVirtualInterface.html';
const FLOW_LOGS = 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html';
const NFW_QUOTAS = 'https://docs.aws.amazon.com/network-firewall/latest/developerguide/quotas.html';
const NFW = 'https://docs.aws.amazon.com/network-firewall/latest/developerguide/what-is-aws-network-firewall.html';
const NFW_ENGINES = 'https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-best-practices.html';
const NFW_PRICING = 'https://aws.amazon.com/network-firewall/pricing/';
const EC2_PRICING = 'https://aws.amazon.com/ec2/pricing/on-demand/';
const FREE_TIER_DT = 'https://aws.amazon.com/free/';
const CF_PRICING = 'https://aws.amazon.com/cloudfront/pricing/';

export const securityGroup: ServiceCard = {
  id: 'security-group',
  parent: 'vpc',
  name: 'Security group (Amazon VPC)',
  summary: 'A stateful, allow-only virtual firewall attached to network interfaces (instances, load balancers, endpoints).',
  aliases: ['security group', 'security groups', 'Security Group', 'Security Groups', 'SG', 'SGs', 'VPC security group'],
  category: 'Networking',
  docs: SG,
  facts: [
    text('security-group.stateful', 'State', 'behaviour', 'Stateful: return traffic is allowed automatically', SG_BASICS),
    text('security-group.allow-only', 'Rule types', 'behaviour', 'Allow rules only: you can specify allow rules, but not deny rules', SG_RULES, {
      seedLine: 31,
      changed: { notes: 'security groups "primarily" allow rules', note: 'Security groups have no deny rules at all.' },
    }),
    num('security-group.rules', 'Inbound (or outbound) rules per security group', 'quota', 60, 'count', VPC_QUOTAS, {
      hardLimit: false,
      detail: '60 inbound and 60 outbound per group; rules × groups per interface may not exceed 1,000.',
      names: { counted: ['inbound rules', 'outbound rules', 'rules per security group', 'rules per group', 'rules'] },
    }),
    range('security-group.per-eni', 'Security groups per network interface', { min: 1, max: 16, default: 5 }, 'count', VPC_QUOTAS, {
      hardLimit: false,
      detail: '5 by default, adjustable up to 16.',
    }),
    num('security-group.per-region', 'Security groups per Region', 'quota', 2_500, 'count', VPC_QUOTAS, { hardLimit: false }),
    text('security-group.defaults', 'New group defaults', 'default', 'No inbound rules; all outbound traffic allowed', SG_RULES),
    text('security-group.peer-reference', 'Referencing a peer VPC group', 'behaviour', 'Same-Region peering only; not across Regions', PEERING, {
      seedLine: 4788,
      changed: { notes: 'SGs of a peered VPC in another account or Region can be referenced', note: 'Inter-Region peering does not support security group references; use CIDRs.' },
    }),
  ],
};

export const networkAcl: ServiceCard = {
  id: 'network-acl',
  parent: 'vpc',
  name: 'Network ACL (Amazon VPC)',
  summary: 'A stateless subnet-level firewall with numbered allow and deny rules, evaluated lowest number first.',
  aliases: ['network ACL', 'network ACLs', 'Network ACL', 'NACL', 'NACLs', 'network access control list'],
  category: 'Networking',
  docs: NACL,
  facts: [
    text('network-acl.stateless', 'State', 'behaviour', 'Stateless: inbound and outbound rules are both evaluated (allow return ephemeral ports)', NACL, {
      seedLine: 4729,
      changed: { notes: 'primarily inbound rules', note: 'Separate inbound and outbound rule lists are both enforced.' },
    }),
    num('network-acl.rules', 'Rules per network ACL (each direction)', 'quota', 20, 'count', VPC_QUOTAS, {
      hardLimit: false,
      detail: '20 inbound and 20 outbound by default; adjustable up to 40.',
    }),
    range('network-acl.rule-number', 'Rule numbers', { min: 1, max: 32_766 }, 'count', NACL, {
      hardLimit: true,
      detail: 'Evaluated in order from the lowest number; first match wins.',
    }),
    num('network-acl.per-vpc', 'Network ACLs per VPC', 'quota', 200, 'count', VPC_QUOTAS, { hardLimit: false }),
    range('network-acl.ephemeral-ports', 'Ephemeral port range to allow', { min: 1_024, max: 65_535 }, 'port', NACL_EPHEMERAL, {
      checked: '2026-12-07',
      detail:
        'Opening 1024-65535 covers every kind of client. The client picks the range: many Linux kernels (Amazon Linux too) 32768-61000, ' +
        'Windows Server 2008 and later 49152-65535, Windows through Server 2003 1025-5000, and Elastic Load Balancing, NAT gateways and ' +
        'Lambda functions 1024-65535.',
    }),
    text('network-acl.defaults', 'Defaults', 'default', 'Default NACL allows all traffic; a new custom NACL denies all until rules are added', NACL),
  ],
};

export const natGateway: ServiceCard = {
  id: 'nat-gateway',
  parent: 'vpc',
  name: 'NAT gateway (Amazon VPC)',
  summary: 'Managed network address translation so private-subnet resources reach the internet or other networks without inbound exposure.',
  aliases: ['NAT gateway', 'NAT gateways', 'NAT Gateway', 'NAT GW', 'NATGW', 'nat gateway'],
  category: 'Networking',
  docs: NAT,
  facts: [
    num('nat-gateway.bandwidth', 'Bandwidth (scales automatically)', 'limit', 100, 'Gbps', NAT_BASICS, {
      hardLimit: true,
      detail: 'Starts at 5 Gbps and scales up to 100 Gbps; up to 10 million packets per second.',
      changed: { notes: 'scales up to 45 Gbps', note: 'Older documentation gave 45 Gbps as the ceiling; a NAT gateway now scales from 5 Gbps up to 100 Gbps.' },
    }),
    num('nat-gateway.connections-per-destination', 'Simultaneous connections per unique destination', 'limit', 55_000, 'count', NAT_BASICS, { hardLimit: true }),
    num('nat-gateway.per-az', 'NAT gateways per Availability Zone', 'quota', 5, 'count', VPC_QUOTAS, { hardLimit: false }),
    num('nat-gateway.idle-timeout', 'Idle connection timeout', 'duration', 350, 'seconds', NAT_IDLE_TIMEOUT, { hardLimit: true, sourceSection: 'Internet connection drops after 350 seconds' }),
    text('nat-gateway.placement', 'Placement', 'behaviour', 'A public NAT gateway is created in a public subnet with an Elastic IP address and routes to the internet gateway; create one in each AZ so an AZ outage does not cut the others off', NAT, {
      seedLine: 85,
      changed: { notes: 'attach an internet gateway for private instances', note: 'Private-only instances reach the internet through a NAT gateway, which uses the internet gateway.' },
    }),
    price('nat-gateway.hourly-price', 'Price per NAT gateway-hour (us-east-1)', 0.045, VPC_PRICING, { detail: 'Plus $0.045 per GB processed.' }),
  ],
};

export const internetGateway: ServiceCard = {
  id: 'internet-gateway',
  parent: 'vpc',
  name: 'Internet gateway (Amazon VPC)',
  summary: 'Horizontally scaled, redundant gateway that connects a VPC to the internet for resources with public IPs.',
  aliases: ['internet gateway', 'internet gateways', 'Internet Gateway', 'IGW', 'IGWs'],
  category: 'Networking',
  docs: IGW,
  facts: [
    num('internet-gateway.per-vpc', 'Internet gateways per VPC', 'limit', 1, 'count', VPC_QUOTAS, { hardLimit: true }),
    num('internet-gateway.per-region', 'Internet gateways per Region', 'quota', 5, 'count', VPC_QUOTAS, {
      hardLimit: false,
      detail: 'Tied to the VPCs-per-Region quota.',
    }),
    text('internet-gateway.public-ip', 'Requirement', 'behaviour', 'Only instances with a public IPv4/Elastic IP (or IPv6) reach the internet through it; subnet route 0.0.0.0/0 → igw-…', IGW),
    text('internet-gateway.bandwidth', 'Bandwidth', 'behaviour', 'No bandwidth constraint or availability risk imposed by the gateway', IGW),
  ],
};

export const vpcPeering: ServiceCard = {
  id: 'vpc-peering',
  parent: 'vpc',
  name: 'VPC peering',
  summary: 'A private, non-transitive connection between two VPCs (same or different account or Region).',
  aliases: ['VPC peering', 'VPC Peering', 'peering connection', 'VPC peering connection', 'peered VPC', 'peered VPCs'],
  category: 'Networking',
  docs: PEERING,
  facts: [
    range('vpc-peering.per-vpc', 'Active peering connections per VPC', { min: 0, max: 125, default: 50 }, 'count', PEERING_QUOTAS, {
      hardLimit: false,
      detail: '50 by default, adjustable up to 125.',
    }),
    text('vpc-peering.transitive', 'Transitive routing', 'behaviour', 'Not transitive: no routing through a peer to a third VPC, VPN, DX or IGW', PEERING),
    text('vpc-peering.overlap', 'CIDR overlap', 'behaviour', 'VPCs with overlapping IPv4 CIDR blocks cannot be peered', PEERING),
    text('vpc-peering.sg-reference', 'Security group references', 'behaviour', 'Allowed across accounts in the same Region; not for inter-Region peering', PEERING_SG, {
      checked: '2026-12-06',
      detail: 'A group in another account of the same Region is written with its account number (123456789012/sg-1a2b3c4d); across Regions use the peer VPC’s CIDR block.',
    }),
  ],
};

export const vpcFlowLogs: ServiceCard = {
  id: 'vpc-flow-logs',
  parent: 'vpc',
  name: 'VPC Flow Logs',
  summary: 'Capture IP traffic metadata for a VPC, subnet or network interface to CloudWatch Logs, S3 or Firehose.',
  aliases: ['VPC Flow Logs', 'VPC flow logs', 'flow logs', 'Flow Logs', 'VPC flow log', 'flow log'],
  category: 'Networking',
  docs: FLOW_LOGS,
  facts: [
    list('vpc-flow-logs.destinations', 'Destinations', 'behaviour', ['CloudWatch Logs', 'Amazon S3', 'Amazon Data Firehose'], FLOW_LOGS),
    list('vpc-flow-logs.aggregation', 'Maximum aggregation interval', 'default', ['600 seconds (default)', '60 seconds'], FLOW_LOGS),
    text('vpc-flow-logs.not-captured', 'Not captured', 'behaviour', 'Traffic to the Amazon DNS server, instance metadata (169.254.169.254), Time Sync, DHCP and Windows license activation', FLOW_LOGS),
  ],
};

export const privatelink: ServiceCard = {
  id: 'privatelink',
  parent: 'vpc',
  name: 'AWS PrivateLink and VPC endpoints',
  summary: 'Private connectivity from a VPC to AWS services and endpoint services: interface endpoints (ENIs) and gateway endpoints (S3, DynamoDB).',
  aliases: ['PrivateLink', 'AWS PrivateLink', 'VPC endpoint', 'VPC endpoints', 'interface endpoint', 'interface endpoints', 'gateway endpoint', 'gateway endpoints', 'Gateway endpoint', 'Interface endpoint', 'endpoint service', 'VPCE'],
  category: 'Networking',
  docs: PRIVATELINK,
  facts: [
    list('privatelink.gateway-endpoint-services', 'Gateway endpoint services', 'behaviour', ['Amazon S3', 'Amazon DynamoDB'], GW_ENDPOINTS, {
      detail: 'Gateway endpoints are route-table targets and cost nothing; other services use interface endpoints.',
    }),
    num('privatelink.interface-endpoints-per-vpc', 'Interface and Gateway Load Balancer endpoints per VPC', 'quota', 50, 'count', ENDPOINT_QUOTAS, { hardLimit: false }),
    num('privatelink.gateway-endpoints-per-region', 'Gateway endpoints per Region', 'quota', 20, 'count', ENDPOINT_QUOTAS, { hardLimit: false }),
    num('privatelink.bandwidth', 'VPC endpoint bandwidth per AZ (automatic scaling up to)', 'quota', 100, 'Gbps', ENDPOINT_QUOTAS, {
      hardLimit: false,
      detail: '10 Gbps per AZ by default, scaling automatically to 100 Gbps; more through AWS Support.',
    }),
    price('privatelink.hourly-price', 'Interface endpoint price per AZ-hour (us-east-1)', 0.01, PRIVATELINK_PRICING, { detail: 'Plus $0.01 per GB processed (first PB).' }),
    text('privatelink.gateway-price', 'Gateway endpoint price', 'price', 'No charge', WKLD12),
  ],
};

export const transitGateway: ServiceCard = {
  id: 'transit-gateway',
  name: 'AWS Transit Gateway',
  summary: 'A regional hub router that connects VPCs, VPNs and Direct Connect gateways with transitive routing.',
  aliases: ['Transit Gateway', 'AWS Transit Gateway', 'transit gateway', 'TGW', 'TGWs', 'TGW attachment'],
  category: 'Networking',
  docs: TGW,
  facts: [
    num('transit-gateway.attachments', 'Attachments per transit gateway', 'limit', 5_000, 'count', TGW_QUOTAS, { hardLimit: true }),
    num('transit-gateway.per-region', 'Transit gateways per account per Region', 'quota', 5, 'count', TGW_QUOTAS, { hardLimit: false }),
    num('transit-gateway.vpc-bandwidth', 'Bandwidth per VPC attachment per AZ (burst)', 'limit', 100, 'Gbps', TGW_QUOTAS, { hardLimit: true }),
    num('transit-gateway.vpn-tunnel-bandwidth', 'Bandwidth per VPN tunnel', 'limit', 1.25, 'Gbps', TGW_QUOTAS, {
      hardLimit: true,
      detail: 'Use ECMP over several tunnels for more.',
    }),
    num('transit-gateway.mtu', 'MTU between VPC, DX and peering attachments', 'limit', 8_500, 'bytes', TGW_QUOTAS, {
      hardLimit: true,
      detail: 'VPN attachments: 1,500 bytes.',
    }),
    num('transit-gateway.peering', 'Peering attachments per transit gateway', 'quota', 50, 'count', TGW_QUOTAS, { hardLimit: false }),
    num('transit-gateway.route-tables', 'Route tables per transit gateway', 'quota', 20, 'count', TGW_QUOTAS, { hardLimit: false }),
  ],
};

export const siteToSiteVpn: ServiceCard = {
  id: 'site-to-site-vpn',
  name: 'AWS Site-to-Site VPN',
  summary: 'Managed IPsec VPN between an on-premises customer gateway and a virtual private gateway or transit gateway.',
  aliases: ['Site-to-Site VPN', 'AWS Site-to-Site VPN', 'site-to-site VPN', 'S2S VPN', 'IPsec VPN', 'virtual private gateway', 'Virtual Private Gateway', 'VGW', 'customer gateway', 'Customer Gateway', 'CGW', 'VPN CloudHub', 'AWS VPN'],
  category: 'Networking',
  docs: VPN,
  facts: [
    num('site-to-site-vpn.tunnels', 'Tunnels per VPN connection', 'count', 2, 'count', VPN_TUNNELS, {
      hardLimit: true,
      detail: 'Two tunnels, each ending in a different AZ, for redundancy.',
    }),
    num('site-to-site-vpn.tunnel-bandwidth', 'Bandwidth per tunnel (standard tunnel)', 'limit', 1.25, 'Gbps', VPN_QUOTAS, { hardLimit: true }),
    num('site-to-site-vpn.per-vgw', 'VPN connections per virtual private gateway', 'quota', 10, 'count', VPN_QUOTAS, { hardLimit: false }),
    num('site-to-site-vpn.customer-gateways', 'Customer gateways per Region', 'quota', 50, 'count', VPN_QUOTAS, { hardLimit: false }),
    port('site-to-site-vpn.default-port', 'IKE (UDP)', 500, 'https://docs.aws.amazon.com/vpn/latest/s2svpn/FirewallRules.html', { detail: 'NAT traversal uses UDP 4500; IPsec ESP is IP protocol 50.' }),
    price('site-to-site-vpn.hourly-price', 'Price per VPN connection-hour (us-east-1)', 0.05, VPN_PRICING),
  ],
};

export const directConnect: ServiceCard = {
  id: 'direct-connect',
  name: 'AWS Direct Connect',
  summary: 'Dedicated private network connections from on-premises to AWS through Direct Connect locations.',
  aliases: ['Direct Connect', 'AWS Direct Connect', 'DirectConnect', 'DX', 'Direct Connect gateway', 'Direct Connect Gateway', 'DXGW', 'DX gateway'],
  category: 'Networking',
  docs: DX,
  facts: [
    list('direct-connect.dedicated-speeds', 'Dedicated connection speeds', 'behaviour', ['1 Gbps', '10 Gbps', '100 Gbps', '400 Gbps'], DX_SPEEDS, { checked: '2026-12-06' }),
    text('direct-connect.hosted-speeds', 'Hosted connection speeds', 'behaviour', '50 Mbps to 25 Gbps, from an AWS Direct Connect Partner', 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/hosted_connection.html'),
    text('direct-connect.encryption', 'Encryption', 'behaviour', 'Not encrypted by default; use MACsec (10/100/400 Gbps dedicated) or a Site-to-Site VPN over DX', DX_MACSEC),
    num('direct-connect.private-vif-mtu', 'Private virtual interface MTU (jumbo frames)', 'limit', 8_500, 'bytes', DX_PRIVATE_VIF, {
      hardLimit: true,
      checked: '2026-12-06',
      detail: '1500 by default, 8500 with jumbo frames; turning jumbo frames on can update the connection and interrupt every virtual interface on it for up to 30 seconds. Older API and SDK references give 9001 for private virtual interfaces.',
    }),
    num('direct-connect.transit-vif-mtu', 'Transit virtual interface MTU (jumbo frames)', 'limit', 8_500, 'bytes', DX_TRANSIT_VIF, {
      hardLimit: true,
      checked: '2026-12-06',
      detail: 'Either 1500 or 8500; no other value is accepted.',
    }),
    num('direct-connect.private-vifs', 'Private or public virtual interfaces per dedicated connection', 'quota', 50, 'count', DX_QUOTAS, { hardLimit: true }),
    num('direct-connect.gateways', 'Direct Connect gateways per account', 'limit', 200, 'count', DX_QUOTAS, { hardLimit: true }),
    text('direct-connect.setup-time', 'Lead time', 'duration', 'New connections take weeks (ordering, cross-connect at the location); plan a VPN in the meantime or as backup', DX, {
      seedLine: 5282,
    }),
  ],
};

export const networkFirewall: ServiceCard = {
  id: 'network-firewall',
  name: 'AWS Network Firewall',
  summary: 'Managed stateful network firewall and IPS for VPCs, with Suricata-compatible rules, deployed as endpoints in firewall subnets.',
  aliases: ['Network Firewall', 'AWS Network Firewall', 'ANFW'],
  category: 'Security',
  docs: NFW,
  facts: [
    num('network-firewall.per-region', 'Firewalls per account per Region', 'quota', 5, 'count', NFW_QUOTAS, { hardLimit: false }),
    num('network-firewall.throughput', 'Throughput per firewall endpoint', 'limit', 100, 'Gbps', NFW_QUOTAS, { hardLimit: true }),
    text('network-firewall.engines', 'Rule engines', 'behaviour', 'Classic policies: stateless rules (ordered by priority) then stateful rules (Suricata-compatible, domain lists); Next Generation policies: a firewall engine forwards accepted traffic to the IPS engine', NFW_ENGINES),
    price('network-firewall.hourly-price', 'Price per firewall endpoint-hour (us-east-1)', 0.395, NFW_PRICING, { detail: 'Plus $0.065 per GB processed.' }),
  ],
};

export const dataTransfer: ServiceCard = {
  id: 'data-transfer',
  name: 'AWS data transfer pricing',
  summary: 'What moving bytes costs: free inbound, charged cross-AZ, cross-Region and internet egress.',
  aliases: ['data transfer', 'Data Transfer', 'data transfer out', 'DTO', 'inter-AZ', 'cross-AZ', 'inter-Region', 'cross-Region'],
  category: 'Cost management',
  docs: EC2_PRICING,
  facts: [
    price('data-transfer.inbound', 'Data transfer in from the internet (per GB)', 0, EC2_PRICING),
    price('data-transfer.inter-az', 'Between AZs in a Region (per GB, each direction)', 0.01, EC2_PRICING, {
      seedLine: 4967,
      changed: { notes: '$0.01 per GB (private IP), $0.02 per GB (public IP)', note: '$0.01/GB is charged in each direction, so a GB moved costs $0.02; public or Elastic IPs are charged even within an AZ.' },
    }),
    price('data-transfer.internet-out', 'Out to the internet, first 10 TB/month (per GB, us-east-1)', 0.09, EC2_PRICING, {
      detail: 'The first 100 GB per month are free (aggregated across services).',
    }),
    price('data-transfer.inter-region', 'Between Regions from US/EU Regions (per GB)', 0.02, EC2_PRICING, {
      seedLine: 4969,
      changed: { notes: '$0.02 per GB outbound', note: 'Varies by source Region; $0.02 applies to US and EU Regions, others cost more.' },
    }),
    price('data-transfer.same-az', 'Within one AZ over private IPs (per GB)', 0, EC2_PRICING),
    price('data-transfer.cloudfront-out', 'CloudFront to the internet, US/EU first 10 TB (per GB)', 0.085, CF_PRICING, {
      detail: 'Origin fetches from AWS origins (S3, ALB, EC2) to CloudFront are free.',
    }),
    num('data-transfer.free-tier', 'Free data transfer out per month', 'default', 100, 'GiB', FREE_TIER_DT),
  ],
};
