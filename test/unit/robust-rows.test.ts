/**
 * Long runs of plain table rows, one-line list items and paragraph lines are split by the engine (parse/row-runs.ts),
 * not by micromark (issue 16: 0.3–0.6 ms of parser per row). The tree must be exactly the parser's:
 * every node, offset, line, column and text value, whatever surrounds the run (fences, HTML blocks,
 * quotes, paragraphs, indented lines, BOM, CRLF and CR), checked against `parseMarkdown(text, false)`.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeText } from '../../server/src/engine/analyze';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { findRowRuns, MIN_RUN_LINES } from '../../server/src/engine/parse/row-runs';

const pick = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

const anyCell = fc.array(pick('a', '1', ' ', 'x y', '-', ':', '\\', '`', '<', '&', '\t', '10.0.0.0/16', '*', '[', ']', '!', 'é', '😀'), { maxLength: 4 }).map((a) => a.join(''));
const anyRow = fc
  .tuple(fc.array(anyCell, { maxLength: 4 }), fc.boolean(), pick('', ' ', '  ', '\t'), fc.nat(20))
  .map(([cells, close, trail, odd]) => (odd === 0 ? '|' : odd === 1 ? '||' : odd === 2 ? '| |' : '|' + cells.join('|') + (close ? '|' : '') + trail));
const plainCell = fc.array(pick('a', '1', ' ', 'x y', '-', ':', '10.0.0.0/16', '*', '[', '!', 'é', '😀', ''), { maxLength: 3 }).map((a) => a.join(''));
const plainRow = fc
  .tuple(fc.array(plainCell, { minLength: 1, maxLength: 4 }), fc.boolean(), pick('', '', ' ', '  '))
  .map(([cells, close, trail]) => '|' + cells.join('|') + (close ? '|' : '') + trail)
  .filter((row) => /[^| ]/.test(row));
const delimiter = pick('| --- |', '| - | - |', '|:-|-:|', '| --- | --- | --- |', '|---|', '| a |');
const anyItem = fc
  .tuple(pick('-', '-', '*', '+'), pick(' ', ' ', '  ', ''), fc.array(pick('a', 'vpc', '1', '10.0.0.0/16', '1.', '1)', ' ', '-', '#', '<', '`', '|', '\\', '&', '*', 'b c', '\t'), { maxLength: 4 }), pick('', '', ' '))
  .map(([marker, space, content, trail]) => marker + space + content.join('') + trail);
const otherLine = pick('', '', '', '  ', 'text', '   indented', '    code', '```', '~~~', '> quote', '> | a |', '<div>', '</div>', '<!-- x', '-->', '# h', '1. x', '---', '===', '[^a]: b', '  - nested', '  more', 'a | b', '| a |', '- a', '\t- x');
const runLength = { minLength: MIN_RUN_LINES - 2, maxLength: 3 * MIN_RUN_LINES };

const block = fc.oneof(
  fc.tuple(anyRow, delimiter, fc.array(fc.oneof({ weight: 60, arbitrary: plainRow }, { weight: 1, arbitrary: anyRow }, { weight: 1, arbitrary: otherLine }), runLength)).map(([head, delim, rows]) => [head, delim, ...rows]),
  fc
    .tuple(pick('-', '*', '+'), fc.array(fc.oneof({ weight: 40, arbitrary: pick('a', 'vpc 10.0.0.0/16', '1 b', '10.1.2.0/24 is | the *VPC* [x]') }, { weight: 1, arbitrary: anyItem }, { weight: 1, arbitrary: otherLine }), runLength))
    .map(([marker, lines]) => lines.map((line) => (/^[a-z0-9]/.test(line) ? `${marker} ${line}` : line))),
  fc.array(
    fc.oneof(
      { weight: 40, arbitrary: pick('10.1.2.0/24', 'The subnet uses port 5432 and 10.0.1.0/24 in VPC', 'a', '1 b *c* [d] !e | f', 'x -- y') },
      { weight: 1, arbitrary: otherLine },
      // Lines that end an inline construct opened earlier, interrupt, break or escape.
      { weight: 1, arbitrary: pick('a -->', 'b <!-- c', 'd > e', 'f `g', '1. h', 'i  ', '  j', 'k\\', 'l &amp;', '<x>', 'é') },
    ),
    runLength,
  ).map((lines) => [...lines, '']),
  fc.array(otherLine, { minLength: 1, maxLength: 4 }),
);
// Small blocks between blank lines (quotes, headings, one-line paragraphs, a few items of one bullet), with
// look-alikes that read otherwise (a closing #, a list in a quote, an indented or lazy line, two blank lines).
const smallBlock = fc.oneof(
  { weight: 30, arbitrary: pick('> a', '>b', '> vpc 10.0.0.0/16', '# h', '## Sub title', '###### deep', 'text here', 'p 1 of *x*', '- a', '* b', '+ c') },
  { weight: 10, arbitrary: fc.tuple(pick('-', '*'), fc.array(pick('a', 'vpc 10.0.0.0/16'), { minLength: 1, maxLength: 3 })).map(([m, items]) => items.map((i) => `${m} ${i}`).join('\n')) },
  { weight: 1, arbitrary: pick('# a #', '#a', '####### seven', '>  b', '> 1. x', '> - x', '> a  ', '  indented', '    code', '1. x', '- a  ', '> `x`', '# <b>', 'a\nlazy', '> a\ncontinued', '# h\ntext', '```', '<!--', '[a]: b', '---', '===') },
  { weight: 1, arbitrary: anyItem },
);
const smallBlocks = fc
  .array(fc.tuple(smallBlock, fc.oneof({ weight: 20, arbitrary: fc.constant(['']) }, { weight: 1, arbitrary: pick([], ['', ''], ['  ']) })), { minLength: MIN_RUN_LINES - 2, maxLength: 3 * MIN_RUN_LINES })
  .map((pairs) => pairs.flatMap(([b, gap]) => [...b.split('\n'), ...gap]));

const documents = fc
  .tuple(fc.array(fc.oneof(block, smallBlocks), { minLength: 1, maxLength: 5 }), pick('\n', '\n', '\r\n', '\r'), fc.boolean(), fc.boolean())
  .map(([blocks, eol, bom, finalEol]) => (bom ? '\ufeff' : '') + blocks.flat().join(eol) + (finalEol ? eol : ''));

const table = (rows: number): string => `| Name | CIDR |\n| --- | --- |\n${Array.from({ length: rows }, (_, r) => `| svc-${r} | 10.${r % 250}.0.0/16 |\n`).join('')}`;
const list = (items: number): string => Array.from({ length: items }, (_, r) => `- 10.${r % 250}.0.0/16 vpc-${r}\n`).join('');

describe('row runs: long plain tables and lists split without micromark', () => {
  it('give exactly the parser tree around fences, HTML, quotes, paragraphs, BOM and line endings', function () {
    this.timeout(300_000);
    let withRuns = 0;
    fc.assert(
      fc.property(documents, (text) => {
        if (findRowRuns(text).length > 0) withRuns++;
        const fast = parseMarkdown(text);
        const reference = parseMarkdown(text, false);
        // JSON first (deepEqual on every document is slow); deepEqual for the message.
        if (JSON.stringify(fast) !== JSON.stringify(reference)) assert.deepEqual(fast, reference);
      }),
      { numRuns: 150, seed: 20261207 },
    );
    // The property is only worth something if the fast path ran.
    assert.ok(withRuns > 15, `documents with a run: ${withRuns}`);
  });

  it('finds the runs of a long table and a long list, and not those inside a fence or an HTML block', () => {
    assert.deepEqual(findRowRuns(table(40)).map((run) => [run.kind, run.rest.length]), [['table', 39]]);
    assert.deepEqual(findRowRuns(list(40)).map((run) => [run.kind, run.rest.length]), [['list', 39]]);
    // Each has a run by its lines alone; the parser's tree decides (a fence, an HTML block, a paragraph).
    for (const text of ['```\n' + table(40) + '\n```\n', '<div>\n' + table(40), '<!--\n' + list(40) + '\n-->\n', '> x\n' + list(40), 'text\n' + table(40), '    code\n' + list(40)]) {
      assert.equal(findRowRuns(text).length, 1, JSON.stringify(text.slice(0, 12)));
      assert.deepEqual(parseMarkdown(text), parseMarkdown(text, false), JSON.stringify(text.slice(0, 12)));
    }
  });

  it('adds the lines of a long paragraph to its text, and leaves one that may close inline HTML alone', () => {
    const lines = Array.from({ length: 40 }, (_, r) => `10.${r}.0.0/16`).join('\n');
    const paragraph = findRowRuns(`Intro <!-- x\n${lines}\n`);
    assert.deepEqual(paragraph.map((run) => [run.kind, run.rest.length]), [['paragraph', 39]]);
    for (const text of [`Intro\n${lines}\n`, `Intro <!-- x\n${lines}\n`, `Intro <!-- x\n${lines}\nend -->\n`, `> quote\n${lines}\n`, `- item\n${lines}\n`]) {
      assert.deepEqual(parseMarkdown(text), parseMarkdown(text, false), JSON.stringify(text.slice(0, 14)));
    }
    assert.deepEqual(findRowRuns(`${lines}\nend -->\n`), [], 'a line with > ends the run, and the run must end at a blank line');
  });

  it('leaves a run alone when what follows could continue it (a lazy line, an indented paragraph)', () => {
    assert.deepEqual(findRowRuns(list(40) + 'lazy continuation\n'), []);
    assert.deepEqual(findRowRuns(list(40) + '\n  second paragraph of the last item\n'), []);
    assert.deepEqual(findRowRuns(table(40) + 'x | y\n'), []);
    assert.equal(findRowRuns(list(40) + '\nNext paragraph\n').length, 1);
  });

  it('builds runs of small blocks between blank lines (quotes, headings, paragraphs, items) as the parser reads them', () => {
    const units = ['> a\n\n>b\n\n', '- a\n\n', '- a\n- b\n\n* c\n\n', '# a\n\ntext\n\n', '###### deep\n\n- x\n\n> q\n\n'];
    for (const unit of units) {
      const text = `Intro\n\n${unit.repeat(40)}The VPC 10.0.0.0/16\n`;
      assert.deepEqual(findRowRuns(text).map((run) => run.kind), ['blocks'], JSON.stringify(unit));
      assert.deepEqual(parseMarkdown(text), parseMarkdown(text, false), JSON.stringify(unit));
    }
    // What follows continues a list of the run (an item of another form, an indented line): no run, or a shorter one.
    for (const after of ['- `code` item\n', '  indented\n', '1. ordered\n']) {
      const text = `${'- a\n\n'.repeat(40)}${after}`;
      assert.deepEqual(parseMarkdown(text), parseMarkdown(text, false), JSON.stringify(after));
    }
  });

  it('a long table and list give one context per row and item', () => {
    const text = `# Network\n\n${table(300)}\n${list(300)}\nThe VPC 10.0.0.0/16 peers with 10.0.0.0/8.\n`;
    assert.ok(findRowRuns(text).length === 2);
    const fast = analyzeText(text);
    assert.ok(fast.findings.length > 0);
    const contexts = fast.blocks.flatMap((b) => b.contexts.map((c) => [c.kind, c.start, c.end, c.cells?.map((cell) => [cell.start, cell.end])]));
    assert.equal(contexts.length, 1 + 301 + 300 + 1);
    assert.deepEqual(parseMarkdown(text), parseMarkdown(text, false));
  });
});
