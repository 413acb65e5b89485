/**
 * `npm run corpus`: runs archnotes on the cached development corpus (public docs listed in
 * test/corpus/manifest.json, never committed) and scores the run against the hand labels in
 * test/corpus/labels-*.jsonl. See docs/quality.md.
 *
 *   npm run corpus                          # this worktree's engine, from source
 *   npm run corpus -- --cli /path/cli.cjs   # another build (e.g. the baseline), through its JSON output
 *   npm run corpus -- --docs 0-39           # only these manifest indexes
 *   npm run corpus -- --save before         # store the findings in <cache>/snapshots/before.json
 *   npm run corpus -- --diff before         # rule-by-rule difference against that snapshot
 *   npm run corpus -- --missed              # also list the labelled mistakes no finding sits on
 *   npm run corpus -- --json                # the metrics as JSON
 *
 * The cache lives in $ARCHNOTES_CORPUS (default /work/corpus-cache): docs/<index padded to 2>.md.
 * Without it the script says so and exits 0 (CI has no copy of other people's texts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkFile } from '../server/src/cli/check';
import { diffRuns, parseLabels, percent, score, verdictIndex, verdictOf, type CorpusFinding, type Label, type Metrics, type SnapshotFinding, type Severity } from './corpus-score';

const ROOT = resolve(__dirname, '..');
const CORPUS_DIR = join(ROOT, 'test', 'corpus');

interface Options {
  cli?: string;
  save?: string;
  diff?: string;
  docs?: { from: number; to: number };
  missed: boolean;
  json: boolean;
}

interface ManifestEntry {
  readonly repo: string;
  readonly path: string;
  readonly lines: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { missed: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--cli') options.cli = resolve(value());
    else if (arg === '--save') options.save = value();
    else if (arg === '--diff') options.diff = value();
    else if (arg === '--missed') options.missed = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--docs') {
      const m = /^(\d+)(?:-(\d+))?$/.exec(value());
      if (!m) throw new Error('--docs takes a range such as 0-39');
      options.docs = { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
    } else throw new Error(`unknown option ${arg}`);
  }
  for (const name of [options.save, options.diff]) if (name !== undefined && !/^[\w.-]+$/.test(name)) throw new Error(`snapshot name "${name}": letters, digits, '.', '_' and '-' only`);
  return options;
}

interface JsonReport {
  files: Array<{ path: string; findings: ReadonlyArray<{ ruleId: string; severity: Severity; message: string; line: number; endLine: number }>; error?: string }>;
}

/** Findings of every document, from this worktree's engine or from a built CLI's JSON report. */
function runEngine(files: ReadonlyMap<number, string>, cli: string | undefined): CorpusFinding[] {
  const byPath = new Map([...files].map(([doc, path]) => [basename(path), doc]));
  const reports: JsonReport['files'] = [];
  if (cli) {
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [cli, 'check', '--format', 'json', ...files.values()], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
    } catch (error) {
      // Exit code 1 only means an error-level finding; the report is still on stdout.
      const e = error as { status?: number; stdout?: string };
      if (e.status !== 1 || !e.stdout) throw error;
      stdout = e.stdout;
    }
    reports.push(...(JSON.parse(stdout) as JsonReport).files);
  } else {
    for (const path of files.values()) reports.push(checkFile(path, { fix: false }).result);
  }
  const findings: CorpusFinding[] = [];
  for (const report of reports) {
    const doc = byPath.get(basename(report.path));
    if (doc === undefined) continue;
    if (report.error) process.stderr.write(`corpus: ${basename(report.path)}: ${report.error}\n`);
    for (const f of report.findings) findings.push({ doc, line: f.line, endLine: f.endLine, rule: f.ruleId, severity: f.severity, message: f.message });
  }
  return findings.sort((a, b) => a.doc - b.doc || a.line - b.line || a.rule.localeCompare(b.rule));
}

function loadLabels(): Label[] {
  const labels: Label[] = [];
  for (const name of readdirSync(CORPUS_DIR).filter((n) => /^labels-.*\.jsonl$/.test(n)).sort()) {
    const parsed = parseLabels(readFileSync(join(CORPUS_DIR, name), 'utf8'), `test/corpus/${name}`);
    for (const p of parsed.problems) process.stderr.write(`corpus: ${p}\n`);
    labels.push(...parsed.labels);
  }
  return labels;
}

const pad = (s: string | number, n: number): string => String(s).padEnd(n);

function printMetrics(m: Metrics, labels: readonly Label[], manifest: readonly ManifestEntry[], options: Options): void {
  const out: string[] = [];
  const f = m.findings;
  out.push(`${m.documents} documents, ${m.lines} lines; findings: ${f.error} error, ${f.warning} warning, ${f.info} info`);
  out.push(`precision at error+warning: ${percent(m.precisionErrorWarning)}`);
  out.push(`precision at info:          ${percent(m.precisionInfo)}`);
  out.push(`false alarms per 1,000 lines: ${m.falseAlarmsErrorWarningPer1000.toFixed(2)} at error+warning, ${m.falseAlarmsAllPer1000.toFixed(2)} at any severity`);
  out.push(`documents with a false error: ${m.docsWithFalseError.length}${m.docsWithFalseError.length ? ` (${m.docsWithFalseError.join(', ')})` : ''}`);
  out.push(`recall of labelled mistakes: inside the catalogue ${percent(m.recallInCatalogue)}, outside ${percent(m.recallOutsideCatalogue)}`);
  out.push(`recall by class: ${m.recallByClass.map((r) => `${r.class} ${r.inside.hits}/${r.inside.of} in, ${r.outside.hits}/${r.outside.of} out`).join('; ')}`);
  out.push('');
  out.push(`${pad('rule', 32)} ${pad('findings', 9)} ${pad('right', 6)} ${pad('wrong', 6)} unjudged`);
  for (const r of m.rules) out.push(`${pad(r.rule, 32)} ${pad(r.findings, 9)} ${pad(r.right, 6)} ${pad(r.wrong, 6)} ${r.unjudged}`);
  if (m.unjudged.length > 0) {
    out.push('', `unjudged findings (${m.unjudged.length}): add {"type":"finding"} labels for them`);
    for (const u of m.unjudged) out.push(`  doc ${u.doc} (${manifest[u.doc]?.repo ?? '?'}) line ${u.line}  ${u.severity}  [${u.rule}]  ${u.message}`);
  }
  if (m.staleVerdicts.length > 0) {
    out.push('', `verdicts that match no finding of this run (${m.staleVerdicts.length}):`);
    for (const s of m.staleVerdicts) out.push(`  doc ${s.doc} line ${s.line} [${s.rule}] ${s.verdict}`);
  }
  if (options.missed) {
    const missed = m.mistakes.filter((x) => x.caughtBy.length === 0);
    out.push('', `missed mistakes (${missed.length} of ${m.mistakes.length}):`);
    for (const x of missed) out.push(`  doc ${x.label.doc} line ${x.label.line}  ${x.label.class}${x.label.catalogue ? ' (catalogue)' : ''}  ${x.label.note}`);
  }
  const labelledDocs = [...new Set(labels.map((l) => l.doc))].length;
  out.push('', `labels: ${labels.length} (${labelledDocs} documents carry at least one)`);
  process.stdout.write(out.join('\n') + '\n');
}

function snapshotPath(cache: string, name: string): string {
  return join(cache, 'snapshots', `${name}.json`);
}

function printDiff(before: readonly SnapshotFinding[], after: readonly CorpusFinding[], labels: readonly Label[], name: string): void {
  const verdicts = verdictIndex(labels);
  const tag = (x: SnapshotFinding): string => {
    const v = verdictOf(verdicts, { ...x, endLine: x.line });
    return v ? v.verdict : 'unjudged';
  };
  const out: string[] = ['', `difference against snapshot "${name}" (rule: before → after, +added −removed):`];
  let changed = 0;
  for (const d of diffRuns(before, after)) {
    if (d.added.length === 0 && d.removed.length === 0) continue;
    changed += 1;
    out.push(`  ${d.rule}: ${d.before} → ${d.after}  (+${d.added.length} −${d.removed.length})`);
    for (const x of d.added) out.push(`    + doc ${x.doc} line ${x.line} ${x.severity} (${tag(x)}): ${x.message}`);
    for (const x of d.removed) out.push(`    − doc ${x.doc} line ${x.line} ${x.severity} (${tag(x)}): ${x.message}`);
  }
  if (changed === 0) out.push('  no change');
  process.stdout.write(out.join('\n') + '\n');
}

function main(argv: readonly string[]): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`corpus: ${(error as Error).message}\n`);
    return 2;
  }
  const cache = resolve(process.env['ARCHNOTES_CORPUS'] ?? '/work/corpus-cache');
  const docsDir = join(cache, 'docs');
  if (!existsSync(docsDir)) {
    process.stdout.write(`corpus: no cached documents in ${docsDir} (set ARCHNOTES_CORPUS); nothing to measure. See docs/quality.md to build the cache.\n`);
    return 0;
  }
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const files = new Map<number, string>();
  const docLines = new Map<number, number>();
  const missing: number[] = [];
  manifest.forEach((entry, doc) => {
    if (options.docs && (doc < options.docs.from || doc > options.docs.to)) return;
    const path = join(docsDir, `${String(doc).padStart(2, '0')}.md`);
    if (!existsSync(path)) {
      missing.push(doc);
      return;
    }
    files.set(doc, path);
    docLines.set(doc, entry.lines);
  });
  if (files.size === 0) {
    process.stdout.write(`corpus: none of the selected documents is cached in ${docsDir}; nothing to measure.\n`);
    return 0;
  }
  if (missing.length > 0) process.stdout.write(`corpus: not cached, left out: ${missing.join(', ')}\n`);
  if (options.cli && !existsSync(options.cli)) {
    process.stderr.write(`corpus: no CLI at ${options.cli}\n`);
    return 2;
  }
  process.stdout.write(`engine: ${options.cli ?? 'this worktree (server/src)'}\n`);
  const findings = runEngine(files, options.cli);
  const labels = loadLabels();
  const metrics = score(findings, labels, docLines);
  if (options.json) process.stdout.write(JSON.stringify({ ...metrics, mistakes: undefined }, null, 2) + '\n');
  else printMetrics(metrics, labels.filter((l) => docLines.has(l.doc)), manifest, options);
  const snapshot: SnapshotFinding[] = findings.map(({ doc, line, rule, severity, message }) => ({ doc, line, rule, severity, message }));
  if (options.diff) {
    const path = snapshotPath(cache, options.diff);
    if (!existsSync(path)) {
      process.stderr.write(`corpus: no snapshot ${path}\n`);
      return 2;
    }
    const before = (JSON.parse(readFileSync(path, 'utf8')) as { findings: SnapshotFinding[] }).findings.filter((x) => docLines.has(x.doc));
    printDiff(before, findings, labels, options.diff);
  }
  if (options.save) {
    const path = snapshotPath(cache, options.save);
    mkdirSync(join(cache, 'snapshots'), { recursive: true });
    writeFileSync(path, JSON.stringify({ engine: options.cli ?? 'worktree', saved: new Date().toISOString(), findings: snapshot }, null, 1) + '\n');
    process.stdout.write(`saved ${snapshot.length} findings to ${path}\n`);
  }
  return 0;
}

// `npm run corpus | head`: stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
