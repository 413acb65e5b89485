/** The hover card of an IPv6 CIDR: its range, how many /64 subnets it holds, and what AWS accepts. */
import { rangeOf, requireFact } from '../../facts/catalog';
import { escapeMarkdown, safeLink } from '../util/markdown-escape';
import { canonical6, count64s, format6, formatPowerOfTwo, hasHostBits6, last6, network6, PROBLEM_TEXT, type Cidr6Mention } from '../recognisers/cidr6';
import { formatNumber } from '../util/format';

function steps(min: number, max: number): number[] {
  const out: number[] = [];
  for (let p = min; p <= max; p += 4) out.push(p);
  return out;
}

export function renderCidr6Card(mention: Cidr6Mention): string {
  if (!mention.cidr || mention.problem) return `**${escapeMarkdown(mention.text)}** is not a valid IPv6 CIDR: ${escapeMarkdown(PROBLEM_TEXT[mention.problem ?? 'group-count'])}.`;
  const { cidr } = mention;
  const vpc = rangeOf('vpc-ipv6.vpc-prefix');
  const subnet = rangeOf('vpc-ipv6.subnet-prefix');
  const amazonFact = requireFact('vpc-ipv6.amazon-provided-prefix');
  const amazon = amazonFact.value.type === 'number' ? amazonFact.value.value : 56;
  const vpcOk = steps(vpc.min, vpc.max).includes(cidr.prefix);
  const subnetOk = steps(subnet.min, subnet.max).includes(cidr.prefix);
  const sixtyFours = count64s(cidr.prefix);
  const lines = [`**IPv6 CIDR ${escapeMarkdown(mention.text)}**`, ''];
  if (hasHostBits6(cidr)) lines.push(`⚠️ Host bits are set: the network is **${escapeMarkdown(canonical6(cidr))}**.`, '');
  lines.push('| | |', '| --- | --- |');
  lines.push(`| Range | ${format6(network6(cidr))} – ${format6(last6(cidr))} |`);
  lines.push(`| Addresses | ${formatPowerOfTwo(128 - cidr.prefix)} |`);
  lines.push(`| /64 subnets | ${cidr.prefix <= 64 ? (sixtyFours <= BigInt(Number.MAX_SAFE_INTEGER) ? formatNumber(Number(sixtyFours)) : formatPowerOfTwo(64 - cidr.prefix)) : 'none: smaller than a /64'} |`);
  lines.push(
    `| VPC block | ${cidr.prefix === amazon ? `yes: the size of an Amazon-provided block (always /${amazon}), also allowed from IPAM or BYOIP` : vpcOk ? `from IPAM or BYOIP only (/${vpc.min}–/${vpc.max} in steps of /4); an Amazon-provided block is always /${amazon}` : `no: Amazon-provided blocks are /${amazon}, IPAM and BYOIP blocks /${vpc.min}–/${vpc.max} in steps of /4`} |`,
  );
  lines.push(`| Subnet block | ${subnetOk ? `yes (/${subnet.min}–/${subnet.max} in steps of /4)` : `no: AWS accepts /${subnet.min}–/${subnet.max} in steps of /4`} |`);
  lines.push('', `${safeLink('Create a VPC', amazonFact.source)} · ${safeLink('Create a subnet', requireFact('vpc-ipv6.subnet-prefix').source)} (checked ${amazonFact.checked})`);
  return lines.join('\n');
}
