/**
 * Claims from the user's notes that no rule read (issue 12, notes round 6): Spot bidding, the legacy
 * CloudFront OAI, DocumentDB as a full MongoDB, an instantaneous database failover, and EBS encryption
 * by default, whose subject may now come from the section title.
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
];

describeClaimCases('notes round 6: claims from the notes', CASES);
