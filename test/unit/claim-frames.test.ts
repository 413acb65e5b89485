/**
 * Claims said in other words: each statement below says a known-wrong thing in a wording the rule's
 * first patterns did not cover (other verbs, passive voice, the subject in an earlier clause); each
 * look-alike uses the same words for a right statement (negated, contrasted, conditional, another
 * service, a table row of both sides). Written for these tests, not taken from any document.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const CLAIMS: ReadonlyArray<readonly [rule: string, text: string]> = [
  ['multi-az-standby-reads', 'The RDS Multi-AZ standby takes the reporting queries so the primary stays fast.'],
  ['multi-az-standby-reads', 'Reporting reads are served by the standby instance in the second AZ (RDS Multi-AZ).'],
  ['multi-az-standby-reads', 'We point the BI tool at the Multi-AZ standby to offload reads.'],
  ['multi-az-standby-reads', 'With Multi-AZ enabled, the standby doubles as a read replica.'],
  ['multi-az-standby-reads', 'Our Multi-AZ RDS setup lets analysts query the standby directly.'],
  ['multi-az-standby-reads', 'Read traffic can go to the standby of the Multi-AZ PostgreSQL instance.'],
  ['sqs-standard-ordering', 'Orders arrive in the order they were sent because we use a standard SQS queue.'],
  ['sqs-standard-ordering', 'The standard queue delivers each message exactly once.'],
  ['sqs-standard-ordering', 'A standard queue keeps messages in FIFO order for the billing consumer.'],
  ['sqs-standard-ordering', 'Standard SQS queues never deliver duplicates, so the consumer needs no idempotency.'],
  ['sqs-standard-ordering', 'Messages from the standard queue are processed in sequence.'],
  ['peering-transitive', 'VPC A peers with B and B peers with C, so A reaches C through B.'],
  ['peering-transitive', 'Spoke VPCs talk to each other through the hub VPC over peering.'],
  ['peering-transitive', 'Peering is transitive, so the shared-services VPC forwards traffic between the spokes.'],
  ['peering-transitive', 'Traffic from the dev VPC can transit the peered prod VPC to reach on-premises.'],
  ['sg-deny-rule', 'We add a deny entry for the scanner IP to the web tier security group.'],
  ['sg-deny-rule', 'The DB security group blocks 10.0.5.0/24 with an explicit deny.'],
  ['sg-deny-rule', 'Security groups evaluate allow and deny rules in order.'],
  ['statefulness-claim', 'Security groups are stateless, so outbound return rules are needed.'],
  ['statefulness-claim', 'NACLs remember connections, so return traffic is allowed automatically.'],
  ['statefulness-claim', 'A network ACL is stateful.'],
  ['load-balancer-layer', 'The ALB is a layer 4 load balancer.'],
  ['load-balancer-layer', 'The NLB works at layer 7 and routes on the URL path.'],
  ['load-balancer-layer', 'Use a Network Load Balancer for path-based routing to the microservices.'],
  ['load-balancer-layer', 'The Application Load Balancer operates at the transport layer (layer 4).'],
  ['load-balancer-layer', 'NLB inspects HTTP headers to route requests.'],
  ['ebs-cross-az-attach', 'An EBS volume can be attached to an instance in another Availability Zone.'],
  ['ebs-cross-az-attach', 'We detach the EBS volume in us-east-1a and attach it to the instance in us-east-1b.'],
  ['s3-consistency', 'S3 is eventually consistent for new objects, so readers may miss a fresh upload.'],
  ['read-replica-failover', 'RDS read replicas fail over automatically when the primary dies.'],
];

const LOOK_ALIKES: readonly string[] = [
  'The Multi-AZ standby is not readable; reporting queries go to a read replica.',
  'A Multi-AZ DB cluster has two readable standbys that serve reads.',
  'Standard queues offer best-effort ordering; use FIFO when order matters.',
  'FIFO queues deliver messages in order, exactly once.',
  'VPC peering is not transitive: A cannot reach C through B.',
  'Spokes talk to each other through the Transit Gateway.',
  'Use a NACL deny entry for the scanner IP; security groups only allow.',
  'Security groups are stateful, unlike network ACLs.',
  'NACLs are stateless, so allow the ephemeral ports outbound.',
  'The ALB is a layer 7 load balancer; the NLB works at layer 4.',
  'Use an Application Load Balancer for path-based routing.',
  'An EBS volume can only be attached to instances in the same Availability Zone.',
  'To move data to us-east-1b, snapshot the volume and create a new one there.',
  'S3 has offered strong read-after-write consistency since December 2020.',
  'Aurora Replicas are promoted automatically if the writer fails.',
  'RDS read replicas do not fail over automatically; you promote one manually.',
  'After failover the old standby serves all reads and writes as the new primary (RDS Multi-AZ).',
  'Switching from a standard queue to FIFO gives us messages in the order they were sent.',
  '| OSI layer | L7 (ALB) | L4 (NLB) |',
  'The NLB forwards to an ALB target group, which routes by path.',
  'Client VPN connections to other VPCs can go through the VPC peering connection.',
  'S3 event notifications are delivered at least once and may arrive late.',
  'Multi-AZ read replicas fail over automatically to their own standby.',
  'The standby takes over when the primary fails (Multi-AZ).',
  'With Multi-AZ, the standby handles failover while read replicas handle reporting queries.',
  'Unlike EFS, an EBS volume cannot be attached across AZs.',
  'If the primary fails, we promote a read replica by hand.',
  'If we wanted path-based routing, an NLB would not do.',
];

const CLAIM_RULES = new Set(CLAIMS.map(([rule]) => rule));

function findingsOf(text: string): Array<{ ruleId: string; severity: string }> {
  return analyzeText(text).findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity }));
}

describe('claims said in other words (claim frames)', () => {
  for (const [rule, text] of CLAIMS) {
    it(`${rule}: ${text}`, () => {
      const found = findingsOf(text).filter((f) => f.ruleId === rule);
      assert.equal(found.length, 1, `expected one ${rule} finding on: ${text}`);
    });
  }
  for (const text of LOOK_ALIKES) {
    it(`no claim finding: ${text}`, () => {
      const found = findingsOf(text).filter((f) => CLAIM_RULES.has(f.ruleId));
      assert.deepEqual(found, [], `a right statement was flagged: ${text}`);
    });
  }
});
