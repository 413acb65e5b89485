/**
 * Issue 15, defect 3: a cold open gives waiting requests a turn between two blocks of a slice (when
 * the server's time budget is spent), so a hover waits for one block, not a whole slice. The turns
 * must not change what is found, and a close during a turn must stop the open.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';

const notes = readFileSync(join(__dirname, '..', '..', 'bench', 'fixtures', 'notes.md'), 'utf8');
const key = (f: { ruleId: string; start: number; end: number; message: string }): string => `${f.ruleId}@${f.start}-${f.end} ${f.message}`;

describe('a cold open in turns', function () {
  this.timeout(120000);
  const text = notes.slice(0, 120 * 1024);

  it('a turn before every block: the same findings as analyzeText', async () => {
    let turns = 0;
    let slices = 0;
    const analyzer = await IncrementalAnalyzer.open(
      text,
      {},
      {
        pause: async () => void slices++,
        cancelled: () => false,
        between: () => {
          turns++;
          return Promise.resolve();
        },
      },
      8 * 1024,
    );
    assert.ok(analyzer);
    const blocks = analyzer.analysis.blocks.length;
    assert.equal(turns, blocks, 'asked for a turn before each block');
    assert.ok(slices > 1 && slices < blocks, `${slices} slices of ${blocks} blocks`);
    assert.deepEqual(analyzer.analysis.findings.map(key), analyzeText(text).findings.map(key));
  });

  it('no turn wanted: none taken', async () => {
    let asked = 0;
    const analyzer = await IncrementalAnalyzer.open(text, {}, { pause: async () => undefined, cancelled: () => false, between: () => void asked++ }, 8 * 1024);
    assert.ok(analyzer);
    assert.equal(asked, analyzer.analysis.blocks.length);
    assert.deepEqual(analyzer.analysis.findings.map(key), analyzeText(text).findings.map(key));
  });

  it('closed during a turn inside a slice: the open stops there', async () => {
    let closed = false;
    let turns = 0;
    let slices = 0;
    const analyzer = await IncrementalAnalyzer.open(
      text,
      {},
      {
        pause: async () => void slices++,
        cancelled: () => closed,
        between: () => {
          if (++turns === 3) closed = true;
          return Promise.resolve();
        },
      },
      64 * 1024,
    );
    assert.equal(analyzer, undefined);
    assert.equal(turns, 3);
    assert.equal(slices, 0, 'stopped inside the first slice');
  });
});
