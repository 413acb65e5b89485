/**
 * AWS service and feature names, found with one combined regex built from every alias in the fact
 * pack (longest first), as measured in perf-baseline.md: one pass instead of a loop over terms.
 */
import { SERVICES } from '../../facts/catalog';
import type { ServiceCard } from '../../facts/types';

export interface ServiceMention {
  readonly start: number;
  readonly end: number;
  readonly serviceId: string;
  readonly text: string;
}

interface AliasEntry {
  readonly alias: string;
  readonly service: ServiceCard;
  /** An ordinary English word: needs AWS context. */
  readonly ambiguous: boolean;
}

interface Matcher {
  readonly re: RegExp;
  readonly byLower: Map<string, AliasEntry[]>;
}

let matcher: Matcher | undefined;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function build(): Matcher {
  const byLower = new Map<string, AliasEntry[]>();
  const add = (alias: string, service: ServiceCard, ambiguous: boolean): void => {
    const key = alias.toLowerCase();
    const list = byLower.get(key) ?? [];
    list.push({ alias, service, ambiguous });
    byLower.set(key, list);
  };
  for (const service of SERVICES) {
    for (const alias of service.aliases) add(alias, service, false);
    for (const alias of service.ambiguousAliases ?? []) add(alias, service, true);
  }
  const keys = [...byLower.keys()].sort((a, b) => b.length - a.length);
  // Plain spaces keep the alternation literal (a character class per space made it ~20× slower);
  // findServices scans a copy with no-break spaces and tabs turned into spaces instead.
  const body = keys.map((k) => escape(k)).join('|');
  return { re: new RegExp(`(?<![\\w-])(?:${body})(?![\\w]|-(?=\\w))`, 'gi'), byLower };
}

function getMatcher(): Matcher {
  matcher ??= build();
  return matcher;
}

/** Rebuild after the fact pack changed (tests). */
export function resetServiceMatcher(): void {
  matcher = undefined;
}

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[*_`"'(\[#>\-\s|]+$/u, '');
  return before === '' || /[.!?:]$/.test(before);
}

function accept(entry: AliasEntry, written: string, text: string, index: number): boolean {
  const hasCapital = /[A-Z]/.test(entry.alias);
  const caseOk = !hasCapital || written.replace(/\s+/g, ' ') === entry.alias;
  if (!caseOk) return false;
  if (!entry.ambiguous) return true;
  // "Glue", "Config", "Backup": only with an AWS/Amazon prefix right before, or capitalised mid-sentence.
  if (/(?:AWS|Amazon)\s+$/.test(text.slice(Math.max(0, index - 8), index))) return true;
  return hasCapital && !atSentenceStart(text, index);
}

/** Service mentions in `text` (a context's text), offsets shifted by `base`. */
export function findServices(text: string, base: number): ServiceMention[] {
  const { re, byLower } = getMatcher();
  const out: ServiceMention[] = [];
  // Same length as `text`, so offsets carry over unchanged.
  const scan = /[\u00a0\t]/.test(text) ? text.replace(/[\u00a0\t]/g, ' ') : text;
  re.lastIndex = 0;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    const written = m[0];
    const entries = byLower.get(written.toLowerCase()) ?? [];
    const entry = entries.find((e) => accept(e, written, scan, m.index));
    if (!entry) continue;
    out.push({ start: base + m.index, end: base + m.index + written.length, serviceId: entry.service.id, text: text.slice(m.index, m.index + written.length) });
  }
  return out;
}
