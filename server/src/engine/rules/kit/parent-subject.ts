import type { AnalyzedContext } from '../../model/document-model';
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
