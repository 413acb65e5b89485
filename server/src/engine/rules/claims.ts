/**
 * Shared machinery for "claim" rules: a sentence, list item or table row says something AWS does not
 * do. Each claim is a regex over one clause; the clause must not negate, hedge or report the claim.
 */
import type { AnalysedContext } from '../model';
import type { Fix } from '../findings';
import { HISTORY, NEGATION, globalOf } from './helpers';

export interface ClaimMatch {
  readonly start: number;
  readonly end: number;
  readonly clause: string;
}

/** Clauses of a context: split at ';', sentence ends, ' but ', ' while ', ' whereas ', and table cells. */
export function clauses(context: AnalysedContext): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /;|[.!?](?=\s)|\s(?:but|while|whereas|however|unlike)\s|,?\s(?:so that|so)\s(?=the\b|we\b|our\b|it\b|they\b)|\n/gi;
  let from = 0;
  const text = context.text;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(from, m.index), start: context.start + from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), start: context.start + from });
  return out.filter((c) => /\S/.test(c.text));
}

/**
 * Matches `claim` in each clause that passes `guard`, skipping clauses with negation or history words.
 * The whole context is skipped when it quotes a myth ("myth:", "misconception", "wrong:").
 */
export function findClaims(
  context: AnalysedContext,
  claim: RegExp,
  options: { readonly requires?: RegExp; readonly excludes?: RegExp; readonly allowNegation?: boolean } = {},
): ClaimMatch[] {
  if (context.kind === 'code') return [];
  if (/\b(?:myths?|misconceptions?|common mistakes?|wrong|incorrect|false|anti-?pattern)\b/i.test(context.text)) return [];
  const out: ClaimMatch[] = [];
  for (const clause of clauses(context)) {
    const text = clause.text;
    if (!options.allowNegation && HISTORY.test(text)) continue;
    if (options.requires && !options.requires.test(text)) continue;
    if (options.excludes && options.excludes.test(text)) continue;
    const re = globalOf(claim);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Negation before the claim or just after it ("… is not allowed") turns it around; one further on does not.
      if (!options.allowNegation && NEGATION.test(text.slice(0, m.index + m[0].length + 15))) continue;
      out.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length, clause: text });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

export function replaceFix(title: string, start: number, end: number, newText: string, safe = false): Fix {
  return { title, edits: [{ start, end, newText }], safe };
}
