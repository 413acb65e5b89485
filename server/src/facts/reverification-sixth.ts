/**
 * The sixth re-verification pass (issue 13, facts helper session 6): the fourth random audit (seed 20261209)
 * and the sweep after it. Same form and rules as reverification.ts; values live in services/*.ts.
 *
 * - SIXTH_REVERIFIED: facts re-verified for the first time on SIXTH_REVERIFIED_ON.
 * - RECONFIRMED: facts an earlier pass re-verified, read again on that date against the page that states them
 *   (the earlier entry stands; the date moves). The note says what the page says.
 * - CHECKED_AGAIN: behaviour facts (not quotas) the audit read and found right; their checked date moves.
 */
import type { Reverification } from './reverification';

export const SIXTH_REVERIFIED_ON = '2026-12-07';

const DOCDB_LIMITS = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/limits.html';

export const SIXTH_REVERIFIED: Readonly<Record<string, Reverification>> = {
  // Fourth audit: stale. The current quotas page gives two figures by engine version.
  'documentdb.max-storage': {
    source: `${DOCDB_LIMITS}#limits-cluster`,
    sourceSection: 'Cluster quotas: Cluster size (sum of all collections and indexes) 256 TiB for engine version 8.0 and beyond (128 TiB for earlier engine versions)',
    quota: { adjustable: false },
    detail: '256 TiB for instance-based clusters on engine version 8.0 and later; 128 TiB on earlier engine versions. A single collection is limited to 32 TiB (without its indexes).',
  },
};

export const RECONFIRMED: Readonly<Record<string, string>> = {
  'acm.certificates': 'acm-limits general quotas: Number of ACM certificates 2500; expired and revoked certificates count, Private CA and ACME ones do not',
  'alb.rules-per-listener': 'load-balancer-limits#rules-quotas: Rules per Application Load Balancer (excluding default rules) 100',
  'cloudformation.resources-per-stack': 'cloudformation-limits: Resources, maximum number you can declare in a template, 500 (use nested stacks)',
  'cloudtrail.trails': 'WhatIsCloudTrail-Limits: Trails per region 5, this limit cannot be increased',
  'ebs-st1.size': 'Ebs VolumeSize: st1 and sc1: 125-16,384',
  'ec2.user-data': 'user data is limited to 16 KB, in raw form, before it is base64-encoded',
  'internet-gateway.per-region': 'amazon-vpc-limits: Internet gateways per Region 5, raised with VPCs per Region (L-A4707A72)',
  'keyspaces.tables': 'quotas#table: Max tables per AWS Region 256, adjustable in Service Quotas',
  'kinesis-data-streams.shard-write': 'PutRecords: writes up to 1,000 records per second, up to a maximum data write total of 1 MiB per second',
  'mariadb.backup-retention': 'backup retention 0 to 35 days; default 1 day (API/CLI), 7 days (console)',
  'privatelink.interface-endpoints-per-vpc': 'Interface and Gateway Load Balancer endpoints per VPC 50, combined quota',
  's3-intelligent-tiering.archive-access-days': 'Archive Access after at least 90 consecutive days without access; extendable to 730 days',
  'sqs.fifo-throughput': 'FIFO queues: 300 API calls per second per action without batching, 3,000 messages with batches of 10',
};

export const CHECKED_AGAIN: readonly string[] = [
  'alexa-for-business.lifecycle',
  'application-discovery-service.agentless',
  'athena.cost-tips',
  'aurora.endpoints',
  'codeconnections.name',
  'config.remediation',
  'directory-service.simple-ad',
  'disaster-recovery.rto',
  'ec2.ri-terms',
  'elastic-ip.scope',
  'greengrass-v1.lifecycle',
  'iam.evaluation',
  'iam.session-policies',
  'inspector.scoring',
  'instance-store.price',
  'keyspaces.default-port',
  'network-protocols.rdp-port',
  'oracle.default-port',
  's3-onezone-ia.availability',
  's3-onezone-ia.durability',
  's3-select.formats',
];
