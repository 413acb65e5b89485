import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { formatSarif, toJsonFinding } from '../../server/src/cli/report';

describe('SARIF: a finding\'s AWS sources as properties, not in the message', () => {
  it('keeps the message to the advice and lists the sources with their checked dates', () => {
    const analysis = analyzeText('The VPC is 10.0.0.0/15.\n');
    const findings = analysis.findings.map((f) => toJsonFinding(analysis.lines, f));
    const sarif = JSON.parse(formatSarif([{ path: '/ws/a.md', findings, suppressed: 0, fixed: 0 }], '/ws')) as {
      runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; properties?: { sources?: Array<{ url: string; checked: string }> } }> }>;
    };
    const result = sarif.runs[0]?.results.find((r) => r.ruleId === 'vpc-cidr-size');
    assert.ok(result);
    assert.doesNotMatch(result.message.text, /https:|checked/);
    assert.match(result.properties?.sources?.[0]?.url ?? '', /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.match(result.properties?.sources?.[0]?.checked ?? '', /^\d{4}-\d{2}-\d{2}$/);
  });
});
