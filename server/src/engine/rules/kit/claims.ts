/**
 * Shared machinery for "claim" rules: a sentence, list item or table row says something AWS does not
 * do. Each claim is a regex over one clause; the clause must not negate, hedge or report the claim.
 */
import type { AnalyzedContext } from '../../model/document-model';
import type { Fix } from '../../findings';
import { HISTORY, NEGATION, globalOf } from './helpers';
import { clauses } from '../../parse/clauses';

export interface ClaimMatch {
  readonly start: number;
  readonly end: number;
  readonly clause: string;
}

/**
 * Matches `claim` in each clause that passes `guard`, skipping clauses with negation or history words.
 * The whole context is skipped when it quotes a myth ("myth:", "misconception", "wrong:").
 */
export function findClaims(
  context: AnalyzedContext,
  claim: RegExp,
  options: { readonly requires?: RegExp; readonly excludes?: RegExp; readonly allowNegation?: boolean } = {},
): ClaimMatch[] {
  if (context.kind === 'code') return [];
  if (/\b(?:myths?|misconceptions?|common mistakes?|wrong|incorrect|false|anti-?pattern)\b/i.test(context.text)) return [];
  if (!statesClaims(context)) return [];
  const out: ClaimMatch[] = [];
  for (const clause of clauses(context)) {
    const text = clause.text;
    if (!options.allowNegation && (HISTORY.test(text) || clause.rejected || CONDITIONAL.test(text))) continue;
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

/** "Even if security groups later block traffic": a condition supposes, it does not assert. */
const CONDITIONAL = /^[\s*_>]*(?:even\s+)?(?:if|unless|suppose|supposing|assuming)\b/i;

/** An answer option of a quiz ("A. Security groups can deny…", "(c) …"): offered, not asserted. */
const ANSWER_OPTION = /^[\s*_]*(?:\(?[A-Ea-e]\)|[A-E][.:])\s/;

/** A lead-in or parent item that negates what its items list ("Peering does not support:"). */
function negatedByParent(context: AnalyzedContext): boolean {
  return context.parents.some((p) => NEGATION.test(p.text) && /:[\s*_]*$/.test(p.text.trimEnd()));
}

/** English function words, delimited by letters of any script ("của" holds no "a"). */
const ENGLISH_WORDS = /(?<!\p{L})(?:the|a|an|is|are|was|be|to|of|and|or|in|on|for|with|by|can|cannot|not|no|only|it|its|that|this|from|as|at|when|if|use|uses|has|have|do|does)(?!\p{L})/iu;

/**
 * Prose that is not English gets no claim checks: the claim patterns and their negation cues are
 * English, and a sentence in another language that mixes in English terms ("… allow rule, … deny
 * rule") would be read without its own negation. A statement of six words or more with no English
 * function word, or mostly in another script, is not English.
 */
export function isEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (letters > 0 && latin / letters < 0.7) return false;
  // An option letter ("A sai: …", "B. …") is no English word.
  const prose = text.replace(/^[\s*_]*[A-E](?:[.:)]|\s)\s*/, '');
  const words = prose.match(/[\p{L}'-]+/gu) ?? [];
  return words.length < 6 || ENGLISH_WORDS.test(prose);
}

const claimable = new WeakMap<AnalyzedContext, boolean>();

/**
 * Whether a context's clauses can assert a claim at all (not a quiz option, a negated list, or another
 * language). Cached per context: every claim rule asks for the same context.
 */
function statesClaims(context: AnalyzedContext): boolean {
  let found = claimable.get(context);
  if (found === undefined) {
    found = !ANSWER_OPTION.test(context.text) && !negatedByParent(context) && isEnglish(context.text);
    claimable.set(context, found);
  }
  return found;
}

export function replaceFix(title: string, start: number, end: number, newText: string, safe = false): Fix {
  return { title, edits: [{ start, end, newText }], safe };
}
