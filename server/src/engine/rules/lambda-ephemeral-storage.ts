import { limitRule } from './kit/limit-rule';

export const lambdaEphemeralStorage = limitRule({
  id: 'lambda-ephemeral-storage',
  description: 'Lambda /tmp (ephemeral storage) outside 512 MB to 10,240 MB.',
  rationale:
    'A Lambda function\'s /tmp is 512 MB by default and configurable up to 10,240 MB. Larger scratch space needs EFS or S3. Checked in prose and ' +
    'in `ephemeral_storage { size }` / `EphemeralStorage.Size`.',
  severity: 'error',
  fact: 'lambda.ephemeral-storage',
  checkDefault: true,
  services: ['lambda'],
  attribute: /\/tmp\b|\bephemeral[\s_]storage\b|\bephemeral disk\b|\btemp(?:orary)?\s+(?:storage|disk|space)\b|\bscratch\s+(?:space|disk)\b|\bsize[sd]?\b/i,
  // "size" is this attribute's verb ("which we size at 20 GB"); a payload's, package's or image's size is another limit.
  notAttribute: /\b(?:payloads?|packages?|deployment|images?|requests?|responses?|messages?|objects?|items?|records?|layers?|memory|code|zip|body|events?|invocations?|environment|variables)\b/i,
  examples: {
    flag: [
      // A default stated as another figure.
      { text: 'Lambda /tmp defaults to 10 GB.', flagged: ['10 GB'], output: 'Lambda /tmp defaults to 512 MiB.' },
      // A terse "only" after the value: the old ceiling in a cram sheet.
      { text: '- Lambda /tmp: 512 MB only', flagged: ['512 MB'] },
      {
        text: 'The Lambda function unpacks the archive into /tmp, which we size at 20 GB.',
        flagged: ['20 GB'],
        output: 'The Lambda function unpacks the archive into /tmp, which we size at 10 GiB.',
      },
      { text: '- Lambda ephemeral storage: 50 GB', flagged: ['50 GB'], output: '- Lambda ephemeral storage: 10 GiB' },
      {
        text: '```hcl\nresource "aws_lambda_function" "unpack" {\n  ephemeral_storage {\n    size = 20480\n  }\n}\n```',
        flagged: ['20480'],
        output: '```hcl\nresource "aws_lambda_function" "unpack" {\n  ephemeral_storage {\n    size = 10240\n  }\n}\n```',
      },
    ],
    pass: [
      "Lambda's maximum payload size is 6 MB, up to 128 KB for asynchronous invocation.",
      'Lambda /tmp defaults to 512 MB and can be raised to 10 GB.',
      'The Lambda function gets 10 GB of ephemeral storage.',
      'Lambda /tmp defaults to 512 MB.',
      '```hcl\nresource "aws_lambda_function" "unpack" {\n  ephemeral_storage {\n    size = 10240\n  }\n}\n```',
    ],
  },
});
