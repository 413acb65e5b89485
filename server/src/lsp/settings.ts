/**
 * The editor's `archnotes.*` settings and the project's `.archnotes.jsonc`: read, cached, and
 * reported when broken.
 */
import type { Connection } from 'vscode-languageserver';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RuleSettings } from '../engine';
import { loadConfigFor, readRuleSettings, type LoadedConfig } from '../config/config';
import { configProblemDiagnostics } from './convert';

export interface Settings {
  readonly rules: RuleSettings;
  /** 0: adaptive (next tick while analysis is cheap, longer after an expensive one). */
  readonly debounceMs: number;
  /** Above this size diagnostics update on save or when typing pauses, not on every keystroke. */
  readonly maxFileSizeKb: number;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, debounceMs: 0, maxFileSizeKb: 2048 };
const CONFIGURATION_TIMEOUT_MS = 1000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Settings from the client's `archnotes` section; what is missing or out of range keeps its default.
 * `diagnosticsDelay` and `largeFileSize` were `debounceMs` and `maxFileSizeKb` (titles the VS Code
 * Settings editor showed as "Debounce Ms" and "Max File Size Kb"): a client that sends only an old
 * key still gets its value. (VS Code sends every declared key with its default; its client fills the
 * new key from an old one the user set, see client/src/settings-migration.ts.)
 */
export function readSettings(raw: Record<string, unknown>): Settings {
  const { rules } = readRuleSettings(raw['rules'], 'archnotes.rules');
  const debounce = raw['diagnosticsDelay'] ?? raw['debounceMs'];
  const maxKb = raw['largeFileSize'] ?? raw['maxFileSizeKb'];
  return {
    rules,
    debounceMs: typeof debounce === 'number' && debounce >= 0 && debounce <= 5000 ? debounce : DEFAULT_SETTINGS.debounceMs,
    maxFileSizeKb: typeof maxKb === 'number' && maxKb > 0 ? maxKb : DEFAULT_SETTINGS.maxFileSizeKb,
  };
}

/** The editor settings, as sent at initialize or on a change, or asked for (workspace/configuration). */
export class EditorSettings {
  current: Settings = DEFAULT_SETTINGS;
  /** The client answers workspace/configuration. */
  canAsk = false;

  constructor(private readonly connection: Connection) {}

  /** From initializationOptions or a didChangeConfiguration's `archnotes` section. */
  take(raw: unknown): void {
    if (isRecord(raw)) this.current = readSettings(raw);
  }

  /** Asks the client for settings; true when they changed. */
  async refresh(): Promise<boolean> {
    if (!this.canAsk) return false;
    const before = JSON.stringify(this.current);
    // A client that never answers must not stall analysis: fall back to what we have after a timeout.
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), CONFIGURATION_TIMEOUT_MS).unref());
    try {
      this.take(await Promise.race([this.connection.workspace.getConfiguration('archnotes'), timeout]));
    } catch {
      // The client refused: keep what we have.
    }
    return JSON.stringify(this.current) !== before;
  }
}

/** `.archnotes.jsonc` for a document: found by walking up from it, its problems published once. */
export class ProjectConfig {
  readonly #reported = new Set<string>();
  /** Config files whose problems (or their absence) were published: cleared when forgotten. */
  readonly #published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly log: (message: string) => void,
    /** How a log line names a file (display-path.ts). */
    private readonly shown: (file: string) => string = (file) => file,
  ) {}

  for(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      const loaded = loadConfigFor(fileURLToPath(uri));
      if (loaded.file) this.#report(loaded);
      return loaded;
    } catch {
      return undefined;
    }
  }

  /**
   * After a config file or the settings changed: report the problems again. What was published is
   * cleared first, so a broken config that was deleted leaves no error behind in Problems.
   */
  forget(): void {
    this.#reported.clear();
    for (const file of this.#published) void this.connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics: [] });
    this.#published.clear();
  }

  #report(loaded: LoadedConfig): void {
    if (!loaded.file) return;
    const key = `${loaded.file}\n${loaded.problems.map((p) => p.message).join('\n')}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    if (loaded.problems.length === 0) this.log(`config ${this.shown(loaded.file)}`);
    for (const problem of loaded.problems) {
      // The problem names the file by its absolute path in front: once, by its workspace path, is enough.
      const message = problem.message.startsWith(`${problem.file}: `) ? problem.message.slice(problem.file.length + 2) : problem.message;
      this.log(`config ${this.shown(loaded.file)}: ${message}`);
    }
    if (loaded.problems.length > 0) this.#published.add(loaded.file);
    void this.connection.sendDiagnostics({ uri: pathToFileURL(loaded.file).toString(), diagnostics: configProblemDiagnostics(loaded.problems, textOf(loaded.file)) });
  }
}

/** The config file's text, to place a syntax error where it is; undefined when it cannot be read. */
function textOf(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
