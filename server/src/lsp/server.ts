/**
 * The language server: wires the LSP connection to the document scheduler (documents.ts), the
 * settings (settings.ts) and the request handlers (handlers.ts). A thin adapter: analysis runs on
 * change, debounced per document; requests read the latest analysis and never parse.
 */
import { CodeActionKind, FileChangeType, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { FIX_ALL_KIND, SHOW_RULE_DOCS_COMMAND } from './convert';
import { DocumentAnalyses, type AnalysisEvents } from './documents';
import { addressPlanRequest, codeActions, completion, COMPLETION_TRIGGERS, documentSymbol, hover, workspaceSymbol, type HandlerContext } from './handlers';
import { EditorSettings, isRecord, ProjectConfig } from './settings';
import { WorkspaceSymbols } from './workspace-symbols';
import { CheckedFiles, checkWorkspace } from './workspace-check';
import { VERSION } from '../version';
import { displayPath } from './display-path';

export { FIX_ALL_KIND };

/** A first analysis of a text this long shows progress (smaller ones finish before a spinner would draw). */
const LARGE_FOR_PROGRESS = 64 * 1024;

export function startServer(connection: Connection): void {
  const log = (message: string): void => connection.console.log(`archnotes: ${message}`);
  let folders: string[] = [];
  // Log lines name files by their workspace path, as the Explorer does, not by a file:// address.
  const shown = (target: string): string => displayPath(target, folders);
  const settings = new EditorSettings(connection);
  const config = new ProjectConfig(connection, log, shown);
  let workDoneProgress = false;
  const analyses = new DocumentAnalyses(connection, settings, config, analysisLog(connection, () => workDoneProgress, shown));
  const workspaceSymbols = new WorkspaceSymbols();
  const checked = new CheckedFiles();
  let snippetEdits = false;
  let createFiles = false;
  let showDocument = false;

  connection.onInitialize((params): InitializeResult => {
    settings.canAsk = params.capabilities.workspace?.configuration === true;
    snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    workDoneProgress = params.capabilities.window?.workDoneProgress === true;
    const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
    createFiles = workspaceEdit?.documentChanges === true && workspaceEdit.resourceOperations?.includes('create') === true;
    showDocument = params.capabilities.window?.showDocument?.support === true;
    folders = foldersOf(params);
    workspaceSymbols.setFolders(folders);
    settings.take(params.initializationOptions);
    analyses.warmBeforeDocuments();
    return { capabilities: capabilities(), serverInfo: { name: 'archnotes-language-server', version: VERSION } };
  });
  connection.onInitialized(() => log(`language server ${VERSION} started (node ${process.version})`));

  watchDocuments(analyses, settings, workspaceSymbols);
  watchSettings(connection, analyses, settings, config, checked);

  const ctx: HandlerContext = { analyses, workspaceSymbols, snippetEdits: () => snippetEdits, folders: () => folders, createFiles: () => createFiles };
  connection.onHover((params) => hover(ctx, params));
  connection.onCompletion((params) => completion(ctx, params));
  connection.onCodeAction((params, token) => codeActions(ctx, params, token));
  connection.onDocumentSymbol((params, token) => documentSymbol(ctx, params, token));
  connection.onWorkspaceSymbol((params, token) => workspaceSymbol(ctx, params, token));
  connection.onRequest('archnotes/addressPlan', (params: { uri?: unknown; width?: unknown }) => addressPlanRequest(ctx, params));
  // "Check all markdown in the workspace": progress as notifications, cancelled through the request's token.
  connection.onRequest('archnotes/checkWorkspace', (_params: unknown, token) =>
    checkWorkspace(
      { connection, checked, settings, config, folders, shown, isOpen: (uri) => analyses.documents.get(uri) !== undefined },
      () => token.isCancellationRequested,
      (done, total) => void connection.sendNotification('archnotes/checkWorkspaceProgress', { done, total }),
    ).then((result) => {
      log(`checked the workspace: ${result.files} files, ${result.findings} findings${result.cancelled ? ' (cancelled)' : ''}`);
      return result;
    }),
  );
  connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_RULE_DOCS_COMMAND) return;
    // The VS Code client opens the page it ships; another editor gets the published page.
    const [ruleId, url] = params.arguments ?? [];
    if (typeof url !== 'string' || !url.startsWith('https://')) return;
    if (showDocument) await connection.window.showDocument({ uri: url, external: true });
    else connection.window.showInformationMessage(`archnotes: documentation for ${String(ruleId)}: ${url}`);
  });

  analyses.documents.listen(connection);
  connection.listen();
}

function capabilities(): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    completionProvider: { resolveProvider: false, triggerCharacters: COMPLETION_TRIGGERS },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    executeCommandProvider: { commands: [SHOW_RULE_DOCS_COMMAND] },
  };
}

function foldersOf(params: InitializeParams): string[] {
  return params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
}

/** Open, change, save and close: when documents are analysed. */
function watchDocuments(analyses: DocumentAnalyses, settings: EditorSettings, workspaceSymbols: WorkspaceSymbols): void {
  const { documents } = analyses;
  let firstSettings: Promise<boolean> | undefined;
  documents.onDidOpen((event) => {
    const { uri } = event.document;
    analyses.opened(uri, event.document.version);
    if (!firstSettings) {
      // The first document waits for the client's settings (one round trip, once); a big one gets
      // ready for its first hover meanwhile.
      firstSettings = settings.refresh();
      analyses.prepare(uri);
      void firstSettings.then(() => analyses.publish(uri));
      return;
    }
    // Later ones are analysed at once with the settings we have, re-checked in the background.
    analyses.publish(uri);
    void settings.refresh().then((changed) => {
      if (changed) analyses.refreshAll();
    });
  });
  documents.onDidChangeContent((event) => {
    const state = analyses.state(event.document.uri);
    if (state?.analyzer || state?.unsupported || state?.tooComplex !== undefined) analyses.schedule(event.document, 'change');
  });
  documents.onDidSave((event) => analyses.schedule(event.document, 'save'));
  documents.onDidClose((event) => {
    analyses.closed(event.document.uri);
    workspaceSymbols.close(event.document.uri);
  });
}

/**
 * Editor settings and `.archnotes.jsonc` changes: everything open is checked again. Deleted files
 * and folders (the VS Code client watches deletes of any file) take the workspace check's findings
 * with them.
 */
function watchSettings(connection: Connection, analyses: DocumentAnalyses, settings: EditorSettings, config: ProjectConfig, checked: CheckedFiles): void {
  connection.onDidChangeConfiguration((change) => {
    const raw: unknown = change.settings;
    if (isRecord(raw)) settings.take(raw['archnotes']);
    const refresh = settings.canAsk ? settings.refresh() : Promise.resolve(true);
    void refresh.then(() => {
      config.forget();
      analyses.refreshAll();
    });
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const deleted = changes.filter((c) => c.type === FileChangeType.Deleted).map((c) => c.uri);
    if (deleted.length > 0 && checked.size > 0) {
      checked.deleted(deleted, (uri) => void connection.sendDiagnostics({ uri, diagnostics: [] }), (uri) => analyses.documents.get(uri) !== undefined);
    }
    // A config file changed, or something that may have held one (a deleted folder: no extension).
    const mayBeConfig = changes.some((c) => /\.archnotes\.jsonc$/.test(c.uri) || (c.type === FileChangeType.Deleted && !c.uri.slice(c.uri.lastIndexOf('/') + 1).includes('.')));
    if (!mayBeConfig) return;
    config.forget();
    analyses.refreshAll();
  });
}

/**
 * What the editor shows while documents are analysed: LSP work-done progress for a big file's first
 * analysis (a spinner with a percentage), an `archnotes/status` notification the VS Code client
 * turns into its language status item, and log lines in the "archnotes" output.
 */
function analysisLog(connection: Connection, canShowProgress: () => boolean, shown: (uri: string) => string): AnalysisEvents {
  const progress = new Map<string, Promise<WorkDoneProgressServerReporter | undefined>>();
  const status = (uri: string, busy: boolean, ms?: number, inWorker?: boolean, cpuMs?: number): void =>
    void connection.sendNotification('archnotes/status', { uri, busy, ms, ...(inWorker ? { inWorker } : {}), ...(cpuMs !== undefined ? { cpuMs } : {}) });
  /** The process's CPU time (all threads) when each analysis started: on a shared machine its wall time says little. */
  const cpuAtStart = new Map<string, number>();
  const cpuNow = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  return {
    started: (uri, chars) => {
      cpuAtStart.set(uri, cpuNow());
      status(uri, true);
      if (chars > LARGE_FOR_PROGRESS && canShowProgress() && !progress.has(uri)) {
        const reporter = connection.window.createWorkDoneProgress().then(
          (r) => {
            r.begin('archnotes', 0, `analysing ${Math.round(chars / 1024)} KB`, false);
            return r;
          },
          () => undefined,
        );
        progress.set(uri, reporter);
      }
    },
    progress: (uri, done, total) => {
      void progress.get(uri)?.then((r) => r?.report(Math.floor((100 * done) / Math.max(1, total)), `analysing ${Math.round(done / 1024)} of ${Math.round(total / 1024)} KB`));
    },
    finished: (uri, ms, findings, cold, workers = 0) => {
      const inWorker = workers > 0;
      const since = cpuAtStart.get(uri);
      cpuAtStart.delete(uri);
      // The whole process's CPU while this analysis ran (another document's analysis meanwhile counts too).
      const cpuMs = since === undefined ? undefined : Math.round(cpuNow() - since);
      status(uri, false, Math.round(ms), inWorker, cpuMs);
      void progress.get(uri)?.then((r) => r?.done());
      progress.delete(uri);
      const cpu = cpuMs === undefined ? '' : `, ${cpuMs} ms CPU`;
      if (cold) connection.console.log(`archnotes: analysed ${shown(uri)} in ${Math.round(ms)} ms${cpu}${workers > 1 ? ` (in ${workers} analysis workers)` : inWorker ? ' (in the analysis worker)' : ''}: ${findings} finding${findings === 1 ? '' : 's'}`);
    },
    workerReady: () => connection.console.log('archnotes: analysis worker ready'),
    failed: (uri, message) => {
      cpuAtStart.delete(uri);
      status(uri, false);
      void progress.get(uri)?.then((r) => r?.done());
      progress.delete(uri);
      connection.console.error(`archnotes: analysis failed for ${shown(uri)}: ${message}`);
    },
  };
}
