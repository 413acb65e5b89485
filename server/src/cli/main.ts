/**
 * `archnotes check [paths|dirs|globs…] [--format text|json|sarif] [--fix] [--output file]`
 * Exit codes: 0 no error-level finding; 1 at least one; 2 usage error or an unreadable file.
 */
import { writeFileSync } from 'node:fs';
import { checkFiles } from './parallel';
import { expandTargets } from './files';
import { formatJson, formatSarif, formatText, VERSION, type FileResult } from './report';

const USAGE = `usage: archnotes check [paths|dirs|globs...] [options]

Checks AWS architecture notes written in markdown.

options:
  --format text|json|sarif   output format (default: text)
  --fix                      apply every safe fix in place
  --output <file>            write the report to a file instead of stdout
  --no-color                 never colour the text output
  -h, --help                 show this help
  --version                  print the version
`;

interface Args {
  readonly command?: string;
  readonly targets: string[];
  readonly format: 'text' | 'json' | 'sarif';
  readonly fix: boolean;
  readonly output?: string;
  readonly color: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args | 'help' | 'version' {
  const targets: string[] = [];
  let command: string | undefined;
  let format: Args['format'] = 'text';
  let fix = false;
  let output: string | undefined;
  let color = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--version' || arg === '-v') return 'version';
    if (arg === '--fix') fix = true;
    else if (arg === '--no-color') color = false;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got ${value ?? 'nothing'})`);
      format = value;
    } else if (arg === '--output' || arg === '-o' || arg.startsWith('--output=')) {
      output = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!output) throw new UsageError('--output needs a file name');
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (!command) command = arg;
    else targets.push(arg);
  }
  return { command, targets, format, fix, output, color };
}

export async function run(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`archnotes: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`archnotes ${VERSION}\n`);
    return 0;
  }
  if (args.command !== 'check') {
    process.stderr.write(`archnotes: ${args.command ? `unknown command "${args.command}"` : 'missing command'}\n\n${USAGE}`);
    return 2;
  }
  const { files, problems } = expandTargets(args.targets.length > 0 ? args.targets : ['.'], cwd);
  for (const problem of problems) process.stderr.write(`archnotes: ${problem}\n`);
  const results: FileResult[] = [];
  const configProblems = new Set<string>();
  for (const { result, configProblems: cp } of await checkFiles(files, { fix: args.fix })) {
    const file = result.path;
    for (const p of cp) configProblems.add(p);
    results.push(result);
    if (result.error) process.stderr.write(`archnotes: ${file}: ${result.error}\n`);
  }
  for (const problem of configProblems) process.stderr.write(`archnotes: config: ${problem}\n`);
  const color = args.color && !args.output && process.stdout.isTTY === true && !process.env['NO_COLOR'];
  const report = args.format === 'json' ? formatJson(results, cwd) : args.format === 'sarif' ? formatSarif(results, cwd) : formatText(results, cwd, color);
  if (args.output) writeFileSync(args.output, report);
  else process.stdout.write(report);
  if (problems.length > 0 || results.some((r) => r.error && !r.error.includes('binary'))) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
