/**
 * A statement that names a resource by its kind ("the orders queue", "the render function",
 * `payments-dlq`) speaks of the document's one service of that kind. Written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';

const found = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}:${f.severity}@${text.slice(f.start, f.end)}`);

const INTRO = '# Billing\n\nInvoices go through Amazon SQS to an AWS Lambda renderer.\n\n';

describe('kind nouns as subjects', () => {
  it('a change-log line names the queue by its kind: a warning, with the reason', () => {
    const text = `${INTRO}## Changes\n\n- Set the invoices queue retention to 21 days.\n`;
    assert.deepEqual(found(text), ['sqs-retention:warning@21 days']);
    const message = analyzeText(text).findings[0]?.message ?? '';
    assert.match(message, /only service of its kind the document names, so "queue" on line 7/);
  });

  it('a resource name ending in -dlq or a function noun binds the same way', () => {
    assert.deepEqual(found(`${INTRO}- Bumped \`invoices-dlq\` retention to 20 days.\n`), ['sqs-retention:warning@20 days']);
    assert.deepEqual(found(`${INTRO}- Raised the render function timeout to 25 minutes.\n`), ['lambda-timeout:warning@25 minutes']);
  });

  it('tables, streams and a table stream', () => {
    const ddb = '# Orders\n\nOrders live in Amazon DynamoDB.\n\n';
    assert.deepEqual(found(`${ddb}- The table stream keeps change records for 7 days.\n`), ['dynamodb-streams-retention:warning@7 days']);
    assert.deepEqual(found(`${ddb}- The orders table has a 600 KB item size limit.\n`), ['dynamodb-item-size:warning@600 KB']);
    // Another database in the document: "table" could be its.
    assert.deepEqual(found(`${ddb}Reports come from Amazon RDS for PostgreSQL.\n\n- The orders table has a 600 KB item size limit.\n`), []);
    const kds = '# Clicks\n\nClicks go to Amazon Kinesis Data Streams.\n\n';
    assert.deepEqual(found(`${kds}- Raised the clicks stream retention to 400 days.\n`), ['kinesis-retention:warning@400 days']);
    assert.deepEqual(found(`${kds}Orders also use DynamoDB Streams.\n\n- Raised the clicks stream retention to 400 days.\n`), []);
  });

  it('the hover card reads the same record as the finding', () => {
    const text = `${INTRO}- Set the invoices queue retention to 21 days.\n`;
    const card = hoverAt(analyzeText(text), text.indexOf('21 days') + 1)?.markdown ?? '';
    assert.match(card, /Simple Queue Service.*Message retention/);
    assert.match(card, /outside the range/);
  });

  it('values within range stay quiet', () => {
    assert.deepEqual(found(`${INTRO}- Set the invoices queue retention to 10 days.\n- The render function timeout is 5 minutes.\n`), []);
  });

  it('a noun that modifies another thing is not the resource', () => {
    assert.deepEqual(found(`${INTRO}- The queue key rotates yearly; we keep the default rotation period of 365 days.\n`), []);
    assert.deepEqual(found(`${INTRO}- The function role session lasts 20 hours.\n`), []);
  });

  it('a statement naming nouns of two kinds is ambiguous', () => {
    assert.deepEqual(found(`${INTRO}- The function reads the queue with a 20 minute timeout.\n`), []);
  });

  it('no subject without the service in the document, or with a rival product', () => {
    assert.deepEqual(found('# Billing\n\n- Set the invoices queue retention to 21 days.\n'), []);
    assert.deepEqual(found(`${INTRO}Retries go through RabbitMQ.\n\n- Set the invoices queue retention to 21 days.\n`), []);
    assert.deepEqual(found(`${INTRO}Edge logic runs in CloudFront Functions.\n\n- Raised the render function timeout to 25 minutes.\n`), []);
  });

  it('Step Functions and "a function of" are not a deployed function', () => {
    assert.deepEqual(found(`${INTRO}- Step Functions timeout for the workflow: 20 minutes.\n`).filter((f) => f.startsWith('lambda')), []);
    assert.deepEqual(found(`${INTRO}- Latency is a function of the 20 minute batch window.\n`), []);
  });

  it('a statement that names its own service keeps it', () => {
    assert.deepEqual(found(`${INTRO}- The Kinesis stream feeding the queue keeps records for 400 days.\n`).filter((f) => f.startsWith('sqs')), []);
  });
});
