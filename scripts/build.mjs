// Bundles the client, the language server and the CLI with esbuild (CommonJS, Node 20).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, logLevel: 'warning', legalComments: 'none', mainFields: ['module', 'main'] };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.cjs' }),
  build({ ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.cjs' }),
  build({ ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.cjs' }),
  build({ ...common, entryPoints: ['server/src/lsp/analysis-worker.ts'], outfile: 'dist/server-worker.cjs' }),
  // Launchers beside the bundles (the vsix ships dist/ only): each runs its bundle through the V8 code cache.
  build({ ...common, entryPoints: ['server/src/lsp/launch-server.cjs'], outfile: 'dist/server-launch.cjs' }),
  build({ ...common, entryPoints: ['server/src/lsp/launch-worker.cjs'], outfile: 'dist/server-worker-launch.cjs' }),
]);
