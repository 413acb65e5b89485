import { strict as assert } from 'node:assert';
import { analyzeText, hoverAt } from '../../server/src/engine';
import { findings } from '../support/rule-at-line';
import { explainAssertions } from '../../server/src/engine/assertions/explain';

describe('a label item picks its subject among the services its section title names', () => {
  const compared = (label: string, value: string): string =>
    ['## Kinesis Data Streams vs Data Firehose', '', `* ${label}`, '  * Producers and consumers are your own code', `  * ${value}`].join('\n');

  it('reads "Streams" under a streams-versus-Firehose title as Kinesis Data Streams', () => {
    assert.deepEqual(findings(compared('Streams', 'Retention of 1 -> 7 days')), ['kinesis-retention@5']);
    assert.deepEqual(findings(compared('**Streams:**', 'Retention: up to 7 days')), ['kinesis-retention@5']);
  });

  it('says which item chose the service, in the message and in the claims view', () => {
    const analysis = analyzeText(compared('Streams', 'Retention of 1 -> 7 days'));
    assert.match(analysis.findings[0]?.message ?? '', /the item "Streams" on line 3/);
    const row = explainAssertions(analysis).find((a) => a.fact === 'kinesis-data-streams.retention');
    assert.equal(row?.evidence, 'section');
    assert.equal(row?.labelStart, analysis.text.indexOf('Streams\n'));
  });

  it('gives the hover the same record the rule judged', () => {
    const text = compared('Streams', 'Retention of 1 -> 7 days');
    const card = hoverAt(analyzeText(text), text.indexOf('7 days') + 1);
    assert.match(card?.markdown ?? '', /Amazon Kinesis Data Streams: Retention period/);
  });

  it('stays quiet for a right value, a label that is no service name and a label two services end with', () => {
    assert.deepEqual(findings(compared('Streams', 'Retention of 1 -> 365 days')), []);
    assert.deepEqual(findings(compared('Ingest side', 'Retention of 1 -> 7 days')), []);
    const both = ['## Kinesis Data Streams vs DynamoDB Streams', '', '* Streams', '  * Retention of 1 -> 7 days'].join('\n');
    assert.deepEqual(findings(both), []);
  });

  it('leaves a sentence item alone: only a short label names a part', () => {
    assert.deepEqual(findings(compared('Streams are read by shard', 'Retention of 1 -> 7 days')), []);
  });
});

describe('the upper end of a range written with until, through, ~ or between … and', () => {
  for (const phrasing of [
    'Kinesis Data Streams keeps records from one day up until 7 days.',
    'Kinesis Data Streams retains records between 24 hours and 7 days.',
    'Kinesis Data Streams retention: 1 day ~ 7 days.',
    'Kinesis Data Streams retention runs 1 day through 7 days.',
  ]) {
    it(`reads 7 days as the stated maximum: ${phrasing}`, () => {
      assert.deepEqual(findings(phrasing), ['kinesis-retention@1']);
    });
  }

  it('stays quiet for today\'s range and for the writer\'s own plan', () => {
    assert.deepEqual(findings('Kinesis Data Streams retains records between 1 and 365 days.'), []);
    assert.deepEqual(findings('We keep our Kinesis Data Streams records from one day until 7 days for replay.'), []);
  });
});
