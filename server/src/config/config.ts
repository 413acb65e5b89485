/**
 * `.archnotes.jsonc`: one config file in the repo; the nearest one up the tree from a document wins.
 * It is JSON data only: nothing from the workspace is ever executed. A broken file yields the
 * defaults plus one clear problem, never an exception.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { RuleLevel, RuleSettings } from '../engine/analyze';
import { getRule } from '../engine/rules';

export const CONFIG_FILE = '.archnotes.jsonc';

export interface ArchnotesConfig {
  readonly rules: RuleSettings;
  /** Globs of files the CLI skips, relative to the config file's folder (see cli/ignores.ts). */
  readonly ignores: readonly string[];
}

export interface ConfigProblem {
  readonly file: string;
  readonly message: string;
  /** 0-based offset in the config file, when known. */
  readonly offset?: number;
}

export interface LoadedConfig {
  readonly config: ArchnotesConfig;
  readonly file?: string;
  readonly problems: readonly ConfigProblem[];
}

const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

export const DEFAULT_CONFIG: ArchnotesConfig = { rules: {}, ignores: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a parsed `rules` object (also used for the editor's `archnotes.rules` setting). */
export function readRuleSettings(value: unknown, where: string): { rules: Record<string, RuleLevel>; problems: string[] } {
  const rules: Record<string, RuleLevel> = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { rules, problems };
  if (!isRecord(value)) return { rules, problems: [`${where}: "rules" must be an object of rule id → off|info|warning|error`] };
  for (const [id, level] of Object.entries(value)) {
    if (!getRule(id)) {
      problems.push(`${where}: unknown rule "${id}"`);
      continue;
    }
    // "default" (the editor setting's initial value for every rule): no override.
    if (level === 'default') continue;
    if (typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) rules[id] = level as RuleLevel;
    else if (level === false) rules[id] = 'off';
    else problems.push(`${where}: rule "${id}" must be one of ${LEVELS.join(', ')}`);
  }
  return { rules, problems };
}

/** Problems reported per config file (a 45 MB config printed 2.6 M lines). */
const MAX_PROBLEMS = 20;
/** A bigger config is not a hand-written rule list; it is not read (a 45 MB one cost 18 s, 2.4 GB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** 1-based line and column of an offset, as editors and compilers print them. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}

const SYNTAX_ERRORS: Readonly<Record<string, string>> = {
  CommaExpected: 'a comma is missing',
  ColonExpected: 'a colon is missing',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'unexpected text after the end of the object',
  InvalidSymbol: 'unexpected character',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfComment: 'a comment is not closed',
};

/** jsonc-parser's error code in words ("CommaExpected" → "a comma is missing"). */
function syntaxError(code: ParseError['error']): string {
  const name = printParseErrorCode(code);
  return SYNTAX_ERRORS[name] ?? `JSON syntax error (${name})`;
}

/** Parses config text. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const { line, column } = lineColumn(text, offset);
    return {
      config: DEFAULT_CONFIG,
      file,
      problems: [{ file, message: `${file}: line ${line}, column ${column}: ${syntaxError(first?.error ?? 0)}; using the defaults`, offset }],
    };
  }
  if (!isRecord(value)) return { config: DEFAULT_CONFIG, file, problems: [{ file, message: `${file}: the file must hold a JSON object; using the defaults` }] };
  // Own keys only: jsonc-parser assigns a "__proto__" key, which sets the object's prototype, so a
  // top-level {"__proto__": {"rules": …}} was read as the rules.
  const own = (key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
  const { rules, problems } = readRuleSettings(own('rules'), file);
  const ignores = readIgnores(own('ignores'), file, problems);
  if (/"__proto__"\s*:/.test(text)) problems.push(`${file}: the key "__proto__" is ignored`);
  if (problems.length > MAX_PROBLEMS) problems.splice(MAX_PROBLEMS, problems.length - MAX_PROBLEMS, `${file}: … and ${problems.length - MAX_PROBLEMS} more problems`);
  return { config: { rules, ignores }, file, problems: problems.map((message) => ({ file, message })) };
}

/** `ignores`: an array of glob strings; anything else is a problem, and the valid entries are kept. */
function readIgnores(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`${where}: "ignores" must be an array of glob strings`);
    return [];
  }
  const globs = value.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
  if (globs.length < value.length) problems.push(`${where}: "ignores" entries must be non-empty strings`);
  return globs;
}

/** The nearest `.archnotes.jsonc` at or above `startDir`, if any. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = startDir;
  const root = parsePath(dir).root;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dir === root) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Parsed configs by file, kept while the file's size and modification time stay the same. */
const parsed = new Map<string, { size: number; mtimeMs: number; loaded: LoadedConfig }>();

export function loadConfigFor(documentPath: string): LoadedConfig {
  const file = findConfigFile(dirname(documentPath));
  if (!file) return { config: DEFAULT_CONFIG, problems: [] };
  try {
    const { size, mtimeMs } = statSync(file);
    const cached = parsed.get(file);
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached.loaded;
    const loaded =
      size > MAX_CONFIG_BYTES
        ? { config: DEFAULT_CONFIG, file, problems: [{ file, message: `${file}: larger than ${MAX_CONFIG_BYTES / 1024} KB; using the defaults` }] }
        : parseConfig(readFileSync(file, 'utf8'), file);
    // Only files old enough that a rewrite within the same clock tick cannot hide behind the cache.
    if (Date.now() - mtimeMs > 2000) parsed.set(file, { size, mtimeMs, loaded });
    return loaded;
  } catch (error) {
    return { config: DEFAULT_CONFIG, file, problems: [{ file, message: `${file}: cannot be read (${(error as Error).message}); using the defaults` }] };
  }
}

/** Editor settings win over the file, rule by rule. */
export function mergeRules(file: RuleSettings, editor: RuleSettings): RuleSettings {
  return { ...file, ...editor };
}
