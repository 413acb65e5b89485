import { analyzeText } from '../../server/src/engine';

/** The findings of a text as `rule-id@line` (1-based), in report order: what a test of a reading compares. */
export function findings(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.findings.map((f) => `${f.ruleId}@${analysis.lines.positionAt(f.start).line + 1}`);
}
