/**
 * The CLI's commands, options and formats: one table that `--help` prints and the README repeats
 * (test/unit/cli-options.test.ts compares the two), and the argument parser that reads them.
 */

export type Kind = 'command' | 'option' | 'format';

export interface HelpEntry {
  readonly kind: Kind;
  readonly name: string;
  readonly description: string;
}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'codequality'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats of `archnotes plan`. */
export const PLAN_FORMATS = ['md', 'svg'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export const DEFAULT_CACHE_FILE = '.archnotes-cache';

export const HELP: readonly HelpEntry[] = [
  { kind: 'command', name: 'check [paths...]', description: 'Check markdown files, folders (walked) and globs; default: the current folder.' },
  { kind: 'command', name: 'rules', description: 'List every rule with its default level and the level configured for the current folder.' },
  { kind: 'command', name: 'explain <rule-id>', description: 'Print the documentation page of a rule.' },
  { kind: 'command', name: 'claims <file>', description: 'Print what a document asserts: each value with its service, attribute, modality and how the service was found.' },
  { kind: 'command', name: 'plan <file>', description: 'Print the address plan of a document: each VPC with its subnets and free blocks (--format md or svg).' },
  { kind: 'option', name: '--format <name>', description: 'Output format, one of the formats below (default: text).' },
  { kind: 'option', name: '-o, --output <file>', description: 'Write the report to a file instead of standard output.' },
  { kind: 'option', name: '--fix', description: 'Apply every safe fix in place.' },
  { kind: 'option', name: '--quiet', description: 'Report errors only (warnings still count for --max-warnings).' },
  { kind: 'option', name: '--max-warnings <n>', description: 'Exit 1 when there are more than n warnings.' },
  { kind: 'option', name: '--stdin', description: 'Check the text on standard input instead of files.' },
  { kind: 'option', name: '--stdin-filename <path>', description: 'With --stdin: the path that picks the config and names the text in the report.' },
  { kind: 'option', name: '--cache', description: 'Skip files whose text, resolved config, rule set and fact pack are unchanged since the last run.' },
  { kind: 'option', name: '--cache-location <file>', description: `Where --cache keeps its data (default: ${DEFAULT_CACHE_FILE}).` },
  { kind: 'option', name: '--no-color', description: 'Never colour the text output (colours only on a terminal, never with NO_COLOR).' },
  { kind: 'option', name: '-h, --help', description: 'Show this help.' },
  { kind: 'option', name: '--version', description: 'Print the version.' },
  { kind: 'format', name: 'text', description: 'path:line:col  severity  message  [rule-id], then a summary line.' },
  { kind: 'format', name: 'json', description: 'The findings with positions, fixes, sources and fingerprints, per file.' },
  { kind: 'format', name: 'sarif', description: 'SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.' },
  { kind: 'format', name: 'github', description: 'GitHub Actions annotations; a Markdown summary to GITHUB_STEP_SUMMARY when it is set.' },
  { kind: 'format', name: 'codequality', description: 'GitLab Code Quality report (merge request widget); fingerprints survive moved lines.' },
  { kind: 'format', name: 'md', description: 'plan only (its default): a markdown table per VPC, free blocks in place, problems marked.' },
  { kind: 'format', name: 'svg', description: 'plan only: an SVG bar per VPC to scale, subnets coloured by AZ, overlaps in red.' },
];

const HEADINGS: Record<Kind, string> = { command: 'commands:', option: 'options:', format: 'formats (--format):' };

export function usage(): string {
  const width = Math.max(...HELP.map((e) => e.name.length)) + 2;
  const out = ['usage: archnotes <command> [options]', '', 'Checks AWS architecture notes written in markdown.'];
  for (const kind of ['command', 'option', 'format'] as const) {
    out.push('', HEADINGS[kind]);
    for (const entry of HELP.filter((e) => e.kind === kind)) out.push(`  ${entry.name.padEnd(width)}${entry.description}`);
  }
  out.push('', 'Exit codes: 0 no error-level finding, 1 errors (or more warnings than --max-warnings), 2 usage error or unreadable input, 3 internal failure.');
  return out.join('\n') + '\n';
}

export interface Args {
  readonly command?: string;
  readonly targets: string[];
  readonly format: Format;
  /** `--format md|svg` (archnotes plan). */
  readonly planFormat?: PlanFormat;
  readonly fix: boolean;
  readonly output?: string;
  readonly color: boolean;
  readonly quiet: boolean;
  readonly maxWarnings?: number;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly cache: boolean;
  readonly cacheLocation: string;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args | 'help' | 'version' {
  const targets: string[] = [];
  let command: string | undefined;
  let format: Format = 'text';
  let formatGiven = false;
  let planFormat: PlanFormat | undefined;
  let fix = false;
  let output: string | undefined;
  let color = true;
  let quiet = false;
  let maxWarnings: number | undefined;
  let stdin = false;
  let stdinFilename: string | undefined;
  let cache = false;
  let cacheLocation = DEFAULT_CACHE_FILE;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '--version' || flag === '-v') return 'version';
    if (flag === '--fix') fix = true;
    else if (flag === '--no-color') color = false;
    else if (flag === '--quiet') quiet = true;
    else if (flag === '--stdin') stdin = true;
    else if (flag === '--cache') cache = true;
    else if (flag === '--format') {
      const v = inline ?? argv[++i];
      if ((PLAN_FORMATS as readonly (string | undefined)[]).includes(v)) planFormat = v as PlanFormat;
      else if (!(FORMATS as readonly (string | undefined)[]).includes(v)) throw new UsageError(`--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]} (plan: ${PLAN_FORMATS.join(' or ')}; got ${v ?? 'nothing'})`);
      else {
        format = v as Format;
        formatGiven = true;
      }
    } else if (flag === '--output' || flag === '-o') output = value();
    else if (flag === '--max-warnings') {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings needs a whole number (got ${v})`);
      maxWarnings = Number(v);
    } else if (flag === '--stdin-filename') stdinFilename = value();
    else if (flag === '--cache-location') cacheLocation = value();
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (!command) command = arg;
    else targets.push(arg);
  }
  if (planFormat && command !== 'plan') throw new UsageError(`--format ${planFormat} is a format of archnotes plan`);
  if (command === 'plan' && formatGiven) throw new UsageError(`archnotes plan prints ${PLAN_FORMATS.join(' or ')} (got --format ${format})`);
  if (stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (stdin && targets.length > 0) throw new UsageError('--stdin takes no paths (name the text with --stdin-filename)');
  if (stdin && fix) throw new UsageError('--fix cannot write back to standard input');
  return { command, targets, format, planFormat, fix, output, color, quiet, maxWarnings, stdin, stdinFilename, cache, cacheLocation };
}
