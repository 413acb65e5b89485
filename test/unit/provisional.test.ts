/**
 * Progressive diagnostics of a cold open: after each slice, the provisional findings of the blocks
 * analysed so far must all be in the final analysis, unchanged (a squiggle never shows and then
 * goes), and grow to the final context-rule findings.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';
import type { AnalyzeOptions } from '../../server/src/engine/analyze';
import type { Finding } from '../../server/src/engine/findings';
import { provisionalFindings } from '../../server/src/engine/features/provisional';
import { LineIndex } from '../../server/src/engine/util/text';

const ROOT = join(__dirname, '..', '..');
const key = (f: Finding): string => `${f.ruleId}@${f.start}-${f.end}:${f.severity}:${f.message}`;

/** Opens `text` slice by slice; returns the provisional findings after each slice and the final ones. */
async function open(text: string, options: AnalyzeOptions, chunk: number): Promise<{ steps: Finding[][]; final: Finding[] }> {
  const lines = new LineIndex(text);
  const steps: Finding[][] = [];
  const analyzer = await IncrementalAnalyzer.open(text, options, { pause: async () => undefined, cancelled: () => false, sliced: (blocks) => steps.push(provisionalFindings(text, lines, blocks(), options)) }, chunk);
  assert.ok(analyzer);
  return { steps, final: [...analyzer.analysis.findings] };
}

function assertProgressive(steps: Finding[][], final: Finding[], what: string): void {
  const finalKeys = new Set(final.map(key));
  let before = 0;
  for (const [i, step] of steps.entries()) {
    for (const f of step) assert.ok(finalKeys.has(key(f)), `${what}: slice ${i} shows ${key(f)}, which the final analysis does not hold`);
    assert.ok(step.length >= before, `${what}: slice ${i} shows fewer findings than the slice before`);
    before = step.length;
  }
}

const SECTION = (i: number): string =>
  [`## Service ${i}`, '', `The VPC ${i} uses 10.${i % 250}.0.0/15.`, '', '| Subnet | CIDR |', '| --- | --- |', `| app-${i} | 10.${i % 250}.1.5/24 |`, '', `PostgreSQL ${i} listens on port 3306.`, ''].join('\n');

describe('provisional findings of a cold open', function () {
  this.timeout(120000);

  it('the notes: every provisional finding is final, and the first slice already shows some', async () => {
    const text = readFileSync(join(ROOT, 'bench', 'fixtures', 'notes.md'), 'utf8');
    const { steps, final } = await open(text, {}, 16 * 1024);
    assertProgressive(steps, final, 'notes');
    assert.ok(steps.length > 10, `${steps.length} slices`);
    const last = steps[steps.length - 1] ?? [];
    assert.ok(last.length > 0 && last.length <= final.length);
  });

  it('generated sections: rule levels, a disable/enable pair, a disable-next-line and a disable-file at the very end', async () => {
    const parts = Array.from({ length: 120 }, (_, i) => SECTION(i));
    parts.splice(10, 0, '<!-- archnotes-disable cidr-host-bits -- lab -->');
    parts.splice(30, 0, '<!-- archnotes-enable cidr-host-bits -->');
    parts.splice(50, 0, '<!-- archnotes-disable-next-line vpc-cidr-size -- legacy -->');
    const withFileWide = `${parts.join('\n')}\n<!-- archnotes-disable-file engine-port-mismatch -- proxy on 3306 -->\n`;
    const variants: AnalyzeOptions[] = [{}, { rules: { 'vpc-cidr-size': 'warning' } }, { rules: { 'cidr-host-bits': 'off' } }];
    for (const options of variants) {
      const { steps, final } = await open(withFileWide, options, 2048);
      assertProgressive(steps, final, JSON.stringify(options));
      assert.equal(final.filter((f) => f.ruleId === 'engine-port-mismatch').length, 0);
      assert.ok((steps[0] ?? []).length > 0, 'the first slice shows findings');
      // The context-rule findings are all there by the last slice (document rules come with the final analysis).
      const last = new Set((steps[steps.length - 1] ?? []).map(key));
      for (const f of final.filter((x) => ['vpc-cidr-size', 'cidr-host-bits'].includes(x.ruleId))) assert.ok(last.has(key(f)), key(f));
    }
  });

  it('a dated document: provisional findings are worded as of its date, like the final ones', async () => {
    const text = `---\ndate: 2019-03-01\n---\n\n${Array.from({ length: 40 }, (_, i) => `## S${i}\n\nThe function has a 15 minute Lambda timeout and SQS messages up to 256 KB.\n`).join('\n')}`;
    const { steps, final } = await open(text, {}, 1024);
    assertProgressive(steps, final, 'dated');
  });
});
