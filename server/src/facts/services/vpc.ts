import type { ServiceCard } from '../types';
import { num, range, text } from '../build';

const CIDR = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html';
const SIZING = 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html';
const QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html';
const DEFAULT_VPC = 'https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html';
const SUBNETS = 'https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html';

export const vpc: ServiceCard = {
  id: 'vpc',
  name: 'Amazon Virtual Private Cloud (VPC)',
  summary: 'A logically isolated virtual network in one Region, divided into subnets per Availability Zone.',
  aliases: ['VPC', 'VPCs', 'Amazon VPC', 'Virtual Private Cloud'],
  category: 'Networking',
  docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html',
  facts: [
    range('vpc.cidr-prefix', 'IPv4 CIDR block size', { min: 16, max: 28 }, 'prefix', CIDR, {
      hardLimit: true,
      detail: 'Between /16 (65,536 addresses) and /28 (16 addresses).',
      seedLine: 4598,
    }),
    range('vpc.subnet-cidr-prefix', 'Subnet IPv4 CIDR block size', { min: 16, max: 28 }, 'prefix', SIZING, {
      hardLimit: true,
    }),
    num('vpc.reserved-ips-per-subnet', 'Reserved addresses per subnet', 'count', 5, 'count', SIZING, {
      hardLimit: true,
      detail: 'Network address, VPC router (+1), DNS (+2), future use (+3) and the last address.',
    }),
    num('vpc.per-region', 'VPCs per Region', 'quota', 5, 'count', QUOTAS, {
      hardLimit: false,
      changed: { notes: 'maximum 5', note: '5 is the default quota and can be raised.' },
    }),
    range('vpc.ipv4-cidrs-per-vpc', 'IPv4 CIDR blocks per VPC', { min: 1, max: 50, default: 5 }, 'count', QUOTAS, {
      hardLimit: false,
      changed: { notes: 'up to 5', note: '5 is the default quota; it can be raised to 50.' },
    }),
    text('vpc.default-cidr', 'Default VPC CIDR', 'default', '172.31.0.0/16, one /20 default subnet per AZ', DEFAULT_VPC),
    text('vpc.subnet-one-az', 'Subnet and Availability Zone', 'behaviour', 'Each subnet lies entirely in one Availability Zone and cannot span zones; a VPC spans every zone of its Region', SUBNETS, {
      checked: '2026-12-07',
      sourceSection: 'Subnet basics',
    }),
    text('vpc.rfc1918', 'Recommended ranges', 'behaviour', '10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 (RFC 1918)', CIDR),
    text('vpc.public-cidr-allowed', 'Publicly routable VPC blocks', 'behaviour', 'Allowed: RFC 1918 is recommended, but a VPC can use a publicly routable IPv4 block', CIDR, {
      checked: '2026-12-07',
      seedLine: 4603,
      changed: { notes: 'VPC CIDRs must be private IPv4 ranges', note: 'AWS recommends RFC 1918 ranges but accepts publicly routable CIDR blocks.' },
    }),
  ],
};
