/**
 * Limits whose service is named only by the section: "## AWS Lambda" … "Timeout: 20 minutes". The
 * statement's own words bind the attribute and the value (the same binding as every limit rule);
 * the section title supplies the subject. Runs in the document phase (a title can change without
 * the statement changing), over the statements `inheritsSubject` selected, with results cached by
 * statement text and subject so a keystroke re-judges only what changed.
 */
import { getService } from '../../facts/catalog';
import { scopedAssertionsOf } from './quantity';
import type { AnalyzedContext, DocumentModel } from '../model/document-model';
import { inheritsSubject } from '../model/document-model';
import { RULES } from '../rules';
import { isLimitRule, judgeLimit, type LimitRule, type LimitSpec } from '../rules/kit/limit-rule';
import type { FindingDraft } from '../rules/kit/types';
import type { LineIndex } from '../util/text';
import { originOf } from '../incremental/origin';

const LIMIT_RULES = new Map<string, LimitRule>(RULES.filter(isLimitRule).map((rule) => [rule.id, rule]));

interface Judged {
  readonly ruleId: string;
  /** Offsets relative to the statement's start. */
  readonly draft: FindingDraft;
}

function moved(draft: FindingDraft, delta: number): FindingDraft {
  if (delta === 0) return draft;
  return {
    ...draft,
    start: draft.start + delta,
    end: draft.end + delta,
    fixes: draft.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
  };
}

const cache = new Map<string, readonly Judged[]>();

function keyOf(context: AnalyzedContext, subject: string, title: string): string {
  const header = context.header?.map((h) => h.text).join('|') ?? '';
  const parents = context.parents.map((p) => p.text).join('\u0001');
  return `${subject}\u0000${title}\u0000${context.kind}\u0000${header}\u0000${parents}\u0000${context.text}`;
}

/** The same, by the block result's own context: a keystroke elsewhere neither rebuilds nor hashes the text key. */
const byOrigin = new WeakMap<AnalyzedContext, Map<string, readonly Judged[]>>();

function judged(context: AnalyzedContext, subject: string, title: string | undefined): readonly Judged[] {
  const origin = originOf(context);
  let bySubject = byOrigin.get(origin);
  const memoKey = `${subject}\u0000${title ?? ''}`;
  const known = bySubject?.get(memoKey);
  if (known) return known;
  const found = judgedByText(context, subject, title);
  if (!bySubject) byOrigin.set(origin, (bySubject = new Map()));
  bySubject.set(memoKey, found);
  return found;
}

function judgedByText(context: AnalyzedContext, subject: string, title: string | undefined): readonly Judged[] {
  const key = keyOf(context, subject, title ?? '');
  let found = cache.get(key);
  if (!found) {
    const out: Judged[] = [];
    for (const a of scopedAssertionsOf(context, subject, title)) {
      const found = a.ruleId === undefined ? undefined : LIMIT_RULES.get(a.ruleId);
      // A rule over several facts (stated-limit) judges each assertion by the spec it was bound with.
      const rule = found && 'id' in a.spec && a.spec !== found.spec ? { ...found, spec: a.spec as LimitSpec } : found;
      const draft = rule && judgeLimit(rule, context, a);
      if (rule && draft) out.push({ ruleId: rule.id, draft: moved(draft, -context.start) });
    }
    found = out;
    // Bounded: statements are few per section and texts repeat across edits.
    if (cache.size >= 4096) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/** Findings of limit rules on statements whose service comes from their section's title. */
export function scopedLimitFindings(model: DocumentModel, contexts: readonly AnalyzedContext[], lines: LineIndex): Array<{ rule: LimitRule; draft: FindingDraft }> {
  const out: Array<{ rule: LimitRule; draft: FindingDraft }> = [];
  if (model.scopes.sections.length === 0) return out;
  for (const context of contexts) {
    if (!inheritsSubject(context)) continue;
    const subject = model.scopes.subjectAt(context.start);
    if (!subject) continue;
    for (const { ruleId, draft } of judged(context, subject.service, model.scopes.titleAt(context.start, subject.section))) {
      const rule = LIMIT_RULES.get(ruleId);
      if (!rule) continue;
      const line = lines.positionAt(subject.section.start).line + 1;
      const name = getService(subject.service)?.name ?? subject.service;
      const placed = moved(draft, context.start);
      out.push({ rule, draft: { ...placed, message: `${placed.message} (${name} is the subject of the section titled on line ${line}.)` } });
    }
  }
  return out;
}
