// Runs the extension's mocha suite (client/src/test, bundled to out/test) inside code-server's real
// Node extension host, the way VS Code's own browser integration tests do: the workbench URL carries
// a `payload` with extensionDevelopmentPath / extensionTestsPath as vscode-remote URIs, code-server
// runs with `--vscode-option enable-smoke-test-driver`, and the workbench reports the end of the
// run through window.codeAutomationExit(code) (its console through window.codeAutomationLog).
//
// usage: node test/e2e/ext-host.mjs <baseUrl> <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder> <shotsDir>
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

const [base, devPath, testsPath, folder, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node ext-host.mjs <baseUrl> <extDevPath> <testsPath> <folder> <shotsDir>');
  process.exit(2);
}
const TIMEOUT = Number(process.env.EXT_TESTS_TIMEOUT_MS ?? 300000);
// code-server's web client uses window.location.host as the remote authority.
const remote = (p) => `vscode-remote://${new URL(base).host}${p}`;
const payload = JSON.stringify([
  ['extensionDevelopmentPath', remote(devPath)],
  ['extensionTestsPath', remote(testsPath)],
  ['skipWelcome', 'true'],
]);
const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;

const t0 = Date.now();
const udd = fs.mkdtempSync(path.join(process.env.TMPDIR ?? os.tmpdir(), 'chromium-'));
const context = await chromium.launchPersistentContext(udd, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  viewport: { width: 1400, height: 900 },
});
const page = context.pages()[0] ?? (await context.newPage());

// Extension-host console lines worth showing: mocha's spec reporter and errors, not workbench chatter.
const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|^(Resolv|Creat|Updating|\[Service|\[reconn)|workbench contribution|authentication provider 'github'|ENOTFOUND|open-vsx|^\s*$/;
let finish;
const exited = new Promise((resolve) => { finish = resolve; });
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const s = util.format(...(args ?? []));
  if (!NOISE.test(s)) console.log(`  [exthost ${type}] ${s}`);
});
await page.exposeFunction('codeAutomationExit', (code) => finish(code));
const timer = setTimeout(() => finish('timeout'), TIMEOUT);
if (process.env.DEBUG_CONSOLE) page.on('console', (m) => console.log(`  [console ${m.type()}]`, m.text().slice(0, 300)));

// The end of the run is signalled by codeAutomationExit, not by the page load; the load only has
// to start (busy CI machines can take well over 30 s to serve the workbench).
await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT }).catch((e) => finish(`navigation failed: ${e.message.split('\n')[0]}`));
const code = await exited;
clearTimeout(timer);
let png = '';
if (code !== 0) {
  png = path.join(shots, `ext-host-exit-${code}.png`);
  await page.screenshot({ path: png }).catch(() => {});
}
console.log(`extension-host suite finished: exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s${png ? `; screenshot=${png}` : ''}`);
if (code === 'timeout') console.log(`  (no codeAutomationExit within ${TIMEOUT} ms: the suite never started or hung)`);
await context.close().catch(() => {});
fs.rmSync(udd, { recursive: true, force: true });
process.exit(code === 0 ? 0 : 1);
