/**
 * `archnotes-language-server`: speaks LSP over --stdio, --node-ipc or --socket=N (the transport is
 * picked from argv by vscode-languageserver).
 */
// First: how eagerly V8 optimises applies to functions first run after it is set (tiering.ts).
import '../tiering';
import { createConnection, LSPErrorCodes, ProposedFeatures, type Message, type ResponseMessage } from 'vscode-languageserver/node';
import { startServer } from './server';
import { VERSION } from '../version';

if (process.argv.includes('--version')) {
  process.stdout.write(`archnotes-language-server ${VERSION}\n`);
  process.exit(0);
}
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (!process.argv.some((arg) => transports.some((t) => arg.startsWith(t)))) {
  process.stderr.write('usage: archnotes-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}

// A bug must never take the editor's server down: log it and keep serving.
process.on('uncaughtException', (error) => {
  process.stderr.write(`archnotes: unexpected error: ${error.stack ?? error.message}\n`);
});

/**
 * A request cancelled while still queued (the server was busy, e.g. opening a big file) is answered
 * RequestCancelled without running; vscode-jsonrpc's default runs it anyway.
 */
function cancelUndispatched(message: Message): ResponseMessage {
  const id = 'id' in message && (typeof message.id === 'number' || typeof message.id === 'string') ? message.id : null;
  return { jsonrpc: '2.0', id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it ran' } };
}

startServer(createConnection(ProposedFeatures.all, { cancelUndispatched }));
