/**
 * The one markdown file walker, shared by both faces: the CLI's directory and glob arguments
 * (sorted, links taken, unreadable directories reported) and the language server's workspace
 * symbol scan (no dot directories, bounded). Here rather than in cli/ or lsp/ because neither face
 * imports the other (test/unit/architecture.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
