/**
 * E-mail and chat threads turned into notes: a `>` quote is someone else's message, and a reply that
 * quotes a statement and corrects it ("Not quite: the limit is 15 minutes") is not asserting what it
 * quotes. Whether a quote is corrected depends on the text around it, which belongs to other blocks,
 * so this is read in the document phase, per finding that sits in a quote:
 *
 * - the reply below the quote (inline and bottom posting): the first text after the quote's lines
 *   that is quoted less deeply;
 * - the reply above an `On <date>, <name> wrote:` header that introduces the quote (top posting).
 *
 * A reply corrects when it opens with a correction ("No,", "Not quite", "Actually", "That's
 * outdated", "Correction:"). A question in a quote asserts nothing anyway (the modality layer), and
 * quoted questions still give the reply its subject (scopes/sections.ts). Work is bounded: a few
 * dozen lines around each quoted finding.
 */
import type { LineIndex } from '../util/text';

/** Lines looked at above and below a quoted finding. */
const MAX_LINES = 60;

/** The quote depth of a line (`> > x` is 2) and where its text starts; up to 3 spaces of indentation. */
function quoteOf(line: string): { depth: number; textAt: number } {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let depth = 0;
  while (line[i] === '>') {
    depth++;
    i++;
    if (line[i] === ' ') i++;
    while (line[i] === ' ' && line[i + 1] === '>') i++;
  }
  return { depth, textAt: i };
}

/** `On Tue, 3 Mar 2026 at 10:14, Priya <priya@example.com> wrote:`, `Priya wrote:`: a header that introduces a quote. */
function isWroteHeader(line: string): boolean {
  return line.length <= 300 && /\bwrote\s*:$/i.test(line);
}

/** The opening of a reply that corrects what it quotes. */
const CORRECTION =
  /^(?:\W{0,3})(?:no\b(?!\s+(?:doubt|problem|worries)\b)|nope\b|not\s+(?:quite|really|exactly|true|correct|any\s*more)\b|actually\b|correction\b|small\s+correction|minor\s+correction|careful\b|wrong\b|incorrect\b|false\b|that(?:'s|’s|\s+is|\s+was)\s+(?:wrong|incorrect|not\s+(?:right|true|correct|accurate)|outdated|out\s+of\s+date|no\s+longer\s+(?:true|correct|the\s+case)|a\s+myth|old\s+information)\b|this\s+(?:is|was)\s+(?:wrong|incorrect|outdated)\b|(?:that|this)\s+(?:changed|has\s+changed)\b)/i;

/** The opening of a callout: GitHub's `[!NOTE]`, a bold or plain label, an icon. */
const CALLOUT = /^(?:\[!\w+\]|(?:\*\*|__)?(?:note|warning|tip|important|caution|info|hint|danger|remember|key point|exam tip)\b|[\u2139\u26A0\u2757\u2705\u274C]|\p{Extended_Pictographic})/iu;

interface Line {
  readonly depth: number;
  readonly text: string;
}

function lineAt(text: string, lines: LineIndex, n: number): Line {
  const raw = text.slice(lines.lineStart(n), lines.lineContentEnd(n));
  const { depth, textAt } = quoteOf(raw);
  return { depth, text: raw.slice(textAt).trim() };
}

/**
 * Whether the quote holding `offset` is corrected by its reply. A document with no `>` line near the
 * offset answers at once.
 */
export function inCorrectedQuote(text: string, lines: LineIndex, offset: number, cache: Map<number, boolean>): boolean {
  const at = lines.positionAt(offset).line;
  const own = lineAt(text, lines, at);
  if (own.depth === 0) return false;
  // The quote's run: the lines around `at` quoted at least as deeply.
  let first = at;
  while (first > 0 && at - first < MAX_LINES && lineAt(text, lines, first - 1).depth >= own.depth) first--;
  const key = first * 64 + Math.min(own.depth, 63);
  const known = cache.get(key);
  if (known !== undefined) return known;
  // A callout (`> [!NOTE]`, `> **Warning:**`) is the document's own aside, not someone's message.
  if (CALLOUT.test(lineAt(text, lines, first).text)) {
    cache.set(key, false);
    return false;
  }
  let last = at;
  const count = lines.lineCount;
  while (last + 1 < count && last - at < MAX_LINES && lineAt(text, lines, last + 1).depth >= own.depth) last++;
  const corrected = correction(replyBelow(text, lines, last, own.depth)) || correction(replyAbove(text, lines, first, own.depth));
  cache.set(key, corrected);
  return corrected;
}

/** The first non-blank text after line `last` quoted less deeply than `depth`, if it comes before any deeper quote. */
function replyBelow(text: string, lines: LineIndex, last: number, depth: number): string {
  const count = lines.lineCount;
  for (let n = last + 1; n < count && n - last <= MAX_LINES; n++) {
    const line = lineAt(text, lines, n);
    if (line.depth >= depth) return '';
    if (line.text === '') continue;
    return /^#{1,6}\s/.test(line.text) ? '' : line.text;
  }
  return '';
}

/** With an `On … wrote:` header right above the quote: the last non-blank text above the header (top posting). */
function replyAbove(text: string, lines: LineIndex, first: number, depth: number): string {
  let n = first - 1;
  while (n >= 0 && first - n <= MAX_LINES && lineAt(text, lines, n).text === '') n--;
  if (n < 0 || !isWroteHeader(lineAt(text, lines, n).text)) return '';
  // The reply's paragraph: walk up to its first line.
  let end = n - 1;
  while (end >= 0 && n - end <= MAX_LINES && lineAt(text, lines, end).text === '') end--;
  if (end < 0 || lineAt(text, lines, end).depth >= depth) return '';
  let start = end;
  while (start > 0 && n - start <= MAX_LINES) {
    const above = lineAt(text, lines, start - 1);
    if (above.text === '' || above.depth >= depth) break;
    start--;
  }
  const opening = lineAt(text, lines, start).text;
  return /^#{1,6}\s/.test(opening) ? '' : opening;
}

function correction(reply: string): boolean {
  return reply !== '' && CORRECTION.test(reply.replace(/^(?:[-*+]|\d+[.)])\s+/, '').replace(/^[*_]+/, ''));
}
