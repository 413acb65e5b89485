/**
 * The engine's public surface: what the language server, the CLI and the scripts use. Modules
 * behind it may move (the engine's folders follow its pipeline); importers outside the engine read
 * from here, so a move changes this file, not theirs. Tests may still reach inside.
 */
export { analyzeText, assemble, type Analysis, type AnalyzeOptions, type RuleLevel, type RuleSettings } from './analyze';
export { IncrementalAnalyzer, type BlockSplice, type ShippedBlock, type TextChange, type UpdateStats } from './incremental/analyzer';
export type { Edit, Finding, Fix, Related, Severity } from './findings';
export { applyEdits, safeEdits } from './features/fixes';
export { unsupportedText, type Unsupported } from './parse/unsupported-text';
export { formatValue, hoverAt, type HoverResult } from './features/hover';
export { hoverInAnalyzedBlocks, hoverOnDemand } from './features/hover-on-demand';
export { completeCidr, completeServices, type CompletionCandidate } from './features/completion';
export { disableForFileAction, fixAllAction, quickFixActions, ruleActions, suppressAction, type ActionData, type ActionEdit, type RuleRequest } from './features/code-actions';
export { documentSymbols, searchSymbols, type ArchSymbol, type ArchSymbolKind, type WorkspaceSymbolMatch } from './features/symbols';
export { UNUSED_SUPPRESSION } from './features/suppress';
export { provisionalFindings } from './features/provisional';
export { addressPlan, type AddressPlan, type PlanEntry, type PlanSubnet, type VpcPlan } from './features/address-plan';
export { planMarkdown, planSvg } from './features/address-plan-render';
export type { BlockAnalysis } from './incremental/block-analysis';
export { adoptShiftKeys, canShiftBlockAnalysis, shiftBlockAnalysis, shiftKeysKnown, shiftKeysSnapshot, type ShiftKeysSnapshot } from './incremental/shift';
export { cleanStart } from './parse/slices';
export { getRule, ruleDocsUrl, RULES } from './rules';
export type { Example, Rule } from './rules/kit/types';
export { findingSourcesMarkdown, sourcesOf, type FactSource } from './features/sources';
export { LineIndex } from './util/text';
export { explainAssertions, type ExplainedAssertion } from './assertions/explain';
