/**
 * Quantities with units as people write them: "20 min", "twenty minutes", "1200 s", "30d",
 * "2 weeks", "512KB", "0.5 MB", "1,209,600 seconds", "⏱️ 15 minutes". Values are normalised to
 * seconds (durations) or bytes (sizes) so rules compare one number with the fact pack.
 */
import { formatNumber } from '../util/format';
import { SPELLED_NUMBER, numberValue } from '../util/number-words';
import { plainCell } from '../parse/cells';

export type Dimension = 'duration' | 'size';

export interface QuantityMention {
  readonly start: number;
  readonly end: number;
  /** The number as written, parsed. */
  readonly value: number;
  /** The unit as written, e.g. "minutes", "KB". */
  readonly unit: string;
  readonly dimension: Dimension;
  /** Seconds for durations, bytes for sizes. */
  readonly normalized: number;
  /** Offsets of the number part alone, for fixes that replace only the number. */
  readonly numberStart: number;
  readonly numberEnd: number;
  /** A bare number in a table cell whose column header states the unit ("| Memory (MB) |" over "| 64 |"). */
  readonly unitFromHeader?: boolean;
}

const DURATION_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:ms|msec|millis(?:econds?)?|milliseconds?)$/i, 0.001],
  [/^(?:秒|초|giây)$/, 1],
  [/^(?:分|分間|分钟|분|phút)$/, 60],
  [/^(?:時間|小时|小時|시간|giờ)$/, 3600],
  [/^(?:日|日間|天|일|ngày)$/, 86400],
  [/^(?:週|週間|주|tuần)$/, 604800],
  [/^(?:か月|ヶ月|个月|개월|tháng)$/, 2_592_000],
  [/^(?:s|sec|secs|seconds?)$/i, 1],
  [/^(?:m|min|mins|minutes?)$/i, 60],
  [/^(?:h|hr|hrs|hours?)$/i, 3600],
  [/^(?:d|days?)$/i, 86400],
  [/^(?:w|wk|wks|weeks?)$/i, 604800],
  // A month is counted as 30 days, as AWS quotas do (e.g. 'retention of 1 month').
  [/^(?:mo|mos|months?)$/i, 2_592_000],
  [/^(?:yr|yrs|years?)$/i, 31536000],
];

// Decimal (KB/MB) and binary (KiB/MiB) multipliers are kept apart: "256 KB" ≠ "256 KiB".
const SIZE_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:B|bytes?)$/, 1],
  [/^(?:KB|kB|Kb|kb|kilobytes?)$/, 1000],
  [/^(?:KiB|kibibytes?)$/i, 1024],
  [/^(?:MB|megabytes?)$/i, 1000 ** 2],
  [/^(?:MiB|mebibytes?)$/i, 1024 ** 2],
  [/^(?:GB|gigabytes?)$/i, 1000 ** 3],
  [/^(?:GiB|gibibytes?)$/i, 1024 ** 3],
  [/^(?:TB|terabytes?)$/i, 1000 ** 4],
  [/^(?:TiB|tebibytes?)$/i, 1024 ** 4],
];

/**
 * Duration units as Japanese, Chinese, Korean and Vietnamese notes write them after a number ("最大 7 日間",
 * "14일", "15 phút"), longest first so "日間" is not read as "日".
 */
const CJK_DURATION_UNIT = String.raw`日間|分間|分钟|時間|小时|小時|週間|か月|ヶ月|个月|개월|시간|秒|分|日|天|週|초|분|일|주|giây|phút|giờ|ngày|tuần|tháng`;
/** Date parts that a day unit must not follow ("3月14日", "3월 14일"): a date, not a duration. */
const DATE_BEFORE = /[月월]\s*$/;

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${SPELLED_NUMBER})`;
const UNIT = String.raw`(${CJK_DURATION_UNIT}|milliseconds?|millis|msec|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|bytes?|B|kilobytes?|megabytes?|gigabytes?|terabytes?|KiB|MiB|GiB|TiB|KB|kB|Kb|MB|GB|TB)`;
// A hyphen before the number only as a range's joint after a digit ("1-300 seconds"), never a sign or an identifier's.
const QUANTITY_RE = new RegExp(String.raw`(?<![\w.,/])(?<!(?:^|[^\d])-)${NUMBER}(?:\s?|-)${UNIT}(?![\w/])`, 'gi');

function parseNumber(raw: string): number {
  return numberValue(raw) ?? Number.NaN;
}

export function unitFactor(unit: string): { dimension: Dimension; factor: number } | undefined {
  for (const [re, factor] of DURATION_UNITS) if (re.test(unit)) return { dimension: 'duration', factor };
  for (const [re, factor] of SIZE_UNITS) if (re.test(unit)) return { dimension: 'size', factor };
  return undefined;
}

/**
 * Durations written with an article or a half: "a week", "an hour", "half an hour", "a day and a half".
 * Not a rate ("twice a day", "1,000 requests a day", "per a week") nor a point in time ("a week ago").
 */
const ARTICLE_DURATION_RE = /(?<![\w.,/-])(half\s+an?|an?)\s+(second|minute|hour|day|week|month|year)(\s+and\s+a\s+half)?\b(?!\s+(?:ago|later|earlier|before|after|from\s+now)\b)/gi;
/** The words before an article duration that make it a frequency or a rate. */
const RATE_BEFORE = /(?:\b(?:once|twice|thrice|times|per|every|each)|\d|\b(?:requests?|messages?|calls?|events?|GB|TB|MB|runs?|invocations?|transactions?))\s*$/i;

function articleDurations(text: string, base: number): QuantityMention[] {
  const out: QuantityMention[] = [];
  ARTICLE_DURATION_RE.lastIndex = 0;
  for (let m = ARTICLE_DURATION_RE.exec(text); m; m = ARTICLE_DURATION_RE.exec(text)) {
    if (RATE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const unit = m[2] ?? '';
    const kind = unitFactor(unit);
    if (!kind) continue;
    const value = (/^half/i.test(m[1] ?? '') ? 0.5 : 1) + (m[3] ? 0.5 : 0);
    const start = base + m.index;
    out.push({ start, end: start + m[0].length, value, unit, dimension: kind.dimension, normalized: value * kind.factor, numberStart: start, numberEnd: start + (m[1] ?? '').length });
  }
  return out;
}

export function findQuantities(text: string, base: number): QuantityMention[] {
  const out: QuantityMention[] = [];
  QUANTITY_RE.lastIndex = 0;
  for (let m = QUANTITY_RE.exec(text); m; m = QUANTITY_RE.exec(text)) {
    const rawNumber = m[1] ?? '';
    const unit = m[2] ?? '';
    // Single-letter units are only units when glued to a digit ("30d", "15m"), never after a word number.
    if (unit.length === 1 && !/\d$/.test(rawNumber)) continue;
    // "m" alone is ambiguous (minutes vs metres vs million); accept it only glued: "15m".
    if (/^m$/i.test(unit) && m[0].includes(' ')) continue;
    // "b" lower-case is bits, not bytes.
    if (unit === 'b') continue;
    const value = parseNumber(rawNumber);
    const kind = unitFactor(unit);
    if (!kind || !Number.isFinite(value)) continue;
    // "3月14日" is a date; a day unit right after a month is no duration.
    if (kind.dimension === 'duration' && /^(?:日|일)$/.test(unit) && DATE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const start = base + m.index;
    out.push({
      start,
      end: start + m[0].length,
      value,
      unit,
      dimension: kind.dimension,
      normalized: value * kind.factor,
      numberStart: start,
      numberEnd: start + rawNumber.length,
    });
  }
  let extra: QuantityMention[] = [];
  // Only when the text has an article before a unit word (cheap test first): most text has none.
  if (/\ban?\s+(?:second|minute|hour|day|week|month|year)\b/i.test(text)) {
    extra = articleDurations(text, base).filter((w) => !out.some((q) => q.start < w.end && w.start < q.end));
  }
  // ISO 8601 durations ("P14D", "PT15M"), as Step Functions, EventBridge Scheduler and SDKs write them.
  if (/P(?:T?\d)/.test(text)) extra = [...extra, ...isoDurations(text, base)];
  return extra.length > 0 ? [...out, ...extra].sort((a, b) => a.start - b.start) : out;
}

/**
 * "P30D", "PT15M", "P1DT12H", "PT0.5S": one optional group per designator, each a bounded run of
 * digits, so the pattern is linear. Months count 30 days and years 365, as the unit words do.
 */
const ISO_DURATION_RE =
  /(?<![\w.-])P(?=T?\d)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?(?:T(?=\d)(?:(\d{1,5})H)?(?:(\d{1,6})M)?(?:(\d{1,7}(?:\.\d{1,3})?)S)?)?(?!\w|\.\w)/g;
const ISO_FACTORS = [31_536_000, 2_592_000, 604_800, 86_400, 3600, 60, 1] as const;

/** Seconds as an ISO 8601 duration, days when whole ("P14D"), else hours, minutes and seconds ("PT15M"). */
export function isoDuration(seconds: number): string {
  if (seconds > 0 && seconds % 86_400 === 0) return `P${seconds / 86_400}D`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round((seconds % 60) * 1000) / 1000;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** Whether a written duration is ISO 8601 ("P14D", "PT15M"). */
export function isIsoDuration(written: string): boolean {
  return /^P(?=T?\d)[\dYMWDTHS.]+$/.test(written.trim());
}

function isoDurations(text: string, base: number): QuantityMention[] {
  const out: QuantityMention[] = [];
  ISO_DURATION_RE.lastIndex = 0;
  for (let m = ISO_DURATION_RE.exec(text); m; m = ISO_DURATION_RE.exec(text)) {
    let seconds = 0;
    let parts = 0;
    ISO_FACTORS.forEach((factor, i) => {
      const part = m?.[i + 1];
      if (part === undefined) return;
      parts++;
      seconds += Number(part) * factor;
    });
    // "PT" alone, or a designator with nothing after it ("P1DT"), is not a duration.
    if (parts === 0 || m[0].endsWith('T')) continue;
    const start = base + m.index;
    out.push({ start, end: start + m[0].length, value: seconds, unit: 'seconds', dimension: 'duration', normalized: seconds, numberStart: start, numberEnd: start + m[0].length });
  }
  return out;
}

/**
 * The unit a table header states for its column, explicitly: in parentheses after a space ("Memory (MB)",
 * "Timeout (seconds)"), in brackets ("Timeout [s]") or after a comma ("Retention, days"). "Function(s)"
 * is a plural, "m" may be metres or minutes and "b" bits: no unit.
 */
const HEADER_UNIT = new RegExp(String.raw`\w[^()[\],]*?(?:\s\(\s*${UNIT}\s*\)|\s?\[\s*${UNIT}\s*\]|,\s*${UNIT})$`, 'i');
const CELL_NUMBER = /^[`*_]*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[`*_]*$/;

/** Longer "headers" are not column titles; HEADER_UNIT is super-linear, so it only sees short ones. */
const MAX_HEADER_CHARS = 200;
/** Units of the headers seen lately: a table asks once per numeric cell, for the same few headers. */
const headerUnits = new Map<string, string | undefined>();

/**
 * A header whose last word is the unit: "Timeout seconds", "Message retention days", "Memory MB". Two to
 * six words, a unit written out or a byte unit (not "s", "m", "h", "d", "B"), and no rate ("Cost per GB",
 * "Requests / hour").
 */
const UNIT_LAST_HEADER = /^[A-Za-z][\w-]*(?: [\w-]+){0,4} (milliseconds?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|bytes?|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$/i;
const RATE_WORDS = /\b(?:per|each|every|a|an)\s+\S+$|\//i;

export function headerUnitOf(header: string): string | undefined {
  if (headerUnits.has(header)) return headerUnits.get(header);
  const clean = header.length > MAX_HEADER_CHARS ? '' : plainCell(header);
  const m = HEADER_UNIT.exec(clean);
  const last = m ? undefined : UNIT_LAST_HEADER.exec(clean.trim());
  const found = m?.[1] ?? m?.[2] ?? m?.[3] ?? (last && !RATE_WORDS.test(clean.trim()) ? last[1] : undefined);
  const unit = !found || /^(?:m|b)$/i.test(found) || !unitFactor(found) ? undefined : found;
  if (headerUnits.size >= 256) headerUnits.clear();
  headerUnits.set(header, unit);
  return unit;
}

/** A cell that is only a number, read in the unit its column header states (undefined otherwise). */
export function cellQuantity(cellText: string, cellStart: number, headerText: string): QuantityMention | undefined {
  const m = CELL_NUMBER.exec(cellText.trim());
  if (!m?.[1]) return undefined;
  const unit = headerUnitOf(headerText);
  const kind = unit === undefined ? undefined : unitFactor(unit);
  if (!unit || !kind) return undefined;
  const value = parseNumber(m[1]);
  if (!Number.isFinite(value)) return undefined;
  const start = cellStart + cellText.indexOf(m[1]);
  const end = start + m[1].length;
  return { start, end, value, unit, dimension: kind.dimension, normalized: value * kind.factor, numberStart: start, numberEnd: end, unitFromHeader: true };
}

/** "1,209,600 seconds" → "14 days": the largest whole unit, for messages and fixes. */
export function describeSeconds(seconds: number): string {
  const units: Array<[number, string]> = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${formatNumber(n)} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${formatNumber(seconds)} seconds`;
}

export function describeBytes(bytes: number): string {
  const units: Array<[number, string]> = [
    [1024 ** 4, 'TiB'],
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, name] of units) if (bytes >= size && bytes % size === 0) return `${formatNumber(bytes / size)} ${name}`;
  // A limit AWS states in decimal units ("10 KB" for CloudFront Functions) reads as written, not "10,000 bytes".
  const decimal: Array<[number, string]> = [
    [1000 ** 4, 'TB'],
    [1000 ** 3, 'GB'],
    [1000 ** 2, 'MB'],
    [1000, 'KB'],
  ];
  for (const [size, name] of decimal) if (bytes >= size && bytes % size === 0) return `${formatNumber(bytes / size)} ${name}`;
  return `${formatNumber(bytes)} bytes`;
}
