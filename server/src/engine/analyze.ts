/**
 * The engine's entry point: text → blocks → contexts → recognisers → model → rules → findings.
 * Block results are computed from the block alone (offsets absolute), so an incremental analyzer can
 * reuse the results of unchanged blocks and re-run only the document-level rules.
 */
import type { Nodes, RootContent } from 'mdast';
import { findFact } from '../facts/catalog';
import { REVERIFIED_ON } from '../facts/reverification';
import type { BlockAnalysis } from './incremental/block-analysis';
import { BlockList, type StoredBlock } from './incremental/blocks';
import { contextsOfBlock } from './parse/contexts';
import type { Finding, Severity } from './findings';
import { analyzeContexts, buildModel, needsModel, type AnalyzedContext, type DocumentModel } from './model/document-model';
import { parseMarkdown, topLevelBlocks } from './parse/markdown';
import { chunkedSlices } from './parse/slices';
import { RULES } from './rules';
import { exampleText, type ContextRule, type DocumentRule, type FindingDraft, type Report, type Rule } from './rules/kit/types';
import { RuleFilter } from './prefilter';
import { sectionClaimCandidate, sectionClaimFindings } from './rules/kit/section-claims';
import { scopedLimitFindings } from './assertions/scoped-limits';
import { asOf, documentDate } from './assertions/point-in-time';
import { inCorrectedQuote } from './parse/thread-quotes';
import { applySuppressions, findDirectives, unusedSuppressionFindings, UNUSED_SUPPRESSION, type Directive } from './features/suppress';
import { useBlockAnalyzer } from './incremental/shift';
import { sectionsOf, type Section } from './scopes/sections';
import { LineIndex } from './util/text';

export type { BlockAnalysis } from './incremental/block-analysis';

export type RuleLevel = Severity | 'off';
/** Per-rule level overrides from `.archnotes.jsonc` or editor settings. */
export type RuleSettings = Readonly<Record<string, RuleLevel>>;

export interface AnalyzeOptions {
  readonly rules?: RuleSettings;
}

export interface Analysis {
  readonly text: string;
  readonly lines: LineIndex;
  /** Every block at current offsets. After an edit this copies every block below it: prefer `blockAt`. */
  readonly blocks: readonly BlockAnalysis[];
  /** The block whose range contains `offset`, at current offsets (only that block is brought up to date). */
  blockAt(offset: number): BlockAnalysis | undefined;
  readonly model: DocumentModel;
  /** Findings after suppressions and settings, sorted by position, with `unused-suppression` ones. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly Finding[];
  readonly unusedDirectives: readonly Directive[];
}

/**
 * Only re-verified facts may drive error-level findings: a finding that rests on a fact not checked
 * against the current AWS page is at most a warning (a stale fact would be a false error everywhere).
 */
function severityOf(rule: Rule, draft: FindingDraft): Severity {
  const severity = draft.severity ?? rule.severity;
  if (severity !== 'error') return severity;
  const facts = draft.factIds && draft.factIds.length > 0 ? draft.factIds : rule.facts;
  return facts.every(checkedNow) ? severity : 'warning';
}

/** Kinds of fact AWS changes over time (quotas and limits); behaviour and lifecycle facts are not gated. */
const NUMERIC_KINDS: ReadonlySet<string> = new Set(['limit', 'quota', 'range', 'retention', 'size', 'duration', 'count', 'default']);

/** Re-verified against the current AWS page, or first written from it at that re-verification. */
function checkedNow(id: string): boolean {
  const fact = findFact(id);
  if (!fact || !NUMERIC_KINDS.has(fact.kind)) return true;
  return fact.reverified !== undefined || fact.checked >= REVERIFIED_ON;
}

function unsafe(draft: FindingDraft): FindingDraft {
  return draft.fixes ? { ...draft, fixes: draft.fixes.map((f) => ({ ...f, safe: false })) } : draft;
}

function toFinding(rule: Rule, draft: FindingDraft): Finding {
  return {
    ruleId: rule.id,
    severity: severityOf(rule, draft),
    message: draft.message,
    start: draft.start,
    end: draft.end,
    fixes: draft.fixes ?? [],
    factIds: (rule.draftsNameFacts && draft.factIds && draft.factIds.length > 0 ? draft.factIds : [...(draft.factIds ?? []), ...rule.facts]).filter((id, i, all) => all.indexOf(id) === i),
    related: draft.related,
    ...(draft.changedIn === undefined ? {} : { changedIn: draft.changedIn }),
  };
}

function directivesOf(node: Nodes, source: string, base: number, out: Directive[]): void {
  // An explicit stack: a block can nest thousands of levels deep (hostile input), in document order.
  const stack: Nodes[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === 'html') {
      const start = current.position?.start.offset;
      const end = current.position?.end.offset;
      if (start !== undefined && end !== undefined) out.push(...findDirectives(source.slice(start, end), start + base));
    } else if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
    }
  }
}

/** A rule must never take the document down with it: a throwing rule is skipped for that context. */
function safely(run: () => void): void {
  try {
    run();
  } catch {
    // Deliberately quiet: a bug in one rule must not cost the user their other findings.
  }
}

/** `safely` for the hot loop of context rules (no closure per rule and context). */
function checkSafely(rule: ContextRule, context: AnalyzedContext, report: Report): void {
  try {
    rule.check(context, report);
  } catch {
    // As in `safely`.
  }
}

/**
 * Analyzes one top-level block. `source` is the text `node`'s offsets index into and `base` what to
 * add to reach document offsets (0 when the node comes from a whole-document parse).
 */
export function analyzeBlock(node: RootContent, source: string, base: number): BlockAnalysis {
  return analyzeBlockWith(node, source, base, true);
}

/**
 * `analyzeBlock` without the context rules (no findings): what a hover card reads, the contexts and
 * what the model needs of them. A hover before the first analysis runs it on the server's thread,
 * where the rules' code is still cold (a third of that hover's CPU).
 */
export function analyzeBlockForCards(node: RootContent, source: string, base: number): BlockAnalysis {
  return analyzeBlockWith(node, source, base, false);
}

function analyzeBlockWith(node: RootContent, source: string, base: number, withRules: boolean): BlockAnalysis {
  const start = (node.position?.start.offset ?? 0) + base;
  const end = (node.position?.end.offset ?? 0) + base;
  const contexts = analyzeContexts(contextsOfBlock(node, source, base, { next: 0 }));
  const findings: Finding[] = [];
  if (withRules) runContextRules(contexts, findings);
  const directives: Directive[] = [];
  directivesOf(node, source, base, directives);
  const documentContexts: number[] = [];
  const documentRules: number[] = [];
  // Plain loops: a document of thousands of one-line blocks runs this per block (the probe's quotes).
  for (let index = 0; index < contexts.length; index++) {
    const context = contexts[index] as AnalyzedContext;
    let rules = 0;
    for (let bit = 0; bit < DOCUMENT_RULES.length; bit++) if ((DOCUMENT_RULES[bit] as DocumentRule).select(context)) rules |= 1 << bit;
    if (rules === 0 && !needsModel(context) && !sectionClaimCandidate(context, SECTION_CLAIM_RULES)) continue;
    documentContexts.push(index);
    documentRules.push(rules);
  }
  return { start, end, contexts, findings, directives, documentContexts, documentRules, sections: sectionsOf(contexts) };
}

/** Each context rule over the contexts its cue lets it read, rule by rule (findings keep that order). */
function runContextRules(contexts: readonly AnalyzedContext[], findings: Finding[]): void {
  const runs = CONTEXT_FILTER.select(contexts);
  const width = CONTEXT_RULES.length;
  const count = contexts.length;
  for (let r = 0; r < width; r++) {
    // Most rules run on no context of a small block: no reporters for them (a document of thousands of
    // one-line blocks made two closures per rule per block).
    let c = 0;
    while (c < count && runs[c * width + r] !== 1) c++;
    if (c === count) continue;
    const rule = CONTEXT_RULES[r] as ContextRule;
    const report = (draft: FindingDraft): void => void findings.push(toFinding(rule, draft));
    // A fix to pasted tool output (`terraform plan`, `cdk diff`) edits a transcript, not the source: never safe.
    const reportInTranscript = (draft: FindingDraft): void => report(unsafe(draft));
    for (; c < count; c++) {
      const context = contexts[c] as AnalyzedContext;
      if (runs[c * width + r] === 1) checkSafely(rule, context, context.transcript ? reportInTranscript : report);
    }
  }
}

const CONTEXT_RULES: readonly ContextRule[] = RULES.filter((rule): rule is ContextRule => rule.scope === 'context');
/** Which context rules may fire on which contexts (the rules' cues). */
const CONTEXT_FILTER = new RuleFilter(CONTEXT_RULES);
const DOCUMENT_RULES: readonly DocumentRule[] = RULES.filter((rule): rule is DocumentRule => rule.scope === 'document');
/** Claim rules whose subject may come from the section title (`fromSection`). */
const SECTION_CLAIM_RULES: readonly ContextRule[] = RULES.filter((rule): rule is ContextRule => rule.scope === 'context' && rule.fromSection !== undefined);

// incremental/shift.ts learns which fields are offsets by analyzing samples; it is handed the analyzer here
// rather than importing this module back (which made analyze → blocks → shift → analyze a cycle).
useBlockAnalyzer(analyzeBlock, () => RULES.flatMap((rule) => [...rule.examples.flag.map(exampleText), ...rule.examples.pass]));

/**
 * Runs document-level rules, suppressions and settings over block results. Reads only what the
 * document phase needs from each block (findings, directives, the selected contexts), so blocks
 * that carry a pending offset change are not copied as a whole.
 */
export function assemble(text: string, stored: readonly StoredBlock[], options: AnalyzeOptions = {}, lines = new LineIndex(text)): Analysis {
  const list = new BlockList(stored);
  const raw: Finding[] = [];
  const directives: Directive[] = [];
  const selected: AnalyzedContext[] = [];
  const selectedBy: number[] = [];
  const sections: Section[] = [];
  for (let i = 0; i < list.length; i++) {
    for (const finding of list.findings(i)) raw.push(finding);
    for (const directive of list.directives(i)) directives.push(directive);
    for (const section of list.sections(i)) sections.push(section);
    const rules = list.documentRules(i);
    list.documentContexts(i).forEach((context, k) => {
      selected.push(context);
      selectedBy.push(rules[k] ?? 0);
    });
  }
  const model = buildModel(text, selected, sections, () => list.all().flatMap((b) => b.contexts));
  DOCUMENT_RULES.forEach((rule, bit) => {
    const contexts = selected.filter((_, k) => ((selectedBy[k] ?? 0) & (1 << bit)) !== 0);
    safely(() => rule.check({ model, contexts }, (draft) => raw.push(toFinding(rule, draft))));
  });
  safely(() => {
    for (const { rule, draft } of scopedLimitFindings(model, selected, lines)) raw.push(toFinding(rule, draft));
  });
  safely(() => {
    for (const { rule, draft } of sectionClaimFindings(model, selected, SECTION_CLAIM_RULES, lines)) {
      // The statement's own words may have found it already (a parent item naming the service).
      if (!raw.some((f) => f.ruleId === rule.id && f.start === draft.start && f.end === draft.end)) raw.push(toFinding(rule, draft));
    }
  });
  const settings = options.rules ?? {};
  const leveled: Finding[] = [];
  const dated = documentDate(text);
  const quotes = new Map<number, boolean>();
  for (const found of raw) {
    // A thread's reply that corrects what it quotes: the quote is not the document's statement.
    if (inCorrectedQuote(text, lines, found.start, quotes)) continue;
    const finding = dated ? asOf(found, dated) : found;
    const level = settings[finding.ruleId];
    if (level === 'off') continue;
    leveled.push(level ? { ...finding, severity: level } : finding);
  }
  leveled.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const { kept: unfiltered, suppressed, unused } = applySuppressions(leveled, directives, lines);
  const kept = withoutSuppressedEdits(unfiltered, directives, lines);
  // A suppression that suppresses nothing is a finding of its own (the editor and the CLI show it).
  const stale = settings[UNUSED_SUPPRESSION] === 'off' ? [] : unusedSuppressionFindings(text, unused);
  const findings = stale.length === 0 ? kept : [...kept, ...stale].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return analysisOf(text, lines, list, model, findings, suppressed, unused);
}

function analysisOf(text: string, lines: LineIndex, list: BlockList, model: DocumentModel, findings: readonly Finding[], suppressed: readonly Finding[], unusedDirectives: readonly Directive[]): Analysis {
  return {
    text,
    lines,
    get blocks() {
      return list.all();
    },
    blockAt(offset) {
      const index = list.indexAt(offset);
      return index < 0 ? undefined : list.block(index);
    },
    model,
    findings,
    suppressed,
    unusedDirectives,
  };
}

/**
 * The model alone over block results, with no findings: what a hover card reads (the block under
 * the cursor, the section scopes). A hover before the first analysis builds it for the block under
 * the cursor on the server's thread, where the document rules' code is still cold (bench/open.ts:
 * the first hover of the notes' open).
 */
export function assembleModel(text: string, stored: readonly StoredBlock[], lines = new LineIndex(text)): Analysis {
  const list = new BlockList(stored);
  const selected: AnalyzedContext[] = [];
  const sections: Section[] = [];
  for (let i = 0; i < list.length; i++) {
    for (const section of list.sections(i)) sections.push(section);
    for (const context of list.documentContexts(i)) selected.push(context);
  }
  const model = buildModel(text, selected, sections, () => list.all().flatMap((b) => b.contexts));
  return analysisOf(text, lines, list, model, [], [], []);
}

/**
 * A fix may edit beyond its finding (renamed-service renames every mention in the document): it
 * must not edit text where a directive suppresses that rule (fix-all and --fix renamed a mention
 * under a disable-next-line, probe D3b). Such edits are dropped.
 */
function withoutSuppressedEdits(kept: readonly Finding[], directives: readonly Directive[], lines: LineIndex): readonly Finding[] {
  if (directives.length === 0) return kept;
  return kept.map((finding) => {
    const outside = finding.fixes.flatMap((fix) => fix.edits.filter((e) => e.start < finding.start || e.end > finding.end));
    if (outside.length === 0) return finding;
    const probes = outside.map((e) => ({ ...finding, start: e.start, end: e.end, fixes: [] }));
    const blocked = new Set(applySuppressions(probes, directives, lines).suppressed.map((p) => `${p.start}:${p.end}`));
    if (blocked.size === 0) return finding;
    const fixes = finding.fixes
      .map((fix) => ({ ...fix, edits: fix.edits.filter((e) => !blocked.has(`${e.start}:${e.end}`) || (e.start >= finding.start && e.end <= finding.end)) }))
      .filter((fix) => fix.edits.length > 0);
    return { ...finding, fixes };
  });
}

const atRest = (result: BlockAnalysis): StoredBlock => ({ result, pending: 0 });

/**
 * Whole-document analysis. The text is parsed in ≤ ~32 KB slices cut at top-level block boundaries
 * (parse/slices.ts), which gives exactly the blocks of one whole parse, faster and in less memory; a short
 * text is a single slice.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const blocks: StoredBlock[] = [];
  for (const { slice, blocks: found } of chunkedSlices(text)) for (const block of found) blocks.push(atRest(analyzeBlock(block.node, slice.source, slice.base)));
  return assemble(text, blocks, options);
}

/** The reference: one remark parse of the whole document (tests compare every faster path with it). */
export function analyzeWhole(text: string, options: AnalyzeOptions = {}): Analysis {
  const root = parseMarkdown(text);
  const blocks = topLevelBlocks(root).map((block) => atRest(analyzeBlock(block.node, text, 0)));
  return assemble(text, blocks, options);
}
