/**
 * The engine's public surface: what the language server, the CLI and the scripts use. Modules
 * behind it may move (the engine's folders follow its pipeline); importers outside the engine read
 * from here, so a move changes this file, not theirs. Tests may still reach inside.
 */
export { analyzeText, type Analysis, type AnalyzeOptions, type RuleLevel, type RuleSettings } from './analyze';
export { IncrementalAnalyzer, type TextChange, type UpdateStats } from './incremental';
export type { Edit, Finding, Fix, Related, Severity } from './findings';
export { applyEdits, safeEdits } from './fixes';
export { unsupportedText, type Unsupported } from './guard';
export { formatValue, hoverAt, type HoverResult } from './hover';
export { hoverOnDemand } from './hover-on-demand';
export { completeCidr, completeServices, type CompletionCandidate } from './completion';
export { fixAllAction, quickFixActions, suppressAction, type ActionData, type ActionEdit } from './code-actions';
export { documentSymbols, searchSymbols, type ArchSymbol, type ArchSymbolKind, type WorkspaceSymbolMatch } from './symbols';
export { UNUSED_SUPPRESSION } from './suppress';
export { getRule, ruleDocsUrl, RULES } from './rules';
export type { Example, Rule } from './rules/types';
export { findingSourcesMarkdown, sourcesOf, type FactSource } from './sources';
export { LineIndex } from './text';
export { explainAssertions, type ExplainedAssertion } from './assertions/explain';
