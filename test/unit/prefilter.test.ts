/**
 * The context rules' pre-filter (engine/prefilter.ts) may skip a rule on a context only where the
 * rule cannot fire: every rule is run on every context of the fixtures, the example, the notes, the
 * notes excerpts and every rule's examples, and a finding on a context the rule's cue would have
 * skipped fails the test (with the rule, the context and the finding). A rule added without a cue
 * runs everywhere, so the test can only fail on a cue that is too strict.
 *
 * `ARCHNOTES_PREFILTER_EXTRA=<dir>[:<dir>…]` adds every `.md` file below those folders (the
 * development corpus, the probe inputs) for a local run.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import type { AnalyzedContext } from '../../server/src/engine/model/document-model';
import { RuleFilter } from '../../server/src/engine/prefilter';
import { RULES } from '../../server/src/engine/rules';
import { exampleText, type ContextRule, type FindingDraft } from '../../server/src/engine/rules/kit/types';

const ROOT = join(__dirname, '..', '..');
const CONTEXT_RULES = RULES.filter((rule): rule is ContextRule => rule.scope === 'context');

function markdownBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownBelow(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

function documents(): Array<[string, string]> {
  const files = [
    ...markdownBelow(join(ROOT, 'examples')),
    ...markdownBelow(join(ROOT, 'test', 'fixtures')),
    join(ROOT, 'bench', 'fixtures', 'notes.md'),
    ...(process.env.ARCHNOTES_PREFILTER_EXTRA ?? '').split(':').filter(Boolean).flatMap(markdownBelow),
  ];
  const examples = RULES.flatMap((rule) => [...rule.examples.flag.map(exampleText), ...rule.examples.pass].map((text, i): [string, string] => [`${rule.id} example ${i}`, text]));
  return [...files.map((file): [string, string] => [file, readFileSync(file, 'utf8')]), ...examples];
}

interface Miss {
  readonly rule: string;
  readonly where: string;
  readonly context: string;
  readonly finding: string;
}

/** Findings of `rule` on contexts the filter skips for it. */
function misses(filter: RuleFilter, where: string, contexts: readonly AnalyzedContext[]): Miss[] {
  const runs = filter.select(contexts);
  const out: Miss[] = [];
  CONTEXT_RULES.forEach((rule, r) => {
    contexts.forEach((context, c) => {
      if (runs[c * CONTEXT_RULES.length + r] === 1) return;
      const found: FindingDraft[] = [];
      try {
        rule.check(context, (draft) => found.push(draft));
      } catch {
        return; // analyze.ts skips a throwing rule either way
      }
      for (const draft of found) out.push({ rule: rule.id, where, context: context.text.slice(0, 200), finding: draft.message });
    });
  });
  return out;
}

describe('rule pre-filter', function () {
  this.timeout(600_000);

  it('never skips a rule on a context where the rule reports', () => {
    const filter = new RuleFilter(CONTEXT_RULES);
    const found: Miss[] = [];
    let contexts = 0;
    let skipped = 0;
    for (const [where, text] of documents()) {
      for (const block of analyzeText(text).blocks) {
        const runs = filter.select(block.contexts);
        contexts += block.contexts.length;
        skipped += runs.length - runs.reduce((sum, run) => sum + run, 0);
        found.push(...misses(filter, where, block.contexts));
      }
    }
    assert.deepEqual(found.slice(0, 20), [], `${found.length} findings on contexts the pre-filter skips`);
    // The filter must also filter: most (rule, context) pairs of ordinary notes are skipped.
    assert.ok(skipped > contexts * CONTEXT_RULES.length * 0.5, `only ${skipped} of ${contexts * CONTEXT_RULES.length} skipped`);
  });

  it('rejects a cue word that is not lower-case letters and digits, and an empty cue', () => {
    const base = CONTEXT_RULES[0] as ContextRule;
    assert.throws(() => new RuleFilter([{ ...base, cue: { words: ['Deny'] } }]), /cue word "Deny"/);
    assert.throws(() => new RuleFilter([{ ...base, cue: { words: ['sg-'] } }]), /cue word "sg-"/);
    assert.throws(() => new RuleFilter([{ ...base, cue: {} }]), /empty cue/);
  });

  it('finds a cue word at the start of any word, in any case, also inside a longer cue word', () => {
    const base = CONTEXT_RULES[0] as ContextRule;
    const rules: ContextRule[] = [
      { ...base, id: 'a', cue: { words: ['state'] } },
      { ...base, id: 'b', cue: { words: ['stateless'] } },
      { ...base, id: 'c', cue: { has: ['cidr'] } },
      { ...base, id: 'd', cue: undefined },
    ];
    const filter = new RuleFilter(rules);
    const contexts = ['NACLs are STATELESS.', 'a restatement', 'AWS::EC2::SecurityGroup state', 'The VPC is 10.0.0.0/16.']
      .map((text) => analyzeText(text).blocks[0]?.contexts[0] as AnalyzedContext);
    const runs = filter.select(contexts);
    const table = rules.map((_, r) => contexts.map((__, c) => runs[c * rules.length + r]));
    assert.deepEqual(table, [
      [1, 0, 1, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 1],
      [1, 1, 1, 1],
    ]);
  });
});
