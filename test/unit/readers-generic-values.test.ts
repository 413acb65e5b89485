/**
 * One generic key/value reading of code in any language (recognisers/iac/generic.ts): a key that names an attribute,
 * its value expression, and the service the code around it tells. Snippets written for these tests.
 */
import { strict as assert } from 'node:assert';
import { readFence } from '../../server/src/engine/recognisers/iac';
import { fence, flagged } from './helpers/fence-findings';

/** `fact value×factor` of each value the fence's reading binds. */
const bound = (lang: string, ...lines: string[]): string[] =>
  readFence(lines.join('\n'), 0, lang)
    .values.filter((v) => v.bound)
    .map((v) => `${v.bound?.fact} ${(v.number ?? 0) * (v.bound?.factor ?? 0)}`);

describe('readers: generic key/value reading of code', () => {
  it('reads Rust builders and constants with arithmetic', () => {
    const rust = [
      'use aws_sdk_kinesis::Client;',
      'const MAX_MSG: usize = 256 * 1024;',
      'async fn extend(client: &Client, sqs: &aws_sdk_sqs::Client) -> anyhow::Result<()> {',
      '    client',
      '        .increase_stream_retention_period()',
      '        .stream_name("clickstream")',
      '        .retention_period_hours(24 * 400)',
      '        .send()',
      '        .await?;',
      '    sqs.set_queue_attributes()',
      '        .queue_url(&url)',
      '        .attributes(QueueAttributeName::MaximumMessageSize, (MAX_MSG * 8).to_string())',
      '        .send().await?;',
      '    Ok(())',
      '}',
    ];
    assert.deepEqual(bound('rust', ...rust), ['kinesis-data-streams.retention 34560000', 'sqs.message-size 2097152']);
    assert.deepEqual(flagged(fence('rust', ...rust)), ['kinesis-retention: 24 * 400', 'sqs-message-size: (MAX_MSG * 8).to_string()']);
  });

  it('reads Jsonnet objects with a helper the fence defines', () => {
    const jsonnet = [
      'local hours(n) = n * 3600;',
      '{',
      '  Resources: {',
      '    OrdersQueue: {',
      "      Type: 'AWS::SQS::Queue',",
      '      Properties: { VisibilityTimeout: hours(13), DelaySeconds: 5 },',
      '    },',
      '  },',
      '}',
    ];
    assert.deepEqual(bound('jsonnet', ...jsonnet), ['sqs.visibility-timeout 46800', 'sqs.delay 5']);
    assert.deepEqual(flagged(fence('jsonnet', ...jsonnet)), ['sqs-visibility-timeout: hours(13)']);
  });

  it('reads Ruby hashes, keywords and calls without brackets', () => {
    const ruby = [
      "require 'aws-sdk-sqs'",
      'sqs = Aws::SQS::Client.new(region: "eu-west-1")',
      'sqs.create_queue(',
      '  queue_name: "orders",',
      "  attributes: { 'MessageRetentionPeriod' => '1814400', 'VisibilityTimeout' => '600' }",
      ')',
      'SqsQueue.new(name: "audit", visibility_timeout: 43_300)',
    ];
    assert.deepEqual(bound('ruby', ...ruby), ['sqs.retention 1814400', 'sqs.visibility-timeout 600', 'sqs.visibility-timeout 43300']);
  });

  it('reads keyword arguments of an Airflow operator and a PowerShell splatted hashtable', () => {
    const python = [
      'create_fn = LambdaCreateFunctionOperator(',
      '    task_id="create_ingest_fn",',
      '    function_name="ingest",',
      '    role=ROLE_ARN,',
      '    timeout=960,',
      '    memory_size=2048,',
      ')',
    ];
    assert.deepEqual(bound('python', ...python), ['lambda.timeout 960', 'lambda.memory 2147483648']);
    const pwsh = ["$q = @{ MessageRetentionPeriod = '1814400' }", 'New-SQSQueue -QueueName orders -Attribute $q'];
    assert.deepEqual(bound('powershell', ...pwsh), ['sqs.retention 1814400']);
  });

  it('reads a command flag whose command names the service', () => {
    assert.deepEqual(bound('bash', 'cargo lambda deploy --timeout 960 --memory-size 1024 ingest'), ['lambda.timeout 960', 'lambda.memory 1073741824']);
    assert.deepEqual(bound('bash', 'kubectl wait --for=condition=ready pod/x --timeout=960'), []);
  });

  it('reads well-known unit calls in Elixir, Scala, Kotlin and Lua-like configs', () => {
    assert.deepEqual(bound('elixir', 'config :ex_aws_sqs, queue: [visibility_timeout: 43_201, name: "orders"]'), ['sqs.visibility-timeout 43201']);
    assert.deepEqual(bound('scala', 'val q = SqsQueueSettings(visibilityTimeout = 13.hours, name = "orders")'), ['sqs.visibility-timeout 46800']);
    assert.deepEqual(bound('lua', 'local sqs_queue = { visibility_timeout = 13 * 3600 }'), ['sqs.visibility-timeout 46800']);
  });

  it('stays quiet where the service cannot be told or is another one', () => {
    // No service around the key, and a key many services and programs share.
    assert.deepEqual(bound('python', 'resp = requests.post(url, json=body, timeout=1200)'), []);
    assert.deepEqual(bound('ruby', 'Faraday.new(url: base, request: { timeout: 1200 })'), []);
    // A key only SQS has, in a fence that never names SQS (a Redis broker).
    assert.deepEqual(bound('python', "broker_url = 'redis://cache:6379/0'", "broker_transport_options = {'visibility_timeout': 50000}"), []);
    // Another cloud's queue client.
    assert.deepEqual(bound('python', 'from azure.storage.queue import QueueClient', 'q = AzureQueueClient(visibility_timeout=50000)', 'sqs = None'), []);
    // A comment, a comparison, a Python lambda, an assert.
    assert.deepEqual(
      bound('python', 'lambda_client = boto3.client("lambda")', '# timeout=1200 was the old value', 'if cfg.timeout == 1200: pass', 'pick = lambda timeout=1200: timeout'),
      [],
    );
    // The enclosing call is SQS's: a Lambda key inside it is not bound to Lambda.
    assert.deepEqual(bound('ruby', 'lambda_client = Aws::Lambda::Client.new', 'SqsQueue.new(name: "x", timeout: 1200)'), []);
  });

  it('keeps a correct value quiet and leaves values a specific reader read', () => {
    assert.deepEqual(flagged(fence('ruby', 'sqs.create_queue(queue_name: "ok", attributes: { "VisibilityTimeout" => "900" })')), []);
    // The boto3 reader reads this call; the generic reading adds nothing twice.
    const py = readFence('sqs.set_queue_attributes(QueueUrl=u, Attributes={"VisibilityTimeout": "50000"})', 0, 'python');
    assert.equal(py.values.filter((v) => v.normalizedKey === 'visibilitytimeout').length, 1);
  });
});

describe('readers: generic key/value reading — options, environment maps and negation', () => {
  it('reads a property set on an options object whose class names the service', () => {
    const cs = ['services.Configure<SqsQueueOptions>(o =>', '{', '    o.QueueName = "orders";', '    o.VisibilityTimeout = TimeSpan.FromHours(13);', '});'];
    assert.deepEqual(bound('csharp', ...cs), ['sqs.visibility-timeout 46800']);
  });

  it('leaves environment variables, tags and payloads of a resource alone', () => {
    assert.deepEqual(
      bound(
        'python',
        'lambda_client.create_function(',
        '    FunctionName="ingest",',
        '    Environment={"Variables": {"timeout": "1200", "TIMEOUT": "1200"}},',
        '    Tags={"timeout": "1200"},',
        ')',
      ),
      [],
    );
    assert.deepEqual(bound('ruby', 'lambda.invoke(function_name: "w", payload: { timeout: 1200 }.to_json)'), []);
  });

  it('leaves a value under a negation or a past tense alone', () => {
    assert.deepEqual(bound('python', 'sqs.create_queue(QueueName="x", Attributes=not_used({"VisibilityTimeout": "50000"}))'), []);
    assert.deepEqual(bound('ruby', 'legacy_sqs_settings = { visibility_timeout: 50_000 }'), []);
  });
});

describe('readers: generic key/value reading — client settings are no resource settings', () => {
  it('leaves an SDK client configuration and HTTP options alone', () => {
    assert.deepEqual(bound('csharp', 'var lambda = new AmazonLambdaClient(new AmazonLambdaConfig { Timeout = TimeSpan.FromMinutes(20) });'), []);
    assert.deepEqual(bound('js', "const lambda = new AWS.Lambda({ region: 'eu-west-1', httpOptions: { timeout: 1200000 } });"), []);
    assert.deepEqual(bound('rust', 'let conf = aws_sdk_lambda::config::Builder::new().timeout(Duration::from_secs(1200)).build();'), []);
  });

  it('reads a value converted to text for an SDK map', () => {
    assert.deepEqual(bound('go', 'attrs := map[string]string{"VisibilityTimeout": strconv.Itoa(13 * 3600)}', 'svc.SetQueueAttributes(ctx, &sqs.SetQueueAttributesInput{Attributes: attrs})'), ['sqs.visibility-timeout 46800']);
  });
});

describe('readers: generic key/value reading — indented blocks', () => {
  it('takes the service from a type beside the key’s parent (Pulumi YAML) and from a parent key', () => {
    const pulumi = ['resources:', '  ordersQueue:', '    type: aws:sqs:Queue', '    properties:', '      visibilityTimeoutSeconds: 50000', '  fn:', '    type: aws:lambda:Function', '    properties:', '      timeout: 1200'];
    // The YAML reader reads Pulumi YAML itself; an indented config in another language is read the same way here.
    assert.deepEqual(flagged(fence('yaml', ...pulumi)), ['sqs-visibility-timeout: 50000', 'lambda-timeout: 1200']);
    assert.deepEqual(bound('coffeescript', ...pulumi), ['sqs.visibility-timeout 50000', 'lambda.timeout 1200']);
    // A Docker Compose health check's timeout has no AWS service around it.
    assert.deepEqual(bound('yaml', 'services:', '  worker:', '    image: lambda-runner', '    healthcheck:', '      timeout: 1200'), []);
  });
});

describe('readers: generic key/value reading — manifests and values other readers left without a subject', () => {
  it('takes the service from a Kubernetes API group of AWS resources (ACK, Crossplane)', () => {
    const ack = ['apiVersion: lambda.services.k8s.aws/v1alpha1', 'kind: Function', 'metadata:', '  name: ingest', 'spec:', '  name: ingest', '  timeout: 1200'];
    assert.deepEqual(flagged(fence('yaml', ...ack)), ['lambda-timeout: 1200']);
    const upbound = ['apiVersion: sqs.aws.upbound.io/v1beta1', 'kind: Queue', 'spec:', '  forProvider:', '    region: eu-west-1', '    messageRetentionSeconds: 1500000'];
    assert.deepEqual(flagged(fence('yaml', ...upbound)), ['sqs-retention: 1500000']);
    // Another API group, and a second document of the same fence, say nothing of Lambda.
    const other = ['apiVersion: batch/v1', 'kind: Job', 'spec:', '  timeout: 1200', '---', 'apiVersion: lambda.services.k8s.aws/v1alpha1', 'kind: Function', 'spec:', '  timeout: 600'];
    assert.deepEqual(flagged(fence('yaml', ...other)), []);
  });

  it('reads an operation whose name ends like a client setting', () => {
    assert.deepEqual(bound('ruby', 'Aws::Lambda::Client.new.update_function_configuration(function_name: "w", timeout: 1200)'), ['lambda.timeout 1200']);
  });
});

describe('readers: named constants whose service is the SDK the fence imports', () => {
  it('binds a constant whose name states the whole attribute', () => {
    assert.deepEqual(flagged(fence('rust', 'use aws_sdk_sqs::Client;', 'const MAX_MSG_BYTES: usize = 256 * 1024;')), ['sqs-message-size: 256 * 1024']);
    assert.deepEqual(flagged(fence('ts', "import { SQSClient } from '@aws-sdk/client-sqs';", 'const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;')), ['sqs-message-size: 2 * 1024 * 1024']);
  });

  it('leaves a one-word name, a fence of two SDKs and a name without a unit alone', () => {
    assert.deepEqual(flagged(fence('ts', "import { LambdaClient } from '@aws-sdk/client-lambda';", 'const TIMEOUT_MS = 1_200_000;')), []);
    assert.deepEqual(flagged(fence('rust', 'use aws_sdk_sqs::Client;', 'use aws_sdk_sns::Client as Sns;', 'const MAX_MESSAGE_BYTES: usize = 2 * 1024 * 1024;')), []);
    assert.deepEqual(flagged(fence('rust', 'use aws_sdk_sqs::Client;', 'const MAX_MSG: usize = 2 * 1024 * 1024;')), []);
  });
});
