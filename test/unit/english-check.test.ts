/**
 * isEnglish counts letters without a regex match per character (it runs on every context of a
 * document); it must answer as the regex version it replaced, on real paragraphs and on random text
 * mixing scripts, surrogate pairs, lone surrogates and the Latin-1 signs × and ÷.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isEnglish } from '../../server/src/engine/rules/kit/claims';

const ENGLISH_WORDS = /(?<!\p{L})(?:the|a|an|is|are|was|be|to|of|and|or|in|on|for|with|by|can|cannot|not|no|only|it|its|that|this|from|as|at|when|if|use|uses|has|have|do|does)(?!\p{L})/iu;

const OTHER_LANGUAGE_WORDS =
  /(?<!\p{L})(?:der|die|das|und|ist|nicht|kein|keine|mit|für|auf|dem|ein|eine|wird|werden|sind|les|est|et|pas|une|du|avec|pour|sur|ne|los|las|y|de|con|para|por|una|sin|não|em|com|uma|os|é|và|của|là|không|được|có|trong|il|che|di|sono|het|een|niet|van|zijn)(?!\p{L})/iu;

function reference(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (letters > 0 && latin / letters < 0.7) return false;
  const prose = text.replace(/^[\s*_]*[A-E](?:[.:)]|\s+(?=[^\s:]{1,24}:))\s*/, '');
  const words = prose.match(/[\p{L}'-]+/gu) ?? [];
  return words.length < 6 || ENGLISH_WORDS.test(prose) || (!OTHER_LANGUAGE_WORDS.test(prose) && latin === letters);
}

describe('isEnglish', () => {
  it('reads a leading "A" as an article, an option letter only before a label or with punctuation', () => {
    assert.equal(isEnglish('A Kinesis stream allows one consumer per shard.'), true);
    assert.equal(isEnglish('A sai: Kinesis không tự động mở rộng số shard'), false);
    assert.equal(isEnglish('B. Dùng SQS FIFO để giữ thứ tự tin nhắn'), false);
  });

  it('reads terse English without function words as English, and German or Spanish as not', () => {
    assert.equal(isEnglish('Standard SQS queues preserve message order per customer.'), true);
    assert.equal(isEnglish('Security groups stateful, NACLs stateless, both regional.'), true);
    assert.equal(isEnglish('Standard-Queues von SQS garantieren keine Reihenfolge der Nachrichten.'), false);
    assert.equal(isEnglish('Las colas estándar de SQS entregan mensajes sin orden garantizado.'), false);
  });

  it('answers as the regex version on every paragraph of the notes', () => {
    const notes = readFileSync(join(__dirname, '..', '..', 'bench', 'fixtures', 'notes.md'), 'utf8');
    for (const paragraph of notes.split(/\n\s*\n/)) assert.equal(isEnglish(paragraph), reference(paragraph), paragraph.slice(0, 120));
  });

  it('answers as the regex version on random mixed-script text', () => {
    const pieces = ['the', 'queue', ' ', '-', "'", 'A. ', 'của', 'một', '日本語', 'テキスト', '×', '÷', 'Àé', 'ǅ', '𝒜𝒷', '\ud835', '\udc9c', 'Ωμέγα', 'и', '7', ',', '\n'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.equal(isEnglish(text), reference(text), JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 15 },
    );
  });
});
