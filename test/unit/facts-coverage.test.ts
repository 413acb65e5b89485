/**
 * Every service section of the seed notes has a card in the fact pack with at least three sourced, dated facts.
 * The list of sections comes from the research inventory (seed-facts.jsonl, distinct `service` values) when it is
 * present next to the repository, and from the committed copy in test/fixtures/seed-services.json otherwise.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES, getService } from '../../server/src/facts/catalog';
import { NAME_GUARD_CARDS } from '../../server/src/facts/services/lifecycle';

interface Section {
  readonly service: string;
  readonly cards: readonly string[];
  readonly note?: string;
}

const FIXTURE = join(__dirname, '..', 'fixtures', 'seed-services.json');
const INVENTORY_CANDIDATES = [
  join(__dirname, '..', '..', '..', 'shared', 'research', 'seed-facts.jsonl'),
  '/work/shared/research/seed-facts.jsonl',
];

const sections: readonly Section[] = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { sections: Section[] }).sections;
const SOURCE = /^https:\/\/(docs\.)?aws\.amazon\.com\/\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function inventoryServices(): string[] | undefined {
  const path = INVENTORY_CANDIDATES.find((p) => existsSync(p));
  if (!path) return undefined;
  const names = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { service?: unknown };
    if (typeof record.service === 'string') names.add(record.service);
  }
  return [...names];
}

describe('fact pack coverage of the seed notes', () => {
  it('lists every service section of the notes (fixture in sync with the inventory when present)', function () {
    const live = inventoryServices();
    assert.ok(sections.length >= 130, `only ${sections.length} sections in the fixture`);
    if (!live) {
      this.skip();
      return;
    }
    const fixtureNames = new Set(sections.map((s) => s.service));
    const missing = live.filter((name) => !fixtureNames.has(name));
    assert.deepEqual(missing, [], 'sections in seed-facts.jsonl without an entry in test/fixtures/seed-services.json');
    const stale = [...fixtureNames].filter((name) => !live.includes(name));
    assert.deepEqual(stale, [], 'fixture entries no longer in seed-facts.jsonl');
  });

  for (const section of sections) {
    it(`${section.service} → ${section.cards.join(', ')}`, () => {
      assert.ok(section.cards.length > 0, 'maps to no card');
      for (const id of section.cards) {
        const card = getService(id);
        assert.ok(card, `no card "${id}"`);
        assert.ok(card.facts.length >= 3, `${id} has ${card.facts.length} facts (need ≥ 3)`);
        for (const fact of card.facts) {
          assert.match(fact.source, SOURCE, `${fact.id}: source must be a page on docs.aws.amazon.com or aws.amazon.com`);
          assert.match(fact.checked, DATE, `${fact.id}: checked date`);
        }
      }
    });
  }

  it('gives every card in the pack (not only the seed sections) at least three facts', () => {
    // A card that exists only to say a service is retired or closed (services/lifecycle.ts) carries its
    // lifecycle fact: more facts about a service nobody can adopt would be unverifiable filler.
    const lifecycleOnly = (s: (typeof SERVICES)[number]): boolean =>
      s.status !== undefined && s.status.state !== 'active' && s.facts.length > 0 && s.facts.every((f) => f.kind === 'lifecycle');
    // A live service carded only so a retired one's name does not match inside it ("Amazon Chime SDK").
    const nameGuard = (s: (typeof SERVICES)[number]): boolean => NAME_GUARD_CARDS.includes(s.id) && s.facts.length > 0;
    const thin = SERVICES.filter((s) => s.facts.length < 3 && !lifecycleOnly(s) && !nameGuard(s)).map((s) => `${s.id} (${s.facts.length})`);
    assert.deepEqual(thin, []);
  });
});
