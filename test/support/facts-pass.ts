/**
 * The two checks every behaviour re-verification pass holds (thirteenth pass on): each fact it confirmed carries the
 * pass's date and a note of what the page says; each it could not confirm keeps its older date and is listed, with
 * its reason, in docs/facts-audits.md.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFact } from '../../server/src/facts/catalog';
import { REVERIFIED } from '../../server/src/facts/reverification';

export function itChecksPass(
  checked: Readonly<Record<string, string>>,
  on: string,
  unconfirmed: Readonly<Record<string, string>>,
  /** Later passes' confirmed facts: an id this pass could not confirm and a later one did is theirs to hold. */
  confirmedLater: readonly Readonly<Record<string, string>>[] = [],
): void {
  it('dates every fact it read and confirmed, records what the page says, and stamps none re-verified', () => {
    for (const [id, note] of Object.entries(checked)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.checked, on, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(!(id in unconfirmed), `${id} is either confirmed or not`);
      assert.ok(note.length > 60, `${id} says what the page says`);
      assert.match(fact.source, /^https:\/\/docs\.aws\.amazon\.com\//, `${id} cites an AWS documentation page`);
    }
  });

  it('keeps the date of every fact it could not confirm, and says why in the audits page', () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'facts-audits.md'), 'utf8');
    for (const [id, why] of Object.entries(unconfirmed)) {
      if (confirmedLater.some((later) => id in later)) continue;
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.ok(fact.checked < on, `${id} keeps its older date`);
      assert.ok(why.length > 40 && page.includes(`| \`${id}\` |`), `${id} is listed with its reason`);
    }
  });
}
