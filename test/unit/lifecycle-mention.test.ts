import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/features/fixes';

const LIFECYCLE = ['retired-service', 'closed-to-new-customers', 'renamed-service'];

/** Lifecycle findings as `rule@line:marked text` (1-based lines). */
function lifecycleFindings(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.findings
    .filter((f) => LIFECYCLE.includes(f.ruleId))
    .map((f) => `${f.ruleId}@${analysis.lines.positionAt(f.start).line + 1}:${text.slice(f.start, f.end)}`);
}

describe('lifecycle rules: which mention of a section about the service is reported', () => {
  it('reports the first statement under a title line, not the title', () => {
    const text = ['Ledger store', '', 'Amazon QLDB', '', 'Amazon QLDB keeps every change to the balances as a journal.', 'QLDB streams the journal to Kinesis.'].join('\n');
    assert.deepEqual(lifecycleFindings(text), ['retired-service@5:Amazon QLDB']);
  });

  it('reports the first statement under a markdown heading, and the fix still renames every mention', () => {
    const text = ['## Kinesis Data Firehose', '', 'Kinesis Data Firehose buffers the click stream into S3.'].join('\n');
    assert.deepEqual(lifecycleFindings(text), ['renamed-service@3:Kinesis Data Firehose']);
    const finding = analyzeText(text).findings.find((f) => f.ruleId === 'renamed-service');
    const fix = finding?.fixes?.[0];
    assert.ok(fix);
    assert.equal(applyEdits(text, fix.edits), ['## Amazon Data Firehose', '', 'Amazon Data Firehose buffers the click stream into S3.'].join('\n'));
  });

  it('reports the title when the statements under it do not name the service again', () => {
    const text = ['AWS App Runner', '', '- Deploys a container image behind HTTPS.', '- Scales to zero when idle.'].join('\n');
    assert.deepEqual(lifecycleFindings(text), ['closed-to-new-customers@1:AWS App Runner']);
  });

  it('stays quiet when the title already says the service is retired or renamed', () => {
    assert.deepEqual(lifecycleFindings(['## Amazon QLDB (retired)', '', 'Amazon QLDB kept the old audit journal.'].join('\n')), []);
    assert.deepEqual(
      lifecycleFindings(['## Amazon Data Firehose (formerly Kinesis Data Firehose)', '', 'Amazon Data Firehose buffers the stream.'].join('\n')),
      [],
    );
  });

  it('reports one finding per section about the service, and the first mention elsewhere once', () => {
    const text = [
      '## Amazon Forecast',
      '',
      'Amazon Forecast predicts demand per store.',
      'Amazon Forecast retrains weekly.',
      '',
      '## Reporting',
      '',
      'Dashboards read the Amazon Forecast exports.',
    ].join('\n');
    assert.deepEqual(lifecycleFindings(text), ['closed-to-new-customers@3:Amazon Forecast', 'closed-to-new-customers@8:Amazon Forecast']);
  });
});
