/**
 * `--cache`: a file's result is reused when its text, its resolved config, the rule set (the
 * engine build) and the fact-pack version are all unchanged. One JSON file; a missing, broken or
 * foreign cache is simply a cold start, never an error.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { LoadedConfig } from '../config/config';
import { RULES } from '../engine';
import { FACT_PACK_VERSION } from '../facts/catalog';
import type { Checked } from './check';
import { VERSION } from './report';

const FORMAT = 1;

interface Entry {
  readonly text: string;
  readonly config: string;
  readonly checked: Checked;
}

interface CacheFile {
  readonly format: number;
  readonly engine: string;
  readonly entries: Record<string, Entry>;
}

function sha(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

let engineKey: string | undefined;

/**
 * The rule set and facts a result came from: version, fact pack, rule ids with their default
 * levels, and (when running from the bundle) the bundle's own bytes, so any code change is a miss.
 */
export function engineFingerprint(): string {
  if (engineKey !== undefined) return engineKey;
  const parts = [`archnotes ${VERSION}`, `facts ${FACT_PACK_VERSION}`, ...RULES.map((r) => `${r.id}:${r.severity}`)];
  if (__filename.endsWith('.cjs')) {
    try {
      parts.push(sha(readFileSync(__filename)));
    } catch {
      parts.push('bundle unreadable');
    }
  }
  engineKey = sha(parts.join('\n'));
  return engineKey;
}

export function configFingerprint(loaded: LoadedConfig): string {
  return sha(JSON.stringify([loaded.file ?? null, loaded.config.rules, loaded.config.ignores, loaded.problems.map((p) => p.message)]));
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private changed = false;

  constructor(private readonly location: string) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(location, 'utf8'));
    } catch {
      return;
    }
    const file = parsed as Partial<CacheFile> | null;
    if (!file || file.format !== FORMAT || file.engine !== engineFingerprint() || typeof file.entries !== 'object' || file.entries === null) {
      this.changed = true;
      return;
    }
    for (const [path, entry] of Object.entries(file.entries)) this.entries.set(path, entry);
  }

  /** The stored result for this file text and config, if any. */
  lookup(path: string, text: Buffer, config: string): { hit?: Checked; key: string } {
    const key = sha(text);
    const entry = this.entries.get(path);
    return { hit: entry && entry.text === key && entry.config === config ? entry.checked : undefined, key };
  }

  store(path: string, text: string, config: string, checked: Checked): void {
    this.entries.set(path, { text, config, checked });
    this.changed = true;
  }

  forget(path: string): void {
    this.changed = this.entries.delete(path) || this.changed;
  }

  /** Writes the cache (through a temporary file, so a crash never leaves half a cache). */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const file: CacheFile = { format: FORMAT, engine: engineFingerprint(), entries: Object.fromEntries(this.entries) };
    const temp = `${this.location}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(file));
      renameSync(temp, this.location);
      return undefined;
    } catch (error) {
      return `cannot write the cache ${this.location} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
}
