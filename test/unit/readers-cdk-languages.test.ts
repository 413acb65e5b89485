/**
 * AWS CDK constructs in Java, Kotlin, Go and C# fences (recognisers/iac/cdk.ts): Java and Kotlin builders
 * (`Queue.Builder.create(this, "Orders").visibilityTimeout(…).build()`, `QueueProps.builder()…`), Go constructors
 * with props struct literals and jsii wrappers (`awscdk.Duration_Hours(jsii.Number(18))`), C# constructors with
 * props object initializers (`Duration.Hours(18)`). Props map to CloudFormation properties in any case; a value
 * is one expression (`constants.ts`'s arithmetic). Programs written for these tests.
 */
import { strict as assert } from 'node:assert';
import { fence, flagged } from './helpers/fence-findings';
import { readCdk } from '../../server/src/engine/recognisers/iac/cdk';
import { evaluate } from '../../server/src/engine/recognisers/iac/constants';


describe('readers: CDK constructs in Java, Kotlin, Go and C#', () => {
  it('evaluates duration and size expressions of every CDK language and of the standard libraries', () => {
    const seconds = (text: string): number | undefined => evaluate(text)?.n;
    assert.equal(seconds('Duration.hours(18)'), 18 * 3600);
    assert.equal(seconds('Duration.Hours(18)'), 18 * 3600);
    assert.equal(seconds('awscdk.Duration_Hours(jsii.Number(18))'), 18 * 3600);
    assert.equal(seconds('Duration.ofDays(15)'), 15 * 86_400);
    assert.equal(seconds('TimeSpan.FromHours(18)'), 18 * 3600);
    assert.equal(seconds('18 * time.Hour'), 18 * 3600);
    assert.equal(seconds('awscdk.Size_Mebibytes(jsii.Number(512))'), 512 * 1024 ** 2);
    assert.equal(seconds('jsii.Number(20480)'), 20480);
    assert.equal(seconds('props.timeout'), undefined);
  });

  it('reads Java builders: the construct\'s own and a props builder passed to its constructor', () => {
    const doc = fence(
      'java',
      'Queue orders = Queue.Builder.create(this, "Orders")',
      '    .visibilityTimeout(Duration.hours(18))',
      '    .retentionPeriod(Duration.days(15))',
      '    .build();',
      'Function worker = new Function(this, "Worker", FunctionProps.builder()',
      '    .runtime(Runtime.JAVA_21)',
      '    .timeout(Duration.minutes(20))',
      '    .memorySize(2048)',
      '    .build());',
    );
    assert.deepEqual(flagged(doc), ['sqs-visibility-timeout: Duration.hours(18)', 'sqs-retention: Duration.days(15)', 'lambda-timeout: Duration.minutes(20)']);
    const read = readCdk(doc, 0, true);
    assert.deepEqual(read.resources.map((r) => [r.resourceType, r.name]), [['AWS::SQS::Queue', 'Orders'], ['AWS::Lambda::Function', 'Worker']]);
  });

  it('reads Kotlin builders like Java\'s', () => {
    const doc = fence('kotlin', 'val stream = Stream.Builder.create(this, "Clicks")', '    .retentionPeriod(Duration.days(400))', '    .build()');
    assert.deepEqual(flagged(doc), ['kinesis-retention: Duration.days(400)']);
  });

  it('reads Go constructors with props struct literals and jsii wrappers', () => {
    const doc = fence(
      'go',
      'queue := awssqs.NewQueue(stack, jsii.String("Orders"), &awssqs.QueueProps{',
      '\tVisibilityTimeout: awscdk.Duration_Hours(jsii.Number(18)),',
      '\tRetentionPeriod:   awscdk.Duration_Days(jsii.Number(4)),',
      '})',
      'fn := awslambda.NewFunction(stack, jsii.String("Worker"), &awslambda.FunctionProps{',
      '\tTimeout:    awscdk.Duration_Minutes(jsii.Number(5)),',
      '\tMemorySize: jsii.Number(20480),',
      '})',
    );
    assert.deepEqual(flagged(doc), ['sqs-visibility-timeout: awscdk.Duration_Hours(jsii.Number(18))', 'lambda-memory: jsii.Number(20480)']);
  });

  it('reads C# constructors with props object initializers', () => {
    const queue = 'var queue = new Queue(this, "Orders", new QueueProps\n{\n    VisibilityTimeout = Duration.Hours(18),\n    RetentionPeriod = Duration.Days(15)\n});';
    const doc = fence('csharp', queue, 'var props = new FunctionProps { Timeout = Duration.Minutes(20), MemorySize = 1024 };');
    assert.deepEqual(flagged(doc), ['sqs-visibility-timeout: Duration.Hours(18)', 'sqs-retention: Duration.Days(15)', 'lambda-timeout: Duration.Minutes(20)']);
  });

  it('leaves other services\' classes of the same name, calls without a scope and an id, and values in range alone', () => {
    for (const doc of [
      fence('java', 'Function f = Function.Builder.create(this, "Edge").timeout(Duration.minutes(10)).build();'),
      fence('java', 'software.amazon.awscdk.services.cloudfront.Function.Builder.create(this, "Cf").timeout(Duration.minutes(20)).build();'),
      fence('go', 'awscloudfront.NewFunction(stack, jsii.String("Cf"), &awscloudfront.FunctionProps{ Timeout: awscdk.Duration_Minutes(jsii.Number(20)) })'),
      fence('csharp', 'var q = new Queue(capacity: 5, timeout: 90000);', 'class Queue { int VisibilityTimeout = 90000; }'),
      fence('java', 'Queue<Job> jobs = new Queue<>(50000);'),
      fence('csharp', 'new Queue(this, "Ok", new QueueProps { VisibilityTimeout = Duration.Hours(12), RetentionPeriod = Duration.Days(14) });'),
    ]) {
      assert.deepEqual(flagged(doc), [], doc);
    }
  });

  it('reads a database builder\'s port setter as its listener port', () => {
    const builder = (engine: string, port: number): string =>
      fence('java', `DatabaseInstance db = DatabaseInstance.Builder.create(this, "Db")\n    .engine(DatabaseInstanceEngine.${engine}(props))\n    .port(${port})\n    .build();`);
    assert.deepEqual(flagged(builder('mysql', 1433)), ['engine-port-mismatch: 1433']);
    assert.deepEqual(flagged(builder('postgres', 5432)), []);
  });

  it('still reads TypeScript and Python constructs as before', () => {
    assert.deepEqual(flagged(fence('ts', "new sqs.Queue(this, 'Q', { retentionPeriod: cdk.Duration.days(15) });")), ['sqs-retention: cdk.Duration.days(15)']);
    assert.deepEqual(flagged(fence('python', 'lambda_.Function(self, "F", timeout=Duration.minutes(20),  # too long\n    memory_size=1024)')), ['lambda-timeout: Duration.minutes(20)']);
  });
});
