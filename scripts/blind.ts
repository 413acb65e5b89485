/**
 * Scores a CLI build against the blind evaluation set in test/blind/<set>/ (documents + answer key).
 *
 *   npm run blind                                  # dist/cli.cjs against the newest set
 *   npm run blind -- --cli /path/to/cli.cjs        # another build (e.g. a baseline worktree)
 *   npm run blind -- --json                        # machine-readable report
 *   npm run blind -- --check                       # only verify that every keyed line contains its text
 *   npm run blind -- --set 2026-12-06              # a given set
 *
 * A mistake counts as found when a finding of severity error or warning sits on its line (or on one of
 * its `alsoLines`, the other half of a pair such as two overlapping subnets). An info finding there is
 * reported separately. A look-alike is a false alarm when an error or warning finding sits on its line.
 * Findings on no keyed line are listed as "other". The set is for measuring, not for tuning: do not read
 * the documents while changing the engine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

interface KeyMistake {
  id: string;
  line: number;
  contains: string;
  class: string;
  rule: string | null;
  what: string;
  today: string;
  source: string;
  alsoLines?: number[];
}

interface KeyLookalike {
  id: string;
  line: number;
  contains: string;
  why: string;
}

interface KeyDoc {
  file: string;
  mistakes: KeyMistake[];
  lookalikes: KeyLookalike[];
}

interface Key {
  version: number;
  set: string;
  docs: KeyDoc[];
}

interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
}

interface CliReport {
  files: { path: string; findings: Finding[] }[];
}

type Outcome = 'found' | 'info-only' | 'missed';

interface MistakeResult {
  id: string;
  file: string;
  line: number;
  class: string;
  rule: string | null;
  outcome: Outcome;
  rules: string[];
}

interface LookalikeResult {
  id: string;
  file: string;
  line: number;
  outcome: 'quiet' | 'info' | 'false-alarm';
  rules: string[];
}

interface OtherFinding {
  file: string;
  line: number;
  severity: string;
  ruleId: string;
  message: string;
}

interface Tally {
  total: number;
  found: number;
  infoOnly: number;
}

interface Report {
  set: string;
  cli: string;
  mistakes: { total: number; found: number; infoOnly: number; recall: number; byClass: Record<string, Tally>; byCoverage: Record<string, Tally> };
  lookalikes: { total: number; falseAlarms: number; infoOnly: number };
  otherFindings: { errorOrWarning: number; info: number; list: OtherFinding[] };
  results: { mistakes: MistakeResult[]; lookalikes: LookalikeResult[] };
}

const ROOT = join(__dirname, '..');
const BLIND_DIR = join(ROOT, 'test', 'blind');

function parseArgs(argv: string[]): { cli: string; json: boolean; check: boolean; set: string | undefined } {
  const out = { cli: join(ROOT, 'dist', 'cli.cjs'), json: false, check: false, set: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--check') out.check = true;
    else if (a === '--cli' && argv[i + 1] !== undefined) out.cli = resolve(argv[++i]);
    else if (a === '--set' && argv[i + 1] !== undefined) out.set = argv[++i];
    else {
      process.stderr.write(`unknown argument: ${a}\nusage: blind [--cli path] [--set name] [--json] [--check]\n`);
      process.exit(2);
    }
  }
  return out;
}

function newestSet(): string {
  const sets = readdirSync(BLIND_DIR).filter((d) => existsSync(join(BLIND_DIR, d, 'key.json'))).sort();
  if (sets.length === 0) throw new Error(`no set with a key.json under ${BLIND_DIR}`);
  return sets[sets.length - 1];
}

/** Every keyed line must still contain its text: an edit that shifts lines invalidates the key. */
function checkKey(key: Key, docsDir: string): string[] {
  const problems: string[] = [];
  for (const doc of key.docs) {
    const path = join(docsDir, doc.file);
    if (!existsSync(path)) {
      problems.push(`${doc.file}: missing`);
      continue;
    }
    const lines = readFileSync(path, 'utf8').split(/\r?\n/);
    const seen = new Map<number, string>();
    for (const entry of [...doc.mistakes, ...doc.lookalikes]) {
      const text = lines[entry.line - 1];
      if (text === undefined || !text.includes(entry.contains)) {
        problems.push(`${doc.file}:${entry.line} ${entry.id}: line does not contain ${JSON.stringify(entry.contains)}`);
      }
      const other = seen.get(entry.line);
      if (other !== undefined) problems.push(`${doc.file}:${entry.line}: keyed twice (${other}, ${entry.id})`);
      seen.set(entry.line, entry.id);
    }
  }
  return problems;
}

function runCli(cli: string, docsDir: string): CliReport {
  const res = spawnSync(process.execPath, [cli, 'check', docsDir, '--format', 'json', '--no-color'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ARCHNOTES_THREADS: '1' },
  });
  // Exit 1 only means "an error-level finding"; 2 is a usage or read error.
  if (res.status !== 0 && res.status !== 1) {
    throw new Error(`${cli} exited with ${String(res.status)}: ${res.stderr}`);
  }
  return JSON.parse(res.stdout) as CliReport;
}

const isLoud = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

function tally(map: Record<string, Tally>, k: string, outcome: Outcome): void {
  const t = (map[k] ??= { total: 0, found: 0, infoOnly: 0 });
  t.total++;
  if (outcome === 'found') t.found++;
  if (outcome === 'info-only') t.infoOnly++;
}

function score(key: Key, report: CliReport, cli: string): Report {
  const byFile = new Map<string, Finding[]>();
  for (const f of report.files) byFile.set(basename(f.path), f.findings);
  const mistakes: MistakeResult[] = [];
  const lookalikes: LookalikeResult[] = [];
  const other: OtherFinding[] = [];
  const byClass: Record<string, Tally> = {};
  const byCoverage: Record<string, Tally> = {};

  for (const doc of key.docs) {
    const findings = byFile.get(doc.file) ?? [];
    const keyed = new Set<number>();
    for (const m of doc.mistakes) {
      const lines = [m.line, ...(m.alsoLines ?? [])];
      lines.forEach((l) => keyed.add(l));
      const here = findings.filter((f) => lines.includes(f.line));
      const outcome: Outcome = here.some(isLoud) ? 'found' : here.length > 0 ? 'info-only' : 'missed';
      mistakes.push({ id: m.id, file: doc.file, line: m.line, class: m.class, rule: m.rule, outcome, rules: [...new Set(here.map((f) => `${f.ruleId}:${f.severity}`))] });
      tally(byClass, m.class, outcome);
      tally(byCoverage, m.rule === null ? 'no catalogue rule' : 'catalogue rule', outcome);
    }
    for (const la of doc.lookalikes) {
      keyed.add(la.line);
      const here = findings.filter((f) => f.line === la.line);
      const outcome = here.some(isLoud) ? 'false-alarm' : here.length > 0 ? 'info' : 'quiet';
      lookalikes.push({ id: la.id, file: doc.file, line: la.line, outcome, rules: [...new Set(here.map((f) => `${f.ruleId}:${f.severity}`))] });
    }
    for (const f of findings) {
      if (!keyed.has(f.line)) other.push({ file: doc.file, line: f.line, severity: f.severity, ruleId: f.ruleId, message: f.message });
    }
  }
  const found = mistakes.filter((m) => m.outcome === 'found').length;
  return {
    set: key.set,
    cli,
    mistakes: {
      total: mistakes.length,
      found,
      infoOnly: mistakes.filter((m) => m.outcome === 'info-only').length,
      recall: mistakes.length === 0 ? 0 : found / mistakes.length,
      byClass,
      byCoverage,
    },
    lookalikes: {
      total: lookalikes.length,
      falseAlarms: lookalikes.filter((l) => l.outcome === 'false-alarm').length,
      infoOnly: lookalikes.filter((l) => l.outcome === 'info').length,
    },
    otherFindings: {
      errorOrWarning: other.filter((o) => o.severity !== 'info').length,
      info: other.filter((o) => o.severity === 'info').length,
      list: other,
    },
    results: { mistakes, lookalikes },
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

function table(r: Report): string {
  const rows: string[][] = [['', 'total', 'found', 'recall', 'info only']];
  const add = (name: string, t: Tally): void => {
    rows.push([name, String(t.total), String(t.found), pct(t.found, t.total), String(t.infoOnly)]);
  };
  add('all mistakes', { total: r.mistakes.total, found: r.mistakes.found, infoOnly: r.mistakes.infoOnly });
  for (const [k, t] of Object.entries(r.mistakes.byClass).sort()) add(`  class ${k}`, t);
  for (const [k, t] of Object.entries(r.mistakes.byCoverage).sort()) add(`  ${k}`, t);
  const width = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const fmt = (row: string[]): string => row.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  const out = [`blind set ${r.set} · ${r.cli}`, '', ...rows.map(fmt), ''];
  out.push(`look-alikes: ${r.lookalikes.total}, false alarms (error/warning) ${r.lookalikes.falseAlarms} (${pct(r.lookalikes.falseAlarms, r.lookalikes.total)}), info ${r.lookalikes.infoOnly}`);
  out.push(`other findings (not on a keyed line): ${r.otherFindings.errorOrWarning} error/warning, ${r.otherFindings.info} info`);
  for (const o of r.otherFindings.list) out.push(`  ${o.file}:${o.line}  ${o.severity}  [${o.ruleId}]`);
  return out.join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const set = args.set ?? newestSet();
  const setDir = join(BLIND_DIR, set);
  const docsDir = join(setDir, 'docs');
  const key = JSON.parse(readFileSync(join(setDir, 'key.json'), 'utf8')) as Key;
  const problems = checkKey(key, docsDir);
  if (problems.length > 0) {
    process.stderr.write(`key does not match the documents:\n${problems.join('\n')}\n`);
    process.exit(1);
  }
  if (args.check) {
    const m = key.docs.reduce((n, d) => n + d.mistakes.length, 0);
    const l = key.docs.reduce((n, d) => n + d.lookalikes.length, 0);
    process.stdout.write(`key ok: ${key.docs.length} documents, ${m} mistakes, ${l} look-alikes\n`);
    return;
  }
  if (!existsSync(args.cli)) {
    process.stderr.write(`no CLI at ${args.cli} (build it with npm run build, or pass --cli)\n`);
    process.exit(2);
  }
  const report = score(key, runCli(args.cli, docsDir), args.cli);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${table(report)}\n`);
}

main();
