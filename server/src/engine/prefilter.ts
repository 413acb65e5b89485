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
  readonly words: readonly string[];
}

export class RuleFilter {
  /** One row per context: 1 for each rule without a cue, the rest 0 until a cue is found. */
  private readonly uncued: Uint8Array;
  /** Rules enabled by each value bit. */
  private readonly byValue: ReadonlyArray<readonly [number, readonly number[]]>;
  /** Every cue word at the start of a word, longest first, so a match is the longest cue word there. */
  private readonly scan: RegExp | undefined;
  /** For each cue word (lower case), the rules whose cue has it or a word it starts with. */
  private readonly byWord = new Map<string, readonly number[]>();

  constructor(readonly rules: readonly ContextRule[]) {
    const cues = rules.map((rule) => (rule.cue ? compile(rule.id, rule.cue) : undefined));
    this.uncued = Uint8Array.from(cues, (cue) => (cue ? 0 : 1));
    this.byValue = Object.values(VALUE_BITS)
      .map((bit): [number, number[]] => [bit, cues.flatMap((cue, r) => (cue && (cue.values & bit) !== 0 ? [r] : []))])
      .filter(([, enabled]) => enabled.length > 0);
    const words = [...new Set(cues.flatMap((cue) => cue?.words ?? []))];
    for (const word of words) {
      this.byWord.set(word, cues.flatMap((cue, r) => (cue?.words.some((w) => word.startsWith(w)) ? [r] : [])));
    }
    const longestFirst = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.scan = words.length === 0 ? undefined : new RegExp(`(?<![A-Za-z0-9_])(?:${longestFirst.join('|')})`, 'gi');
  }

  /**
   * Whether rule `r` (index in `rules`) may fire on context `c`: `runs[c * rules.length + r] === 1`.
   * Computed once per block, before any rule runs, so findings keep their rule-by-rule order.
   */
  select(contexts: readonly AnalyzedContext[]): Uint8Array {
    const width = this.uncued.length;
    const runs = new Uint8Array(contexts.length * width);
    contexts.forEach((context, c) => {
      const row = c * width;
      runs.set(this.uncued, row);
      const values = valuesOf(context);
      if (values !== 0) {
        for (const [bit, enabled] of this.byValue) if ((values & bit) !== 0) for (const r of enabled) runs[row + r] = 1;
      }
      const scan = this.scan;
      if (!scan) return;
      scan.lastIndex = 0;
      for (let m = scan.exec(context.text); m; m = scan.exec(context.text)) {
        for (const r of this.byWord.get(m[0].toLowerCase()) ?? []) runs[row + r] = 1;
      }
    });
    return runs;
  }
}

function compile(ruleId: string, cue: Cue): CompiledCue {
  let values = 0;
  for (const value of cue.has ?? []) values |= VALUE_BITS[value];
  for (const word of cue.words ?? []) {
    if (!CUE_WORD.test(word)) throw new Error(`rule ${ruleId}: cue word "${word}" must be lower-case letters and digits, two or more`);
  }
  if (values === 0 && (cue.words ?? []).length === 0) throw new Error(`rule ${ruleId}: an empty cue would never let the rule run`);
  return { values, words: cue.words ?? [] };
}
