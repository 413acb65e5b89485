/**
 * The VS Code client: the only code that imports `vscode`. It starts the bundled language server
 * over IPC for markdown files and passes the `archnotes.*` settings through.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addressPlanCommand } from './address-plan';
import { withRenamedSettings } from './settings-migration';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/**
 * Restart the server when it dies, and say so once per session rather than on every crash. Only a
 * burst of crashes (5 within 3 minutes) stops the restarts, so a rare crash never disables the server
 * for the rest of a long day.
 */
function restartingErrorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const WINDOW_MS = 3 * 60 * 1000;
  const MAX_IN_WINDOW = 5;
  let told = false;
  let crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      crashes = [...crashes.filter((t) => now - t < WINDOW_MS), now];
      if (crashes.length > MAX_IN_WINDOW) {
        output.error('archnotes language server crashed 5 times in 3 minutes; not restarting it again.');
        return { action: CloseAction.DoNotRestart, message: 'archnotes: the language server keeps crashing; see the archnotes output. Run "archnotes: Restart language server" to try again.' };
      }
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage('archnotes: the language server stopped unexpectedly; restarting it.');
      }
      output.warn(`archnotes language server closed; restarting (${crashes.length} in the last 3 minutes)`);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

interface SnippetEntry {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description?: string;
}

/**
 * `aws-` brings up the architecture snippets as it is typed: markdown has quick suggestions off,
 * and turning them on would suggest words everywhere. A `-` trigger answers only when the word
 * before the cursor starts with `aws-`, so a list's `- ` (and any other hyphen) opens nothing and
 * Enter still starts a new line. Ctrl+Space keeps showing the contributed snippets as before.
 */
function awsSnippetsOnDash(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): vscode.Disposable {
  let snippets: SnippetEntry[] = [];
  try {
    const raw = JSON.parse(fs.readFileSync(context.asAbsolutePath(path.join('snippets', 'markdown.code-snippets')), 'utf8')) as Record<string, SnippetEntry>;
    snippets = Object.values(raw);
  } catch (error) {
    output.warn(`archnotes: snippets not readable, no aws- completion on typing: ${(error as Error).message}`);
  }
  return vscode.languages.registerCompletionItemProvider(
    { language: 'markdown' },
    {
      provideCompletionItems(document, position, _token, completionContext) {
        if (completionContext.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter) return undefined;
        const range = document.getWordRangeAtPosition(position, /[A-Za-z0-9_-]+/);
        // `aws-` and what follows it (`aws-vpc-`: typing on re-triggers on each hyphen).
        if (!range || !range.end.isEqual(position) || !/^aws-[a-z0-9-]*$/.test(document.getText(range))) return undefined;
        return snippets.map((snippet) => {
          const prefix = ([] as string[]).concat(snippet.prefix)[0] ?? '';
          const item = new vscode.CompletionItem(prefix, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(([] as string[]).concat(snippet.body).join('\n'));
          item.detail = snippet.description;
          item.range = range;
          return item;
        });
      },
    },
    // Digits too: the server's digit triggers would otherwise replace this list at 'aws-vpc-3'.
    '-',
    ...'0123456789',
  );
}

/** A workspace edit that touches a document open with unsaved changes (other than by creating it). */
function editsUnsavedFile(edit: vscode.WorkspaceEdit): boolean {
  const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
  return dirty.size > 0 && edit.entries().some(([uri]) => dirty.has(uri.toString()) && /\.archnotes\.jsonc$/.test(uri.path));
}

const RULE_DOCS_SCHEME = 'archnotes-rule';
const SHOW_RULE_DOCS_COMMAND = 'archnotes.showRuleDocumentation';

/**
 * "Show documentation for <rule>" offline: the rule pages ship in the extension (docs/rules) and
 * open in the markdown preview beside the document. They are served under their own scheme, so the
 * language client (file and untitled documents) never checks a page's flagged examples.
 */
function ruleDocs(context: vscode.ExtensionContext): { provider: vscode.Disposable; show: (ruleId: unknown, url: unknown) => Promise<void> } {
  const pagePath = (ruleId: string): string => context.asAbsolutePath(path.join('docs', 'rules', `${ruleId}.md`));
  const provider = vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, {
    provideTextDocumentContent: (uri) => {
      const ruleId = path.posix.basename(uri.path, '.md');
      return /^[a-z0-9-]+$/.test(ruleId) ? fs.readFileSync(pagePath(ruleId), 'utf8') : '';
    },
  });
  const show = async (ruleId: unknown, url: unknown): Promise<void> => {
    if (typeof ruleId === 'string' && /^[a-z0-9-]+$/.test(ruleId) && fs.existsSync(pagePath(ruleId))) {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `/${ruleId}.md` }));
      return;
    }
    // A build without the pages: the published page.
    if (typeof url === 'string' && url.startsWith('https://')) await vscode.env.openExternal(vscode.Uri.parse(url));
  };
  return { provider, show };
}

interface WorkspaceCheckResult {
  readonly files: number;
  readonly withFindings: number;
  readonly findings: number;
  readonly skipped: number;
  readonly cancelled: boolean;
}

/**
 * "archnotes: Check all markdown in the workspace": the server checks every markdown file that is not
 * open and publishes its findings to the Problems panel; a cancellable notification shows progress.
 */
function checkWorkspaceCommand(languageClient: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('archnotes.checkWorkspace', async () => {
    const c = languageClient();
    if (!c) return undefined;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'archnotes: checking the workspace', cancellable: true },
      async (progress, token) => {
        let reported = 0;
        const sub = c.onNotification('archnotes/checkWorkspaceProgress', (p: { done: number; total: number }) => {
          const percent = p.total > 0 ? (100 * p.done) / p.total : 100;
          progress.report({ increment: percent - reported, message: `${p.done} of ${p.total} files` });
          reported = percent;
        });
        try {
          const result = await c.sendRequest<WorkspaceCheckResult>('archnotes/checkWorkspace', {}, token);
          const skipped = result.skipped > 0 ? `; ${result.skipped} skipped (ignored, too big or not text)` : '';
          void vscode.window.showInformationMessage(
            `archnotes: ${result.files} file${result.files === 1 ? '' : 's'} checked, ${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.withFindings}${skipped}${result.cancelled ? ' (cancelled)' : ''}.`,
          );
          if (result.findings > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
          return result;
        } catch (error) {
          if (token.isCancellationRequested) return undefined;
          throw error;
        } finally {
          sub.dispose();
        }
      },
    );
  });
}

/**
 * The language status item (the `{}` next to "Markdown" in the status bar): a spinner while the
 * active document is analysed, then its archnotes findings by severity and the analysis time.
 */
/** The server's `archnotes/status`: an analysis of `uri` began (`busy`) or ended (its time, and whether the worker analysed it). */
export interface AnalysisStatus {
  readonly uri: string;
  readonly busy: boolean;
  readonly ms?: number;
  /** The server process's CPU time (all threads) while the analysis ran. */
  readonly cpuMs?: number;
  readonly inWorker?: boolean;
}

/** What `activate` returns: the language client, and the end of each analysis (the e2e stage times the last publish of a first analysis with it). */
export interface ArchnotesApi {
  readonly client: () => LanguageClient | undefined;
  readonly onDidChangeAnalysisStatus: vscode.Event<AnalysisStatus>;
}

function statusItem(languageClient: LanguageClient, statuses: vscode.EventEmitter<AnalysisStatus>): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('archnotes.status', [{ language: 'markdown' }]);
  item.name = 'archnotes';
  item.command = { title: 'Show log', command: 'archnotes.showOutput' };
  const busy = new Set<string>();
  const timing = new Map<string, number>();
  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') return;
    const uri = doc.uri.toString();
    item.busy = busy.has(uri);
    if (item.busy) {
      item.text = 'archnotes: analysing…';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.detail = undefined;
      return;
    }
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'archnotes');
    const count = (s: vscode.DiagnosticSeverity): number => diags.filter((d) => d.severity === s).length;
    const [errors, warnings, infos] = [count(vscode.DiagnosticSeverity.Error), count(vscode.DiagnosticSeverity.Warning), count(vscode.DiagnosticSeverity.Information)];
    const parts = [[errors, 'error'], [warnings, 'warning'], [infos, 'info']].filter(([n]) => n !== 0).map(([n, what]) => `${n} ${what}${n === 1 || what === 'info' ? '' : 's'}`);
    item.text = parts.length === 0 ? '$(check) archnotes' : `archnotes: ${parts.join(', ')}`;
    item.severity = errors > 0 ? vscode.LanguageStatusSeverity.Error : warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    const ms = timing.get(uri);
    item.detail = ms === undefined ? undefined : `analysed in ${ms} ms`;
  };
  languageClient.onNotification('archnotes/status', (params: AnalysisStatus) => {
    if (params.busy) busy.add(params.uri);
    else busy.delete(params.uri);
    if (params.ms !== undefined) timing.set(params.uri, params.ms);
    update();
    statuses.fire(params);
  });
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics(update),
  );
}

export async function activate(context: vscode.ExtensionContext): Promise<ArchnotesApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  // The launcher runs dist/server.cjs through a V8 code cache (~/.cache/archnotes): a start after the
  // first compiles none of the 2 MB bundle again (server/src/lsp/launch-server.cjs).
  const launcher = context.asAbsolutePath(path.join('dist', 'server-launch.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: launcher, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const output = vscode.window.createOutputChannel('archnotes', { log: true });
  const docs = ruleDocs(context);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'vscode-vfs', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'archnotes',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.archnotes.jsonc'),
        // Deletes of any file or folder: "Check all markdown in the workspace" clears their findings.
        vscode.workspace.createFileSystemWatcher('**/*', true, true, false),
      ],
    },
    outputChannel: output,
    errorHandler: restartingErrorHandler(output),
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      // The server's command opens the published page; here the shipped page opens, offline.
      executeCommand: (command, args, next) => (command === SHOW_RULE_DOCS_COMMAND ? docs.show(args[0], args[1]) : next(command, args)),
      // The server edits the config as it is on disk: with unsaved changes in an editor, its offsets
      // would land in the wrong place, so "Disable <rule> in .archnotes.jsonc" waits for a save.
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        return actions?.filter((action) => !(action instanceof vscode.CodeAction && action.edit && editsUnsavedFile(action.edit)));
      },
      workspace: {
        // A value set under a renamed key (archnotes.debounceMs, archnotes.maxFileSizeKb) still applies.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value: unknown, i) => {
            const item = params.items[i];
            if (item?.section !== 'archnotes' || typeof value !== 'object' || value === null) return value;
            const config = vscode.workspace.getConfiguration('archnotes', item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined);
            return withRenamedSettings(value as Record<string, unknown>, (key) => config.inspect(key));
          });
        },
      },
    },
  };
  client = new LanguageClient('archnotes', 'archnotes', serverOptions, clientOptions);
  const statuses = new vscode.EventEmitter<AnalysisStatus>();
  context.subscriptions.push(
    output,
    docs.provider,
    awsSnippetsOnDash(context, output),
    // After "Disable <rule> in .archnotes.jsonc": the edit is in memory; the server reads the file on disk.
    vscode.commands.registerCommand('archnotes.saveConfigFile', async (uri: unknown) => {
      if (typeof uri !== 'string') return;
      const target = vscode.Uri.parse(uri);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === target.fsPath);
      if (doc?.isDirty) await doc.save();
    }),
    vscode.commands.registerCommand('archnotes.restartServer', async () => {
      await client?.restart();
    }),
  );
  context.subscriptions.push(
    statuses,
    statusItem(client, statuses),
    vscode.commands.registerCommand('archnotes.showOutput', () => output.show(true)),
    addressPlanCommand(() => client),
    checkWorkspaceCommand(() => client),
  );
  await client.start();
  return { client: () => client, onDidChangeAnalysisStatus: statuses.event };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
