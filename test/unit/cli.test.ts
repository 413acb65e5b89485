import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { largestFirst, PARALLEL_MIN_BYTES, threadsFor } from '../../server/src/cli/parallel';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'archnotes.cjs');

function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Temporary folders this file made; removed when its tests are done, so `npm test` leaves the temp dir as it was. */
const temporary: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

function workspace(): string {
  const dir = tempDir('archnotes-cli-');
  mkdirSync(join(dir, 'docs', 'node_modules'), { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'orders-platform.md'), join(dir, 'docs', 'orders.md'));
  writeFileSync(join(dir, 'docs', 'clean.markdown'), '# Clean\n\nThe VPC is 10.1.0.0/16 and PostgreSQL listens on 5432.\n');
  writeFileSync(join(dir, 'docs', 'node_modules', 'skip.md'), 'The VPC is 10.0.0.0/8.\n');
  writeFileSync(join(dir, 'docs', 'notes.txt'), 'The VPC is 10.0.0.0/8.\n');
  return dir;
}

describe('archnotes CLI', function () {
  this.timeout(30000);
  after(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('prints path:line:col severity message [rule] and a summary; exits 1 on errors', () => {
    const dir = workspace();
    const r = cli(['check', 'docs'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^docs\/orders\.md:7:25 {2}error {2}\/15 has 131,072 addresses.* {2}\[vpc-cidr-size\]$/m);
    assert.match(r.stdout, /3 problems \(2 errors, 1 warning, 0 info\) in 2 files/);
    assert.doesNotMatch(r.stdout, /node_modules|notes\.txt/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colours when not a TTY');
  });

  it('resolves as `npx archnotes` in the repository (the README quick start)', () => {
    // As a person on a fresh machine would type it: without the npm_* environment of the `npm test` that
    // runs this suite, and with an empty npm cache (npx keeps self-executed packages there, keyed so that a
    // stale entry from another checkout can shadow this one).
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
      npm_config_cache: tempDir('archnotes-npm-cache-'),
    };
    const r = spawnSync('npx', ['--no-install', 'archnotes', '--version'], { cwd: ROOT, encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^archnotes \d+\.\d+\.\d+/);
  });

  it('exits 0 when there is no error-level finding', () => {
    const dir = workspace();
    assert.equal(cli(['check', 'docs/clean.markdown'], dir).code, 0);
  });

  it('expands globs', () => {
    const dir = workspace();
    const r = cli(['check', 'docs/**/*.markdown'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /in 1 file/);
  });

  it('writes a stable JSON shape', () => {
    const dir = workspace();
    const r = cli(['check', 'docs', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout) as {
      version: number;
      files: Array<{ path: string; findings: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; severity: string; fixes: Array<{ safe: boolean }>; sources: Array<{ url: string; checked: string }> }> }>;
      summary: { errors: number };
    };
    assert.equal(json.version, 1);
    const orders = json.files.find((f) => f.path === 'docs/orders.md');
    assert.ok(orders);
    const vpc = orders.findings.find((f) => f.ruleId === 'vpc-cidr-size');
    assert.deepEqual(vpc && [vpc.line, vpc.column, vpc.endLine, vpc.endColumn], [7, 25, 7, 36]);
    assert.match(vpc?.sources[0]?.url ?? '', /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.equal(json.summary.errors, 2);
  });

  it('writes SARIF 2.1.0 that code scanning accepts', () => {
    const dir = workspace();
    const r = cli(['check', 'docs', '--format', 'sarif'], dir);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string }> } };
        results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }> }>;
      }>;
    };
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.ok(run);
    const ids = run.tool.driver.rules.map((r) => r.id);
    assert.ok(ids.includes('vpc-cidr-size'));
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0);
      assert.match(rule.helpUri, /^https:\/\//);
    }
    assert.equal(run.results.length, 3);
    for (const result of run.results) {
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId);
      const loc = result.locations[0]?.physicalLocation;
      assert.equal(loc?.artifactLocation.uri, 'docs/orders.md');
      assert.ok((loc?.region.startLine ?? 0) >= 1 && (loc?.region.startColumn ?? 0) >= 1);
    }
  });

  it('--fix applies safe fixes in place and leaves files without fixes untouched', () => {
    const dir = workspace();
    const clean = join(dir, 'docs', 'clean.markdown');
    const before = readFileSync(clean, 'utf8');
    const r = cli(['check', 'docs', '--fix'], dir);
    const fixed = readFileSync(join(dir, 'docs', 'orders.md'), 'utf8');
    assert.match(fixed, /10\.20\.10\.0\/24/);
    // "PostgreSQL ... :3306": the engine may be the slip rather than the port, so that fix is a person's call.
    assert.match(fixed, /rds\.amazonaws\.com:3306/, 'the contested port fix is not applied');
    assert.match(fixed, /10\.0\.0\.0\/15/, 'unsafe fix (the /15) is left for a person');
    assert.equal(readFileSync(clean, 'utf8'), before);
    assert.equal(r.code, 1, 'the /15 error remains');
    assert.match(r.stdout, /fixed 1/);
  });

  it('exits 2 on a usage error and on an unreadable file, still checking the others', () => {
    const dir = workspace();
    const usage = cli(['check', '--format', 'xml'], dir);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--format must be/);
    const missing = cli(['check', 'docs/clean.markdown', 'docs/missing.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /docs\/missing\.md: cannot read/);
    assert.match(missing.stdout, /in 1 file/);
  });

  it('reads the nearest .archnotes.jsonc and reports unused suppressions', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'docs', '.archnotes.jsonc'), '{\n  // quieter\n  "rules": { "vpc-cidr-size": "off", "cidr-host-bits": "warning" },\n}\n');
    writeFileSync(join(dir, 'docs', 'suppressed.md'), '<!-- archnotes-disable-next-line engine-port-mismatch -- legacy proxy -->\nThe VPC is 10.1.0.0/16.\n');
    const r = cli(['check', 'docs', '--format', 'json'], dir);
    const json = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; severity: string }> }> };
    const all = json.files.flatMap((f) => f.findings.map((x) => `${f.path}:${x.ruleId}:${x.severity}`));
    assert.ok(!all.some((x) => x.includes('vpc-cidr-size')));
    assert.ok(all.includes('docs/orders.md:cidr-host-bits:warning'));
    assert.ok(all.includes('docs/suppressed.md:unused-suppression:info'));
    assert.equal(r.code, 0, 'no error-level finding left');
  });

  it('falls back to the defaults with a clear message when the config is broken', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'docs', '.archnotes.jsonc'), '{ "rules": { "vpc-cidr-size": ');
    const r = cli(['check', 'docs'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\.archnotes\.jsonc: .*using the defaults/);
    assert.match(r.stdout, /vpc-cidr-size/);
  });

  it('checks on worker threads with the same report as one thread, largest files first', () => {
    const dir = workspace();
    const orders = readFileSync(join(dir, 'docs', 'orders.md'), 'utf8');
    // Mixed sizes (a big file last in path order), a config, an unreadable and a binary file.
    writeFileSync(join(dir, 'docs', 'zz-big.md'), `${orders}\n`.repeat(40));
    writeFileSync(join(dir, 'docs', 'binary.md'), 'a\u0000b');
    writeFileSync(join(dir, 'docs', '.archnotes.jsonc'), '{ "rules": { "cidr-host-bits": "warning" } }\n');
    const args = ['check', 'docs', 'docs/missing.md', '--format', 'json'];
    const one = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ARCHNOTES_THREADS: '1' } });
    const two = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ARCHNOTES_THREADS: '2' } });
    assert.equal(two.status, 2, two.stderr);
    assert.equal(two.status, one.status);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    const files = (JSON.parse(two.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    assert.deepEqual(files, ['docs/binary.md', 'docs/clean.markdown', 'docs/orders.md', 'docs/zz-big.md'], 'input order in the report');
  });

  it('uses workers only from PARALLEL_MIN_BYTES of text, and hands out the largest files first', () => {
    const saved = process.env['ARCHNOTES_THREADS'];
    delete process.env['ARCHNOTES_THREADS'];
    try {
      const small = new Array<number>(10).fill(1024);
      assert.equal(threadsFor(small, true), 1);
      const enough = new Array<number>(10).fill(Math.ceil(PARALLEL_MIN_BYTES / 10));
      assert.ok(threadsFor(enough, true) >= Math.min(2, availableParallelism()));
      assert.equal(threadsFor(enough, false), 1, 'no bundled worker (running from source)');
      assert.equal(threadsFor([PARALLEL_MIN_BYTES], true), 1, 'one file, one thread');
      process.env['ARCHNOTES_THREADS'] = '3';
      assert.equal(threadsFor(small, true), 3, 'ARCHNOTES_THREADS forces the count');
    } finally {
      if (saved === undefined) delete process.env['ARCHNOTES_THREADS'];
      else process.env['ARCHNOTES_THREADS'] = saved;
    }
    assert.deepEqual(largestFirst([10, 300, 10, 5000, 0]), [3, 1, 0, 2, 4]);
  });

  it('stops quietly when the reader of its output goes away (`archnotes check . | head`)', () => {
    const dir = workspace();
    const lines = Array.from({ length: 1500 }, (_, i) => `The VPC uses 10.${i % 250}.0.0/8 for service ${i}.\n`);
    writeFileSync(join(dir, 'many.md'), `# Many\n\n${lines.join('\n')}`);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check many.md --format json | head -c 100`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stdout.length, 100);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });

  it('reports a file as failed when the worker checking it dies, checks the rest and does not hang', () => {
    const dir = workspace();
    const orders = readFileSync(join(dir, 'docs', 'orders.md'), 'utf8');
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, 'docs', `copy-${i}.md`), orders);
    writeFileSync(join(dir, 'docs', 'a-biggest.md'), `${orders}\n`.repeat(20));
    writeFileSync(join(dir, 'docs', 'b-bigger.md'), `${orders}\n`.repeat(19));
    // Either thread may take any file, so every file is a trap except the biggest (the main thread's first).
    const names = ['b-bigger.md', ...Array.from({ length: 6 }, (_, i) => `copy-${i}.md`), 'orders.md', 'clean.markdown'];
    for (const name of names) {
      const r = spawnSync(process.execPath, [BIN, 'check', 'docs', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 60000, env: { ...process.env, ARCHNOTES_THREADS: '2', ARCHNOTES_TEST_WORKER_DIES_ON: name } });
      assert.equal(r.signal, null, 'no hang');
      const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; error?: string }> }).files;
      assert.equal(files.length, 10);
      const failed = files.filter((f) => f.error);
      assert.ok(failed.length <= 1, r.stdout);
      if (failed.length === 1) {
        assert.equal(failed[0]?.path, `docs/${name}`);
        assert.equal(failed[0]?.error, 'analysis failed (worker exited)');
        assert.equal(r.status, 3, 'an internal failure');
        assert.match(r.stderr, new RegExp(`docs/${name.replace('.', '\\.')}: analysis failed \\(worker exited\\)`));
        return;
      }
    }
    assert.fail('the worker never took a trapped file');
  });
});
