/**
 * Inline suppression comments:
 *   <!-- archnotes-disable-next-line rule-id -- reason -->
 *   <!-- archnotes-disable-line rule-id -->
 *   <!-- archnotes-disable rule-id --> … <!-- archnotes-enable rule-id -->
 *   <!-- archnotes-disable-file rule-id -->
 * No rule id means every rule. Everything after " -- " is the reason.
 */
import type { Edit, Finding } from '../findings';
import type { LineIndex } from '../util/text';

/** The finding for a suppression comment that suppresses nothing. */
export const UNUSED_SUPPRESSION = 'unused-suppression';

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
  /** Directives that suppressed nothing (reported as `unused-suppression` findings). */
  readonly unused: Directive[];
}

function applies(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

interface Placed {
  readonly directive: Directive;
  /** Position in start order: when several directives match, the first one is credited. */
  readonly index: number;
}

/** The start of the first enable after `d` that re-enables every rule `d` disabled (Infinity if none). */
function reenabledAt(d: Directive, enables: readonly Directive[]): number {
  let low = 0;
  let high = enables.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((enables[mid]?.start ?? 0) <= d.end) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < enables.length; i++) {
    const e = enables[i];
    if (e && (e.rules.length === 0 || d.rules.every((r) => e.rules.includes(r)))) return e.start;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Which findings the directives suppress. Linear in findings + directives (plus the lines a
 * directive spans and the ranges open at once): directives are indexed by the line they act on,
 * and range disables are swept in position order.
 */
export function applySuppressions(findings: readonly Finding[], directives: readonly Directive[], lines: LineIndex): SuppressionResult {
  const used = new Set<Directive>();
  const sorted = [...directives].sort((a, b) => a.start - b.start);
  const fileWide: Placed[] = [];
  const byLine = new Map<number, Placed[]>();
  const at = (line: number, placed: Placed): void => {
    const list = byLine.get(line);
    if (list) list.push(placed);
    else byLine.set(line, [placed]);
  };
  const enables = sorted.filter((d) => d.kind === 'enable');
  const ranges: Array<Placed & { readonly until: number }> = [];
  sorted.forEach((directive, index) => {
    const placed = { directive, index };
    if (directive.kind === 'disable-file') fileWide.push(placed);
    else if (directive.kind === 'disable-next-line') at(lines.positionAt(directive.end).line + 1, placed);
    else if (directive.kind === 'disable-line') {
      const last = lines.positionAt(directive.end).line;
      for (let line = lines.positionAt(directive.start).line; line <= last; line++) at(line, placed);
    } else if (directive.kind === 'disable') ranges.push({ ...placed, until: reenabledAt(directive, enables) });
  });
  ranges.sort((a, b) => a.directive.end - b.directive.end || a.index - b.index);

  // Sweep findings in position order; `open` holds the range disables in force there.
  const order = findings.map((_, i) => i).sort((a, b) => (findings[a]?.start ?? 0) - (findings[b]?.start ?? 0));
  const by: Array<Directive | undefined> = new Array<Directive | undefined>(findings.length);
  let open: Array<Placed & { readonly until: number }> = [];
  let next = 0;
  for (const i of order) {
    const finding = findings[i];
    if (!finding) continue;
    while (next < ranges.length && (ranges[next]?.directive.end ?? 0) <= finding.start) {
      const range = ranges[next++];
      if (range) open.push(range);
    }
    if (open.some((r) => r.until <= finding.start)) open = open.filter((r) => r.until > finding.start);
    let best: Placed | undefined;
    const consider = (candidates: readonly Placed[] | undefined): void => {
      if (!candidates) return;
      for (const c of candidates) if ((!best || c.index < best.index) && applies(c.directive, finding.ruleId)) best = c;
    };
    consider(fileWide);
    consider(byLine.get(lines.positionAt(finding.start).line));
    consider(open);
    by[i] = best?.directive;
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  findings.forEach((finding, i) => {
    const directive = by[i];
    if (directive) {
      used.add(directive);
      suppressed.push(finding);
    } else kept.push(finding);
  });
  const unused = sorted.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { kept, suppressed, unused };
}

/**
 * Unused suppressions as findings (info), each with a fix that deletes the comment (its whole line
 * when the comment is alone on it). Not safe: fix-all and `--fix` leave suppressions to people.
 */
/** Names that are not rule ids (stray markup, a link) are not echoed: a message carries no markup. */
function unusedMessage(directive: Directive): string {
  const ids = directive.rules.filter((r) => /^[a-z0-9][a-z0-9-]*$/i.test(r));
  const others = directive.rules.length - ids.length;
  const named = [...ids, ...(others > 0 ? [others === 1 ? 'a name that is no rule id' : `${others} names that are no rule ids`] : [])];
  return `This archnotes-${directive.kind} comment${named.length ? ` for ${named.join(', ')}` : ''} suppresses nothing.`;
}

export function unusedSuppressionFindings(text: string, unused: readonly Directive[]): Finding[] {
  return unused.map((directive) => ({
    ruleId: UNUSED_SUPPRESSION,
    severity: 'info',
    message: unusedMessage(directive),
    start: directive.start,
    end: directive.end,
    fixes: [{ title: 'Remove this suppression comment', edits: [removal(text, directive)], safe: false }],
    factIds: [],
  }));
}

function removal(text: string, directive: Directive): Edit {
  let start = directive.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = directive.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const aloneOnLine = (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r') && (end === text.length || text[end] === '\n' || text[end] === '\r');
  if (!aloneOnLine) return { start: directive.start, end: directive.end, newText: '' };
  if (text.startsWith('\r\n', end)) end += 2;
  else if (end < text.length) end += 1;
  return { start, end, newText: '' };
}
