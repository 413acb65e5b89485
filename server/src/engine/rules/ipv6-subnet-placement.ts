/**
 * The IPv6 subnets and VPC blocks a document defines, for the two placement rules (a subnet outside
 * its VPC's IPv6 block, subnets that overlap). Deliberately narrow: a subnet is tied to a VPC block
 * only when the statement or row names one, or when the document has a single IPv6 VPC block.
 */
import { contains6, network6, type Cidr6 } from '../recognisers/cidr6';
import { plainCell } from '../parse/cells';
import type { AnalyzedContext } from '../model/records';
import { resourceNameOf } from '../model/document-model';
import { cidr6sOf, type BoundCidr6 } from './kit/ipv6-blocks';

export interface Block6 {
  readonly cidr: Cidr6;
  readonly mention: BoundCidr6;
  readonly context: AnalyzedContext;
  /** A table row's first cell or an IaC resource name; undefined when the text names none. */
  readonly name?: string;
}

/** A subnet block with the VPC block it belongs to, when the text ties them. */
export interface Subnet6 extends Block6 {
  readonly vpc?: Block6;
}

export interface Placement6 {
  readonly vpcs: readonly Block6[];
  readonly subnets: readonly Subnet6[];
}

export function hasIpv6Block(context: AnalyzedContext): boolean {
  return cidr6sOf(context).some((m) => m.cidr && (m.role === 'vpc' || m.role === 'subnet'));
}

function nameOf(context: AnalyzedContext, mention: BoundCidr6): string | undefined {
  const resource = resourceNameOf(context);
  if (resource) return resource;
  if (context.kind === 'tableRow' && context.cells) {
    const first = context.cells.find((c) => !c.text.includes(mention.text) && /\w/.test(c.text));
    const label = first && plainCell(first.text);
    if (label && /^[\w.-]{1,63}$/.test(label)) return label;
  }
  return undefined;
}

export function placementOf(contexts: readonly AnalyzedContext[]): Placement6 {
  const vpcs: Block6[] = [];
  const found: Block6[] = [];
  for (const context of contexts) {
    for (const mention of cidr6sOf(context)) {
      if (!mention.cidr) continue;
      const block: Block6 = { cidr: mention.cidr, mention, context, name: nameOf(context, mention) };
      if (mention.role === 'vpc') vpcs.push(block);
      else if (mention.role === 'subnet') found.push(block);
    }
  }
  const distinct = new Map<string, Block6>();
  for (const v of vpcs) distinct.set(`${network6(v.cidr)}/${v.cidr.prefix}`, v);
  const only = distinct.size === 1 ? [...distinct.values()][0] : undefined;
  const subnets = found.map((s) => {
    const same = vpcs.filter((v) => v.context === s.context);
    return { ...s, vpc: same.length === 1 ? same[0] : only };
  });
  return { vpcs, subnets };
}

export function sameBlock(a: Block6, b: Block6): boolean {
  return a.cidr.prefix === b.cidr.prefix && network6(a.cidr) === network6(b.cidr);
}

export { contains6 };
