// `prepare` (npm install, npm pack, installs from git): builds the bundles, unless esbuild is not
// installed yet. npm packs `file:` dependencies before it has installed anything when links are
// installed as copies (`--install-links`, as pre-commit installs a node hook from git), and this
// package depends on itself (`archnotes: file:.`, so `npx archnotes` resolves in a clone): that
// early pack must not fail. The root package's own prepare runs after the install and builds.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  require.resolve('esbuild');
} catch {
  process.stderr.write('archnotes prepare: esbuild is not installed yet; not building now\n');
  process.exit(0);
}
execFileSync(process.execPath, [new URL('./build.mjs', import.meta.url).pathname], { stdio: ['ignore', 2, 2] });
