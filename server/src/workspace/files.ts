/**
 * The one markdown file walker, shared by both faces: the CLI's directory and glob arguments
 * (sorted, links taken, unreadable directories reported) and the language server's workspace
 * symbol scan (no dot directories, bounded). Here rather than in cli/ or lsp/ because neither face
 * imports the other (test/unit/architecture.test.ts).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

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
  /**
   * Take symbolic links with a markdown name that lead to a regular file inside the walked folder
   * (links to directories are never followed; a link out of the tree, to a device or a FIFO is
   * skipped and told to `onSkip`).
   */
  readonly links?: boolean;
  /** Told about each link skipped, and why; `broken` when it cannot be followed at all (dangling, a loop). */
  readonly onSkip?: (path: string, why: string, broken: boolean) => void;
  /** Told about each directory that cannot be read; unreadable directories are skipped either way. */
  readonly onError?: (dir: string, code: string) => void;
}

/**
 * The markdown files under `dir`, appended to `out`. Shared by the CLI (sorted, links, errors
 * reported) and the language server's workspace symbol scan (no dot directories, bounded).
 */
export function walkMarkdown(dir: string, options: WalkOptions = {}, out: string[] = []): string[] {
  const max = options.maxFiles ?? Number.POSITIVE_INFINITY;
  let root: string | undefined;
  /** Why the link at `path` is not taken, or undefined when it leads to a regular file in the tree. */
  const linkProblem = (path: string): { why: string; broken: boolean } | undefined => {
    try {
      root ??= realpathSync(dir);
      const target = realpathSync(path);
      const rel = relative(root, target);
      if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { why: 'a symbolic link out of the checked folder', broken: false };
      return statSync(target).isFile() ? undefined : { why: 'a symbolic link to something other than a regular file', broken: false };
    } catch (error) {
      return { why: (error as NodeJS.ErrnoException).code ?? 'error', broken: true };
    }
  };
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
      } else if (entry.isFile() && MARKDOWN_FILE.test(entry.name)) out.push(join(current, entry.name));
      else if (options.links === true && entry.isSymbolicLink() && MARKDOWN_FILE.test(entry.name)) {
        const path = join(current, entry.name);
        const problem = linkProblem(path);
        if (problem) options.onSkip?.(path, problem.why, problem.broken);
        else out.push(path);
      }
    }
  };
  visit(dir);
  return out;
}
