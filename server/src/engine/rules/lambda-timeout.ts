import { limitRule } from './kit/limit-rule';

export const lambdaTimeout = limitRule({
  id: 'lambda-timeout',
  description: 'A Lambda function timeout above 15 minutes, or an outdated maximum.',
  rationale:
    'A Lambda function runs for at most 900 seconds (15 minutes); the default timeout is 3 seconds. Longer work belongs in Step Functions, ' +
    'ECS/Fargate or AWS Batch. Checked in prose and in `timeout` / `Timeout` of function resources; comparisons ("jobs longer than 20 minutes ' +
    'go to Batch") are not flagged.',
  severity: 'error',
  fact: 'lambda.timeout',
  bareCeiling: true,
  services: ['lambda'],
  attribute: /\btime[- ]?outs?\b|\btim(?:es|ed)\s+out\b|\b(?:max(?:imum)?\s+)?(?:execution|run(?:ning)?)\s*(?:time|duration)\b|\bmax(?:imum)?\.?\s+(?:execution|run(?:ning)?|duration)\b|\bruns?\s+for\b|\bexecute[sd]?\s+for\b|\b(?:function|invocation|execution)\s+(?:duration|length)\b|\b(?:can(?:not|'t)?|may|must)\s+(?:not\s+)?(?:run|execute)\b/i,
  // A Step Functions Task state has its own TimeoutSeconds, which may well exceed the Lambda's. Lambda
  // Managed Instances functions invoked asynchronously or by most event source mappings allow 90 minutes.
  // Lambda MicroVMs (2026) run up to 8 hours: a MicroVM's maximum duration is not a function timeout.
  notInClause: /\bStep\s*Functions\b|\bstate machines?\b|\bSFN\b|\bManaged\s+Instances?\b|\bMicroVMs?\b/i,
  notAttribute: /\bvisibility\b|\bintegration\b|\bidle\b|\bconnection\b|\bsession\b|\bsocket\b|\bclient\b|\bHTTP\b|\bread\b|\bAPI Gateway\b/i,
  checkDefault: true,
  outdatedMax: true,
  examples: {
    flag: [
      // The service named between the value and the limit noun: "the 5-minute Lambda limit".
      { text: 'Exports ran into the 5-minute Lambda limit on Friday.', flagged: ['5-minute'] },
      // A header whose last word is the unit ("Timeout seconds") reads the column's numbers in it.
      {
        text: '| Function | Timeout seconds |\n| --- | --- |\n| orders-worker (Lambda) | 1200 |',
        flagged: ['1200'],
        output: '| Function | Timeout seconds |\n| --- | --- |\n| orders-worker (Lambda) | 900 |',
      },
      // A paragraph that opens with a pronoun speaks of the one service the paragraph before names.
      {
        text: 'Our workers are Lambda functions written in Go.\n\nThey run with a timeout of 20 minutes.',
        flagged: ['20 minutes'],
        output: 'Our workers are Lambda functions written in Go.\n\nThey run with a timeout of 15 minutes.',
      },
      // Loose: the fix writes "a 15 minutes timeout" (plural inside a compound adjective); output not stated.
      'The nightly export runs as a Lambda function with a 30 minute timeout.',
      {
        text: '| Setting | Value |\n| --- | --- |\n| Lambda timeout | 20 min |\n| Lambda memory | 1024 MB |',
        flagged: ['20 min'],
        output: '| Setting | Value |\n| --- | --- |\n| Lambda timeout | 15 minutes |\n| Lambda memory | 1024 MB |',
      },
      {
        text: '| Function | Runtime | Timeout |\n| --- | --- | --- |\n| Lambda `export` | python3.12 | 20 min |',
        flagged: ['20 min'],
        output: '| Function | Runtime | Timeout |\n| --- | --- | --- |\n| Lambda `export` | python3.12 | 15 minutes |',
      },
      {
        text: '```hcl\nresource "aws_lambda_function" "export" {\n  timeout     = 1800\n  memory_size = 1024\n}\n```',
        flagged: ['1800'],
        output: '```hcl\nresource "aws_lambda_function" "export" {\n  timeout     = 900\n  memory_size = 1024\n}\n```',
      },
      { text: 'Lambda functions can run for up to 5 minutes.', flagged: ['5 minutes'] },
      {
        text: 'SQS retention 4 days\nLambda timeout 20 min',
        flagged: ['20 min'],
        output: 'SQS retention 4 days\nLambda timeout 15 minutes',
      },
      {
        text: '| Lambda function | Memory (MB) | Timeout (s) |\n| --- | --- | --- |\n| export | 1024 | 1200 |',
        flagged: ['1200'],
        output: '| Lambda function | Memory (MB) | Timeout (s) |\n| --- | --- | --- |\n| export | 1024 | 900 |',
      },
      // A nearer attribute word ("runs") does not take a quantity that premodifies the rule's own word.
      // Loose, as the first one: the fix writes "a 15 minutes timeout".
      'The backfill Lambda runs with a 20 minute timeout so it can finish a whole partition in one go.',
    ],
    pass: [
      // Two services before the pronoun: it could be either.
      'Orders arrive through API Gateway and Step Functions.\n\nThey time out after 20 minutes.',
      'The ingest consumer runs on Lambda Managed Instances with a 60 minute timeout for its SQS event source mapping.',
      'The Lambda function timeout is 15 minutes, the maximum.',
      '| Setting | Value | Notes |\n| --- | --- | --- |\n| Lambda timeout | 15 min | the max; the whole job takes 20 min in total |',
      'Jobs that run longer than 15 minutes move from Lambda to Fargate.',
      'The SQS visibility timeout is 90 minutes, six times the Lambda timeout.',
      'Set the SQS visibility timeout to 6 times the Lambda timeout: 90 minutes.',
      '```yaml\nExport:\n  Type: AWS::Lambda::Function\n  Properties:\n    Timeout: 900\n```',
      'The transcoder was first planned as a Lambda with a 20 minute timeout, but that is not possible, so it is a Step Functions workflow.',
      'Visibility timeout: 6 × the function timeout, so with a 60 s Lambda timeout we set 3600 seconds.',
      'The Step Functions state for the Lambda has a 2 hour timeout, with retries.',
      // 'retries for' is not a run time, and 'timeout' sets the earlier item's value.,
      'DynamoDB Streams + Lambda; Lambda timeout 5 minutes, retries for 2 days.',
      'Lambda timeout 30 s, end-to-end workflow 3 hours.',
      '| Lambda function | Timeout (s) | Runs per day |\n| --- | --- | --- |\n| export | 900 | 1200 |',
      // A question answered No is not an assertion.
      '- Could we give the backfill Lambda a 30 minute timeout? No: the maximum is 15 minutes, so we use Fargate.',
    ],
  },
});
