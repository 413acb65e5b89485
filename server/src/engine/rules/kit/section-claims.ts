/**
 * Claims whose subject is named only by the section title: "## Amazon EKS" … "- Pay only for worker
 * nodes and resources". Runs in the document phase (a title can change without the statement
 * changing) over the statements a rule's `fromSection.cue` selected when their block was analysed,
 * giving each rule the title as the statement's `lead`. A claim found this way names where its
 * subject came from, as the scoped limits do.
 */
import { getService } from '../../../facts/catalog';
import type { AnalyzedContext, DocumentModel } from '../../model/document-model';
import type { LineIndex } from '../../util/text';
import { subjectReason } from '../../scopes/sections';
import type { ContextRule, FindingDraft } from './types';

/** Whether a statement may assert a section-subject claim of one of `rules` (its block keeps it for the document phase). */
export function sectionClaimCandidate(context: AnalyzedContext, rules: readonly ContextRule[]): boolean {
  if (context.kind !== 'sentence') return false;
  return rules.some((rule) => (context.services.length === 0 || rule.fromSection?.otherServices === true) && rule.fromSection?.cue.test(context.text) === true);
}

/** Findings of `rules` on `contexts` whose subject comes from their section's title. */
export function sectionClaimFindings(
  model: DocumentModel,
  contexts: readonly AnalyzedContext[],
  rules: readonly ContextRule[],
  lines: LineIndex,
): Array<{ rule: ContextRule; draft: FindingDraft }> {
  const out: Array<{ rule: ContextRule; draft: FindingDraft }> = [];
  for (const context of contexts) {
    if (!sectionClaimCandidate(context, rules)) continue;
    const subject = model.scopes.subjectOf(context);
    if (!subject) continue;
    // The words that name the subject: the title, or the label item that chose it among the title's services.
    const naming = subject.label ? `${getService(subject.service)?.name ?? ''} ${subject.label.text}` : subject.section.title;
    const scoped = { ...context, lead: [naming, context.lead].filter((t) => t !== '').join(' ') };
    const because = subjectReason(subject, (offset) => lines.positionAt(offset).line + 1);
    for (const rule of rules) {
      if (!rule.fromSection?.services.includes(subject.service) || !rule.fromSection.cue.test(context.text)) continue;
      if (context.services.length > 0 && rule.fromSection.otherServices !== true) continue;
      rule.check(scoped, (draft) => out.push({ rule, draft: { ...draft, message: `${draft.message}${because}` } }));
    }
  }
  return out;
}
