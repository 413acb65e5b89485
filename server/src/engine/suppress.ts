/**
 * Inline suppression comments:
 *   <!-- archnotes-disable-next-line rule-id -- reason -->
 *   <!-- archnotes-disable-line rule-id -->
 *   <!-- archnotes-disable rule-id --> … <!-- archnotes-enable rule-id -->
 *   <!-- archnotes-disable-file rule-id -->
 * No rule id means every rule. Everything after " -- " is the reason.
 */
import type { Finding } from './findings';
import type { LineIndex } from './text';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  readonly kind: DirectiveKind;
  /** Empty: all rules. */
  readonly rules: readonly string[];
  readonly reason?: string;
  readonly start: number;
  readonly end: number;
}

const DIRECTIVE_RE = /<!--\s*archnotes-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

/** Directives inside an html node's text (`base` = the node's offset). */
export function findDirectives(html: string, base: number): Directive[] {
  const out: Directive[] = [];
  DIRECTIVE_RE.lastIndex = 0;
  for (let m = DIRECTIVE_RE.exec(html); m; m = DIRECTIVE_RE.exec(html)) {
    const body = m[2] ?? '';
    const cut = body.indexOf(' -- ');
    const names = (cut === -1 ? body : body.slice(0, cut)).trim();
    const reason = cut === -1 ? undefined : body.slice(cut + 4).trim() || undefined;
    out.push({
      kind: m[1] as DirectiveKind,
      rules: names ? names.split(/[\s,]+/).filter(Boolean) : [],
      reason,
      start: base + m.index,
      end: base + m.index + m[0].length,
    });
  }
  return out;
}

export interface SuppressionResult {
  readonly kept: Finding[];
  readonly suppressed: Finding[];
  /** Directives that suppressed nothing (reported by the CLI). */
  readonly unused: Directive[];
}

function applies(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

export function applySuppressions(findings: readonly Finding[], directives: readonly Directive[], lines: LineIndex): SuppressionResult {
  const used = new Set<Directive>();
  const sorted = [...directives].sort((a, b) => a.start - b.start);
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    const line = lines.positionAt(finding.start).line;
    let by: Directive | undefined;
    for (const d of sorted) {
      if (!applies(d, finding.ruleId)) continue;
      const dLine = lines.positionAt(d.start).line;
      const dEndLine = lines.positionAt(d.end).line;
      if (d.kind === 'disable-file') by = d;
      else if (d.kind === 'disable-next-line' && line === dEndLine + 1) by = d;
      else if (d.kind === 'disable-line' && line >= dLine && line <= dEndLine) by = d;
      else if (d.kind === 'disable' && d.end <= finding.start) {
        const reenabled = sorted.some((e) => e.kind === 'enable' && e.start > d.end && e.start <= finding.start && (e.rules.length === 0 || d.rules.every((r) => e.rules.includes(r))));
        if (!reenabled) by = d;
      }
      if (by) break;
    }
    if (by) {
      used.add(by);
      suppressed.push(finding);
    } else kept.push(finding);
  }
  const unused = sorted.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { kept, suppressed, unused };
}
