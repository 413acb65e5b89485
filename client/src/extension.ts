/**
 * The VS Code client: the only code that imports `vscode`. It starts the bundled language server
 * over IPC for markdown files and passes the `archnotes.*` settings through.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
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

/**
 * The language status item (the `{}` next to "Markdown" in the status bar): a spinner while the
 * active document is analysed, then its archnotes findings by severity and the analysis time.
 */
function statusItem(languageClient: LanguageClient): vscode.Disposable {
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
  languageClient.onNotification('archnotes/status', (params: { uri: string; busy: boolean; ms?: number }) => {
    if (params.busy) busy.add(params.uri);
    else busy.delete(params.uri);
    if (params.ms !== undefined) timing.set(params.uri, params.ms);
    update();
  });
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics(update),
  );
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const output = vscode.window.createOutputChannel('archnotes', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'vscode-vfs', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'archnotes',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.archnotes.jsonc'),
    },
    outputChannel: output,
    errorHandler: restartingErrorHandler(output),
    markdown: { isTrusted: false, supportHtml: false },
  };
  client = new LanguageClient('archnotes', 'archnotes', serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    awsSnippetsOnDash(context, output),
    vscode.commands.registerCommand('archnotes.restartServer', async () => {
      await client?.restart();
    }),
  );
  context.subscriptions.push(
    statusItem(client),
    vscode.commands.registerCommand('archnotes.showOutput', () => output.show(true)),
  );
  await client.start();
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
