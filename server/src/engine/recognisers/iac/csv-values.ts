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
 */
import { findServices } from '../services';
import { bindKeyPath, valueAmount } from './config-keys';
import { MODALITY_WORDS, nameServices, wordsOf } from './constants';
import { factOfKey } from './named-facts';
import { normalizeKey, type IacValue } from './types';

interface TableCell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A header cell written as a key: one token of letters, digits and `_ . -`. */
const KEY_HEADER = /^[A-Za-z][A-Za-z0-9_.-]{1,79}$/;

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

/**
 * The bound settings of each record (in row order; empty lists when the table names no one service).
 * Cells carry absolute offsets, as the values returned do.
 */
export function csvRowValues(header: readonly TableCell[], rows: ReadonlyArray<readonly TableCell[]>, lead: string): IacValue[][] {
  const service = tableService(header, lead);
  if (service === undefined) return rows.map(() => []);
  const keys = header.map((c) => (KEY_HEADER.test(c.text) ? c.text : undefined));
  return rows.map((cells) => {
    const out: IacValue[] = [];
    cells.forEach((cell, i) => {
      const key = keys[i];
      if (key === undefined || !/^\d/.test(cell.text)) return;
      const bound = bindKeyPath([key], cell.text, '', cell.start, cell.end, 0, service);
      const value = bound?.bound && bound.bound.service === service ? bound : propertyValue(key, cell, service);
      if (value) out.push(value);
    });
    return out;
  });
}
