/**
 * `archnotes-language-server`: speaks LSP over --stdio, --node-ipc or --socket=N (the transport is
 * picked from argv by vscode-languageserver).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('archnotes-language-server 0.1.0\n');
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

startServer(createConnection(ProposedFeatures.all));
