/**
 * The context rules' pre-filter. Most of the ~80 context rules can fire only on a context that says
 * one of a few words ("deny", "stateful") or holds a recognised value (a CIDR, a port, a quantity),
 * yet every rule used to run on every context: in tables and lists, a third to a half of the
 * analysis time was rules returning nothing (docs/reliability.md, ninth session).
 *
 * A rule declares that necessary condition as its `cue` (rules/kit/types.ts). Once per context the
 * filter finds every cue word in the text with one combined scan, and reads which values the context
 * holds; a cued rule then runs only where its cue is met. A rule without a cue runs everywhere.
 * A cue must never be stricter than the rule: `test/unit/prefilter.test.ts` runs every rule on every
 * context of the fixtures, examples, notes excerpts and rule examples and fails when a rule reports
 * on a context its cue would have skipped.
 */
import type { AnalyzedContext } from './model/document-model';
import type { ContextRule, Cue, CueValue } from './rules/kit/types';

/** Cue words: lower-case ASCII letters and digits, at least two (a word never spans punctuation). */
const CUE_WORD = /^[a-z0-9]{2,}$/;

const VALUE_BITS: Readonly<Record<CueValue, number>> = {
  code: 1 << 0,
  tableRow: 1 << 1,
  cidr: 1 << 2,
  cidr6: 1 << 3,
  port: 1 << 4,
  quantity: 1 << 5,
  iac: 1 << 6,
  prefix: 1 << 7,
  netmask: 1 << 8,
  count: 1 << 9,
  service: 1 << 10,
};

/** The values a context holds, as a bit mask of `VALUE_BITS`. */
function valuesOf(context: AnalyzedContext): number {
  let bits = 0;
  if (context.kind === 'code') bits |= VALUE_BITS.code;
  if (context.kind === 'tableRow') bits |= VALUE_BITS.tableRow;
  if (context.cidrs.length > 0) bits |= VALUE_BITS.cidr;
  // What rules/kit/ipv6-blocks.ts requires before it looks for an IPv6 CIDR.
  if (context.text.includes(':') && context.text.includes('/')) bits |= VALUE_BITS.cidr6;
  if (context.ports.length > 0) bits |= VALUE_BITS.port;
  if (context.quantities.length > 0) bits |= VALUE_BITS.quantity;
  if (context.iacValues.length > 0) bits |= VALUE_BITS.iac;
  if (context.prefixes.length > 0) bits |= VALUE_BITS.prefix;
  if (context.netmasks.length > 0) bits |= VALUE_BITS.netmask;
  if (context.counts.length > 0) bits |= VALUE_BITS.count;
  if (context.services.length > 0) bits |= VALUE_BITS.service;
  return bits;
}

interface CompiledCue {
  readonly values: number;
  readonly words: readonly number[];
}

export class RuleFilter {
  private readonly cues: ReadonlyArray<CompiledCue | undefined>;
  /** Every cue word at the start of a word, longest first, so a match is the longest cue word there. */
  private readonly scan: RegExp | undefined;
  /** For each cue word, the ids of the cue words it starts with (itself included). */
  private readonly prefixesOf = new Map<string, readonly number[]>();
  private readonly wordCount: number;

  constructor(readonly rules: readonly ContextRule[]) {
    const ids = new Map<string, number>();
    this.cues = rules.map((rule) => (rule.cue ? compile(rule.id, rule.cue, ids) : undefined));
    const words = [...ids.keys()];
    this.wordCount = words.length;
    for (const word of words) this.prefixesOf.set(word, words.filter((w) => word.startsWith(w)).map((w) => ids.get(w) ?? -1));
    const longestFirst = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.scan = words.length === 0 ? undefined : new RegExp(`(?<![A-Za-z0-9_])(?:${longestFirst.join('|')})`, 'gi');
  }

  /**
   * Whether rule `r` (index in `rules`) may fire on context `c`: `runs[r * contexts.length + c] === 1`.
   * Computed once per block, before any rule runs, so findings keep their rule-by-rule order.
   */
  select(contexts: readonly AnalyzedContext[]): Uint8Array {
    const n = contexts.length;
    const runs = new Uint8Array(this.cues.length * n);
    for (let c = 0; c < n; c++) {
      const context = contexts[c] as AnalyzedContext;
      const values = valuesOf(context);
      const hits = this.wordsIn(context.text);
      this.cues.forEach((cue, r) => {
        if (!cue || (values & cue.values) !== 0 || (hits !== undefined && cue.words.some((w) => hits[w] === 1))) runs[r * n + c] = 1;
      });
    }
    return runs;
  }

  /** Which cue words start a word of `text` (a flag per word id). */
  private wordsIn(text: string): Uint8Array | undefined {
    if (!this.scan) return undefined;
    let hits: Uint8Array | undefined;
    const scan = this.scan;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      hits ??= new Uint8Array(this.wordCount);
      for (const id of this.prefixesOf.get(m[0].toLowerCase()) ?? []) hits[id] = 1;
    }
    return hits;
  }
}

function compile(ruleId: string, cue: Cue, ids: Map<string, number>): CompiledCue {
  let values = 0;
  for (const value of cue.has ?? []) values |= VALUE_BITS[value];
  const words: number[] = [];
  for (const word of cue.words ?? []) {
    if (!CUE_WORD.test(word)) throw new Error(`rule ${ruleId}: cue word "${word}" must be lower-case letters and digits, two or more`);
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    words.push(id);
  }
  if (values === 0 && words.length === 0) throw new Error(`rule ${ruleId}: an empty cue would never let the rule run`);
  return { values, words };
}
