/**
 * What tests assert about resources (recognisers/iac/test-assertions.ts): the CDK assertions API's
 * `hasResourceProperties('AWS::SQS::Queue', {…})` in TypeScript, Python, Java, Go and C#, and equality asserts
 * over the attributes an SDK read returns, bound only when the fence's read operation names the service. Also
 * .NET `TimeSpan` text in configuration (config-keys.ts) and SQS ChangeMessageVisibility (sdk.ts). Programs
 * written for these tests.
 */
import { strict as assert } from 'node:assert';
import { fence, flagged } from './helpers/fence-findings';


describe('readers: what tests assert about resources', () => {
  it('reads the CDK assertions API in every CDK language', () => {
    assert.deepEqual(flagged(fence('ts', "template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 50000, DelaySeconds: 30 });")), ['sqs-visibility-timeout: 50000']);
    assert.deepEqual(flagged(fence('python', 'template.has_resource_properties("AWS::Lambda::Function", {"Timeout": 1200, "MemorySize": 1024})')), ['lambda-timeout: 1200']);
    assert.deepEqual(flagged(fence('java', 'template.hasResourceProperties("AWS::SQS::Queue", Map.of("MessageRetentionPeriod", 1500000));')), ['sqs-retention: 1500000']);
    assert.deepEqual(flagged(fence('go', 'template.HasResourceProperties(jsii.String("AWS::Lambda::Function"), &map[string]interface{}{', '\t"MemorySize": 20480,', '})')), ['lambda-memory: 20480']);
    assert.deepEqual(flagged(fence('csharp', 'template.HasResourceProperties("AWS::SQS::Queue", new Dictionary<string, object> { { "VisibilityTimeout", 50000 } });')), ['sqs-visibility-timeout: 50000']);
  });

  it('leaves negated matchers and other maps inside the properties alone', () => {
    for (const doc of [
      fence('ts', "template.hasResourceProperties('AWS::SQS::Queue', Match.not({ VisibilityTimeout: 50000 }));"),
      fence('ts', "template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { Timeout: '1200' } } });"),
      fence('java', 'template.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables", Map.of("TIMEOUT", 1200))));'),
      fence('ts', "template.resourceCountIs('AWS::SQS::Queue', 50000);"),
    ]) {
      assert.deepEqual(flagged(doc), [], doc);
    }
  });

  it('reads equality asserts over the attributes a read operation returns', () => {
    const py = fence(
      'python',
      'def test_queue(sqs, url):',
      '    attrs = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]',
      '    assert attrs["MaximumMessageSize"] == "2097152"',
      '    self.assertEqual(attrs["VisibilityTimeout"], "50000")',
      '    assert attrs["DelaySeconds"] == "0"',
    );
    assert.deepEqual(flagged(py), ['sqs-message-size: 2097152', 'sqs-visibility-timeout: 50000']);
    const go = fence('go', 'out, _ := client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: url})', 'assert.Equal(t, "1500000", out.Attributes["MessageRetentionPeriod"])');
    assert.deepEqual(flagged(go), ['sqs-retention: 1500000']);
    const js = fence('js', 'const cfg = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: "w" }));', 'expect(cfg.Timeout).toBe(1200);');
    assert.deepEqual(flagged(js), ['lambda-timeout: 1200']);
  });

  it('leaves asserts alone without one read operation, with a comparison, or with several numbers', () => {
    for (const doc of [
      fence('python', 'assert attrs["VisibilityTimeout"] == "50000"'),
      fence('python', 'attrs = sqs.get_queue_attributes(QueueUrl=url)["Attributes"]', 'cfg = lam.get_function_configuration(FunctionName="w")', 'assert attrs["VisibilityTimeout"] == "50000"'),
      fence('python', 'attrs = sqs.get_queue_attributes(QueueUrl=url)["Attributes"]', 'assert int(attrs["VisibilityTimeout"]) <= 50000', 'assert attrs["VisibilityTimeout"] != "50000"'),
      fence('python', 'attrs = sqs.get_queue_attributes(QueueUrl=url)["Attributes"]', 'assert attrs["VisibilityTimeout"] in ("30", "50000")'),
      fence('ts', 'const a = await sqs.send(new GetQueueAttributesCommand({ QueueUrl }));', 'expect(a.Attributes.VisibilityTimeout).not.toBe("50000");'),
    ]) {
      assert.deepEqual(flagged(doc), [], doc);
    }
  });

  it('reads .NET TimeSpan text in appsettings and a ChangeMessageVisibility request', () => {
    const json = fence('json', '{', '  "Sqs": { "VisibilityTimeout": "13:00:00", "MessageRetentionPeriod": "15.00:00:00" },', '  "Lambda": { "Timeout": "00:10:00" }', '}');
    assert.deepEqual(flagged(json), ['sqs-visibility-timeout: 13:00:00', 'sqs-retention: 15.00:00:00']);
    assert.deepEqual(flagged(fence('python', 'sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=h, VisibilityTimeout=50000)')), ['sqs-visibility-timeout: 50000']);
  });
});
