/**
 * Named constants in program fences read as limit values (recognisers/iac/constants.ts): the
 * arithmetic is evaluated without `eval`, the unit comes from the expression or the name, and the
 * name and its comments bind it to a fact through the attribute words prose uses. Code written for
 * these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { readFence } from '../../server/src/engine/recognisers/iac';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const fence = (lang: string, body: string): string => `# Worker limits\n\n\`\`\`${lang}\n${body}\n\`\`\`\n`;

/** The bound constants of a fence: name → [fact, value in seconds or bytes, modality]. */
function bound(lang: string, code: string): Array<[string, string, number, string]> {
  return readFence(code, 0, lang)
    .values.filter((v) => v.bound)
    .map((v) => [v.key, v.bound?.fact ?? '', Math.round((v.number ?? 0) * (v.bound?.factor ?? 1) * 1000) / 1000, v.bound?.modality ?? '']);
}

describe('readers: named constants in code', () => {
  it('evaluates Go const blocks with time units, shifts and constants defined above', () => {
    const code = [
      '// Limits the consumer relies on.',
      'const (',
      '\tDay = 24 * time.Hour',
      '\tMaxRetention = 20 * Day // SQS message retention maximum',
      '\tVisibilityMax time.Duration = 15 * time.Hour // SQS visibility timeout ceiling',
      '\tMaxMessageBytes = 1 << 20 // SQS max message size',
      '\tLambdaTimeout = time.Duration(20) * time.Minute // Lambda function timeout',
      ')',
    ].join('\n');
    assert.deepEqual(bound('go', code), [
      ['MaxRetention', 'sqs.retention', 1_728_000, 'maximum'],
      ['VisibilityMax', 'sqs.visibility-timeout', 54_000, 'maximum'],
      ['MaxMessageBytes', 'sqs.message-size', 1_048_576, 'maximum'],
      ['LambdaTimeout', 'lambda.timeout', 1200, 'stated'],
    ]);
    assert.deepEqual(flagged(fence('go', code)), [
      'error sqs-retention 20 * Day',
      'error sqs-visibility-timeout 15 * time.Hour',
      'error lambda-timeout time.Duration(20) * time.Minute',
    ]);
  });

  it('reads TypeScript, Python, Java, C#, Kotlin and Rust spellings', () => {
    assert.deepEqual(flagged(fence('typescript', 'export const LAMBDA_TIMEOUT_SECONDS = 60 * 20; // Lambda timeout')), ['error lambda-timeout 60 * 20']);
    assert.deepEqual(flagged(fence('python', 'SQS_RETENTION = timedelta(days=20, hours=1)  # SQS message retention')), ['error sqs-retention timedelta(days=20, hours=1)']);
    assert.deepEqual(flagged(fence('java', 'private static final Duration LAMBDA_TIMEOUT = Duration.ofMinutes(18); // Lambda timeout')), ['error lambda-timeout Duration.ofMinutes(18)']);
    assert.deepEqual(flagged(fence('csharp', 'public static readonly TimeSpan LambdaTimeout = TimeSpan.FromMinutes(16); // Lambda timeout')), ['error lambda-timeout TimeSpan.FromMinutes(16)']);
    assert.deepEqual(flagged(fence('kotlin', 'const val SQS_VISIBILITY_TIMEOUT_HOURS = 13L // SQS visibility timeout')), ['error sqs-visibility-timeout 13']);
    assert.deepEqual(flagged(fence('rust', 'const LAMBDA_TIMEOUT: Duration = Duration::from_secs(1_200); // Lambda timeout')), ['error lambda-timeout Duration::from_secs(1_200)']);
  });

  it('takes the service from the comment above or the one service the fence comments name', () => {
    assert.deepEqual(flagged(fence('go', '// Amazon SQS\nconst MaxRetention = 16 * 24 * time.Hour // retention period')), ['error sqs-retention 16 * 24 * time.Hour']);
    assert.deepEqual(flagged(fence('ts', '// Settings for the SQS queue.\n\nconst RETENTION_DAYS = 16; // message retention\nconst BATCH = 10;')), ['error sqs-retention 16']);
  });

  it('offers a fix only for a bare number, in the unit of its name', () => {
    const doc = fence('ts', 'const LAMBDA_TIMEOUT_MS = 1_200_000; // Lambda timeout');
    const finding = analyzeText(doc).findings.find((f) => f.ruleId === 'lambda-timeout');
    assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '900000');
    const expression = analyzeText(fence('go', 'const LambdaTimeout = 20 * time.Minute // Lambda timeout')).findings.find((f) => f.ruleId === 'lambda-timeout');
    assert.deepEqual(expression?.fixes ?? [], []);
  });

  it('leaves alone values in range, other clouds, the past, contrasts and other settings', () => {
    const quiet = (lang: string, body: string): void => assert.deepEqual(flagged(fence(lang, body)), [], body);
    quiet('go', 'const MaxRetention = 14 * 24 * time.Hour // SQS message retention maximum');
    quiet('go', 'const MaxTTL = 90 * 24 * time.Hour // Azure Service Bus message retention');
    quiet('ts', 'const OLD_SQS_RETENTION_DAYS = 21; // SQS retention was longer in our old design');
    quiet('go', 'const ArchiveAfter = 30 * 24 * time.Hour // longer than SQS retention, so we archive to S3');
    quiet('py', 'SQS_BATCH_WINDOW = timedelta(minutes=20)  # SQS batch window for the consumer');
    quiet('go', 'const UploadLimit = 6 << 40 // upload limit of our API');
    quiet('ts', 'const MAX_RETENTION = 1728000; // SQS retention (unit unknown)');
    quiet('go', 'const Timeout = computeTimeout() // Lambda timeout');
    quiet('ts', 'const LAMBDA_TIMEOUT_SECONDS = 1 << 10 + 1; // Lambda timeout');
    quiet('go', 'const WorkerTimeout = 20 * time.Minute // SQS visibility vs Lambda timeout');
    quiet('ts', 'function f() {\n  return LAMBDA_TIMEOUT == 20 * 60;\n}');
    quiet('python', 'retention = timedelta(days=21)  # SQS retention, lower-case name: a variable');
  });

  it('keeps offsets exact with CRLF and emoji', () => {
    const doc = '# 🚀 Limits\r\n\r\n```go\r\n// 🕒 SQS\r\nconst MaxRetention = 15 * 24 * time.Hour // retention\r\n```\r\n';
    assert.deepEqual(flagged(doc), ['error sqs-retention 15 * 24 * time.Hour']);
  });
});
