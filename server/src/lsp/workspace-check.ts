/**
 * "Check all markdown in the workspace": every markdown file of the workspace folders that is not
 * open, analysed by the same engine with the same rules (the editor settings over the nearest
 * `.archnotes.jsonc`, whose `ignores` are honoured), its findings published like an open
 * document's. One file per turn of the event loop (a big one slice by slice), so the server keeps
 * answering; cancellable between files and slices; progress after each file.
 */
import { statSync, readFileSync } from 'node:fs';
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

export interface WorkspaceCheckContext {
  readonly connection: Connection;
  readonly settings: EditorSettings;
  readonly config: ProjectConfig;
  readonly folders: readonly string[];
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
  let files = 0;
  let withFindings = 0;
  let findings = 0;
  let skipped = 0;
  for (const [i, path] of paths.entries()) {
    if (cancelled()) return { files, withFindings, findings, skipped, cancelled: true };
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
        if (!analyzer) return { files, withFindings, findings, skipped, cancelled: true };
        analysis = analyzer.analysis;
      }
      if (analysis.findings.length > 0) withFindings++;
      findings += analysis.findings.length;
      void ctx.connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map((f) => toDiagnostic(analysis, f)) });
    } catch (error) {
      ctx.connection.console.error(`archnotes: workspace check failed for ${uri}: ${(error as Error).message}`);
    }
  }
  progress(paths.length, paths.length);
  return { files, withFindings, findings, skipped, cancelled: false };
}
