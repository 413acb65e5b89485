/**
 * The guard that turns binary, minified, huge-block and deeply nested texts away
 * (parse/unsupported-text.ts) runs on the language server's thread when a document opens and again
 * before its first hover. Its scans moved from loops over every character to regular expressions
 * (a cold loop over the 434 KB notes cost 0.15 s there): the verdicts and messages must not change.
 * The reference below is the character-loop version they replaced.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { deepestNesting, MAX_LINE_NESTING, MAX_NESTING, mayNestDeeperThan } from '../../server/src/engine/parse/nesting';
import { lineStats, MAX_BLOCK_CHARS, MAX_LINE_CHARS, unsupportedText } from '../../server/src/engine/parse/unsupported-text';

function referenceLongestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    if (i - start > longest) longest = i - start;
    start = i + 1;
  }
  return longest;
}

function referenceLongestBlock(text: string): { chars: number; line: number } {
  let longest = { chars: 0, line: 0 };
  let runStart = -1;
  let runLine = 0;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let blank = true;
    for (let i = start; i < end && blank; i++) blank = /\s/.test(text[i] ?? '');
    if (blank) runStart = -1;
    else {
      if (runStart < 0) {
        runStart = start;
        runLine = line;
      }
      if (end - runStart > longest.chars) longest = { chars: end - runStart, line: runLine };
    }
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
  }
  return longest;
}

/** What unsupportedText said before, for texts that are not binary. */
function reference(text: string): string | undefined {
  const longest = referenceLongestLine(text);
  if (longest > MAX_LINE_CHARS) return `long-line ${longest}`;
  const block = referenceLongestBlock(text);
  if (block.chars > MAX_BLOCK_CHARS) return `long-block ${block.chars} ${block.line}`;
  const nesting = deepestNesting(text);
  if (nesting.depth > MAX_NESTING) return `deep-nesting ${nesting.depth} ${nesting.line}`;
  return undefined;
}

describe('robust: the unsupported-text guard scans with regular expressions, same verdicts', function () {
  this.timeout(120_000);
  const piece = fc.constantFrom('a', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\f', '- ', '> ', '1. ', 'x'.repeat(300), ' '.repeat(70), '\t'.repeat(63), '\t'.repeat(62), '\n\n');
  const texts = fc.array(piece, { maxLength: 400 }).map((parts) => parts.join(''));

  it('the longest line and the longest block equal the character loops', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const stats = lineStats(text);
        assert.equal(stats.longestLine, referenceLongestLine(text));
        assert.deepEqual(stats.longestBlock, referenceLongestBlock(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('long lines, long blocks and deep nesting are still found, with the same figures', () => {
    const cases = [
      `# T\n\n${'a'.repeat(MAX_LINE_CHARS + 5)}\r\nb\n`,
      `intro\n\n${'x y\r\n'.repeat(MAX_BLOCK_CHARS / 4)}\n\nend`,
      `intro\n\n${'x y\r'.repeat(MAX_BLOCK_CHARS / 4 + 3)}\u2028\n\nend`,
      Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
      `a\n${'\t'.repeat(63)}- - - - x\n`,
    ];
    for (const text of cases) {
      const found = unsupportedText(text);
      const expected = reference(text);
      assert.ok(expected, 'the case is one the guard turns away');
      assert.equal(found?.kind, expected.split(' ')[0]);
      const figures = expected.split(' ').slice(1).map(Number);
      for (const [i, n] of figures.entries()) {
        // The message quotes counts with separators and lines 1-based.
        const shown = (i === 1 ? n + 1 : n).toLocaleString('en-US');
        assert.ok(found?.message.includes(shown), `${found?.message} quotes ${shown}`);
      }
    }
    assert.equal(unsupportedText(`a\n${'\t'.repeat(62)}- - - - - - x\n`), undefined);
    assert.equal(reference(`a\n${'\t'.repeat(62)}- - - - - - x\n`), undefined);
  });

  it('mayNestDeeperThan never misses a line deepestNesting puts past the limit', () => {
    const line = fc.tuple(fc.array(fc.constantFrom(' ', '\t'), { maxLength: 80 }), fc.array(fc.constantFrom('- ', '> ', '* ', '1. ', ' '), { maxLength: 12 }), fc.constantFrom('x', '', 'item'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.integer({ min: MAX_LINE_NESTING, max: 140 }), (lines, eol, depth) => {
        const text = lines.map(([ws, markers, rest]) => ws.join('') + markers.join('') + rest).join(eol);
        if (deepestNesting(text).depth > depth) assert.ok(mayNestDeeperThan(text, depth), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});
