/** Checking one file: read, analyse with its nearest config, optionally fix, and report. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeText } from '../engine';
import { applyEdits, safeEdits } from '../engine';
import { unsupportedText } from '../engine';
import { loadConfigFor, type LoadedConfig } from '../config/config';
import { locate, toJsonFinding, UNUSED_SUPPRESSION, type FileResult, type JsonFinding } from './report';

export interface CheckOptions {
  readonly fix: boolean;
}

export interface Checked {
  readonly result: FileResult;
  readonly configProblems: string[];
}

export function checkFile(path: string, options: CheckOptions, loaded: LoadedConfig = loadConfigFor(path)): Checked {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { result: { path, findings: [], suppressed: 0, fixed: 0, error: `cannot read file (${code})` }, configProblems: [] };
  }
  return checkText(text, path, options, loaded, (next) => writeFileSync(path, next));
}

/** Checks text that belongs at `path` (its config is the one found from there); `write` saves fixed text. */
export function checkText(text: string, path: string, options: CheckOptions, loaded: LoadedConfig = loadConfigFor(path), write?: (text: string) => void): Checked {
  const configProblems = loaded.problems.map((p) => p.message);
  // Binary or minified text is not notes: skipped with the reason, as the language server does.
  const unsupported = unsupportedText(text);
  if (unsupported) return { result: { path, findings: [], suppressed: 0, fixed: 0, error: `skipped: ${unsupported.message}` }, configProblems };
  const options_ = { rules: loaded.config.rules };
  let analysis = analyzeText(text, options_);
  let fixed = 0;
  if (options.fix && write) {
    const edits = safeEdits(analysis.findings);
    if (edits.length > 0) {
      const next = applyEdits(text, edits);
      if (next !== text) {
        write(next);
        fixed = analysis.findings.length;
        text = next;
        analysis = analyzeText(next, options_);
        fixed -= analysis.findings.length;
      }
    }
  }
  const findings: JsonFinding[] = analysis.findings.map((f) => toJsonFinding(analysis.lines, f));
  const flagged = analysis.findings.map((f) => text.slice(f.start, f.end));
  for (const directive of analysis.unusedDirectives) {
    findings.push({
      ruleId: UNUSED_SUPPRESSION,
      severity: 'info',
      message: `This archnotes-${directive.kind} comment${directive.rules.length ? ` for ${directive.rules.join(', ')}` : ''} suppresses nothing.`,
      ...locate(analysis.lines, directive.start, directive.end),
      fixes: [],
      sources: [],
    });
    flagged.push(text.slice(directive.start, directive.end));
  }
  const order = findings.map((_, i) => i).sort((a, b) => lineOrder(findings[a], findings[b]) || a - b);
  const sorted = withFingerprints(
    order.map((i) => findings[i] as JsonFinding),
    order.map((i) => flagged[i] ?? ''),
  );
  return { result: { path, findings: sorted, suppressed: analysis.suppressed.length, fixed: Math.max(0, fixed) }, configProblems };
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
