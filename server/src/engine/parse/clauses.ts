/**
 * The one clause splitter: a context cut at ';', sentence ends, ' but ', ' while ', ' whereas ',
 * ', so ' and the line breaks that start a new item. The claim rules, the quantity binding and the
 * rules that read counts all judge a statement one clause at a time, so they cut it the same way.
 */
import type { Context } from './contexts';

/**
 * A line break inside a paragraph either ends a clause (a key/value line, a list or table line, a hard
 * break) or is the soft wrap of hard-wrapped prose ("… (the client's own\n timeout, not API Gateway)"),
 * where the clause goes on. A soft wrap: no hard break (two spaces or a backslash) before it, the next
 * line does not open an item (list marker, pipe, quote, emoji, "Label: "), and the sentence visibly
 * continues: the next line starts in lower case, or the line ends with a comma or a function word.
 * A definition list's term and its first `: definition`, and a bold label line and the value under
 * it, are one clause too: the term says what the definition's value is.
 */
const NEXT_LINE_OPENS_ITEM = /^[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|[|>]|\p{Extended_Pictographic}|[A-Z][\w ()/.-]{0,40}:\s)/u;
const NEXT_LINE_CONTINUES = /^[ \t]*[a-z(]/;
const LINE_ENDS_MID_PHRASE =
  /(?:[,(&/-]|\b(?:a|an|the|of|to|for|with|without|and|or|nor|in|on|at|by|from|into|onto|via|per|as|than|is|are|was|were|be|been|has|have|had|not|no|its|our|their|your|his|her|this|that|these|those|which|who|whose|we|they|it|can|could|will|would|should|must|may|might|do|does|did|about|over|under|after|before|through|between|behind|each|every|all|any|some|both|either|but|so|if|when|while|because))[ \t*_`]*$/i;

/** A definition line of a definition list (PHP Markdown Extra): `: definition` under its term. */
const DEFINITION_LINE = /^[ \t]{0,3}:[ \t]/;
/** A line that is only a bold label ("**Lambda timeout**", "__SQS retention:__"). */
const BOLD_LABEL_LINE = /^[ \t]*(?:\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__)[ \t]*(?::[ \t]*)?$/;

/** A comment marker at a line's start (`# `, `// `, `-- `): no prose line of a markdown paragraph starts with one. */
const COMMENT_MARKER = /^[ \t]*(?:#+|\/\/+|--+)[ \t]+/;

export function isSoftWrap(text: string, lineEnd: number, nextStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  // A paragraph of comment lines read from a code fence (code-comments.ts) wraps after each line's marker.
  const next = text.slice(nextStart, text.indexOf('\n', nextStart) === -1 ? text.length : text.indexOf('\n', nextStart)).replace(COMMENT_MARKER, '');
  // A term and its (first) definition, a bold label and the value under it: one statement, the term
  // naming what the definition states ("SQS retention" / ": 30 days").
  if (DEFINITION_LINE.test(next) && !DEFINITION_LINE.test(line) && line.trim() !== '') return true;
  if (BOLD_LABEL_LINE.test(line) && next.trim() !== '' && !NEXT_LINE_OPENS_ITEM.test(next) && !DEFINITION_LINE.test(next)) return true;
  if (/(?: {2}|\\)$/.test(line)) return false;
  if (NEXT_LINE_OPENS_ITEM.test(next)) return false;
  return NEXT_LINE_CONTINUES.test(next) || LINE_ENDS_MID_PHRASE.test(line);
}

const CLAUSE_END = /;|[.!?](?=\s)|\?[*_`]+(?=\s)|\s(?:but|while|whereas|however|unlike)\s|,?\s(?:so that|so)\s(?=the\b|we\b|our\b|it\b|they\b)|,\s*so\s|\r?\n/gi;
/** A question mark that ends a text, after any closing emphasis, code or quote marks. */
const ENDS_ASKING = /\?[*_`"'”)\]]{0,4}\s*$/;
/** Code keeps every line break as a boundary. */
const CODE_CLAUSE_END = /;|[.!?](?=\s)|\n/g;

/**
 * A clause that takes back the one before it: "… planned a 20 minute timeout, but that is not possible",
 * "the old doc said 30 days; that is not allowed". The earlier clause is reported, not asserted.
 */
const REJECTS_PREVIOUS =
  /^\s*(?:(?:and|but|yet)\s+)?(?:that|this|which|it)(?:'s|\s+(?:is|was|would be|will be|turned out to be))\s+(?:(?:not|no longer)\s+(?:possible|allowed|supported|valid|permitted|true|correct|right|accurate|an option|the case)|impossible|invalid|wrong|incorrect|false|outdated|out of date)\b|^\s*(?:(?:and|but|yet)\s+)?(?:that|this|which|it)\s+(?:AWS\s+)?(?:does not|doesn't|did not|didn't|cannot|can't|won't|will not)\s+(?:work|allow|support|exist)\b/i;

export interface Clause {
  readonly text: string;
  /** Absolute offset of the clause's first character. */
  readonly start: number;
  /** The next clause takes this one back ("…; that is not allowed"): what it says is not asserted. */
  readonly rejected?: boolean;
  /** The clause ends with a question mark: it asks, it does not state. */
  readonly question?: boolean;
}

/**
 * Clauses of a context: split at ';', sentence ends, ' but ', ' while ', ' whereas ', ', so ', and line
 * breaks that start a new item (not the soft wraps of hard-wrapped prose).
 */
export function clauses(context: Pick<Context, 'kind' | 'text' | 'start'>): Clause[] {
  const raw: Array<{ text: string; start: number; question?: boolean }> = [];
  const re = context.kind === 'code' ? CODE_CLAUSE_END : CLAUSE_END;
  re.lastIndex = 0;
  let from = 0;
  const text = context.text;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A soft wrap of hard-wrapped prose is not a boundary (prose only: code keeps every line break).
    if (re === CLAUSE_END && m[0].endsWith('\n') && m[0].trim() === '' && isSoftWrap(text, m.index, m.index + m[0].length)) continue;
    // A table row spans lines only when it is an HTML row (`<tr>` over several lines): one record, one clause.
    if (context.kind === 'tableRow' && m[0].trim() === '') continue;
    raw.push(m[0].startsWith('?') ? { text: text.slice(from, m.index), start: context.start + from, question: true } : { text: text.slice(from, m.index), start: context.start + from });
    from = m.index + m[0].length;
  }
  // The last clause asks too when the text ends with its question mark (no space after it to split at).
  const last = text.slice(from);
  raw.push(ENDS_ASKING.test(last) ? { text: last, start: context.start + from, question: true } : { text: last, start: context.start + from });
  const kept = raw.filter((c) => /\S/.test(c.text));
  return kept.map((c, i) => (i + 1 < kept.length && REJECTS_PREVIOUS.test(kept[i + 1]?.text ?? '') ? { ...c, rejected: true } : c));
}
