/**
 * "Check all markdown in the workspace": every markdown file of the workspace folders that is not
 * open, analysed by the same engine with the same rules (the editor settings over the nearest
 * `.archnotes.jsonc`, whose `ignores` are honoured), its findings published like an open
 * document's. One file per turn of the event loop (a big one slice by slice), so the server keeps
 * answering; cancellable between files and slices; progress after each file.
 */
import { statSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { analyzeText, IncrementalAnalyzer, unsupportedText, type Analysis } from '../engine';
import { mergeRules } from '../config/config';
import { walkMarkdown } from '../workspace/files';
import { isIgnored } from '../workspace/ignores';
import { toDiagnostic } from './convert';
import type { EditorSettings, ProjectConfig } from './settings';

/** A bound for huge trees, as the workspace symbol scan has. */
const MAX_FILES = 5000;
/** A bigger file is analysed slice by slice, yielding between slices (as when it is opened). */
const SLICED_CHARS = 64 * 1024;
const SLICE_CHARS = 16 * 1024;

export interface WorkspaceCheckResult {
  readonly files: number;
  readonly withFindings: number;
  readonly findings: number;
  /** Too big, binary or minified, unreadable, or ignored by the config. */
  readonly skipped: number;
  readonly cancelled: boolean;
}

/**
 * The files a workspace check published findings for (closed files: nothing else clears them), so
 * that a file deleted since, or no longer checked by the next run, leaves the Problems panel.
 */
export class CheckedFiles {
  /** File system path → the URI its diagnostics were published under. */
  readonly #uris = new Map<string, string>();

  get size(): number {
    return this.#uris.size;
  }

  /** After a run: `now` replaces what was published; the rest is cleared (a cancelled run only adds). */
  settle(now: ReadonlyMap<string, string>, complete: boolean, clear: (uri: string) => void, isOpen: (uri: string) => boolean): void {
    if (complete) {
      for (const [path, uri] of this.#uris) if (!now.has(path) && !isOpen(uri)) clear(uri);
      this.#uris.clear();
    }
    for (const [path, uri] of now) this.#uris.set(path, uri);
  }

  /** Deleted files and folders (file URIs): clears every checked file at or under them. */
  deleted(deletedUris: readonly string[], clear: (uri: string) => void, isOpen: (uri: string) => boolean): number {
    let cleared = 0;
    for (const deletedUri of deletedUris) {
      const gone = pathOf(deletedUri);
      if (gone === undefined) continue;
      for (const [path, uri] of this.#uris) {
        if (path !== gone && !path.startsWith(gone.endsWith(sep) ? gone : gone + sep)) continue;
        this.#uris.delete(path);
        // An open document (an untitled one saved over it, say) has its own live diagnostics.
        if (!isOpen(uri)) clear(uri);
        cleared++;
      }
    }
    return cleared;
  }
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export interface WorkspaceCheckContext {
  readonly connection: Connection;
  /** What earlier runs published, cleared for files gone or skipped this time. */
  readonly checked: CheckedFiles;
  readonly settings: EditorSettings;
  readonly config: ProjectConfig;
  readonly folders: readonly string[];
  /** How a log line names a file (display-path.ts). */
  readonly shown?: (uri: string) => string;
  /** Open documents are checked live already; their diagnostics are left alone. */
  readonly isOpen: (uri: string) => boolean;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function checkWorkspace(
  ctx: WorkspaceCheckContext,
  cancelled: () => boolean,
  progress: (done: number, total: number) => void,
): Promise<WorkspaceCheckResult> {
  const paths: string[] = [];
  for (const folder of ctx.folders) {
    if (!folder.startsWith('file:')) continue;
    walkMarkdown(fileURLToPath(folder), { skipDotDirs: true, maxFiles: MAX_FILES, sorted: true }, paths);
  }
  const maxBytes = ctx.settings.current.maxFileSizeKb * 1024;
  const published = new Map<string, string>();
  const clear = (uri: string): void => void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  const done = (result: WorkspaceCheckResult): WorkspaceCheckResult => {
    ctx.checked.settle(published, !result.cancelled, clear, ctx.isOpen);
    return result;
  };
  let files = 0;
  let withFindings = 0;
  let findings = 0;
  let skipped = 0;
  for (const [i, path] of paths.entries()) {
    if (cancelled()) return done({ files, withFindings, findings, skipped, cancelled: true });
    progress(i, paths.length);
    await turn();
    const uri = pathToFileURL(path).toString();
    if (ctx.isOpen(uri)) continue;
    const loaded = ctx.config.for(uri);
    if (loaded && isIgnored(path, loaded)) {
      skipped++;
      continue;
    }
    let text: string;
    try {
      const stats = statSync(path);
      if (!stats.isFile() || stats.size > maxBytes) {
        skipped++;
        continue;
      }
      text = readFileSync(path, 'utf8');
    } catch {
      skipped++;
      continue;
    }
    if (unsupportedText(text)) {
      skipped++;
      continue;
    }
    files++;
    try {
      const rules = mergeRules(loaded?.config.rules ?? {}, ctx.settings.current.rules);
      let analysis: Analysis;
      if (text.length <= SLICED_CHARS) analysis = analyzeText(text, { rules });
      else {
        const analyzer = await IncrementalAnalyzer.open(text, { rules }, { pause: turn, cancelled }, SLICE_CHARS);
        if (!analyzer) return done({ files, withFindings, findings, skipped, cancelled: true });
        analysis = analyzer.analysis;
      }
      if (analysis.findings.length > 0) withFindings++;
      findings += analysis.findings.length;
      void ctx.connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map((f) => toDiagnostic(analysis, f)) });
      published.set(path, uri);
    } catch (error) {
      ctx.connection.console.error(`archnotes: workspace check failed for ${ctx.shown?.(uri) ?? uri}: ${(error as Error).message}`);
    }
  }
  progress(paths.length, paths.length);
  return done({ files, withFindings, findings, skipped, cancelled: false });
}
