/**
 * Hostile input (issue 16, probe report D1–D16): deep nesting, inputs that made a regex backtrack,
 * CLI reads and writes in untrusted trees, escaping of names and text in the output. Each test uses
 * its own input, built to trip the defect it guards against when the defect comes back.
 */
import { strict as assert } from 'node:assert';
import type { Nodes, RootContent } from 'mdast';
import { analyzeText } from '../../server/src/engine/analyze';
import { contextsOfBlock } from '../../server/src/engine/contexts';
import { unsupportedText } from '../../server/src/engine/guard';
import { deepestNesting, flattenDeepNesting, MAX_LINE_NESTING, MAX_NESTING } from '../../server/src/engine/nesting';
import { parseMarkdown } from '../../server/src/engine/parse';

/** Every node type in the parse of `text`. */
function nodeTypes(text: string): Set<string> {
  const types = new Set<string>();
  const stack: Nodes[] = [parseMarkdown(text)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    types.add(node.type);
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return types;
}

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

  for (const [name, text] of [
    ['3,000 nested bullets on one line', '- '.repeat(3000) + 'The VPC is 10.0.0.0/8.\n'],
    ['6,000 block-quote markers', '>'.repeat(6000) + ' x\n'],
    ['2,500 ordered items on one line', '1. '.repeat(2500) + 'x\n'],
    ['quotes and lists alternating 1,500 times', '> - 2) '.repeat(1500) + 'x\n'],
  ] as const) {
    it(`analyzeText survives ${name}`, () => {
      assert.doesNotThrow(() => analyzeText(text));
    });
  }

  it('lines nesting past the cap are flattened in place (same length, shallower tree)', () => {
    const deep = '- '.repeat(MAX_LINE_NESTING + 10) + 'x\n';
    const flat = flattenDeepNesting(deep);
    assert.equal(flat.length, deep.length);
    assert.equal(flat.slice(0, 2 * MAX_LINE_NESTING), deep.slice(0, 2 * MAX_LINE_NESTING));
    assert.match(flat.slice(2 * MAX_LINE_NESTING), /^ +x\n$/);
    const ordinary = '> - 1. nested a little\n\n- a\n  - b\n';
    assert.equal(flattenDeepNesting(ordinary), ordinary);
  });

  it('a finding on a line after deep nesting keeps its position', () => {
    const text = '- '.repeat(500) + 'x\n\nThe VPC is 10.0.0.0/8.\n';
    const finding = analyzeText(text).findings.find((f) => f.ruleId === 'vpc-cidr-size');
    assert.equal(finding && text.slice(finding.start, finding.end).includes('10.0.0.0/8'), true);
  });

  it('nesting built over many lines (deeper indentation each line) is skipped with a note', () => {
    const stair = Array.from({ length: MAX_NESTING + 20 }, (_, i) => '  '.repeat(i) + '- item').join('\n');
    assert.ok(deepestNesting(stair).depth > MAX_NESTING);
    assert.equal(unsupportedText(stair)?.kind, 'deep-nesting');
    const usual = Array.from({ length: 6 }, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n\n```\n' + ' '.repeat(120) + '+----+\n```\n';
    assert.equal(unsupportedText(usual), undefined);
  });
});

describe('robust: inline syntax the engine does not read is not parsed', () => {
  // Emphasis, link labels, footnote calls and autolink literals are super-linear in micromark and
  // remark-gfm on hostile text (24 KB of nested emphasis: 24 s). Without them these parse at once;
  // with them back, each would take seconds to minutes and fail by timeout.
  for (const [name, text] of [
    ['nested emphasis', '*a '.repeat(20000) + 'x' + ' b*'.repeat(20000)],
    ['nested link labels', '['.repeat(20000) + 'x' + '](u)'.repeat(20000)],
    ['unmatched closing brackets', 'a]'.repeat(30000)],
  ] as const) {
    it(`${name} (${Math.round(text.length / 1024)} KB on one line) is plain text`, () => {
      const types = nodeTypes(text + '\n');
      for (const type of ['emphasis', 'link', 'footnoteReference']) assert.ok(!types.has(type), type);
    });
  }

  it('what the engine reads is still parsed: tables, footnote definitions, inline HTML comments, code spans', () => {
    const text = 'A `<!-- not html -->` span and <!-- archnotes-disable-line x -->.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^n]: The VPC is 10.0.0.0/8.\n';
    const types = nodeTypes(text);
    for (const type of ['table', 'tableCell', 'footnoteDefinition', 'html', 'inlineCode']) assert.ok(types.has(type), type);
    assert.ok(analyzeText(text).findings.some((f) => f.ruleId === 'vpc-cidr-size'), 'a footnote is analysed');
  });
});

describe('robust: line guard (D16)', () => {
  it('a classic-Mac file (CR line ends only) over 64 KB is not taken for one long line', () => {
    const text = 'The VPC is 10.0.0.0/16.\r'.repeat(4000);
    assert.equal(unsupportedText(text), undefined);
    assert.equal(unsupportedText('x'.repeat(70000))?.kind, 'long-line');
  });
});
