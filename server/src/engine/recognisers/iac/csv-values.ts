/**
 * The settings a CSV or TSV inventory states (parse/csv-tables.ts): each record is one resource, each
 * column whose header is written as a key (`visibility_timeout`, `MessageRetentionPeriod`,
 * `timeout_seconds`) one of its settings. A header of words ("Retention (days)") is the table
 * binding's, as in a markdown table, and is not read here.
 *
 * The table's service is the one its header names (`sqs_queue`, `lambda_function`), else the one its
 * lead (a lead-in line, a fence's info string or top comment) names, else the one the name column's
 * noun stands for (`queue_name` is an SQS queue's, `function_name` a Lambda function's). A key is
 * bound as a settings key is (config-keys.ts: its words name the attribute, its last word or the
 * value the unit); a bare number under a property name of that service (`visibility_timeout`,
 * `timeout`) is in the property's own unit (the IaC attribute table). Two services, or none: nothing.
 *
 * A GFM table (parse/contexts.ts) is read the same way when it is no table of keys (key-tables.ts), with
 * keys only where written as keys, headers of words whose last word is the unit ("Timeout seconds", which
 * the table binding reads no unit from) as keys, a record's label cell naming its service where the table
 * names none, and a key's own words, its unit left out, naming the attribute ("Storage GB" is no record size).
 */
import { registeredAttributes } from '../../assertions/registry';
import { findServices } from '../services';
import { headerUnitOf } from '../quantities';
import { bindKeyPath, valueAmount } from './config-keys';
import { MODALITY_WORDS, nameServices, unitOfName, wordsOf } from './constants';
import { factOfKey } from './named-facts';
import { normalizeKey, type IacValue } from './types';

interface TableCell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A header cell written as a key: one token of letters, digits and `_ . -`. */
const KEY_HEADER = /^[A-Za-z][A-Za-z0-9_.-]{1,79}$/;
/**
 * In a markdown table, where headers are mostly words, a key is only one written as one: snake, kebab or
 * dotted (`visibility_timeout`), camel or Pascal case of two words or more (`VisibilityTimeout`), in ticks or not.
 */
const WRITTEN_KEY = /^(?:[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+|(?:[A-Z][a-z0-9]+){2,})$/;
/** A header of two to six words whose last one is its column's unit: "Message retention days", "Timeout seconds", "Memory MB". */
const WORDED_HEADER = /^[A-Za-z]+(?: [A-Za-z]+){1,5}$/;
/** Headers of bounds or alternatives (a limits or before/after table): read by the table binding, not as settings. */
const NOT_A_SETTING = /\b(?:max(?:imum)?|min(?:imum)?|limits?|range|allowed|quota|ceiling|hard|soft|recommended|production|prod|dev|staging|before|after|old|new|current|previous|default|typical|example)\b/i;

/** The noun of a name column (its words without `name`, `id`, `url`, `arn`) → the service such a resource is. */
const RESOURCE_NOUNS: Readonly<Record<string, string>> = {
  queue: 'sqs',
  function: 'lambda',
  'log group': 'cloudwatch-logs',
};
const NAME_WORDS = /^(?:name|id|url|arn)$/;

/** The one service the table names, or undefined. */
function tableService(header: readonly TableCell[], lead: string): string | undefined {
  const named = new Set<string>();
  for (const cell of header) for (const id of nameServices(wordsOf(cell.text))) named.add(id);
  if (named.size > 1) return undefined;
  const led = new Set(findServices(lead, 0).map((m) => m.serviceId));
  if (led.size > 1) return undefined;
  if (named.size === 1 && led.size === 1 && [...named][0] !== [...led][0]) return undefined;
  if (named.size === 1) return [...named][0];
  if (led.size === 1) return [...led][0];
  const noun = wordsOf(header[0]?.text ?? '')
    .map((w) => w.toLowerCase())
    .filter((w) => !NAME_WORDS.test(w))
    .join(' ');
  return RESOURCE_NOUNS[noun];
}

/** `visibility_timeout` = 30 in an SQS table: the property's fact, in its own unit (a value's own unit wins). */
function propertyValue(key: string, cell: TableCell, service: string): IacValue | undefined {
  const binding = factOfKey(normalizeKey(key), new Set([service]));
  const amount = valueAmount(cell.text);
  if (!binding || !amount || amount.n <= 0) return undefined;
  const own = amount.unit;
  if (own && own.dim === 'none') return undefined;
  const modality = MODALITY_WORDS.find(([re]) => re.test(wordsOf(key).join(' ')))?.[1] ?? 'stated';
  return {
    key,
    normalizedKey: '',
    raw: cell.text,
    number: own ? amount.n * own.n : amount.n,
    start: cell.start,
    end: cell.end,
    bound: { fact: binding.fact, service: binding.service, factor: own ? 1 : binding.factor, modality },
  };
}

/** A cell's text without the ticks and emphasis around it, with its offsets. */
function bare(cell: TableCell): TableCell {
  let from = 0;
  let to = cell.text.length;
  while (from < to && '`*_ '.includes(cell.text[from] ?? '')) from++;
  while (to > from && '`*_ '.includes(cell.text[to - 1] ?? '')) to--;
  return { start: cell.start + from, end: cell.start + to, text: cell.text.slice(from, to) };
}

/**
 * The key a header cell stands for: a key as written (`markdown`: only one written as a key), or, for a
 * header of words whose last word is the unit and that the table binding reads no unit from ("Message
 * retention days", not "Retention (days)"), its words as a key (`message_retention_days`).
 */
function headerKey(cell: TableCell, markdown: boolean): string | undefined {
  const text = bare(cell).text;
  if (markdown ? WRITTEN_KEY.test(text) : KEY_HEADER.test(text)) return text;
  if (!WORDED_HEADER.test(text) || NOT_A_SETTING.test(text) || headerUnitOf(cell.text) !== undefined) return undefined;
  const words = text.toLowerCase().split(' ');
  const unit = unitOfName(words);
  return unit && unit.dim !== 'none' ? words.join('_') : undefined;
}

/**
 * Whether a key's own words, its unit word left out, name the attribute of `fact` as prose does: the
 * unit alone makes no attribute ("Storage GB" under Kinesis is no record size, though both are sizes).
 */
function namesAttribute(key: string, fact: string): boolean {
  const words = wordsOf(key).map((w) => w.toLowerCase());
  const own = (unitOfName(words) ? words.slice(0, -1) : words).join(' ');
  return registeredAttributes().some(({ spec }) => spec.fact === fact && spec.attribute.test(own));
}

/** The one service a record's label (its first cell: `| Lambda | 1200 |`) names, or undefined. */
function rowService(cells: readonly TableCell[]): string | undefined {
  const ids = new Set(findServices(cells[0]?.text ?? '', 0).map((m) => m.serviceId));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The bound settings of each record (in row order; empty lists when neither the table nor the record
 * names one service). Cells carry absolute offsets, as the values returned do. `markdown`: a GFM table,
 * whose key headers must be written as keys, and whose records may name their own service.
 */
export function csvRowValues(header: readonly TableCell[], rows: ReadonlyArray<readonly TableCell[]>, lead: string, markdown = false): IacValue[][] {
  const keys = header.map((c) => headerKey(c, markdown));
  if (keys.every((k) => k === undefined)) return rows.map(() => []);
  const named = tableService(header, lead);
  return rows.map((cells) => {
    const out: IacValue[] = [];
    const service = named ?? rowService(cells);
    if (service === undefined) return out;
    cells.forEach((written, i) => {
      const key = keys[i];
      const cell = bare(written);
      if (key === undefined || !/^\d/.test(cell.text)) return;
      const bound = bindKeyPath([key], cell.text, '', cell.start, cell.end, 0, service);
      const named = bound?.bound && bound.bound.service === service && (!markdown || namesAttribute(key, bound.bound.fact));
      const value = named ? bound : propertyValue(key, cell, service);
      // Shown as the header reads ("Message retention days = 16").
      if (value) out.push({ ...value, key: bare(header[i] ?? written).text });
    });
    return out;
  });
}
