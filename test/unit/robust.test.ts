/**
 * Hostile input (issue 16, probe report D1–D16): deep nesting, inputs that made a regex backtrack,
 * CLI reads and writes in untrusted trees, escaping of names and text in the output. Each test uses
 * its own input, built to trip the defect it guards against when the defect comes back.
 */
import { strict as assert } from 'node:assert';
import type { Nodes, RootContent } from 'mdast';
import { contextsOfBlock } from '../../server/src/engine/contexts';

/** A list nested `depth` levels deep, built by hand so the walk is tested apart from the parser. */
function nestedList(depth: number): RootContent {
  let offset = 0;
  const at = (n: number) => ({ start: { line: 1, column: n + 1, offset: n }, end: { line: 1, column: n + 2, offset: n + 1 } });
  let inner: Nodes = { type: 'paragraph', children: [{ type: 'text', value: 'x' }], position: at(2 * depth) };
  for (let level = depth - 1; level >= 0; level--) {
    offset = 2 * level;
    const item: Nodes = { type: 'listItem', spread: false, children: [inner as never], position: at(offset) };
    inner = { type: 'list', ordered: false, spread: false, children: [item], position: at(offset) };
  }
  return inner as RootContent;
}

describe('robust: deep nesting (D2)', () => {
  it('the context walk handles 50,000 nested list levels without recursion', () => {
    const depth = 50_000;
    const source = '- '.repeat(depth) + 'x';
    const contexts = contextsOfBlock(nestedList(depth), source, 0, { next: 0 });
    assert.equal(contexts.length, 1);
    assert.equal(contexts[0]?.text, 'x');
  });
});
