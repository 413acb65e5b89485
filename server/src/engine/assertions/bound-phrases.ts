/**
 * A value stated as the service's ceiling by words the cue right before it does not cover: a negated
 * exceedance ("cannot exceed 256 KB"), a comparison the service refuses ("messages larger than 256 KB
 * are rejected"), a superlative ("the largest object S3 stores is 5 TB"), a cue after the value
 * ("7 days at the most", "must be 256 KB or smaller") or the value naming a limit ("a 256 KB message
 * size limit"). The negation such a phrase carries belongs to the bound, so it does not negate the
 * statement; a clause that reports a change ("raised the 256 KB limit to 1 MiB") states no bound.
 */
import type { Clause } from '../parse/clauses';
import type { QuantityMention } from '../recognisers/quantities';
import { textBefore } from '../util/text';
import { NEGATED_EXCEED_SOURCE } from './ceiling-words';

export interface BoundPhrase {
  /**
   * `maximum`: the phrase states the ceiling. `threshold`: the value is where the text sends larger
   * things elsewhere ("messages larger than 256 KB must go through S3"), which states the ceiling only
   * when it is a figure the ceiling once had (a design may offload well below the limit).
   */
  readonly modality: 'maximum' | 'threshold';
  /** Clause-relative spans of the negation words the phrase owns ("cannot" in "cannot exceed"). */
  readonly owned: readonly (readonly [number, number])[];
}

/** Modal negation + exceed, right before the value: a rule about the value, not an observation ("never exceed" describes a workload). */
const NEGATED_EXCEED_BEFORE = new RegExp(`${NEGATED_EXCEED_SOURCE}\\s*$`, 'i');

/** "no longer than 5 minutes": the "no" bounds the comparison; it does not negate the statement. */
const NO_MORE_THAN_BEFORE = /\b(no)\s+(?:more|longer|larger|bigger|greater|higher)\s+than\s*$/i;

/** A comparison the service answers with a refusal: the value is where acceptance ends. */
const OVER_BEFORE = /\b(?:more|longer|greater|larger|bigger|higher)\s+than\s*$|\b(?:over|above|beyond|exceeding)\s*$/i;
/**
 * After a comparison, the larger things go another way: through S3, the Extended Client Library, a
 * claim check or a pointer ("messages larger than 256 KB must go through S3").
 */
const OFFLOAD = /\b(?:must|need(?:s|ed)?(?:\s+to)?|ha(?:ve|s)\s+to|should|requires?|required|go(?:es)?|are\s+(?:sent|stored|put|offloaded|moved|written))\b[^.;]{0,48}?\b(?:S3|Extended\s+Client|claim[- ]check|pointers?|references?\s+to)\b/i;
const REFUSAL = /\b(?:rejected|rejects?|refused|refuses?|fails?|failed|cannot|can't|can\s?not|not\s+(?:accepted|allowed|supported|permitted|possible))\b/gi;

/** "the largest object S3 stores is", "the longest a function can run is": a superlative names the ceiling. */
const SUPERLATIVE_BEFORE = /\b(?:largest|biggest|longest|highest|greatest)\b(?:\s+[\w'/@-]+){0,7}\s+(?:is|=|:|of|can\s+be)\s*$/i;

/**
 * After the value: "7 days at the most", "1 MB per record max", "3008 MB memory max" (one noun between,
 * not a joining word: "10 GB and max 20 GB" states two values).
 */
const MAX_AFTER =
  /^\s*(?:(?:per|each|a|an)\s+[\w-]+\s+|(?!(?:and|or|to|then|but|vs|versus|with|from|plus|is|are|was|be|by|min(?:imum)?|default|baseline)\b)[A-Za-z][\w-]*\s+)?(?:at\s+(?:the\s+)?most\b|max(?:imum)?\b(?![.:=(]?\s*(?:(?:is|of|for|value)\s*)?\d))/i;

/** "must be 256 KB or smaller": a floor word after a copula describes the thing's bound, not a subset. */
const COPULA_BEFORE = /\b(?:is|are|be)\s*$/i;
const OR_LESS_AFTER = /^\s*or\s+(?:less|smaller|fewer|lower|shorter|below)\b/i;

/** "a 256 KB message size limit", "the 15-minute timeout cap": the value names the limit. */
export const LIMIT_NOUN_AFTER =
  /^\s*(?:(?!(?:within|under|below|over|above|beyond|near|to|in|for|of|at|on|the|than|and|or|per|we|our|my|your|their)\b)[\w/@-]+\s+){0,3}(?:hard\s+)?(?:limit|cap|ceiling)\b(?!\s*(?:increase|raise|request))/i;

/**
 * "takes more than 30s (API Gateway timeout)", "above 256 KB (the SQS message size limit)": a bracket right
 * after the value names it as the limit, so the comparison is made against the stated limit.
 */
export const NAMED_LIMIT_AFTER = /^\s*\(\s*(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}(?:time-?out|limit|cap|ceiling|quota|maximum|max)\s*\)/i;

/** The clause reports a change: its old figure is history, not a bound. */
const CHANGE = /\b(?:raised|raising|increased|increasing|lifted|bumped|doubled|quadrupled|grew|expanded|extended(?!\s+Client)|replaced|went\s+(?:up|from))\b/i;

/**
 * After the value, the text calls it fixed: "1 MB, a hard limit we cannot raise", "…, which cannot be
 * raised". The negation there belongs to the hardness ("cannot raise"), not to the statement.
 */
export const HARD_AFTER =
  /^\s*(?:[,(—–-]\s*)?(?:(?:which|that|this|it)\s+(?:is\s+)?|it's\s+)?(?:(?:a|an|the)\s+)?hard\s+(?:limit|cap|ceiling|maximum)\b[^.;]{0,40}|^\s*(?:[,(—–-]\s*)?(?:(?:and|which|that)\s+)?(?:(?:it|this)\s+)?(?:cannot|can't|can\s?not|won't|will\s+not)\s+be\s+(?:raised|increased|extended|changed|lifted)\b/i;
const HARD_NEGATION = /\b(?:cannot|can't|can\s?not|won't|will\s+not|not|never)\b/gi;

function hardBound(text: string, end: number): BoundPhrase | undefined {
  const m = HARD_AFTER.exec(text.slice(end, end + 64));
  if (!m) return undefined;
  const owned = [...m[0].matchAll(HARD_NEGATION)].map((n) => [end + (n.index ?? 0), end + (n.index ?? 0) + n[0].length] as const);
  return { modality: 'maximum', owned };
}

/** The bound phrase that makes `q` a maximum, if any (undefined: the value's modality comes from the cue before it). */
export function boundPhraseOf(clause: Clause, q: Pick<QuantityMention, 'start' | 'end'>): BoundPhrase | undefined {
  const text = clause.text;
  const at = q.start - clause.start;
  const end = q.end - clause.start;
  const hard = hardBound(text, end);
  if (hard) return hard;
  const before = textBefore(text, at, 64);
  const after = text.slice(end, end + 48);
  const negated = NEGATED_EXCEED_BEFORE.exec(before);
  // "cannot be raised beyond 512 MB": a change word inside the bound itself reports no change.
  const outsideBound = negated ? text.slice(0, at - before.length + negated.index) + text.slice(at) : text;
  if (CHANGE.test(outsideBound)) return undefined;
  if (negated?.[1]) {
    const start = at - before.length + negated.index;
    return { modality: 'maximum', owned: [[start, start + negated[1].length]] };
  }
  const no = NO_MORE_THAN_BEFORE.exec(before);
  if (no?.[1]) {
    const start = at - before.length + no.index;
    // "no longer" is a negation cue on its own: the bound owns both words.
    return { modality: 'maximum', owned: [[start, start + no[0].toLowerCase().lastIndexOf('than')]] };
  }
  if (NAMED_LIMIT_AFTER.test(after)) return { modality: 'maximum', owned: [] };
  if (OVER_BEFORE.test(before)) {
    const refusals = [...text.matchAll(REFUSAL)];
    if (refusals.length === 0) return OFFLOAD.test(text.slice(end)) ? { modality: 'threshold', owned: [] } : undefined;
    const owned = refusals.filter((m) => m.index !== undefined && /not|can/i.test(m[0])).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
    return { modality: 'maximum', owned };
  }
  if (SUPERLATIVE_BEFORE.test(before) || MAX_AFTER.test(after) || (COPULA_BEFORE.test(before) && OR_LESS_AFTER.test(after)) || LIMIT_NOUN_AFTER.test(after)) {
    return { modality: 'maximum', owned: [] };
  }
  return undefined;
}

/** The clause's text with the bound's own negation words blanked (same length, so offsets hold). */
export function withoutOwned(text: string, bound: BoundPhrase | undefined): string {
  if (!bound || bound.owned.length === 0) return text;
  let out = text;
  for (const [s, e] of bound.owned) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}
