/**
 * Shared machinery for "claim" rules: a sentence, list item or table row says something AWS does not
 * do. Each claim is a regex over one clause; the clause must not negate, hedge or report the claim.
 */
import type { AnalyzedContext } from '../../model/document-model';
import type { Fix } from '../../findings';
import { NEGATION, globalOf, negatesClaim, saysHistory } from './helpers';
import { clauses, type Clause as ClauseSpan } from '../../parse/clauses';

export interface ClaimMatch {
  readonly start: number;
  readonly end: number;
  readonly clause: string;
}

interface ClaimOptions {
  /** The clause must also say this (the service the claim is about). */
  readonly requires?: RegExp;
  /** A clause that says this is about a correct variant, or hedges: nothing is asserted. */
  readonly excludes?: RegExp;
  readonly allowNegation?: boolean;
}

/**
 * The clauses of a context that can assert a claim: not in code, not quoting a myth, not a quiz option,
 * a negated list or another language; and (unless negation is allowed) not history, taken back by the
 * next clause, or a condition.
 */
function assertingClauses(context: AnalyzedContext, options: ClaimOptions): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  for (const facts of clauseFactsOf(context)) {
    const clause = options.allowNegation ? facts.whole : facts.consequent;
    if (!clause) continue;
    if (!options.allowNegation && facts.withdrawn) continue;
    const text = clause.text;
    if (options.requires && !options.requires.test(text)) continue;
    if (!(options.excludes && options.excludes.test(text))) out.push(clause);
  }
  return out;
}

/** What `assertingClauses` needs of a clause, whatever the rule's options. */
interface ClauseFacts {
  readonly whole: ClauseSpan;
  readonly consequent: ClauseSpan | undefined;
  /** The consequent is history, taken back by the next clause, or a question. */
  readonly withdrawn: boolean;
}

const MYTH = /\b(?:myths?|misconceptions?|common mistakes?|wrong|incorrect|false|anti-?pattern)\b/i;
const clauseFacts = new WeakMap<AnalyzedContext, readonly ClauseFacts[]>();

/**
 * The clauses of a context that may assert, with their consequents: none for code, a quoted myth or a
 * context that states no claims. Cached per context: every claim rule asks for the same context (block
 * results are never mutated; a shifted context is a new object).
 */
function clauseFactsOf(context: AnalyzedContext): readonly ClauseFacts[] {
  let facts = clauseFacts.get(context);
  if (facts === undefined) {
    facts =
      context.kind === 'code' || MYTH.test(context.text) || !statesClaims(context)
        ? []
        : clauses(context).map((whole) => {
            const consequent = consequentOf(whole);
            const withdrawn = consequent !== undefined && (saysHistory(consequent.text) || consequent.rejected === true || consequent.question === true);
            return { whole, consequent, withdrawn };
          });
    clauseFacts.set(context, facts);
  }
  return facts;
}

/**
 * "If the primary fails, a replica is promoted automatically": the condition supposes, the consequent
 * after its comma states how things behave and is asserted, unless it is itself hypothetical ("… we
 * would need …"). A condition without a consequent in the clause asserts nothing.
 */
function consequentOf(clause: ClauseSpan): ClauseSpan | undefined {
  if (!CONDITIONAL.test(clause.text)) return clause;
  const comma = clause.text.indexOf(', ');
  if (comma < 0) return undefined;
  const text = clause.text.slice(comma + 2);
  if (/\b(?:would|could|might|may)\b/i.test(text)) return undefined;
  return { ...clause, text, start: clause.start + comma + 2 };
}

/**
 * Where the negation window of a match at `index` starts: after the last pipe before it. Another cell of a
 * table row ("| must not load the primary | reports run on the standby |") or another item of a cram line
 * is another statement; its "not" does not turn this one around.
 */
function cellStart(text: string, index: number): number {
  return text.lastIndexOf('|', index) + 1;
}

/**
 * Matches `claim` in each clause that asserts (see `assertingClauses`), skipping matches with a negation
 * before them or just after them. The whole context is skipped when it quotes a myth ("myth:", "wrong:").
 */
export function findClaims(context: AnalyzedContext, claim: RegExp, options: ClaimOptions = {}): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  for (const clause of assertingClauses(context, options)) {
    const text = clause.text;
    const re = globalOf(claim);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Negation before the claim or just after it ("… is not allowed") turns it around; one further on does not.
      const from = cellStart(text, m.index);
      if (!options.allowNegation && negatesClaim(text.slice(from, m.index + m[0].length + 15), m.index - from, m.index - from + m[0].length)) continue;
      out.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length, clause: text });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/**
 * A claim as a frame: a concept (`subject`) and what is said of it (`predicate`), in either order and
 * any voice ("the standby serves the reports" / "reports are served by the standby"), at most `reach`
 * characters apart inside one asserting clause. The predicate carries the effect in the words people
 * use; the subject is the thing it must be attached to. Negation anywhere before the later of the two,
 * or just after it, turns the frame around.
 */
export interface ClaimFrame {
  readonly subject: RegExp;
  readonly predicate: RegExp;
  /** Most characters between the end of one and the start of the other (default 50). */
  readonly reach?: number;
  /** The predicate must come after the subject. */
  readonly ordered?: boolean;
  /**
   * The subject may be said in an earlier clause of the same sentence ("A peers with B and B with C,
   * so A reaches C through B"); `reach` then applies only within the predicate's clause.
   */
  readonly subjectInSentence?: boolean;
  /**
   * The subject may also be said before the clause's sentence: in the sentence before it in the same
   * paragraph or list item, or in a parent item ("Data Streams are made of shards. You must provision
   * shards in advance."). Only when the clause's own context names no service, so a sentence about
   * another service does not inherit it.
   */
  readonly subjectInScope?: boolean;
  /** Another concept that the predicate belongs to when it stands between them ("the ALB … the NLB at layer 4"). */
  readonly rival?: RegExp;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  /** The frame's subject was said before its clause (see `subjectInSentence`, `subjectInScope`). */
  readonly earlier?: boolean;
}

function hitsOf(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  const g = globalOf(re);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** Each asserted frame once per clause, spanning its subject and predicate. */
export function findFrames(context: AnalyzedContext, frames: readonly ClaimFrame[], options: ClaimOptions = {}): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  for (const clause of assertingClauses(context, options)) {
    const text = clause.text;
    const before = context.text.slice(0, clause.start - context.start);
    let found: Hit | undefined;
    for (const frame of frames) {
      found = frameIn(text, frame, options, earlierText(context, frame, before));
      if (found) break;
    }
    // A subject said before the clause: one claim per statement ("EKS is free; we only pay for the nodes").
    if (found && !(found.earlier && out.length > 0)) out.push({ start: clause.start + found.start, end: clause.start + found.end, clause: text });
  }
  return out;
}

/** Where a frame may find its subject before the clause (see `subjectInSentence` and `subjectInScope`). */
function earlierText(context: AnalyzedContext, frame: ClaimFrame, before: string): string {
  if (frame.subjectInScope && context.services.length === 0) {
    return [...context.parents.map((p) => p.text), context.lead, before].filter((t) => t !== '').join(' ');
  }
  return frame.subjectInSentence || frame.subjectInScope ? before : '';
}

function frameIn(text: string, frame: ClaimFrame, options: ClaimOptions, before: string): Hit | undefined {
  const reach = frame.reach ?? 50;
  const subjects = hitsOf(frame.subject, text);
  const earlier = subjects.length === 0 && before && frame.subject.test(before) && !NEGATION.test(before);
  if (subjects.length === 0 && !earlier) return undefined;
  const rivals = frame.rival ? hitsOf(frame.rival, text) : [];
  for (const p of hitsOf(frame.predicate, text)) {
    const s = earlier
      ? { start: p.start, end: p.start }
      : subjects.find((x) =>
          ((x.end <= p.start && p.start - x.end <= reach) || (!frame.ordered && p.end <= x.start && x.start - p.end <= reach)) &&
          !rivals.some((r) => (r.start >= Math.min(x.end, p.end) && r.end <= Math.max(x.start, p.start))));
    if (!s) continue;
    const start = Math.min(s.start, p.start);
    const end = Math.max(s.end, p.end);
    // A pipe separates cells ("| L7 (ALB) | L4 (NLB) |") or items of a cram line: a frame stays inside one.
    if (text.slice(start, end).includes('|')) continue;
    // The predicate's own words may hold a negation ("never delivers duplicates"): only the rest counts.
    const from = cellStart(text, start);
    const around = text.slice(from, p.start) + ' '.repeat(p.end - p.start) + text.slice(p.end, end + 15);
    if (!options.allowNegation && negatesClaim(around, Math.min(s.start, p.start) - from, end - from)) continue;
    return earlier ? { start, end, earlier: true } : { start, end };
  }
  return undefined;
}

/** Matches of several claim forms, each place reported once (the first form that matches it wins). */
export function distinctClaims(matches: readonly ClaimMatch[]): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  for (const m of matches) if (!out.some((o) => m.start < o.end && o.start < m.end)) out.push(m);
  return out;
}

/** A clause that ends in a question mark asks the claim ("Can an EBS volume …?"), it does not assert it. */
const QUESTION_END = /\?[\s*_)]*$/;

/** The distinct frames of `frames` in a context, without those in a question: what it asserts. */
export function assertedClaims(context: AnalyzedContext, frames: readonly ClaimFrame[], options: ClaimOptions = {}): ClaimMatch[] {
  return distinctClaims(findFrames(context, frames, options)).filter((claim) => !QUESTION_END.test(claim.clause));
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
 * Function words of the other languages written in Latin script that AWS notes come in (German, French,
 * Spanish, Portuguese, Italian, Dutch, Vietnamese without its tone marks): a sentence with one of them
 * and no English function word is not English.
 */
const OTHER_LANGUAGE_WORDS =
  /(?<!\p{L})(?:der|die|das|und|ist|nicht|kein|keine|mit|für|auf|dem|ein|eine|wird|werden|sind|les|est|et|pas|une|du|avec|pour|sur|ne|los|las|y|de|con|para|por|una|sin|não|em|com|uma|os|é|và|của|là|không|được|có|trong|il|che|di|sono|het|een|niet|van|zijn)(?!\p{L})/iu;

/**
 * Prose that is not English gets no claim checks: the claim patterns and their negation cues are
 * English, and a sentence in another language that mixes in English terms ("… allow rule, … deny
 * rule") would be read without its own negation. Mostly another script, or six words or more with no
 * English function word and one of another language, is not English. Terse English with no function
 * word at all ("Standard SQS queues preserve message order") is still English.
 */
export function isEnglish(text: string): boolean {
  const { letters, latin } = letterCounts(text);
  if (letters > 0 && latin / letters < 0.7) return false;
  // An option letter ("A sai: …", "B. …") is no English word; "A Kinesis stream …" starts with an article.
  const prose = text.replace(/^[\s*_]*[A-E](?:[.:)]|\s+(?=[^\s:]{1,24}:))\s*/, '');
  return ENGLISH_WORDS.test(prose) || fewerWordsThan(prose, 6) || (!OTHER_LANGUAGE_WORDS.test(prose) && latin === letters);
}

const LETTER = /\p{L}/u;

/**
 * Letters (code points in \p{L}) and Latin code units (A–Z, a–z, U+00C0–U+024F, as a regex without
 * the u flag counts them) in `text`, counted without building an array per character: this runs on
 * every context of a document.
 */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
        letters++;
        latin++;
      }
      continue;
    }
    if (code >= 0xc0 && code <= 0x24f) latin++;
    const point = text.codePointAt(i) ?? code;
    if (point > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(point))) letters++;
  }
  return { letters, latin };
}

function fewerWordsThan(text: string, limit: number): boolean {
  const words = /[\p{L}'-]+/gu;
  let count = 0;
  while (words.exec(text)) if (++count >= limit) return false;
  return true;
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
