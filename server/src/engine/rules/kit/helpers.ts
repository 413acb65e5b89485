/** Small shared pieces for rules: negation and history cues, table header text, subject words. */

import type { Context } from '../../parse/contexts';
import type { AnalyzedContext } from '../../model/document-model';
import { findServices, type ServiceMention } from '../../recognisers/services';

/** Words that turn a statement around or report it as someone else's (or an old) claim. */
export const NEGATION =
  /\b(?:not|never|cannot|can't|can ?not|isn't|aren't|don't|doesn't|won't|no longer|unlike|instead of|rather than|myths?|misconceptions?|wrong(?:ly)?|incorrect(?:ly)?|false|mistaken(?:ly)?|contrary to|as opposed to)\b|n't\b/i;

/** A contrast sets one thing aside ("unlike NACLs", "rather than a NAT gateway") up to the next comma. */
const CONTRAST = /\b(?:unlike|instead\s+of|rather\s+than|as\s+opposed\s+to|contrary\s+to|in\s+contrast\s+to)\b[^,;:.]*/gi;

/**
 * Whether `text` negates the claim at [claimStart, claimEnd): a negation word outside any contrast
 * phrase, or the claim inside one ("unlike NACLs, security groups are stateful" asserts the second
 * half; "we chose NACLs rather than security groups that deny" sets the second aside).
 */
export function negatesClaim(text: string, claimStart: number, claimEnd: number): boolean {
  if (!NEGATION.test(text)) return false;
  let rest = text;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(text); m; m = CONTRAST.exec(text)) {
    const end = m.index + m[0].length;
    if (claimStart < end && claimEnd > m.index) return true;
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(end);
  }
  return NEGATION.test(rest);
}

/**
 * History and hypotheticals: "previously", "used to" (not the passive "they are used to grant"), "the old
 * limit", "until 2020", "before November 2024".
 */
const ENGLISH_HISTORY = /\b(?:previously|(?<!\b(?:is|are|be|being|been|gets?)\s)used to|formerly|legacy|historically|old(?:er)? (?:[\w-]+ )?(?:limit|value|docs?|documents?|design|courses?|runbook|wiki|notes)|was raised|(?:until|before) (?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (?:\d{1,2},? )?)?(?:19|20)\d\d|if we needed|would need|deprecated)\b/i;
/** The same in the other languages notes come in: "trước đây", "이전에는", "以前は", "früher", "anteriormente", "autrefois". */
const OTHER_LANGUAGE_HISTORY = /trước\s+(?:đây|năm\s+\d{4}|\d{4})|이전에는|예전에는|과거에는|以前は|かつて|(?<![\p{L}])(?:früher|ehemals|bis\s+(?:19|20)\d\d|autrefois|auparavant|jusqu['’]en\s+(?:19|20)\d\d|anteriormente|antes\s+de\s+(?:19|20)\d\d|antigamente|até\s+(?:19|20)\d\d|in\s+passato|prima\s+del\s+(?:19|20)\d\d)(?![\p{L}])/iu;
/** "In 2017, Lambda functions could run for up to 5 minutes", "back then", "at launch": a past the text dates itself. */
const DATED_PAST = /\b(?:back then|at the time|at that time|in those days|at launch)\b|\b(?:in|as of|by)\s+(?:19|20)\d\d\b[^.;]{0,80}?\b(?:could|was|were|had|used to)\b/i;
export const HISTORY = new RegExp([ENGLISH_HISTORY, OTHER_LANGUAGE_HISTORY, DATED_PAST].map((re) => `(?:${re.source})`).join('|'), 'iu');

/**
 * Every match of HISTORY contains one of these (same flags, so the same case folding): a necessary
 * condition that V8 scans several times faster. HISTORY tries each alternative at every position
 * (`iu`, lookbehinds) and was the most expensive regex of an analysis of the notes (~30 ms of a
 * warm run). Whoever adds an alternative to HISTORY adds its literal (or year) here
 * (`test/unit/history-prefilter.test.ts` pins HISTORY's source for that reason).
 */
const HISTORY_CUE = /previously|used to|formerly|legacy|historically|old|was raised|if we needed|would need|deprecated|back then|at the time|at that time|in those days|at launch|(?:19|20)\d\d|trước|이전에는|예전에는|과거에는|以前は|かつて|früher|ehemals|autrefois|auparavant|anteriormente|antigamente|in\s+passato/iu;

/** `HISTORY.test(text)`, faster. */
export function saysHistory(text: string): boolean {
  return HISTORY_CUE.test(text) && HISTORY.test(text);
}

/** Header text of a table row (empty for other contexts). */
export function headerText(context: Context): string {
  return context.header ? context.header.map((h) => h.text).join(' | ') : '';
}

/** A subject word anywhere in the context, its table header, or an enclosing list item. */
export function mentions(context: AnalyzedContext, re: RegExp): boolean {
  return re.test(context.text) || re.test(headerText(context)) || context.parents.some((p) => re.test(p.text));
}

export { formatNumber } from '../../util/format';

const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * A cached global (`g`) copy of `re`, reset to the start. Compiling a copy per call was a profile
 * hotspot; callers must finish their exec loop before calling again with the same pattern.
 */
export function globalOf(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalCopies.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

const anchoredCopies = new WeakMap<RegExp, RegExp>();

/** A cached `^(?:re)$` case-insensitive copy of `re`. */
export function wholeOf(re: RegExp): RegExp {
  let whole = anchoredCopies.get(re);
  if (!whole) {
    whole = new RegExp(`^(?:${re.source})$`, 'i');
    anchoredCopies.set(re, whole);
  }
  return whole;
}

/** What ends a token around a name: white space, table pipes, code ticks, quotes and brackets. */
const TOKEN_EDGE = /[\s|`"'()[\]<>{},;]/;

/**
 * A name that is part of an identifier rather than the subject of the sentence: a segment of a path
 * or URL (`/aws/rds/instance/ledger/postgresql`, `s3://…`, `aws/rds/instance`), of an ARN
 * (`arn:aws:rds:…`), or of a dotted host or file name (`orders.cluster-x.rds.amazonaws.com`,
 * `postgresql.log`). "RDS/Aurora" (alternatives) and "RDS." (a sentence end) stay names.
 */
export function inIdentifier(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if ((before === '.' || before === ':') && /\w/.test(text.charAt(start - 2))) return true;
  if ((after === '.' || after === ':') && /\w/.test(text.charAt(end + 1))) return true;
  if (before !== '/' && after !== '/') return false;
  let from = start;
  while (from > 0 && !TOKEN_EDGE.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !TOKEN_EDGE.test(text.charAt(to))) to++;
  const token = text.slice(from, to).replace(/(?<![.:])[.:]+$/, '');
  return /^(?:~|\.{1,2})?\//.test(token) || token.includes('://') || /^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+){2,}\/?$/.test(token);
}

/**
 * The services named by the nearest enclosing list item that names any (a name inside a path, ARN or
 * host name does not count): the subject a nested statement inherits from its parent item.
 */
export function nearestParentServices(context: AnalyzedContext): ServiceMention[] {
  for (const parent of context.parents) {
    const found = findServices(parent.text, parent.start).filter((s) => !inIdentifier(parent.text, s.start - parent.start, s.end - parent.start));
    if (found.length > 0) return found;
  }
  return [];
}
