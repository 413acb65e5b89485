/**
 * Comparison matrices with merged group headers (parse/group-headers.ts): a service named once over
 * the columns of its variants, the variants in the first body row, properties as row labels.
 * Tables written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string, rule?: string): string[] {
  const lines = text.split('\n');
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => {
      const line = text.slice(0, f.start).split('\n').length;
      const cells = (lines[line - 1] ?? '').split('|');
      const column = text.slice(0, f.start).split('\n').pop()?.split('|').length ?? 0;
      return `${f.ruleId} ${text.slice(f.start, f.end)} @${column - 1}/${cells.length - 2}`;
    });
}

describe('readers: comparison matrices with merged group headers', () => {
  it('gives each variant column the service its group header names', () => {
    const table = [
      '## Messaging options',
      '',
      '| Property | Amazon SQS | | Amazon Kinesis Data Streams | |',
      '|---|---|---|---|---|',
      '| Variant | Standard | FIFO | On-demand | Provisioned |',
      '| Longest retention | 14 days | 30 days | 365 days | 500 days |',
    ].join('\n');
    assert.deepEqual(flagged(table), ['sqs-retention 30 days @3/5', 'kinesis-retention 500 days @5/5']);
  });

  it('takes the engine from a variant that names one', () => {
    const table = ['## Relational stores', '', '| | Amazon RDS | |', '|---|---|---|', '| | PostgreSQL | MySQL |', '| Default port | 3306 | 3306 |'].join('\n');
    assert.deepEqual(flagged(table, 'engine-port-mismatch'), ['engine-port-mismatch 3306 @2/3']);
  });

  it('leaves tables of other shapes as they were', () => {
    // A header with an empty cell but no group: the first body row holds values, not variants.
    const values = ['## Limits', '', '| Service | | Notes |', '|---|---|---|', '| Amazon SQS | 14 days | retention |', '| Amazon Kinesis Data Streams | 365 days | retention |'].join('\n');
    assert.deepEqual(flagged(values), []);
    // An empty header cell after a column that names no service: no group to extend.
    const noGroup = ['## Plan', '', '| Item | Owner | |', '|---|---|---|', '| Variant | Standard | FIFO |', '| Queue retention for SQS | 20 days | x |'].join('\n');
    const before = flagged(noGroup);
    assert.ok(before.every((f) => !f.includes('@3/')), before.join());
    // Values in range stay quiet in every column.
    const fine = [
      '| Property | Amazon SQS | | Amazon Kinesis Data Streams | |',
      '|---|---|---|---|---|',
      '| Variant | Standard | FIFO | On-demand | Provisioned |',
      '| Longest retention | 14 days | 14 days | 365 days | 365 days |',
    ].join('\n');
    assert.deepEqual(flagged(fine), []);
  });
});
