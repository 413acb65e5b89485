import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditorDocument, lineBreaks } from '../../server/src/lsp/editor-document';
import { LineIndex } from '../../server/src/engine/util/text';
import type { TextChange } from '../../server/src/engine/incremental/analyzer';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const PIECES = ['a', 'bc', ' ', '\n', '\r\n', '\r', '😀', 'é', '10.0.0.0/16', '| x |', ''];

describe('EditorDocument (the server\'s lazily built copy of a document)', () => {
  it('gives the same text, line count, offsets, positions and line ranges as vscode-languageserver-textdocument over random edits', () => {
    const next = random(20261127);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const text = (n: number): string => Array.from({ length: n }, () => pick(PIECES)).join('');
    let checks = 0;
    for (let round = 0; round < 200; round++) {
      const initial = text(Math.floor(next() * 30));
      const reference = TextDocument.create('file:///a.md', 'markdown', 1, initial);
      const ours = new EditorDocument('file:///a.md', 'markdown', 1, initial);
      // Queries may point anywhere; change ranges stay on existing lines, as editors send them (the
      // library leaves holes in its line table for a range on lines past the end).
      const position = (): { line: number; character: number } => ({ line: Math.floor(next() * (reference.lineCount + 2)) - (next() < 0.05 ? 1 : 0), character: Math.floor(next() * 14) - (next() < 0.05 ? 1 : 0) });
      for (let step = 0; step < 40; step++) {
        const version = step + 2;
        const full = next() < 0.04;
        // Each change of a batch applies to the text the previous ones produced: its lines exist there.
        const scratch = TextDocument.create('file:///b.md', 'markdown', 0, reference.getText());
        const batch = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
          const change = full
            ? { text: text(Math.floor(next() * 20)) }
            : {
                range: {
                  start: { line: Math.floor(next() * scratch.lineCount), character: Math.floor(next() * 14) },
                  end: { line: Math.floor(next() * scratch.lineCount), character: Math.floor(next() * 14) },
                },
                text: text(Math.floor(next() * 4)),
              };
          TextDocument.update(scratch, [change], 0);
          return change;
        });
        const recorded: TextChange[] = [];
        TextDocument.update(reference, batch, version);
        ours.update(batch, version, (c) => recorded.push(c));
        assert.equal(recorded.length, batch.length);
        // Reads that do not build the text, then (sometimes) one that does.
        assert.equal(ours.length, reference.getText().length, `round ${round} step ${step}: length`);
        assert.equal(ours.lineCount, reference.lineCount, `round ${round} step ${step}: lineCount`);
        for (let k = 0; k < 6; k++) {
          const p = position();
          assert.equal(ours.offsetAt(p), reference.offsetAt(p), `round ${round} step ${step}: offsetAt ${JSON.stringify(p)}`);
          const o = Math.floor(next() * (reference.getText().length + 3)) - 1;
          assert.deepEqual(ours.positionAt(o), reference.positionAt(o), `round ${round} step ${step}: positionAt ${o}`);
          const line = Math.floor(next() * (reference.lineCount + 2)) - 1;
          assert.deepEqual(ours.getLineRange(line), reference.getLineRange(line), `round ${round} step ${step}: getLineRange ${line}`);
          assert.equal(ours.getEOLCharacters(line), reference.getEOLCharacters(line), `round ${round} step ${step}: getEOLCharacters ${line}`);
          checks++;
        }
        if (next() < 0.3) assert.equal(ours.getText(), reference.getText(), `round ${round} step ${step}: text`);
        assert.equal(ours.version, version);
      }
      assert.equal(ours.getText(), reference.getText(), `round ${round}: final text`);
    }
    assert.ok(checks > 40000, `only ${checks} checks`);
  });

  it('records each change in the coordinates of the text it applies to', () => {
    const doc = new EditorDocument('file:///a.md', 'markdown', 1, 'ab\ncd');
    const seen: TextChange[] = [];
    doc.update(
      [
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'X' },
        { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 0 } }, text: '' },
        { text: 'new' },
      ],
      2,
      (c) => seen.push(c),
    );
    assert.deepEqual(seen, [
      { start: 3, end: 4, text: 'X' },
      { start: 0, end: 2, text: '' },
      { start: 0, end: 3, text: 'new' },
    ]);
    assert.equal(doc.getText(), 'new');
  });

  it('lineBreaks gives the engine\'s LineIndex the line starts and ends it would find itself', () => {
    const next = random(20261208);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const texts = ['', '\n', '\r', '\r\n', '\n\r', '\r\r\n\n', 'a\r', 'a\r\nb', ...Array.from({ length: 300 }, () => Array.from({ length: Math.floor(next() * 40) }, () => pick(PIECES)).join(''))];
    for (const text of texts) {
      const theirs = new LineIndex(text);
      const ours = new LineIndex(text, lineBreaks(text));
      assert.equal(ours.lineCount, theirs.lineCount, JSON.stringify(text));
      for (let line = 0; line < theirs.lineCount; line++) {
        assert.equal(ours.lineStart(line), theirs.lineStart(line), `${JSON.stringify(text)} line ${line}`);
        assert.equal(ours.lineContentEnd(line), theirs.lineContentEnd(line), `${JSON.stringify(text)} line ${line}`);
      }
    }
  });
});
