/**
 * A hover before the first analysis (hover-on-demand.ts) analyses the block under the cursor without
 * the context rules (`analyzeBlockForCards`) and builds only the model over it (`assembleModel`), not
 * the document phase: on the server's thread the rules' code is still cold then, and the first hover
 * of a big open waited for it (issue 15 defect 3, docs/reliability.md). A card reads the block's
 * contexts and the model only, so it must be the same either way.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBlock, analyzeBlockForCards, assemble, assembleModel } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';
import { hoverOnDemand } from '../../server/src/engine/features/hover-on-demand';
import { chunkedSlices } from '../../server/src/engine/parse/slices';
import type { AnalyzedContext } from '../../server/src/engine/model/document-model';

const ROOT = join(__dirname, '..', '..');

function markdownBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownBelow(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** Offsets a card may answer at: the middle of every service, CIDR, quantity and port of a context. */
function targets(context: AnalyzedContext): number[] {
  const spans = [...context.services, ...context.cidrs, ...context.quantities, ...context.ports];
  return spans.map((s) => (s.start + s.end) >> 1);
}

describe('robust: a hover before the first analysis reads a model-only assembly', function () {
  this.timeout(120_000);
  const documents = [...markdownBelow(join(ROOT, 'examples')), ...markdownBelow(join(ROOT, 'test', 'fixtures')), join(ROOT, 'bench', 'fixtures', 'notes.md')];

  it('every card of every block equals the card from the full block and document phase', () => {
    let compared = 0;
    for (const path of documents) {
      const text = readFileSync(path, 'utf8').slice(0, 120_000);
      for (const { slice, blocks } of chunkedSlices(text)) {
        for (const found of blocks) {
          const block = analyzeBlock(found.node, slice.source, slice.base);
          const full = assemble(text, [{ result: block, pending: 0 }]);
          const cards = analyzeBlockForCards(found.node, slice.source, slice.base);
          assert.equal(cards.findings.length, 0);
          const model = assembleModel(text, [{ result: cards, pending: 0 }]);
          assert.equal(model.findings.length, 0);
          for (const context of block.contexts) {
            for (const offset of targets(context)) {
              const expected = hoverAt(full, offset);
              assert.deepEqual(hoverAt(model, offset), expected, `${path} at ${offset}`);
              if (expected) compared++;
            }
          }
        }
      }
    }
    assert.ok(compared > 500, `${compared} cards compared`);
  });

  it('the whole document assembled model-only gives the same cards as the full analysis', () => {
    const text = readFileSync(join(ROOT, 'examples', 'orders-platform.md'), 'utf8');
    const stored: Array<{ result: ReturnType<typeof analyzeBlock>; pending: number }> = [];
    for (const { slice, blocks } of chunkedSlices(text)) for (const b of blocks) stored.push({ result: analyzeBlock(b.node, slice.source, slice.base), pending: 0 });
    const full = assemble(text, stored);
    const model = assembleModel(text, stored);
    let cards = 0;
    for (const block of full.blocks) {
      for (const context of block.contexts) {
        for (const offset of targets(context)) {
          const expected = hoverAt(full, offset);
          assert.deepEqual(hoverAt(model, offset), expected);
          if (expected) cards++;
        }
      }
    }
    assert.ok(cards > 20, `${cards} cards compared`);
    // And on demand, with the cursor on a service of the example.
    const at = text.indexOf('Amazon SQS') + 3;
    assert.deepEqual(hoverOnDemand(text, at)?.markdown, hoverAt(full, at)?.markdown);
  });
});
