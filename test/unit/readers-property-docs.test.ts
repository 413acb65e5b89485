/**
 * API reference pages (jsii-docgen API.md, TypeDoc, Sphinx): a property heading over a `*Default:*`
 * field states the property's value when it is omitted (recognisers/iac/property-docs.ts, bound in the
 * document phase). Documents written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { analyzeChunked } from '../../server/src/engine/incremental/analyzer';
import { propertyDefault } from '../../server/src/engine/recognisers/iac/property-docs';

const flagged = (text: string): string[] =>
  analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);

const jsii = [
  '# API Reference',
  '',
  '### JobQueueProps <a name="JobQueueProps" id="acme-cdk.JobQueueProps"></a>',
  '',
  '#### Properties',
  '',
  '##### `retentionPeriod`<sup>Optional</sup> <a name="retentionPeriod" id="acme-cdk.JobQueueProps.property.retentionPeriod"></a>',
  '',
  '```typescript',
  'public readonly retentionPeriod: Duration;',
  '```',
  '',
  '- *Type:* aws-cdk-lib.Duration',
  '- *Default:* Duration.days(21)',
  '',
  'Message retention of the Amazon SQS queue the construct creates.',
  '',
  '---',
  '',
  '##### `timeout`<sup>Optional</sup> <a name="timeout" id="acme-cdk.JobQueueProps.property.timeout"></a>',
  '',
  '- *Type:* aws-cdk-lib.Duration',
  '- *Default:* Duration.minutes(20)',
  '',
  'How long the AWS Lambda function may run.',
  '',
  '---',
  '',
  '##### `retentionPeriod`<sup>Optional</sup> <a name="retentionPeriod" id="aws-cdk-lib.aws_sqs.QueueProps.property.retentionPeriod"></a>',
  '',
  '- *Type:* aws-cdk-lib.Duration',
  '- *Default:* Duration.days(16)',
  '',
  'How long messages stay.',
  '',
].join('\n');

describe('readers: property headings over a default field', () => {
  it('reads the default of each property, its service from the description or the anchor module', () => {
    assert.deepEqual(flagged(jsii), ['warning sqs-retention Duration.days(21)', 'warning lambda-timeout Duration.minutes(20)', 'warning sqs-retention Duration.days(16)']);
    const finding = analyzeText(jsii).findings.find((f) => f.ruleId === 'lambda-timeout');
    assert.match(finding?.message ?? '', /timeout = Duration\.minutes\(20\) is 20 minutes.*heading on line 20/);
    // A CDK factory gets no bare number as a fix.
    assert.deepEqual(finding?.fixes ?? [], []);
  });

  it('reads a Sphinx-style heading and a plain default line', () => {
    const doc = '# Module `queue`\n\n## Inputs\n\n### visibility_timeout_seconds\n\nDefault: 86400\n\nSeconds a received Amazon SQS message stays hidden.\n';
    assert.deepEqual(flagged(doc), ['warning sqs-visibility-timeout 86400']);
    assert.deepEqual(flagged(doc.replace('86400', '600')), []);
  });

  it('stays quiet on values in range, properties of no named service and look-alike headings', () => {
    assert.deepEqual(flagged(jsii.replace('days(21)', 'days(14)').replace('minutes(20)', 'minutes(15)').replace('days(16)', 'days(4)')), []);
    // Another thing's retention: no AWS service named around it.
    const history = '### DriftDetectorProps\n\n##### `retentionPeriod`<sup>Optional</sup>\n\n- *Type:* aws-cdk-lib.Duration\n- *Default:* Duration.days(30)\n\nHow long execution history is kept after a run.\n';
    assert.deepEqual(flagged(history), []);
    // A default with a condition after it is not one value.
    const conditional = '## SQS\n\n##### `retentionPeriod`\n\n- *Default:* Duration.days(30) for archive queues, 4 days otherwise\n';
    assert.deepEqual(flagged(conditional), []);
    // A plain word heading is a topic, not a key; a description naming two services says nothing certain.
    assert.deepEqual(flagged('## AWS Lambda\n\n### Timeout\n\n- Default: 1200\n'), []);
    assert.deepEqual(flagged('##### `timeout`\n\n- *Default:* Duration.minutes(20)\n\nHow long the Step Functions task waits for the Lambda function.\n'), []);
    // A default field outside any property section.
    assert.deepEqual(flagged('# Lambda notes\n\n- *Default:* Duration.minutes(20)\n'), []);
  });

  it('reads the default field itself strictly', () => {
    const read = (text: string): string | undefined => propertyDefault(text, 0)?.raw;
    assert.equal(read('*Default:* Duration.days(30)'), 'Duration.days(30)');
    assert.equal(read('**Default**: `cdk.Duration.minutes(20)`.'), 'cdk.Duration.minutes(20)');
    assert.equal(read('__*Default*__: 1200'), '1200');
    assert.equal(read('*Default:* - no retention'), undefined);
    assert.equal(read('*Default:* Duration.days(1) for source instances'), undefined);
    assert.equal(read('Default: 30 days'), undefined);
    assert.equal(read('The default: Duration.days(3)'), undefined);
  });

  it('reads the same in slices', () => {
    const whole = analyzeText(jsii).findings.map((f) => `${f.ruleId}@${f.start}`);
    assert.deepEqual(analyzeChunked(jsii, {}, 60).findings.map((f) => `${f.ruleId}@${f.start}`), whole);
  });

  it('reads a TypeDoc property page, its default alone under a Default heading', () => {
    const doc = [
      '# Interface: ConsumerProps',
      '',
      '### visibilityTimeout?',
      '',
      '> `optional` **visibilityTimeout**: `Duration`',
      '',
      'How long a received message stays hidden from other Amazon SQS consumers.',
      '',
      '#### Default',
      '',
      '`Duration.hours(18)`',
      '',
    ].join('\n');
    assert.deepEqual(flagged(doc), ['warning sqs-visibility-timeout Duration.hours(18)']);
    assert.match(analyzeText(doc).findings[0]?.message ?? '', /heading on line 3\)/);
    assert.deepEqual(flagged(doc.replace('hours(18)', 'hours(6)')), []);
    // A value alone right under the property heading, or under a Default heading of no property, says nothing.
    assert.deepEqual(flagged(doc.replace('#### Default\n\n', '')), []);
    assert.deepEqual(flagged('## Amazon SQS\n\n### Queue settings\n\n#### Default\n\n`Duration.hours(18)`\n'), []);
  });
});
