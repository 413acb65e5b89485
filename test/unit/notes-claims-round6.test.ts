/**
 * Claims from the user's notes that no rule read (issue 12, notes round 6): Spot bidding, the legacy
 * CloudFront OAI, DocumentDB as a full MongoDB, an instantaneous database failover, EBS encryption by
 * default (whose subject may now come from the section title), misspelt AWS names, exportable ACM
 * certificates, the Lambda@Edge Region, container images without a custom runtime, NACLs as inbound
 * filters, prepaid DynamoDB capacity, Savings Plans scope, Elasticsearch as a destination and template
 * order in CloudFormation.
 * Sentences written for these tests in several phrasings (word order, the subject in a title line or
 * parent item), with the look-alikes that must stay quiet: the right statement, a negation, a question,
 * a contrast and history.
 */
import { describeClaimCases, type ClaimCase } from '../support/claim-cases';

const CASES: readonly ClaimCase[] = [
  {
    rule: 'spot-bidding',
    claims: [
      'Spot Instances are reclaimed when the market price rises above your bid.',
      'To get Spot capacity you place a bid for the instance type.',
      '- Spot Instances\n  - Cheap, but someone with a higher bid can take the instance away.',
      '- **Spot:**\n  - We bid on spare capacity at a fraction of the price.',
    ],
    lookAlikes: [
      'Spot Instances are charged the current Spot price and reclaimed when EC2 needs the capacity.',
      'Spot Instances do not use bidding any more.',
      'Do we still bid for Spot Instances?',
      'Before 2017, Spot Instances were lost when the price went above your bid.',
      'Spot has no bidding, unlike the old auction; an optional maximum price remains.',
      'The procurement team will bid for the new data centre contract.',
    ],
  },
  {
    rule: 'cloudfront-oai-legacy',
    claims: [
      'The S3 origin is secured with an origin access identity, so the bucket stays private.',
      'An OAI restricts bucket reads to the CloudFront distribution.',
      'CloudFront\n\n- **Private bucket:** only the Origin Access Identity can access the objects.',
    ],
    lookAlikes: [
      'The bucket is private and CloudFront reads it through origin access control.',
      'Origin access identity (OAI) is the legacy option; use OAC for new distributions.',
      'Does CloudFront still need an OAI for a private S3 origin?',
      'We moved the distribution from an OAI to OAC last quarter.',
      'Until 2022, an origin access identity kept the bucket private.',
    ],
  },
  {
    rule: 'documentdb-mongodb-parity',
    claims: [
      'DocumentDB is 100% compatible with MongoDB, so any Mongo app runs unchanged.',
      'Our team picked Amazon DocumentDB because it supports all MongoDB features.',
      'Amazon DocumentDB\n\nKey points:\n\n- A drop-in replacement for MongoDB clusters.',
      'Full MongoDB compatibility is what Amazon DocumentDB offers.',
    ],
    lookAlikes: [
      'Amazon DocumentDB is compatible with the MongoDB 4.0 and 5.0 APIs.',
      'DocumentDB is not a drop-in replacement for MongoDB.',
      'Is Amazon DocumentDB fully compatible with MongoDB?',
      'DocumentDB implements most of the MongoDB API; AWS lists the functional differences.',
      'MongoDB Atlas offers full MongoDB compatibility, whereas DocumentDB has gaps.',
    ],
  },
  {
    rule: 'db-failover-instant',
    claims: [
      'If the writer fails, Aurora fails over instantly to a replica.',
      'Multi-AZ RDS gives zero-downtime failover to the standby.',
      'Amazon Aurora\n\n- **HA:** failover is immediate and transparent to the application.',
      'With Multi-AZ, the database failover causes no downtime.',
    ],
    lookAlikes: [
      'Aurora failover typically takes under a minute, so the app retries its connections.',
      'RDS Multi-AZ failover is not instant; plan for 60 to 120 seconds.',
      'Is Aurora failover instantaneous?',
      'Failover is almost instant with RDS Proxy in front of the Aurora cluster.',
      'Route 53 DNS failover is immediate once the health check fails.',
      'Until 2019 we believed Aurora failover was instantaneous.',
      'RDS Multi-AZ: freeing memory reduces the immediate failover risk.',
    ],
  },
  {
    rule: 'ebs-encrypted-by-default',
    claims: [
      'EBS Encryption\n\nAll volumes and snapshots are encrypted, so nothing else is needed.',
      'Amazon EBS\n\n- **Security:** encryption is enabled by default for every volume.',
      'EBS volumes and their snapshots get encrypted automatically.',
    ],
    lookAlikes: [
      'EBS Encryption\n\nVolumes are encrypted only when encryption by default is turned on for the Region.',
      'EBS Encryption\n\nAll volumes and snapshots are not encrypted unless you ask for it.',
      'EBS Encryption\n\nAre all volumes and snapshots encrypted?',
      'Amazon S3\n\nAll objects are encrypted by default with SSE-S3.',
      'Unlike EBS, S3 encrypts every new object by default.',
      'EBS encryption can be configured for the whole account. The feature ensures all volumes are automatically encrypted.',
    ],
  },
  {
    rule: 'aws-name-misspelled',
    claims: [
      'Faces in the uploads are matched with Amazon Recognition.',
      'Amazon Polly\n\n- Pauses are set with SSM (Speech Synthesis Markup) tags in the text.',
      'To reach the hosts we use Session Connect over port 22.',
      'AWS Control Tower\n\n- Detective guardrails run as Config rules in every account.',
    ],
    lookAlikes: [
      'Faces in the uploads are matched with Amazon Rekognition.',
      'Polly reads SSML (Speech Synthesis Markup Language) for pauses.',
      'We use EC2 Instance Connect over port 22 and Session Manager elsewhere.',
      'AWS Control Tower guardrails were renamed controls in 2023.',
      'The prompts pass through Bedrock guardrails before the model sees them.',
      'Speech recognition runs in Amazon Transcribe.',
    ],
  },
  {
    rule: 'acm-export',
    claims: [
      'ACM certificates cannot be installed on our EC2 web servers.',
      'You can never export a certificate from AWS Certificate Manager.',
      'AWS Certificate Manager (ACM)\n\nKey Features\n\n- Certificates cannot be used directly on EC2 instances.',
    ],
    lookAlikes: [
      'An exportable ACM public certificate can be installed on EC2 since 2025.',
      'Standard ACM certificates cannot be exported, so the ALB terminates TLS.',
      'Can ACM certificates be installed on EC2 instances?',
      'Certificates cannot be loaded onto the printer without the vendor tool.',
      'ACM for Nitro Enclaves serves certificates to nginx on EC2.',
    ],
  },
  {
    rule: 'lambda-edge-region',
    claims: [
      'Our Lambda@Edge function is usually deployed in us-east-1.',
      'Lambda@Edge code can be created in any Region and is then copied to the edge.',
      'Lambda@Edge\n\n- Deployed in one AWS region (typically us-east-1), then replicated to CloudFront edge locations.',
    ],
    lookAlikes: [
      'Lambda@Edge functions must be created in us-east-1.',
      'A Lambda@Edge function is only created in us-east-1 and replicated from there.',
      'Is a Lambda@Edge function typically created in us-east-1?',
      'Our Lambda functions usually run in eu-central-1.',
      'CloudFront Functions can be written in any Region.',
    ],
  },
  {
    rule: 'lambda-container-runtime',
    claims: [
      'Packaging the Lambda as a container image means we have to implement a custom runtime.',
      'Container images for Lambda require a custom runtime.',
      'AWS Lambda\n\n- Docker images need a custom runtime to run there.',
    ],
    lookAlikes: [
      'Lambda container images built from AWS base images need no custom runtime.',
      'A Lambda container image does not need a custom runtime.',
      'Does a Lambda container image need a custom runtime?',
      'For Rust on Lambda we provide a custom runtime in a .zip package.',
      'Images from our own base add the runtime interface client for Lambda.',
    ],
  },
  {
    rule: 'nacl-inbound-only',
    claims: [
      'A NACL only filters the incoming traffic of a subnet.',
      'Network ACLs mainly handle the inbound side of the subnet.',
      '- **NACL:**\n  - It mostly controls ingress to the subnet.',
    ],
    lookAlikes: [
      'A NACL filters both inbound and outbound traffic of a subnet.',
      'A NACL does not only filter the incoming traffic.',
      'Does a NACL only filter the incoming traffic?',
      'The WAF only filters the incoming requests to the ALB.',
      'Security groups mostly control the inbound side; all outbound traffic is allowed by default.',
    ],
  },
  {
    rule: 'dynamodb-provisioned-upfront',
    claims: [
      'DynamoDB provisioned mode means paying for the capacity upfront.',
      'The RCUs and WCUs of a provisioned table are paid in advance.',
      'With DynamoDB, provisioned capacity units are purchased ahead of time for the month.',
    ],
    lookAlikes: [
      'DynamoDB provisioned capacity is billed per capacity-unit hour.',
      'DynamoDB reserved capacity is paid upfront for a one-year term.',
      'Is DynamoDB provisioned capacity paid upfront?',
      'Provisioned capacity on DynamoDB is not paid in advance.',
      'The Reserved Instance for the RDS database is paid upfront.',
    ],
  },
  {
    rule: 'savings-plans-scope',
    claims: [
      'Savings Plans are tied to a single instance family in one Region.',
      'A Savings Plan only covers one instance family.',
      '- **Savings Plans:**\n  - Locked to instance family and Region, any operating system.',
    ],
    lookAlikes: [
      'EC2 Instance Savings Plans are tied to a single instance family in one Region.',
      'Compute Savings Plans are not locked to an instance family or Region.',
      'Are Savings Plans locked to an instance family?',
      'Standard Reserved Instances are locked to an instance family.',
      'Our budget is locked to the instance family we tested.',
    ],
  },
  {
    rule: 'elasticsearch-destination',
    claims: [
      'Firehose loads the events into S3, Redshift and Elasticsearch.',
      '- Destinations are Amazon S3, Amazon Redshift, Elasticsearch and Splunk.',
      'Kinesis Data Firehose\n\n- Streams data directly to S3, Redshift, Elasticsearch, or Splunk.',
    ],
    lookAlikes: [
      'Firehose loads the events into S3, Redshift and OpenSearch Service.',
      'Logstash ships the logs to Elasticsearch, and Kibana shows them.',
      'Firehose sends copies to S3 and to Elastic Cloud.',
      'We run Elasticsearch on EC2 next to the S3 data lake.',
      'Elasticsearch is a search engine.',
    ],
  },
  {
    rule: 'cloudformation-template-order',
    claims: [
      'Cloudformation\n\n- **Ordered Creation:** Resources are provisioned in the order specified, ensuring dependencies are met.',
      'AWS CloudFormation\n\nIt ensures that resources are created in the correct order as specified.',
      'CloudFormation builds the resources in the order they are declared in the template.',
    ],
    lookAlikes: [
      'CloudFormation creates resources in the correct order based on their dependencies.',
      'AWS CloudFormation\n\nResources are not created in the order specified; a DependsOn sets the order.',
      'AWS CloudFormation\n\nAre resources created in the order specified?',
      'The runbook steps are done in the order specified.',
      'AWS CloudFormation\n\nUnlike a script, resources are not provisioned in the order specified.',
    ],
  },
  {
    rule: 'cloudfront-pop-count',
    claims: [
      'Amazon CloudFront delivers from 225 points of presence around the world.',
      'CloudFront\n\n- **Global Presence:** With 216 PoPs worldwide, latency stays low.',
      'The CDN (CloudFront) has 450 edge locations in 90 cities.',
    ],
    lookAlikes: [
      'CloudFront has more than 600 points of presence today.',
      'CloudFront has over 400 edge locations.',
      'Back in 2020, CloudFront had 216 points of presence.',
      'Our Fastly setup uses 80 PoPs next to CloudFront.',
      'CloudFront has 13 regional edge caches.',
    ],
  },
];

describeClaimCases('notes round 6: claims from the notes', CASES);
