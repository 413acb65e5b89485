/**
 * Service cards for IaC resource types (issue 15, defect 12): `aws_db_instance` in a Terraform
 * block, `AWS::SQS::Queue` in a CloudFormation template, or either in backticks in prose. The type's
 * words are matched against the fact pack's service names (the longest run of words that is a
 * service alias or id wins: `aws_ec2_transit_gateway` is Transit Gateway, not EC2; among equally
 * long runs the last, so `AWS::EC2::VPC` is a VPC); the few types
 * whose words name no service say so below.
 */
import { serviceOfResourceType } from '../recognisers/iac/resource-services';

export { serviceOfResourceType };

const RESOURCE_TYPE = /\baws_[a-z0-9_]{1,80}|\bAWS::[A-Za-z0-9]{1,60}::[A-Za-z0-9]{1,60}(?:::[A-Za-z0-9]{1,60})?/g;

/** The IaC resource type under `offset` in a context's text, with its service. */
export function resourceTypeAt(text: string, textStart: number, offset: number): { serviceId: string; start: number; end: number } | undefined {
  // Only the line under the cursor: an IaC block can be long.
  const at = offset - textStart;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
  for (const m of line.matchAll(RESOURCE_TYPE)) {
    const start = textStart + lineStart + (m.index ?? 0);
    const end = start + m[0].length;
    if (offset < start || offset > end) continue;
    const serviceId = serviceOfResourceType(m[0]);
    return serviceId ? { serviceId, start, end } : undefined;
  }
  return undefined;
}
