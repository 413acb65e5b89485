/**
 * Documentation tables of configuration keys (recognisers/iac/key-tables.ts): helm-docs values tables,
 * terraform-docs inputs tables and settings references are lists of `key = value` settings. Documents
 * written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { keyTableValues } from '../../server/src/engine/recognisers/iac/key-tables';

const flagged = (text: string): string[] =>
  analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);

const helm = [
  '# ingest-worker chart',
  '',
  '## Values',
  '',
  '| Key | Type | Default | Description |',
  '|-----|------|---------|-------------|',
  '| image.tag | string | `"1.4.2"` | Worker image tag |',
  '| sqs.visibilityTimeout | int | `7200` | How long a received message stays hidden |',
  '| sqs.messageRetentionSeconds | int | `1814400` | Amazon SQS retention for the jobs queue |',
  '| functions.thumbnail.memorySize | int | `12288` | Lambda memory of the thumbnail function, in MiB |',
  '| lambda.timeout | int | `900` | Lambda timeout in seconds |',
  '| replicaCount | int | `3` | Pods of the worker |',
  '',
].join('\n');

const terraformDocs = [
  '## Inputs',
  '',
  '| Name | Description | Type | Default | Required |',
  '|------|-------------|------|---------|:--------:|',
  '| <a name="input_queue_name"></a> [queue\\_name](#input\\_queue\\_name) | Name of the queue | `string` | n/a | yes |',
  '| <a name="input_visibility_timeout_seconds"></a> [visibility\\_timeout\\_seconds](#input\\_visibility\\_timeout\\_seconds) | Seconds a message stays invisible after an Amazon SQS consumer receives it | `number` | `64800` | no |',
  '| <a name="input_receive_wait_time_seconds"></a> [receive\\_wait\\_time\\_seconds](#input\\_receive\\_wait\\_time\\_seconds) | Long polling wait of the Amazon SQS queue | `number` | `20` | no |',
  '| <a name="input_fifo_queue"></a> [fifo\\_queue](#input\\_fifo\\_queue) | Whether the SQS queue is FIFO | `bool` | `false` | no |',
  '',
].join('\n');

describe('readers: tables of configuration keys', () => {
  it('reads a helm-docs values table as key = value settings', () => {
    assert.deepEqual(flagged(helm), ['error sqs-retention 1814400', 'error lambda-memory 12288']);
  });

  it('reads a terraform-docs inputs table, anchors, links and escapes included', () => {
    assert.deepEqual(flagged(terraformDocs), ['error sqs-visibility-timeout 64800']);
  });

  it('takes the unit a description gives a bare number whose key has none', () => {
    const doc = '| Setting | Value | Notes |\n|---|---|---|\n| lambda.timeout | 20 | Lambda timeout in minutes |\n| lambda.timeout | 14 | Lambda timeout in minutes |\n';
    assert.deepEqual(flagged(doc), ['error lambda-timeout 20']);
    // Two units in one description: which one the number is in is not certain.
    assert.deepEqual(flagged('| Key | Default | Description |\n|---|---|---|\n| lambda.timeout | 20 | Lambda timeout in minutes; the SQS visibility timeout is set in seconds |\n'), []);
  });

  it('stays quiet on values in range, other software and other settings', () => {
    assert.deepEqual(flagged(helm.replace('1814400', '1209600').replace('12288', '4096')), []);
    const app = [
      '| Key | Default | Description |',
      '|---|---|---|',
      '| redis.timeout | 1200 | Redis client timeout |',
      '| http.timeoutSeconds | 1200 | How long the app waits when it calls Lambda |',
      '| kafka.messageRetentionSeconds | 2592000 | Topic retention, longer than SQS retention |',
      '| pool.maxConnections | 2000 | Database pool size |',
      '| timeout | 1200 | Timeout of the job that invokes the Lambda function |',
      '',
    ].join('\n');
    assert.deepEqual(flagged(app), []);
  });

  it('reads no table of bounds, no table without a key or a value column, and no key with spaces', () => {
    // A limits table: its default column is AWS's default beside a maximum, read as prose.
    const limits = '| Setting | Default | Maximum |\n|---|---|---|\n| visibility_timeout_seconds | 30 | 43200 |\n';
    const cells = (line: string, at: number): Array<{ start: number; end: number; text: string }> =>
      line
        .split('|')
        .slice(1, -1)
        .map((text, i) => ({ start: at + i, end: at + i + text.length, text: text.trim() }));
    const [head, , row] = limits.split('\n');
    assert.deepEqual(keyTableValues(cells(head ?? '', 0), [cells(row ?? '', 100)]), [[]]);
    assert.deepEqual(flagged('| Key | Description |\n|---|---|\n| sqs.visibilityTimeout | 50000 seconds is too long |\n'), []);
    assert.deepEqual(flagged('| Name | Value |\n|---|---|\n| Orders queue retention | 1209600 |\n'), []);
    // Plain prose in a description mentions a number; only the value column is read.
    assert.deepEqual(flagged('| Key | Default | Description |\n|---|---|---|\n| sqs.visibilityTimeout | 300 | Keep it under the 43200 s maximum |\n'), []);
  });

  it('keeps the setting on its row as a value bound to its fact', () => {
    const analysis = analyzeText(helm);
    const row = analysis.model.contexts.find((c) => c.kind === 'tableRow' && c.text.includes('messageRetentionSeconds'));
    assert.ok(row && row.iacValues.length === 1 && row.iacValues[0]?.bound?.fact === 'sqs.retention');
  });
  it('reads the default at the end of a description cell (jsii-docgen props tables)', () => {
    const doc = [
      '## interface WorkerProps',
      '',
      'Name | Type | Description',
      '-----|------|-------------',
      '**timeout**?🔹 | <code>[Duration](#aws-cdk-lib-duration)</code> | How long the AWS Lambda function may run.<br/>__*Default*__: Duration.minutes(20)',
      '**retentionPeriod**? | <code>[Duration](#aws-cdk-lib-duration)</code> | How long Amazon SQS keeps a message.<br/>__*Default*__: Duration.days(4)',
      '**batchSize**? | <code>number</code> | Records per Lambda invocation.<br/>__*Default*__: 10',
      '**memorySize**? | <code>number</code> | Lambda memory.<br/>__*Default*__: 128 for small functions, 1024 otherwise',
      '',
    ].join('\n');
    assert.deepEqual(flagged(doc), ['error lambda-timeout Duration.minutes(20)']);
  });
});
