import { limitRule } from './kit/limit-rule';

export const s3ObjectSize = limitRule({
  id: 's3-object-size',
  description: 'An S3 object above the maximum object size, or an outdated maximum.',
  rationale:
    'An S3 object can be up to 50 TB (10,000 parts of up to 5 GiB) since late 2025; the older limit was 5 TB. A single PUT is still limited to ' +
    '5 GB, so larger objects need multipart upload.',
  severity: 'error',
  fact: 's3.object-size',
  bareCeiling: true,
  extraFacts: ['s3.single-put'],
  services: ['s3'],
  attribute: /\bobjects?(?:\s+size)?\b|\bfiles?\b|\b(?:in\s+)?size\b/i,
  // "message size", "item size", "record size": another service's unit, even with S3 in the sentence.
  notAttribute: /\bmessages?\b|\brecords?\b|\bitems?\b|\bpayloads?\b|\brequests?\b|\bdeployment packages?\b|\bcontainer images?\b/i,
  maxText: '50 TB',
  rangeText: '0 bytes to 50 TB',
  outdatedMax: true,
  proseMin: false,
  examples: {
    flag: [
      { text: 'A single S3 object can be up to 5 TB in size.', flagged: ['5 TB'] },
      // Loose: the fix writes "50,000 GiB" for the 50 TB maximum (a unit change, and 50 TB is not 50,000 GiB).
      'The archive is stored in S3 as one 80 TB object.',
      { text: 'S3 objects are limited to 5 TB.', flagged: ['5 TB'] },
    ],
    pass: [
      'An S3 object can be up to 50 TB; uploads above 5 GB use multipart upload.',
      'Each S3 object is a 20 MB Parquet file.',
      'Files larger than 100 MB are uploaded to S3 with multipart upload.',
      // A bucket's size next to its object count is a total; a multipart part size is not an object size.
      '- S3 `catalog-images-prod`: 410 TB, 1.9 billion objects.',
      'S3 multipart upload part size is 64 MB.',
      'The S3 bucket size is 120 TB.',
    ],
  },
});
