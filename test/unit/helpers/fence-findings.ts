/** Shared by the readers' tests: a document of one titled fence, and the warning/error findings of a text with their spans. */
import { analyzeText } from '../../../server/src/engine/analyze';

/** `# <title>`, then one fence of `lang` holding `lines`. */
export const fence = (lang: string, ...lines: string[]): string => ['# Notes', '', `\`\`\`${lang}`, ...lines, '```', ''].join('\n');

/** `rule-id: flagged text` of each warning or error. */
export const flagged = (text: string): string[] =>
  analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
