/**
 * SDK parameters written as arithmetic (recognisers/iac/sdk.ts): `Timeout=16 * 60` is 960 seconds, never its first
 * operand, and `str(13 * 3600)` / `String(15 * 86400)` convert the whole expression. An expression that does not read
 * as a plain number leaves the parameter unread. Calls written for these tests.
 */
import { strict as assert } from 'node:assert';
import { fence, flagged } from './helpers/fence-findings';

describe('readers: arithmetic in SDK parameters', () => {
  it('reads the whole expression, bare or converted to text', () => {
    const py = fence('python', 'lam.update_function_configuration(FunctionName="w", Timeout=16 * 60)', 'sqs.set_queue_attributes(QueueUrl=u, Attributes={"VisibilityTimeout": str(13 * 3600)})');
    assert.deepEqual(flagged(py), ['lambda-timeout: 16 * 60', 'sqs-visibility-timeout: 13 * 3600']);
    const js = fence('js', 'await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { MessageRetentionPeriod: String(15 * 86400) } }));');
    assert.deepEqual(flagged(js), ['sqs-retention: 15 * 86400']);
  });

  it('never reads a first operand alone, and leaves expressions it cannot evaluate', () => {
    for (const timeout of ['15 * 60', '1000 - base', '2000 * factor']) {
      assert.deepEqual(flagged(fence('python', `lam.update_function_configuration(FunctionName="a", Timeout=${timeout})`)), [], timeout);
    }
  });
});
