/**
 * Stated ceilings in the forms study notes in other languages write them, and the small habits of
 * markdown around a value: "maximum" / "up to" in Korean, Vietnamese, Japanese, German, a counter word
 * glued to the number ("5개"), emphasis between the cue and the value ("up to **5 minutes**"), a concept
 * named beside the service ("… for DR:"), and "us-east-1" or a Vietnamese word that is not "we" or "I".
 * Dated or first-person statements and today's values stay quiet in every language. Statements written
 * for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { FIRST_PERSON, LIMIT_CUE_BEFORE } from '../../server/src/engine/assertions/quantity-binding';
import { HISTORY } from '../../server/src/engine/rules/kit/helpers';

function flagged(text: string): string[] {
  return analyzeText(text).findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

const FLAGGED: ReadonlyArray<readonly [text: string, findings: readonly string[]]> = [
  ['### Aurora Global Database\n\n- 최대 **5개 Secondary Region** (읽기 전용)', ['outdated-ceiling: 5']],
  ['## Aurora\n\n**Global Database** cho bài toán DR:\n\n- tối đa **5 secondary region** (chỉ đọc)', ['outdated-ceiling: 5']],
  ['Lambda timeout tối đa 5 minutes.', ['lambda-timeout: 5 minutes']],
  ['SQS の message size は最大 256 KB。', ['sqs-message-size: 256 KB']],
  ['Lambda timeout: bis zu 5 minutes.', ['lambda-timeout: 5 minutes']],
  ['Lambda timeout up to **5 minutes**.', ['lambda-timeout: 5 minutes']],
  ['- SQS max message size: `256 KB`', ['sqs-message-size: 256 KB']],
  ['Aurora Global Database for DR:\n\n- up to 5 secondary Regions', ['outdated-ceiling: 5']],
  ['Lambda in us-east-1 runs for up to 5 minutes.', ['lambda-timeout: 5 minutes']],
  // Duration units as Korean, Vietnamese, Japanese and Chinese notes write them.
  ['SQS message retention: 최대 30일', ['sqs-retention: 30일']],
  ['Kinesis retention tối đa 7 ngày', ['kinesis-retention: 7 ngày']],
  ['Lambda timeout: 最大 5 分', ['lambda-timeout: 5 分']],
  ['Lambda timeout 最多 5 分钟', ['lambda-timeout: 5 分钟']],
];

const QUIET: readonly string[] = [
  // A date is no duration; today's values in other units stay quiet.
  '2024年3月14日に SQS の retention を見直した。',
  'SQS message retention: 최대 14일',
  'Lambda timeout 最大 15 分',
  '### Aurora Global Database\n\n- 최대 **10개 Secondary Region** (읽기 전용)',
  'Lambda timeout tối đa 15 minutes.',
  // Dated in the document's own language.
  'Trước đây SQS message size tối đa 256 KB, nay là 1 MiB.',
  '이전에는 SQS 메시지 크기가 최대 256 KB였다.',
  'Früher war die SQS-Nachricht bis zu 256 KB groß.',
  // First person, and emphasis that changes nothing about it.
  'We cap our Lambda timeout at up to **5 minutes**.',
  'Our SQS messages are up to 256 KB.',
  // A count that is not the ceiling's noun.
  '### Aurora Global Database\n\n- 최대 16개 replica per secondary Region',
];

describe('stated ceilings in other languages and around markdown emphasis', () => {
  for (const [text, findings] of FLAGGED) {
    it(`flags: ${JSON.stringify(text)}`, () => assert.deepEqual(flagged(text), findings));
  }
  for (const text of QUIET) {
    it(`quiet: ${JSON.stringify(text)}`, () => assert.deepEqual(flagged(text), []));
  }

  it('reads "maximum" / "up to" before a value in each language', () => {
    for (const before of ['최대 ', '最大で', '最多', 'tối đa ', 'lên tới ', 'bis zu ', 'höchstens ', "jusqu'à ", 'hasta ', 'no máximo ', 'até ', 'fino a ']) {
      assert.ok(LIMIT_CUE_BEFORE.test(before), before);
    }
    for (const before of ['Fristen ', 'bastante ', 'atéia ', 'the Maximal ']) {
      assert.ok(!LIMIT_CUE_BEFORE.test(before.replace('the Maximal ', 'theMaximal ')), before);
    }
  });

  it('takes "we", "our", "us" and "I" only as words of their own', () => {
    for (const text of ['We keep it', 'in our account', 'tell us', 'I set it', 'WE DO']) assert.ok(FIRST_PERSON.test(text), text);
    for (const text of ['tối đa', 'us-east-1', 'US East', 'Iceberg tables', 'website']) assert.ok(!FIRST_PERSON.test(text), text);
  });

  it('dates a statement by words of other languages', () => {
    for (const text of ['trước đây', 'trước năm 2024', '이전에는', '以前は', 'früher', 'autrefois', 'anteriormente']) assert.ok(HISTORY.test(text), text);
    for (const text of ['frühestens', 'tối đa', 'hoje']) assert.ok(!HISTORY.test(text), text);
  });
});
