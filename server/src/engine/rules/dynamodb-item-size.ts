import { limitRule } from './kit/limit-rule';

export const dynamodbItemSize = limitRule({
  id: 'dynamodb-item-size',
  description: 'A DynamoDB item larger than 400 KB.',
  rationale:
    'A DynamoDB item, attribute names included, is at most 400 KB. Larger documents go to S3 with a pointer in the item, or are split.',
  severity: 'error',
  fact: 'dynamodb.item-size',
  bareCeiling: true,
  services: ['dynamodb'],
  attribute: /\bitems?(?:\s+size)?\b|\brecords?\b|\bdocuments?\b|\brows?\b|\bentries\b|\bentry\b|\b(?:in\s+)?size\b/i,
  examples: {
    flag: [
      {
        text: 'Each order document (up to 2 MB with line items) is stored as one DynamoDB item.',
        flagged: ['2 MB'],
        output: 'Each order document (up to 400 KiB with line items) is stored as one DynamoDB item.',
      },
      { text: 'DynamoDB items can be up to 1 MB.', flagged: ['1 MB'], output: 'DynamoDB items can be up to 400 KiB.' },
      {
        text: '| Table | Item size |\n| --- | --- |\n| DynamoDB `sessions` | 800 KB |',
        flagged: ['800 KB'],
        output: '| Table | Item size |\n| --- | --- |\n| DynamoDB `sessions` | 400 KiB |',
      },
    ],
    pass: [
      // The size of a batch of counted things is a total, not one item's.
      'A DynamoDB transaction can include up to 100 unique items or 4 MB.',
      'DynamoDB items are at most 400 KB, so attachments go to S3.',
      'Each DynamoDB item is about 3 KB.',
      'Documents larger than 400 KB are stored in S3 and the DynamoDB item keeps the key.',
      // A table's size next to its item count is a total, not an item size.
      '- DynamoDB table `orders-v2`: 1.4 TB, 3.2 billion items.',
      'The DynamoDB table size is 800 GB.',
    ],
  },
});
