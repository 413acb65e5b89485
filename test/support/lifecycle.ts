/**
 * Shared checks of the lifecycle cards (services/lifecycle.ts): the findings a text gets, and each card's
 * state and date as the AWS notice gives them.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine';
import { getService } from '../../server/src/facts/catalog';

/** Rule ids of the lifecycle findings in `text`, with the text each one marks. */
export function lifecycleFindings(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => ['retired-service', 'closed-to-new-customers', 'renamed-service'].includes(f.ruleId))
    .map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
}

/** Each [card id, state, since] as the card's status gives it. */
export function assertStatuses(expected: ReadonlyArray<readonly [string, string, string]>, sourcedOnDocs = false): void {
  for (const [id, state, since] of expected) {
    const status = getService(id)?.status;
    assert.ok(status && status.state !== 'active', id);
    assert.equal(status.state, state, id);
    assert.equal(status.since, since, id);
    if (sourcedOnDocs) assert.match(status.source, /^https:\/\/docs\.aws\.amazon\.com\//, id);
  }
}

/** None of `texts` gets a lifecycle finding. */
export function assertNoLifecycleFindings(texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(lifecycleFindings(text), [], text);
}
