/**
 * Lead-ins and questions speak for the block right after them: "Our Lambda functions use these
 * settings:" gives the table below its subject; past that block the subject ends, so a later list
 * does not inherit a question's service. Written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const ids = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}@${text.slice(f.start, f.end)}`);

describe('lead-in and question scopes', () => {
  it('a lead-in names the subject of the table it introduces', () => {
    const text = '# Ingest\n\nOur Lambda functions use these settings:\n\n| Setting | Value |\n|---|---|\n| Timeout | 20 minutes |\n';
    assert.deepEqual(ids(text), ['lambda-timeout@20 minutes']);
  });

  it('a question speaks for its answer only, not for a later list', () => {
    const text = '# FAQ\n\nQ: How long can a Kinesis data stream keep records?\n\nA: Up to 365 days.\n\nThe DynamoDB table holds user profiles.\n\n- Item size: up to 1 MB each\n';
    assert.deepEqual(ids(text).filter((f) => f.startsWith('kinesis')), []);
  });

  it('a lead-in without a service leaves the title line above it in charge', () => {
    const text = 'S3 Basics\n\nObject details:\n\n- Maximum size: a single object can be up to 5 TB.\n';
    assert.deepEqual(ids(text), ['s3-object-size@5 TB']);
  });

  it('the sentence before names the subject when later clauses name only a remedy, not a contrast', () => {
    const remedy = 'The resizer is a Lambda function invoked asynchronously. The asynchronous payload limit is 256 KB, so larger images go through S3.\n';
    assert.deepEqual(ids(remedy), ['stated-limit@256 KB']);
    const contrast = 'The callbacks moved to the HTTP API in May. Its timeout is fixed at 30 seconds, unlike the REST API, so callbacks answer 202.\n';
    assert.deepEqual(ids(contrast), []);
  });

  it('past the block it introduces, a lead-in says nothing', () => {
    const text = '# Notes\n\nOur Lambda functions use these settings:\n\n- Memory: 2 GB\n\nLater we moved the batch jobs elsewhere.\n\n- Timeout: 20 minutes\n';
    assert.deepEqual(ids(text).filter((f) => f.startsWith('lambda-timeout')), []);
  });
});
