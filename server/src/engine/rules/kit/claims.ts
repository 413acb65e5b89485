/**
 * Shared machinery for "claim" rules: a sentence, list item or table row says something AWS does not
 * do. Each claim is a regex over one clause; the clause must not negate, hedge or report the claim.
 */
import type { AnalyzedContext } from '../../model/document-model';
import type { Fix } from '../../findings';
import { HISTORY, NEGATION, globalOf } from './helpers';

export interface ClaimMatch {
  readonly start: number;
  readonly end: number;
  readonly clause: string;
}

/**
 * A line break inside a paragraph either ends a clause (a key/value line, a list or table line, a hard
 * break) or is the soft wrap of hard-wrapped prose ("… (the client's own\n timeout, not API Gateway)"),
 * where the clause goes on. A soft wrap: no hard break (two spaces or a backslash) before it, the next
 * line does not open an item (list marker, pipe, quote, emoji, "Label: "), and the sentence visibly
 * continues: the next line starts in lower case, or the line ends with a comma or a function word.
 */
const NEXT_LINE_OPENS_ITEM = /^[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|[|>]|\p{Extended_Pictographic}|[A-Z][\w ()/.-]{0,40}:\s)/u;
const NEXT_LINE_CONTINUES = /^[ \t]*[a-z(]/;
const LINE_ENDS_MID_PHRASE =
  /(?:[,(&/-]|\b(?:a|an|the|of|to|for|with|without|and|or|nor|in|on|at|by|from|into|onto|via|per|as|than|is|are|was|were|be|been|has|have|had|not|no|its|our|their|your|his|her|this|that|these|those|which|who|whose|we|they|it|can|could|will|would|should|must|may|might|do|does|did|about|over|under|after|before|through|between|behind|each|every|all|any|some|both|either|but|so|if|when|while|because))[ \t*_`]*$/i;

function isSoftWrap(text: string, lineEnd: number, nextStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  if (/(?: {2}|\\)$/.test(line)) return false;
  const next = text.slice(nextStart, text.indexOf('\n', nextStart) === -1 ? text.length : text.indexOf('\n', nextStart));
  if (NEXT_LINE_OPENS_ITEM.test(next)) return false;
  return NEXT_LINE_CONTINUES.test(next) || LINE_ENDS_MID_PHRASE.test(line);
}

const CLAUSE_END = /;|[.!?](?=\s)|\s(?:but|while|whereas|however|unlike)\s|,?\s(?:so that|so)\s(?=the\b|we\b|our\b|it\b|they\b)|,\s*so\s|\r?\n/gi;
/** Code keeps every line break as a boundary. */
const CODE_CLAUSE_END = /;|[.!?](?=\s)|\n/g;

/**
 * A clause that takes back the one before it: "… planned a 20 minute timeout, but that is not possible",
 * "the old doc said 30 days; that is not allowed". The earlier clause is reported, not asserted.
 */
const REJECTS_PREVIOUS =
  /^\s*(?:(?:and|but|yet)\s+)?(?:that|this|which|it)(?:'s|\s+(?:is|was|would be|will be|turned out to be))\s+(?:(?:not|no longer)\s+(?:possible|allowed|supported|valid|permitted|true|correct|right|accurate|an option|the case)|impossible|invalid|wrong|incorrect|false|outdated|out of date)\b|^\s*(?:(?:and|but|yet)\s+)?(?:that|this|which|it)\s+(?:AWS\s+)?(?:does not|doesn't|did not|didn't|cannot|can't|won't|will not)\s+(?:work|allow|support|exist)\b/i;

export interface ClauseSpan {
  readonly text: string;
  readonly start: number;
  /** The next clause takes this one back ("…; that is not allowed"): what it says is not asserted. */
  readonly rejected?: boolean;
  /** The clause ended at a question mark. */
  readonly question?: boolean;
}

/**
 * Clauses of a context: split at ';', sentence ends, ' but ', ' while ', ' whereas ', ', so ', and line
 * breaks that start a new item (not the soft wraps of hard-wrapped prose).
 */
export function clauses(context: AnalyzedContext): ClauseSpan[] {
  const raw: Array<{ text: string; start: number; question?: boolean }> = [];
  const re = context.kind === 'code' ? CODE_CLAUSE_END : CLAUSE_END;
  re.lastIndex = 0;
  let from = 0;
  const text = context.text;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A soft wrap of hard-wrapped prose is not a boundary (prose only: code keeps every line break).
    if (re === CLAUSE_END && m[0].endsWith('\n') && m[0].trim() === '' && isSoftWrap(text, m.index, m.index + m[0].length)) continue;
    raw.push(m[0] === '?' ? { text: text.slice(from, m.index), start: context.start + from, question: true } : { text: text.slice(from, m.index), start: context.start + from });
    from = m.index + m[0].length;
  }
  raw.push({ text: text.slice(from), start: context.start + from });
  const kept = raw.filter((c) => /\S/.test(c.text));
  return kept.map((c, i) => (i + 1 < kept.length && REJECTS_PREVIOUS.test(kept[i + 1]?.text ?? '') ? { ...c, rejected: true } : c));
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
