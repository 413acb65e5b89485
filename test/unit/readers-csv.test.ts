/**
 * CSV and TSV inventories (parse/csv-tables.ts, recognisers/iac/csv-values.ts): a ```csv / ```tsv
 * fence, an unmarked fence of delimited records, or records pasted as a paragraph are tables, and a
 * header written as a key is a setting of the service the table names. Texts written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { analyzeChunked, IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const findings = (a: ReturnType<typeof analyzeText>): string[] => a.findings.map((f) => `${f.ruleId}@${f.start}-${f.end} ${f.severity} ${f.message}`);

const rows = (text: string): number => analyzeText(text).model.contexts.filter((c) => c.kind === 'tableRow').length;

const inventory = [
  '# Messaging inventory (export of 2026-11-30)',
  '',
  '```csv',
  'queue_name,visibility_timeout,message_retention_seconds,owner',
  'billing-events,45,345600,payments',
  'ledger-replay,50000,"1209600",ledger',
  'audit-trail,120,1296000,security',
  '```',
  '',
  'Function settings as exported:',
  '',
  '```tsv',
  'FunctionName\tTimeout\tMemorySize',
  'thumbnailer\t840\t1536',
  'report-builder\t1000\t3008',
  '```',
].join('\n');

describe('readers: CSV and TSV inventories', () => {
  it('reads each record of a csv or tsv fence as a resource with its columns’ settings', () => {
    assert.deepEqual(flagged(inventory), ['sqs-visibility-timeout 50000', 'sqs-retention 1296000', 'lambda-timeout 1000']);
    assert.deepEqual(flagged(inventory.replace(/\n/g, '\r\n')), ['sqs-visibility-timeout 50000', 'sqs-retention 1296000', 'lambda-timeout 1000']);
  });

  it('reads records pasted as a paragraph, named by their lead-in line', () => {
    const text = ['Dead-letter queues on Amazon SQS, as configured:', 'name,retention_days,max_receive_count', 'orders-dlq,14,5', 'refunds-dlq,15,5'].join('\n');
    assert.deepEqual(flagged(text), ['sqs-retention 15']);
    // The same records under a lead-in that names two services bind to neither.
    assert.deepEqual(flagged(text.replace('on Amazon SQS', 'fed by SNS and SQS')), []);
  });

  it('reads a header of words as a markdown table’s, with the section as its subject', () => {
    const text = ['## Amazon SQS queues', '', '```csv', 'Queue,Retention (days),Visibility timeout (s)', 'intake,16,30', 'outbox,4,30', '```'].join('\n');
    assert.deepEqual(flagged(text), ['sqs-retention 16']);
  });

  it('binds nothing where the table names no service or the unit is unknown', () => {
    // `name` names no resource; `timeout` alone is many things' setting.
    assert.deepEqual(flagged(['```csv', 'name,timeout,retries', 'sync-job,1200,3', '```'].join('\n')), []);
    // A bare number under `retention` in an SQS table: seconds or days? Not read.
    assert.deepEqual(flagged(['```csv', 'queue,retention', 'orders,20', '```'].join('\n')), []);
    // Two services in the header: no one subject.
    assert.deepEqual(flagged(['```csv', 'sqs_queue,lambda_function,timeout', 'orders,resize,1200', '```'].join('\n')), []);
  });

  it('leaves prose with commas, and delimited text that is no inventory, alone', () => {
    assert.equal(rows('Queues, topics and streams are the options,\nwith SQS, SNS and Kinesis as the services.\n'), 0);
    // No number anywhere: a list of names, not an inventory.
    assert.equal(rows('service,owner\nsqs,payments\nsns,ledger\n'), 0);
    // A sentence as a header cell.
    assert.equal(rows('We keep the timeout at 30 seconds, which is enough, for now\nand 40, 50, 60\n'), 0);
    assert.equal(rows('queue,visibility_timeout\norders,30\n'), 1);
  });

  it('reads the same in slices and after edits as in one piece', () => {
    const text = `${inventory}\n\nDead-letter queues on Amazon SQS:\nname,retention_days\nx-dlq,15\n`;
    const whole = findings(analyzeText(text));
    for (const chunk of [64, 200, 1000]) assert.deepEqual(findings(analyzeChunked(text, {}, chunk)), whole, `chunk ${chunk}`);
    const analyzer = new IncrementalAnalyzer(text, {}, 256);
    let current = text;
    for (const [from, insert] of [
      [text.indexOf('ledger-replay'), 'x'],
      [text.indexOf('name,retention_days'), '\n'],
      [text.indexOf('```tsv'), '```\n'],
    ] as const) {
      current = current.slice(0, from) + insert + current.slice(from);
      assert.deepEqual(findings(analyzer.update(current)), findings(analyzeText(current)), `after inserting ${JSON.stringify(insert)}`);
    }
  });
});
