/** Finding markdown files: paths, directories (walked) and simple globs (*, **, ?); the one directory walker (the language server's workspace symbols use it too). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
/** Directories no walker enters. */
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface WalkOptions {
  /** Also skip every directory whose name starts with a dot (the editor's workspace scan does). */
  readonly skipDotDirs?: boolean;
  /** Stop after this many files (a bound for huge trees); no bound when absent. */
  readonly maxFiles?: number;
  /** Visit entries in name order, so the output is the same on every file system. */
  readonly sorted?: boolean;
  /** Take symbolic links with a markdown name (links to directories are never followed). */
  readonly links?: boolean;
  /** Told about each directory that cannot be read; unreadable directories are skipped either way. */
  readonly onError?: (dir: string, code: string) => void;
}

/**
 * The markdown files under `dir`, appended to `out`. Shared by the CLI (sorted, links, errors
 * reported) and the language server's workspace symbol scan (no dot directories, bounded).
 */
export function walkMarkdown(dir: string, options: WalkOptions = {}, out: string[] = []): string[] {
  const max = options.maxFiles ?? Number.POSITIVE_INFINITY;
  const visit = (current: string): void => {
    if (out.length >= max) return;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      options.onError?.(current, (error as NodeJS.ErrnoException).code ?? 'error');
      return;
    }
    if (options.sorted) entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (out.length >= max) return;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !(options.skipDotDirs && entry.name.startsWith('.'))) visit(join(current, entry.name));
      } else if ((entry.isFile() || (options.links === true && entry.isSymbolicLink())) && MARKDOWN_FILE.test(entry.name)) out.push(join(current, entry.name));
    }
  };
  visit(dir);
  return out;
}

export interface Expansion {
  readonly files: string[];
  /** Arguments that matched nothing or could not be read. */
  readonly problems: string[];
}

/** The CLI's walk: every markdown file in name order, links included, unreadable directories reported. */
function walk(dir: string, out: string[], problems: string[]): void {
  walkMarkdown(dir, { sorted: true, links: true, onError: (at, code) => problems.push(`${at}: cannot read directory (${code})`) }, out);
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
