/**
 * Limits whose service is named only by the section: "## AWS Lambda" … "Timeout: 20 minutes". The
 * statement's own words bind the attribute and the value (the same binding as every limit rule);
 * the section title supplies the subject. Runs in the document phase (a title can change without
 * the statement changing), over the statements `inheritsSubject` selected, with results cached by
 * statement text and subject so a keystroke re-judges only what changed.
 */
import { subjectReason } from '../scopes/sections';
import { scopedAssertionsOf, sectionKeyedAssertionsOf } from './quantity';
import { propertyHeadingStart } from '../recognisers/iac/property-docs';
import { UNSCOPED } from './quantity-binding';
import type { AnalyzedContext, DocumentModel } from '../model/document-model';
import { inheritsSubject } from '../model/document-model';
import { RULES } from '../rules';
import { isLimitRule, judgeLimit, type LimitRule, type LimitSpec } from '../rules/kit/limit-rule';
import type { FindingDraft } from '../rules/kit/types';
import type { LineIndex } from '../util/text';
import { movedDraft, statementMemo } from '../rules/kit/statement-memo';

const LIMIT_RULES = new Map<string, LimitRule>(RULES.filter(isLimitRule).map((rule) => [rule.id, rule]));

interface Judged {
  readonly ruleId: string;
  /** Offsets relative to the statement's start. */
  readonly draft: FindingDraft;
}

const memo = statementMemo<readonly Judged[]>();

/** The limit findings of one statement under a section's subject (and title), relative to its start. */
function judged(context: AnalyzedContext, subject: string, title: string | undefined): readonly Judged[] {
  return memo(context, `${subject}\u0000${title ?? ''}`, () => {
    const out: Judged[] = [];
    for (const a of scopedAssertionsOf(context, subject, title)) {
      const found = a.ruleId === undefined ? undefined : LIMIT_RULES.get(a.ruleId);
      // A rule over several facts (stated-limit) judges each assertion by the spec it was bound with.
      const rule = found && 'id' in a.spec && a.spec !== found.spec ? { ...found, spec: a.spec as LimitSpec } : found;
      const draft = rule && judgeLimit(rule, context, a);
      if (rule && draft) out.push({ ruleId: rule.id, draft: movedDraft(draft, -context.start) });
    }
    return out;
  });
}

/** Findings of limit rules on statements whose service comes from their section's title. */
export function scopedLimitFindings(model: DocumentModel, contexts: readonly AnalyzedContext[], lines: LineIndex): Array<{ rule: LimitRule; draft: FindingDraft }> {
  const out: Array<{ rule: LimitRule; draft: FindingDraft }> = [];
  for (const context of contexts) {
    // A property's default under its property heading: the heading is its key (property-docs.ts).
    for (const a of sectionKeyedAssertionsOf(context, model.scopes, model.text)) {
      const rule = a.ruleId === undefined ? undefined : LIMIT_RULES.get(a.ruleId);
      const draft = rule && judgeLimit(rule, context, a);
      const heading = propertyHeadingStart(context.start, model.scopes, model.text);
      if (rule && draft) out.push({ rule, draft: { ...draft, message: `${draft.message} (the property from the heading on line ${lines.positionAt(heading).line + 1})` } });
    }
    if (!inheritsSubject(context)) continue;
    const subject = model.scopes.subjectOf(context);
    // Outside any section with a subject, the attribute's own words may name it ("Visibility timeout: 18h").
    if (!subject && context.services.length === 0) continue;
    const findings = subject ? judged(context, subject.service, model.scopes.titleAt(context.start, subject.section)) : judged(context, UNSCOPED, undefined);
    if (findings.length === 0) continue;
    const because = subject ? subjectReason(subject, (offset) => lines.positionAt(offset).line + 1) : '';
    for (const { ruleId, draft } of findings) {
      const rule = LIMIT_RULES.get(ruleId);
      if (!rule) continue;
      const placed = movedDraft(draft, context.start);
      out.push({ rule, draft: because ? { ...placed, message: `${placed.message}${because}` } : placed });
    }
  }
  return out;
}
