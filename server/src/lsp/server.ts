/**
 * The language server: wires the LSP connection to the document scheduler (documents.ts), the
 * settings (settings.ts) and the request handlers (handlers.ts). A thin adapter: analysis runs on
 * change, debounced per document; requests read the latest analysis and never parse.
 */
import { CodeActionKind, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { FIX_ALL_KIND } from './convert';
import { DocumentAnalyses, type AnalysisEvents } from './documents';
import { codeActions, completion, COMPLETION_TRIGGERS, documentSymbol, hover, workspaceSymbol, type HandlerContext } from './handlers';
import { EditorSettings, isRecord, ProjectConfig } from './settings';
import { WorkspaceSymbols } from './workspace-symbols';
import { VERSION } from '../version';

export { FIX_ALL_KIND };

export function startServer(connection: Connection): void {
  const log = (message: string): void => connection.console.log(`archnotes: ${message}`);
  const settings = new EditorSettings(connection);
  const config = new ProjectConfig(connection, log);
  const analyses = new DocumentAnalyses(connection, settings, config, analysisLog(connection));
  const workspaceSymbols = new WorkspaceSymbols();
  let snippetEdits = false;

  connection.onInitialize((params): InitializeResult => {
    settings.canAsk = params.capabilities.workspace?.configuration === true;
    snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    workspaceSymbols.setFolders(foldersOf(params));
    settings.take(params.initializationOptions);
    return { capabilities: capabilities(), serverInfo: { name: 'archnotes-language-server', version: VERSION } };
  });
  connection.onInitialized(() => log(`language server ${VERSION} started (node ${process.version})`));

  watchDocuments(analyses, settings, workspaceSymbols);
  watchSettings(connection, analyses, settings, config);

  const ctx: HandlerContext = { analyses, workspaceSymbols, snippetEdits: () => snippetEdits };
  connection.onHover((params) => hover(ctx, params));
  connection.onCompletion((params) => completion(ctx, params));
  connection.onCodeAction((params) => codeActions(ctx, params));
  connection.onDocumentSymbol((params) => documentSymbol(ctx, params));
  connection.onWorkspaceSymbol((params, token) => workspaceSymbol(ctx, params, token));

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
      // The first document waits for the client's settings (one round trip, once).
      firstSettings = settings.fetch();
      void firstSettings.then(() => analyses.publish(uri));
      return;
    }
    // Later ones are analysed at once with the settings we have, re-checked in the background.
    analyses.publish(uri);
    void settings.fetch().then((changed) => {
      if (changed) analyses.refreshAll();
    });
  });
  documents.onDidChangeContent((event) => {
    const state = analyses.state(event.document.uri);
    if (state?.analyzer || state?.unsupported) analyses.schedule(event.document, 'change');
  });
  documents.onDidSave((event) => analyses.schedule(event.document, 'save'));
  documents.onDidClose((event) => {
    analyses.closed(event.document.uri);
    workspaceSymbols.close(event.document.uri);
  });
}

/** Editor settings and `.archnotes.jsonc` changes: everything open is checked again. */
function watchSettings(connection: Connection, analyses: DocumentAnalyses, settings: EditorSettings, config: ProjectConfig): void {
  connection.onDidChangeConfiguration((change) => {
    const raw: unknown = change.settings;
    if (isRecord(raw)) settings.take(raw['archnotes']);
    const refresh = settings.canAsk ? settings.fetch() : Promise.resolve(true);
    void refresh.then(() => {
      config.forget();
      analyses.refreshAll();
    });
  });
  connection.onDidChangeWatchedFiles(() => {
    config.forget();
    analyses.refreshAll();
  });
}

/** Log lines in the editor's "archnotes" output: analysis time of each document opened, failures. */
function analysisLog(connection: Connection): AnalysisEvents {
  return {
    finished: (uri, ms, findings, cold) => {
      if (cold) connection.console.log(`archnotes: analysed ${uri} in ${Math.round(ms)} ms: ${findings} finding${findings === 1 ? '' : 's'}`);
    },
    failed: (uri, message) => connection.console.error(`archnotes: analysis failed for ${uri}: ${message}`),
  };
}
