/**
 * The `ignores` globs of `.archnotes.jsonc`, resolved against the folder of the config file that
 * declares them (the nearest one up the tree, as for rules). Like .gitignore: a glob without `/`
 * matches a file or folder name at any depth, one with `/` matches from the config's folder, and
 * a glob that names a folder (or ends in `/`) ignores everything in it. Shared by the CLI's walk
 * and the language server's workspace check (neither face imports the other).
 */
import { dirname, relative, sep } from 'node:path';
import type { LoadedConfig } from '../config/config';

/** Converts a glob to a RegExp over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const compiled = new Map<string, RegExp[]>();

function matchersFor(globs: readonly string[]): RegExp[] {
  const key = globs.join('\u0000');
  let matchers = compiled.get(key);
  if (!matchers) {
    matchers = globs.map((raw) => {
      let glob = raw.trim().replace(/\\/g, '/');
      if (glob.endsWith('/')) glob = glob.slice(0, -1);
      const anchored = glob.includes('/');
      if (glob.startsWith('/')) glob = glob.slice(1);
      else if (glob.startsWith('./')) glob = glob.slice(2);
      // The path itself or anything below it (a folder name ignores the folder's files).
      return globToRegExp(`${anchored ? '' : '**/'}${glob}/**`);
    });
    compiled.set(key, matchers);
  }
  return matchers;
}

/** Whether the file at `path` is ignored by the config it was loaded with. */
export function isIgnored(path: string, loaded: LoadedConfig): boolean {
  const globs = loaded.config.ignores;
  if (globs.length === 0 || !loaded.file) return false;
  const rel = relative(dirname(loaded.file), path).split(sep).join('/');
  if (rel.startsWith('../') || rel === '..') return false;
  return matchersFor(globs).some((re) => re.test(`${rel}/`));
}
