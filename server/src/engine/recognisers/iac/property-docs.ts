/**
 * API reference pages of constructs and modules (jsii-docgen's API.md, TypeDoc and Sphinx pages): a
 * property heading (`##### \`retentionPeriod\`<sup>Optional</sup>`, `### retention_in_days`) over a
 * `- *Type:* …` / `- *Default:* Duration.days(30)` list or a `Default: 30` line states the default of
 * the property the heading names: `retentionPeriod = Duration.days(30)` for the construct the page
 * documents.
 *
 * Two halves, because the heading and the default are different blocks. At block analysis a default
 * field whose value is a CDK `Duration` or `Size` factory or a bare number becomes a value whose key is
 * still unknown (`IacValue.fromSection`). In the document phase the nearest section's heading, when it
 * is a property heading, gives the key, and the section's text (its description, without code) and
 * the module in the heading's anchor id (`aws-cdk-lib.aws_sqs.QueueProps.property.retentionPeriod`) name
 * the service; failing those, the service of the sections around. The pair is bound as a settings key
 * is (`bindKeyPath`, config-keys.ts), the value being what the property is set to when it is omitted.
 */
import type { Scopes, Section } from '../../scopes/sections';
import { forLinesOutsideFences } from '../../parse/outside-fences';
import { bindKeyPath } from './config-keys';
import { nameServices, wordsOf } from './constants';
import type { IacValue } from './types';

/** A CDK duration or size factory, or a bare number: `Duration.days(30)`, `cdk.Duration.minutes(20)`, `Size.mebibytes(512)`, `1200`. */
const FACTORY = /^(?:[A-Za-z_]\w{0,20}\.)?(Duration|Size)\.([a-z]{4,9})\([ \t]*(\d{1,9})[ \t]*\)$/;
const BARE = /^\d{1,12}$/;
/** The label of a default written as a field on its own line: `*Default:*`, `**Default**:`, `__*Default*__:`, `- Default:`. */
const DEFAULT_LABEL = /^[ \t]*(?:[-*+][ \t]+)?[*_]{0,3}Default[*_]{0,3}[ \t]*:/;

/** The key of a value written alone (no `Default:` label): bound only under a `Default` heading. */
const ALONE = 'value alone';
/** TypeDoc's heading over a property's default (`#### Default`, `##### Default value`). */
const DEFAULT_HEADING = /^#{1,6}[ \t]+Defaults?(?:[ \t]+value)?:?$/i;

/** Factory units as the value units config-keys.ts reads (`30d`, `512MiB`). */
const FACTORY_UNITS: Readonly<Record<string, string>> = { millis: 'ms', seconds: 's', minutes: 'm', hours: 'h', days: 'd', bytes: 'B', kibibytes: 'KiB', mebibytes: 'MiB', gibibytes: 'GiB' };

/** The value a default field holds, as config-keys.ts reads values (`Duration.days(30)` → `30d`), or undefined. */
export function defaultValueText(raw: string): string | undefined {
  if (BARE.test(raw)) return raw;
  const m = FACTORY.exec(raw);
  const unit = m ? FACTORY_UNITS[m[2] ?? ''] : undefined;
  if (!m || !unit || (m[1] === 'Duration') !== ['ms', 's', 'm', 'h', 'd'].includes(unit)) return undefined;
  return `${m[3] ?? ''}${unit}`;
}

/**
 * A statement that is a default field of a property (`*Default:* Duration.days(30)`), at document offset
 * `start`: the value, its key still unknown (the section's heading gives it), or undefined.
 */
export function propertyDefault(text: string, start: number): IacValue | undefined {
  if (text.length > 200 || text.includes('\n')) return undefined;
  const m = DEFAULT_LABEL.exec(text);
  // Without the label, only a value alone (TypeDoc writes it under a `#### Default` heading): its key says so.
  // The value after the label, its emphasis, ticks and a closing full stop taken off.
  let from = m ? m[0].length : 0;
  let to = text.length;
  while (from < to && ' \t*_`'.includes(text[from] ?? '')) from++;
  while (to > from && ' \t.`\r'.includes(text[to - 1] ?? '')) to--;
  const raw = text.slice(from, to);
  if (raw === '' || defaultValueText(raw) === undefined) return undefined;
  return { key: m ? '' : ALONE, normalizedKey: '', raw, start: start + from, end: start + to, fromSection: true };
}

/**
 * A heading that names one property as code: `` `retentionPeriod` `` (jsii-docgen adds `<sup>Optional</sup>` and an
 * anchor, taken off first), `retention_in_days`, `visibilityTimeout?`. A plain word ("Timeout") is a topic, not a key.
 */
const PROPERTY_HEADING = /^#{1,6}[ \t]+(?:`([A-Za-z_$][\w$]{0,63})`|([a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,8}|[a-z][a-z0-9]{0,30}(?:[A-Z][a-z0-9]{0,30}){1,8}))\??(?:\(\))?$/;
const SUP = /<sup>[A-Za-z ]{0,20}<\/sup>/g;
const ANCHOR = /<a [^<>\n]{0,300}><\/a>/g;
const ANCHOR_ID = /\bid="([^"\n]{1,200})"/;
/** A field line of the property's list (`- *Type:* Duration`): not its description. */
const FIELD_LINE = /^[ \t]*[-*+][ \t]+[*_]{0,3}(?:Type|Default)[*_]{0,3}[ \t]*:/i;

/** The property a heading names, and the services the module of its anchor id names (`aws-cdk-lib.aws_sqs.Queue…` → SQS). */
function propertyHeading(title: string): { key: string; services: Set<string> } | undefined {
  const id = ANCHOR_ID.exec(title)?.[1] ?? '';
  const m = PROPERTY_HEADING.exec(title.replace(SUP, ' ').replace(ANCHOR, ' ').trim());
  const key = m?.[1] ?? m?.[2];
  if (!key) return undefined;
  const module = id.split('.').find((part) => /^aws[_-][a-z0-9]{2,30}$/.test(part));
  return { key, services: module ? nameServices(wordsOf(module.slice(4))) : new Set() };
}

/** A section's description: its text without code and without its list's own fields. */
function descriptionOf(body: string): string {
  const lines: string[] = [];
  forLinesOutsideFences(body, (_, line) => {
    if (!FIELD_LINE.test(line)) lines.push(line);
  });
  return lines.join('\n');
}

/** The index of the section that starts at `start`, or -1. */
function sectionIndex(sections: readonly Section[], start: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sections[mid]?.start ?? 0;
    if (at === start) return mid;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The section whose heading names the property a statement's default belongs to: the statement's own, or
 * for a value under TypeDoc's `#### Default` the heading right above that one; `next` is where its text ends.
 */
function propertySection(statementStart: number, scopes: Scopes, text: string): { section: Section; next: number; alone: boolean } | undefined {
  let i = sectionIndex(scopes.sections, scopes.sectionStartAt(statementStart));
  let next = scopes.sections[i + 1]?.start ?? text.length;
  const own = scopes.sections[i];
  const alone = own !== undefined && DEFAULT_HEADING.test(own.title.trimEnd());
  if (own && alone) {
    next = own.start;
    i -= 1;
    if ((scopes.sections[i]?.level ?? 7) >= own.level) return undefined;
  }
  const section = scopes.sections[i];
  return section && section.level <= 6 && propertyHeading(section.title) ? { section, next, alone } : undefined;
}

/** Where the heading that names a statement's property starts (for a finding's explanation), or -1. */
export function propertyHeadingStart(statementStart: number, scopes: Scopes, text: string): number {
  return propertySection(statementStart, scopes, text)?.section.start ?? -1;
}

/**
 * The values of a statement whose key is its section's property heading, bound to their facts (see above);
 * `text` is the document's. Empty when the statement has none, or the heading names no property, or no
 * one service is named.
 */
export function sectionKeyedValues(values: readonly IacValue[], statementStart: number, scopes: Scopes, text: string): IacValue[] {
  const pending = values.filter((v) => v.fromSection === true);
  if (pending.length === 0) return [];
  const found = propertySection(statementStart, scopes, text);
  if (!found) return [];
  const { section, next, alone } = found;
  const heading = propertyHeading(section.title);
  if (!heading) return [];
  const description = descriptionOf(text.slice(section.end, Math.min(next, section.end + 4000)));
  // The module in the anchor id names the service; else the sections around the property's.
  const around = scopes.subjectAt(section.start)?.service;
  const service = heading.services.size === 1 ? [...heading.services][0] : heading.services.size === 0 ? around : undefined;
  const key = heading.key;
  const out: IacValue[] = [];
  for (const v of pending) {
    if ((v.key === ALONE) !== alone) continue;
    const raw = defaultValueText(v.raw);
    const bound = raw === undefined ? undefined : bindKeyPath([key], raw, description, v.start, v.end, 0, service);
    if (bound?.bound) out.push({ ...bound, key, raw: v.raw });
  }
  return out;
}
