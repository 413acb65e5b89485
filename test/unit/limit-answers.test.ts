/**
 * A value given as the answer to a question: the question names the subject and the attribute, and
 * a question that asks for a ceiling ("What is the largest …?", "How long … at most?") makes the
 * answer a maximum, in the same paragraph or in the reply below. Questions about the past, about our
 * own workload, and replies that do not answer ("We send 64 KB messages") stay as they are.
 * Texts written for these tests.
 */
import { strict as assert } from 'node:assert';
import { findings } from '../support/rule-at-line';

describe('limits: answers to questions', () => {
  it('an answer in the question\'s paragraph', () => {
    assert.deepEqual(findings('**Q: What is the largest message SQS accepts?**\nA: 256 KB.'), ['sqs-message-size@2']);
  });

  it('an answer in the paragraph below its question', () => {
    assert.deepEqual(findings('# FAQ\n\n**Q:** What is the maximum SQS message size?\n\n**A:** 256 KB.'), ['sqs-message-size@5']);
    assert.deepEqual(findings('# FAQ\n\nQ: How long does Kinesis keep records at most?\n\nA: 7 days.'), ['kinesis-retention@5']);
  });

  it('quiet: past, our own workload, a reply that does not answer, today\'s value', () => {
    assert.deepEqual(findings('Q: What was the SQS maximum before 2025?\nA: 256 KB.'), []);
    assert.deepEqual(findings('# FAQ\n\nQ: How large are our messages in SQS?\n\nA: 300 KB on average.'), []);
    assert.deepEqual(findings('# FAQ\n\nQ: What is the largest message SQS accepts?\n\nWe send 64 KB messages.'), []);
    assert.deepEqual(findings('**Q: What is the largest message SQS accepts?**\nA: 1 MiB.'), []);
  });

  it('a reply that is only the value, on the question\'s line, bold or plain', () => {
    assert.deepEqual(findings('**Q4.5 — Maximum Lambda memory?** 3 GB.'), ['lambda-memory@1']);
    assert.deepEqual(findings('Intro.\n\nQ: Maximum Lambda memory? 3008 MB.'), ['lambda-memory@3']);
    assert.deepEqual(findings('Q: Max SQS message size? 256 KB.'), ['sqs-message-size@1']);
  });

  it('quiet: the value answers what we set, or today\'s maximum', () => {
    assert.deepEqual(findings('Q: What did we set the Lambda memory to? 3008 MB.'), []);
    assert.deepEqual(findings('**Q: Maximum Lambda memory?** 10 GB.'), []);
    assert.deepEqual(findings('**Why not Lambda?** It caps at 15 minutes.'), []);
  });
});
