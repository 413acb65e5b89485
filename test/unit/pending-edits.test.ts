import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';
import { PendingEdits } from '../../server/src/lsp/pending-edits';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('PendingEdits (positions between the analysed text and the current one)', () => {
  it('maps offsets before, after and between edits, and refuses offsets in or next to one', () => {
    const pending = new PendingEdits();
    // "The VPC is 10.0.0.0/15." → "Our The VPC is 10.0.0.0/15." → "Our The VPC is 10.0.0.0/15.!"
    pending.push({ start: 0, end: 0, text: 'Our ' });
    pending.push({ start: 27, end: 27, text: '!' });
    assert.equal(pending.toAnalyzed(15), 11); // the "1" of 10.0.0.0/15
    assert.deepEqual(pending.toCurrent(11, 22), { start: 15, end: 26 });
    assert.equal(pending.toAnalyzed(2), undefined); // inside the inserted "Our "
    assert.equal(pending.toAnalyzed(26), 22); // the "."
    assert.equal(pending.toAnalyzed(27), undefined); // the inserted "!"
    assert.equal(pending.toCurrent(0, 3), undefined); // "The" touches the insertion
    assert.equal(pending.toCurrent(20, 23), undefined); // "15." touches the inserted "!"
  });

  it('is empty after clear, and gives up after too many edits', () => {
    const pending = new PendingEdits();
    assert.equal(pending.empty, true);
    pending.push({ start: 1, end: 1, text: 'x' });
    assert.equal(pending.empty, false);
    pending.clear();
    assert.equal(pending.empty, true);
    for (let i = 0; i < 1000; i++) pending.push({ start: 0, end: 0, text: 'x' });
    assert.equal(pending.empty, false);
    assert.equal(pending.toAnalyzed(5000), undefined);
    assert.equal(pending.toCurrent(0, 1), undefined);
  });

  it('every mapped offset and span shows the same text in both versions, over random edits', () => {
    const next = random(20261127);
    let mapped = 0;
    for (let round = 0; round < 300; round++) {
      const original = Array.from({ length: 20 + Math.floor(next() * 200) }, () => 'abcdefghij \n'[Math.floor(next() * 12)]).join('');
      let text = original;
      const pending = new PendingEdits();
      const edits = 1 + Math.floor(next() * 6);
      for (let i = 0; i < edits; i++) {
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(next() * 4));
        const inserted = 'XYZ'.slice(0, Math.floor(next() * 4));
        pending.push({ start, end, text: inserted });
        text = text.slice(0, start) + inserted + text.slice(end);
      }
      for (let offset = 0; offset < text.length; offset++) {
        const old = pending.toAnalyzed(offset);
        if (old === undefined) continue;
        mapped++;
        assert.equal(original[old], text[offset], `round ${round}: offset ${offset} → ${old}`);
      }
      for (let k = 0; k < 50; k++) {
        const s = Math.floor(next() * original.length);
        const e = Math.min(original.length, s + Math.floor(next() * 8));
        const span = pending.toCurrent(s, e);
        if (!span) continue;
        mapped++;
        assert.equal(text.slice(span.start, span.end), original.slice(s, e), `round ${round}: span ${s}..${e}`);
      }
    }
    assert.ok(mapped > 10000, `only ${mapped} offsets and spans mapped`);
  });
});

describe('PendingEdits with the engine: a hover read through the edits equals a fresh analysis', () => {
  it('on design docs after random edits, every mapped hover has the range a fresh analysis gives', () => {
    const dir = join(__dirname, '..', 'fixtures', 'rules', 'bad');
    const docs = [join(__dirname, '..', '..', 'examples', 'orders-platform.md'), ...readdirSync(dir).map((f) => join(dir, f))];
    const next = random(4242);
    let compared = 0;
    for (const path of docs) {
      const original = readFileSync(path, 'utf8');
      for (let round = 0; round < 6; round++) {
        const analyzed = analyzeText(original);
        const pending = new PendingEdits();
        let text = original;
        for (let i = 0; i < 1 + Math.floor(next() * 3); i++) {
          const start = Math.floor(next() * (text.length + 1));
          const end = Math.min(text.length, start + Math.floor(next() * 3));
          const inserted = ['', 'x', ' ', 'word ', '\n'][Math.floor(next() * 5)] ?? '';
          pending.push({ start, end, text: inserted });
          text = text.slice(0, start) + inserted + text.slice(end);
        }
        const fresh = analyzeText(text);
        for (let k = 0; k < 60; k++) {
          const offset = Math.floor(next() * text.length);
          const old = pending.toAnalyzed(offset);
          if (old === undefined) continue;
          const lagging = hoverAt(analyzed, old);
          const span = lagging && pending.toCurrent(lagging.start, lagging.end);
          if (!lagging || !span) continue;
          const now = hoverAt(fresh, offset);
          if (!now) continue; // an edit elsewhere can change what the text means (e.g. a sentence's subject)
          compared++;
          assert.deepEqual(span, { start: now.start, end: now.end }, `${path} round ${round}: offset ${offset}, ${JSON.stringify(text.slice(now.start, now.end))}`);
        }
      }
    }
    assert.ok(compared > 100, `only ${compared} hovers compared`);
  });
});
