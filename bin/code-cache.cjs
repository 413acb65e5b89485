'use strict';
/**
 * Runs a bundle (dist/cli.cjs, dist/server.cjs) with a V8 code cache, so a process does not compile
 * the same 2 MB of JavaScript again: the bundle's top level, and every function the last run compiled
 * lazily (the parser, the rules, the hover code), come from the cache. Measured on the notes (434 KB,
 * docs/reliability.md, fourteenth session): the language server's CPU for opening them 1.31 -> 1.20 s
 * (1.58 -> 1.40 s in another pass), the CLI on a 10 KB document 270 -> 230 ms.
 *
 * The cache is a file per bundle in `$ARCHNOTES_CODE_CACHE` (a folder; `off` disables it), else
 * `$XDG_CACHE_HOME/archnotes`, else `~/.cache/archnotes`; its name holds a hash of the bundle's text,
 * Node's version and the V8 flags, so another build never reads it. V8 itself rejects a cache made
 * for another V8 or other flags (then it is written again). Only a folder of this user's that no one
 * else may write to is used (so not on Windows, whose file modes do not say so). Written once, when
 * there was none or V8 rejected it: at exit, and for a long-running server also after `saveAfterMs`.
 * Any failure to read or write falls back to an ordinary compile: the cache only ever saves time.
 * A worker thread never sees an `exit` event when its process ends, so a bundle run with
 * `exposeSave` finds the save at `globalThis[Symbol.for('archnotes.saveCodeCache')]` and calls it
 * itself (the server's analysis worker: once its first analysis is done, so the cache holds the
 * parser's and the rules' code, not only the bundle's top level).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const crypto = require('node:crypto');
const Module = require('node:module');
const v8 = require('node:v8');

/** The V8 flags server/src/tiering.ts sets (a test keeps the two equal): set before compiling, so the cache's flags are the run's. */
function v8Flags(version = process.versions.v8) {
  const flags = [];
  if (/^11\./.test(version)) flags.push(`--interrupt-budget=${8 * 67_584}`);
  if (/^(?:11|12|13)\./.test(version)) flags.push('--no-regexp-tier-up');
  return flags;
}

/** The cache folder, or undefined when disabled. */
function cacheFolder(env = process.env) {
  const configured = env.ARCHNOTES_CODE_CACHE;
  if (configured === 'off' || configured === '0') return undefined;
  if (configured) return configured;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'archnotes');
}

/** The folder exists (created if need be), is this user's and no one else can write to it. */
function safeFolder(folder) {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = fs.statSync(folder);
    if (!stat.isDirectory()) return false;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return false;
    return (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** Where a bundle run with `exposeSave` finds the cache's save (a no-op when there is nothing to write). */
const SAVE_KEY = Symbol.for('archnotes.saveCodeCache');

/**
 * Loads `file` (a CommonJS bundle) as `require(file)` would, through the code cache.
 * `saveAfterMs`: also write the cache this long after the start (a server that is killed, not exited).
 * `exposeSave`: the bundle may write it earlier, through `globalThis[SAVE_KEY]()`.
 */
function runBundle(file, { saveAfterMs, exposeSave } = {}) {
  const flags = v8Flags();
  for (const flag of flags) v8.setFlagsFromString(flag);
  const source = fs.readFileSync(file, 'utf8');
  const folder = cacheFolder();
  const usable = folder !== undefined && safeFolder(folder);
  const key = crypto.createHash('sha256').update(`${process.version}\0${process.arch}\0${flags.join(' ')}\0`).update(source).digest('hex').slice(0, 20);
  const cacheFile = usable ? path.join(folder, `${path.basename(file, '.cjs')}-${key}.v8cache`) : undefined;
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  if (process.env.ARCHNOTES_CODE_CACHE_DEBUG) {
    const state = !cacheFile ? (folder === undefined ? 'off' : 'unsafe') : accepted ? 'accepted' : cachedData ? 'rejected' : 'none';
    process.stderr.write(`archnotes code cache: ${cacheFile ?? folder ?? '-'} ${state}\n`);
  }
  let save = () => undefined;
  if (cacheFile && !accepted) {
    let saved = false;
    save = () => {
      if (saved) return;
      saved = true;
      try {
        const data = script.createCachedData();
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, data, { mode: 0o600 });
        fs.renameSync(temporary, cacheFile);
        prune(folder, path.basename(file, '.cjs'), cacheFile);
      } catch {
        // Only a cache.
      }
    };
    process.once('exit', save);
    if (saveAfterMs !== undefined) setTimeout(save, saveAfterMs).unref();
  }
  if (exposeSave) globalThis[SAVE_KEY] = save;
  const module_ = new Module(file, module);
  module_.filename = file;
  module_.paths = Module._nodeModulePaths(path.dirname(file));
  const require_ = (id) => module_.require(id);
  require_.resolve = (request) => Module._resolveFilename(request, module_);
  require_.main = require.main;
  module_.loaded = false;
  script.runInThisContext()(module_.exports, require_, module_, file, path.dirname(file));
  module_.loaded = true;
  return module_.exports;
}

/** Other builds' caches of the same bundle: the newest few are kept (two checkouts in turn), the rest removed. */
function prune(folder, name, current) {
  const KEEP = 4;
  const others = fs
    .readdirSync(folder)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.v8cache') && path.join(folder, f) !== current)
    .map((f) => ({ f, at: fs.statSync(path.join(folder, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of others.slice(KEEP - 1)) fs.rmSync(path.join(folder, f), { force: true });
}

module.exports = { runBundle, v8Flags, cacheFolder, SAVE_KEY };
