/**
 * AWS SDK requests in Go, Java, C# and Rust fences (recognisers/iac/sdk-typed.ts): Go input struct
 * literals, Java v2 builders and consumers, C# object initializers, Rust fluent builders, with their
 * attribute maps. Documents written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { readTypedSdk } from '../../server/src/engine/recognisers/iac/sdk-typed';

const findings = (text: string): string[] =>
  analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

const fence = (lang: string, ...lines: string[]): string => ['# Provisioning', '', `\`\`\`${lang}`, ...lines, '```', ''].join('\n');

describe('readers: SDK requests in Go, Java, C# and Rust', () => {
  it('reads a Go input literal with typed and string attribute keys and pointer helpers', () => {
    const code = [
      'q, err := svc.CreateQueue(ctx, &sqs.CreateQueueInput{',
      '\tQueueName: aws.String("ingest"),',
      '\tAttributes: map[string]string{',
      '\t\tstring(types.QueueAttributeNameVisibilityTimeout): "45000",',
      '\t\t"DelaySeconds": "30",',
      '\t},',
      '})',
      'fn := &lambda.CreateFunctionInput{FunctionName: aws.String("resize"), Timeout: aws.Int32(960), EphemeralStorage: &types.EphemeralStorage{Size: aws.Int32(11264)}}',
    ].join('\n');
    const read = readTypedSdk(code, 0);
    assert.deepEqual(read.resources.map((r) => r.resourceType), ['AWS::SQS::Queue', 'AWS::Lambda::Function']);
    assert.deepEqual(read.values.map((v) => [v.normalizedKey, v.raw, v.parentKey ?? '']), [
      ['visibilitytimeout', '45000', 'attributes'],
      ['delayseconds', '30', 'attributes'],
      ['timeout', '960', ''],
      ['size', '11264', 'ephemeralstorage'],
    ]);
    assert.deepEqual(findings(fence('go', code)), ['sqs-visibility-timeout:45000', 'lambda-timeout:960', 'lambda-ephemeral-storage:11264']);
  });

  it('reads Java v2 builders, consumer requests and v1 setters', () => {
    const doc = fence(
      'java',
      'LambdaClient lambda = LambdaClient.create();',
      'lambda.createFunction(CreateFunctionRequest.builder()',
      '    .functionName("export")',
      '    .memorySize(12288)',
      '    .build());',
      'lambda.updateFunctionConfiguration(r -> r.functionName("export").timeout(1500));',
      'sqs.createQueue(new CreateQueueRequest("jobs").withAttributes(Map.of(QueueAttributeName.MessageRetentionPeriod.toString(), "86400")));',
      'sqs.setQueueAttributes(SetQueueAttributesRequest.builder().queueUrl(url)',
      '    .attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, "1814400")).build());',
    );
    assert.deepEqual(findings(doc), ['lambda-memory:12288', 'lambda-timeout:1500', 'sqs-retention:1814400']);
  });

  it('reads C# object initializers and dictionary entries', () => {
    const doc = fence(
      'csharp',
      'var sqs = new AmazonSQSClient();',
      'await sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest',
      '{',
      '    QueueUrl = queueUrl,',
      '    Attributes = new Dictionary<string, string> { ["ReceiveMessageWaitTimeSeconds"] = "25", { "MessageRetentionPeriod", "1300000" } }',
      '});',
      'await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = "main", BackupRetentionPeriod = 42 });',
    );
    assert.deepEqual(findings(doc), ['sqs-wait-time:25', 'sqs-retention:1300000', 'rds-backup-retention:42']);
  });

  it('reads Rust fluent builders up to send()', () => {
    const doc = fence(
      'rust',
      'let client = aws_sdk_lambda::Client::new(&config);',
      'client',
      '    .update_function_configuration()',
      '    .function_name("thumbnails")',
      '    .memory_size(10240)',
      '    .timeout(1000)',
      '    .send()',
      '    .await?;',
      'sqs.set_queue_attributes().queue_url(&url).attributes(QueueAttributeName::VisibilityTimeout, "43200").send().await?;',
    );
    assert.deepEqual(findings(doc), ['lambda-timeout:1000']);
  });

  it('stays quiet on values in range, other services and look-alike code', () => {
    // In range.
    assert.deepEqual(findings(fence('go', 'svc.UpdateFunctionConfiguration(ctx, &lambda.UpdateFunctionConfigurationInput{Timeout: aws.Int32(900), MemorySize: aws.Int32(10240)})')), []);
    // CloudFront Functions and AppSync share CreateFunction; Neptune and DocumentDB share ModifyDBCluster.
    assert.deepEqual(findings(fence('go', 'cf.CreateFunction(ctx, &cloudfront.CreateFunctionInput{Name: aws.String("x"), Timeout: aws.Int32(1200)})')), []);
    assert.deepEqual(findings(fence('java', 'NeptuneClient neptune = NeptuneClient.create();', 'neptune.modifyDBCluster(ModifyDbClusterRequest.builder().backupRetentionPeriod(40).build());')), []);
    // An application's own type of the same name in another package, an HTTP client's timeout, a value outside any request.
    assert.deepEqual(findings(fence('go', 'in := &jobs.CreateQueueInput{VisibilityTimeout: 50000}', 'c := &http.Client{Timeout: 1200}', 'const retry = 1200')), []);
    assert.deepEqual(findings(fence('csharp', 'var options = new RetryOptions { Timeout = 1200 };', 'var attrs = new Dictionary<string, string> { ["MessageRetentionPeriod"] = "2592000" };')), []);
    // A computed value is not a literal.
    assert.deepEqual(findings(fence('rust', 'lambda.update_function_configuration().timeout(base * 2).send().await?;')), []);
  });
  it('reads SQS queue attributes named by the SDK enum outside a request', () => {
    const doc = fence(
      'java',
      'Map<QueueAttributeName, String> attributes = new HashMap<>();',
      'attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, "64800");',
      'attributes.put(QueueAttributeName.DELAY_SECONDS, "60");',
      'sqs.createQueue(CreateQueueRequest.builder().queueName("jobs").attributes(attributes).build());',
    );
    assert.deepEqual(findings(doc), ['sqs-visibility-timeout:64800']);
    assert.deepEqual(findings(fence('go', 'attrs := map[string]string{', '\tstring(types.QueueAttributeNameMessageRetentionPeriod): "1296000",', '}')), ['sqs-retention:1296000']);
    // Another enum of the same shape names another service's attribute.
    assert.deepEqual(findings(fence('java', 'attrs.put(TopicAttributeName.DELIVERY_POLICY_TIMEOUT, "64800");')), []);
  });

  it('reads Kotlin DSL requests, Java v1 requests with arguments and C# indexer entries', () => {
    const kotlin = fence('kotlin', 'sqs.setQueueAttributes(SetQueueAttributesRequest {', '    queueUrl = url', '    attributes = mapOf(QueueAttributeName.ReceiveMessageWaitTimeSeconds to "30")', '})');
    assert.deepEqual(findings(kotlin), ['sqs-wait-time:30']);
    const java = fence('java', 'CreateQueueRequest request = new CreateQueueRequest("jobs")', '    .addAttributesEntry("DelaySeconds", "1200");');
    assert.deepEqual(findings(java), ['stated-limit:1200']);
    const csharp = fence('csharp', 'var request = new CreateQueueRequest', '{', '    QueueName = "jobs",', '    Attributes = { [QueueAttributeName.MaximumMessageSize] = "4194304" }', '};');
    assert.deepEqual(findings(csharp).length, 1);
    // Kotlin's `to` between other words is no pair.
    assert.deepEqual(findings(fence('kotlin', 'val plan = UpdateFunctionConfigurationRequest { description = "scale to 1200" }')), []);
  });
});
