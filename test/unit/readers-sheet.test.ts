/**
 * Quantities in spreadsheet and Kubernetes notation (recognisers/sheet-quantities.ts): `12Gi`,
 * `1.5k min`, a thousands `k` under a header that states a duration unit, a table's unit column.
 * Tables and sentences written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string, rule?: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const table = (rows: readonly string[]): string => `# Capacity sheet\n\n${rows.join('\n')}\n`;

describe('readers: spreadsheet and Kubernetes notation', () => {
  it('reads binary suffixes glued to the number', () => {
    const sheet = table(['| Lambda function | Memory | Ephemeral storage |', '| --- | --- | --- |', '| render | 12Gi | 512Mi |', '| encode | 8Gi | 20Gi |']);
    assert.deepEqual(flagged(sheet), ['lambda-memory 12Gi', 'lambda-ephemeral-storage 20Gi']);
    assert.deepEqual(flagged('The SQS maximum message size is 2Mi.'), ['sqs-message-size 2Mi']);
    assert.deepEqual(flagged('The SQS maximum message size is 1Mi.'), []);
    // Not a binary suffix: miles, a word, a size already written in full.
    assert.deepEqual(flagged('The Lambda memory setting is 12 Miles away, 12Gig or 12GiB.'), ['lambda-memory 12GiB']);
  });

  it('reads a thousands k before a duration unit, or under a header that states one', () => {
    assert.deepEqual(flagged('SQS keeps messages for 21.6k min at most.'), ['sqs-retention 21.6k min']);
    // Said of one queue, a maximum is its setting: within the range, not flagged.
    assert.deepEqual(flagged('The orders SQS queue keeps messages for 1.2k min at most.'), []);
    const sheet = table(['| SQS queue | Retention (s) |', '| --- | --- |', '| orders | 345.6k |', '| audit | 1382.4k |']);
    assert.deepEqual(flagged(sheet), ['sqs-retention 1382.4k']);
    // A k under a size unit may be the unit's own k: not read.
    const sizes = table(['| SQS queue | Max message size (KB) |', '| --- | --- |', '| audit | 2048K |']);
    assert.deepEqual(flagged(sizes), []);
  });

  it('gives the number left of a unit column that unit, and nothing else in the row', () => {
    const sheet = table(['| Lambda function | Timeout | Unit |', '| --- | --- | --- |', '| resize | 20 | min |', '| crop | 600 | s |']);
    assert.deepEqual(flagged(sheet), ['lambda-timeout 20']);
    const settings = table(['| Lambda setting | Value | Unit |', '| --- | --- | --- |', '| Timeout | 16 | minutes |', '| Memory | 4 | GiB |']);
    assert.deepEqual(flagged(settings), ['lambda-timeout 16']);
    // The unit column speaks for its left neighbour only; a unit that is no unit says nothing.
    const apart = table(['| Lambda function | Timeout | Memory | Unit |', '| --- | --- | --- | --- |', '| resize | 20 | 12 | GiB |', '| crop | 20 | 12 | m |']);
    assert.deepEqual(flagged(apart), ['lambda-memory 12']);
  });

  it('reads no code: a pod limit is not a Lambda setting', () => {
    const text = '# Lambda sizing\n\n```yaml\nresources:\n  limits:\n    memory: 12Gi\n```\n';
    assert.deepEqual(flagged(text), []);
  });

  it('keeps ranges exact with CRLF and emoji', () => {
    const text = '# Capacity 📈\r\n\r\n| Lambda function 🚀 | Memory |\r\n| --- | --- |\r\n| render 🎨 | 12Gi |\r\n';
    assert.deepEqual(flagged(text), ['lambda-memory 12Gi']);
  });
});
