import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const flagged = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

describe('a reason clause states the service\'s limit, the decision after it is ours', () => {
  it('flags an outdated limit given as the reason for a decision', () => {
    assert.deepEqual(flagged('Since the SQS message size limit is 256 KB, we store large payloads in S3.'), ['sqs-message-size:256 KB']);
    assert.deepEqual(flagged('Because Kinesis keeps data for at most 7 days, we copy it to S3 nightly.'), ['kinesis-retention:7 days']);
  });

  it('leaves our own figures alone, in the reason or in the decision', () => {
    assert.deepEqual(flagged('Since our SQS messages stay under 256 KB, we never need the extended client.'), []);
    assert.deepEqual(flagged('As we cap SQS messages at 256 KB, consumers stay fast.'), []);
    assert.deepEqual(flagged('We keep SQS messages under 256 KB, since the limit is 1 MiB.'), []);
  });
});
