/**
 * Two analyses of one text are the same: text, lines, every block (one at a time as hover reads them,
 * then all), findings, suppressions and the model. Shared by the incremental and worker-adoption tests.
 */
import assert from 'node:assert/strict';
import type { Analysis } from '../../server/src/engine/analyze';

export function assertSameAnalysis(actual: Analysis, expected: Analysis, label: string): void {
  assert.equal(actual.text, expected.text, `${label}: text`);
  // One block at a time first (what hover reads, shifted lazily), then every block.
  for (const block of expected.blocks) assert.deepStrictEqual(actual.blockAt(block.start), expected.blockAt(block.start), `${label}: block at ${block.start}`);
  assert.equal(actual.lines.lineCount, expected.lines.lineCount, `${label}: line count`);
  for (let line = 0; line < expected.lines.lineCount; line++) {
    assert.equal(actual.lines.lineStart(line), expected.lines.lineStart(line), `${label}: start of line ${line}`);
    assert.equal(actual.lines.lineContentEnd(line), expected.lines.lineContentEnd(line), `${label}: end of line ${line}`);
  }
  assert.equal(actual.blocks.length, expected.blocks.length, `${label}: block count`);
  for (let i = 0; i < expected.blocks.length; i++) assert.deepStrictEqual(actual.blocks[i], expected.blocks[i], `${label}: block ${i}`);
  assert.deepStrictEqual(actual.findings, expected.findings, `${label}: findings`);
  assert.deepStrictEqual(actual.suppressed, expected.suppressed, `${label}: suppressed`);
  assert.deepStrictEqual(actual.unusedDirectives, expected.unusedDirectives, `${label}: unused directives`);
  assert.deepStrictEqual(actual.model.vpcs, expected.model.vpcs, `${label}: vpcs`);
  assert.deepStrictEqual(actual.model.subnets, expected.model.subnets, `${label}: subnets`);
  assert.equal(actual.model.contexts.length, expected.model.contexts.length, `${label}: contexts`);
}
