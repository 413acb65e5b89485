/**
 * Limits checked from the fact pack alone: every re-verified fact that carries the words documents
 * use for it (`names.words`) and a numeric range or value becomes an attribute of this one rule, so a
 * stated delay, buffer interval, idle timeout or rotation period is judged like the hand-written limit
 * rules (same binding, modalities, section scopes and hovers) without a rule file per fact.
 */
import { SERVICES } from '../../facts/catalog';
import type { Fact } from '../../facts/types';
import { registerAttribute } from '../assertions/registry';
import { assertionsOf, mayAssert } from '../assertions/quantity';
import { escapeRegExp } from '../util/text';
import { judgeLimit, MAY_ASSERT, type LimitRule, type LimitSpec } from './kit/limit-rule';

const ID = 'stated-limit';

/**
 * Facts a hand-written rule already judges under another id, or whose words are too plain to bind
 * ("size") or whose figure is per engine (the RDS engines' backup retention is `rds-backup-retention`).
 */
const LEFT_OUT = /\.backup-retention$|^ebs-gp3\.size$|^direct-connect\.|^elastic-ip\.|^s3\.buckets$/;
/** Units a quantity can carry: durations and sizes (counts and bytes-without-unit are other checks). */
const UNITS = /^(?:seconds|minutes|hours|days|ms|milliseconds|bytes|KiB|KB|MiB|MB|GiB|GB|TiB|TB)$/;

interface Named {
  readonly fact: Fact;
  readonly service: string;
  readonly words: readonly string[];
}

function namedFacts(covered: ReadonlySet<string>): Named[] {
  const out: Named[] = [];
  for (const card of SERVICES) {
    for (const fact of card.facts) {
      const words = fact.names?.words ?? [];
      const v = fact.value;
      if (words.length === 0 || covered.has(fact.id) || LEFT_OUT.test(fact.id)) continue;
      if ((v.type !== 'range' && v.type !== 'number') || !UNITS.test(v.unit)) continue;
      out.push({ fact, service: card.id, words });
    }
  }
  return out;
}

/**
 * The thing a size is the size of ("message size" → "messages"): a size written on the thing itself
 * ("SNS messages can be up to 256 KB", "events are limited to 1 MB") states the same attribute.
 */
const SIZED_THING = /^(message|item|record|event|entry|object)\s+size$/i;

function thingsOf(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const thing = SIZED_THING.exec(w)?.[1]?.toLowerCase();
    if (thing) out.add(thing === 'entry' ? '(?:entry|entries)' : `${thing}s?`);
  }
  return [...out];
}

function specOf({ fact, service, words }: Named): LimitSpec {
  const things = thingsOf(words);
  const phrases = [...[...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, '[\\s-]+')), ...things];
  return {
    id: ID,
    description: '',
    rationale: '',
    severity: 'warning',
    examples: { flag: [], pass: [] },
    fact: fact.id,
    services: [service],
    attribute: new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'i'),
    checkDefault: fact.value.type === 'range' && fact.value.default !== undefined,
    ...(fact.names?.exact === true ? { exact: true } : {}),
    // "300-byte events": the thing's own size, not a setting below the setting's minimum.
    ...(things.length > 0 ? { proseMin: false } : {}),
  };
}

/** Builds the rule over the facts no other rule judges (`covered`: fact ids of the hand-written rules). */
export function statedLimitRule(covered: ReadonlySet<string>): LimitRule {
  const specs = namedFacts(covered).map(specOf);
  // The rule's own `spec` is its first fact's: each assertion is judged with the spec it was bound by.
  const first = specs[0];
  if (!first) throw new Error('stated-limit: the fact pack has no named duration or size fact left to check');
  for (const spec of specs) registerAttribute(spec, ID);
  const bySpecFact = new Map(specs.map((s) => [s.fact, s]));
  const rule: LimitRule = {
    id: ID,
    scope: 'context',
    cue: MAY_ASSERT,
    description: 'A limit from the fact pack stated outside its range: delays, buffer intervals, idle timeouts, rotation periods and more.',
    rationale:
      'Every re-verified fact of the pack that names the words documents use for it is checked here, with the same reading as the ' +
      'hand-written limit rules: the subject from the clause, the table, the parent item or the section; a value above the maximum or ' +
      'below the minimum, a wrong default, or the default given as the minimum or maximum. The facts it covers are listed in ' +
      '`docs/facts.md` with their sources (SQS delivery delay, Firehose buffering interval and size, CloudFront origin response ' +
      'timeout, load balancer deregistration delay and stickiness duration, NLB TCP idle timeout, KMS rotation period and deletion ' +
      'window, Step Functions payload, …).',
    severity: 'warning',
    category: 'limits',
    facts: specs.map((s) => s.fact),
    draftsNameFacts: true,
    fixable: true,
    examples: {
      flag: [
        { text: 'SQS delay queues can postpone delivery for up to 30 minutes.', flagged: ['30 minutes'], output: 'SQS delay queues can postpone delivery for up to 15 minutes.' },
        { text: 'The KMS key deletion window is 60 days.', flagged: ['60 days'], output: 'The KMS key deletion window is 30 days.' },
        { text: '| Firehose setting | Value |\n|---|---|\n| Buffer interval | 1200 seconds |', flagged: ['1200 seconds'], output: '| Firehose setting | Value |\n|---|---|\n| Buffer interval | 15 minutes |' },
        { text: 'The NLB TCP idle timeout is at most 350 seconds.', count: 1 },
      ],
      pass: [
        'SQS delay queues can postpone delivery for up to 15 minutes.',
        'The KMS key deletion window is 7 to 30 days.',
        'Firehose buffers for 300 seconds by default (0 to 900).',
        'The NLB TCP idle timeout is 350 seconds by default and can be set from 60 to 6,000 seconds.',
        'Our worker waits 30 minutes between batches.',
      ],
    },
    spec: first,
    check(context, report) {
      if (!mayAssert(context)) return;
      for (const a of assertionsOf(context)) {
        if (a.ruleId !== ID) continue;
        const spec = bySpecFact.get(a.spec.fact);
        const draft = spec && judgeLimit({ ...rule, spec }, context, a);
        if (draft) report({ ...draft, factIds: draft.factIds ?? [spec.fact] });
      }
    },
  };
  return rule;
}
