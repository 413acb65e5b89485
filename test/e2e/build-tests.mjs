// Bundles the extension-host mocha suite (client/src/test/*.ts) to out/test/*.cjs with the
// project's own esbuild. `vscode` and `mocha` stay external: the extension host provides `vscode`,
// and `mocha` resolves from the repo's node_modules (a root devDependency).
// usage: node test/e2e/build-tests.mjs [outdir]
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(repo, 'package.json'));
const esbuild = require('esbuild');
const srcDir = path.join(repo, 'client/src/test');
const outdir = path.resolve(process.argv[2] ?? path.join(repo, 'out/test'));

const entryPoints = fs
  .readdirSync(srcDir)
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => path.join(srcDir, f));
fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outExtension: { '.js': '.cjs' },
  external: ['vscode', 'mocha'],
  // As scripts/build.mjs: jsonc-parser's UMD main requires files esbuild cannot see (a test imports the engine).
  mainFields: ['module', 'main'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`built ${entryPoints.length} test bundles into ${path.relative(repo, outdir)}/`);
