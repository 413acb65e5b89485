/**
 * A rule is a small object: metadata (id, description, severity, the facts it rests on, examples
 * that must and must not be flagged) and one check function. Docs pages and the config schema are
 * generated from this metadata, and the examples are run as tests.
 */
import type { Fix, Related, Severity } from '../../findings';
import type { AnalyzedContext, DocumentModel } from '../../model/document-model';

export interface FindingDraft {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly Related[];
  /** Overrides the rule's default severity for this finding (e.g. a softer tier). */
  readonly severity?: Severity;
  /** Facts beyond the rule's own list. */
  readonly factIds?: readonly string[];
  /** An outdated figure: the year AWS changed it, so a document dated earlier gets the history wording at info. */
  readonly changedIn?: number;
}

export type Report = (draft: FindingDraft) => void;

interface RuleMeta {
  /** Stable kebab-case id: diagnostic code, suppression name and docs page name. */
  readonly id: string;
  /** One line, shown in docs and SARIF. */
  readonly description: string;
  /** Longer explanation for the docs page (markdown). */
  readonly rationale: string;
  /** error: AWS refuses it or it is false; warning: almost surely a mistake; info: outdated or soft. */
  readonly severity: Severity;
  readonly category: 'addressing' | 'ports' | 'limits' | 'behaviour' | 'lifecycle' | 'iac';
  /** Fact ids this rule compares against (must exist in the pack). */
  readonly facts: readonly string[];
  /**
   * A rule over many facts (stated-limit, outdated-ceiling) names each finding's own fact in its draft: the
   * finding's sources are that fact's page, not every page the rule could cite.
   */
  readonly draftsNameFacts?: boolean;
  /** True exactly when some `flag` example's finding carries a fix (checked by the rule tests). */
  readonly fixable: boolean;
  /** Markdown snippets: each `flag` one must produce this rule's finding, each `pass` one must not. */
  readonly examples: { readonly flag: readonly Example[]; readonly pass: readonly string[] };
}

/**
 * A flag example. A bare string only has to be flagged somewhere; the object form states what a
 * reviewer would check, as ESLint's RuleTester does: the flagged text of each finding, in order
 * (which also fixes the count), or just the count, and the whole text after the first finding's
 * first fix. An object without `output` asserts that the rule offers no fix on it.
 */
export type Example = string | StrictExample;

export interface StrictExample {
  readonly text: string;
  /** The text under each finding of this rule, in document order; the count is its length. */
  readonly flagged?: readonly string[];
  /** The exact number of findings, when the spans are not stated. */
  readonly count?: number;
  /** `text` after applying the first fix of the first finding. */
  readonly output?: string;
}

/** The markdown of an example, whichever form it has. */
export function exampleText(example: Example): string {
  return typeof example === 'string' ? example : example.text;
}

/** Runs on one context at a time; its findings are cached with the block the context lives in. */
export interface ContextRule extends RuleMeta {
  readonly scope: 'context';
  check(context: AnalyzedContext, report: Report): void;
  /**
   * The rule's claims may take their subject from the section's title when the statement names no
   * service ("## Amazon EKS" … "- Pay only for worker nodes"): the title's service must be one of
   * `services`, and the statement must match `cue` (cheap: decided when its block is analysed). The
   * title then reaches `check` as the context's `lead`, which `subjectInScope` frames read.
   * `otherServices`: the statement may name other services too ("certificates cannot be loaded onto
   * EC2 instances" under "AWS Certificate Manager"), because the rule's own words name its concept.
   */
  readonly fromSection?: { readonly services: readonly string[]; readonly cue: RegExp; readonly otherServices?: boolean };
  /**
   * What a context must say or hold for this rule to report on it (engine/prefilter.ts): the rule
   * runs only on contexts where one of `words` starts a word of the context's own text (any case:
   * "den" for deny, denies, denied) or that hold one of `has`. Without a cue the rule runs on every
   * context. Never stricter than `check`: test/unit/prefilter.test.ts compares it with unfiltered runs.
   */
  readonly cue?: Cue;
}

/** A necessary condition for a context rule to fire, cheap to test (see `ContextRule.cue`). */
export interface Cue {
  /** Lower-case ASCII letters and digits, two or more: the start of a word of the context's text. */
  readonly words?: readonly string[];
  readonly has?: readonly CueValue[];
}

/**
 * Values a context can hold: its kind (`code`, `tableRow`) or recognised mentions (`cidr6`: the text
 * has a ':' and a '/', which rules/kit/ipv6-blocks.ts needs before it looks for an IPv6 CIDR).
 */
export type CueValue = 'code' | 'tableRow' | 'cidr' | 'cidr6' | 'port' | 'quantity' | 'iac' | 'prefix' | 'netmask' | 'count' | 'service';

/** What a document rule sees: the model and the contexts its `select` kept, in document order. */
export interface DocumentInput {
  readonly model: DocumentModel;
  readonly contexts: readonly AnalyzedContext[];
}

/** Runs on the whole document model (subnet containment, overlaps). */
export interface DocumentRule extends RuleMeta {
  readonly scope: 'document';
  /**
   * The contexts this rule reads besides the model. Decided when a block is analyzed and cached
   * with it, so a keystroke re-runs the rule over these few contexts, not over the document.
   */
  select(context: AnalyzedContext): boolean;
  check(input: DocumentInput, report: Report): void;
}

export type Rule = ContextRule | DocumentRule;
