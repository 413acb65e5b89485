/**
 * More claims said in other words (issue 12, class 6): for each rule added this round, paraphrases of
 * the wrong claim in other verbs, word orders and voices, and look-alikes that must stay quiet: the
 * right statement, a negation, a question, a contrast and a dated or historical statement. Written for
 * these tests, not taken from any document.
 */
import { describeClaimCases, type ClaimCase } from '../support/claim-cases';

const CASES: readonly ClaimCase[] = [
  {
    rule: 'kinesis-shards-provisioned',
    claims: [
      'For KDS, you have to specify the number of shards when creating the stream.',
      'A Kinesis stream will not scale on its own; resharding is our job.',
      'Kinesis Data Streams needs the shard count to be planned before launch.',
      'Scaling a Kinesis data stream is always manual.',
      'Our Kinesis stream does not auto-scale.',
    ],
    lookAlikes: [
      'Kinesis Data Streams scale automatically in on-demand mode.',
      'Kinesis Data Streams: you must provision shards in provisioned mode.',
      'A Kinesis stream does not need a shard count in on-demand mode.',
      'Must we provision shards in advance for Kinesis Data Streams?',
      'Unlike Kinesis Data Streams, Firehose needs no shards.',
      'In 2019 every Kinesis stream had to be provisioned with shards.',
      'Our OpenSearch domain needs the number of shards to be set per index.',
    ],
  },
  {
    rule: 'cloudwatch-alarm-states',
    claims: [
      'CloudWatch alarms only have two states, OK and ALARM.',
      'An alarm in CloudWatch is either in the OK state or in ALARM.',
      'CloudWatch alarm states: OK / ALARM',
      'OK and ALARM are the two states of a CloudWatch alarm.',
    ],
    lookAlikes: [
      'Each CloudWatch alarm has three states: OK, ALARM, INSUFFICIENT_DATA.',
      'A CloudWatch alarm is not just OK or ALARM; it can lack data.',
      'Is a CloudWatch alarm either OK or ALARM?',
      'The CloudWatch alarm moves to ALARM after two periods and back to OK.',
      'Unlike a CloudWatch alarm, the Route 53 health check has two states.',
      'The CloudWatch alarm watches the health check, which has two states.',
    ],
  },
  {
    rule: 'eks-control-plane-free',
    claims: [
      'The EKS control plane comes at no extra cost.',
      'There is no additional charge for the EKS cluster itself.',
      'Amazon EKS is free; the nodes are what you pay for.',
      'The Kubernetes control plane on EKS costs nothing.',
    ],
    lookAlikes: [
      'Each EKS cluster is billed $0.10 per hour for its control plane.',
      'The EKS control plane is not free.',
      'Is the EKS control plane free of charge?',
      'ECS has no control-plane charge, unlike EKS.',
      'EKS used to cost $0.20 per hour per cluster.',
      'There is no charge for pods on EKS beyond their Fargate price.',
      'EKS Distro is free to run on your own servers.',
    ],
  },
  {
    rule: 'alb-single-certificate',
    claims: [
      'Each ALB can only have one certificate.',
      'An Application Load Balancer only supports a single TLS certificate per listener.',
      'ALBs do not support SNI, so every domain needs its own load balancer.',
      'One ALB per certificate is required.',
    ],
    lookAlikes: [
      'With SNI, an ALB can serve multiple certificates.',
      'An ALB is not limited to one certificate.',
      'Can an ALB hold only one certificate?',
      'A Classic Load Balancer only supports one certificate, unlike an ALB.',
      'The ALB only has one default certificate per listener.',
      'The NLB only supports one certificate in this design.',
    ],
  },
  {
    rule: 'cloudwatch-ec2-memory-metrics',
    claims: [
      'Out of the box, CloudWatch tracks RAM usage on our instances.',
      'EC2 instances report memory to CloudWatch by default.',
      'Memory utilization of the web servers is collected automatically by CloudWatch.',
      'The basic EC2 monitoring in CloudWatch covers CPU and disk space.',
    ],
    lookAlikes: [
      'CloudWatch collects CPU and network for EC2 by default; memory needs the CloudWatch agent.',
      'CloudWatch does not collect EC2 memory metrics by default.',
      'Does CloudWatch collect memory metrics for EC2 instances automatically?',
      'ECS publishes CPU and memory utilization to CloudWatch automatically.',
      'By default CloudWatch tracks CPU for instances, and memory once we install the agent.',
      'CloudWatch monitors memory on the EC2 instances.',
    ],
  },
  {
    rule: 'placement-partition-single-az',
    claims: [
      'Partition placement groups exist in one Availability Zone only.',
      'A partition placement group is a single-AZ construct.',
      'The partition placement group is confined to one AZ, so we add a second one for the other zone.',
    ],
    lookAlikes: [
      'A partition placement group can have partitions in multiple AZs.',
      'A partition placement group is not confined to one AZ.',
      'Is a partition placement group confined to one AZ?',
      'Unlike a partition placement group, a cluster placement group lives in one AZ.',
      'Partition placement groups suit Kafka and cluster placement groups live in a single AZ.',
      'We use a partition placement group in a single AZ for the Cassandra ring.',
    ],
  },
  {
    rule: 'cloudfront-public-origin',
    claims: [
      'CloudFront only supports public origins, so the NLB is internet-facing.',
      'Our origin servers must be reachable from the internet because CloudFront fetches from them.',
      'CloudFront is unable to reach private subnets.',
    ],
    lookAlikes: [
      'CloudFront reaches the internal ALB through a VPC origin.',
      'CloudFront does support private ALB origins.',
      'Must the ALB be internet-facing for CloudFront?',
      'Before November 2024, an ALB origin for CloudFront had to be internet-facing.',
      'The S3 bucket does not need to be public for CloudFront; OAC signs the requests.',
      'The ALB must be internet-facing because mobile clients call it directly.',
    ],
  },
  {
    rule: 'sg-reference-inter-region',
    claims: [
      'Over inter-Region peering, our rules reference the security group of the peer VPC.',
      'We reference the peer VPC security group in us-west-2 from eu-west-1 over the peering connection, across Regions.',
      'Cross-Region peering lets a rule use the peer security group as its source group.',
    ],
    lookAlikes: [
      'Security groups of a peered VPC can be referenced only in the same Region.',
      'Over inter-Region peering, reference the peer VPC CIDR instead of its security group.',
      'Security groups cannot be referenced across Regions over peering.',
      'Can a security group reference a peer VPC group in another Region?',
      'Unlike same-Region peering, inter-Region peering does not allow security group references.',
      'Each Region has its own security groups, and peering connects VPCs across Regions.',
    ],
  },
  {
    rule: 's3-intelligent-tiering-tiers',
    claims: [
      'Intelligent-Tiering has only two storage tiers.',
      'Objects in S3 Intelligent-Tiering move between the frequent and infrequent access tiers.',
      'The two tiers of S3 Intelligent-Tiering are frequent and infrequent access.',
    ],
    lookAlikes: [
      'S3 Intelligent-Tiering has three automatic tiers plus optional archive tiers.',
      'S3 Intelligent-Tiering is not limited to two tiers.',
      'Does S3 Intelligent-Tiering use two tiers?',
      'In 2018 S3 Intelligent-Tiering had two tiers; Archive Instant Access came in 2021.',
      'Unlike Intelligent-Tiering, our lifecycle rule moves data between two storage classes.',
    ],
  },
  {
    rule: 'opensearch-no-sql',
    claims: [
      "OpenSearch can't be queried with SQL.",
      'Amazon OpenSearch Service only understands its JSON query DSL.',
      'There is no SQL interface in OpenSearch, so reports go through Athena.',
    ],
    lookAlikes: [
      'OpenSearch Service accepts SQL and PPL queries besides the query DSL.',
      'OpenSearch does support SQL through the SQL plugin.',
      'Can OpenSearch be queried with SQL?',
      'Unlike OpenSearch, DynamoDB does not support SQL joins.',
      'OpenSearch is a NoSQL search engine.',
    ],
  },
  {
    rule: 'scp-grants-permissions',
    claims: [
      'Permissions are given by the SCP attached to the root.',
      'Access to Bedrock is granted through an SCP on the ML OU.',
      'The service control policy grants the developers admin access.',
    ],
    lookAlikes: [
      'SCPs set the maximum permissions; an IAM policy must still grant access.',
      'An SCP never grants permissions.',
      'Does an SCP grant permissions?',
      'IAM roles grant access, unlike SCPs.',
      'The SCP on the Prod OU provides access to approved Regions only.',
    ],
  },
  {
    rule: 'cognito-user-pool-credentials',
    claims: [
      'The user pool returns AWS credentials to the browser.',
      'Our Cognito user pool hands out temporary access keys for the upload bucket.',
      'Temporary AWS credentials issued by the user pool let the app call DynamoDB.',
    ],
    lookAlikes: [
      'The user pool signs users in, and the identity pool provides temporary AWS credentials.',
      'A Cognito user pool does not issue AWS credentials.',
      'Does the user pool return AWS credentials?',
      'Unlike a user pool, an identity pool provides temporary AWS credentials.',
      'The user pool issues JWTs that the API Gateway authorizer checks.',
    ],
  },
  {
    rule: 'cloudformation-template-order',
    claims: [
      'CloudFormation deploys resources top to bottom.',
      'Resources in the CloudFormation template are created in the same order they are declared in the file.',
      'The stack builds each resource in template order.',
    ],
    lookAlikes: [
      'CloudFormation orders creation from Ref and DependsOn and creates the rest in parallel.',
      'CloudFormation does not deploy resources top to bottom.',
      'Does CloudFormation deploy resources top to bottom?',
      'The runbook lists the steps in the order they are performed.',
      'Unlike a bash script, a CloudFormation template is not executed top to bottom.',
    ],
  },
  {
    rule: 'kinesis-shard-single-consumer',
    claims: [
      'A Kinesis shard can be read by only one application.',
      'Only one consumer may read each shard of the stream.',
      'Kinesis allows only one consumer per shard of the stream.',
    ],
    lookAlikes: [
      'Several consumers can read the same Kinesis shard and share its read throughput.',
      'Within one KCL application, one worker holds the lease of each shard.',
      'Can a Kinesis shard be read by only one application?',
      'A Kinesis shard is not limited to one consumer.',
      'With enhanced fan-out, each consumer gets 2 MB/s per shard.',
    ],
  },
  {
    rule: 'ebs-encrypted-by-default',
    claims: [
      'EBS volumes are always encrypted.',
      'All EBS volumes and snapshots are encrypted.',
      'Amazon EBS encryption is on by default.',
    ],
    lookAlikes: [
      'EBS volumes are encrypted only if encryption by default is enabled for the Region.',
      'EBS volumes are not always encrypted.',
      'Are all EBS volumes encrypted?',
      'Unlike EBS, S3 encrypts new objects by default.',
      'Once encryption by default is turned on, all new EBS volumes are encrypted.',
      'Volumes created from an encrypted snapshot are always encrypted on EBS.',
    ],
  },
  {
    rule: 'default-vpc-subnet-count',
    claims: [
      'A default VPC includes two subnets.',
      'The default VPC is created with 3 subnets.',
      'Each default VPC has exactly three subnets.',
    ],
    lookAlikes: [
      'The default VPC has a default subnet in each Availability Zone.',
      'The default VPC in us-east-1 has six subnets.',
      'How many subnets does the default VPC have?',
      'The default VPC does not have a fixed number of subnets.',
      'Unlike the default VPC, our VPC has three private subnets.',
    ],
  },
];

describeClaimCases('claims said in other words: more frames', CASES);
