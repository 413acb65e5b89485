/**
 * What the IPv6 rules share: the IPv6 CIDRs of a context with their role (VPC, subnet, route…), the
 * sizes AWS accepts (from the fact pack), and where a document says a VPC block comes from.
 */
import { cidrRole, type CidrRole } from '../../assertions/cidr-role';
import type { AnalyzedContext } from '../../model/records';
import { findCidr6s, type Cidr6Mention } from '../../recognisers/cidr6';
import { rangeOf, requireFact } from '../../../facts/catalog';

export interface BoundCidr6 extends Cidr6Mention {
  readonly role: CidrRole;
}

const VPC_RESOURCE = /^(?:aws_vpc|aws_vpc_ipv6_cidr_block_association|AWS::EC2::VPC|AWS::EC2::VPCCidrBlock)$/;
const SUBNET_RESOURCE = /^(?:aws_subnet|AWS::EC2::Subnet|AWS::EC2::SubnetCidrBlock)$/;

const cache = new WeakMap<AnalyzedContext, readonly BoundCidr6[]>();

/** The IPv6 CIDRs written in a context, each with the role the text gives it. */
export function cidr6sOf(context: AnalyzedContext): readonly BoundCidr6[] {
  // Most contexts cannot hold one: answer without a cache entry (a WeakMap entry per context was a
  // measurable share of a document of thousands of one-line blocks).
  if (!(context.text.includes(':') && context.text.includes('/'))) return NONE;
  let found = cache.get(context);
  if (found) return found;
  found = findCidr6s(context.text, context.start).map((mention) => ({ ...mention, role: roleOf(context, mention) }));
  cache.set(context, found);
  return found;
}

const NONE: readonly BoundCidr6[] = Object.freeze([]);

function roleOf(context: AnalyzedContext, mention: Cidr6Mention): CidrRole {
  if (context.resourceType) {
    if (VPC_RESOURCE.test(context.resourceType)) return 'vpc';
    if (SUBNET_RESOURCE.test(context.resourceType)) return 'subnet';
    return 'other';
  }
  return cidrRole(context, mention.start, mention.end, context.parents);
}

/** The prefix lengths AWS accepts: min to max in steps of 4. */
function steps(min: number, max: number): readonly number[] {
  const out: number[] = [];
  for (let p = min; p <= max; p += 4) out.push(p);
  return out;
}

export function subnetPrefixes(): readonly number[] {
  const r = rangeOf('vpc-ipv6.subnet-prefix');
  return steps(r.min, r.max);
}

export function vpcPrefixes(): readonly number[] {
  const r = rangeOf('vpc-ipv6.vpc-prefix');
  return steps(r.min, r.max);
}

export function amazonProvidedPrefix(): number {
  const fact = requireFact('vpc-ipv6.amazon-provided-prefix');
  return fact.value.type === 'number' ? fact.value.value : 56;
}

const AMAZON_PROVIDED = /\bamazon[- ]provided\b|amazon_provided_ipv6_cidr_block|AmazonProvidedIpv6CidrBlock|--amazon-provided-ipv6-cidr-block/i;
const OWN_POOL = /\bIPAM\b|ipv6_ipam_pool_id|Ipv6IpamPoolId|\bBYOIP\b|\bbring your own (?:IP|address)|\bipv6_pool\b|\bIpv6Pool\b/i;

/** Where the text of this context says the IPv6 block comes from, when it says so unambiguously. */
export function blockSource(context: AnalyzedContext): 'amazon' | 'pool' | undefined {
  const amazon = AMAZON_PROVIDED.test(context.text);
  const pool = OWN_POOL.test(context.text);
  if (amazon === pool) return undefined;
  return amazon ? 'amazon' : 'pool';
}

/** "/44 to /64 in steps of /4". */
export function stepsText(prefixes: readonly number[]): string {
  return `/${prefixes[0] ?? 0} to /${prefixes[prefixes.length - 1] ?? 0} in steps of /4`;
}
