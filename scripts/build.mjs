// Bundles the client, the language server and the CLI with esbuild (CommonJS, Node 20).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, logLevel: 'warning', legalComments: 'none', mainFields: ['module', 'main'] };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.cjs' }),
  build({ ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.cjs' }),
  build({ ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.cjs' }),
  build({ ...common, entryPoints: ['server/src/lsp/analysis-worker.ts'], outfile: 'dist/server-worker.cjs' }),
]);
