/**
 * Results of a document-phase check on one statement, kept across keystrokes: the check's outcome
 * depends on the statement (its text, table header and parent items) and on a few document-level
 * inputs named in `scope` (the section's subject, its title). Findings are stored relative to the
 * statement's start and moved to its current offsets when read.
 */
import type { AnalyzedContext } from '../../model/document-model';
import { originOf } from '../../incremental/origin';
import type { FindingDraft } from './types';

/** A finding moved by `delta` (its range and its fixes' edits). */
export function movedDraft(draft: FindingDraft, delta: number): FindingDraft {
  if (delta === 0) return draft;
  return {
    ...draft,
    start: draft.start + delta,
    end: draft.end + delta,
    fixes: draft.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
  };
}

/**
 * A memo of per-statement values: first by the block result's own context (a keystroke elsewhere
 * neither rebuilds nor hashes a text key), then by the statement's text, so an edit that re-creates
 * the same statement finds it too. Values must hold no absolute offsets.
 */
export function statementMemo<V>(): (context: AnalyzedContext, scope: string, compute: () => V) => V {
  const byOrigin = new WeakMap<AnalyzedContext, Map<string, V>>();
  const byText = new Map<string, V>();
  return (context, scope, compute) => {
    const origin = originOf(context);
    let byScope = byOrigin.get(origin);
    const known = byScope?.get(scope);
    if (known !== undefined) return known;
    const header = context.header?.map((h) => h.text).join('|') ?? '';
    const parents = context.parents.map((p) => p.text).join('\u0001');
    const key = `${scope}\u0000${context.kind}\u0000${header}\u0000${parents}\u0000${context.text}`;
    let value = byText.get(key);
    if (value === undefined) {
      value = compute();
      // Bounded: statements are few per section and texts repeat across edits.
      if (byText.size >= 4096) byText.clear();
      byText.set(key, value);
    }
    if (!byScope) byOrigin.set(origin, (byScope = new Map()));
    byScope.set(scope, value);
    return value;
  };
}
