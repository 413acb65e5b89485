import type { AnalyzedContext, DocumentModel } from '../../model/document-model';
import { distinctClaims, findClaims, type ClaimFrame, type ClaimMatch } from './claims';
import { NEGATION } from './helpers';

const QUESTION_END = /\?[\s*_)]*$/;

/**
 * Frames whose subject is named by the enclosing list item rather than the item itself
 * ("- Glacier Vault Lock" / "  - works on each S3 bucket"): the nearest parent that names the subject,
 * not negated, binds it, and each predicate is then asserted on its own (negation, questions, history
 * and myths as for any claim). Items that name the subject themselves are left to the ordinary frames;
 * a rival concept before the predicate in the clause takes it over.
 */
export function parentSubjectClaims(context: AnalyzedContext, subject: RegExp, frames: readonly ClaimFrame[]): ClaimMatch[] {
  if (subject.test(context.text)) return [];
  const parent = context.parents.find((p) => subject.test(p.text));
  if (!parent || NEGATION.test(parent.text)) return [];
  const out: ClaimMatch[] = [];
  for (const frame of frames) {
    for (const claim of findClaims(context, frame.predicate)) {
      if (QUESTION_END.test(claim.clause)) continue;
      const before = context.text.slice(0, claim.start - context.start);
      if (frame.rival && frame.rival.test(before)) continue;
      out.push(claim);
    }
  }
  return distinctClaims(out);
}

/**
 * Frames whose subject is the service of the section around the statement ("FSx for Lustre" as a
 * title line, then "- Persistent: data replicated across several AZs"), for document rules: the
 * nearest section that names one service binds it when the statement itself names none of
 * `subject`. Each predicate is then asserted on its own, as in `parentSubjectClaims`.
 */
export function sectionSubjectClaims(
  model: DocumentModel,
  context: AnalyzedContext,
  serviceId: string,
  subject: RegExp,
  frames: readonly ClaimFrame[],
): ClaimMatch[] {
  if (subject.test(context.text) || model.scopes.subjectOf(context)?.service !== serviceId) return [];
  const out: ClaimMatch[] = [];
  for (const frame of frames) {
    for (const claim of findClaims(context, frame.predicate)) {
      if (QUESTION_END.test(claim.clause)) continue;
      if (frame.rival && frame.rival.test(context.text.slice(0, claim.start - context.start))) continue;
      out.push(claim);
    }
  }
  return distinctClaims(out);
}

/** A blank line or a list item's marker ends a paragraph. */
const PARAGRAPH_END = /\n[ \t]*(?:\n|[-*+][ \t]|\d+[.)][ \t]|#)/g;

/**
 * The paragraph or list item around a statement (at most 2,000 characters each side): its text
 * before the statement, and all of it. For a subject said in an earlier sentence ("Security groups …
 * These rules …"), which contexts alone do not show: group ids are only unique within a block.
 */
export function paragraphAround(text: string, start: number, end: number): { before: string; whole: string } {
  const from = Math.max(0, start - 2_000);
  const head = text.slice(from, start);
  let cut = 0;
  PARAGRAPH_END.lastIndex = 0;
  for (let m = PARAGRAPH_END.exec(head); m; m = PARAGRAPH_END.exec(head)) cut = m.index + 1;
  const tail = text.slice(end, end + 2_000);
  PARAGRAPH_END.lastIndex = 0;
  const next = PARAGRAPH_END.exec(tail);
  const before = head.slice(cut);
  return { before, whole: before + text.slice(start, end) + (next ? tail.slice(0, next.index) : tail) };
}
