import { strict as assert } from 'node:assert';
import { findings } from '../support/rule-at-line';

describe('limits said under a label, with other verbs and other cue words', () => {
  it('binds a value under a label naming the attribute although a verb of the body is another attribute word', () => {
    assert.deepEqual(findings('## SQS\n\n- Long polling: we will wait 30 seconds on each receive.'), ['sqs-wait-time@3']);
    assert.deepEqual(findings('## Lambda\n\n- Timeout: the worker can run until 30 minutes if the WMS is slow.'), ['lambda-timeout@3']);
    assert.deepEqual(findings('## SQS\n\n- Delay: new orders must wait 30 minutes before they are delivered.'), ['stated-limit@3']);
  });

  it('keeps a label naming another attribute from binding the value', () => {
    assert.deepEqual(findings('## SQS\n\n- Retention: consumers wait 30 seconds between polls.'), []);
    assert.deepEqual(findings('## SQS\n\n- Long polling: we will wait 20 seconds on each receive.'), []);
  });

  it('reads DynamoDB Streams retention said as records that stay readable', () => {
    assert.deepEqual(findings('DynamoDB Streams records stay readable for 7 days.'), ['dynamodb-streams-retention@1']);
    assert.deepEqual(findings('DynamoDB Streams records are available for 24 hours.'), []);
  });

  it('reads "caps a message at" and "limits each message to" as a stated maximum', () => {
    assert.deepEqual(findings('SQS caps a message at 256 KB.'), ['sqs-message-size@1']);
    assert.deepEqual(findings('SQS limits each message to 256 KB.'), ['sqs-message-size@1']);
    assert.deepEqual(findings('SQS caps every message at 1 MiB.'), []);
    assert.deepEqual(findings('Until August 2025, SQS capped a message at 256 KB.'), []);
  });
});

describe('claims in relative clauses and in table cells', () => {
  it('reads "its network ACL, which is stateful" as the claim', () => {
    assert.deepEqual(findings('The subnet is also protected by its network ACL, which is stateful, so only the inbound rule is needed.'), ['statefulness-claim@1']);
    assert.deepEqual(findings('The subnet is also protected by its network ACL, which is stateless, so both directions need rules.'), []);
  });

  it('judges a claim in a table cell without the negation of another cell', () => {
    const row = (need: string): string => ['| Req | Need | Answer |', '| --- | --- | --- |', `| R-9 | ${need} | Reporting queries run against the Multi-AZ standby instance. |`].join('\n');
    assert.deepEqual(findings(row('Reporting must not load the primary')), ['multi-az-standby-reads@3']);
    assert.deepEqual(findings(['| Claim | Verdict |', '| --- | --- |', '| Reporting queries run against the Multi-AZ standby | Wrong: it serves no reads |'].join('\n')), []);
  });
});
