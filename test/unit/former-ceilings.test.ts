/**
 * Former ceilings of commonly restated limits (server/src/facts/former-ceilings.ts and two new facts): each
 * former figure is dated and sourced, and a statement of it as today's maximum is flagged, while today's
 * figure, a neighbouring limit with the same number and a figure stated as history stay quiet.
 */
import { strict as assert } from 'node:assert';
import { findFact } from '../../server/src/facts/catalog';
import { FORMER_CEILINGS } from '../../server/src/facts/former-ceilings';
import { analyzeText } from '../../server/src/engine/analyze';

const rules = (text: string): string[] => analyzeText(text).findings.map((f) => f.ruleId);

describe('former ceilings (history + counted nouns)', () => {
  it('gives every former figure a month, an AWS source and a note, newest change first', () => {
    for (const id of [...Object.keys(FORMER_CEILINGS), 'lambda.async-payload', 'sqs-fifo.in-flight', 'cloudformation.outputs', 'cloudformation.mappings']) {
      const fact = findFact(id);
      assert.ok(fact, id);
      assert.ok((fact.history ?? []).length > 0, `${id} has a former value`);
      for (const former of fact.history ?? []) {
        assert.match(former.until, /^\d{4}-\d{2}$/, id);
        assert.match(former.source ?? '', /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, id);
      }
      const dates = (fact.history ?? []).map((h) => h.until);
      assert.deepEqual(dates, [...dates].sort().reverse(), `${id}: newest change first`);
      assert.ok(fact.hardLimit !== undefined, `${id} says hard limit or adjustable`);
    }
    for (const entry of Object.values(FORMER_CEILINGS)) assert.ok(entry.note.length > 60);
    // The pass keeps what the earlier passes gave: the S3 bucket words stay next to the new nouns.
    assert.ok(findFact('s3.buckets')?.names?.words?.includes('buckets per account'));
  });

  it('flags the former maximum stated as today\'s', () => {
    for (const text of [
      'A DynamoDB transaction can hold up to 25 items per transaction.',
      'DynamoDB TransactWriteItems groups up to 25 action requests.',
      'DynamoDB supports up to 5 global secondary indexes per table.',
      'An AWS account can have at most 100 S3 buckets.',
      'SQS FIFO queues allow at most 20,000 in-flight messages.',
      'A CloudFormation template can declare up to 60 outputs.',
      'CloudFormation templates allow at most 100 mappings.',
    ]) {
      assert.deepEqual(rules(text), ['outdated-ceiling'], text);
    }
    // A size: the data-driven rule reads the words of the Lambda asynchronous payload.
    assert.deepEqual(rules('The Lambda asynchronous invocation payload is limited to 256 KB.'), ['stated-limit']);
    assert.deepEqual(rules('The Lambda async payload can be up to 6 MB.'), ['stated-limit']);
    // No former value, but a fixed maximum: above it is wrong (API Gateway WebSocket quotas, not adjustable).
    assert.deepEqual(rules('API Gateway WebSocket connections can stay open for up to 24 hours.'), ['stated-limit']);
    assert.deepEqual(rules('The API Gateway idle connection timeout for WebSocket APIs is 30 minutes.'), ['stated-limit']);
  });

  it('stays quiet on today\'s figures, other limits with the same number, raised quotas and history', () => {
    for (const text of [
      'DynamoDB transactions support up to 100 actions per transaction.',
      'DynamoDB BatchWriteItem writes up to 25 items per call.',
      'DynamoDB tables can have up to 20 GSIs and 5 LSIs.',
      'Our DynamoDB table has 5 GSIs.',
      'DynamoDB: after our quota increase the table takes up to 30 global secondary indexes.',
      'S3 supports up to 10,000 buckets per account by default.',
      'S3 Express One Zone: up to 100 directory buckets per account.',
      'SQS FIFO queues allow up to 120,000 in-flight messages.',
      'SQS FIFO queues allow up to 200,000 in-flight messages after a support request.',
      'Until November 2024, SQS FIFO queues allowed at most 20,000 in-flight messages.',
      'The Lambda async payload is up to 1 MB and the sync payload up to 6 MB.',
      'Lambda asynchronous invocations keep events for up to 6 hours.',
      'CloudFormation: up to 200 outputs and 200 mappings per template.',
      'CloudFormation allows up to 5,000 exported outputs per Region.',
      'Our CloudFormation stack has 60 outputs today.',
      'API Gateway WebSocket connections last at most 2 hours and close after 10 minutes idle.',
      'API Gateway accepts 500 new WebSocket connections per second.',
      'AWS AppSync WebSocket connections can stay open for up to 24 hours.',
    ]) {
      assert.deepEqual(rules(text), [], text);
    }
  });
});
