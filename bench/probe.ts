/**
 * Every input of the reliability probe (issue 16, ../shared/research/reliability-probe.md) through
 * the CLI and through the language server, against the "Done when": no input takes more than
 * 1 s per 100 KB in the CLI, and none blocks a hover on another document for more than 200 ms.
 *
 *   tsx bench/probe.ts [--root <checkout with dist/ built>] [--only <substring>] [--no-cli] [--no-server] [--json <file>]
 *   tsx bench/probe.ts --dump <dir>   (writes each input to <dir>/NN.md and exits: for profiles and output diffs)
 *
 * CLI: `node dist/cli.cjs check <file> --format json`, CPU time of the process (user + system,
 * start-up included) and wall time, each also per 100 KB of input. Server: the built
 * `bin/archnotes-language-server.cjs` over stdio; a small document is open, then the probe input is
 * opened and later edited (one character in its middle) while hovers on the small document are sent
 * one after another (20 ms apart): the slowest of them is how long the server's thread was blocked.
 * Figures go to docs/reliability.md with the load average printed here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchClient } from './lsp';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ROOT = option('--root') ?? join(__dirname, '..');
const ONLY = option('--only');
const JSON_OUT = option('--json');
const CLI = !argv.includes('--no-cli');
const SERVER = !argv.includes('--no-server');
const DUMP = option('--dump');

const KB100 = 100 * 1024;

/** `unit` repeated to about `size` characters (at least once). */
const repeatTo = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
/** A line of `prefix` + `unit`… + `suffix` of about `size` characters. */
const run = (prefix: string, unit: string, suffix: string, size = 60_000): string => prefix + repeatTo(unit, size - prefix.length - suffix.length) + suffix;
const fence = (body: string): string => '```\n' + body + '\n```\n';
const cell = (line: string): string => `| Name | CIDR | Notes |\n| --- | --- | --- |\n| vpc-a | 10.0.0.0/16 | ${line} |\n`;
const prose = (line: string): string => `# Network\n\nThe VPC is 10.0.0.0/16. ${line}\n`;

function inputs(): Array<[string, string]> {
  const example = readFileSync(join(ROOT, 'examples', 'orders-platform.md'), 'utf8');
  const notes = readFileSync(join(ROOT, 'bench', 'fixtures', 'notes.md'), 'utf8');
  const tableOf = (columns: number, rows: number, value: (r: number, c: number) => string): string => {
    const line = (cells: string[]): string => `| ${cells.join(' | ')} |\n`;
    let out = line(Array.from({ length: columns }, (_, c) => `col${c}`)) + line(Array.from({ length: columns }, () => '---'));
    for (let r = 0; r < rows; r++) out += line(Array.from({ length: columns }, (_, c) => value(r, c)));
    return out;
  };
  const fourColumnRows = Math.floor(KB100 / 38);
  return [
    ['baseline: the example design doc repeated', repeatTo(example + '\n', KB100)],
    ['ordinary text: the notes (434 KB)', notes],
    ['R1 fence a×n : ␠×n b: (n = 30,000)', fence('a'.repeat(30_000) + ':' + ' '.repeat(30_000) + 'b:')],
    ['R3 fence, one 60 KB word', fence('a'.repeat(60_000))],
    ['R3 fence, Resources: + 32,000 spaces + #', fence('Resources:' + ' '.repeat(32_000) + '#')],
    ['R4 allow only + 60,000 tabs', prose(run('allow only', '\t', 'x'))],
    ['R5 quota cue, spaces (table cell)', cell(run('allow only', ' ', 'x'))],
    ['R5 peering chain', prose(run('', 'V!PEER!', '.'))],
    ['R5 peers with (table cell)', cell(run('R PEERS WITH\t-', 'R\tPEERS\tWITH H-', '!'))],
    ['R5 requests qualifier (table cell)', cell(run('requests', ' -', '5 seconds'))],
    ['R5 Lambda qualifier', prose(run('Lambda', '-a ', '15 minutes'))],
    ['R5 directive soup, one line', prose(run('x ', '<!-- archnotes-disable vpc-cidr-size ', 'x'))],
    ['R6 2 KB header over 2,000 numeric rows', `| ${'a '.repeat(1000)} |\n| --- |\n${'| 5 |\n'.repeat(2000)}`],
    ['R7 paragraph of 50-character lines', repeatTo('The subnet uses port 5432 and 10.0.1.0/24 in VPC\n', KB100)],
    ['R7 same, 1 MB', repeatTo('The subnet uses port 5432 and 10.0.1.0/24 in VPC\n', 1024 * 1024)],
    ['R8 table of 5,000 columns, 6 rows', tableOf(5000, 6, (r, c) => String((r * c) % 10))],
    ['R9 table of 4 columns', tableOf(4, fourColumnRows, (r, c) => (c === 0 ? `svc-${r}` : c === 1 ? `10.${r % 250}.${c}.0/24` : c === 2 ? '443' : 'ok'))],
    ['R9 same, 1 MB', tableOf(4, fourColumnRows * 10, (r, c) => (c === 0 ? `svc-${r}` : c === 1 ? `10.${r % 250}.${c}.0/24` : c === 2 ? '443' : 'ok'))],
    ['R10 block quotes 400 deep', repeatTo(Array.from({ length: 400 }, (_, i) => '>'.repeat(i + 1) + ' VPC 10.0.0.0/16\n').join(''), KB100)],
    ['R10 lists 300 deep by indentation', repeatTo(Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + '- item\n').join(''), 90 * 1024)],
    ['R11 - ×3,000', '- '.repeat(3000) + 'x\n'],
    ['R11 > ×5,000', '>'.repeat(5000) + ' x\n'],
    ['R11 1. ×2,000', '1. '.repeat(2000) + 'x\n'],
    ['R12 CIDRs on one line', prose(run('', '10.1.2.0/24 ', ''))],
    ['R13 CIDRs one per line, one paragraph', repeatTo('10.1.2.0/24\n', KB100)],
    ['R13 disable + enable comments', repeatTo('<!-- archnotes-disable vpc-cidr-size -->\n\n<!-- archnotes-enable vpc-cidr-size -->\n\n', KB100)],
    ['unclosed <!-- paragraph', repeatTo('x <!-- archnotes-disable vpc-cidr-size <!-- archnotes-disable vpc-cidr-size\n', KB100)],
    ['30-deep - lines', repeatTo('- '.repeat(30) + 'x\n', KB100)],
    ['- 10.0.0.0/16 vpc items', repeatTo('- 10.0.0.0/16 vpc\n', KB100)],
    // Documents of many small blocks (twelfth session, docs/reliability.md "Found, not in the probe").
    ['small blocks: one-line quotes', repeatTo('> a\n\n>b\n\n', KB100)],
    ['small blocks: lists changing bullet', repeatTo('- a\n- b\n\n* c\n\n', KB100)],
    ['small blocks: one loose list', repeatTo('- a\n\n', KB100)],
    ['small blocks: headings and text', repeatTo('# a\n\ntext\n\n', KB100)],
    ['small blocks: one-line paragraphs', repeatTo('Some text here.\n\n', KB100)],
  ];
}

interface CliFigures {
  cpuMs: number;
  wallMs: number;
  exit: number | null;
}

const PRELOAD = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\nARCHNOTES_CPU_MS ' + (u.user + u.system) / 1000 + '\\n'); });\n`;

function cli(dir: string, file: string): CliFigures {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['-r', join(dir, 'cpu.cjs'), join(ROOT, 'dist', 'cli.cjs'), 'check', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - started;
  const cpuMs = Number(/ARCHNOTES_CPU_MS ([\d.]+)/.exec(child.stderr)?.[1] ?? Number.NaN);
  return { cpuMs, wallMs, exit: child.status };
}

interface ServerFigures {
  openMs: number;
  openHoverMaxMs: number;
  openHovers: number;
  editMs: number;
  editHoverMaxMs: number;
  editHovers: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Hovers on `other` one after another until `done()`; the slowest answer and the count. */
async function hoverWhile(client: BenchClient, other: string, done: () => boolean, timeoutMs: number): Promise<{ max: number; count: number }> {
  let max = 0;
  let count = 0;
  const deadline = performance.now() + timeoutMs;
  while (!done() && performance.now() < deadline) {
    const sent = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 6, character: 30 } });
    max = Math.max(max, performance.now() - sent);
    count++;
    await sleep(20);
  }
  return { max, count };
}

const OTHER = 'file:///probe/other.md';

/** One server for all inputs, with the other document open and the analysis worker started. */
async function startServer(): Promise<BenchClient> {
  const client = new BenchClient(ROOT);
  await client.initialize();
  client.notify('textDocument/didOpen', { textDocument: { uri: OTHER, languageId: 'markdown', version: 1, text: readFileSync(join(ROOT, 'examples', 'orders-platform.md'), 'utf8') } });
  await client.diagnostics(OTHER, 1);
  // Past the analysis worker's start-up (it starts 5 s after the server, or at its first job).
  await sleep(5500);
  return client;
}

let inputCount = 0;

async function server(client: BenchClient, text: string): Promise<ServerFigures> {
  const other = OTHER;
  const uri = `file:///probe/input-${++inputCount}.md`;
  try {
    const opened = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    // Done: the analysis reported finished (`archnotes/status` busy: false), or a note (binary,
    // minified, too long) published without an analysis starting.
    const openDone = (): boolean =>
      client.statuses.some((s) => s.uri === uri && !s.busy && s.at > opened) ||
      (!client.statuses.some((s) => s.uri === uri && s.at > opened) && client.published.some((p) => p.uri === uri && p.at < performance.now() - 1000));
    const open = await hoverWhile(client, other, openDone, 300_000);
    const openEnd = Math.max(...client.published.filter((p) => p.uri === uri).map((p) => p.at), ...client.statuses.filter((s) => s.uri === uri).map((s) => s.at));
    const middle = text.slice(0, text.length >> 1).split('\n');
    const position = { line: middle.length - 1, character: (middle[middle.length - 1] ?? '').length };
    const edited = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: position, end: position }, text: 'x' }] });
    let published = false;
    void client.diagnostics(uri, 2, 300_000).then(() => (published = true), () => undefined);
    const edit = await hoverWhile(client, other, () => published, 300_000);
    const editEnd = client.published.find((p) => p.uri === uri && p.version === 2)?.at ?? Number.NaN;
    return { openMs: openEnd - opened, openHoverMaxMs: open.max, openHovers: open.count, editMs: editEnd - edited, editHoverMaxMs: edit.max, editHovers: edit.count };
  } finally {
    client.notify('textDocument/didClose', { textDocument: { uri } });
  }
}

const f0 = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

async function main(): Promise<void> {
  if (DUMP) {
    mkdirSync(DUMP, { recursive: true });
    inputs().forEach(([name, text], i) => {
      const file = join(DUMP, `${String(i + 1).padStart(2, '0')}.md`);
      writeFileSync(file, text);
      console.log(`${file}\t${name}`);
    });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'archnotes-probe-'));
  writeFileSync(join(dir, 'cpu.cjs'), PRELOAD);
  const results: Array<Record<string, unknown>> = [];
  console.log(`root ${ROOT}, node ${process.version}, load ${load()}`);
  const client = SERVER ? await startServer() : undefined;
  try {
    if (CLI) {
      writeFileSync(join(dir, 'empty.md'), '# x\n');
      const startup = cli(dir, join(dir, 'empty.md'));
      console.log(`CLI start-up (a 4-byte file): CPU ${f0(startup.cpuMs)} ms, wall ${f0(startup.wallMs)} ms`);
    }
    for (const [name, text] of inputs()) {
      if (ONLY && !name.includes(ONLY)) continue;
      const bytes = Buffer.byteLength(text);
      const per100 = (ms: number): number => (ms * KB100) / bytes;
      const row: Record<string, unknown> = { name, bytes, loadBefore: loadavg()[0] };
      let line = `${name} [${(bytes / 1024).toFixed(0)} KB]`;
      if (CLI) {
        const file = join(dir, 'input.md');
        writeFileSync(file, text);
        const c = cli(dir, file);
        Object.assign(row, { cliCpuMs: c.cpuMs, cliWallMs: c.wallMs, cliCpuPer100KbMs: per100(c.cpuMs), cliExit: c.exit });
        line += ` | CLI CPU ${f0(c.cpuMs)} ms (${f0(per100(c.cpuMs))} per 100 KB), wall ${f0(c.wallMs)} ms, exit ${c.exit}`;
      }
      if (client) {
        const s = await server(client, text);
        Object.assign(row, s);
        line += ` | server open ${f0(s.openMs)} ms, hover max ${f0(s.openHoverMaxMs)} ms (${s.openHovers}); edit ${f0(s.editMs)} ms, hover max ${f0(s.editHoverMaxMs)} ms (${s.editHovers})`;
      }
      console.log(line + ` | load ${load()}`);
      results.push(row);
    }
  } finally {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ root: ROOT, load: loadavg(), results }, null, 2));
  console.log(`load ${load()}`);
}

void main();
