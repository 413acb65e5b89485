/**
 * "archnotes: Show address plan": the document's VPCs and subnets as the server draws them (the SVG
 * of `archnotes plan --format svg`) in a webview beside the document, redrawn as the document
 * changes; clicking a subnet selects where the document defines it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface PlanResult {
  readonly svg: string;
  readonly version: number;
}

/** Redraws wait for typing to pause this long (the server's analysis runs behind the keystrokes). */
const REDRAW_MS = 300;

function nonce(): string {
  let out = '';
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

function html(webview: vscode.Webview, title: string): string {
  const n = nonce();
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${webview.cspSource}; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title.replace(/[&<>"']/g, '')}</title>
<style>body{padding:8px;background:#fff}#plan svg{display:block}#state{font:12px sans-serif;color:#666;margin:4px 0}</style>
</head><body><div id="state">analysing…</div><div id="plan"></div>
<script nonce="${n}">
const vscode = acquireVsCodeApi();
const plan = document.getElementById('plan');
const state = document.getElementById('state');
window.addEventListener('message', (event) => {
  const m = event.data;
  if (m && m.type === 'plan') { plan.innerHTML = m.svg; state.textContent = m.note || ''; }
});
plan.addEventListener('click', (event) => {
  const block = event.target instanceof Element ? event.target.closest('[data-start]') : null;
  if (block) vscode.postMessage({ type: 'reveal', start: Number(block.getAttribute('data-start')), end: Number(block.getAttribute('data-end')) });
});
const width = () => Math.max(0, document.body.clientWidth - 16);
let resized;
window.addEventListener('resize', () => { clearTimeout(resized); resized = setTimeout(() => vscode.postMessage({ type: 'width', width: width() }), 200); });
vscode.postMessage({ type: 'ready', width: width() });
</script></body></html>`;
}

export function addressPlanCommand(client: () => LanguageClient | undefined): vscode.Disposable {
  const panels = new Map<string, vscode.WebviewPanel>();
  return vscode.commands.registerCommand('archnotes.showAddressPlan', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('archnotes: open a markdown document to see its address plan.');
      return;
    }
    const doc = editor.document;
    const key = doc.uri.toString();
    const open = panels.get(key);
    if (open) {
      open.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const name = path.posix.basename(doc.uri.path);
    const panel = vscode.window.createWebviewPanel('archnotes.addressPlan', `Address plan: ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
    panels.set(key, panel);
    let timer: NodeJS.Timeout | undefined;
    let ready = false;
    let width: number | undefined;
    const draw = async (): Promise<void> => {
      timer = undefined;
      const languageClient = client();
      if (!languageClient || !ready) return;
      try {
        const result = await languageClient.sendRequest<PlanResult | null>('archnotes/addressPlan', { uri: key, width });
        if (result) await panel.webview.postMessage({ type: 'plan', svg: result.svg, note: '' });
      } catch (error) {
        await panel.webview.postMessage({ type: 'plan', svg: '', note: `no plan: ${(error as Error).message}` });
      }
    };
    const later = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void draw(), REDRAW_MS);
    };
    const subscriptions = [
      panel.webview.onDidReceiveMessage(async (message: { type?: string; start?: number; end?: number; width?: number }) => {
        if (message.type === 'ready' || message.type === 'width') {
          ready = true;
          if (typeof message.width === 'number' && message.width > 0) width = message.width;
          await draw();
          return;
        }
        if (message.type !== 'reveal' || typeof message.start !== 'number') return;
        // Where the document defines the block: its editor, or the document opened beside the plan.
        const target = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key) ?? (await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One }));
        const start = target.document.positionAt(message.start);
        const end = target.document.positionAt(typeof message.end === 'number' ? message.end : message.start);
        target.selection = new vscode.Selection(start, end);
        target.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        await vscode.window.showTextDocument(target.document, { viewColumn: target.viewColumn, selection: target.selection });
      }),
      // Each analysis publishes diagnostics: the plan is redrawn from the analysis that just finished.
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((u) => u.toString() === key)) later();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === key) later();
      }),
    ];
    panel.onDidDispose(() => {
      if (timer) clearTimeout(timer);
      panels.delete(key);
      for (const s of subscriptions) s.dispose();
    });
    panel.webview.html = html(panel.webview, `Address plan: ${name}`);
  });
}
