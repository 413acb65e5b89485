/**
 * `archnotes check|rules|explain`: the commands, options and formats are listed in options.ts
 * (printed by --help and repeated in the README).
 * Exit codes: exit-codes.ts (0 clean, 1 findings, 2 usage or unreadable input, 3 internal failure).
 */
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfigFor, type LoadedConfig } from '../config/config';
import { addressPlan, analyzeText, explainAssertions, getRule, planMarkdown, planSvg, RULES } from '../engine';
import { configFingerprint, ResultCache } from './cache';
import { checkText, type Checked } from './check';
import { formatCodeQuality, formatGithub, githubContext, githubSummary } from './ci-report';
import { escapeTerminal } from './escape';
import { EXIT } from './exit-codes';
import { expandTargets } from './files';
import { isIgnored } from './ignores';
import { parseArgs, usage, UsageError, type Args } from './options';
import { checkFiles } from './parallel';
import { formatJson, formatSarif, formatText, totals, UNUSED_SUPPRESSION, VERSION, type FileResult } from './report';
import { rulePage, UNUSED_SUPPRESSION_PAGE } from './rule-page';

export async function run(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`archnotes: ${escapeTerminal((error as Error).message)}\n\n${usage()}`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`archnotes ${VERSION}\n`);
    return 0;
  }
  if (args.command === 'rules') return listRules(args, cwd);
  if (args.command === 'explain') return explain(args);
  if (args.command === 'claims') return claims(args, cwd);
  if (args.command === 'plan') return plan(args, cwd);
  if (args.command !== 'check') {
    process.stderr.write(`archnotes: ${escapeTerminal(`${args.command ? `unknown command "${args.command}"` : 'missing command'}`)}\n\n${usage()}`);
    return 2;
  }
  return check(args, cwd);
}

/** The nearest config of each folder, loaded once per folder. */
function configLoader(): (path: string) => LoadedConfig {
  const byDir = new Map<string, LoadedConfig>();
  return (path) => {
    const dir = dirname(path);
    let loaded = byDir.get(dir);
    if (!loaded) {
      loaded = loadConfigFor(path);
      byDir.set(dir, loaded);
    }
    return loaded;
  };
}

/**
 * Why the report cannot be written to `output` (a folder, a missing folder), checked before any
 * file is read or fixed: a run must not rewrite files with --fix and then fail to report.
 */
function unwritableOutput(output: string, cwd: string): string | undefined {
  const full = resolve(cwd, output);
  try {
    if (statSync(full).isDirectory()) return 'EISDIR';
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return (error as NodeJS.ErrnoException).code ?? 'error';
  }
  try {
    return statSync(dirname(full)).isDirectory() ? undefined : 'ENOTDIR';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  }
}

async function check(args: Args, cwd: string): Promise<number> {
  const outputProblem = args.output === undefined ? undefined : unwritableOutput(args.output, cwd);
  if (args.output !== undefined && outputProblem) {
    process.stderr.write(`archnotes: ${escapeTerminal(`cannot write ${args.output} (${outputProblem})`)}\n`);
    return EXIT.input;
  }
  const configFor = configLoader();
  const checked: Checked[] = [];
  let inputProblems = 0;
  if (args.stdin) {
    const path = resolve(cwd, args.stdinFilename ?? '<stdin>');
    const loaded = configFor(path);
    if (isIgnored(path, loaded)) process.stderr.write(`archnotes: ${escapeTerminal(`${args.stdinFilename ?? '<stdin>'}: ignored by ${loaded.file ?? 'the config'}`)}\n`);
    else checked.push(checkText(readFileSync(0, 'utf8'), path, { fix: false }, loaded));
  } else {
    const { files, problems, skipped } = expandTargets(args.targets.length > 0 ? args.targets : ['.'], cwd);
    inputProblems = problems.length;
    for (const problem of problems) process.stderr.write(`archnotes: ${escapeTerminal(problem)}\n`);
    for (const note of skipped) process.stderr.write(`archnotes: ${escapeTerminal(note)}\n`);
    const cache = args.cache ? new ResultCache(resolve(cwd, args.cacheLocation)) : undefined;
    const slots: Array<Checked | undefined> = [];
    const misses: Array<{ slot: number; path: string; config: string; key?: string }> = [];
    for (const path of files) {
      const loaded = configFor(path);
      if (isIgnored(path, loaded)) continue;
      const slot = slots.push(undefined) - 1;
      if (!cache) {
        misses.push({ slot, path, config: '' });
        continue;
      }
      const config = configFingerprint(loaded);
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        misses.push({ slot, path, config });
        continue;
      }
      const { hit, key } = cache.lookup(path, bytes, config);
      // With --fix, a cached result that still has a safe fix must run again to apply it.
      if (hit && !(args.fix && hit.result.findings.some((f) => f.fixes.some((x) => x.safe)))) slots[slot] = hit;
      else misses.push({ slot, path, config, key });
    }
    const fresh = await checkFiles(
      misses.map((m) => m.path),
      { fix: args.fix },
    );
    fresh.forEach((result, i) => {
      const miss = misses[i];
      if (!miss) return;
      slots[miss.slot] = result;
      if (!cache) return;
      // Fixed files changed on disk: their next run checks (and caches) the new text.
      if (miss.key && !result.result.error && result.result.fixed === 0) cache.store(miss.path, miss.key, miss.config, result);
      else cache.forget(miss.path);
    });
    for (const result of slots) if (result) checked.push(result);
    const cacheProblem = cache?.save();
    if (cacheProblem) process.stderr.write(`archnotes: ${escapeTerminal(cacheProblem)}\n`);
  }

  const results: FileResult[] = [];
  const configProblems = new Set<string>();
  for (const { result, configProblems: cp } of checked) {
    for (const p of cp) configProblems.add(p);
    results.push(result);
    if (result.error) process.stderr.write(`archnotes: ${escapeTerminal(`${result.path}: ${result.error}`)}\n`);
    if (result.notFixed) process.stderr.write(`archnotes: ${escapeTerminal(`${result.path}: not fixed: ${result.notFixed}`)}\n`);
  }
  for (const problem of configProblems) process.stderr.write(`archnotes: ${escapeTerminal(`config: ${problem}`)}\n`);

  const counted = totals(results);
  const shown = args.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const color = args.color && !args.output && process.stdout.isTTY === true && !process.env['NO_COLOR'];
  const report =
    args.format === 'json'
      ? formatJson(shown, cwd)
      : args.format === 'sarif'
        ? formatSarif(shown, cwd)
        : args.format === 'github'
          ? formatGithub(shown, cwd)
          : args.format === 'codequality'
            ? formatCodeQuality(shown, cwd)
            : formatText(shown, cwd, color);
  if (args.output) {
    try {
      writeFileSync(resolve(cwd, args.output), report);
    } catch (error) {
      process.stderr.write(`archnotes: ${escapeTerminal(`cannot write ${args.output} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)}\n`);
      return EXIT.input;
    }
  } else process.stdout.write(report);
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (args.format === 'github' && summaryFile) {
    try {
      appendFileSync(summaryFile, githubSummary(shown, cwd, githubContext()));
    } catch (error) {
      process.stderr.write(`archnotes: ${escapeTerminal(`cannot write GITHUB_STEP_SUMMARY (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)}\n`);
    }
  }

  if (results.some((r) => r.failure === 'internal')) return EXIT.internal;
  if (inputProblems > 0 || results.some((r) => r.failure === 'unreadable' || r.failure === 'unsupported')) return EXIT.input;
  if (counted.errors > 0) return EXIT.findings;
  if (args.maxWarnings !== undefined && counted.warnings > args.maxWarnings) {
    process.stderr.write(`archnotes: ${counted.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.clean;
}

/** `archnotes rules`: every rule, its default level and the level the nearest config sets here. */
function listRules(args: Args, cwd: string): number {
  const loaded = loadConfigFor(join(cwd, args.targets[0] ?? '', 'notes.md'));
  for (const problem of loaded.problems) process.stderr.write(`archnotes: ${escapeTerminal(`config: ${problem.message}`)}\n`);
  const rows = RULES.map((rule) => ({
    id: rule.id,
    default: rule.severity,
    level: loaded.config.rules[rule.id] ?? rule.severity,
    category: rule.category,
    fixable: rule.fixable,
    description: rule.description,
  }));
  if (args.format === 'json') {
    process.stdout.write(JSON.stringify({ config: loaded.file ?? null, rules: rows }, null, 2) + '\n');
    return 0;
  }
  if (args.format !== 'text') {
    process.stderr.write(`archnotes: ${escapeTerminal(`rules prints text or json, not ${args.format}`)}\n`);
    return 2;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  const out = [`${'rule'.padEnd(width)}  ${'level'.padEnd(8)}  ${'default'.padEnd(7)}  ${'category'.padEnd(10)}  fix  description`];
  for (const r of rows) {
    const level = `${r.level}${r.level !== r.default ? '*' : ''}`;
    out.push(`${r.id.padEnd(width)}  ${level.padEnd(8)}  ${r.default.padEnd(7)}  ${r.category.padEnd(10)}  ${r.fixable ? 'yes' : '   '}  ${r.description}`);
  }
  out.push('', `${rows.length} rules; levels from ${loaded.file ?? 'the defaults (no .archnotes.jsonc found)'}${rows.some((r) => r.level !== r.default) ? '; * = changed by the config' : ''}.`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

/** `archnotes explain <rule-id>`: the rule's documentation page, as generated into docs/rules. */
function explain(args: Args): number {
  const id = args.targets[0];
  if (!id) {
    process.stderr.write('archnotes: explain needs a rule id (see `archnotes rules`)\n');
    return 2;
  }
  if (id === UNUSED_SUPPRESSION) {
    process.stdout.write(UNUSED_SUPPRESSION_PAGE);
    return 0;
  }
  const rule = getRule(id);
  if (!rule) {
    const near = RULES.map((r) => r.id).filter((r) => r.includes(id) || id.includes(r) || r.split('-')[0] === id.split('-')[0]);
    process.stderr.write(`archnotes: ${escapeTerminal(`unknown rule "${id}"${near.length > 0 ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''} (see \`archnotes rules\`)`)}\n`);
    return 2;
  }
  process.stdout.write(rulePage(rule));
  return 0;
}

/**
 * `archnotes claims <file>`: what the engine reads the document to assert (quantity assertions with
 * subject, attribute, modality and evidence), one line each, so a reader can see why a finding was
 * or was not made.
 */
/**
 * The one markdown file a subcommand reads (`claims`, `plan`), or exit code 2 with the reason on
 * stderr: no target, `usable` false (too many), or unreadable.
 */
function readOneTarget(args: Args, cwd: string, usage: string, usable: boolean): { target: string; text: string } | number {
  const target = args.targets[0];
  if (!target || !usable) {
    process.stderr.write(`archnotes: ${usage}\n`);
    return 2;
  }
  try {
    return { target, text: readFileSync(resolve(cwd, target), 'utf8') };
  } catch (error) {
    process.stderr.write(`archnotes: ${escapeTerminal(`cannot read ${target}: ${(error as Error).message}`)}\n`);
    return 2;
  }
}

function claims(args: Args, cwd: string): number {
  const one = readOneTarget(args, cwd, 'claims needs one markdown file', args.targets.length >= 1);
  if (typeof one === 'number') return one;
  const { target, text } = one;
  const analysis = analyzeText(text);
  const rows = explainAssertions(analysis);
  const at = (offset: number): string => {
    const p = analysis.lines.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  for (const row of rows) {
    const lineOf = (offset: number): number => analysis.lines.positionAt(offset).line + 1;
    const titled = row.sectionStart === undefined ? '' : `section title at line ${lineOf(row.sectionStart)}`;
    const from = row.evidence !== 'section' || row.sectionStart === undefined ? row.evidence : row.labelStart === undefined ? titled : `label item at line ${lineOf(row.labelStart)} under the ${titled}`;
    process.stdout.write(
      escapeTerminal(`${target}:${at(row.start)}  ${row.serviceName} · ${row.attribute} = ${row.written}  (${row.modality}; service from ${from})${row.ruleId ? `  [${row.ruleId}]` : ''}`) + '\n',
    );
  }
  process.stdout.write(`${rows.length} assertion${rows.length === 1 ? '' : 's'}\n`);
  return 0;
}

/**
 * `archnotes plan <file> [--format md|svg] [-o file]`: the document's address plan (each VPC, its
 * subnets and free blocks) as markdown tables or an SVG picture a document can embed.
 */
function plan(args: Args, cwd: string): number {
  const one = readOneTarget(args, cwd, 'plan needs one markdown file', args.targets.length === 1);
  if (typeof one === 'number') return one;
  const { target, text } = one;
  const analysis = analyzeText(text);
  const addresses = addressPlan(analysis.model);
  const out = args.planFormat === 'svg' ? planSvg(addresses) : planMarkdown(addresses, (offset) => analysis.lines.positionAt(offset).line + 1);
  if (args.output === undefined) {
    process.stdout.write(out);
    return 0;
  }
  try {
    writeFileSync(resolve(cwd, args.output), out);
  } catch (error) {
    process.stderr.write(`archnotes: ${escapeTerminal(`cannot write ${args.output}: ${(error as Error).message}`)}\n`);
    return 2;
  }
  return 0;
}
