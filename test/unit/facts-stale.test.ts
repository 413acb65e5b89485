/** `npm run facts:stale` and the fact-pack version in every CLI report (issue 13). */
import { strict as assert } from 'node:assert';
import { renderStale, staleRows } from '../../scripts/facts-stale';
import { FACT_PACK_VERSION, SERVICES } from '../../server/src/facts/catalog';
import { formatJson, formatSarif, formatText, type FileResult } from '../../server/src/cli/report';

describe('facts:stale', () => {
  it('lists every fact, oldest checked date first, a page’s facts together', () => {
    const rows = staleRows();
    assert.equal(rows.length, SERVICES.reduce((n, s) => n + s.facts.length, 0));
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      assert.ok(a.checked <= b.checked, `${a.id} (${a.checked}) before ${b.id} (${b.checked})`);
      if (a.checked === b.checked) assert.ok(a.source.replace(/#.*$/, '') <= b.source.replace(/#.*$/, ''), `${a.id} / ${b.id} by source`);
    }
  });

  it('filters to quota and limit facts, and to those checked before a date', () => {
    const limits = staleRows({ limits: true });
    assert.ok(limits.length > 0 && limits.every((r) => ['quota', 'limit', 'range'].includes(r.kind)));
    const old = staleRows({ before: '2026-12-06' });
    assert.ok(old.length > 0 && old.every((r) => r.checked < '2026-12-06' && !r.reverified));
    assert.ok(staleRows().some((r) => r.reverified && r.checked === '2026-12-06'));
  });

  it('prints the pack version, the count per date and one line per fact', () => {
    const text = renderStale(staleRows({ limits: true }));
    assert.match(text, new RegExp(`^fact pack ${FACT_PACK_VERSION.replace(/\./g, '\\.')}: \\d+ facts; by checked date: `));
    assert.match(text, /\n2026-12-06 {2}yes {10}\w+ +sqs\.retention {2}https:\/\/docs\.aws\.amazon\.com\//);
  });
});

describe('fact-pack version in CLI reports', () => {
  const results: FileResult[] = [{ path: '/repo/docs/a.md', findings: [], suppressed: 0, fixed: 0 }];
  it('ends the text report with it', () => {
    assert.match(formatText(results, '/repo', false), new RegExp(`in 1 file · fact pack ${FACT_PACK_VERSION.replace(/\./g, '\\.')}\\n$`));
  });
  it('states it in JSON and SARIF', () => {
    assert.equal(JSON.parse(formatJson(results, '/repo')).tool.factPack, FACT_PACK_VERSION);
    assert.equal(JSON.parse(formatSarif(results, '/repo')).runs[0].tool.driver.properties.factPack, FACT_PACK_VERSION);
  });
});
