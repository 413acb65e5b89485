/**
 * The seventh re-verification pass (issue 13, facts helper session 7): behaviour, port and lifecycle facts
 * still dated 2026-11-27, the ones error-level rules rest on first, each read on a stored copy of the page it
 * cites (the awsdocs snapshot where no newer copy was found). Values live in services/*.ts.
 *
 * SEVENTH_CHECKED maps each fact read to what the page says; "fixed:" marks a fact whose value, wording or
 * source was changed to say only what the cited page states (a clause from a neighbouring page, or a source
 * that did not state the value). Their checked date moves to SEVENTH_CHECKED_ON; they are behaviour facts,
 * so `reverified` (the quota stamp) stays unset.
 */

export const SEVENTH_CHECKED_ON = '2026-12-07';

export const SEVENTH_CHECKED: Readonly<Record<string, string>> = {
  // Facts error-level rules rest on (load-balancer-layer, peering-transitive, vpc-overlap-connected,
  // ebs-cross-az-attach, sqs-*, sg-deny-rule, statefulness-claim, route53-record-claims, read-replica-failover).
  'vpc-peering.overlap': 'vpc-peering-basics limitations: cannot peer VPCs with matching or overlapping IPv4 CIDR blocks',
  'vpc-peering.transitive': 'vpc-peering-basics: no transitive peering; edge-to-edge routing: no use of the peer\'s internet gateway, NAT, VPN, Direct Connect or gateway endpoint',
  'alb.osi-layer': 'fixed: introduction: seventh layer of the OSI model, routes on the content of the application traffic; the host/path/header/query/method list is on listener-rules',
  'nlb.osi-layer': 'fixed: introduction: fourth layer of the OSI model; flow hash of protocol, addresses, ports (and TCP sequence); \'does not read HTTP paths\' and \'transport\' not on it',
  'ebs.az-scope': 'fixed: ebs-snapshots page does not state the AZ scope; ebs-volumes: replicated within its AZ, attach to an instance in the same AZ, snapshots move volumes across AZs',
  'sqs-fifo.name': 'FIFO queues page: the name of a FIFO queue must end with the .fifo suffix (counts toward the 80 characters)',
  'sqs.standard-ordering': 'standard queues: at-least-once message delivery; best-effort ordering, a copy may arrive out of order',
  'sqs-fifo.ordering': 'fixed: FIFO page: exactly-once processing, not per message group; FIFO-key-terms (current): messages of one message group processed one at a time in strict order; a deduplication ID sent again within 5 minutes delivered once',
  'security-group.allow-only': 'fixed: security-group-rules characteristics: you can specify allow rules, but not deny rules; the network ACL / WAF clause is not on it',
  'security-group.stateful': 'fixed: vpc-security-groups (awsdocs copy) is the overview without the statement; security-groups: security groups are stateful, responses allowed regardless of rules',
  'route53.alias': 'fixed: choosing-alias-non-alias: alias records only to selected AWS resources (API Gateway, VPC interface endpoint, CloudFront, Elastic Beanstalk, ELB, Global Accelerator, S3 website bucket, AppSync, another record in the zone), at the zone apex, no charge for alias queries to AWS resources; \'not to an EC2 DNS name\' not stated as such',
  'rds.read-replica-promotion': 'fixed: USER_ReadRepl promote section: asynchronous replication, promote with console/CLI/API, replication stops and the replica reboots; complements synchronous replication, automatic failure detection and failover; \'your automation\' not stated',
};
