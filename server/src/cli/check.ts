/** Checking one file: read, analyse with its nearest config, optionally fix, and report. */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeText } from '../engine/analyze';
import { applyEdits, safeEdits } from '../engine/fixes';
import { unsupportedText } from '../engine/guard';
import { loadConfigFor } from '../config/config';
import { locate, toJsonFinding, UNUSED_SUPPRESSION, type FileResult, type JsonFinding } from './report';

export interface CheckOptions {
  readonly fix: boolean;
}

export function checkFile(path: string, options: CheckOptions): { result: FileResult; configProblems: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { result: { path, findings: [], suppressed: 0, fixed: 0, error: `cannot read file (${code})` }, configProblems: [] };
  }
  // Binary or minified text is not notes: skipped with the reason, as the language server does.
  const unsupported = unsupportedText(text);
  if (unsupported) return { result: { path, findings: [], suppressed: 0, fixed: 0, error: `skipped: ${unsupported.message}` }, configProblems: [] };
  const loaded = loadConfigFor(path);
  const options_ = { rules: loaded.config.rules };
  let analysis = analyzeText(text, options_);
  let fixed = 0;
  if (options.fix) {
    const edits = safeEdits(analysis.findings);
    if (edits.length > 0) {
      const next = applyEdits(text, edits);
      if (next !== text) {
        writeFileSync(path, next);
        fixed = analysis.findings.length;
        analysis = analyzeText(next, options_);
        fixed -= analysis.findings.length;
      }
    }
  }
  const findings: JsonFinding[] = analysis.findings.map((f) => toJsonFinding(analysis.lines, f));
  for (const directive of analysis.unusedDirectives) {
    findings.push({
      ruleId: UNUSED_SUPPRESSION,
      severity: 'info',
      message: `This archnotes-${directive.kind} comment${directive.rules.length ? ` for ${directive.rules.join(', ')}` : ''} suppresses nothing.`,
      ...locate(analysis.lines, directive.start, directive.end),
      fixes: [],
      sources: [],
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    result: { path, findings, suppressed: analysis.suppressed.length, fixed: Math.max(0, fixed) },
    configProblems: loaded.problems.map((p) => p.message),
  };
}
