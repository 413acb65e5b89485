/**
 * The language server: a thin adapter from LSP requests to the engine. Analysis runs on change
 * (debounced per document, stale versions dropped); hover and completion read the latest analysis
 * and never parse.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  CompletionTriggerKind,
  type CompletionList,
  DiagnosticSeverity,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type InitializeResult,
  type Position,
  type Range,
  type SymbolInformation,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis, RuleSettings } from '../engine';
import { unsupportedText, type Unsupported } from '../engine';
import { IncrementalAnalyzer } from '../engine';
import { completeCidr, completeServices } from '../engine';
import { fixAllAction, quickFixActions, type ActionData } from '../engine';
import { hoverAt } from '../engine';
import { hoverOnDemand } from '../engine';
import { loadConfigFor, mergeRules, readRuleSettings, type LoadedConfig } from '../config/config';
import { documentSymbols, LSP_SYMBOL_KIND } from '../engine';
import { toDiagnostic, toDocumentSymbol, toRange } from './convert';
import { EditorDocument } from './editor-document';
import { PendingEdits } from './pending-edits';
import { WorkspaceSymbols } from './workspace-symbols';
import { VERSION } from '../version';

export const FIX_ALL_KIND = 'source.fixAll.archnotes';

interface Settings {
  readonly rules: RuleSettings;
  /** 0: adaptive (next tick while analysis is cheap, longer after an expensive one). */
  readonly debounceMs: number;
  /** Above this size diagnostics update on save or when typing pauses, not on every keystroke. */
  readonly maxFileSizeKb: number;
}

const DEFAULT_SETTINGS: Settings = { rules: {}, debounceMs: 0, maxFileSizeKb: 2048 };
const CONFIGURATION_TIMEOUT_MS = 1000;
/** Documents up to this size are analysed synchronously on open; bigger ones slice by slice, yielding. */
const SYNC_OPEN_CHARS = 64 * 1024;
/** Slice size of such an open: a request waits for one slice at most. */
const OPEN_SLICE_CHARS = 16 * 1024;
/** A change that moves the text length by more than this re-checks whether the text is analysable. */
const LARGE_CHANGE_CHARS = 4096;
/** Adaptive debounce: an update that took longer than this delays the next one by its own cost. */
const CHEAP_UPDATE_MS = 20;
const MAX_ADAPTIVE_DELAY_MS = 250;
/** Large files: diagnostics after this long without typing (and on save). */
const LARGE_IDLE_MS = 1500;

/**
 * Per-document analysis state. `analysis` is what hover, completion and code actions read: the
 * latest finished analysis, never computed on their behalf (they must not wait for a parse).
 */
interface DocState {
  analyzer?: IncrementalAnalyzer;
  analysis?: Analysis;
  /** Document version `analysis` was computed for. */
  version: number;
  timer?: NodeJS.Timeout;
  immediate?: NodeJS.Immediate;
  /** Rules from `.archnotes.jsonc` merged with editor settings, cached until either changes. */
  rules?: RuleSettings;
  /** A slice-by-slice cold analysis is running. */
  opening: boolean;
  closed: boolean;
  /** Milliseconds the last update took (drives the adaptive debounce). */
  cost: number;
  /** Set when the text is binary or minified (engine/guard.ts): not analysed, a note instead. */
  unsupported?: Unsupported;
  /** Text length when `unsupported` was last decided (re-decided after a large change). */
  checkedLength?: number;
  /** Edits received since `analysis`: hover and code actions map positions through them. */
  readonly pending: PendingEdits;
}

/** Where the positions of a request and of an analysis's results meet (see PendingEdits). */
interface Coordinates {
  /** A request position as an offset of the analysed text; undefined when it was edited since. */
  offsetAt(position: Position): number | undefined;
  /** A span of the analysed text as a range of the current document; undefined when edited since. */
  range(start: number, end: number): Range | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function startServer(connection: Connection): void {
  const states = new Map<string, DocState>();
  // Documents that build their text only when it is read (editor-document.ts), recording each
  // change's offsets (in the text it applies to) for PendingEdits.
  const documents = new TextDocuments<EditorDocument>({
    create: (uri, languageId, version, content) => new EditorDocument(uri, languageId, version, content),
    update: (document, changes, version) => {
      const pending = states.get(document.uri)?.pending;
      document.update(changes, version, pending && ((change) => pending.push(change)));
      return document;
    },
  });
  let canAskConfiguration = false;
  /** The client applies snippet edits (LSP 3.18): a suppression's reason is a placeholder to type. */
  let snippetEdits = false;
  let editorSettings: Settings = DEFAULT_SETTINGS;
  const reportedConfigProblems = new Set<string>();
  const workspaceSymbols = new WorkspaceSymbols();

  connection.onInitialize((params): InitializeResult => {
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceSymbols.setFolders(folders);
    const init = params.initializationOptions as unknown;
    if (isRecord(init)) editorSettings = readSettings(init);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        // Digits: the next free subnet once a CIDR cell's first digit is typed (never on `|`: Enter ends a row).
        completionProvider: { resolveProvider: false, triggerCharacters: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'archnotes-language-server', version: VERSION },
    };
  });

  function readSettings(raw: Record<string, unknown>): Settings {
    const { rules } = readRuleSettings(raw['rules'], 'archnotes.rules');
    const debounce = raw['debounceMs'];
    const maxKb = raw['maxFileSizeKb'];
    return {
      rules,
      debounceMs: typeof debounce === 'number' && debounce >= 0 && debounce <= 5000 ? debounce : DEFAULT_SETTINGS.debounceMs,
      maxFileSizeKb: typeof maxKb === 'number' && maxKb > 0 ? maxKb : DEFAULT_SETTINGS.maxFileSizeKb,
    };
  }

  /** Asks the client for settings; true when they changed. */
  async function fetchSettings(): Promise<boolean> {
    if (!canAskConfiguration) return false;
    const before = JSON.stringify(editorSettings);
    // A client that never answers must not stall analysis: fall back to what we have after a timeout.
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), CONFIGURATION_TIMEOUT_MS).unref());
    try {
      const value: unknown = await Promise.race([connection.workspace.getConfiguration('archnotes'), timeout]);
      if (isRecord(value)) editorSettings = readSettings(value);
    } catch {
      // The client refused: keep the defaults.
    }
    return JSON.stringify(editorSettings) !== before;
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

  function stateOf(uri: string, version: number): DocState {
    let state = states.get(uri);
    if (!state) {
      state = { version, opening: false, closed: false, cost: 0, pending: new PendingEdits() };
      states.set(uri, state);
    }
    return state;
  }

  function rulesOf(uri: string, state: DocState): RuleSettings {
    state.rules ??= mergeRules(fileConfig(uri)?.config.rules ?? {}, editorSettings.rules);
    return state.rules;
  }

  function isLarge(document: EditorDocument): boolean {
    return document.length > editorSettings.maxFileSizeKb * 1024;
  }

  /** Brings the document's analysis up to date: block-incremental after the first time. */
  function analyse(document: EditorDocument, state: DocState): Analysis {
    const rules = rulesOf(document.uri, state);
    const text = document.getText();
    if (!state.analyzer) {
      state.analyzer = new IncrementalAnalyzer(text, { rules });
      return state.analyzer.analysis;
    }
    if (state.analyzer.options.rules !== rules) state.analyzer.setOptions({ rules });
    return state.analyzer.update(text);
  }

  function largeFileNote(document: EditorDocument, analysis: Analysis): Diagnostic {
    const firstLineEnd = analysis.lines.lineCount > 1 ? analysis.lines.lineStart(1) - 1 : analysis.text.length;
    const mb = (document.length / (1024 * 1024)).toFixed(1);
    return {
      range: toRange(analysis.lines, 0, Math.max(0, Math.min(firstLineEnd, 200))),
      severity: DiagnosticSeverity.Information,
      source: 'archnotes',
      code: 'large-file',
      message: `This file is ${mb} MB, above archnotes.maxFileSizeKb (${editorSettings.maxFileSizeKb} KB): archnotes diagnostics update when you save or pause typing. Hovers stay live.`,
    };
  }

  function send(document: EditorDocument, state: DocState, analysis: Analysis): void {
    state.analysis = analysis;
    state.version = document.version;
    const diagnostics = analysis.findings.map((f) => toDiagnostic(analysis, f));
    if (isLarge(document)) diagnostics.push(largeFileNote(document, analysis));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  /** Analyses the latest version now and publishes; a no-op while a cold analysis runs (it catches up). */
  function publish(uri: string): void {
    const document = documents.get(uri);
    const state = states.get(uri);
    if (!document || !state || state.closed) return;
    clearPending(state);
    if (state.opening) return;
    if (isUnsupported(document, state)) return;
    if (!state.analyzer && document.length > SYNC_OPEN_CHARS) {
      void openInSlices(document, state);
      return;
    }
    const started = performance.now();
    let analysis: Analysis;
    try {
      analysis = analyse(document, state);
      state.pending.clear();
    } catch (error) {
      state.analyzer = undefined; // start afresh next time
      connection.console.error(`archnotes: analysis failed for ${document.uri}: ${(error as Error).message}`);
      return;
    }
    state.cost = performance.now() - started;
    send(document, state, analysis);
  }

  /**
   * Binary and minified texts are not analysed (engine/guard.ts): one note instead of findings, no
   * hovers. Decided at open, after any large change, and on every change while unsupported.
   */
  function isUnsupported(document: EditorDocument, state: DocState): boolean {
    const text = document.getText();
    if (state.checkedLength === undefined || state.unsupported || Math.abs(text.length - state.checkedLength) > LARGE_CHANGE_CHARS) {
      state.unsupported = unsupportedText(text);
      state.checkedLength = text.length;
    }
    if (!state.unsupported) return false;
    state.analyzer = undefined;
    state.analysis = undefined;
    state.pending.clear();
    state.version = document.version;
    const note: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'archnotes',
      code: 'unsupported-file',
      message: state.unsupported.message,
    };
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [note] });
    return true;
  }

  /** Cold analysis of a big document, slice by slice, answering other requests in between. */
  async function openInSlices(document: EditorDocument, state: DocState): Promise<void> {
    state.opening = true;
    // What is analysed is the text as of now; hovers wait for the result rather than map through edits.
    state.analysis = undefined;
    state.pending.clear();
    const started = performance.now();
    let analyzer: IncrementalAnalyzer | undefined;
    // Two turns of the event loop: one for a queued request's handler, one for the write of its
    // response (vscode-jsonrpc writes on the next setImmediate), before the next slice blocks.
    const pause = (): Promise<void> => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
    try {
      // Requests already queued (a hover sent right behind the didOpen) go first; after that each
      // waits for one slice at most, so the slices are kept short.
      await pause();
      analyzer = await IncrementalAnalyzer.open(document.getText(), { rules: rulesOf(document.uri, state) }, { pause, cancelled: () => state.closed }, OPEN_SLICE_CHARS);
    } catch (error) {
      connection.console.error(`archnotes: analysis failed for ${document.uri}: ${(error as Error).message}`);
    } finally {
      state.opening = false;
    }
    if (!analyzer || state.closed) return;
    state.analyzer = analyzer;
    state.cost = performance.now() - started;
    const latest = documents.get(document.uri);
    if (!latest) return;
    // Edited while we worked: catch up incrementally (drops the stale result) before publishing.
    if (latest.version !== document.version || analyzer.options.rules !== rulesOf(document.uri, state)) publish(document.uri);
    else send(latest, state, analyzer.analysis);
  }

  function clearPending(state: DocState): void {
    if (state.timer) clearTimeout(state.timer);
    if (state.immediate) clearImmediate(state.immediate);
    state.timer = undefined;
    state.immediate = undefined;
  }

  /**
   * Debounce per document: a new change cancels the pending run. With the default (adaptive)
   * setting a cheap incremental update runs on the next tick; an expensive one waits its own cost.
   */
  function schedule(document: EditorDocument, reason: 'open' | 'change' | 'save' | 'config' = 'change'): void {
    const state = stateOf(document.uri, document.version);
    // Already current (TextDocuments reports the open as a change too; a save without edits).
    if ((reason === 'change' || reason === 'save') && state.analysis && state.version === document.version) return;
    clearPending(state);
    const uri = document.uri;
    let delay: number;
    if (reason === 'open' || reason === 'save' || !state.analyzer) delay = 0;
    else if (isLarge(document)) delay = Math.max(LARGE_IDLE_MS, editorSettings.debounceMs);
    else if (editorSettings.debounceMs > 0) delay = editorSettings.debounceMs;
    else delay = state.cost <= CHEAP_UPDATE_MS ? 1 : Math.min(MAX_ADAPTIVE_DELAY_MS, Math.round(state.cost));
    if (delay === 0) {
      state.immediate = setImmediate(() => publish(uri));
      return;
    }
    // The timer only queues the analysis behind the messages already read: vscode-jsonrpc handles
    // one message per setImmediate, and timers run before immediates, so a hover sent right behind
    // the keystroke would otherwise wait for the whole analysis whenever the 1 ms had passed.
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.immediate = setImmediate(() => publish(uri));
    }, delay);
  }

  /** The latest finished analysis of a document (possibly a version behind while one is pending). Never parses. */
  function analysisOf(uri: string): Analysis | undefined {
    return states.get(uri)?.analysis;
  }

  /** Coordinates for reading `analysis` from a request on the document's current version. */
  function coordinatesOf(uri: string, analysis: Analysis): Coordinates {
    const state = states.get(uri);
    const document = documents.get(uri);
    if (!state || !document || state.pending.empty) {
      return { offsetAt: (position) => analysis.lines.offsetAt(position), range: (start, end) => toRange(analysis.lines, start, end) };
    }
    const pending = state.pending;
    return {
      offsetAt: (position) => pending.toAnalysed(document.offsetAt(position)),
      range: (start, end) => {
        const span = pending.toCurrent(start, end);
        return span && { start: document.positionAt(span.start), end: document.positionAt(span.end) };
      },
    };
  }

  /** After settings or config files change: drop cached rules and re-run document-level rules. */
  function refreshAll(): void {
    for (const state of states.values()) state.rules = undefined;
    for (const document of documents.all()) schedule(document, 'config');
  }

  let firstSettings: Promise<boolean> | undefined;
  documents.onDidOpen((event) => {
    const { uri } = event.document;
    stateOf(uri, event.document.version).closed = false;
    if (!firstSettings) {
      // The first document waits for the client's settings (one round trip, once).
      firstSettings = fetchSettings();
      void firstSettings.then(() => publish(uri));
      return;
    }
    // Later ones are analysed at once with the settings we have, re-checked in the background.
    publish(uri);
    void fetchSettings().then((changed) => {
      if (changed) refreshAll();
    });
  });
  documents.onDidChangeContent((event) => {
    const state = states.get(event.document.uri);
    if (state?.analyzer || state?.unsupported) schedule(event.document, 'change');
  });
  documents.onDidSave((event) => schedule(event.document, 'save'));
  documents.onDidClose((event) => {
    const state = states.get(event.document.uri);
    if (state) {
      clearPending(state);
      state.closed = true;
    }
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
      refreshAll();
    });
  });

  connection.onDidChangeWatchedFiles(() => {
    reportedConfigProblems.clear();
    refreshAll();
  });

  connection.onHover((params) => {
    const analysis = analysisOf(params.textDocument.uri);
    if (!analysis) return hoverBeforeAnalysis(params.textDocument.uri, params.position);
    // Right after a keystroke the analysis may be a version behind: read it through the edits since.
    const coordinates = coordinatesOf(params.textDocument.uri, analysis);
    const offset = coordinates.offsetAt(params.position);
    if (offset === undefined) return null;
    const hover = hoverAt(analysis, offset);
    const range = hover && coordinates.range(hover.start, hover.end);
    if (!hover || !range) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range };
  });

  /**
   * No analysis yet (a big file opening slice by slice, or the first document waiting for the
   * editor's settings): the blocks under the cursor are analysed on their own, so the card shows at
   * once; VS Code asks only once per mouse position.
   */
  function hoverBeforeAnalysis(uri: string, position: Position): Hover | null {
    const document = documents.get(uri);
    if (!document || states.get(uri)?.unsupported) return null;
    const text = document.getText();
    if (unsupportedText(text)) return null;
    const hover = hoverOnDemand(text, document.offsetAt(position));
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: { start: document.positionAt(hover.start), end: document.positionAt(hover.end) } };
  }

  connection.onCompletion((params): CompletionList => {
    // Completion follows the keystroke that triggered it: it reads the current text, which the
    // analysis (a moment behind) may not have seen yet; only the VPC plan comes from the model.
    const document = documents.get(params.textDocument.uri);
    const analysis = analysisOf(params.textDocument.uri);
    if (!document || !analysis) return { isIncomplete: false, items: [] };
    const text = document.getText();
    const offset = document.offsetAt(params.position);
    const explicit = params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter && params.context?.triggerKind !== CompletionTriggerKind.TriggerForIncompleteCompletions;
    const cidrs = completeCidr(analysis.model, text, offset, { explicit });
    const candidates = [...cidrs, ...(params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? [] : completeServices(text, offset))];
    const items = candidates.map((c, i): CompletionItem => ({
      label: c.label,
      kind: c.kind === 'cidr' ? CompletionItemKind.Value : CompletionItemKind.Module,
      detail: c.detail,
      documentation: c.documentation,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range: { start: document.positionAt(c.start), end: document.positionAt(c.end) }, newText: c.insertText },
    }));
    // A CIDR proposal is asked for again on each keystroke, so it disappears once the typed value
    // departs from it (and Enter after a hand-typed CIDR ends the line).
    return { isIncomplete: cidrs.length > 0, items };
  });

  connection.onCodeAction((params): CodeAction[] => {
    // Code actions (unlike hover) may wait for an analysis: a request that arrives right after a
    // didOpen, before the first analysis finished, would otherwise get no fix at all.
    if (!analysisOf(params.textDocument.uri)) publish(params.textDocument.uri);
    const analysis = analysisOf(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!analysis || !document) return [];
    // Edits since the analysis: fixes for findings they touch are left out until it catches up.
    const coordinates = coordinatesOf(document.uri, analysis);
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
    return data.flatMap((action) => toCodeAction(action, { analysis, coordinates, document }) ?? []);
  });

  /** One engine action at the document's current positions; undefined when an edit since the analysis touched it. */
  function toCodeAction(action: ActionData, at: { analysis: Analysis; coordinates: Coordinates; document: EditorDocument }): CodeAction | undefined {
    const { analysis, coordinates, document } = at;
    const range = action.finding && coordinates.range(action.finding.start, action.finding.end);
    if (action.finding && !range) return undefined;
    const edits: Array<TextEdit | SnippetTextEdit> = [];
    let snippet = false;
    for (const edit of action.edits) {
      const where = coordinates.range(edit.start, edit.end);
      if (!where) {
        if (action.atomic) return undefined;
        continue;
      }
      if (edit.snippet !== undefined && snippetEdits) {
        snippet = true;
        edits.push({ range: where, snippet: { kind: 'snippet', value: edit.snippet } });
      } else edits.push({ range: where, newText: edit.newText });
    }
    if (edits.length === 0) return undefined;
    const title = action.asksReason && snippet ? `${action.title}, with a reason` : action.title;
    const edit: WorkspaceEdit = snippet
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
      : { changes: { [document.uri]: edits.filter((e): e is TextEdit => 'newText' in e) } };
    return {
      title,
      kind: action.kind === 'fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix,
      diagnostics: action.finding && range ? [{ ...toDiagnostic(analysis, action.finding), range }] : undefined,
      isPreferred: action.preferred || undefined,
      edit,
    };
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
