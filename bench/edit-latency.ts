/**
 * Edit → publish and open → publish over the real server, for comparing two builds (the hard stop's
 * cost, docs/reliability.md): `tsx bench/edit-latency.ts [root]` (root: a checkout with dist/ built;
 * default this one). Documents: the first 100 lines of the notes (typical), the notes (434 KB), and a
 * 20 KB table (every edit in it is checked by the analysis worker first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { BenchClient } from './lsp';

const ROOT = process.argv[2] ?? join(__dirname, '..');
const EDITS = Number(process.env['EDITS'] ?? 120);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

async function measure(name: string, text: string): Promise<void> {
  const client = new BenchClient(ROOT);
  await client.initialize();
  const uri = `file:///bench/${name}.md`;
  const opened = performance.now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const openMs = (await client.diagnostics(uri, 1)).at - opened;
  const lines = text.split('\n');
  let seed = 7;
  const pick = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const times: number[] = [];
  let version = 1;
  let inserted: { line: number; character: number } | undefined;
  for (let i = 0; i < 10 + EDITS; i++) {
    version++;
    let change;
    if (inserted) {
      change = { range: { start: inserted, end: { line: inserted.line, character: inserted.character + 1 } }, text: '' };
      inserted = undefined;
    } else {
      const line = Math.floor(pick() * lines.length);
      inserted = { line, character: Math.floor(pick() * ((lines[line]?.length ?? 0) + 1)) };
      change = { range: { start: inserted, end: inserted }, text: 'x' };
    }
    const started = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const published = await client.diagnostics(uri, version);
    if (i >= 10) times.push(published.at - started);
  }
  await client.close();
  console.log(`${name}: open ${openMs.toFixed(0)} ms, edit→publish p50 ${median(times).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`);
}

async function main(): Promise<void> {
  const notes = readFileSync(join(__dirname, 'fixtures', 'notes.md'), 'utf8');
  const table = `| Service | CIDR | Port |\n| --- | --- | --- |\n${Array.from({ length: 700 }, (_, i) => `| svc-${i} | 10.${i % 250}.0.0/16 | 443 |`).join('\n')}\n`;
  console.log(`root ${ROOT}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  await measure('typical', notes.split('\n').slice(0, 100).join('\n'));
  await measure('table-20kb', table);
  await measure('notes-434kb', notes);
  console.log(`load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

void main();
