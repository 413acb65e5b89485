/**
 * Raw HTML tables (parse/html-tables.ts) are read as table records like GFM tables: the header cells
 * name the attributes, the row's cells the resource and its values, with exact cell ranges. Tables
 * written for these tests in the way a Confluence export looks.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string, rule?: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const CONFLUENCE = `## Messaging settings

<table class="confluenceTable">
  <tbody>
    <tr>
      <th class="confluenceTh"><p><strong>Queue service</strong></p></th>
      <th class="confluenceTh"><p>Message retention</p></th>
    </tr>
    <tr>
      <td class="confluenceTd"><p>Amazon SQS</p></td>
      <td class="confluenceTd"><p>18 days<br/>set on every queue</p></td>
    </tr>
    <tr>
      <td class="confluenceTd"><p>Kinesis Data Streams</p></td>
      <td class="confluenceTd"><p>365 days</p></td>
    </tr>
  </tbody>
</table>
`;

describe('readers: raw HTML tables', () => {
  it('reads a multi-line Confluence table: header names the attribute, the row the service', () => {
    assert.deepEqual(flagged(CONFLUENCE), ['error sqs-retention 18 days']);
  });

  it('reads a one-line table with a key/value header', () => {
    const text = '<table><tr><th>Setting</th><th>Value</th></tr><tr><td>Lambda timeout</td><td><strong>17 minutes</strong></td></tr></table>\n';
    assert.deepEqual(flagged(text), ['error lambda-timeout 17 minutes']);
  });

  it('stays quiet on correct values, and `>` of a tag is not "more than"', () => {
    const text = CONFLUENCE.replace('18 days', '14 days');
    assert.deepEqual(flagged(text), []);
    const keyValue = '<table><tr><th>Setting</th><th>Value</th></tr><tr><td>Lambda timeout</td><td>15 minutes</td></tr><tr><td>SQS retention</td><td>4 days</td></tr></table>\n';
    assert.deepEqual(flagged(keyValue), []);
    const notTable = '<div>SQS retention 30 days</div>\n';
    assert.deepEqual(flagged(notTable), []);
  });

  it('reads a vertical table (a <th> label heading each row) row by row, under its section', () => {
    const table = (retention: string): string =>
      `## Billing events (Amazon SQS)\n\n<table>\n<tr><th>Queue type</th><td>Standard</td></tr>\n<tr><th>Message retention</th><td>${retention}</td></tr>\n<tr><th>Visibility timeout</th><td>45 seconds</td></tr>\n</table>\n`;
    assert.deepEqual(flagged(table('19 days')), ['warning sqs-retention 19 days']);
    assert.deepEqual(flagged(table('10 days')), []);
    const own = '<table><tr><th>Lambda timeout</th><td>16 minutes</td></tr><tr><th>Lambda memory</th><td>2048 MB</td></tr></table>\n';
    assert.deepEqual(flagged(own), ['error lambda-timeout 16 minutes']);
    const rows = analyzeText(own).blocks.flatMap((b) => b.contexts);
    assert.deepEqual(rows.map((c) => [c.kind, c.header === undefined]), [['tableRow', true], ['tableRow', true]]);
  });

  it('puts a value under its own header when cells span columns or rows', () => {
    const merged = '<table>\n<tr><th>Queue</th><th colspan="2">Retention (days)</th><th>Visibility timeout (hours)</th></tr>\n<tr><td>Amazon SQS</td><td>4</td><td>14</td><td>12</td></tr>\n</table>\n';
    assert.deepEqual(flagged(merged), []);
    assert.deepEqual(flagged(merged.replace('<td>12</td>', '<td>13</td>')), ['error sqs-visibility-timeout 13']);
    const rows = '<table>\n<tr><th>Service</th><th>Setting</th><th>Value</th></tr>\n<tr><td rowspan="2">AWS Lambda</td><td>timeout</td><td>22 minutes</td></tr>\n<tr><td>memory</td><td>2048 MB</td></tr>\n</table>\n';
    const row = analyzeText(rows).blocks.flatMap((b) => b.contexts).filter((c) => c.kind === 'tableRow')[1];
    assert.deepEqual(row?.cells?.map((c) => c.text), ['AWS Lambda', 'memory', '2048 MB']);
    assert.deepEqual(flagged(rows), ['error lambda-timeout 22 minutes']);
  });

  it('maps cells exactly, with CRLF line ends and an emoji before the value', () => {
    const text = '# Limits 🧾\r\n\r\n<table>\r\n<tr><th>Service</th><th>Timeout</th></tr>\r\n<tr>\r\n<td>🚀 <b>AWS Lambda</b></td>\r\n<td><p>⏱ 21 minutes</p></td>\r\n</tr>\r\n</table>\r\n';
    assert.deepEqual(flagged(text), ['error lambda-timeout 21 minutes']);
    const analysis = analyzeText(text);
    const rows = analysis.blocks.flatMap((b) => b.contexts).filter((c) => c.kind === 'tableRow');
    assert.equal(rows.length, 1);
    const row = rows[0];
    assert.ok(row);
    assert.equal(text.slice(row.start, row.end), row.text);
    assert.deepEqual(row.header?.map((c) => c.text), ['Service', 'Timeout']);
    assert.deepEqual(row.cells?.map((c) => c.text), ['🚀 <b>AWS Lambda</b>', '⏱ 21 minutes']);
    for (const cell of [...(row.cells ?? []), ...(row.header ?? [])]) assert.equal(text.slice(cell.start, cell.end), cell.text);
  });
});
