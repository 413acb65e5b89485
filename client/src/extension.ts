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

/** Restart the server when it dies, and say so once per session rather than on every crash. */
function restartingErrorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  let told = false;
  let restarts = 0;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      restarts++;
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage('archnotes: the language server stopped unexpectedly and was restarted.');
      }
      output.warn(`archnotes language server closed; restart #${restarts}`);
      return restarts <= 5 ? { action: CloseAction.Restart } : { action: CloseAction.DoNotRestart, message: 'archnotes: the language server keeps crashing; see the archnotes output.' };
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
