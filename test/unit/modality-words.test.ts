import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';
import { assertionsOf } from '../../server/src/engine/assertions/quantity';

/** The modality of each quantity assertion in `text`. */
function modalities(text: string): string[] {
  return analyzeText(text).model.contexts.flatMap((c) => assertionsOf(c).map((a) => a.modality));
}

describe('modality: a maximum word before a long attribute name', () => {
  it('reads "the maximum <five words> is" as a maximum', () => {
    assert.deepEqual(modalities('The maximum Step Functions standard workflow duration is 90 days.'), ['maximum']);
    assert.deepEqual(modalities('The maximum SQS message retention is 14 days.'), ['maximum']);
  });
  it('does not read a value far from its maximum word as one', () => {
    assert.deepEqual(modalities('The SQS message retention is 14 days.'), ['stated']);
  });

  it('reads an opening reason clause of a question as presupposed, the question itself as asked', () => {
    assert.deepEqual(modalities('Since the native SQS message size limit is 256 KB, how should they send 2 GB?'), ['maximum', 'question']);
    assert.deepEqual(modalities('Is the SQS message size limit 256 KB?'), ['question']);
    assert.deepEqual(modalities('How should they send messages if the SQS message size limit is 256 KB?'), ['question']);
  });
});
