// `npm run test:vscode`: the same extension-host mocha suite (out/test/index.cjs, built from
// client/src/test) in a downloaded desktop VS Code via @vscode/test-electron. Needs internet access
// to update.code.visualstudio.com (not available on the CI machines; use `npm run test:e2e` there),
// and a display (on headless Linux: `xvfb-run -a npm run test:vscode`).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

const repo = path.resolve(__dirname, '../../..');

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'archnotes-vscode-'));
  const ws = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repo, 'test/e2e/fixtures/workspace'), ws, { recursive: true });
  const results = path.join(repo, 'test-results/vscode');
  fs.mkdirSync(results, { recursive: true });
  try {
    await runTests({
      // VS Code version: pinned to the one inside code-server 4.139.1 so both runners see the same API.
      version: process.env.VSCODE_VERSION ?? '1.139.1',
      // keep the downloaded VS Code out of the repo's tracked tree (test/e2e/.tooling is gitignored)
      cachePath: path.join(repo, 'test/e2e/.tooling/vscode-test'),
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out/test/index.cjs'),
      extensionTestsEnv: { ARCHNOTES_E2E_RESULTS: path.join(results, 'mocha.json') },
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', path.join(tmp, 'user'), '--extensions-dir', path.join(tmp, 'exts')],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('test:vscode failed:', err?.message ?? err);
  process.exit(1);
});
