/** Where a finding's facts come from, for messages, SARIF and JSON output. */
import { findFact } from '../facts/catalog';
import type { Finding } from './findings';

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

/** " (source: <url>, checked <date>)" for the finding's first fact, or ''. */
export function sourceSuffix(finding: Finding): string {
  const first = sourcesOf(finding)[0];
  return first ? ` (source: ${first.url}, checked ${first.checked})` : '';
}
