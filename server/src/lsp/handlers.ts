/**
 * The LSP requests: each reads the latest analysis (through the edits since, when it is a version
 * behind) and converts engine data to LSP. None parses a whole document.
 */
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  CompletionItemKind,
  CompletionItemTag,
  CompletionTriggerKind,
  type CodeAction,
  type CodeActionParams,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type Hover,
  type HoverParams,
  type Position,
  type SymbolInformation,
  type WorkspaceSymbolParams,
  type CancellationToken,
} from 'vscode-languageserver';
import { fixAllAction, quickFixActions, type ActionData } from '../engine';
import { completeCidr, completeServices } from '../engine';
import { hoverAt } from '../engine';
import { hoverInAnalyzedBlocks, hoverOnDemand, type HoverResult } from '../engine';
import { riskyText } from './edit-risk';
import { findingSourcesMarkdown } from '../engine';
import { documentSymbols } from '../engine';
import { addressPlan, planSvg } from '../engine';
import { disableInConfigEdit } from './config-edit';
import { FIX_ALL_KIND, LSP_SYMBOL_KIND, toCodeAction, toDocumentSymbol, toRange } from './convert';
import type { DocumentAnalyses } from './documents';
import type { WorkspaceSymbols } from './workspace-symbols';

export interface HandlerContext {
  readonly analyses: DocumentAnalyses;
  readonly workspaceSymbols: WorkspaceSymbols;
  /** The client applies LSP 3.18 snippet edits. */
  readonly snippetEdits: () => boolean;
  /** Workspace folder URIs (where a new `.archnotes.jsonc` goes). */
  readonly folders: () => readonly string[];
  /** The client creates files through workspace edits. */
  readonly createFiles: () => boolean;
}

export function hover(ctx: HandlerContext, params: HoverParams): Hover | null {
  const uri = params.textDocument.uri;
  const analysis = ctx.analyses.analysisOf(uri);
  if (!analysis) return hoverBeforeAnalysis(ctx, params);
  // Right after a keystroke the analysis may be a version behind: read it through the edits since.
  const coordinates = ctx.analyses.coordinatesOf(uri, analysis);
  const offset = coordinates.offsetAt(params.position);
  if (offset === undefined) return null;
  // Over a finding: the AWS pages it rests on, with the date they were checked, and a shorter card
  // (VS Code shows the problem above it, in the same hover).
  const findings = analysis.findings.filter((f) => f.start <= offset && offset <= f.end);
  const card = hoverAt(analysis, offset, findings.length > 0);
  const sources = findingSourcesMarkdown(findings);
  const span = card ?? findings[0];
  const range = span && coordinates.range(span.start, span.end);
  if (!range || (!card && !sources)) return null;
  const markdown = [card?.markdown, sources].filter((part) => part !== undefined).join('\n\n---\n\n');
  return { contents: { kind: 'markdown', value: markdown }, range };
}

/**
 * No analysis yet (a big file opening slice by slice, or the first document waiting for the
 * editor's settings): the blocks under the cursor are analysed on their own, so the card shows at
 * once; VS Code asks only once per mouse position.
 */
function hoverBeforeAnalysis(ctx: HandlerContext, params: HoverParams): Hover | null {
  const document = ctx.analyses.documents.get(params.textDocument.uri);
  const state = document && ctx.analyses.state(document.uri);
  // A document stopped as too complex is not parsed here either, nor a risky one (a long line or a
  // big block: edit-risk.ts) the worker is analysing: the same block could hang this thread.
  if (!document || state?.unsupported || state?.tooComplex !== undefined) return null;
  const offset = document.offsetAt(params.position);
  // A first analysis under way on this very text: the block under the cursor when it is analysed
  // already (no parse at all), else the blocks around it parsed (never for a risky text).
  const partial = state?.partial;
  if (partial && partial.version === document.version) {
    // Two parts analysed at once (open-split.ts): the second part's blocks from where it starts.
    const blocks = partial.tail && offset >= partial.tail.from ? partial.tail.blocks() : partial.blocks();
    const analyzed = hoverInAnalyzedBlocks(partial.text, offset, blocks, partial.lines());
    if (analyzed.covered) return toHover(document, analyzed.card);
    if (partial.risky) return null;
    const cached = partial.cards.find((c) => c.start <= offset && offset <= c.end);
    if (cached) return toHover(document, cached);
    const card = hoverOnDemand(partial.text, offset, partial.lines());
    if (card) partial.cards.unshift(card);
    partial.cards.length = Math.min(partial.cards.length, RECENT_CARDS);
    return toHover(document, card);
  }
  const text = document.getText();
  if (state?.vetting && riskyText(text)) return null;
  // Decided already when the analysis started (the scan reads the whole text); else decide now, once
  // for this text (the analysis about to start reads the answer, and the line index, again).
  if (state?.checkedLength === undefined && ctx.analyses.unsupportedOf(document.uri, text)) return null;
  return toHover(document, hoverOnDemand(text, offset, ctx.analyses.linesOf(document.uri, text)));
}

/** On-demand cards kept per first analysis. */
const RECENT_CARDS = 16;

function toHover(document: { positionAt(offset: number): Position }, card: HoverResult | undefined): Hover | null {
  if (!card) return null;
  return { contents: { kind: 'markdown', value: card.markdown }, range: { start: document.positionAt(card.start), end: document.positionAt(card.end) } };
}

/** Digits trigger completion: the next free subnet once a CIDR cell's first digit is typed (never `|`: Enter ends a row). */
export const COMPLETION_TRIGGERS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function completion(ctx: HandlerContext, params: CompletionParams): CompletionList {
  // Completion follows the keystroke that triggered it: it reads the current text, which the
  // analysis (a moment behind) may not have seen yet; only the VPC plan comes from the model.
  const document = ctx.analyses.documents.get(params.textDocument.uri);
  const analysis = ctx.analyses.analysisOf(params.textDocument.uri);
  if (!document || !analysis) return { isIncomplete: false, items: [] };
  const text = document.getText();
  const offset = document.offsetAt(params.position);
  const trigger = params.context?.triggerKind;
  const typed = trigger === CompletionTriggerKind.TriggerCharacter || trigger === CompletionTriggerKind.TriggerForIncompleteCompletions;
  const cidrs = completeCidr(analysis.model, text, offset, { explicit: !typed });
  const candidates = [...cidrs, ...(trigger === CompletionTriggerKind.TriggerCharacter ? [] : completeServices(text, offset))];
  const items = candidates.map((c, i): CompletionItem => ({
    label: c.label,
    kind: c.kind === 'cidr' ? CompletionItemKind.Value : CompletionItemKind.Reference,
    detail: c.detail,
    documentation: c.documentation,
    ...(c.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
    sortText: String(i).padStart(4, '0'),
    textEdit: { range: { start: document.positionAt(c.start), end: document.positionAt(c.end) }, newText: c.insertText },
  }));
  // A CIDR proposal is asked for again on each keystroke, so it disappears once the typed value
  // departs from it (and Enter after a hand-typed CIDR ends the line).
  return { isIncomplete: cidrs.length > 0, items };
}

export async function codeActions(ctx: HandlerContext, params: CodeActionParams, token?: CancellationToken): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  // Code actions (unlike hover) may wait for an analysis: a request that arrives right after a
  // didOpen, before the first analysis finished, would otherwise get no fix at all. A small
  // document is analysed here and now; a big one's first analysis (its first squiggles are already
  // shown, Ctrl+. on one answered "no code actions") is waited for.
  if (!ctx.analyses.analysisOf(uri)) ctx.analyses.publish(uri);
  const analysis = ctx.analyses.analysisOf(uri) ?? (await ctx.analyses.whenAnalyzed(uri));
  const document = ctx.analyses.documents.get(uri);
  if (!analysis || !document || token?.isCancellationRequested) return [];
  // Edits since the analysis: fixes for findings they touch are left out until it catches up.
  const coordinates = ctx.analyses.coordinatesOf(uri, analysis);
  const only = params.context.only;
  const wantsFixAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source || k === CodeActionKind.SourceFixAll);
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
  const data: ActionData[] = [];
  const start = coordinates.offsetAt(params.range.start);
  const end = coordinates.offsetAt(params.range.end);
  if (wantsQuickFix && start !== undefined && end !== undefined) {
    // A rule's "fix all" is one shared object: listed once, not once per finding (response size).
    const listed = new Set<ActionData>();
    for (const finding of analysis.findings) {
      if (finding.start > end || finding.end < start) continue;
      for (const action of quickFixActions(analysis, finding)) {
        if (listed.has(action)) continue;
        listed.add(action);
        data.push(action);
      }
    }
  }
  const fixAll = wantsFixAll ? fixAllAction(analysis) : undefined;
  if (fixAll) data.push(fixAll);
  // Built once per request and rule (several findings of a rule share its config action).
  const configEdits = new Map<string, ReturnType<typeof disableInConfigEdit>>();
  const configEdit = (ruleId: string): ReturnType<typeof disableInConfigEdit> => {
    if (!configEdits.has(ruleId)) configEdits.set(ruleId, disableInConfigEdit(uri, ruleId, { folders: ctx.folders(), canCreate: ctx.createFiles() }));
    return configEdits.get(ruleId);
  };
  const target = { uri, version: document.version, analysis, coordinates, snippets: ctx.snippetEdits(), configEdit };
  return data.flatMap((action) => toCodeAction(action, target) ?? []);
}

/**
 * VS Code asks for a version's symbols once (the outline, breadcrumbs, sticky scroll): during a
 * first analysis the answer waits for it, else the outline of a big document stayed empty until
 * the first edit.
 */
export async function documentSymbol(ctx: HandlerContext, params: DocumentSymbolParams, token?: CancellationToken): Promise<DocumentSymbol[]> {
  const uri = params.textDocument.uri;
  const analysis = ctx.analyses.analysisOf(uri) ?? (await ctx.analyses.whenAnalyzed(uri));
  if (!analysis || token?.isCancellationRequested) return [];
  const symbols = documentSymbols(analysis.model);
  ctx.workspaceSymbols.setOpen(params.textDocument.uri, symbols);
  return symbols.map((symbol) => toDocumentSymbol(analysis.lines, symbol));
}

export async function workspaceSymbol(ctx: HandlerContext, params: WorkspaceSymbolParams, token: CancellationToken): Promise<SymbolInformation[] | ResponseError> {
  for (const document of ctx.analyses.documents.all()) {
    const analysis = ctx.analyses.analysisOf(document.uri);
    if (analysis) ctx.workspaceSymbols.setOpen(document.uri, documentSymbols(analysis.model));
  }
  const matches = await ctx.workspaceSymbols.searchYielding(params.query, () => token.isCancellationRequested);
  if (!matches) return new ResponseError(LSPErrorCodes.RequestCancelled, 'workspace/symbol cancelled');
  return matches.map((match) => {
    const lines = ctx.analyses.analysisOf(match.uri)?.lines;
    const range = lines ? toRange(lines, match.symbol.selectionStart, match.symbol.selectionEnd) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { name: match.symbol.name, kind: LSP_SYMBOL_KIND[match.symbol.kind], containerName: match.containerName, location: { uri: match.uri, range } };
  });
}

/** `archnotes/addressPlan`: the document's address plan as SVG (the same picture as `archnotes plan --format svg`). */
export function addressPlanRequest(ctx: HandlerContext, params: { uri?: unknown; width?: unknown }): { svg: string; version: number } | null {
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  if (!uri) return null;
  if (!ctx.analyses.analysisOf(uri)) ctx.analyses.publish(uri);
  const analysis = ctx.analyses.analysisOf(uri);
  if (!analysis) return null;
  // The width of the editor's panel, so the text stays at its size (the SVG is clamped to 360..4096).
  const width = typeof params.width === 'number' ? params.width : undefined;
  return { svg: planSvg(addressPlan(analysis.model), width), version: ctx.analyses.state(uri)?.version ?? 0 };
}
