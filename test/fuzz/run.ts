/** Property runners shared by the fast seeded run in `npm test` and the long `npm run fuzz`. */
import fc from 'fast-check';
import type { RuleLevel, RuleSettings } from '../../server/src/engine/analyze';
import { RULES } from '../../server/src/engine/rules';
import { anyDoc, seedTexts, structuredDoc } from './generators';
import { checkEngineCase } from './properties';

const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** Mostly defaults; sometimes random per-rule levels (including unknown rule ids). */
export const ruleSettings: fc.Arbitrary<RuleSettings | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...RULES.map((r) => r.id), 'no-such-rule'), fc.constantFrom(...LEVELS), { maxKeys: 4 }),
  },
);

export interface EngineRunOptions {
  readonly seed: number;
  readonly numRuns: number;
  readonly big?: boolean;
  /** Called after each case (counting, progress). */
  readonly onCase?: () => void;
}

export function engineProperty(options: { big?: boolean; onCase?: () => void } = {}): fc.IPropertyWithHooks<[string, RuleSettings | undefined, number[]]> {
  const seeds = seedTexts();
  return fc.property(anyDoc(seeds, { big: options.big ?? false }), ruleSettings, fc.array(fc.nat(), { maxLength: 12 }), (text, rules, probes) => {
    options.onCase?.();
    checkEngineCase(text, { rules, probes, skipFixes: text.length > 300_000 });
  });
}

export function structuredOnly(big: boolean): fc.Arbitrary<string> {
  return structuredDoc({ big });
}

export function runEngine(options: EngineRunOptions): void {
  fc.assert(engineProperty({ big: options.big, onCase: options.onCase }), { seed: options.seed, numRuns: options.numRuns });
}
