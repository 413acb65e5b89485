import { strict as assert } from 'node:assert';
import { diffRuns, parseLabels, percent, score, type CorpusFinding, type Label } from '../../scripts/corpus-score';

const finding = (doc: number, line: number, rule: string, severity: CorpusFinding['severity'], endLine = line): CorpusFinding => ({ doc, line, endLine, rule, severity, message: `${rule} at ${line}` });

describe('corpus scoring (scripts/corpus-score.ts)', () => {
  const labels: Label[] = [
    { doc: 1, line: 10, type: 'finding', rule: 'vpc-cidr-size', verdict: 'right', note: 'n' },
    { doc: 1, line: 20, type: 'finding', rule: 'subnet-overlap', verdict: 'wrong', note: 'n' },
    { doc: 2, line: 5, type: 'finding', rule: 'renamed-service', verdict: 'wrong', note: 'n' },
    { doc: 2, line: 7, type: 'finding', rule: 'renamed-service', verdict: 'right', note: 'n' },
    { doc: 2, line: 99, type: 'finding', rule: 'cidr-host-bits', verdict: 'right', note: 'no such finding' },
    { doc: 1, line: 10, type: 'mistake', class: 'cidr', catalogue: true, note: 'caught' },
    { doc: 1, line: 31, type: 'mistake', class: 'limit', catalogue: true, note: 'inside a two-line finding' },
    { doc: 2, line: 50, type: 'mistake', class: 'claim', catalogue: false, note: 'missed' },
    { doc: 3, line: 1, type: 'mistake', class: 'claim', catalogue: false, note: 'document not analysed' },
  ];
  const findings = [
    finding(1, 10, 'vpc-cidr-size', 'error'),
    finding(1, 20, 'subnet-overlap', 'error'),
    finding(1, 30, 'limit-x', 'warning', 31),
    finding(2, 5, 'renamed-service', 'info'),
    finding(2, 7, 'renamed-service', 'info'),
    finding(3, 1, 'claim-x', 'error'),
  ];
  const docLines = new Map([
    [1, 1500],
    [2, 500],
  ]);
  const m = score(findings, labels, docLines);

  it('computes precision per severity band from verdicts matched by document, line and rule', () => {
    assert.deepEqual(m.precisionErrorWarning, { hits: 1, of: 2 });
    assert.deepEqual(m.precisionInfo, { hits: 1, of: 2 });
    assert.deepEqual(m.findings, { error: 2, warning: 1, info: 2 });
  });

  it('counts false alarms per 1,000 lines and documents with a false error', () => {
    assert.equal(m.lines, 2000);
    assert.equal(m.falseAlarmsErrorWarningPer1000, 0.5);
    assert.equal(m.falseAlarmsAllPer1000, 1);
    assert.deepEqual(m.docsWithFalseError, [1]);
  });

  it('counts a mistake as caught when any finding spans its line, split by catalogue', () => {
    assert.deepEqual(m.recallInCatalogue, { hits: 2, of: 2 });
    assert.deepEqual(m.recallOutsideCatalogue, { hits: 0, of: 1 });
    assert.deepEqual(m.mistakes.find((x) => x.label.line === 31)?.caughtBy, ['limit-x']);
    assert.deepEqual(m.recallByClass, [
      { class: 'cidr', inside: { hits: 1, of: 1 }, outside: { hits: 0, of: 0 } },
      { class: 'claim', inside: { hits: 0, of: 0 }, outside: { hits: 0, of: 1 } },
      { class: 'limit', inside: { hits: 1, of: 1 }, outside: { hits: 0, of: 0 } },
    ]);
  });

  it('lists unjudged findings, stale verdicts and the per-rule table; leaves out documents not analysed', () => {
    assert.deepEqual(
      m.unjudged.map((u) => `${u.doc}:${u.line}`),
      ['1:30'],
    );
    assert.deepEqual(
      m.staleVerdicts.map((s) => s.line),
      [99],
    );
    assert.deepEqual(m.rules[0], { rule: 'renamed-service', findings: 2, right: 1, wrong: 1, unjudged: 0 });
    assert.equal(m.rules.length, 4);
  });

  it('parses labels and reports bad lines without throwing', () => {
    const text = [
      '{"doc":1,"line":2,"type":"mistake","class":"limit","catalogue":false,"note":"x"}',
      '',
      '{"doc":1,"line":2,"type":"finding","rule":"r","verdict":"maybe","note":"x"}',
      'not json',
      '{"doc":1,"line":0,"type":"finding","rule":"r","verdict":"right","note":"x"}',
    ].join('\n');
    const parsed = parseLabels(text, 'labels-t.jsonl');
    assert.equal(parsed.labels.length, 1);
    assert.deepEqual(
      parsed.problems.map((p) => p.split(':')[1]),
      ['3', '4', '5'],
    );
  });

  it('diffs two runs rule by rule, a severity change being one removal and one addition', () => {
    const before = [finding(1, 1, 'a', 'error'), finding(1, 2, 'a', 'error'), finding(1, 3, 'b', 'info')];
    const after = [finding(1, 1, 'a', 'warning'), finding(1, 2, 'a', 'error'), finding(1, 4, 'c', 'info')];
    const d = diffRuns(before, after);
    assert.deepEqual(
      d.map((x) => `${x.rule} ${x.before}->${x.after} +${x.added.length} -${x.removed.length}`),
      ['a 2->2 +1 -1', 'b 1->0 +0 -1', 'c 0->1 +1 -0'],
    );
    assert.equal(percent({ hits: 0, of: 0 }), 'n/a');
    assert.equal(percent({ hits: 7, of: 28 }), '25 % (7/28)');
  });
});
