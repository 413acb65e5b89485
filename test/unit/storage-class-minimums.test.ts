/**
 * A storage class's minimum storage duration and minimum billable object size are one value per class
 * (`names.exact` in the fact pack): any other figure stated for them is wrong, in a table row, a list
 * item or a sentence. Sizes are compared as AWS writes them ("128 KB" for 128 KiB). First-person
 * plans, history, contrasts and retrieval times stay quiet. Statements written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string): string[] {
  return analyzeText(text).findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

const TABLE = '| Class | Min storage duration | Min billable object size |\n|---|---|---|\n';

const FLAGGED: ReadonlyArray<readonly [text: string, findings: readonly string[]]> = [
  [`${TABLE}| Glacier Deep Archive | 90 days | - |`, ['stated-limit: 90 days']],
  [`${TABLE}| Standard-IA | 60 days | 128 KB |`, ['stated-limit: 60 days']],
  ['S3 Glacier Deep Archive has a minimum storage duration of 90 days.', ['stated-limit: 90 days']],
  ['- Standard-IA: minimum storage duration 60 days, minimum object size 128 KB.', ['stated-limit: 60 days']],
  ['Glacier Instant Retrieval charges a minimum storage duration of 30 days.', ['stated-limit: 30 days']],
];

const QUIET: readonly string[] = [
  `${TABLE}| Standard-IA | 30 days | 128 KB |\n| One Zone-IA | 30 days | 128 KB |\n| Glacier Instant Retrieval | 90 days | 128 KB |\n| Glacier Flexible Retrieval | 90 days | 40 KB overhead |\n| Glacier Deep Archive | 180 days | - |`,
  'We keep objects in Glacier Flexible Retrieval for 365 days minimum.',
  'Deep Archive restores take a minimum of 12 hours.',
  'Glacier Deep Archive: 12 hours minimum for a standard retrieval.',
  'Before 2021, Intelligent-Tiering had a 30-day minimum storage duration.',
  'Glacier Deep Archive — minimum storage duration: 180 days (vs 90 days for Glacier Flexible Retrieval).',
  'Standard-IA has a 30-day minimum storage charge and a 128 KiB minimum billable object size.',
];

describe('storage class minimums: one value per class', () => {
  for (const [text, findings] of FLAGGED) {
    it(`flags: ${JSON.stringify(text)}`, () => assert.deepEqual(flagged(text), findings));
  }
  for (const text of QUIET) {
    it(`quiet: ${JSON.stringify(text)}`, () => assert.deepEqual(flagged(text), []));
  }
});
