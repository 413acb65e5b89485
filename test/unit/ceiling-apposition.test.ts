/**
 * A value named as the service's maximum by an apposition after its attribute or its conversion:
 * "a 15-minute visibility timeout, the maximum SQS allows", "7 days (168 hours), the maximum Kinesis
 * allows", "…; that is the SQS ceiling". Written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const found = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}@${text.slice(f.start, f.end)}`);

describe('a ceiling named after the attribute or a conversion', () => {
  it('after the attribute words', () => {
    assert.deepEqual(found('Consumer SQS queues use a 15-minute visibility timeout, the maximum SQS allows.\n'), ['sqs-visibility-timeout@15-minute']);
  });

  it('after a conversion in brackets', () => {
    assert.deepEqual(found('Increase the Kinesis retention to 7 days (168 hours), the maximum Kinesis allows.\n'), ['kinesis-retention@7 days']);
  });

  it("a ceiling of the team's own stays quiet", () => {
    assert.deepEqual(found('Consumer SQS queues use a 15-minute visibility timeout, the maximum our runbook allows.\n'), []);
    assert.deepEqual(found('Consumer SQS queues use a 15-minute visibility timeout, which is plenty.\n'), []);
  });
});
