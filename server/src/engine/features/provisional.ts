/**
 * Provisional findings of a cold open: what the blocks analysed so far are certain to report, so an
 * editor can show the top of a big document's squiggles while the rest is still being analysed.
 *
 * Certain means: every provisional finding is in the final analysis, as it is (no squiggle comes
 * and goes). A block's context-rule findings depend on that block only (they are cached with it),
 * the rule levels and the document's date are known up front, and a suppression acts on text at or
 * after its comment, except `disable-file`, which may sit anywhere: those are read from the whole
 * text, wherever they are (one that turns out to sit in a code span only holds a finding back until
 * the end). Document rules, the scoped limits and unused suppressions need every block: they come
 * with the final analysis, which only adds to this.
 */
import type { AnalyzeOptions } from '../analyze';
import { asOf, documentDate } from '../assertions/point-in-time';
import type { Finding } from '../findings';
import type { BlockAnalysis } from '../incremental/block-analysis';
import { applySuppressions, findDirectives, type Directive } from './suppress';
import type { LineIndex } from '../util/text';

const FILE_WIDE = 'archnotes-disable-file';

/** `disable-file` comments anywhere in the text (a plain substring search first: most texts have none). */
function fileWideDirectives(text: string): Directive[] {
  if (!text.includes(FILE_WIDE)) return [];
  return findDirectives(text, 0).filter((d) => d.kind === 'disable-file');
}

/** The findings of `blocks` (the first blocks of `text`, in order) that the final analysis will hold too. */
export function provisionalFindings(text: string, lines: LineIndex, blocks: readonly BlockAnalysis[], options: AnalyzeOptions = {}): Finding[] {
  const settings = options.rules ?? {};
  const dated = documentDate(text);
  const directives: Directive[] = fileWideDirectives(text);
  const leveled: Finding[] = [];
  for (const block of blocks) {
    for (const directive of block.directives) directives.push(directive);
    for (const found of block.findings) {
      const finding = dated ? asOf(found, dated) : found;
      const level = settings[finding.ruleId];
      if (level === 'off') continue;
      leveled.push(level ? { ...finding, severity: level } : finding);
    }
  }
  leveled.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return applySuppressions(leveled, directives, lines).kept;
}
