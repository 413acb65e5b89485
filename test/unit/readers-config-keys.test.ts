/**
 * Limits written as configuration keys (recognisers/iac/config-keys.ts): env and shell lines,
 * Makefile variables, Rego constants, properties and TOML, YAML and JSON settings trees, JSON Schema
 * bounds, and the engine a Compose service's image names beside its published port
 * (recognisers/iac/settings.ts). The key's own words name the attribute and, first, the service; the
 * unit is the value's or the key's. Settings written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { readFence } from '../../server/src/engine/recognisers/iac';
import { valueAmount } from '../../server/src/engine/recognisers/iac/config-keys';
import { nameServices, wordsOf } from '../../server/src/engine/recognisers/iac/constants';

const fence = (lang: string, body: string): string => `# Service settings\n\n\`\`\`${lang}\n${body}\n\`\`\`\n`;

/** Findings at warning or error: `severity rule text`. */
function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

/** The bound values of a fence: key → [fact, value in seconds or bytes, modality]. */
function bound(lang: string, code: string): Array<[string, string, number, string]> {
  return readFence(code, 0, lang)
    .values.filter((v) => v.bound)
    .map((v) => [v.key, v.bound?.fact ?? '', Math.round((v.number ?? 0) * (v.bound?.factor ?? 1) * 1000) / 1000, v.bound?.modality ?? '']);
}

const quiet = (lang: string, body: string): void => assert.deepEqual(flagged(fence(lang, body)), [], body);

describe('readers: configuration keys', () => {
  it('reads values with their own units and Go, ISO and Kubernetes spellings', () => {
    assert.deepEqual(valueAmount('20m'), { n: 20, unit: { n: 60, dim: 'duration' } });
    assert.deepEqual(valueAmount('1h30m'), { n: 5400, unit: { n: 1, dim: 'duration' } });
    assert.deepEqual(valueAmount('PT16M'), { n: 960, unit: { n: 1, dim: 'duration' } });
    assert.deepEqual(valueAmount('256KiB'), { n: 256, unit: { n: 1024, dim: 'size' } });
    assert.deepEqual(valueAmount('512Mi'), { n: 512, unit: { n: 1024 ** 2, dim: 'size' } });
    assert.deepEqual(valueAmount('1200'), { n: 1200 });
    assert.equal(valueAmount('5 parsecs'), undefined);
    assert.equal(valueAmount('postgres'), undefined);
  });

  it('names the service a key names itself, in upper case too, ahead of any comment', () => {
    assert.deepEqual([...nameServices(wordsOf('KINESIS_RETENTION_HOURS'))], ['kinesis-data-streams']);
    assert.deepEqual([...nameServices(wordsOf('stepFunctionsTimeout'))], ['step-functions']);
    assert.deepEqual([...nameServices(wordsOf('CLOUDWATCH_LOGS_RETENTION_DAYS'))], ['cloudwatch-logs']);
    assert.deepEqual([...nameServices(wordsOf('API_GATEWAY_TIMEOUT_MS'))], ['api-gateway']);
    // An all-caps word that is an acronym elsewhere (DR, ADS) names nothing in a key; software names nothing either.
    assert.deepEqual([...nameServices(wordsOf('DR_RETENTION_DAYS'))], []);
    assert.deepEqual([...nameServices(wordsOf('REDIS_TIMEOUT_SECONDS'))], []);
    assert.deepEqual([...nameServices(wordsOf('PAYMENTS_HTTP_API_TIMEOUT_MS'))], []);
    // The fence's comment names SQS; the key names Kinesis, and Kinesis is the subject.
    const code = '# consumer of the orders SQS queue\nKINESIS_RETENTION_HOURS=9000\nSQS_RETENTION=20d';
    assert.deepEqual(bound('env', code), [
      ['KINESIS_RETENTION_HOURS', 'kinesis-data-streams.retention', 9000 * 3600, 'stated'],
      ['SQS_RETENTION', 'sqs.retention', 20 * 86_400, 'stated'],
    ]);
  });

  it('flags env, shell and Makefile settings beyond what AWS accepts', () => {
    assert.deepEqual(flagged(fence('env', 'LAMBDA_TIMEOUT_SECONDS=1200\nexport SQS_VISIBILITY_TIMEOUT="13h"')), [
      'error lambda-timeout 1200',
      'error sqs-visibility-timeout 13h',
    ]);
    assert.deepEqual(flagged(fence('makefile', 'LAMBDA_MEMORY_MB ?= 20480  # memory for the worker\nSQS_RETENTION_DAYS := 15')), [
      'error lambda-memory 20480',
      'error sqs-retention 15',
    ]);
    // An indented block pasted without a fence is read the same way.
    assert.deepEqual(flagged('# Worker\n\n    LAMBDA_TIMEOUT=20m\n'), ['error lambda-timeout 20m']);
  });

  it('reads KEY=value lines pasted as a paragraph, and leaves sentences with an equals sign to prose', () => {
    const doc = '# Lambda worker\n\nLAMBDA_TIMEOUT_SECONDS=1200\nSQS_RETENTION=20d  # orders queue\n\nTimeout = 20 minutes\n';
    assert.deepEqual(flagged(doc), ['error lambda-timeout 1200', 'error sqs-retention 20d', 'warning lambda-timeout 20 minutes']);
    assert.deepEqual(flagged('# Notes\n\nLAMBDA_TIMEOUT_SECONDS=600\nSQS_RETENTION=4d\n'), []);
  });

  it('gives a bare number the unit of the AWS property its key is', () => {
    assert.deepEqual(bound('env', 'LAMBDA_TIMEOUT=1200\nSQS_VISIBILITY_TIMEOUT=43300\nLAMBDA_MEMORY_SIZE=20480'), [
      ['LAMBDA_TIMEOUT', 'lambda.timeout', 1200, 'stated'],
      ['SQS_VISIBILITY_TIMEOUT', 'sqs.visibility-timeout', 43_300, 'stated'],
      ['LAMBDA_MEMORY_SIZE', 'lambda.memory', 20_480 * 1024 ** 2, 'stated'],
    ]);
    assert.deepEqual(flagged(fence('yaml', 'lambda:\n  timeout: 1200\nsqs:\n  orders:\n    visibilityTimeout: 43300')), [
      'error lambda-timeout 1200',
      'error sqs-visibility-timeout 43300',
    ]);
    // A unit the comment states wins; an old figure, another service's word or a job's key is not read.
    quiet('env', 'SQS_VISIBILITY_TIMEOUT=30000 # ms\nOLD_LAMBDA_TIMEOUT=1200\nREDIS_TIMEOUT=5000\nLAMBDA_SQS_TIMEOUT=1200');
    quiet('yaml', 'worker:\n  timeout: 5000\nlambda:\n  deploy:\n    timeout: 1200');
  });

  it('offers a fix only for a bare number, in the key unit', () => {
    const doc = fence('env', 'LAMBDA_TIMEOUT_SECONDS=1200');
    const finding = analyzeText(doc).findings.find((f) => f.ruleId === 'lambda-timeout');
    assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '900');
    const withUnit = analyzeText(fence('env', 'LAMBDA_TIMEOUT=20m')).findings.find((f) => f.ruleId === 'lambda-timeout');
    assert.deepEqual(withUnit?.fixes ?? [], []);
  });

  it('takes the service from a comment only when the key is the attribute alone', () => {
    assert.deepEqual(bound('env', '# Lambda worker\nTIMEOUT_SECONDS=1200'), [['TIMEOUT_SECONDS', 'lambda.timeout', 1200, 'stated']]);
    assert.deepEqual(bound('env', '# Lambda worker\nHTTP_TIMEOUT_SECONDS=1200'), []);
    // The attribute must be in the key: a comment never names it.
    assert.deepEqual(bound('env', 'WORKER_LIMIT_SECONDS=1200  # Lambda timeout'), []);
  });

  it('reads Rego constants as policy bounds, with the unit of the key they are compared with', () => {
    const code = [
      'package sqs.limits',
      '',
      'max_retention := 1300000',
      '',
      'deny[msg] {',
      '  q := input.resource.aws_sqs_queue[_]',
      '  q.message_retention_seconds > max_retention',
      '  msg := "retention too long"',
      '}',
    ].join('\n');
    assert.deepEqual(bound('rego', code), [['upper bound of max_retention', 'sqs.retention', 1_300_000, 'maximum']]);
    // A policy that allows less than AWS does is its own business.
    quiet('rego', code.replace('1300000', '345600'));
    // Without a compared key there is no unit.
    quiet('rego', 'package sqs.limits\n\nmax_retention := 1300000');
  });

  it('reads YAML settings trees by the nearest key that names a service', () => {
    const values = [
      '# values.yaml for the orders worker',
      'sqs:',
      '  orders:',
      '    visibilityTimeout: 13h',
      '    retentionDays: 4',
      'lambda:',
      '  timeout: 20m',
      'resources:',
      '  limits:',
      '    memory: 512Mi',
    ].join('\n');
    assert.deepEqual(flagged(fence('yaml', values)), ['error sqs-visibility-timeout 13h', 'error lambda-timeout 20m']);
    // Compose environment lists and Kubernetes env items.
    assert.deepEqual(flagged(fence('yaml', 'services:\n  worker:\n    environment:\n      - LAMBDA_TIMEOUT_SECONDS=1200')), ['error lambda-timeout 1200']);
    assert.deepEqual(flagged(fence('yaml', 'env:\n  - name: SQS_RETENTION_DAYS\n    value: "20"')), ['error sqs-retention 20']);
  });

  it('reads JSON Schema bounds under the property that names the attribute, and settings objects', () => {
    const schema = '{\n  "type": "object",\n  "properties": {\n    "lambda_timeout_seconds": { "type": "integer", "minimum": 1, "maximum": 1200, "default": 3 }\n  }\n}';
    assert.deepEqual(bound('json', schema), [
      ['lower bound of lambda_timeout_seconds', 'lambda.timeout', 1, 'minimum'],
      ['upper bound of lambda_timeout_seconds', 'lambda.timeout', 1200, 'maximum'],
      ['lambda_timeout_seconds', 'lambda.timeout', 3, 'default'],
    ]);
    assert.deepEqual(flagged(fence('json', schema)), ['error lambda-timeout 1200']);
    assert.deepEqual(flagged(fence('yaml', 'properties:\n  visibility_timeout_seconds:\n    type: integer\n    description: SQS visibility timeout\n    maximum: 50000')), [
      'error sqs-visibility-timeout 50000',
    ]);
    assert.deepEqual(flagged(fence('json', '{ "sqs": { "retentionSeconds": 1300000 } }')), ['error sqs-retention 1300000']);
  });

  it('reads properties, INI and TOML keys', () => {
    assert.deepEqual(flagged(fence('properties', 'aws.sqs.visibility-timeout=15h\nspring.datasource.hikari.connection-timeout=30000')), ['error sqs-visibility-timeout 15h']);
    assert.deepEqual(flagged(fence('toml', '[lambda]\ntimeout_seconds = 1200')), ['error lambda-timeout 1200']);
  });

  it('stays quiet on correct values, non-AWS keys, other clouds, jobs and unclear units', () => {
    quiet('env', 'LAMBDA_TIMEOUT_SECONDS=900\nSQS_RETENTION=14d\nKINESIS_RETENTION_HOURS=8760');
    quiet('env', 'REDIS_TIMEOUT_SECONDS=5000\nPOSTGRES_STATEMENT_TIMEOUT_MS=9000000\nKAFKA_RETENTION_HOURS=9000');
    quiet('env', 'AZURE_SERVICEBUS_RETENTION_DAYS=30\nGCP_PUBSUB_RETENTION=31d\nPUBSUB_RETENTION_DAYS=31');
    quiet('env', 'SQS_RETENTION=1300000\nLAMBDA_MAX_RUNTIME=1200');
    quiet('env', 'LAMBDA_TIMEOUT_SECONDS=15m');
    quiet('env', 'OLD_SQS_RETENTION_DAYS=21');
    quiet('env', 'DEPLOY_LAMBDA_TIMEOUT_MINUTES=30\nSQS_CLIENT_TIMEOUT_SECONDS=90000');
    quiet('env', 'LAMBDA_BATCH_WINDOW_SECONDS=1200');
    quiet('yaml', 'jobs:\n  deploy-lambda:\n    runs-on: ubuntu-latest\n    timeout-minutes: 30');
    quiet('json', '{ "StartAt": "LambdaTask", "States": { "LambdaTask": { "Type": "Task", "TimeoutSeconds": 3600 } } }');
    quiet('yaml', 'services:\n  worker:\n    healthcheck:\n      timeout: 5s\n    deploy:\n      resources:\n        limits:\n          memory: 20G');
    quiet('makefile', '# Lambda packaging\nBUILD_TIMEOUT_SECONDS ?= 3600');
  });

  it('reads the engine of a Compose image beside its published port', () => {
    const compose = (image: string, port: string, extra = ''): string => fence('yaml', `services:\n  db:\n    image: ${image}\n${extra}    ports:\n      - "${port}"`);
    assert.deepEqual(flagged(compose('postgres:16', '3306:3306')), ['warning engine-port-mismatch 3306']);
    assert.deepEqual(flagged(compose('bitnami/mysql:8.0', '15432:5432')), ['warning engine-port-mismatch 5432']);
    quiet('yaml', 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "3306:5432"');
    quiet('yaml', 'services:\n  db:\n    image: postgres:16\n    environment:\n      PGPORT: 3306\n    ports:\n      - "3306:3306"');
    quiet('yaml', 'services:\n  db:\n    image: example/postgres-exporter:1\n    ports:\n      - "3306:3306"');
  });

  it('keeps offsets exact with CRLF and emoji', () => {
    const doc = '# 🚀 Worker\r\n\r\n```env\r\n# 🕒 timeouts\r\nLAMBDA_TIMEOUT_SECONDS=1200\r\n```\r\n';
    assert.deepEqual(flagged(doc), ['error lambda-timeout 1200']);
  });
});
