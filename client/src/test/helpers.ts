// Shared helpers for the extension-host suite. Every wait is event-driven with a deadline; the one
// poll (code actions, which VS Code may cancel and answer empty) is in codeActions.test.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'archnotes.archnotes';
export const SOURCE = 'archnotes';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  await ext.activate();
  return ext;
}

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open (the fixture workspace)');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a fixture document in an editor; each test gets the file's on-disk text. */
export async function openFixture(relative: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(relative));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  assert.equal(doc.languageId, 'markdown');
  return { doc, editor };
}

/** Reverts unsaved edits so tests stay independent. */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

export function archnotesDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  if (typeof d.code === 'object') return String(d.code.value);
  return String(d.code);
}

/**
 * Resolves with the archnotes diagnostics of `uri` as soon as `predicate` holds: checks the current
 * state first, then re-checks on every onDidChangeDiagnostics event for that document.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = Number(process.env.ARCHNOTES_WAIT_TIMEOUT_MS ?? 30000),
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diags = archnotesDiagnostics(uri);
      if (!predicate(diags)) return false;
      cleanup();
      resolve(diags);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const now = archnotesDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} ${d.message}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${JSON.stringify(now)}`));
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

export function withCode(diags: vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diags.filter((d) => codeOf(d) === code);
}

/** Position of the first occurrence of `needle` in the document (optionally + offset characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `fixture contains ${JSON.stringify(needle)}`);
  return doc.positionAt(i + offset);
}

export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const start = positionOf(doc, needle);
  return new vscode.Range(start, start.translate(0, needle.length));
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ');
}

export async function hoverAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hoverText(hovers);
}

/** Sets `archnotes.rules` at workspace level and returns a function that restores the previous value. */
export async function setRules(rules: Record<string, string> | undefined): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('archnotes');
  const previous = config.inspect<Record<string, string>>('rules')?.workspaceValue;
  await config.update('rules', rules, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration('archnotes').update('rules', previous, vscode.ConfigurationTarget.Workspace);
  };
}

interface AnalysisStatus {
  readonly uri: string;
  readonly busy: boolean;
  readonly inWorker?: boolean;
  readonly cpuMs?: number;
  /** The analysis's wall time by the server's clock (to the publish of its diagnostics). */
  readonly ms?: number;
}

interface ArchnotesApi {
  client(): { sendRequest<R>(method: string, params: unknown): Promise<R> } | undefined;
  onDidChangeAnalysisStatus: vscode.Event<AnalysisStatus>;
}

/**
 * Resolves once the first analysis of `uri` (started after this call) has ended and its last publish
 * is in VS Code: the server's `archnotes/status` said done (it follows the final publish; earlier,
 * partial publishes of a big document come while it is still busy) and the diagnostics hold
 * `predicate`. `at`: when VS Code's diagnostics last changed to hold `predicate` (the server may
 * publish the worker's findings before it finishes its own document phase and says done), else
 * Date.now() then; `inWorker`: the analysis worker analysed the blocks.
 */
export async function firstAnalysisDone(
  uri: vscode.Uri,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs: number,
): Promise<{ at: number; diagnostics: vscode.Diagnostic[]; inWorker: boolean; cpuMs?: number; serverMs?: number }> {
  const api = (await activateExtension()).exports as ArchnotesApi;
  return new Promise((resolve, reject) => {
    let done: AnalysisStatus | undefined;
    /** When the diagnostics last changed to a set holding `predicate`. */
    let shownAt: number | undefined;
    const same = (other: string): boolean => vscode.Uri.parse(other).toString() === uri.toString();
    const check = (): void => {
      const diags = archnotesDiagnostics(uri);
      if (!done || !predicate(diags)) return;
      cleanup();
      resolve({ at: shownAt ?? Date.now(), diagnostics: diags, inWorker: done.inWorker === true, ...(done.cpuMs !== undefined ? { cpuMs: done.cpuMs } : {}), ...(done.ms !== undefined ? { serverMs: done.ms } : {}) });
    };
    const statuses = api.onDidChangeAnalysisStatus((s) => {
      if (done || s.busy || !same(s.uri)) return;
      done = s;
      check();
    });
    const changes = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      shownAt = predicate(archnotesDiagnostics(uri)) ? Date.now() : undefined;
      check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (analysis ${done ? 'done' : 'not done'}; ${archnotesDiagnostics(uri).length} diagnostics)`));
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      statuses.dispose();
      changes.dispose();
    }
  });
}

/**
 * A hover asked of archnotes' server alone, through the extension's own language client: what the
 * card costs us. `vscode.executeHoverProvider` also waits for every other hover provider (the
 * built-in markdown server's link hovers, which parse a newly opened big document first), while the
 * editor's hover widget shows each provider's card as it arrives.
 */
export async function serverHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<{ ms: number; text: string }> {
  const api = (await activateExtension()).exports as ArchnotesApi;
  const client = api.client();
  assert.ok(client, 'the archnotes language client is running');
  const started = Date.now();
  const hover = await client.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri: doc.uri.toString() },
    position: { line: pos.line, character: pos.character },
  });
  return { ms: Date.now() - started, text: hover?.contents.value ?? '' };
}

/** Median and maximum of a list of milliseconds, for the timing lines. */
export function spread(ms: readonly number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)] ?? 0} ms, max ${sorted[sorted.length - 1] ?? 0} ms over ${sorted.length}`;
}
