/** Checking one file: read, analyse with its nearest config, optionally fix, and report. */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { analyzeText } from '../engine';
import { applyEdits, safeEdits } from '../engine';
import { unsupportedText } from '../engine';
import { loadConfigFor, type LoadedConfig } from '../config/config';
import { toJsonFinding, type FileResult, type JsonFinding } from './report';

export interface CheckOptions {
  readonly fix: boolean;
}

export interface Checked {
  readonly result: FileResult;
  readonly configProblems: string[];
}

/** Larger files are not notes (and reading one whole would cost memory): reported, not read. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const unreadable = (path: string, why: string): Checked => ({ result: { path, findings: [], suppressed: 0, fixed: 0, error: `cannot read file (${why})`, failure: 'unreadable' }, configProblems: [] });

/**
 * The bytes of a regular file, or why not. Opened without blocking and checked on the open
 * descriptor, so a FIFO or a device (`/dev/zero`) swapped in for a name is never read.
 */
function readRegularFile(path: string): Buffer | string {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) return 'not a regular file';
    if (stats.size > MAX_FILE_BYTES) return `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    return readFileSync(fd);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes fixed text only when it is safe: the file still holds the bytes that were analysed (an
 * edit made meanwhile is not overwritten), it is not a symbolic link (a link may point out of the
 * tree), and the bytes were valid UTF-8 (decoding replaced invalid bytes with U+FFFD everywhere,
 * far from the fixes). Returns why it did not write, or undefined when it wrote.
 */
export function writeFixed(path: string, original: Buffer, read: string, fixed: string): string | undefined {
  if (!Buffer.from(read, 'utf8').equals(original)) return 'the file is not valid UTF-8';
  try {
    if (lstatSync(path).isSymbolicLink()) return 'the file is a symbolic link';
    const now = readRegularFile(path);
    if (typeof now === 'string' || !now.equals(original)) return 'the file changed while it was checked';
    const fd = openSync(path, constants.O_WRONLY | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0));
    try {
      writeFileSync(fd, fixed);
    } finally {
      closeSync(fd);
    }
    return undefined;
  } catch (error) {
    return `cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
}

export function checkFile(path: string, options: CheckOptions, loaded: LoadedConfig = loadConfigFor(path)): Checked {
  const bytes = readRegularFile(path);
  if (typeof bytes === 'string') return unreadable(path, bytes);
  const text = bytes.toString('utf8');
  return checkText(text, path, options, loaded, (next) => writeFixed(path, bytes, text, next));
}

/**
 * Checks text that belongs at `path` (its config is the one found from there); `write` saves fixed
 * text and returns why it did not, if it did not.
 */
export function checkText(text: string, path: string, options: CheckOptions, loaded: LoadedConfig = loadConfigFor(path), write?: (text: string) => string | undefined): Checked {
  const configProblems = loaded.problems.map((p) => p.message);
  // Binary or minified text is not notes: skipped with the reason, as the language server does.
  const unsupported = unsupportedText(text);
  if (unsupported) {
    const failure = unsupported.kind === 'binary' ? 'binary' : 'unsupported';
    return { result: { path, findings: [], suppressed: 0, fixed: 0, error: `skipped: ${unsupported.message}`, failure }, configProblems };
  }
  const options_ = { rules: loaded.config.rules };
  let analysis = analyzeText(text, options_);
  let fixed = 0;
  let notFixed: string | undefined;
  if (options.fix && write) {
    const edits = safeEdits(analysis.findings);
    if (edits.length > 0) {
      const next = applyEdits(text, edits);
      notFixed = next === text ? undefined : write(next);
      if (next !== text && notFixed === undefined) {
        fixed = analysis.findings.length;
        text = next;
        analysis = analyzeText(next, options_);
        fixed -= analysis.findings.length;
      }
    }
  }
  // Unused suppressions are findings of the analysis (engine/features/suppress.ts), like any other.
  const findings: JsonFinding[] = analysis.findings.map((f) => toJsonFinding(analysis.lines, f));
  const flagged = analysis.findings.map((f) => text.slice(f.start, f.end));
  const order = findings.map((_, i) => i).sort((a, b) => lineOrder(findings[a], findings[b]) || a - b);
  const sorted = withFingerprints(
    order.map((i) => findings[i] as JsonFinding),
    order.map((i) => flagged[i] ?? ''),
  );
  return { result: { path, findings: sorted, suppressed: analysis.suppressed.length, fixed: Math.max(0, fixed), ...(notFixed ? { notFixed } : {}) }, configProblems };
}

function lineOrder(a: JsonFinding | undefined, b: JsonFinding | undefined): number {
  return (a?.line ?? 0) - (b?.line ?? 0) || (a?.column ?? 0) - (b?.column ?? 0);
}

/**
 * A fingerprint that survives moved lines: the rule, the flagged text (whitespace collapsed, so CRLF
 * and re-wrapping do not change it) and which occurrence of that pair in the file it is. The path is
 * not part of it (formats that need one add it), so renaming a file is the only other change that
 * makes an issue look new.
 */
function withFingerprints(findings: readonly JsonFinding[], flagged: readonly string[]): JsonFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding, i) => {
    const text = (flagged[i] ?? '').replace(/\s+/g, ' ').trim();
    const key = `${finding.ruleId}\u0000${text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { ...finding, fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32) };
  });
}
