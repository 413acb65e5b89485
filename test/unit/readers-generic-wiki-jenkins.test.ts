/**
 * MediaWiki tables (parse/wiki-tables.ts, wiki-markup.ts) read as table records, and an `aws` command written in a
 * quoted string that more arguments follow (parse/code-statements.ts `quotedCommandEnd`). Snippets written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { quotedCommandEnd } from '../../server/src/engine/parse/code-statements';
import { fence, flagged } from './helpers/fence-findings';

/** `kind: text | header cells | cells` of each context of a document. */
function contexts(text: string): string[] {
  return analyzeText(text).blocks.flatMap((b) =>
    b.contexts.map((c) => [c.kind, c.text.replace(/\n/g, '⏎'), c.header?.map((h) => h.text).join(',') ?? '', c.cells?.map((h) => h.text).join(',') ?? ''].join(' | ')),
  );
}

describe('readers: MediaWiki tables', () => {
  it('reads rows with `||` cells on one line and `!` headers as table records', () => {
    const doc = ['# Limits', '', '{| class="wikitable"', '|+ Queue settings', '! Service !! Setting !! Value', '|-', '| SQS || Message retention || 21 days', '|-', '| SQS || Delivery delay || 10 seconds', '|}', ''].join('\n');
    const expected = `sentence | Queue settings |  | 
heading | ! Service !! Setting !! Value |  | 
tableRow | | SQS || Message retention || 21 days | Service,Setting,Value | SQS,Message retention,21 days
tableRow | | SQS || Delivery delay || 10 seconds | Service,Setting,Value | SQS,Delivery delay,10 seconds`;
    assert.deepEqual(contexts(doc).slice(1), expected.split('\n'));
    assert.deepEqual(flagged(doc), ['sqs-retention: 21 days']);
  });

  it('reads one cell a line, cell attributes, and a header column whose service is in the row', () => {
    const doc = ['# Functions', '', '{| class="wikitable sortable"', '|-', '! scope="col" | Function', '! scope="col" | Timeout', '|-', '| Lambda ingest', '| 25 minutes', '|-', '| style="color:red" | Lambda export', '| 10 minutes', '|}', ''].join('\n');
    assert.deepEqual(contexts(doc).slice(1), [
      'heading | ! scope="col" | Function⏎! scope="col" | Timeout |  | ',
      'tableRow | | Lambda ingest⏎| 25 minutes | Function,Timeout | Lambda ingest,25 minutes',
      'tableRow | | style="color:red" | Lambda export⏎| 10 minutes | Function,Timeout | Lambda export,10 minutes',
    ]);
    assert.deepEqual(flagged(doc), ['lambda-timeout: 25 minutes']);
  });

  it('leaves an unclosed table and markdown pipe tables as they were', () => {
    const unclosed = ['{| class="wikitable"', '! A !! B', '| x || y'].join('\n');
    assert.ok(!contexts(unclosed).some((c) => c.startsWith('tableRow')));
    const gfm = ['| Service | Timeout |', '|---|---|', '| Lambda | 20 minutes |', ''].join('\n');
    assert.deepEqual(flagged(gfm), ['lambda-timeout: 20 minutes']);
  });
});

describe('readers: an aws command in a quoted string with more arguments after it', () => {
  it('ends the command at its closing quote', () => {
    assert.equal(quotedCommandEnd("sh script: 'aws lambda update-function-configuration --timeout 1200', returnStdout: true"), 67);
    assert.equal(quotedCommandEnd("sh 'aws lambda update-function-configuration --timeout 1200'"), undefined);
    assert.equal(quotedCommandEnd("sh '''aws lambda update-function-configuration --timeout 1200''', x"), undefined);
    assert.equal(quotedCommandEnd('echo "done", x'), undefined);
  });

  it('reads the flags of a Jenkins sh step and keeps a correct one quiet', () => {
    const step = (name: string, timeout: number): string => `    sh script: 'aws lambda update-function-configuration --function-name ${name} --timeout ${timeout}', returnStdout: true`;
    const jenkins = `stage("Tune") {\n  steps {\n${step('worker', 1200)}\n${step('ok', 900)}\n  }\n}`;
    assert.deepEqual(flagged(fence('groovy', jenkins)), ['lambda-timeout: 1200']);
  });
});
