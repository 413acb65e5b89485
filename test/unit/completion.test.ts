import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { completeCidr, completeServices } from '../../server/src/engine/features/completion';
import { SERVICES } from '../../server/src/facts/catalog';

/** Completion at the `‸` of `doc` (the marker is removed; the model is the analysis of the text without it). */
function at(doc: string, explicit = true): string[] {
  const offset = doc.indexOf('‸');
  assert.ok(offset >= 0, 'the test text marks the cursor');
  const text = doc.replace('‸', '');
  return completeCidr(analyzeText(text).model, text, offset, { explicit }).map((c) => c.label);
}

const TWO_VPCS = [
  '# Network',
  '',
  '## Production',
  '',
  'The production VPC is 10.0.0.0/16.',
  '',
  '| Subnet | CIDR | AZ |',
  '| --- | --- | --- |',
  '| prod-a | 10.0.0.0/24 | a |',
  '| prod-b | 10.0.1.0/24 | b |',
  '',
  '## Staging',
  '',
  'The staging VPC is 10.1.0.0/16.',
  '',
  '| Subnet | CIDR | AZ |',
  '| --- | --- | --- |',
  '| stg-a | 10.1.0.0/24 | a |',
  '| stg-b | ROW',
  '',
].join('\n');

describe('completion: next free subnet', () => {
  it('proposes a block of the table\'s own VPC, not the document\'s first', () => {
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '‸')), ['10.1.1.0/24']);
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '10.‸')), ['10.1.1.0/24']);
    // The production table, with a row being added.
    const prod = TWO_VPCS.replace('| prod-b | 10.0.1.0/24 | b |', '| prod-b | 10.0.1.0/24 | b |\n| prod-c | 1‸').replace('ROW', '');
    assert.deepEqual(at(prod), ['10.0.2.0/24']);
  });

  it('never at the end of a row, where Enter must start a new line', () => {
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '10.1.1.0/24 | c |‸')), []);
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '10.1.1.0/24 | c | ‸')), []);
    // Cells of other columns.
    assert.deepEqual(at(TWO_VPCS.replace('| stg-b | ROW', '| ‸')), []);
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '10.1.1.0/24 | ‸')), []);
  });

  it('only once a digit is typed, unless asked for', () => {
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '‸'), false), []);
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '1‸'), false), ['10.1.1.0/24']);
    // A value that departs from the proposal closes it, and so does a typed prefix length.
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '172.‸'), false), []);
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '10.1.9.0/‸'), false), []);
    // Text after the cursor in the cell: nothing is inserted in the middle of it.
    assert.deepEqual(at(TWO_VPCS.replace('ROW', '‸ pending | c |')), []);
  });

  it('not in tables that are not about subnets', () => {
    const ports = ['The VPC is 10.0.0.0/16.', '', '| Database | Port |', '| --- | --- |', '| orders | 5432 |', '| ledger | 5‸'].join('\n');
    assert.deepEqual(at(ports), []);
    const vpcs = ['| VPC | CIDR |', '| --- | --- |', '| production | 10.0.0.0/16 |', '| staging | 10.1.0.0/16 |', '| dev | ‸'].join('\n');
    assert.deepEqual(at(vpcs), []);
    // Prose after "subnet": not a table cell.
    assert.deepEqual(at('The VPC is 10.0.0.0/16.\n\nThe next subnet: ‸'), []);
    // A row of a table without a header row is not a cell of a known column.
    assert.deepEqual(at('The VPC is 10.0.0.0/16.\n\n| app | 10.0.1.0/24 |\n| web | ‸'), []);
  });

  it('a new subnet table takes the VPC of its section', () => {
    const doc = TWO_VPCS.replace(/\| Subnet \| CIDR \| AZ \|\n\| --- \| --- \| --- \|\n\| stg-a[^\n]*\n\| stg-b \| ROW/, '| Subnet | CIDR |\n| --- | --- |\n| stg-a | ‸');
    assert.deepEqual(at(doc), ['10.1.0.0/24']);
  });

  it('reads rows the analysis has not seen: a block typed since is not proposed again', () => {
    const analyzed = TWO_VPCS.replace('ROW', '');
    const typed = TWO_VPCS.replace('| stg-b | ROW', '| stg-b | 10.1.1.0/24 |\n| stg-c | ');
    const offset = typed.length - 1;
    const labels = completeCidr(analyzeText(analyzed).model, typed, offset, { explicit: true }).map((c) => c.label);
    assert.deepEqual(labels, ['10.1.2.0/24']);
  });
});

describe('completion: service names', () => {
  const labels = (text: string) => completeServices(text, text.length);
  it('one entry per service, under the alias being typed, described by the official name', () => {
    const items = completeServices('Messages go to Amaz', 'Messages go to Amaz'.length);
    const sqs = items.filter((i) => i.detail === 'Amazon Simple Queue Service (SQS)');
    assert.deepEqual(sqs.map((i) => i.label), ['Amazon SQS']);
    const details = items.map((i) => i.detail);
    assert.equal(new Set(details).size, details.length, `no service twice: ${JSON.stringify(details)}`);
    for (const word of ['Stre', 'stre', 'tab', 'sq']) {
      const d = labels(`We use ${word}`).map((i) => i.detail);
      assert.equal(new Set(d).size, d.length, `${word}: ${JSON.stringify(labels(`We use ${word}`).map((i) => i.label))}`);
    }
    assert.ok(labels('We use SQ').some((i) => i.label === 'SQS'));
  });
});

describe('completion: current names first', () => {
  it('proposes no former name, and lists retired or closed services last, marked', () => {
    // Found in the real editor: "Logs go to Cloud" proposed "CloudWatch Events" (EventBridge's
    // former name) first, which the renamed-service rule then flagged; Cloud9 sat among the rest.
    const items = completeServices('Logs go to Cloud', 'Logs go to Cloud'.length);
    const labels = items.map((i) => i.label);
    assert.ok(!labels.includes('CloudWatch Events'), JSON.stringify(labels));
    assert.ok(labels.includes('CloudWatch') && labels.includes('CloudFront'), JSON.stringify(labels));
    const firstEnded = items.findIndex((i) => i.deprecated);
    assert.ok(firstEnded > 0, JSON.stringify(labels));
    assert.ok(items.slice(firstEnded).every((i) => i.deprecated), `retired or closed services come last: ${JSON.stringify(labels)}`);
    assert.ok(items.some((i) => i.label === 'Cloud9' && i.deprecated));
  });

  it('never proposes a name that a lifecycle rule flags (every alias\'s first three letters)', () => {
    const proposed = new Set<string>();
    for (const service of SERVICES) for (const alias of service.aliases) {
      const text = `We use ${alias.slice(0, 3)}`;
      for (const item of completeServices(text, text.length)) if (!item.deprecated) proposed.add(item.insertText);
    }
    const flagged = [...proposed].flatMap((name) =>
      analyzeText(`# Notes\n\nWe use ${name} here.\n`).findings.filter((f) => /renamed|retired|closed/.test(f.ruleId)).map((f) => `${name}: ${f.message}`),
    );
    assert.deepEqual(flagged, []);
  });
});
