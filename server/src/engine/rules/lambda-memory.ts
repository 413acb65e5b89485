import { limitRule } from './kit/limit-rule';

export const lambdaMemory = limitRule({
  id: 'lambda-memory',
  description: 'Lambda memory outside 128 MB to 10,240 MB.',
  rationale:
    'A Lambda function gets 128 MB to 10,240 MB of memory (1 MB steps), and CPU in proportion. Checked in prose and in `memory_size` / `MemorySize`.',
  severity: 'error',
  fact: 'lambda.memory',
  checkDefault: true,
  services: ['lambda'],
  attribute: /\bmemory(?:[\s_]size)?\b|\bRAM\b/i,
  // Functions on Lambda Managed Instances (a capacity provider) are not held to 128-10,240 MB: their minimum
  // is 2 GB and the Lambda API accepts more than 10,240 MB for them.
  // Lambda MicroVMs (2026) are sized apart from functions.
  notInClause: /\bManaged\s+Instances?\b|\bcapacity\s+providers?\b|\bLMI\b|\bMicroVMs?\b/i,
  examples: {
    flag: [
      // A service inside a relative clause is the object ("that write to DynamoDB"), not the subject.
      {
        text: 'Lambda functions that write to DynamoDB use 12 GB of memory.',
        flagged: ['12 GB'],
        output: 'Lambda functions that write to DynamoDB use 10 GiB of memory.',
      },
      // A default stated as another figure.
      { text: 'Lambda default memory is 512 MB.', flagged: ['512 MB'], output: 'Lambda default memory is 128 MiB.' },
      {
        text: 'The image resizer is a Lambda function with 16 GB of memory.',
        flagged: ['16 GB'],
        output: 'The image resizer is a Lambda function with 10 GiB of memory.',
      },
      { text: '- Lambda memory: 64 MB', flagged: ['64 MB'], output: '- Lambda memory: 128 MiB' },
      {
        text: '```hcl\nresource "aws_lambda_function" "resize" {\n  memory_size = 20480\n}\n```',
        flagged: ['20480'],
        output: '```hcl\nresource "aws_lambda_function" "resize" {\n  memory_size = 10240\n}\n```',
      },
      { text: '| Lambda function | Memory (MB) | Timeout (s) |\n| --- | --- | --- |\n| resize | 64 | 900 |', flagged: ['64'] },
    ],
    pass: [
      'Lambda memory defaults to 128 MB and goes up to 10,240 MB.',
      'The image resizer is a Lambda function with 10,240 MB of memory.',
      'The embedding service is a Lambda function on Lambda Managed Instances with 32 GB of memory.',
      'Lambda memory: 128 MB for the health check.',
      'The Lambda function reads a 16 GB file from S3 in chunks.',
      // Only a header that states the unit explicitly reads a bare number.,
      '| Lambda function | Memory | Timeout |\n| --- | --- | --- |\n| resize | 64 | 900 |',
    ],
  },
});
