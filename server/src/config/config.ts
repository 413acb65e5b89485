/**
 * `.archnotes.jsonc`: one config file in the repo; the nearest one up the tree from a document wins.
 * It is JSON data only: nothing from the workspace is ever executed. A broken file yields the
 * defaults plus one clear problem, never an exception.
 */
import { existsSync, readFileSync } from 'node:fs';
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
    if (typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) rules[id] = level as RuleLevel;
    else if (level === false) rules[id] = 'off';
    else problems.push(`${where}: rule "${id}" must be one of ${LEVELS.join(', ')}`);
  }
  return { rules, problems };
}

/** Parses config text. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    return {
      config: DEFAULT_CONFIG,
      file,
      problems: [{ file, message: `${file}: ${printParseErrorCode(first?.error ?? 0)} at offset ${first?.offset ?? 0}; using the defaults`, offset: first?.offset }],
    };
  }
  if (!isRecord(value)) return { config: DEFAULT_CONFIG, file, problems: [{ file, message: `${file}: the file must hold a JSON object; using the defaults` }] };
  const { rules, problems } = readRuleSettings(value['rules'], file);
  const ignores = readIgnores(value['ignores'], file, problems);
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

export function loadConfigFor(documentPath: string): LoadedConfig {
  const file = findConfigFile(dirname(documentPath));
  if (!file) return { config: DEFAULT_CONFIG, problems: [] };
  try {
    return parseConfig(readFileSync(file, 'utf8'), file);
  } catch (error) {
    return { config: DEFAULT_CONFIG, file, problems: [{ file, message: `${file}: cannot be read (${(error as Error).message}); using the defaults` }] };
  }
}

/** Editor settings win over the file, rule by rule. */
export function mergeRules(file: RuleSettings, editor: RuleSettings): RuleSettings {
  return { ...file, ...editor };
}
