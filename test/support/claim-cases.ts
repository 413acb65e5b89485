/**
 * The shape every "claims said in other words" test file shares: per rule, paraphrases of the wrong
 * claim that must each give exactly one finding, and correct look-alikes that must give none.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

export interface ClaimCase {
  readonly rule: string;
  readonly claims: readonly string[];
  readonly lookAlikes: readonly string[];
}

/** The text under each finding of `rule` in `text`. */
export function ruleFindings(rule: string, text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => text.slice(f.start, f.end));
}

/** One `describe` per rule: at least three paraphrases and four look-alikes, each judged. */
export function describeClaimCases(title: string, cases: readonly ClaimCase[]): void {
  describe(title, () => {
    for (const { rule, claims, lookAlikes } of cases) {
      describe(rule, () => {
        it('has at least three paraphrases and four look-alikes', () => {
          assert.ok(claims.length >= 3);
          assert.ok(lookAlikes.length >= 4);
        });
        for (const text of claims) {
          it(`flags: ${text}`, () => {
            assert.equal(ruleFindings(rule, text).length, 1, `expected one ${rule} finding on: ${text}`);
          });
        }
        for (const text of lookAlikes) {
          it(`leaves alone: ${text}`, () => {
            assert.deepEqual(ruleFindings(rule, text), [], `a right statement was flagged: ${text}`);
          });
        }
      });
    }
  });
}
