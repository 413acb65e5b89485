/**
 * The package outside this checkout: the `npm pack` tarball installed into an empty folder, and the
 * pre-commit hook installed the way pre-commit (4.6.2) installs a `language: node` hook, then its
 * `entry` run with the file names appended. The package has no runtime dependencies (the bundles
 * are self-contained), so neither install needs the registry.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LspClient, type PublishParams } from './helpers/lsp-client';

const ROOT = join(__dirname, '..', '..');
const NPM_QUIET = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const BAD = '# Network\n\nThe VPC is 10.0.0.0/15.\n';
const CLEAN = '# Network\n\nThe VPC is 10.1.0.0/16 and PostgreSQL listens on 5432.\n';

/** The environment of a user's shell: none of the npm_* variables of the `npm test` running this. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))), NO_COLOR: '1', ...extra };
}

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = userEnv()): string {
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const temps: string[] = [];
function temp(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `archnotes-${name}-`));
  temps.push(dir);
  return dir;
}

/** A project with one note that has a finding and one that has none. */
function project(): string {
  const dir = temp('project');
  writeFileSync(join(dir, 'bad.md'), BAD);
  writeFileSync(join(dir, 'clean.md'), CLEAN);
  return dir;
}

describe('packaging: the npm tarball and the pre-commit hook', function () {
  this.timeout(600000);
  after(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it('npm pack → npm install in an empty folder gives a working archnotes check and language server', async () => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
    const packs = temp('pack');
    // --ignore-scripts: `npm test` has just built dist/ (the prepare script would build it again).
    const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', packs, '--loglevel=error'], ROOT).trim().split('\n').pop() ?? '';
    const files = (JSON.parse(npm(['pack', '--ignore-scripts', '--dry-run', '--json', '--loglevel=error'], ROOT)) as Array<{ files: Array<{ path: string }> }>)[0]?.files.map((f) => f.path) ?? [];
    assert.ok(files.includes('dist/cli.cjs') && files.includes('dist/server.cjs') && files.includes('dist/cli-worker.cjs') && files.includes('dist/server-worker.cjs'), files.join(' '));
    assert.ok(!files.some((f) => /^(server|client|test|node_modules|scripts)\//.test(f)), 'sources and tests stay out of the package');

    const app = temp('install');
    writeFileSync(join(app, 'package.json'), '{ "name": "empty", "version": "1.0.0", "private": true }\n');
    npm(['install', ...NPM_QUIET, join(packs, tarball)], app);
    const bin = join(app, 'node_modules', '.bin');
    const dir = project();
    const bad = spawnSync(join(bin, 'archnotes'), ['check', 'bad.md'], { cwd: dir, encoding: 'utf8', env: userEnv() });
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /^bad\.md:3:12 {2}error .*\[vpc-cidr-size\]$/m);
    const clean = spawnSync(join(bin, 'archnotes'), ['check', 'clean.md'], { cwd: dir, encoding: 'utf8', env: userEnv() });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);

    const client = new LspClient(['--stdio'], { bin: join(bin, 'archnotes-language-server'), cwd: dir, env: userEnv() });
    try {
      const init = (await client.initialize()) as { capabilities: { hoverProvider?: unknown } };
      assert.ok(init.capabilities.hoverProvider);
      const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === 'file:///bad.md', 60000);
      client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///bad.md', languageId: 'markdown', version: 1, text: BAD } });
      assert.deepEqual(
        (await published).diagnostics.map((d) => d.code),
        ['vpc-cidr-size'],
      );
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.process.kill();
    }
  });

  it('.pre-commit-hooks.yaml: installed as pre-commit installs a node hook, its entry checks the files it is given', () => {
    const hooks = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const field = (name: string): string => hooks.match(new RegExp(`^-? *${name}: (.+)$`, 'm'))?.[1]?.trim() ?? '';
    assert.equal(field('id'), 'archnotes');
    assert.equal(field('language'), 'node');
    assert.equal(field('types'), '[markdown]');
    const entry = field('entry').split(/\s+/);
    assert.deepEqual(entry, ['archnotes', 'check']);

    // The hook's repository at a release tag: the tracked files plus the built bundles (a tag that
    // pre-commit installs must carry dist/: npm 11 runs no build script of a git dependency
    // installed globally without an allow-scripts entry).
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
    const repo = temp('hook-repo');
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of [...tracked, 'dist/cli.cjs', 'dist/cli-worker.cjs', 'dist/server.cjs', 'dist/server-worker.cjs']) {
      if (!existsSync(join(ROOT, file))) continue;
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(repo, file));
    }
    const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=release', '-c', 'user.email=release@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A', '-f');
    git('commit', '-q', '-m', 'release');

    // pre-commit (languages/node.py, 4.6.2): its environment variables, then
    // `npm install --allow-git=root --install-links -g git+file://<clone>`.
    const envdir = temp('hook-env');
    const env = userEnv({ NODE_VIRTUAL_ENV: envdir, NPM_CONFIG_PREFIX: envdir, npm_config_prefix: envdir, NODE_PATH: join(envdir, 'lib', 'node_modules'), PATH: `${join(envdir, 'bin')}:${process.env['PATH'] ?? ''}` });
    npm(['install', '--allow-git=root', '--install-links', '-g', `git+file://${repo}`, ...NPM_QUIET], repo, env);

    const dir = project();
    const [command, ...args] = entry;
    const bad = spawnSync(command ?? '', [...args, 'bad.md', 'clean.md'], { cwd: dir, encoding: 'utf8', env });
    assert.equal(bad.status, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /^bad\.md:3:12 {2}error .*\[vpc-cidr-size\]$/m);
    const clean = spawnSync(command ?? '', [...args, 'clean.md'], { cwd: dir, encoding: 'utf8', env });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /0 problems .* in 1 file/);
  });
});
