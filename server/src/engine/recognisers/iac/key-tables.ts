/**
 * Documentation tables of configuration keys: a helm-docs values table (`| Key | Type | Default |
 * Description |` with `queue.visibilityTimeout | int | \`50000\``), a terraform-docs inputs table
 * (`| Name | Description | Type | Default | Required |`, names wrapped in anchors and links), a settings
 * reference (`| Setting | Value | Notes |`). Such a table is a list of `key = value` settings: each row's
 * key cell is a key path, its default or value cell the value the key is set to, and its description
 * the words around it, as a comment is in a settings file (config-keys.ts binds them the same way).
 * Besides, a key whose last segment is an AWS property name of several words (`messageRetentionSeconds`,
 * `visibility_timeout_seconds`) sets that property of the one service the row names (in the key path or,
 * failing that, the description), in the property's own unit.
 *
 * Only a table with one key column and one default/value column, whose key cells are keys (no spaces),
 * and no column of bounds (a `Max`, `Limit` or `Range` column makes it a limits table, read as prose).
 * A description that states another unit than the one the binding reads leaves the row unread.
 */
import { findServices } from '../services';
import { bindKeyPath, valueAmount } from './config-keys';
import { dimensionOfFact, nameServices, speaksOfOther, unitOfName, unitOfWord, wordsOf, type Amount } from './constants';
import { factOfKey } from './named-facts';
import { defaultValueText } from './property-docs';
import type { IacValue } from './types';

interface TableCell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A header cell's words: `**Default value**` → `default value`. */
const headerText = (text: string): string =>
  text
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/[`*_]+/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

const KEY_HEADER = /^(?:keys?|names?|parameters?|params?|inputs?|input name|variables?|properties|property|props?|settings?|options?|fields?|config(?:uration)? keys?|arguments?|values? name|environment variables?|env vars?)$/;
const VALUE_HEADER = /^(?:default|defaults|default values?|values?|default setting)$/;
const DESCRIPTION_HEADER = /^(?:description|desc|notes?|comments?|purpose|meaning|details|explanation)$/;
const TYPE_HEADER = /^type$/;
/** Columns of bounds or alternatives: the table states limits or ranges, not settings. */
const BOUND_HEADER = /\b(?:max(?:imum)?|min(?:imum)?|limits?|range|allowed|quota|ceiling|hard|soft|recommended|production|prod|dev|staging|before|after|old|new|current|previous)\b/;
/** Types whose values are no quantity. */
const NOT_A_NUMBER_TYPE = /\b(?:bool(?:ean)?|list|map|object|array|set|tuple|dict|\[\])\b/i;

/** A key cell's key: anchors, links, ticks and emphasis removed (`<a name="input_x"></a> [x](#input_x)` → `x`). */
function keyOf(text: string): string | undefined {
  const plain = text
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/\[([^\]\n]{1,120})\]\([^)\n]{0,300}\)/g, '$1')
    .replace(/[`*]+/g, '')
    .replace(/\\(?=[_*.[\]-])/g, '')
    .trim();
  // jsii-docgen marks an optional prop `?` and a stability level with an emoji after the name.
  let end = plain.length;
  while (end > 0 && /[?\s\uFE0F\uD800-\uDFFF\u2600-\u27BF]/.test(plain[end - 1] ?? '')) end--;
  const key = plain.slice(0, end);
  return /^[A-Za-z_][\w.\-[\]]{0,120}$/.test(key) ? key : undefined;
}

/** The value inside a value cell, without ticks and quotes, with its offsets (absolute). */
function valueOf(cell: TableCell): { raw: string; start: number; end: number } | undefined {
  let start = 0;
  let end = cell.text.length;
  const strip = (c: string): boolean => c === '`' || c === '"' || c === "'" || c === ' ' || c === '\t';
  while (start < end && strip(cell.text[start] ?? '')) start++;
  while (end > start && strip(cell.text[end - 1] ?? '')) end--;
  const raw = cell.text.slice(start, end);
  if (raw === '' || !/^\d/.test(raw)) return undefined;
  return { raw, start: cell.start + start, end: cell.start + end };
}

/** Where a description cell states the default: `<br/>__*Default*__: Duration.days(4)` (jsii-docgen's older tables), `. Default: 30`. */
const DESCRIBED_DEFAULT = /(?:<br[ \t]*\/?>|\.[ \t]|^)[ \t]*[*_]{0,3}Default[*_]{0,3}[ \t]*:/gi;

/** The default a description cell states at its end (a factory or a bare number), with its offsets, and the description before it. */
function describedDefault(cell: TableCell): { value: { raw: string; start: number; end: number }; before: string } | undefined {
  let last: RegExpExecArray | undefined;
  DESCRIBED_DEFAULT.lastIndex = 0;
  for (let m = DESCRIBED_DEFAULT.exec(cell.text); m; m = DESCRIBED_DEFAULT.exec(cell.text)) last = m;
  if (!last) return undefined;
  let from = last.index + last[0].length;
  let to = cell.text.length;
  while (from < to && ' \t*_`'.includes(cell.text[from] ?? '')) from++;
  while (to > from && ' \t.`'.includes(cell.text[to - 1] ?? '')) to--;
  const raw = cell.text.slice(from, to);
  const bindableRaw = defaultValueText(raw);
  if (bindableRaw === undefined) return undefined;
  return { value: { raw: bindableRaw, start: cell.start + from, end: cell.start + to }, before: cell.text.slice(0, last.index) };
}

/** The units a description names for its value: "in seconds", "(minutes)", "number of days", "Integer representing seconds". */
const DESCRIBED_UNIT = /\b(?:in|of|representing|as)\s+(milliseconds|seconds|minutes|hours|days|bytes|KiB|MiB|GiB|KB|MB|GB)\b|\((milliseconds|ms|seconds|secs|minutes|mins|hours|days|bytes|KiB|MiB|GiB|KB|MB|GB)\)/gi;

function describedUnits(description: string): Amount[] {
  const out: Amount[] = [];
  for (const m of description.matchAll(DESCRIBED_UNIT)) {
    const unit = unitOfWord(m[1] ?? m[2] ?? '');
    if (unit && !out.some((u) => u.n === unit.n && u.dim === unit.dim)) out.push(unit);
  }
  return out;
}

/**
 * `messageRetentionSeconds`, `visibility_timeout_seconds`: a last segment of several words that is a
 * property of the one service the key path (else the description) names, in the property's unit.
 */
function propertyValue(path: readonly string[], description: string, value: { raw: string; start: number; end: number }): IacValue | undefined {
  const last = path[path.length - 1] ?? '';
  if (wordsOf(last).length < 2 || speaksOfOther(`${path.join(' ')} ${description}`)) return undefined;
  const owners = nameServices(path.slice(0, -1).flatMap(wordsOf));
  const described = new Set(findServices(description, 0).map((m) => m.serviceId));
  const services = owners.size > 0 ? owners : described;
  if (services.size !== 1) return undefined;
  const binding = factOfKey(last.replace(/[^A-Za-z0-9]/g, '').toLowerCase(), services);
  const amount = valueAmount(value.raw);
  if (!binding || !amount || amount.n <= 0) return undefined;
  // `30d` states its own unit; a bare number is in the property's.
  const own = amount.unit;
  if (own && own.dim === 'none') return undefined;
  return {
    key: path.join('.'),
    normalizedKey: '',
    raw: value.raw,
    number: own ? amount.n * own.n : amount.n,
    start: value.start,
    end: value.end,
    bound: { fact: binding.fact, service: binding.service, factor: own ? 1 : binding.factor, modality: 'stated' },
  };
}

/**
 * The settings a table states, one list per row (in row order; empty when the table is no table of
 * keys). `header` and each row's cells carry absolute offsets, as the values returned do.
 */
export function keyTableValues(header: readonly TableCell[], rows: ReadonlyArray<readonly TableCell[]>): IacValue[][] {
  const none = rows.map(() => []);
  const names = header.map((c) => headerText(c.text));
  if (names.some((n) => BOUND_HEADER.test(n))) return none;
  const keyColumns = names.flatMap((n, i) => (KEY_HEADER.test(n) ? [i] : []));
  const valueColumns = names.flatMap((n, i) => (VALUE_HEADER.test(n) ? [i] : []));
  const descriptionColumn = names.findIndex((n) => DESCRIPTION_HEADER.test(n));
  // Without a value column, a description that ends with its default (jsii-docgen's props tables) holds the value.
  if (keyColumns.length !== 1 || valueColumns.length > 1 || (valueColumns.length === 0 && descriptionColumn < 0)) return none;
  const keyColumn = keyColumns[0] as number;
  const valueColumn = valueColumns[0] ?? -1;
  if (keyColumn === valueColumn) return none;
  const typeColumn = names.findIndex((n) => TYPE_HEADER.test(n));
  return rows.map((cells) => {
    const keyCell = cells[keyColumn];
    const valueCell = cells[valueColumn];
    const key = keyCell ? keyOf(keyCell.text) : undefined;
    const inDescription = valueColumn < 0 && cells[descriptionColumn] ? describedDefault(cells[descriptionColumn]) : undefined;
    const value = valueCell ? valueOf(valueCell) : inDescription?.value;
    if (!key || !value) return [];
    if (typeColumn >= 0 && NOT_A_NUMBER_TYPE.test(cells[typeColumn]?.text ?? '')) return [];
    const description = (inDescription ? inDescription.before : descriptionColumn >= 0 ? (cells[descriptionColumn]?.text ?? '') : '').replace(/[`*_]+/g, '');
    const path = key.split(/[.[\]]+/).filter((p) => p !== '');
    const bound = bindKeyPath(path, value.raw, description, value.start, value.end, 0) ?? propertyValue(path, description, value);
    if (!bound?.bound) return [];
    // The unit a description names for a bare number: the one the key and the property read, or, when the
    // key has no unit word, the number's own ("Lambda timeout in minutes"); two units say nothing certain.
    const units = describedUnits(description);
    if (valueAmount(value.raw)?.unit === undefined && units.length > 0) {
      const read = bound.bound;
      const dim = dimensionOfFact(read.fact);
      if (units.some((u) => u.dim !== dim)) return [];
      const [only] = units;
      if (units.length === 1 && only && only.n !== read.factor && unitOfName(wordsOf(path[path.length - 1] ?? '')) === undefined) {
        return [{ ...bound, bound: { ...read, factor: only.n } }];
      }
      if (!units.every((u) => u.n === read.factor)) return [];
    }
    return [inDescription ? { ...bound, raw: (cells[descriptionColumn]?.text ?? '').slice(value.start - (cells[descriptionColumn]?.start ?? 0), value.end - (cells[descriptionColumn]?.start ?? 0)) } : bound];
  });
}

/** The header a two-column table of key/value pairs stands for. */
const PAIR_HEADER: readonly TableCell[] = [
  { start: 0, end: 0, text: 'Key' },
  { start: 0, end: 0, text: 'Value' },
];

/**
 * A two-column table whose header row is itself a pair (`| VisibilityTimeout | 86400 |` over
 * `| MessageRetentionPeriod | 1382400 |`): the settings of the header row first, then of each row, read
 * as a `| Key | Value |` table's. Undefined when any row is not a key and a number.
 */
export function verticalKeyTableValues(header: readonly TableCell[], rows: ReadonlyArray<readonly TableCell[]>): IacValue[][] | undefined {
  const pairs = [header, ...rows];
  if (rows.length === 0 || !pairs.every((cells) => cells.length === 2 && keyOf(cells[0]?.text ?? '') !== undefined && cells[1] !== undefined && valueOf(cells[1]) !== undefined)) return undefined;
  return keyTableValues(PAIR_HEADER, pairs);
}
