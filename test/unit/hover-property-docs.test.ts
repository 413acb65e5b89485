import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';

describe('hover on a default an API page gives under a property heading', () => {
  it('shows the card of the record the finding judged', () => {
    const text = '# Queue construct\n\nHow long SQS keeps messages.\n\n##### `retentionPeriod`<sup>Optional</sup>\n\n- *Type:* aws-cdk-lib.Duration\n- *Default:* Duration.days(30)\n\nHow long SQS keeps messages.\n';
    const analysis = analyzeText(text);
    const finding = analysis.findings.find((f) => f.ruleId === 'sqs-retention');
    assert.ok(finding, 'the default is judged');
    const hover = hoverAt(analysis, finding.start);
    assert.ok(hover, 'a hover on the judged value');
    assert.match(hover.markdown, /Message retention/);
    assert.match(hover.markdown, /retentionPeriod/);
  });
});
