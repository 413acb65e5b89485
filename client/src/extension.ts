/**
 * The VS Code client: the only code that imports `vscode`. It starts the bundled language server
 * over IPC for markdown files and passes the `archnotes.*` settings through.
 */
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
    vscode.commands.registerCommand('archnotes.restartServer', async () => {
      await client?.restart();
    }),
  );
  await client.start();
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
