// Builds and packages archnotes-<version>.vsix: the esbuild bundles only, no node_modules inside.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = `archnotes-${pkg.version}.vsix`;
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--baseContentUrl', 'https://github.com/archnotes/archnotes/blob/main/', '--baseImagesUrl', 'https://github.com/archnotes/archnotes/raw/main/', '-o', out], { stdio: 'inherit' });
const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(1)} KiB`);
