/** The rule registry, in docs order. Adding a rule: one file here plus one line below. */
import type { Rule } from './kit/types';
import { vpcCidrSize } from './vpc-cidr-size';
import { cidrHostBits } from './cidr-host-bits';
import { enginePortMismatch } from './engine-port-mismatch';
import { namedDbPortMismatch } from './named-db-port-mismatch';
import { protocolPortMismatch } from './protocol-port-mismatch';
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
import { loadBalancerLayer } from './load-balancer-layer';
import { ebsCrossAzAttach } from './ebs-cross-az-attach';
import { s3Consistency } from './s3-consistency';
import { readReplicaFailover } from './read-replica-failover';
import { sqsStandardOrdering } from './sqs-standard-ordering';
import { sqsFifoNameSuffix } from './sqs-fifo-name-suffix';
import { sqsRetention } from './sqs-retention';
import { sqsVisibilityTimeout } from './sqs-visibility-timeout';
import { sqsWaitTime } from './sqs-wait-time';
import { sqsMessageSize } from './sqs-message-size';
import { lambdaTimeout } from './lambda-timeout';
import { lambdaMemory } from './lambda-memory';
import { lambdaEphemeralStorage } from './lambda-ephemeral-storage';
import { kinesisRetention } from './kinesis-retention';
import { kinesisRecordSize } from './kinesis-record-size';
import { dynamodbItemSize } from './dynamodb-item-size';
import { dynamodbStreamsRetention } from './dynamodb-streams-retention';
import { dynamodbPitrWindow } from './dynamodb-pitr-window';
import { cloudwatchLogsRetentionInvalid } from './cloudwatch-logs-retention-invalid';
import { s3ObjectSize } from './s3-object-size';
import { s3BucketNameInvalid } from './s3-bucket-name-invalid';
import { rdsBackupRetention } from './rds-backup-retention';
import { renamedService } from './renamed-service';
import { closedToNewCustomers, retiredService } from './retired-service';
import { cloudtrailEventHistory } from './cloudtrail-event-history';
import { apiGatewayTimeout } from './api-gateway-timeout';
import { apiGatewayHttpTimeout } from './api-gateway-http-timeout';
import { quotaAsHardLimit } from './quota-as-hard-limit';
import { readReplicaCount } from './read-replica-count';
import { outdatedCeiling } from './outdated-ceiling';
import { directConnectSpeeds } from './direct-connect-speeds';
import { ebsSingleAttach } from './ebs-single-attach';
import { kinesisShardsProvisioned } from './kinesis-shards-provisioned';
import { cloudwatchAlarmStates } from './cloudwatch-alarm-states';
import { eksControlPlaneFree } from './eks-control-plane-free';
import { albSingleCertificate } from './alb-single-certificate';
import { cloudwatchEc2MemoryMetrics } from './cloudwatch-ec2-memory-metrics';
import { placementPartitionSingleAz } from './placement-partition-single-az';
import { behaviourClaim } from './behaviour-claim';
import { cloudfrontPublicOrigin } from './cloudfront-public-origin';
import { sgReferenceInterRegion } from './sg-reference-inter-region';
import { s3IntelligentTieringTiers } from './s3-intelligent-tiering-tiers';
import { opensearchNoSql } from './opensearch-no-sql';
import { apiGatewayTimeoutFixed } from './api-gateway-timeout-fixed';
import { scpGrantsPermissions } from './scp-grants-permissions';
import { cognitoUserPoolCredentials } from './cognito-user-pool-credentials';
import { cloudformationTemplateOrder } from './cloudformation-template-order';
import { kinesisShardSingleConsumer } from './kinesis-shard-single-consumer';
import { ebsEncryptedByDefault } from './ebs-encrypted-by-default';
import { defaultVpcSubnetCount } from './default-vpc-subnet-count';
import { s3SseHeaderValue } from './s3-sse-header-value';
import { snsQueue } from './sns-queue';
import { glacierVaultLockBucket } from './glacier-vault-lock-bucket';
import { vpcCidrPrivateOnly } from './vpc-cidr-private-only';
import { elasticacheEngines } from './elasticache-engines';
import { sgMostlyAllow } from './sg-mostly-allow';
import { fsxLustreMultiAz } from './fsx-lustre-multi-az';
import { boundaryGrantsPermissions } from './boundary-grants-permissions';
import { redshiftIndexes } from './redshift-indexes';
import { mskPartitionsFixed } from './msk-partitions-fixed';
import { cloudtrailDefaultDelivery } from './cloudtrail-default-delivery';
import { dmsDynamodbSource } from './dms-dynamodb-source';
import { sessionManagerPlatforms } from './session-manager-platforms';
import { tapeGatewayPhysicalTapes } from './tape-gateway-physical-tapes';
import { launchTemplateDiscount } from './launch-template-discount';
import { iamRegionConditionKey } from './iam-region-condition-key';
import { s3BucketArnFormat } from './s3-bucket-arn-format';
import { auroraBacktrackPostgresql } from './aurora-backtrack-postgresql';
import { statedLimitRule } from './stated-limit';
import { spotBidding } from './spot-bidding';
import { cloudfrontOaiLegacy } from './cloudfront-oai-legacy';
import { documentdbMongodbParity } from './documentdb-mongodb-parity';
import { dbFailoverInstant } from './db-failover-instant';
import { awsNameMisspelled } from './aws-name-misspelled';
import { acmExport } from './acm-export';
import { lambdaEdgeRegion } from './lambda-edge-region';
import { lambdaContainerRuntime } from './lambda-container-runtime';
import { naclInboundOnly } from './nacl-inbound-only';
import { dynamodbProvisionedUpfront } from './dynamodb-provisioned-upfront';
import { savingsPlansScope } from './savings-plans-scope';
import { elasticsearchDestination } from './elasticsearch-destination';
import { cloudfrontPopCount } from './cloudfront-pop-count';
import { route53CnameApex, route53AliasEc2 } from './route53-record-claims';
import { ipv6CidrInvalid } from './ipv6-cidr-invalid';
import { ipv6CidrSize } from './ipv6-cidr-size';
import { ipv6CidrHostBits } from './ipv6-cidr-host-bits';
import { ipv6SubnetOutsideVpc } from './ipv6-subnet-outside-vpc';
import { ipv6SubnetOverlap } from './ipv6-subnet-overlap';
import { VERSION } from '../../version';

const HAND_WRITTEN: readonly Rule[] = [
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
  ipv6CidrInvalid,
  ipv6CidrSize,
  ipv6CidrHostBits,
  ipv6SubnetOutsideVpc,
  ipv6SubnetOverlap,
  // Ports
  enginePortMismatch,
  namedDbPortMismatch,
  protocolPortMismatch,
  // Behaviour
  sgDenyRule,
  statefulnessClaim,
  peeringTransitive,
  multiAzStandbyReads,
  readReplicaFailover,
  loadBalancerLayer,
  ebsCrossAzAttach,
  ebsSingleAttach,
  s3Consistency,
  sqsStandardOrdering,
  sqsFifoNameSuffix,
  kinesisShardsProvisioned,
  cloudwatchAlarmStates,
  eksControlPlaneFree,
  albSingleCertificate,
  cloudwatchEc2MemoryMetrics,
  placementPartitionSingleAz,
  behaviourClaim,
  cloudfrontPublicOrigin,
  sgReferenceInterRegion,
  s3IntelligentTieringTiers,
  opensearchNoSql,
  apiGatewayTimeoutFixed,
  scpGrantsPermissions,
  cognitoUserPoolCredentials,
  cloudformationTemplateOrder,
  kinesisShardSingleConsumer,
  ebsEncryptedByDefault,
  defaultVpcSubnetCount,
  s3SseHeaderValue,
  snsQueue,
  glacierVaultLockBucket,
  vpcCidrPrivateOnly,
  elasticacheEngines,
  sgMostlyAllow,
  fsxLustreMultiAz,
  boundaryGrantsPermissions,
  redshiftIndexes,
  mskPartitionsFixed,
  cloudtrailDefaultDelivery,
  dmsDynamodbSource,
  sessionManagerPlatforms,
  tapeGatewayPhysicalTapes,
  launchTemplateDiscount,
  iamRegionConditionKey,
  s3BucketArnFormat,
  auroraBacktrackPostgresql,
  spotBidding,
  cloudfrontOaiLegacy,
  documentdbMongodbParity,
  dbFailoverInstant,
  awsNameMisspelled,
  acmExport,
  lambdaEdgeRegion,
  lambdaContainerRuntime,
  naclInboundOnly,
  dynamodbProvisionedUpfront,
  savingsPlansScope,
  elasticsearchDestination,
  cloudfrontPopCount,
  // Limits
  sqsRetention,
  sqsVisibilityTimeout,
  sqsWaitTime,
  sqsMessageSize,
  lambdaTimeout,
  lambdaMemory,
  lambdaEphemeralStorage,
  kinesisRetention,
  kinesisRecordSize,
  dynamodbItemSize,
  dynamodbStreamsRetention,
  dynamodbPitrWindow,
  cloudwatchLogsRetentionInvalid,
  s3ObjectSize,
  rdsBackupRetention,
  cloudtrailEventHistory,
  apiGatewayTimeout,
  apiGatewayHttpTimeout,
  readReplicaCount,
  outdatedCeiling,
  directConnectSpeeds,
  quotaAsHardLimit,
  // Names
  s3BucketNameInvalid,
  // Behaviour (DNS)
  route53CnameApex,
  route53AliasEc2,
  // Lifecycle
  retiredService,
  closedToNewCustomers,
  renamedService,
];

/** The hand-written rules, then the one that checks every other named limit of the fact pack. */
export const RULES: readonly Rule[] = [...HAND_WRITTEN, statedLimitRule(new Set(HAND_WRITTEN.flatMap((rule) => rule.facts)))];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rule pages of this release (a page on `main` may describe a rule that has changed since). */
const DOCS_BASE = `https://github.com/archnotes/archnotes/blob/v${VERSION}/docs/rules/`;

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
