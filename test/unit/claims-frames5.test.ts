/**
 * Claims said in other words, fifth round (issue 12, class 6): each rule added here, with paraphrases
 * of the wrong claim in other verbs, word orders, voices and places (a parent list item, a code
 * block), and correct look-alikes that must stay quiet: the right statement, a negation, a question, a
 * contrast and a dated or historical statement. Written for these tests, not taken from any document.
 */
import { strict as assert } from 'node:assert';
import { describeClaimCases, type ClaimCase } from '../support/claim-cases';
import { HISTORY } from '../../server/src/engine/rules/kit/helpers';

const CASES: readonly ClaimCase[] = [
  {
    rule: 's3-sse-header-value',
    claims: [
      'Uploads carry the x-amz-server-side-encryption header set to aws:s3.',
      '```json\n{ "Bucket": "media", "ServerSideEncryption": "aws:s3" }\n```',
      'To get SSE-S3, pass x-amz-server-side-encryption=aws:kms on every PUT.',
      '```hcl\nrule {\n  apply_server_side_encryption_by_default {\n    sse_algorithm = "SSE-S3"\n  }\n}\n```',
      '- Bucket default encryption\n  - SSEAlgorithm: aws:s3',
    ],
    lookAlikes: [
      'The header x-amz-server-side-encryption: AES256 selects SSE-S3.',
      'Is `x-amz-server-side-encryption: aws:s3` a valid header?',
      'SSE-KMS requests carry x-amz-server-side-encryption: aws:kms, unlike SSE-S3, which sends AES256.',
      '```python\ns3.put_object(Bucket=b, Key=k, Body=data, ServerSideEncryption=sse_mode)\n```',
      'Our old runbook sent x-amz-server-side-encryption: aws:s3, which is wrong; it is AES256.',
      '```yaml\nSSEAlgorithm: !Ref EncryptionAlgorithm\n```',
    ],
  },
  {
    rule: 'sns-queue',
    claims: [
      'Orders are published to an SNS FIFO queue.',
      'We created FIFO queues in SNS for the ledger events.',
      'Amazon SNS supports both standard and FIFO queues.',
      '- Notifications: the SNS queue triggers the mailer Lambda.',
    ],
    lookAlikes: [
      'SNS FIFO topics deliver to SQS FIFO queues in order.',
      'SNS does not have queues; it has topics.',
      'Does Amazon SNS offer FIFO queues?',
      'The SNS topic fans out to three SQS queues.',
      'Failed SNS deliveries land in a dead-letter queue.',
      'SNS supports FIFO queues as subscribers of FIFO topics.',
      'SNS and SQS queues are both regional.',
    ],
  },
  {
    rule: 'glacier-vault-lock-bucket',
    claims: [
      'Vault Lock is applied to the logs bucket so nobody can delete the records.',
      'Our compliance bucket is protected by Glacier Vault Lock.',
      'Retention is enforced at the bucket level through a Vault Lock policy.',
      '- Glacier Vault Lock\n  - works on each S3 bucket that holds backups',
    ],
    lookAlikes: [
      'Glacier Vault Lock locks a vault policy; S3 buckets use Object Lock.',
      'Vault Lock cannot be applied to S3 buckets.',
      'Is Vault Lock set on the bucket or on the vault?',
      'We apply Object Lock on the bucket and Vault Lock on the legacy vault.',
      'We use Vault Lock for compliance, and copy the data to a bucket for analytics.',
      'The vault that the bucket replicates into has Vault Lock enabled.',
    ],
  },
  {
    rule: 'vpc-cidr-private-only',
    claims: [
      'Any VPC only accepts RFC1918 address ranges.',
      'The CIDR block of a VPC has to be a private range.',
      'You cannot use a public IP range for a VPC.',
      'Every VPC is always in private address space, since AWS refuses anything else.',
    ],
    lookAlikes: [
      'A VPC can use a publicly routable CIDR block, although RFC 1918 ranges are recommended.',
      'Our VPCs must use private ranges from the corporate IPAM pool.',
      'VPC CIDRs do not have to be private.',
      'Can a VPC use only RFC 1918 ranges?',
      'The VPC CIDR must be private so that it does not overlap with on-premises networks over the VPN.',
      'A VPC can only use a /16 to /28 block.',
      'Instances in a private subnet of the VPC only have private IP addresses.',
    ],
  },
  {
    rule: 'elasticache-engines',
    claims: [
      'ElastiCache comes in two flavours: Memcached or Redis.',
      'Memcached and Redis OSS are the only engines ElastiCache runs.',
      'For caching we pick between the two ElastiCache engines, Redis and Memcached.',
      '| Cache | ElastiCache supports Redis and Memcached |',
    ],
    lookAlikes: [
      'ElastiCache runs Valkey, Redis OSS or Memcached.',
      'ElastiCache does not support only Redis and Memcached.',
      'Is ElastiCache limited to Redis and Memcached?',
      'Compared with Memcached, ElastiCache for Redis adds replication.',
      'The session store is ElastiCache for Redis; the page cache is a Memcached cluster on EC2.',
      'In 2020 ElastiCache supported Redis and Memcached.',
    ],
  },
  {
    rule: 'sg-mostly-allow',
    claims: [
      'The rules in a security group are for the most part allow rules.',
      'Each security group mostly contains allow rules for the ports it opens.',
      'SG rules are generally allowing rules that name a port and a source.',
      'A security group is a stateful virtual firewall. Its rules are mainly allow rules.',
    ],
    lookAlikes: [
      'A security group contains allow rules only.',
      'Security groups do not mostly have allow rules: every rule allows.',
      'Do security groups mainly use allow rules?',
      'Our network ACL rules are mostly allow rules; the security groups reference each other.',
      'Security groups mostly reference other security groups rather than CIDRs.',
      'The WAF web ACL on the ALB is mostly allow rules, unlike the security group.',
    ],
  },
  {
    rule: 'fsx-lustre-multi-az',
    claims: [
      'Our persistent FSx for Lustre file system is spread across three Availability Zones.',
      'For HA, the training data sits on FSx for Lustre with a Multi-AZ deployment.',
      '- FSx for Lustre\n  - Persistent: the data is replicated across multiple AZs',
      '## Amazon FSx for Lustre\n\nPersistent deployments are distributed over several AZs.',
    ],
    lookAlikes: [
      'FSx for Lustre persistent file systems replicate within the same AZ.',
      'FSx for Lustre is not replicated across multiple AZs.',
      'Is FSx for Lustre deployed across multiple AZs?',
      'FSx for Lustre holds the scratch data; FSx for OpenZFS replicates across two AZs.',
      'Clients in several AZs mount the FSx for Lustre file system.',
      '## FSx for ONTAP\n\nMulti-AZ file systems replicate across two AZs.',
    ],
  },
  {
    rule: 'boundary-grants-permissions',
    claims: [
      'We attach a permissions boundary that gives the CI role admin access.',
      'Temporary access to the bucket is granted by a session policy when the role is assumed.',
      'Session policy: a JSON document passed at AssumeRole. It grants extra permissions for that session.',
      'Session policies provide additional permissions to the federated user.',
    ],
    lookAlikes: [
      'The permissions boundary caps what the CI role can do; its role policy grants the access.',
      'A session policy does not grant permissions.',
      'Does a session policy grant additional permissions?',
      'The identity policy grants access, unlike the permissions boundary.',
      'IAM Identity Center permission sets grant access to the accounts.',
      'Session policies: passed at AssumeRole. They restrict the session; they grant nothing more than the role.',
    ],
  },
  {
    rule: 'redshift-indexes',
    claims: [
      'Queries on Redshift stay fast thanks to B-tree indexes on the fact tables.',
      'Our Redshift warehouse relies on indexes for the joins.',
      'Add an index to the Redshift events table for the date filter.',
    ],
    lookAlikes: [
      'Redshift does not have indexes; pick a sort key for the date filter.',
      'Does Amazon Redshift support secondary indexes?',
      'Unlike Aurora, Redshift has no indexes.',
      'The Redshift tables use zone maps instead of indexes.',
      'Redshift loads the files listed in the manifest index.json.',
    ],
  },
  {
    rule: 'msk-partitions-fixed',
    claims: [
      'Once an MSK topic exists, its partitions cannot be increased.',
      'With Kafka you can\'t increase the number of partitions after launch.',
      'Kafka: the number of partitions per topic is permanent.',
    ],
    lookAlikes: [
      'Kafka lets you add partitions to a topic, but not remove them.',
      'MSK topic partitions can only be increased, never decreased.',
      'Can you increase the partition count of an MSK topic?',
      'Kinesis shards can be split, whereas Kafka partitions cannot be added.',
      'Partitions cannot be removed from a Kafka topic once created.',
    ],
  },
  {
    rule: 'cloudtrail-default-delivery',
    claims: [
      'By default, CloudTrail writes its logs to an S3 bucket in the account.',
      'Every API call is recorded by CloudTrail and saved to S3 automatically, so audit is covered.',
      'AWS CloudTrail logs all activity to CloudWatch Logs without any configuration.',
    ],
    lookAlikes: [
      'Create a trail so CloudTrail delivers log files to S3.',
      'CloudTrail does not deliver to S3 automatically.',
      'Will CloudTrail log to S3 by default?',
      'Config snapshots go to S3 automatically; CloudTrail keeps its event history for 90 days.',
      'Control Tower sets up CloudTrail to deliver logs to S3 automatically.',
    ],
  },
  {
    rule: 'dms-dynamodb-source',
    claims: [
      'The DMS replication task reads DynamoDB as its source and loads Redshift.',
      'AWS DMS will replicate the items from DynamoDB to the new Aurora cluster.',
      'For DMS the sources can be Oracle, SQL Server or DynamoDB, and the target is S3.',
    ],
    lookAlikes: [
      'DMS writes the migrated tables into DynamoDB as the target.',
      'DMS does not support DynamoDB as a source.',
      'Does DMS accept DynamoDB as a source endpoint?',
      'We copy data out of DynamoDB with a Glue job; DMS handles the Oracle migration.',
      'DMS loads MySQL data into DynamoDB.',
    ],
  },
  {
    rule: 'session-manager-platforms',
    claims: [
      'Session Manager is Linux-only, so the Windows hosts keep a jump box.',
      'AWS Systems Manager Session Manager works with Linux or Mac machines.',
      'The Session Manager agent does not support Windows Server.',
    ],
    lookAlikes: [
      'Session Manager connects to Linux and Windows Server instances alike.',
      'Session Manager is not Linux-only.',
      'Is Session Manager only available for Linux?',
      'Session Manager runs on Linux and macOS; for Windows we also use Fleet Manager.',
      'Our Linux instances are reached through Session Manager.',
    ],
  },
  {
    rule: 'tape-gateway-physical-tapes',
    claims: [
      'With Tape Gateway, the backup software keeps using our physical tape library.',
      'Tape Gateway stores the archives on physical tapes in the AWS data centre.',
      '- Tape Gateway\n  - archives the monthly backups to physical tapes for ten years',
    ],
    lookAlikes: [
      'Tape Gateway gives the backup software a VTL backed by S3.',
      'Tape Gateway does not store anything on physical tapes.',
      'Can Tape Gateway write to physical tapes?',
      'Tape Gateway lets us retire the physical tape library.',
      'Our physical tapes go to Iron Mountain; the Volume Gateway keeps the disks in S3.',
    ],
  },
  {
    rule: 'launch-template-discount',
    claims: [
      'Launch templates come with a discount on the instances they start.',
      'Our launch configuration reduces the EC2 cost of the web tier.',
      'Using a launch template gets you discounted pricing for the fleet.',
    ],
    lookAlikes: [
      'Launch templates hold launch settings; they do not give discounts.',
      'A launch template does not lower the price.',
      'Does a launch template offer a discount?',
      'The launch template uses Graviton instance types, which lowers the cost.',
      'Savings Plans offer discounts, unlike launch templates.',
    ],
  },
  {
    rule: 'iam-region-condition-key',
    claims: [
      'Our Region guardrail SCP compares aws:RequestRegion with the two EU Regions.',
      '```yaml\nCondition:\n  StringNotEquals:\n    aws:Region: [eu-west-1]\n```',
      '| Key | Use |\n| --- | --- |\n| aws:requestregion | Region guardrail |',
    ],
    lookAlikes: [
      'The guardrail uses aws:RequestedRegion.',
      'There is no aws:RequestRegion key.',
      'Should the key be aws:Region?',
      'The ec2:Region condition key only works for EC2.',
      '```json\n{ "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] }\n```',
    ],
  },
  {
    rule: 's3-bucket-arn-format',
    claims: [
      'Grant s3:PutObject on arn:aws:s3:eu-west-1:111122223333:uploads/* to the uploader role.',
      '```hcl\nresources = ["arn:aws:s3:eu-west-1::logs-bucket"]\n```',
      '| Resource | Access |\n| --- | --- |\n| arn:aws:s3:us-east-2:111122223333:media | read |',
    ],
    lookAlikes: [
      'Grant s3:PutObject on arn:aws:s3:::uploads/* to the uploader role.',
      'Is arn:aws:s3:eu-west-1:111122223333:uploads a valid ARN?',
      '```json\n"Resource": "arn:aws:s3:eu-west-1:111122223333:storage-lens/org-dashboard"\n```',
      'The directory bucket is arn:aws:s3express:us-east-1:111122223333:bucket/fast--use1-az4--x-s3.',
      'Use arn:aws:s3:::uploads instead of arn:aws:s3:eu-west-1:111122223333:uploads.',
    ],
  },
  {
    rule: 'aurora-backtrack-postgresql',
    claims: [
      'Our Postgres on Aurora can be backtracked to any second of the last day.',
      'To undo a bad release we use Backtrack on the Aurora PostgreSQL-compatible cluster.',
      'Backtracking is turned on for the ledger Aurora PostgreSQL database.',
    ],
    lookAlikes: [
      'Aurora PostgreSQL has no Backtrack, so we restore to a point in time.',
      'Does Aurora PostgreSQL support Backtrack?',
      'Backtrack works on the Aurora MySQL cluster, and the PostgreSQL one uses clones.',
      'We cannot backtrack the PostgreSQL cluster.',
      'The PostgreSQL cluster is cloned before each migration; Backtrack is not used.',
    ],
  },
];

describeClaimCases('claims said in other words: fifth round', CASES);

describe('claims said in other words: the passive "is used to" is not history', () => {
  it('reads "used to" as history, "are used to" as a purpose', () => {
    assert.ok(HISTORY.test('Session policies used to grant access.'));
    assert.ok(HISTORY.test('This was used to grant access.'));
    assert.ok(!HISTORY.test('They are used to grant temporary permissions.'));
    assert.ok(!HISTORY.test('The key is used to sign tokens.'));
  });
});
