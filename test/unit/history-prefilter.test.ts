/**
 * `saysHistory` (rules/kit/helpers.ts) answers `HISTORY.test` after a cheap necessary condition, the
 * cue. The cue must never reject a text HISTORY accepts: HISTORY's source is pinned here so that a new
 * alternative cannot be added without looking at the cue, and generated texts around every kind of
 * history phrase (case variants, the Unicode case folds ſ and K, years) must get the same answer.
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { HISTORY, saysHistory } from '../../server/src/engine/rules/kit/helpers';

const PHRASES = [
  'previously', 'we used to', 'are used to', 'formerly', 'legacy', 'historically', 'the old limit', 'older design docs',
  'was raised', 'until 2020', 'before November 2024', 'before Sept. 3, 2019', 'if we needed', 'would need', 'deprecated',
  'trước đây', 'trước năm 2020', '이전에는', '예전에는', '과거에는', '以前は', 'かつて', 'früher', 'ehemals', 'bis 2019',
  'autrefois', 'auparavant', "jusqu'en 2018", 'jusqu’en 2018', 'anteriormente', 'antes de 2019', 'antigamente', 'até 2020',
  'in passato', 'prima del 2019', 'back then', 'at the time', 'at that time', 'in those days', 'at launch',
  'In 2017, Lambda could run', 'as of 2019 the limit was', 'by 2020 we had',
];
const NOISE = ['the', 'limit', 'is', 'VPC', '10.0.0.0/16', '2019', 'old', 'hold', 'in', 'by', 'used', 'to', 'ſ', 'K', 'ß', 'İ', ',', '.', ';', '-', 'é', '\n'];

/** Upper-cases, lower-cases or folds (s → ſ, k → K) some letters. */
function vary(text: string, seed: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const r = (seed * 31 + i * 17) % 7;
    out += r === 0 ? c.toUpperCase() : r === 1 && c === 's' ? 'ſ' : r === 2 && c === 'k' ? 'K' : c;
  }
  return out;
}

describe('saysHistory: HISTORY behind a cheap cue', () => {
  it("HISTORY's source is the one the cue was written for (a change here needs the cue checked)", () => {
    const digest = createHash('sha256').update(`${HISTORY.source}/${HISTORY.flags}`).digest('hex');
    assert.equal(digest, '56bd5ded65eed7bae5c8b4cee3060d64bfe497854e189893af420361619dac98', 'HISTORY changed: make sure every alternative contains a word of HISTORY_CUE, then update this digest');
  });

  it('answers as HISTORY does on every history phrase and its variants', () => {
    for (const phrase of PHRASES) {
      for (let seed = 0; seed < 12; seed++) {
        const text = `The queue ${vary(phrase, seed)} 10 seconds.`;
        assert.equal(saysHistory(text), HISTORY.test(text), JSON.stringify(text));
      }
    }
  });

  it('answers as HISTORY does on generated texts', () => {
    const word = fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...NOISE), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.constantFrom(' ', '', '  ', '\t')), { maxLength: 12 }), fc.nat(50), (parts, seed) => {
        const text = vary(parts.map(([w, gap]) => w + gap).join(''), seed);
        assert.equal(saysHistory(text), HISTORY.test(text));
      }),
      { seed: 20261207, numRuns: 3000 },
    );
  });
});
