/**
 * What the engine keeps per top-level block: computed from the block alone (offsets absolute), so
 * an incremental analysis reuses it for every block an edit did not touch. In a module of its own
 * because ../analyze.ts makes it, blocks.ts and shift.ts move it, and none of them imports another back.
 */
import type { Finding } from '../findings';
import type { AnalyzedContext } from '../model/records';
import type { Directive } from '../features/suppress';
import type { Section } from '../scopes/sections';

export interface BlockAnalysis {
  readonly start: number;
  readonly end: number;
  readonly contexts: readonly AnalyzedContext[];
  /** Findings of context-scoped rules, before suppression and severity settings. */
  readonly findings: readonly Finding[];
  readonly directives: readonly Directive[];
  /** Indexes of the contexts the document model or a document rule reads (`needsModel`, `DocumentRule.select`). */
  readonly documentContexts: readonly number[];
  /** For each of those, a bit per entry of DOCUMENT_RULES whose `select` kept it (decided once, here). */
  readonly documentRules: readonly number[];
  /** The sections this block's contexts open (headings, title lines, questions, lead-ins), in order. */
  readonly sections: readonly Section[];
}
