/** Finding markdown files: paths, directories (walked with the shared walker) and simple globs (*, **, ?). */
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { walkMarkdown } from '../workspace/files';
import { globToRegExp } from '../workspace/ignores';

export { globToRegExp };

export interface Expansion {
  readonly files: string[];
  /** Arguments that matched nothing or could not be read. */
  readonly problems: string[];
  /** Links the walk did not take (out of the tree, to a device or FIFO): told, not failures. */
  readonly skipped: string[];
}

/** The CLI's walk: every markdown file in name order, links included, unreadable directories reported. */
function walk(dir: string, out: string[], problems: string[], skipped: string[]): void {
  walkMarkdown(
    dir,
    { sorted: true, links: true, onError: (at, code) => problems.push(`${at}: cannot read directory (${code})`), onSkip: (at, why, broken) => (broken ? problems.push(`${at}: cannot read (${why})`) : skipped.push(`${at}: skipped, ${why}`)) },
    out,
  );
}

const GLOB_CHARS = /[*?]/;

export function expandTargets(args: readonly string[], cwd: string): Expansion {
  const files: string[] = [];
  const problems: string[] = [];
  const skipped: string[] = [];
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const normal = arg.split(sep).join('/');
      const staticPart = normal.slice(0, normal.search(GLOB_CHARS));
      const baseDir = resolve(cwd, staticPart.includes('/') ? staticPart.slice(0, staticPart.lastIndexOf('/') + 1) || '/' : '.');
      const pattern = globToRegExp(normal.startsWith('/') ? normal : relative(cwd, resolve(cwd, normal)).split(sep).join('/'));
      const found: string[] = [];
      walk(baseDir, found, problems, skipped);
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
    if (stats.isDirectory()) walk(full, files, problems, skipped);
    else if (stats.isFile()) files.push(full);
    else problems.push(`${arg}: not a regular file`);
  }
  return { files: [...new Set(files)], problems, skipped };
}
