/** Finding markdown files: paths, directories (walked) and simple globs (*, **, ?). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const MARKDOWN = /\.(?:md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface FileTarget {
  readonly path: string;
}

export interface Expansion {
  readonly files: string[];
  /** Arguments that matched nothing or could not be read. */
  readonly problems: string[];
}

function walk(dir: string, out: string[], problems: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push(`${dir}: cannot read directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(full, out, problems);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name)) out.push(full);
  }
}

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

const GLOB_CHARS = /[*?]/;

export function expandTargets(args: readonly string[], cwd: string): Expansion {
  const files: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const normal = arg.split(sep).join('/');
      const staticPart = normal.slice(0, normal.search(GLOB_CHARS));
      const baseDir = resolve(cwd, staticPart.includes('/') ? staticPart.slice(0, staticPart.lastIndexOf('/') + 1) || '/' : '.');
      const pattern = globToRegExp(normal.startsWith('/') ? normal : relative(cwd, resolve(cwd, normal)).split(sep).join('/'));
      const found: string[] = [];
      walk(baseDir, found, problems);
      const matched = found.filter((f) => pattern.test(relative(cwd, f).split(sep).join('/')) || pattern.test(f.split(sep).join('/')));
      if (matched.length === 0) problems.push(`${arg}: no markdown files match`);
      files.push(...matched);
      continue;
    }
    const full = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(full);
    } catch (error) {
      problems.push(`${arg}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    if (stats.isDirectory()) walk(full, files, problems);
    else files.push(full);
  }
  return { files: [...new Set(files)], problems };
}
