/**
 * Counted things next to addresses and subnets: "256 usable IPs", "65,536 addresses", "29 EC2
 * instances", "twelve hosts". The noun says what is counted, the adjectives whether the writer means
 * all addresses of a block or the ones left to use.
 */

import { SPELLED_COUNT, numberValue } from '../util/number-words';

export type CountNoun = 'address' | 'workload';

export interface CountMention {
  readonly start: number;
  readonly end: number;
  /** Offsets of the number alone, for fixes that replace it. */
  readonly numberStart: number;
  readonly numberEnd: number;
  readonly value: number;
  readonly noun: CountNoun;
  /** "usable", "available", "assignable", "free": addresses left after reservations. */
  readonly usable: boolean;
  /** "possible", "total", "theoretical": all addresses of the block. */
  readonly total: boolean;
  readonly text: string;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${SPELLED_COUNT})`;
const ADJ = String.raw`(?:(?:usable|available|assignable|free|possible|total|theoretical|host|private|public|IPv4|IP|EC2|addressable|spare)\s+){0,3}`;
const ADDRESS_NOUN = String.raw`IPs|IP\s+addresses|IPv4\s+addresses|addresses|IP\s+address|address|IPs?\b`;
const WORKLOAD_NOUN = String.raw`hosts|instances|nodes|ENIs|network\s+interfaces|pods|servers|VMs|containers|tasks|workers|brokers|agents|runners|endpoints`;
/** "16 IPs available", "251 addresses left": an adjective after the noun says the same as one before it. */
const AFTER_NOUN = String.raw`(?:\s+(available|usable|assignable|free|left|remaining)\b)?`;
// A workload may carry one word of its own before its noun ("40 build agents", "38 interface endpoints").
const COUNT_RE = new RegExp(String.raw`(?<![\w.,/$^{-])${NUM}\s+(${ADJ})(${ADDRESS_NOUN}|(?:(?!(?:${ADDRESS_NOUN})\b)[A-Za-z][\w-]{1,20}\s+)?(?:${WORKLOAD_NOUN}))\b${AFTER_NOUN}`, 'gi');

/** What may follow a usable count whose noun is left out: the phrase ends, or a linking word goes on ("3 available AZs" is not one). */
const ENDS_COUNT = String.raw`(?=[ \t]{0,4}(?:[.,;:)\]—–-]|$)|[ \t]{1,4}(?:after|in|per|for|on|once|when|by|with|at|and|or|so|because|since|if|out\s{1,4}of|left|remain(?:ing)?)\b)`;
/** "256 addresses, 254 usable", "4,096 IPs (4,091 usable)": the usable count after a count of addresses, its noun left out. */
const ELLIPTICAL_USABLE = new RegExp(String.raw`\b(?:IPs|IP\s+addresses|addresses)[ \t]*(?:[,(;/–—-][ \t]*)?(?:and\s+|of\s+which\s+|with\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:usable|available|assignable|free)\b${ENDS_COUNT}`, 'gim');

/**
 * "… 64 addresses, minus 5 reserved by AWS leaves 58 usable", "16 addresses, of which 11 are usable",
 * "1,024 addresses, 1,019 of them usable": a usable count further on in a sentence that has already
 * counted addresses or named a prefix, its noun left out. The word after "usable" must end the phrase
 * (punctuation or a linking word), so "3 available AZs" or "2 free slots" are not read.
 */
const LATER_USABLE = new RegExp(
  String.raw`(?<![\w.,/$^{-])(\d{1,3}(?:,\d{3})+|\d+|${SPELLED_COUNT})\s+(?:(?:of\s+them|are|is|remain|stay)\s+){0,2}(?:usable|available|assignable)\b${ENDS_COUNT}`,
  'gim',
);
/** What makes a later usable count an address count: addresses counted, or a prefix, earlier in its sentence. */
const ADDRESS_CONTEXT_BEFORE = /\b(?:IPs|IP\s+addresses|addresses)\b|(?<![\w.])\/(?:1[6-9]|2\d|3[0-2])\b|\d\/(?:1[6-9]|2\d|3[0-2])\b/i;
const SENTENCE_END = /[;!?]|\.(?=\s)|\n\s*\n/g;

function ellipticalUsable(text: string, base: number, out: CountMention[]): void {
  ELLIPTICAL_USABLE.lastIndex = 0;
  for (let m = ELLIPTICAL_USABLE.exec(text); m; m = ELLIPTICAL_USABLE.exec(text)) {
    const raw = m[1] ?? '';
    const at = m.index + m[0].indexOf(raw, m[0].search(/\d/));
    const start = base + at;
    out.push({ start, end: base + m.index + m[0].length, numberStart: start, numberEnd: start + raw.length, value: Number(raw.replace(/,/g, '')), noun: 'address', usable: true, total: false, text: text.slice(at, m.index + m[0].length) });
  }
  LATER_USABLE.lastIndex = 0;
  for (let m = LATER_USABLE.exec(text); m; m = LATER_USABLE.exec(text)) {
    const raw = m[1] ?? '';
    const start = base + m.index;
    if (out.some((c) => c.numberStart === start)) continue;
    const value = numberValue(raw);
    if (value === undefined || !ADDRESS_CONTEXT_BEFORE.test(sentenceBefore(text, m.index))) continue;
    out.push({ start, end: start + m[0].length, numberStart: start, numberEnd: start + raw.length, value, noun: 'address', usable: true, total: false, text: m[0] });
  }
}

/** The text of the sentence before `at`. */
function sentenceBefore(text: string, at: number): string {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m && m.index < at; m = SENTENCE_END.exec(text)) from = m.index + m[0].length;
  return text.slice(from, at);
}

export function findCounts(text: string, base: number): CountMention[] {
  const out: CountMention[] = [];
  if (/usable|available|assignable|free/i.test(text)) ellipticalUsable(text, base, out);
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    const raw = m[1] ?? '';
    const value = numberValue(raw) ?? Number.NaN;
    if (!Number.isFinite(value)) continue;
    const adjectives = (m[2] ?? '').toLowerCase();
    const noun = (m[3] ?? '').toLowerCase();
    const isAddress = /\bip|address/.test(noun) || (/\bhost\b/.test(adjectives) && /address/.test(noun));
    const start = base + m.index;
    out.push({
      start,
      end: start + m[0].length,
      numberStart: start,
      numberEnd: start + raw.length,
      value,
      noun: isAddress ? 'address' : 'workload',
      usable: /usable|available|assignable|free|spare|addressable/.test(adjectives) || m[4] !== undefined,
      total: /possible|total|theoretical/.test(adjectives),
      text: m[0],
    });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

interface CellLike {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A header that names a count of addresses: "Usable IPs", "Available addresses", "Total IPs". A bare
 * "Hosts" or "IPs" column is usually what the subnet must hold (a requirement), so it is not read.
 */
const COUNT_HEADER = /\b(?:usable|available|assignable|free|total|possible)\b[^|]{0,20}\b(?:IPs?|IPv4s?|addresses|address(?:es)?|hosts?)\b|\b(?:usable|available|total)\s+(?:IP\s+)?count\b/i;
/**
 * The same said shorter in a prefix table: "Addresses", "IP addresses", "# of addresses" (the block's
 * size), "Usable", "Usable in an AWS subnet", "Usable (AWS)" (what is left after reservations).
 */
const SHORT_COUNT_HEADER = /^(?:(?:total\s+)?(?:IP\s+|IPv4\s+)?addresses|(?:#|number)\s+of\s+(?:IP\s+)?addresses|usable(?:\s+(?:in|on|for|per)\s+(?:an?\s+|the\s+)?(?:AWS\s+)?(?:VPC\s+)?sub-?net|\s*\(AWS\))?)$/i;

function namesCount(title: string): boolean {
  const plain = title.replace(/[*_`]/g, '').trim();
  return COUNT_HEADER.test(plain) || SHORT_COUNT_HEADER.test(plain);
}
const BARE_NUMBER = /^[\s*_`~≈]*(\d{1,3}(?:,\d{3})+|\d+)[\s*_`]*(?:(?:(?:usable|available|total)\s*)?(?:IPs?|addresses|hosts)[\s*_`]*|(?:usable|available|total)[\s*_`]*)?$/i;

/**
 * Counts a table states by its header: a bare number in a "Usable IPs" or "Total addresses" column
 * counts the addresses of the row's block, as "251 usable IPs" would in prose.
 */
export function findCellCounts(header: readonly CellLike[] | undefined, cells: readonly CellLike[] | undefined): CountMention[] {
  if (!header || !cells) return [];
  const out: CountMention[] = [];
  cells.forEach((cell, i) => {
    const title = header[i]?.text ?? '';
    if (!namesCount(title)) return;
    const m = BARE_NUMBER.exec(cell.text);
    const raw = m?.[1];
    if (!m || !raw) return;
    const at = cell.text.indexOf(raw);
    const start = cell.start + at;
    const lower = title.toLowerCase();
    out.push({
      start,
      end: start + raw.length,
      numberStart: start,
      numberEnd: start + raw.length,
      value: Number(raw.replace(/,/g, '')),
      noun: 'address',
      usable: /usable|available|assignable|free|\bhosts?\b/.test(lower),
      total: /total|possible/.test(lower),
      text: raw,
    });
  });
  return out;
}
