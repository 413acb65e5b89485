import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v8FlagsFor } from '../../server/src/tiering';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'archnotes.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const codeCache = require('../../bin/code-cache.cjs') as { v8Flags(version?: string): string[]; cacheFolder(env: NodeJS.ProcessEnv): string | undefined };

const temporary: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A temporary folder with `doc.md` holding `text`, and the path a cache folder in it would have. */
function setUp(text: string, cacheName = 'cache'): { doc: string; folder: string } {
  const dir = tempDir('archnotes-cache-');
  const doc = join(dir, 'doc.md');
  writeFileSync(doc, text);
  return { doc, folder: join(dir, cacheName) };
}

/** The CLI through bin/ with the cache in `folder` ('off': none); stderr carries the cache's debug line. */
function check(file: string, folder: string): { stdout: string; cache: string; code: number | null } {
  const r = spawnSync(process.execPath, [BIN, 'check', file, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, ARCHNOTES_CODE_CACHE: folder, ARCHNOTES_CODE_CACHE_DEBUG: '1', NO_COLOR: '1' },
  });
  const cache = /archnotes code cache: \S+ (\w+)/.exec(r.stderr)?.[1] ?? `(no debug line: ${r.stderr.slice(0, 200)})`;
  return { stdout: r.stdout, cache, code: r.status };
}

describe('code cache (bin/code-cache.cjs)', function () {
  this.timeout(60000);
  after(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('sets the V8 flags tiering.ts sets, for every V8 (a cache holds the flags it was made under)', () => {
    for (const version of ['10.2.154', '11.3.244.8-node.33', '12.4.254', '13.6.233.17-node.53', '14.1.0', process.versions.v8]) {
      assert.deepEqual(codeCache.v8Flags(version), v8FlagsFor(version), version);
    }
  });

  it('is written by the first run and accepted by the next, with the same report as no cache', () => {
    const { doc, folder } = setUp('# Network\n\nThe VPC is 10.0.0.0/8 and subnet app-a is 10.0.1.0/33.\n');
    const plain = check(doc, 'off');
    assert.equal(plain.cache, 'off');
    const first = check(doc, folder);
    assert.equal(first.cache, 'none');
    assert.equal(readdirSync(folder).filter((f) => f.startsWith('cli-') && f.endsWith('.v8cache')).length, 1);
    const second = check(doc, folder);
    assert.equal(second.cache, 'accepted');
    for (const run of [first, second]) {
      assert.equal(run.stdout, plain.stdout);
      assert.equal(run.code, plain.code);
    }
  });

  it('survives a damaged cache file: rejected, the same report, written again', () => {
    const { doc, folder } = setUp('Amazon SQS keeps messages for 20 days.\n');
    const plain = check(doc, 'off');
    check(doc, folder);
    const [file] = readdirSync(folder);
    assert.ok(file);
    writeFileSync(join(folder, file), Buffer.alloc(4096, 7));
    const damaged = check(doc, folder);
    assert.equal(damaged.cache, 'rejected');
    assert.equal(damaged.stdout, plain.stdout);
    assert.equal(check(doc, folder).cache, 'accepted');
  });

  it('never reads a folder others may write to', function () {
    if (process.platform === 'win32') this.skip();
    const { doc, folder } = setUp('text\n', 'shared');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    assert.equal(check(doc, folder).cache, 'unsafe');
    assert.deepEqual(readdirSync(folder), []);
  });

  it('lives under XDG_CACHE_HOME or ~/.cache unless configured; `off` disables it', () => {
    assert.equal(codeCache.cacheFolder({ XDG_CACHE_HOME: '/x/cache' }), join('/x/cache', 'archnotes'));
    assert.equal(codeCache.cacheFolder({ ARCHNOTES_CODE_CACHE: '/y' }), '/y');
    assert.equal(codeCache.cacheFolder({ ARCHNOTES_CODE_CACHE: 'off' }), undefined);
  });
});
