/**
 * The language server: a thin adapter from LSP requests to the engine. Analysis runs on change
 * (debounced per document, stale versions dropped); hover and completion read the latest analysis
 * and never parse.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type DocumentSymbol,
  type InitializeResult,
  type SymbolInformation,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText, type Analysis, type RuleSettings } from '../engine/analyze';
import { completeCidr, completeServices } from '../engine/completion';
import { safeEdits } from '../engine/fixes';
import type { Finding } from '../engine/findings';
import { hoverAt } from '../engine/hover';
import { loadConfigFor, mergeRules, readRuleSettings, type LoadedConfig } from '../config/config';
import { documentSymbols, LSP_SYMBOL_KIND } from '../engine/symbols';
import { toDiagnostic, toDocumentSymbol, toRange, toTextEdit } from './convert';
import { WorkspaceSymbols } from './workspace-symbols';

export const FIX_ALL_KIND = 'source.fixAll.archnotes';

interface Settings {
  readonly rules: RuleSettings;
  readonly debounceMs: number;
}

const DEFAULT_SETTINGS: Settings = { rules: {}, debounceMs: 0 };
const CONFIGURATION_TIMEOUT_MS = 1000;

interface DocState {
  analysis?: Analysis;
  version: number;
  timer?: NodeJS.Timeout;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  let canAskConfiguration = false;
  let editorSettings: Settings = DEFAULT_SETTINGS;
  const reportedConfigProblems = new Set<string>();
  const workspaceSymbols = new WorkspaceSymbols();

  connection.onInitialize((params): InitializeResult => {
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceSymbols.setFolders(folders);
    const init = params.initializationOptions as unknown;
    if (isRecord(init)) editorSettings = readSettings(init);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        completionProvider: { resolveProvider: false, triggerCharacters: ['|'] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'archnotes-language-server', version: '0.1.0' },
    };
  });

  function readSettings(raw: Record<string, unknown>): Settings {
    const { rules } = readRuleSettings(raw['rules'], 'archnotes.rules');
    const debounce = raw['debounceMs'];
    return { rules, debounceMs: typeof debounce === 'number' && debounce >= 0 && debounce <= 5000 ? debounce : DEFAULT_SETTINGS.debounceMs };
  }

  async function fetchSettings(): Promise<void> {
    if (!canAskConfiguration) return;
    // A client that never answers must not stall analysis: fall back to what we have after a timeout.
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), CONFIGURATION_TIMEOUT_MS).unref());
    try {
      const value: unknown = await Promise.race([connection.workspace.getConfiguration('archnotes'), timeout]);
      if (isRecord(value)) editorSettings = readSettings(value);
    } catch {
      // The client refused: keep the defaults.
    }
  }

  function fileConfig(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      const loaded = loadConfigFor(fileURLToPath(uri));
      if (loaded.file) reportConfigProblems(loaded);
      return loaded;
    } catch {
      return undefined;
    }
  }

  function reportConfigProblems(loaded: LoadedConfig): void {
    if (!loaded.file) return;
    const key = `${loaded.file}\n${loaded.problems.map((p) => p.message).join('\n')}`;
    if (reportedConfigProblems.has(key)) return;
    reportedConfigProblems.add(key);
    void connection.sendDiagnostics({
      uri: pathToFileURL(loaded.file).toString(),
      diagnostics: loaded.problems.map((problem) => ({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        severity: DiagnosticSeverity.Error,
        source: 'archnotes',
        code: 'config',
        message: problem.message,
      })),
    });
  }

  function analyse(document: TextDocument): Analysis {
    const loaded = fileConfig(document.uri);
    const rules = mergeRules(loaded?.config.rules ?? {}, editorSettings.rules);
    return analyzeText(document.getText(), { rules });
  }

  function publish(document: TextDocument): void {
    const state = states.get(document.uri) ?? { version: document.version };
    state.version = document.version;
    let analysis: Analysis;
    try {
      analysis = analyse(document);
    } catch (error) {
      connection.console.error(`archnotes: analysis failed for ${document.uri}: ${(error as Error).message}`);
      return;
    }
    // A newer version arrived while we worked: its own run will publish.
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return;
    state.analysis = analysis;
    states.set(document.uri, state);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: analysis.findings.map((f) => toDiagnostic(analysis, f)) });
  }

  function schedule(document: TextDocument): void {
    const state = states.get(document.uri) ?? { version: document.version };
    states.set(document.uri, state);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const latest = documents.get(document.uri);
      if (latest) publish(latest);
    }, editorSettings.debounceMs);
  }

  /** The analysis of the latest text; computed now only if none exists yet for this document. */
  function analysisOf(uri: string): Analysis | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    const state = states.get(uri);
    if (state?.analysis && state.analysis.text === document.getText()) return state.analysis;
    if (state?.analysis && state.timer) return state.analysis; // an analysis is pending: answer from the last one
    publish(document);
    return states.get(uri)?.analysis;
  }

  documents.onDidOpen((event) => {
    void fetchSettings().then(() => schedule(event.document));
  });
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    const state = states.get(event.document.uri);
    if (state?.timer) clearTimeout(state.timer);
    states.delete(event.document.uri);
    workspaceSymbols.close(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    const settings: unknown = change.settings;
    if (isRecord(settings) && isRecord(settings['archnotes'])) editorSettings = readSettings(settings['archnotes']);
    const refresh = canAskConfiguration ? fetchSettings() : Promise.resolve();
    void refresh.then(() => {
      reportedConfigProblems.clear();
      for (const document of documents.all()) schedule(document);
    });
  });

  connection.onDidChangeWatchedFiles(() => {
    reportedConfigProblems.clear();
    for (const document of documents.all()) schedule(document);
  });

  connection.onHover((params) => {
    const analysis = analysisOf(params.textDocument.uri);
    if (!analysis) return null;
    const offset = analysis.lines.offsetAt(params.position);
    const hover = hoverAt(analysis, offset);
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: toRange(analysis.lines, hover.start, hover.end) };
  });

  connection.onCompletion((params): CompletionItem[] => {
    const analysis = analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    const offset = analysis.lines.offsetAt(params.position);
    const candidates = [...completeCidr(analysis, offset), ...completeServices(analysis.text, offset)];
    return candidates.map((c, i) => ({
      label: c.label,
      kind: c.kind === 'cidr' ? CompletionItemKind.Value : CompletionItemKind.Module,
      detail: c.detail,
      documentation: c.documentation,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range: toRange(analysis.lines, c.start, c.end), newText: c.insertText },
    }));
  });

  connection.onCodeAction((params): CodeAction[] => {
    const analysis = analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    const uri = params.textDocument.uri;
    const only = params.context.only;
    const wantsFixAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source || k === CodeActionKind.SourceFixAll);
    const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
    const actions: CodeAction[] = [];
    if (wantsQuickFix) {
      const start = analysis.lines.offsetAt(params.range.start);
      const end = analysis.lines.offsetAt(params.range.end);
      const here = analysis.findings.filter((f) => f.start <= end && f.end >= start);
      for (const finding of here) actions.push(...quickFixes(analysis, uri, finding));
    }
    if (wantsFixAll) {
      const edits = safeEdits(analysis.findings);
      if (edits.length > 0) {
        actions.push({
          title: `Fix all archnotes findings with a safe fix (${edits.length})`,
          kind: FIX_ALL_KIND,
          edit: { changes: { [uri]: edits.map((e) => toTextEdit(analysis.lines, e)) } },
        });
      }
    }
    return actions;
  });

  function quickFixes(analysis: Analysis, uri: string, finding: Finding): CodeAction[] {
    const diagnostic = toDiagnostic(analysis, finding);
    const actions: CodeAction[] = finding.fixes.map((fix, i) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: i === 0 && fix.safe,
      edit: { changes: { [uri]: fix.edits.map((e) => toTextEdit(analysis.lines, e)) } },
    }));
    const sameRule = analysis.findings.filter((f) => f.ruleId === finding.ruleId && f.fixes.some((x) => x.safe));
    if (sameRule.length > 1) {
      actions.push({
        title: `Fix all ${finding.ruleId} findings (${sameRule.length})`,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [uri]: safeEdits(sameRule).map((e) => toTextEdit(analysis.lines, e)) } },
      });
    }
    const line = analysis.lines.positionAt(finding.start).line;
    const lineStart = analysis.lines.lineStart(line);
    const indent = /^[ \t]*/.exec(analysis.text.slice(lineStart, lineStart + 200))?.[0] ?? '';
    const eol = analysis.text.includes('\r\n') ? '\r\n' : '\n';
    actions.push({
      title: `Suppress ${finding.ruleId} on this line (with a reason)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [uri]: [{ range: toRange(analysis.lines, lineStart, lineStart), newText: `${indent}<!-- archnotes-disable-next-line ${finding.ruleId} -- reason: TODO -->${eol}` }],
        },
      },
    });
    return actions;
  }

  connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const analysis = analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    const symbols = documentSymbols(analysis.model);
    workspaceSymbols.setOpen(params.textDocument.uri, symbols);
    return symbols.map((symbol) => toDocumentSymbol(analysis.lines, symbol));
  });

  connection.onWorkspaceSymbol((params, token): SymbolInformation[] => {
    for (const document of documents.all()) {
      const analysis = states.get(document.uri)?.analysis;
      if (analysis) workspaceSymbols.setOpen(document.uri, documentSymbols(analysis.model));
    }
    return workspaceSymbols.search(params.query, () => token.isCancellationRequested).map((match) => {
      const lines = states.get(match.uri)?.analysis?.lines;
      const range = lines
        ? toRange(lines, match.symbol.selectionStart, match.symbol.selectionEnd)
        : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return { name: match.symbol.name, kind: LSP_SYMBOL_KIND[match.symbol.kind] as SymbolKind, containerName: match.containerName, location: { uri: match.uri, range } };
    });
  });

  documents.listen(connection);
  connection.listen();
}
