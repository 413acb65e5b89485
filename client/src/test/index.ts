// Entry point for the real-extension-host mocha suite.
// Loaded by VS Code as `extensionTestsPath`: through code-server's test payload (test/e2e/run.sh)
// or through @vscode/test-electron (test/e2e/electron/run.cjs). test/e2e/build-tests.mjs bundles
// every `*.test.ts` in this folder to out/test/*.test.cjs, and this runner adds them all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface TestRecord {
  title: string;
  state: 'passed' | 'failed';
  ms?: number;
  err?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    timeout: Number(process.env.ARCHNOTES_TEST_TIMEOUT_MS ?? 60000),
    color: false,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.cjs'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  if (process.env.ARCHNOTES_TEST_GREP) mocha.grep(process.env.ARCHNOTES_TEST_GREP);

  const records: TestRecord[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The e2e driver reads this file to count passes and failures per test.
      const out = process.env.ARCHNOTES_E2E_RESULTS;
      if (out) {
        const summary = { stats: runner.stats, failures, files, vscodeVersion: vscode.version, node: process.version, tests: records };
        fs.writeFileSync(out, JSON.stringify(summary, null, 2));
      }
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (t) => records.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err: unknown) =>
      records.push({ title: t.fullTitle(), state: 'failed', err: err instanceof Error ? err.message : String(err) }),
    );
  });
}
