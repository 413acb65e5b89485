/**
 * Inputs that were slow without a regex in sight (issue 16, docs/reliability.md): runs of unclosed
 * `<!--` (micromark scanned to the end of the paragraph from each), lines of 30 nested list markers,
 * and long tables. Each must cost about four times as much at four times the size: the CPU time of the
 * bigger input is compared with the smaller one's (best of three interleaved runs each, measured again
 * once before failing), with a ratio generous enough for a loaded machine (linear is 4, quadratic 16),
 * and so are the characters regexes scanned (exact: a regex over the whole paragraph per mention).
 * Absolute times go to docs/reliability.md.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { analyzeText, analyzeWhole } from '../../server/src/engine/analyze';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { neutraliseUnclosedComments } from '../../server/src/engine/parse/html-comments';
import { MAX_LINE_NESTING } from '../../server/src/engine/parse/nesting';
import { chunkedSlices, parseSlice, restartAfter } from '../../server/src/engine/parse/slices';
import { findContainers } from '../../server/src/engine/model/cidr-structure';
import type { NetworkBlock } from '../../server/src/engine/model/document-model';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

/**
 * Linear is 4 and quadratic 16 (the unclosed-comment runs measured 21 before their fix); a bigger
 * heap costs more garbage collection, so linear work measures 4.5–6 at these sizes. CPU time is the
 * coarse net (a loaded machine still moves it: CI once read 81 → 985 ms for a mildly quadratic case);
 * the regex scans counted below are the exact one.
 */
const MAX_RATIO = 12;

/**
 * Characters that regexes scanned from the start of their input while `run` ran: every `exec` (which
 * `test`, `match`, `matchAll`, `replace`, `split` and `search` go through once the prototype's `exec` is
 * replaced) of a non-sticky regex from index 0 counts the input's length. A guard that tests the whole
 * paragraph again for each of its N mentions scans N² characters; linear work scans a bounded number of
 * times per character. Deterministic: load cannot move it.
 */
function regexScanned(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let scanned = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string): RegExpExecArray | null {
    if (!this.sticky && (!this.global || this.lastIndex === 0)) scanned += String(input).length;
    return exec.call(this, input);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return scanned;
}

/** Linear scans grow 4.0× for 4× the text (measured on every case here); a scan per mention 16×. */
const MAX_SCAN_RATIO = 6;

/** CPU milliseconds of one run (process CPU: a loaded machine stretches wall time, far less CPU time). */
function cpuMsOf(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * The best of three interleaved runs of each size: a burst of load (another test process, the GC of a
 * neighbour) then lands on both sizes alike instead of on the bigger one alone.
 */
function bestOf(runs: number, small: () => void, big: () => void): [number, number] {
  let a = Number.POSITIVE_INFINITY;
  let b = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    a = Math.min(a, cpuMsOf(small));
    b = Math.min(b, cpuMsOf(big));
  }
  return [a, b];
}

function assertLinear(name: string, build: (chars: number) => string, run: (text: string) => void): void {
  const scanSmall = regexScanned(() => run(build(20_000)));
  const scanBig = regexScanned(() => run(build(80_000)));
  assert.ok(scanBig / Math.max(scanSmall, 1) < MAX_SCAN_RATIO, `${name}: regexes scanned ${scanSmall} → ${scanBig} characters for 4× the text`);
  // Both past the sizes a young GC generation absorbs (20 KB measured 8× less than 80 KB).
  const small = build(40_000);
  const big = build(160_000);
  run(small); // warm-up: compile what the first run would otherwise pay
  let [a, b] = bestOf(3, () => run(small), () => run(big));
  // Over the bound once: measure again before failing (super-linear work is over it every time).
  if (b / Math.max(a, 1) >= MAX_RATIO) [a, b] = bestOf(3, () => run(small), () => run(big));
  if (process.env['ARCHNOTES_LINEAR_TIMES']) process.stdout.write(`      ${name}: ${small.length} chars ${a.toFixed(0)} ms, ${big.length} chars ${b.toFixed(0)} ms; regexes scanned ${scanSmall} → ${scanBig}\n`);
  assert.ok(b / Math.max(a, 1) < MAX_RATIO, `${name}: ${a.toFixed(0)} ms → ${b.toFixed(0)} ms for 4× the text`);
}

const repeatTo = (unit: string, chars: number, head = ''): string => head + unit.repeat(Math.ceil(chars / unit.length));

/** Every node's type and offsets, in document order. */
function shape(text: string, parse: (text: string) => Nodes): string[] {
  const out: string[] = [];
  const stack: Nodes[] = [parse(text)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(`${node.type}@${node.position?.start.offset}-${node.position?.end.offset}`);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return out;
}

describe('robust: unclosed HTML comments are parsed in linear time', function () {
  this.timeout(120_000);

  it('a paragraph of unclosed "<!--" (was quadratic: 50 KB 2.2 s, 100 KB 7.8 s of CPU)', () => {
    assertLinear('paragraph', (n) => repeatTo('x <!-- archnotes-disable vpc-cidr-size <!-- archnotes-disable vpc-cidr-size\n', n), (text) => parseMarkdown(text));
    assertLinear('one line', (n) => repeatTo('<!-- archnotes-disable vpc-cidr-size ', Math.min(n / 2, 60_000), 'x '), (text) => parseMarkdown(text));
  });

  it('only comments that cannot close are touched, and the parse is the same as without', () => {
    // The same micromark setup without the rewrite: remark-parse with the engine's markdown module's
    // constructs would be ideal; plain CommonMark shows the rewrite is invisible to the tree.
    const plain = unified().use(remarkParse);
    const parsePlain = (text: string): Nodes => plain.parse(text) as Nodes;
    const token = fc.constantFrom('<!--', '-->', '<!-->', 'x', 'word ', ' ', '\n', '\n\n', '- ', '> ', '1. ', '`', '    ', '<', '!', '-', '>');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = tokens.join('');
        const rewritten = neutraliseUnclosedComments(text);
        assert.equal(rewritten.length, text.length);
        assert.deepEqual(shape(rewritten, parsePlain), shape(text, parsePlain), JSON.stringify(text));
      }),
      { seed: 1606, numRuns: 3000 },
    );
    assert.equal(neutraliseUnclosedComments('a <!-- b --> c <!-- d'), 'a <!-- b --> c x!-- d');
    assert.equal(neutraliseUnclosedComments('<!-- block start\n\npara <!-- x'), '<!-- block start\n\npara x!-- x', 'a block start is left alone');
    assert.equal(neutraliseUnclosedComments('a <!-- b\nc --> d'), 'a <!-- b\nc --> d', 'closes on the next line of the paragraph');
    assert.equal(neutraliseUnclosedComments('a <!-- b\n\nc --> d'), 'a x!-- b\n\nc --> d', 'a blank line ends the paragraph first');
  });

  it('suppression comments still work around the rewrite', () => {
    const text = 'x <!-- unclosed\n\n<!-- archnotes-disable-next-line vpc-cidr-size -- reference -->\nThe production VPC uses 10.0.0.0/15.\n';
    assert.deepEqual(analyzeText(text).findings.map((f) => f.ruleId), []);
  });
});

describe('robust: nested lists and tables cost linear time', function () {
  this.timeout(300_000);

  it(`lines of 30 nested list markers (a line keeps ${MAX_LINE_NESTING}; was 5.0 s of CPU for 100 KB)`, () => {
    assertLinear('nested lists', (n) => repeatTo(`${'- '.repeat(30)}x\n`, n), (text) => analyzeText(text));
  });

  it('a table of 4 columns', () => {
    assertLinear('table', (n) => repeatTo('| vpc | 10.0.0.0/16 | 300 seconds | 1 |\n', n, '| a | b | c | d |\n| - | - | - | - |\n'), (text) => analyzeText(text));
  });

  it('a list of short items', () => {
    assertLinear('flat list', (n) => repeatTo('- 10.0.0.0/16 vpc\n', n), (text) => analyzeText(text));
  });

  it('the check itself fails on quadratic work (a regex over the whole paragraph once per line)', () => {
    // The shape of the CIDR case below before its fix: one scan of the whole text for each CIDR.
    const quadratic = (text: string): void => {
      for (let at = 0; at < text.length; at += 12) /\baws\s+ec2\s/.test(text);
    };
    assert.throws(() => assertLinear('quadratic', (n) => repeatTo('10.1.2.0/24\n', n), quadratic), /regexes scanned \d+ → \d+ characters for 4× the text/);
  });

  it('a paragraph of one CIDR repeated (the containment sweep was quadratic in copies: 2 s of 100 KB)', () => {
    assertLinear('one CIDR repeated', (n) => repeatTo('10.1.2.0/24\n', n), (text) => analyzeText(text));
    // Timing alone hides it at these sizes (half the cost is the parse): count the sweep's reads of
    // the CIDRs instead. 4,000 copies of one /24 and one /16 over them in the same paragraph.
    let reads = 0;
    const context = { kind: 'paragraph', start: 0, parents: [] } as unknown as NetworkBlock['context'];
    const block = (address: number, prefix: number): NetworkBlock => {
      const cidr = new Proxy({ address, prefix }, { get: (target, key) => (reads++, target[key as 'address' | 'prefix']) });
      return { cidr, mention: { start: 0, end: 0 }, context, name: '' } as unknown as NetworkBlock;
    };
    const copies = Array.from({ length: 4000 }, () => block(0x0a010200, 24));
    const result = findContainers(copies, [block(0x0a010000, 16)], []);
    assert.equal(result.vpcOf.size, 0, 'same context: not structural');
    assert.ok(reads < 400_000, `${reads} reads of CIDRs for 4,001 blocks (32 million before the fix)`);
  });
});

describe('robust: regexes scan the probe\'s inputs a bounded number of times per character', function () {
  this.timeout(300_000);
  // The shapes of the reliability probe's small-block and long-block inputs (bench/probe.ts). Both sizes
  // past the 32 KB slice: below it a text is parsed once, above it some are parsed twice (widened by
  // doubling), which alone reads as 5.7× from 20 to 80 KB. Measured 40 → 160 → 640 KB: 3.4–4.7×, then 4.0–4.1×.
  const shapes: Array<[string, (n: number) => string]> = [
    ['one-line quotes', (n) => repeatTo('> a\n\n>b\n\n', n)],
    ['lists changing bullet', (n) => repeatTo('- a\n- b\n\n* c\n\n', n)],
    ['a paragraph of 50-character lines', (n) => repeatTo('The subnet uses port 5432 and 10.0.1.0/24 in the VPC\n', n)],
    ['a table with units in its header', (n) => repeatTo('| 5 | 10 GB |\n', n, '| Size (GiB) | Throughput (MB/s) |\n| --- | --- |\n')],
    ['one YAML fence', (n) => '```yaml\n' + repeatTo('key: value # 10.0.0.0/16 port 443\n', n) + '```\n'],
    ['one HCL resource', (n) => '```hcl\nresource "aws_sqs_queue" "q" {\n' + repeatTo('  visibility_timeout_seconds = 300\n', n) + '}\n```\n'],
  ];
  for (const [name, build] of shapes) {
    it(name, () => {
      const small = regexScanned(() => analyzeText(build(40_000)));
      const big = regexScanned(() => analyzeText(build(160_000)));
      assert.ok(big / Math.max(small, 1) < MAX_SCAN_RATIO, `${name}: regexes scanned ${small} → ${big} characters for 4× the text`);
    });
  }
});

describe('robust: a block longer than a slice is parsed about once', function () {
  this.timeout(120_000);
  const KB = 1024;
  /** Characters the cold analysis's slicing parses for `text`, and the blocks it keeps. */
  const sliced = (text: string, chunk: number): { parsed: number; blocks: string[] } => {
    let parsed = 0;
    const blocks: string[] = [];
    const counting: typeof parseSlice = (whole, from, to) => ((parsed += to - from), parseSlice(whole, from, to));
    for (const { blocks: kept } of chunkedSlices(text, chunk, counting)) for (const b of kept) blocks.push(`${b.type}@${b.start}-${b.end}`);
    return { parsed, blocks };
  };
  const whole = (text: string): string[] => parseSlice(text, 0, text.length).blocks.map((b) => `${b.type}@${b.start}-${b.end}`);

  // A 100 KB list or table was parsed at 32 KB, 64 KB and then whole: 2× its size (30-deep list lines 1.1 → 0.75 s of CPU).
  const cases: Array<[string, string, number]> = [
    ['one list of 100 KB', repeatTo('- 10.0.0.0/16 vpc\n', 100 * KB), 1.01],
    ['30-deep list lines', repeatTo(`${'- '.repeat(30)}x\n`, 100 * KB), 1.01],
    ['a table, then paragraphs', repeatTo('| a | 10.0.0.0/16 |\n', 90 * KB, '| h | c |\n| - | - |\n') + '\n' + repeatTo('Some text here.\n\n', 60 * KB), 1.6],
    ['paragraphs, a list, paragraphs', repeatTo('Text.\n\n', 20 * KB) + repeatTo('- item\n', 80 * KB) + '\n' + repeatTo('More.\n\n', 40 * KB), 1.6],
    // Blank lines but never a closed block to start after: widened by doubling, as before.
    ['lists separated by blank lines', repeatTo('- a\n- b\n\n* c\n\n', 100 * KB), 2.1],
    // A quote that ends in a paragraph, then a blank line, is a clean start (was parsed at 32 KB, 64 KB and whole: 2×).
    ['one-line quotes', repeatTo('> a\n\n>b\n\n', 100 * KB), 1.05],
  ];
  for (const [name, text, bound] of cases) {
    it(`${name}: the same blocks as one parse, at most ${bound}× its text parsed`, () => {
      const { parsed, blocks } = sliced(text, 32 * KB);
      assert.deepEqual(blocks, whole(text));
      assert.ok(parsed <= bound * text.length, `${parsed} characters parsed for ${text.length}`);
    });
  }

  it('a slice may start after a quote that ends in a paragraph: the same blocks as one parse', () => {
    // Quotes ending in every kind of block, then what may follow them; the parser keeps its flow across
    // the blank line that closes a quote, so only a quote whose last block is a paragraph counts as closed.
    const inQuote = ['a', 'b text', '- item', '1. one', '    code', '```', '~~~', '<div>', '<!-- c', '| x | y |\n> | - |', '# h', '===', '---', 'para\n> more', 'lazy\nline', '> nested', '', '[ref]: /u', '* ', 'a\\'];
    const after = ['para', '- a', '- ', '-', '2. two', '1)', '    indented', '\tcode', '  - sub', '```', '<div>', '<span>', '<!--', '| a | b |\n| - | - |', '|---|', '===', '---', '> q', '>', '>- a', '[ref]: /u', 'VPC 10.0.0.0/16'];
    const quote = fc.array(fc.constantFrom(...inQuote), { minLength: 1, maxLength: 3 }).map((bodies) => bodies.map((b) => b.split('\n').map((l) => `> ${l}`).join('\n')).join('\n'));
    const block = fc.oneof({ weight: 3, arbitrary: quote }, { weight: 1, arbitrary: fc.constantFrom(...after) });
    const doc = fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n')), { minLength: 2, maxLength: 24 }).map((parts) => parts.map(([b, gap]) => b + gap).join(''));
    fc.assert(
      fc.property(doc, fc.constantFrom(64, 100, 200), (text, chunk) => {
        const blocks: string[] = [];
        for (const { slice, blocks: kept } of chunkedSlices(text, chunk)) {
          for (const b of kept) blocks.push(`${b.type}@${b.start}-${b.end} ${JSON.stringify(b.node, (k, v) => (k === 'offset' ? v + slice.base : k === 'line' ? undefined : v))}`);
        }
        const one = parseSlice(text, 0, text.length).blocks.map((b) => `${b.type}@${b.start}-${b.end} ${JSON.stringify(b.node, (k, v) => (k === 'line' ? undefined : v))}`);
        assert.deepEqual(blocks, one);
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });

  it('restartAfter finds the first non-blank line after a blank one', () => {
    const text = 'a\nb\n\n  \nc\nd\n\ne';
    assert.equal(restartAfter(text, 0), text.indexOf('c'));
    assert.equal(restartAfter(text, text.indexOf('c')), text.indexOf('c'));
    assert.equal(restartAfter(text, text.indexOf('c') + 1), text.indexOf('e'));
    assert.equal(restartAfter('a\r\n\r\nb', 1), 5);
    assert.equal(restartAfter('a\nb', 1), 3);
  });
});

describe('robust: an edit among HTML comments re-parses only its neighbourhood', function () {
  this.timeout(300_000);

  it('a document of suppression comments (every keystroke re-parsed all 100 KB of it)', () => {
    const unit = '<!-- archnotes-disable vpc-cidr-size -->\n\n<!-- archnotes-enable vpc-cidr-size -->\n\nThe VPC is 10.0.0.0/8.\n\n';
    const text = repeatTo(unit, 60_000);
    const analyzer = new IncrementalAnalyzer(text, {});
    const middle = text.indexOf('The VPC', text.length >> 1);
    analyzer.update(`${text.slice(0, middle)}x${text.slice(middle)}`);
    assert.ok(analyzer.stats.parsedChars < 1000, `${analyzer.stats.parsedChars} characters parsed for one keystroke`);
  });

  it('closed and unclosed comments, edited at random, give the whole-document analysis', () => {
    const pieces = ['<!-- archnotes-disable vpc-cidr-size -->\n', '<!-- a\n\nb -->\n', '<!--\n', '-->\n', '<!-->\n', '<!-- x --> tail\n', '\n', '\n\n', 'The VPC is 10.0.0.0/8.\n', '- item 10.0.0.0/8 VPC\n', '    code\n', '<div>\n', '```\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 4, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces, '', 'x')), { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start.join('');
        const analyzer = new IncrementalAnalyzer(text, {});
        for (const [at, insert] of edits) {
          const offset = at % (text.length + 1);
          text = insert === '' ? text.slice(0, offset) + text.slice(offset + 3) : text.slice(0, offset) + insert + text.slice(offset);
          const expected = analyzeWhole(text);
          const actual = analyzer.update(text);
          assert.deepStrictEqual(actual.findings, expected.findings, JSON.stringify(text));
          assert.deepStrictEqual(actual.blocks, expected.blocks, JSON.stringify(text));
        }
      }),
      { seed: 2207, numRuns: 300 },
    );
  });
});
