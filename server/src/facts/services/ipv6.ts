/**
 * IPv6 block sizes a VPC and its subnets accept (cli developer, issue 17; kept apart from vpc.ts so
 * the fact-pack maintainers can merge it). No aliases: this card adds facts, not recognition.
 */
import type { ServiceCard } from '../types';
import { num, range } from '../build';

/** The day these sizes were read on the two pages below. */
const CHECKED_IPV6 = '2026-12-06';
const CREATE_VPC = 'https://docs.aws.amazon.com/vpc/latest/userguide/create-vpc.html';
const CREATE_SUBNET = 'https://docs.aws.amazon.com/vpc/latest/userguide/create-subnets.html';

export const vpcIpv6: ServiceCard = {
  id: 'vpc-ipv6',
  name: 'Amazon VPC IPv6 addressing',
  summary: 'IPv6 CIDR blocks of dual-stack and IPv6-only VPCs and subnets: where a block comes from and the sizes AWS accepts.',
  aliases: [],
  category: 'Networking',
  docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  facts: [
    num('vpc-ipv6.amazon-provided-prefix', 'Amazon-provided IPv6 VPC block', 'limit', 56, 'prefix', CREATE_VPC, {
      hardLimit: true,
      checked: CHECKED_IPV6,
      detail: 'Amazon provides a fixed IPv6 CIDR block size of /56; its range and size cannot be chosen.',
    }),
    range('vpc-ipv6.vpc-prefix', 'IPv6 VPC block size (IPAM-allocated or BYOIP)', { min: 44, max: 60 }, 'prefix', CREATE_VPC, {
      hardLimit: true,
      checked: CHECKED_IPV6,
      detail: 'Between /44 and /60 in increments of /4, and more specific than the IPAM or BYOIP pool CIDR.',
    }),
    range('vpc-ipv6.subnet-prefix', 'IPv6 subnet block size', { min: 44, max: 64 }, 'prefix', CREATE_SUBNET, {
      hardLimit: true,
      checked: CHECKED_IPV6,
      detail: 'Between /44 and /64 in increments of /4, and equal to or more specific than the VPC block.',
    }),
  ],
};
