/**
 * Logs pasted into a plain fence: timestamped entries (`09:14:03Z [netops] created vpc 10.20.0.0/16
 * with subnet 10.20.1.0/24`, `2026-03-02T09:14:03Z INFO …`) that carry several CIDRs on one line. A
 * log writes its nouns in lower case and one block per noun, so each CIDR takes the role the words
 * right before it give it (after the previous CIDR of the entry, at most a few words back): "vpc",
 * "subnet", "peer", "on-prem", "route", or the one word in parentheses right after it ("(vpc)"). A
 * CIDR no such word names keeps the engine's own binding.
 * Read only in fences most of whose lines are such entries; prose and other code stay as they are.
 */
/** The roles of assertions/cidr-role.ts a log's words give. */
export type LoggedRole = 'vpc' | 'subnet' | 'route' | 'other';

/** What the log reader says of one CIDR of an entry (absolute offsets of the CIDR). */
export interface LoggedCidrRole {
  readonly start: number;
  readonly end: number;
  readonly role: LoggedRole;
  /** The offset of the VPC block that holds this VPC or subnet, when a diagram's boxes say it (box-diagrams.ts). */
  readonly holder?: number;
}

const LOG_LANGS = /^(?:|text|txt|plain|plaintext|log|logs)$/;
/**
 * An entry's timestamp at the start of its line: `09:14:03Z`, `[2026-03-02 09:14:03]`,
 * `2026-03-02T09:14:03.120+01:00`, `2026/03/02 09:14`, syslog's `Mar  2 09:14:03`.
 */
const TIMESTAMP =
  /^[ \t]{0,8}\[?(?:\d{4}[-/]\d{2}[-/]\d{2}[T ]|[A-Z][a-z]{2}[ \t]{1,2}\d{1,2}[ \t])?\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?\]?(?=[ \t])/;
const CIDR = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})(?![\d/])/g;
/** How far back from a CIDR its role word may be: a few words of the entry. */
const WINDOW = 48;

/** Role words of a log entry, in any case; the last one before a CIDR wins. */
const ROLE_WORD =
  /\b(?:(sub-?nets?)|(vpcs?)|(peer(?:s|ed|ing)?)|(on[- ]?prem(?:ises)?|corp(?:orate)?|office|data ?cent(?:er|re)s?|dc|cgw|customer[- ]gateway)|(routes?|dest(?:ination)?s?|dst|src|sources?|via|allow(?:ed|s)?|den(?:y|ied|ies)))\b/gi;
/** A role named in parentheses right after a block: `10.20.0.0/16 (vpc)`. */
const ROLE_AFTER = /^[ \t]{0,2}\([ \t]{0,2}([A-Za-z][\w -]{0,20}?)[ \t]{0,2}\)/;
/** A peer that is a BGP session or a tunnel end: a host address, not a VPC. */
const BGP_PEER = /\b(?:bgp|tunnel|inside|neighbou?r|asn?)\b[^\n]{0,16}$/i;

/** Whether a fence's text is a log: most of its non-blank lines (and at least one) start with a timestamp. */
export function isLogFence(code: string, lang: string): boolean {
  if (!LOG_LANGS.test(lang)) return false;
  let entries = 0;
  let lines = 0;
  for (const line of code.split('\n')) {
    if (!/\S/.test(line)) continue;
    lines++;
    if (TIMESTAMP.test(line)) entries++;
    if (lines >= 200) break;
  }
  return entries > 0 && entries * 2 >= lines;
}

function roleOf(m: RegExpExecArray, before: string, prefix: number): LoggedRole {
  if (m[1] !== undefined) return 'subnet';
  if (m[2] !== undefined) return 'vpc';
  if (m[3] !== undefined) {
    // A peer VPC's block is a VPC; a BGP peer or a tunnel's inside address is not.
    return BGP_PEER.test(before) || prefix > 28 || prefix < 16 ? 'other' : 'vpc';
  }
  if (m[4] !== undefined) return 'other';
  return 'route';
}

/**
 * The roles the words right before each CIDR of one log line give it. `text` is the line, `start`
 * its document offset. Only an entry (a line starting with a timestamp) is read.
 */
export function loggedCidrRoles(text: string, start: number): LoggedCidrRole[] {
  if (!TIMESTAMP.test(text)) return [];
  const out: LoggedCidrRole[] = [];
  let previousEnd = 0;
  CIDR.lastIndex = 0;
  for (let m = CIDR.exec(text); m; m = CIDR.exec(text)) {
    const from = Math.max(previousEnd, m.index - WINDOW);
    const before = text.slice(from, m.index);
    previousEnd = m.index + m[0].length;
    let last: RegExpExecArray | undefined;
    ROLE_WORD.lastIndex = 0;
    for (let w = ROLE_WORD.exec(before); w; w = ROLE_WORD.exec(before)) last = w;
    // Only words right before the block: "vpc 10.0.0.0/16", "subnet app-a 10.0.1.0/24", not a sentence away.
    const gap = last ? before.slice(last.index + last[0].length) : '';
    let role = last && !/[.;|]/.test(gap) && gap.trim().split(/\s+/).length <= 3 ? roleOf(last, before.slice(0, last.index), Number(m[2])) : undefined;
    if (role === undefined) {
      // Or the word in parentheses right after it: "10.20.0.0/16 (vpc)".
      ROLE_WORD.lastIndex = 0;
      const after = ROLE_AFTER.exec(text.slice(previousEnd, previousEnd + 32));
      const word = after ? ROLE_WORD.exec(after[1] ?? '') : null;
      if (word && word[0].length === (after?.[1] ?? '').length) role = roleOf(word, '', Number(m[2]));
    }
    // A parenthesis after the block speaks for it only: the next block's words start after it.
    const aside = ROLE_AFTER.exec(text.slice(previousEnd, previousEnd + 32));
    if (aside) previousEnd += aside[0].length;
    if (role !== undefined) out.push({ start: start + m.index, end: start + m.index + m[0].length, role });
  }
  return out;
}
