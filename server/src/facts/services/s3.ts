import type { ServiceCard } from '../types';
import { num, range, text } from '../build';
import { list, price } from './util';

const OBJECTS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html';
const UPLOAD = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html';
const MPU_LIMITS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html';
const DURABILITY = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/DataDurability.html';
const PERF = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html';
const BUCKETS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html';
const NAMING = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html';
const PRESIGNED = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html';
const DEFAULT_ENC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html';
// The header's valid values: AES256 | aws:fsx | aws:kms | aws:kms:dsse.
const PUT_OBJECT_SSE = 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html#AmazonS3-PutObject-request-header-ServerSideEncryption';
const ARN = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html';
const CONSISTENCY = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html#ConsistencyModel';
const EVENTS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html';
const REPLICATION = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html';
const BPA = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html';
const PRICING = 'https://aws.amazon.com/s3/pricing/';
/** How notes name a storage class's minimum storage duration and minimum billable object size (one value per class). */
const MIN_DURATION_NAMES = {
  words: ['minimum storage duration', 'min storage duration', 'minimum storage period', 'minimum storage charge', 'minimum billable duration', 'minimum duration', 'minimum storage'],
  units: ['days'],
  exact: true,
} as const;
const MIN_OBJECT_SIZE_NAMES = {
  words: ['minimum billable object size', 'billable object size', 'minimum object size', 'min object size', 'minimum billable size', 'minimum size'],
  units: ['KB', 'KiB'],
  exact: true,
} as const;
const CLASSES_DOCS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html';
// The user guide's comparison table states durability, availability, AZs and minimums per class (the storage-classes landing page is marketing).
const CLASSES_COMPARE = `${CLASSES_DOCS}#sc-compare`;
const RETRIEVAL = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html';
const INT_TIERING = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html';
const TRANSFER_ACCEL = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/transfer-acceleration.html';
const GLACIER = 'https://docs.aws.amazon.com/amazonglacier/latest/dev/introduction.html';
const GLACIER_ARCHIVE = 'https://docs.aws.amazon.com/amazonglacier/latest/dev/uploading-an-archive.html';
const GLACIER_LOCK = 'https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-lock.html';
const OBJECT_LOCK_OVERVIEW = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html';
const SELECT = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/selecting-content-from-objects.html';
const OBJECT_LAMBDA = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/transforming-objects.html';
/** Writing Lambda functions for Object Lambda states the 60-second response limit. */
const OBJECT_LAMBDA_WRITING = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html';
const S3_FILES_CLI = 'https://docs.aws.amazon.com/cli/latest/reference/s3files/index.html';
const S3_FILES_ECS_VOLUME = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_S3FilesVolumeConfiguration.html';
const S3_FILES_SDK_CLIENT = 'https://docs.aws.amazon.com/java/api/latest/software/amazon/awssdk/services/s3files/S3FilesClient.html';

const GIB = 1_073_741_824;

export const s3: ServiceCard = {
  id: 's3',
  name: 'Amazon Simple Storage Service (S3)',
  summary: 'Object storage: buckets of objects up to 50 TB each, 11 nines of durability, many storage classes.',
  aliases: ['S3', 'Amazon S3', 'Simple Storage Service', 'Amazon Simple Storage Service', 'S3 bucket', 'S3 buckets', 'S3 Versioning', 'S3 Replication', 'CRR', 'SRR', 'Cross-Region Replication', 'Same-Region Replication', 'S3 Lifecycle', 'Lifecycle rules', 'S3 Transfer Acceleration', 'Transfer Acceleration', 'multipart upload', 'Multipart upload', 'S3 Batch Operations', 'S3 Inventory', 'S3 Storage Lens', 'S3 Object Lock', 'Object Lock', 'MFA Delete', 'Block Public Access', 'S3 Access Points', 'Requester Pays', 'pre-signed URL', 'presigned URL', 'SSE-S3', 'SSE-KMS', 'DSSE-KMS', 'SSE-C'],
  category: 'Storage',
  docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html',
  facts: [
    range('s3.object-size', 'Object size', { min: 0, max: 50_000 * GIB }, 'bytes', OBJECTS, {
      hardLimit: true,
      detail: '0 bytes to 50 TB (10,000 parts × 5 GiB = 50,000 GiB).',
      seedLine: 941,
      changed: { notes: '5 TB', note: 'AWS raised the maximum object size from 5 TB to 50 TB in late 2025.' },
    }),
    num('s3.single-put', 'Largest single PUT', 'limit', 5 * GIB, 'bytes', UPLOAD, {
      hardLimit: true,
      detail: 'Multipart upload is required above 5 GB and recommended above 100 MB.',
      changed: { notes: 'multipart "recommended" above 5 GB', note: 'Multipart upload is required above 5 GB.' },
    }),
    num('s3.durability', 'Durability (designed for)', 'durability', 11, 'nines', DURABILITY, {
      detail: '99.999999999%: store 10,000,000 objects and expect to lose one every 10,000 years on average.',
      seedLine: 1096,
      changed: { notes: 'loss of one object once in 10,000 years', note: 'The statement is about 10 million objects, not one.' },
    }),
    num('s3.write-rate', 'PUT/COPY/POST/DELETE per second per prefix', 'limit', 3_500, 'per second', PERF, { hardLimit: false, seedLine: 1199 }),
    num('s3.read-rate', 'GET/HEAD per second per prefix', 'limit', 5_500, 'per second', PERF, { hardLimit: false, seedLine: 1200 }),
    range('s3.multipart-parts', 'Multipart upload parts', { min: 1, max: 10_000 }, 'count', MPU_LIMITS, {
      hardLimit: true,
      detail: 'Parts of 5 MiB to 5 GiB (the last part may be smaller).',
    }),
    range('s3.multipart-part-size', 'Multipart part size', { min: 5 * 1_048_576, max: 5 * GIB }, 'bytes', MPU_LIMITS, { hardLimit: true }),
    num('s3.buckets', 'General purpose buckets per account', 'quota', 10_000, 'count', BUCKETS, {
      hardLimit: false,
      detail: '10,000 by default; can be raised to 1 million.',
    }),
    range('s3.presigned-expiry', 'Pre-signed URL expiry (SigV4)', { min: 1, max: 604_800 }, 'seconds', PRESIGNED, {
      hardLimit: true,
      detail: 'Up to 7 days with the CLI/SDK; 12 hours from the console; limited by the lifetime of temporary credentials.',
    }),
    range('s3.bucket-name-length', 'Bucket name length', { min: 3, max: 63 }, 'characters', NAMING, {
      hardLimit: true,
      detail: 'Lower-case letters, digits, dots and hyphens; start and end with a letter or digit; globally unique.',
    }),
    list('s3.bucket-name-rules', 'Bucket naming rules (general purpose)', 'behaviour', [
      '3 to 63 characters',
      'Only lower-case letters, digits, dots (.) and hyphens (-)',
      'Begins and ends with a letter or digit',
      'No two adjacent periods',
      'Not formatted as an IP address (192.168.5.4)',
      'Does not start with xn--, sthree- or amzn-s3-demo-',
      'Does not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3 (reserved for access point aliases, Multi-Region Access Points, directory buckets and S3 Tables buckets)',
      'Ends with -an only in your account regional namespace',
    ], NAMING, {
      checked: '2026-12-06',
      seedLine: 935,
      detail: 'Buckets created in us-east-1 before 1 March 2018 may still have upper-case letters and underscores.',
    }),
    text('s3.default-encryption', 'Default encryption', 'default', 'SSE-S3 on every new object upload since 5 January 2023; existing objects are not encrypted automatically', DEFAULT_ENC),
    text('s3.sse-s3-header', 'SSE-S3 request header', 'behaviour', 'x-amz-server-side-encryption: AES256 (aws:kms for SSE-KMS, aws:kms:dsse for DSSE-KMS)', PUT_OBJECT_SSE, {
      checked: '2026-12-06',
      seedLine: 1274,
      changed: { notes: 'x-amz-server-side-encryption: aws:s3', note: 'The SSE-S3 header value is AES256.' },
    }),
    text('s3.arn', 'Bucket/object ARN format', 'behaviour', 'arn:aws:s3:::bucket-name/key (no Region, no account)', ARN, {
      seedLine: 970,
      changed: { notes: 'arn::eu-central-1::bucket-name/*', note: 'S3 bucket and object ARNs carry neither Region nor account.' },
    }),
    text('s3.consistency', 'Consistency', 'behaviour', 'Strong read-after-write consistency for all PUTs, DELETEs and LISTs', CONSISTENCY),
    list('s3.event-destinations', 'Event notification destinations', 'behaviour', ['SNS standard topic', 'SQS standard queue', 'Lambda', 'EventBridge'], EVENTS, {
      detail: 'Event types such as s3:ObjectCreated:*, s3:ObjectRemoved:*; FIFO queues/topics are not direct targets.',
    }),
    text('s3.replication', 'Replication prerequisites', 'behaviour', 'Versioning on source and destination; existing objects need S3 Batch Replication', REPLICATION),
    text('s3.block-public-access', 'Block Public Access', 'default', 'On by default for new buckets', BPA),
    num('s3.transfer-acceleration-price', 'Transfer Acceleration surcharge (US/EU/JP, per GB)', 'price', 0.04, 'USD', PRICING, {
      detail: '$0.04/GB accelerated by US, Europe and Japan edge locations, $0.08/GB by others.',
    }),
    price('s3.standard-price', 'S3 Standard storage, first 50 TB (per GB-month, us-east-1)', 0.023, PRICING),
    text('s3.transfer-acceleration', 'Transfer Acceleration', 'behaviour', 'Routes uploads over the CloudFront edge network; bucket name must be DNS-compliant without dots', TRANSFER_ACCEL),
  ],
};

function storageClass(
  id: string,
  name: string,
  summary: string,
  aliases: readonly string[],
  facts: ServiceCard['facts'],
): ServiceCard {
  return { id, parent: 's3', name, summary, aliases, category: 'Storage', docs: CLASSES_DOCS, facts };
}

export const s3Standard = storageClass(
  's3-standard',
  'S3 Standard',
  'The default storage class for frequently accessed data, stored across at least three AZs.',
  ['S3 Standard', 'STANDARD storage class'],
  [
    num('s3-standard.availability', 'Availability (designed for)', 'availability', 99.99, 'percent', CLASSES_COMPARE, { seedLine: 1038 }),
    num('s3-standard.durability', 'Durability (designed for)', 'durability', 11, 'nines', CLASSES_COMPARE, { checked: '2026-12-06' }),
    text('s3-standard.min-storage', 'Minimum storage duration / size', 'behaviour', 'None', CLASSES_COMPARE, { checked: '2026-12-06' }),
    price('s3-standard.price', 'Storage, first 50 TB (per GB-month, us-east-1)', 0.023, PRICING),
  ],
);

export const s3StandardIa = storageClass(
  's3-standard-ia',
  'S3 Standard-Infrequent Access',
  'Lower storage price for data accessed less than monthly, with a per-GB retrieval fee; multi-AZ.',
  ['S3 Standard-IA', 'Standard-IA', 'S3 Standard-Infrequent Access', 'STANDARD_IA', 'S3 IA'],
  [
    num('s3-standard-ia.availability', 'Availability (designed for)', 'availability', 99.9, 'percent', CLASSES_COMPARE, { seedLine: 1044 }),
    num('s3-standard-ia.min-storage-duration', 'Minimum storage duration', 'limit', 30, 'days', CLASSES_COMPARE, { hardLimit: true, names: MIN_DURATION_NAMES }),
    num('s3-standard-ia.min-object-size', 'Minimum billable object size', 'limit', 128, 'KiB', CLASSES_COMPARE, { hardLimit: true, names: MIN_OBJECT_SIZE_NAMES }),
    num('s3-standard-ia.durability', 'Durability (designed for)', 'durability', 11, 'nines', CLASSES_COMPARE, { checked: '2026-12-06' }),
    price('s3-standard-ia.price', 'Storage (per GB-month, us-east-1)', 0.0125, PRICING),
  ],
);

export const s3OneZoneIa = storageClass(
  's3-onezone-ia',
  'S3 One Zone-Infrequent Access',
  'Infrequent-access data kept in a single AZ: cheaper, but lost if that AZ is destroyed.',
  ['S3 One Zone-IA', 'One Zone-IA', 'ONEZONE_IA', 'S3 One Zone-Infrequent Access'],
  [
    num('s3-onezone-ia.availability', 'Availability (designed for)', 'availability', 99.5, 'percent', CLASSES_COMPARE, { seedLine: 1050 }),
    num('s3-onezone-ia.min-storage-duration', 'Minimum storage duration', 'limit', 30, 'days', CLASSES_COMPARE, { hardLimit: true, names: MIN_DURATION_NAMES }),
    num('s3-onezone-ia.min-object-size', 'Minimum billable object size', 'limit', 128, 'KiB', CLASSES_COMPARE, { hardLimit: true, names: MIN_OBJECT_SIZE_NAMES }),
    text('s3-onezone-ia.durability', 'Durability', 'durability', '11 nines within one AZ; data is lost if the AZ is destroyed', CLASSES_COMPARE, { checked: '2026-12-06' }),
    price('s3-onezone-ia.price', 'Storage (per GB-month, us-east-1)', 0.01, PRICING),
  ],
);

export const s3GlacierInstant = storageClass(
  's3-glacier-ir',
  'S3 Glacier Instant Retrieval',
  'Archive storage with millisecond retrieval for data accessed about once a quarter.',
  ['S3 Glacier Instant Retrieval', 'Glacier Instant Retrieval', 'GLACIER_IR', 'Glacier IR'],
  [
    text('s3-glacier-ir.retrieval', 'Retrieval time', 'duration', 'Milliseconds', CLASSES_COMPARE, { seedLine: 1052 }),
    num('s3-glacier-ir.min-storage-duration', 'Minimum storage duration', 'limit', 90, 'days', CLASSES_COMPARE, { hardLimit: true, names: MIN_DURATION_NAMES, seedLine: 1053 }),
    num('s3-glacier-ir.min-object-size', 'Minimum billable object size', 'limit', 128, 'KiB', CLASSES_COMPARE, { hardLimit: true, names: MIN_OBJECT_SIZE_NAMES }),
    num('s3-glacier-ir.availability', 'Availability (designed for)', 'availability', 99.9, 'percent', CLASSES_COMPARE, { checked: '2026-12-06' }),
    price('s3-glacier-ir.price', 'Storage (per GB-month, us-east-1)', 0.004, PRICING),
  ],
);

export const s3GlacierFlexible = storageClass(
  's3-glacier-flexible',
  'S3 Glacier Flexible Retrieval',
  'Archive storage (formerly S3 Glacier) restored in minutes to hours; bulk retrievals are free.',
  ['S3 Glacier Flexible Retrieval', 'Glacier Flexible Retrieval', 'GLACIER storage class', 'S3 Glacier'],
  [
    list('s3-glacier-flexible.retrieval', 'Retrieval options', 'duration', ['Expedited: 1–5 minutes', 'Standard: 3–5 hours', 'Bulk: 5–12 hours (lowest cost)'], RETRIEVAL, { seedLine: 1061 }),
    num('s3-glacier-flexible.min-storage-duration', 'Minimum storage duration', 'limit', 90, 'days', CLASSES_COMPARE, { hardLimit: true, names: MIN_DURATION_NAMES, seedLine: 1064 }),
    text('s3-glacier-flexible.overhead', 'Per-object overhead', 'size', '40 KB of metadata billed per archived object (8 KB at S3 Standard rates, 32 KB at Glacier rates)', CLASSES_DOCS),
    num('s3-glacier-flexible.durability', 'Durability (designed for)', 'durability', 11, 'nines', CLASSES_COMPARE, { checked: '2026-12-06' }),
    price('s3-glacier-flexible.price', 'Storage (per GB-month, us-east-1)', 0.0036, PRICING),
  ],
);

export const s3GlacierDeepArchive = storageClass(
  's3-glacier-deep-archive',
  'S3 Glacier Deep Archive',
  'The lowest-cost storage class, for data restored rarely, within 12 to 48 hours.',
  ['S3 Glacier Deep Archive', 'Glacier Deep Archive', 'Deep Archive', 'DEEP_ARCHIVE'],
  [
    list('s3-glacier-deep-archive.retrieval', 'Retrieval options', 'duration', ['Standard: within 12 hours', 'Bulk: within 48 hours'], RETRIEVAL, { seedLine: 1072 }),
    num('s3-glacier-deep-archive.min-storage-duration', 'Minimum storage duration', 'limit', 180, 'days', CLASSES_COMPARE, { hardLimit: true, names: MIN_DURATION_NAMES, seedLine: 1074 }),
    num('s3-glacier-deep-archive.durability', 'Durability (designed for)', 'durability', 11, 'nines', CLASSES_COMPARE, { checked: '2026-12-06' }),
    price('s3-glacier-deep-archive.price', 'Storage (per GB-month, us-east-1)', 0.00099, PRICING),
  ],
);

export const s3IntelligentTiering = storageClass(
  's3-intelligent-tiering',
  'S3 Intelligent-Tiering',
  'Moves objects between access tiers automatically by access pattern, with no retrieval fees.',
  ['S3 Intelligent-Tiering', 'Intelligent-Tiering', 'INTELLIGENT_TIERING', 'S3 INT'],
  [
    list('s3-intelligent-tiering.tiers', 'Automatic tiers', 'behaviour', ['Frequent Access', 'Infrequent Access (after 30 days)', 'Archive Instant Access (after 90 days)'], INT_TIERING, {
      seedLine: 2947,
      changed: { notes: 'moves data between two access tiers', note: 'Three automatic tiers plus two optional archive tiers.' },
    }),
    range('s3-intelligent-tiering.archive-access-days', 'Optional Archive Access tier (days without access)', { min: 90, max: 730 }, 'days', INT_TIERING),
    range('s3-intelligent-tiering.deep-archive-access-days', 'Optional Deep Archive Access tier (days without access)', { min: 180, max: 730 }, 'days', INT_TIERING),
    text('s3-intelligent-tiering.small-objects', 'Small objects', 'behaviour', 'Objects under 128 KB are not monitored or tiered; they always stay in the Frequent Access tier', INT_TIERING),
    price('s3-intelligent-tiering.monitoring', 'Monitoring and automation, per 1,000 objects-month', 0.0025, PRICING),
  ],
);

export const s3GlacierVaults: ServiceCard = {
  id: 's3-glacier-vaults',
  parent: 's3',
  name: 'Amazon Glacier (vaults API)',
  summary: 'The original vault-and-archive Glacier service with its own API and Vault Lock; closed to new customers.',
  aliases: ['Glacier vault', 'Glacier vaults', 'Amazon Glacier', 'Amazon S3 Glacier vault', 'Vault Lock', 'Glacier Vault Lock', 'Glacier Select'],
  // AWS Backup has a Vault Lock of its own: a bare "Vault Lock" is Glacier's only next to Glacier.
  contextualAliases: ['Vault Lock'],
  category: 'Storage',
  docs: GLACIER,
  status: {
    state: 'closed-to-new-customers',
    since: '2025-12-15',
    successor: 'S3 Glacier storage classes in S3 buckets (S3 Object Lock for WORM)',
    source: GLACIER,
    note: 'Existing customers keep using their vaults.',
  },
  facts: [
    // The page gives "about 40,000 GB (10,000 * 4 GB)": 10,000 parts of at most 4 GB (4,096 MB) each.
    range('s3-glacier-vaults.archive-size', 'Archive size', { min: 1, max: 10_000 * 4 * GIB }, 'bytes', GLACIER_ARCHIVE, {
      hardLimit: true,
      detail: '1 byte up to about 40,000 GB with multipart upload (10,000 parts of up to 4 GB); up to 4 GB in a single operation.',
    }),
    text('s3-glacier-vaults.vault-lock', 'Vault Lock', 'behaviour', 'WORM policy on a Glacier vault (not an S3 bucket); 24 hours to confirm, then immutable', GLACIER_LOCK, {
      seedLine: 1386,
      changed: { notes: 'Vault Lock at bucket level', note: 'Vault Lock applies to Glacier vaults; buckets use S3 Object Lock.' },
    }),
    text('s3-glacier-vaults.object-lock', 'Bucket-level WORM', 'behaviour', 'S3 Object Lock: governance or compliance mode, retention periods and legal holds', OBJECT_LOCK_OVERVIEW),
    text('s3-glacier-vaults.lifecycle', 'Availability', 'lifecycle', 'No longer open to new customers since 15 December 2025', GLACIER),
  ],
};

export const s3Select: ServiceCard = {
  id: 's3-select',
  parent: 's3',
  name: 'Amazon S3 Select',
  summary: 'Server-side SQL filtering of a single CSV, JSON or Parquet object; closed to new customers.',
  aliases: ['S3 Select', 'Amazon S3 Select', 'SelectObjectContent'],
  category: 'Storage',
  docs: SELECT,
  status: {
    state: 'closed-to-new-customers',
    since: '2024-07-25',
    successor: 'Amazon Athena, or client-side filtering',
    source: SELECT,
  },
  facts: [
    text('s3-select.lifecycle', 'Availability', 'lifecycle', 'No longer available to new customers; existing customers can continue to use it as usual', SELECT, {
      checked: '2026-12-07',
      seedLine: 1234,
      changed: { notes: 'presented as available', note: 'No longer available to new customers; existing customers can continue to use it.' },
    }),
    list('s3-select.formats', 'Input formats', 'behaviour', ['CSV', 'JSON', 'Apache Parquet'], SELECT),
    num('s3-select.record-size', 'Maximum record size (input or output)', 'limit', 1, 'MiB', SELECT, { hardLimit: true }),
  ],
};

export const s3ObjectLambda: ServiceCard = {
  id: 's3-object-lambda',
  parent: 's3',
  name: 'Amazon S3 Object Lambda',
  summary: 'Transforms objects with a Lambda function as they are retrieved through an Object Lambda Access Point; closed to new customers.',
  aliases: ['S3 Object Lambda', 'Object Lambda', 'Object Lambda Access Point'],
  category: 'Storage',
  docs: OBJECT_LAMBDA,
  status: {
    state: 'closed-to-new-customers',
    since: '2025-11-07',
    successor: 'Transform in your application, or use CloudFront with Lambda@Edge / API Gateway + Lambda',
    source: OBJECT_LAMBDA,
  },
  facts: [
    text('s3-object-lambda.lifecycle', 'Availability', 'lifecycle', 'No longer open to new customers since 7 November 2025', OBJECT_LAMBDA, { seedLine: 1427 }),
    text('s3-object-lambda.architecture', 'Architecture', 'behaviour', 'S3 Access Point → Object Lambda Access Point → Lambda function', OBJECT_LAMBDA),
    num('s3-object-lambda.timeout', 'Function time to respond', 'limit', 60, 'seconds', OBJECT_LAMBDA_WRITING, {
      hardLimit: true,
      detail: 'Up to 60 seconds to send the complete response through WriteGetObjectResponse; a shorter function timeout shortens it.',
    }),
  ],
};

/** A newer S3 feature (fifteenth facts pass): ECS now mounts it as a task volume, so documents name it. */
export const s3Files: ServiceCard = {
  id: 's3-files',
  parent: 's3',
  name: 'Amazon S3 Files',
  summary: 'File systems over S3 general purpose buckets, powered by EFS and mounted through mount targets, with file and object access to the same data.',
  aliases: ['Amazon S3 Files', 'AWS S3 Files', 's3files'],
  // "S3 files" is ordinary prose for objects in S3.
  ambiguousAliases: ['S3 Files'],
  category: 'Storage',
  docs: S3_FILES_CLI,
  facts: [
    text('s3-files.what', 'What it is', 'behaviour', 'Makes S3 buckets accessible as high-performance file systems powered by EFS, through mount targets; the same data stays reachable as objects', S3_FILES_CLI, { checked: '2026-12-07' }),
    text('s3-files.ecs', 'ECS task volumes', 'behaviour', 'An ECS task definition volume (s3filesVolumeConfiguration: file system ARN, optional access point, root directory and transit encryption port); the task definition needs a task IAM role', S3_FILES_ECS_VOLUME, { checked: '2026-12-07' }),
    text('s3-files.access-points', 'Access points', 'behaviour', 'Application-specific access with a POSIX user identity and root directory enforcement, for shared datasets in multi-tenant setups', S3_FILES_SDK_CLIENT, { checked: '2026-12-07' }),
  ],
};
