/** The rule registry, in docs order. Adding a rule: one file here plus one line below. */
import type { Rule } from './types';
import { vpcCidrSize } from './vpc-cidr-size';
import { cidrHostBits } from './cidr-host-bits';
import { enginePortMismatch } from './engine-port-mismatch';
import { cidrInvalid } from './cidr-invalid';
import { cidrNetmaskMismatch } from './cidr-netmask-mismatch';
import { cidrAddressCount } from './cidr-address-count';
import { subnetUsableIps } from './subnet-usable-ips';
import { subnetReservedCount } from './subnet-reserved-count';
import { subnetTooSmall } from './subnet-too-small';
import { subnetOutsideVpc } from './subnet-outside-vpc';
import { subnetOverlap } from './subnet-overlap';
import { vpcOverlapConnected } from './vpc-overlap-connected';
import { sgDenyRule } from './sg-deny-rule';
import { statefulnessClaim } from './statefulness-claim';
import { peeringTransitive } from './peering-transitive';
import { multiAzStandbyReads } from './multi-az-standby-reads';
import { sqsStandardOrdering } from './sqs-standard-ordering';

export const RULES: readonly Rule[] = [
  // Addressing
  vpcCidrSize,
  cidrHostBits,
  cidrInvalid,
  cidrNetmaskMismatch,
  cidrAddressCount,
  subnetUsableIps,
  subnetReservedCount,
  subnetTooSmall,
  subnetOutsideVpc,
  subnetOverlap,
  vpcOverlapConnected,
  // Ports
  enginePortMismatch,
  // Behaviour
  sgDenyRule,
  statefulnessClaim,
  peeringTransitive,
  multiAzStandbyReads,
  sqsStandardOrdering,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

/** Versioned docs link for a rule, used as `codeDescription.href` and SARIF `helpUri`. */
export const DOCS_BASE = 'https://github.com/archnotes/archnotes/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
