/** Where a finding's facts come from, for the hover card over it, SARIF and JSON output. */
import { findFact } from '../../facts/catalog';
import type { Finding } from '../findings';
import { escapeMarkdown, safeLink } from '../util/markdown-escape';

export interface FactSource {
  readonly factId: string;
  readonly url: string;
  readonly checked: string;
}

export function sourcesOf(finding: Finding): FactSource[] {
  const out: FactSource[] = [];
  const seen = new Set<string>();
  for (const id of finding.factIds) {
    const fact = findFact(id);
    if (!fact || seen.has(fact.source)) continue;
    seen.add(fact.source);
    out.push({ factId: id, url: fact.source, checked: fact.checked });
  }
  return out;
}

/** A readable label for a documentation URL: its page name ("vpc-cidr-blocks" → "vpc cidr blocks"). */
function pageLabel(url: string): string {
  const page = /\/([^/?#]+?)(?:\.html?)?(?:[?#].*)?$/.exec(url)?.[1] ?? url;
  return page.replace(/[-_]+/g, ' ');
}

/**
 * The sources of the findings at a position, for the hover card over them: the rule, and each
 * AWS documentation page with the date it was checked. Undefined when none has a source.
 */
export function findingSourcesMarkdown(findings: readonly Finding[]): string | undefined {
  const lines: string[] = [];
  for (const finding of findings) {
    const sources = sourcesOf(finding);
    if (sources.length === 0) continue;
    const links = sources.map((s) => `${safeLink(pageLabel(s.url), s.url)} (checked ${/^\d{4}-\d{2}-\d{2}$/.test(s.checked) ? s.checked : escapeMarkdown(s.checked)})`);
    const rule = /^[a-z0-9-]+$/.test(finding.ruleId) ? `\`${finding.ruleId}\`` : escapeMarkdown(finding.ruleId);
    lines.push(`${rule}: ${links.join('; ')}`);
  }
  return lines.length === 0 ? undefined : `Sources:\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
}
