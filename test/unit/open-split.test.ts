/**
 * Where a big first analysis splits between the two analysis workers (server/src/lsp/open-split.ts):
 * near the middle, at a line after a blank line after a plain paragraph or heading, never inside a
 * code fence, nothing for a small text or one of lists only. Whether a split holds is checked by the
 * worker against its parse (test/unit/protocol-first-analysis.test.ts).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPLIT_MIN_CHARS, splitPoint } from '../../server/src/lsp/open-split';

const notes = readFileSync(join(__dirname, '..', '..', 'bench', 'fixtures', 'notes.md'), 'utf8');
const repeatTo = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length));
const paragraphs = (chars: number): string => repeatTo('The VPC is 10.0.0.0/16 and the queue is SQS.\n\n', chars);

/** The block before the blank line(s) before `at`: its lines. */
function blockBefore(text: string, at: number): string[] {
  const before = text.slice(0, at).replace(/(?:[ \t]*\r?\n)+$/, '');
  const start = Math.max(before.lastIndexOf('\n\n'), before.lastIndexOf('\n\r\n'));
  return before.slice(start + 1).split(/\r?\n/).filter((l) => l.trim() !== '');
}

describe('open-split: where two workers split a first analysis', () => {
  it('splits the notes near the middle, after a blank line after a plain paragraph', () => {
    const split = splitPoint(notes);
    assert.ok(split);
    assert.ok(Math.abs(split.next - notes.length / 2) < notes.length * 0.2, `${split.next} of ${notes.length}`);
    assert.ok(/\n[ \t]*\r?\n$/.test(notes.slice(0, split.next)), 'a blank line before the split');
    assert.doesNotMatch(notes.slice(split.next, split.to), /^[ \t]|[\r\n]/);
    assert.ok(split.to === notes.length || /[\r\n]/.test(notes[split.to] ?? ''), 'the first part ends at the end of that line');
    for (const line of blockBefore(notes, split.next)) assert.match(line, /^(?:[A-Za-z]|\*\*|#{1,6}[ \t])/);
  });

  it('does not split a small text, nor one of list items only', () => {
    assert.equal(splitPoint(paragraphs(SPLIT_MIN_CHARS - 100)), undefined);
    assert.equal(splitPoint(repeatTo('- The VPC is 10.0.0.0/16.\n  - a subnet is 10.0.1.0/24\n\n', SPLIT_MIN_CHARS * 2)), undefined);
  });

  it('never splits inside a code fence (backticks or tildes, closed by a longer fence)', () => {
    const inside = repeatTo('A line of text\n\nanother\n\n', SPLIT_MIN_CHARS);
    for (const text of [
      `${paragraphs(SPLIT_MIN_CHARS)}\`\`\`\`md\n${inside}\`\`\`\n${inside}\`\`\`\`\`\n\nAfter the fence.\n\nThe next paragraph.\n`,
      `${paragraphs(SPLIT_MIN_CHARS)}~~~\n${inside}${inside}`,
    ]) {
      const split = splitPoint(text);
      if (!split) continue;
      const fenceOpen = text.search(/^(?:````md|~~~)$/m);
      const fenceClose = text.search(/^`````$/m);
      assert.ok(split.next < fenceOpen || (fenceClose > 0 && split.next > fenceClose), `split at ${split.next} inside the fence ${fenceOpen}..${fenceClose}`);
    }
  });

  it('splits CRLF text at a line start, the first part ending before the CR', () => {
    const text = paragraphs(SPLIT_MIN_CHARS * 2).replace(/\n/g, '\r\n');
    const split = splitPoint(text);
    assert.ok(split);
    assert.equal(text.slice(split.next, split.to), 'The VPC is 10.0.0.0/16 and the queue is SQS.');
    assert.equal(text.slice(split.next - 4, split.next), '.\r\n\r\n'.slice(1));
  });

  it('takes the engine\'s rule for a clean start: no part opens with a byte order mark', () => {
    // A fresh parser drops a BOM at its start (engine/parse/slices.ts, canStartAt): a part opening
    // with one would not parse as the whole document does, and the worker's check would refuse it.
    // The middle falls in the first paragraph; the first clean-looking line after it opens with a BOM.
    const half = paragraphs(SPLIT_MIN_CHARS);
    const middle = `${repeatTo('Words around the middle of the text. ', 200).trim()}\n\nA plain paragraph before it.\n\n`;
    const text = `${half}${middle}\ufeffThe VPC is 10.1.0.0/16 after a BOM.\n\n${half}`;
    const bom = text.indexOf('\ufeff');
    assert.ok(text.length / 2 > half.length && text.length / 2 < half.length + middle.indexOf('\n'), 'the middle is in the first paragraph');
    const split = splitPoint(text);
    assert.ok(split);
    assert.notEqual(split.next, bom);
    assert.ok(split.next > bom, 'the next clean line after it');
  });
});
