/**
 * Limits written as configuration keys, in whatever notation a document pastes: `.env` and shell
 * lines (`LAMBDA_TIMEOUT_SECONDS=1200`), Makefile variables (`SQS_RETENTION ?= 20d  # …`), Rego
 * constants (`max_retention := 345600`), properties, INI and TOML (`aws.sqs.visibility-timeout=15h`,
 * `[lambda]` over `timeout_seconds = 1200`), and the keys of YAML or JSON settings trees: Helm values,
 * Spring `application.yml`, a Compose `environment:` map or list, a Kubernetes `env` list, and JSON
 * Schema bounds (`"maximum": 900` under the property that names the attribute).
 *
 * A key is read as the named constants of code are (`constants.ts`): its words name the attribute
 * (one registered attribute, `assertions/registry.ts`) and, first, the service; comments around it
 * (the line's own, the comment lines over its group) may name the service, never the attribute. The
 * unit is the value's own (`20m`, `256KiB`, `1h30m`, `PT15M`) or the key's last word (`_SECONDS`,
 * `_MB`, `InDays`); a number without either, or with two that disagree, is not read. In a tree, the
 * nearest key that names a service is the subject of the keys below it. A bound that a policy or a
 * schema sets (a Rego constant, `maximum`/`minimum`) is the module's own: only a figure beyond what
 * AWS accepts is wrong there, so it is keyed as a bound (`upper bound of …`), as a Terraform validation is.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { bindName, MODALITY_WORDS, nameServices, speaksOfOther, unitOfName, unitOfWord, wordsOf, type Amount } from './constants';
import { factOfKey, soleServiceOfKey } from './named-facts';
import type { IacBinding } from './attributes';
import { serviceOfResourceType } from './resource-services';
import { findServices } from '../services';
import { tooDeep } from './yaml';
import { tooDeep as jsonTooDeep } from './json';
import { MAX_FENCE, type BoundValue, type IacFence, type IacValue } from './types';

// ---- values --------------------------------------------------------------------------------------

/** A value's own unit suffix → seconds or bytes. `m` is minutes (Go, Spring, Helm durations), `M` mebibytes. */
const VALUE_UNITS: Readonly<Record<string, Amount>> = {
  ms: { n: 0.001, dim: 'duration' },
  s: { n: 1, dim: 'duration' }, sec: { n: 1, dim: 'duration' }, secs: { n: 1, dim: 'duration' }, second: { n: 1, dim: 'duration' }, seconds: { n: 1, dim: 'duration' },
  m: { n: 60, dim: 'duration' }, min: { n: 60, dim: 'duration' }, mins: { n: 60, dim: 'duration' }, minute: { n: 60, dim: 'duration' }, minutes: { n: 60, dim: 'duration' },
  h: { n: 3600, dim: 'duration' }, hr: { n: 3600, dim: 'duration' }, hrs: { n: 3600, dim: 'duration' }, hour: { n: 3600, dim: 'duration' }, hours: { n: 3600, dim: 'duration' },
  d: { n: 86_400, dim: 'duration' }, day: { n: 86_400, dim: 'duration' }, days: { n: 86_400, dim: 'duration' },
  w: { n: 604_800, dim: 'duration' }, week: { n: 604_800, dim: 'duration' }, weeks: { n: 604_800, dim: 'duration' },
  B: { n: 1, dim: 'size' }, bytes: { n: 1, dim: 'size' },
  K: { n: 1024, dim: 'size' }, k: { n: 1024, dim: 'size' }, KB: { n: 1024, dim: 'size' }, kB: { n: 1024, dim: 'size' }, KiB: { n: 1024, dim: 'size' }, Ki: { n: 1024, dim: 'size' },
  M: { n: 1024 ** 2, dim: 'size' }, MB: { n: 1024 ** 2, dim: 'size' }, MiB: { n: 1024 ** 2, dim: 'size' }, Mi: { n: 1024 ** 2, dim: 'size' },
  G: { n: 1024 ** 3, dim: 'size' }, GB: { n: 1024 ** 3, dim: 'size' }, GiB: { n: 1024 ** 3, dim: 'size' }, Gi: { n: 1024 ** 3, dim: 'size' },
  TB: { n: 1024 ** 4, dim: 'size' }, TiB: { n: 1024 ** 4, dim: 'size' }, Ti: { n: 1024 ** 4, dim: 'size' },
};

const BARE = /^-?\d+(?:\.\d+)?$/;
const WITH_UNIT = /^(\d+(?:\.\d+)?)[ ]?([A-Za-z]{1,7})$/;
/** Go and Helm durations of several parts: `1h30m`, `2m30s`. */
const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/;
const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
/** .NET `TimeSpan` text, as appsettings.json writes it: `13:00:00`, `15.00:00:00` (days before the dot), `00:00:30.500`. */
const TIMESPAN = /^(?:(\d{1,5})\.)?(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.\d{1,7})?$/;

/** The value `raw` states: a bare number (its unit is the key's), or an amount with its own unit. */
export function valueAmount(raw: string): { n: number; unit?: Amount } | undefined {
  const text = raw.trim();
  if (BARE.test(text)) return { n: Number(text) };
  const m = WITH_UNIT.exec(text);
  if (m) {
    const unit = VALUE_UNITS[m[2] ?? ''] ?? VALUE_UNITS[(m[2] ?? '').toLowerCase()];
    // `5Mb`, `10gb`: a unit in any case but one of ours is not guessed at.
    return unit ? { n: Number(m[1]), unit } : undefined;
  }
  if (GO_DURATION.test(text)) {
    // Number, unit, number, unit…: read by a scan (the pattern above has checked the shape).
    let total = 0;
    let number = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i] ?? '';
      if ((c >= '0' && c <= '9') || c === '.') number += c;
      else {
        const unit = c === 'm' && text[i + 1] === 's' ? 'ms' : c;
        if (unit === 'ms') i++;
        total += Number(number) * (VALUE_UNITS[unit]?.n ?? Number.NaN);
        number = '';
      }
    }
    return Number.isFinite(total) ? { n: total, unit: { n: 1, dim: 'duration' } } : undefined;
  }
  const span = TIMESPAN.exec(text);
  if (span) {
    const [, d, h, min, sec] = span;
    return { n: Number(d ?? 0) * 86_400 + Number(h) * 3600 + Number(min) * 60 + Number(sec), unit: { n: 1, dim: 'duration' } };
  }
  const iso = ISO_DURATION.exec(text);
  if (iso && text.length > 1 && !/T$/i.test(text)) {
    const [, w, d, h, min, s] = iso;
    const total = Number(w ?? 0) * 604_800 + Number(d ?? 0) * 86_400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0);
    return { n: total, unit: { n: 1, dim: 'duration' } };
  }
  return undefined;
}

/** A comment that states only the unit (`# seconds`, `# in MiB`, `(days)`). */
const UNIT_COMMENT = /^[\s(]*(?:in\s+)?(milliseconds|ms|seconds|secs|minutes|hours|days|bytes|KiB|MiB|GiB|KB|MB|GB)[\s).]*$/i;

// ---- binding -------------------------------------------------------------------------------------

/** Words of a key that make it a step, job or client setting of the program, not the service's own. */
const ACTION_WORDS = /\b(?:deploy(?:ment|s)?|build|tests?|invoke|invocation|calls?|clients?|jobs?|steps?|stages?|pipelines?|publish|uploads?|downloads?|sync|checks?|probes?|healthchecks?|retry|retries|wait|alarm|alert|tasks?|states?|workflows?)\b/i;

interface Setting {
  /** The words of the key, the nearest service-naming part first (a tree's path from that key down). */
  readonly words: readonly string[];
  /** The key as shown in a message (`LAMBDA_TIMEOUT_SECONDS`, `lambda.timeout`). */
  readonly key: string;
  readonly raw: string;
  /** The value's offsets in the fence. */
  readonly start: number;
  readonly end: number;
  /** The line's own comment and the comment lines over its group. */
  readonly comment: string;
  /** In a tree, the leaf key's own words (`words` ends with them; the words before are its owners'). */
  readonly leaf?: readonly string[];
  /** A bound a policy or schema sets: keyed as a bound, so only a figure beyond AWS's range is wrong. */
  readonly bound?: 'maximum' | 'minimum' | 'default';
  /**
   * The value is what the key is set to (a documentation table's default column): the modality comes
   * from the key's words only, and a key's "default" is the setting's own default, not AWS's.
   */
  readonly setting?: true;
}

/**
 * A bare number under a key that is an AWS property of the service its leading words name
 * (`SQS_VISIBILITY_TIMEOUT`, `LAMBDA_MEMORY_SIZE`; in a tree `lambda:` over `timeout:`): the property's
 * own unit, from the IaC attribute table (`MessageRetentionPeriod` is seconds, `MemorySize` MiB).
 */
function propertyOf(words: readonly string[], owner: readonly string[] = []): IacBinding | undefined {
  // The key's own leading service words (`SQS_…`), else the service of the key above it in a tree.
  let k = 0;
  while (k < Math.min(3, words.length - 1) && nameServices(words.slice(0, k + 1)).size === 0) k++;
  const lead = k < Math.min(3, words.length - 1) ? words.slice(0, k + 1) : owner;
  const property = lead === owner ? words : words.slice(k + 1);
  // A property that is a service's own term (`visibilityTimeout` is SQS's) names its service itself.
  const owned = nameServices(lead);
  let services = owned.size > 0 ? owned : nameServices(property);
  // A property name of three words or more that only one service has (`MessageRetentionPeriod`,
  // `ReceiveMessageWaitTimeSeconds`) names its service itself; a short one (`timeout`) never does.
  if (services.size === 0 && property.length >= 3) {
    const only = soleServiceOfKey(property.join('').toLowerCase());
    if (only !== undefined) services = new Set([only]);
  }
  if (services.size !== 1 || property.length === 0) return undefined;
  // `SQS_VISIBILITY_TIMEOUT`: the property may repeat its own service's name, never another's.
  if ([...nameServices(property)].some((id) => !services.has(id))) return undefined;
  return factOfKey(property.join('').toLowerCase(), services);
}

/** The value a setting states, bound to its fact, or undefined. */
function bindSetting(s: Setting, fenceService: string | undefined, at: number): IacValue | undefined {
  const value = valueAmount(s.raw);
  if (!value || value.n <= 0 || s.words.length === 0 || s.words.length > 16) return undefined;
  const spaced = s.words.join(' ');
  if (ACTION_WORDS.test(spaced)) return undefined;
  const named = unitOfName(s.words);
  const commented = UNIT_COMMENT.exec(s.comment.trim())?.[1];
  const fromComment = commented ? unitOfWord(commented) : undefined;
  let unit: Amount | undefined;
  if (value.unit) {
    // `TIMEOUT_SECONDS=15m`: two units that disagree say nothing certain.
    if (named && (named.dim !== value.unit.dim || named.n !== value.unit.n)) return undefined;
    unit = value.unit;
  } else unit = named ?? fromComment;
  if (!unit) {
    const property = s.bound === undefined && !speaksOfOther(`${spaced} ${s.comment}`) ? propertyOf(s.leaf ?? s.words, s.leaf ? s.words.slice(0, s.words.length - s.leaf.length) : []) : undefined;
    if (!property) return undefined;
    const found = MODALITY_WORDS.find(([re]) => re.test(spaced))?.[1] ?? 'stated';
    const modality = s.setting && found === 'default' ? 'stated' : found;
    const key = modality === 'maximum' ? `upper bound of ${s.key}` : s.key;
    return { key, normalizedKey: '', raw: s.raw.trim(), number: value.n, start: at + s.start, end: at + s.end, bound: { fact: property.fact, service: property.service, factor: property.factor, modality } };
  }
  if (unit.dim === 'none') return undefined;
  const amount: Amount = { n: value.n * unit.n, dim: unit.dim };
  const fact = bindName(s.words, amount, s.comment, fenceService, true);
  if (!fact) return undefined;
  const said = MODALITY_WORDS.find(([re]) => re.test(s.setting ? spaced : `${spaced} ${s.comment}`))?.[1] ?? 'stated';
  const worded = s.setting && said === 'default' ? 'stated' : said;
  const modality: BoundValue['modality'] = s.bound ?? worded;
  // A policy's or a schema's bound is the module's own (`hcl-validation.ts`); a program's `MAX_…` setting is its own cap as well.
  const key = s.bound === 'maximum' || (s.bound === undefined && modality === 'maximum') ? `upper bound of ${s.key}` : s.bound === 'minimum' || modality === 'minimum' ? `lower bound of ${s.key}` : s.key;
  return {
    key,
    normalizedKey: '',
    raw: s.raw.trim(),
    number: value.unit ? amount.n : value.n,
    start: at + s.start,
    end: at + s.end,
    bound: { fact: fact.fact, service: fact.service, factor: value.unit ? 1 : unit.n, modality },
  };
}

/** The fence with the bound settings added in place of any value the reader had at the same range. */
function withBound(fence: IacFence, added: readonly IacValue[]): IacFence {
  if (added.length === 0) return fence;
  const values = [...fence.values.filter((v) => !added.some((a) => v.start < a.end && a.start < v.end)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  return { resources: fence.resources, values };
}

/**
 * The one service the fence's comments name, or the one AWS resource type a policy names (a Rego
 * `input.resource.aws_sqs_queue`, a `"AWS::SQS::Queue"` string) or its `package` line (`package sqs.limits`).
 */
function fenceServiceOf(comments: string, code: string): string | undefined {
  const named = new Set(findServices(comments, 0).map((m) => m.serviceId));
  if (named.size === 1) return [...named][0];
  if (named.size > 1 || code === '') return undefined;
  const types = new Set<string>();
  const pkg = /^package[ \t]+([\w.]+)[ \t]*$/m.exec(code)?.[1];
  if (pkg) for (const id of nameServices(wordsOf(pkg))) types.add(id);
  for (const m of code.matchAll(/\b(aws_[a-z0-9_]{2,60}|AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)\b/g)) {
    const service = serviceOfResourceType(m[1] ?? '');
    if (service) types.add(service);
  }
  return types.size === 1 ? [...types][0] : undefined;
}

// ---- lines ---------------------------------------------------------------------------------------

/** Notations of `KEY=value` lines: env files and shell, Makefiles, Rego, properties, INI, TOML. */
export const CONFIG_LINE_LANGS = /^(?:env|dotenv|sh|bash|shell|zsh|make|makefile|mk|rego|opa|properties|java-properties|ini|cfg|conf|toml|tfvars)$/;

/**
 * `KEY=value`, `export KEY=value`, `VAR ?= value`, `name := value`, `default name := value`,
 * `a.b.c = value`, `a.b.c: value` (properties): the key, the operator, the value and the line's comment.
 */
const LINE = /^[ \t]*(?:(?:export|override|default|readonly)[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]{0,80})[ \t]*(\?=|::=|:=|=|:)[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#;"'/]+))[ \t]*(?:(?:#|;|\/\/)(.*))?$/;
const COMMENT_LINE = /^[ \t]*(?:#|;|\/\/|!)(.*)$/;
const SECTION = /^[ \t]*\[{1,2}([A-Za-z_][\w.-]{0,60})\]{1,2}[ \t]*(?:[#;].*)?$/;

/** A constant's unit from the key it is compared with in the fence (`input.x.message_retention_seconds > max_retention`). */
function comparedKey(code: string, name: string): string | undefined {
  if (!/^[A-Za-z_]\w*$/.test(name)) return undefined;
  const after = new RegExp(`\\.([A-Za-z_]\\w{0,60})\\s*(?:<=|<|>=|>)\\s*${name}\\b`).exec(code);
  const before = new RegExp(`\\b${name}\\s*(?:<=|<|>=|>)\\s*[\\w.\\[\\]"']*\\.([A-Za-z_]\\w{0,60})\\b`).exec(code);
  const keys = new Set([after?.[1], before?.[1]].filter((k): k is string => k !== undefined));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** The bound settings of a fence of `KEY=value` lines. */
export function withConfigLines(fence: IacFence, code: string, at: number, lang: string): IacFence {
  if (code.length > MAX_FENCE || !/[=:]/.test(code)) return fence;
  try {
    const properties = /^(?:properties|java-properties|ini|cfg|conf)$/.test(lang);
    const policy = lang === 'rego' || lang === 'opa' || /^package\s+[\w.]+\s*$/m.test(code);
    const lines: Array<{ start: number; text: string }> = [];
    for (let s = 0; s <= code.length; ) {
      const n = code.indexOf('\n', s);
      const e = n === -1 ? code.length : n;
      const text = code.slice(s, e);
      lines.push({ start: s, text: text.endsWith('\r') ? text.slice(0, -1) : text });
      if (n === -1) break;
      s = n + 1;
    }
    const comments = lines.map((l) => COMMENT_LINE.exec(l.text)?.[1] ?? LINE.exec(l.text)?.[6] ?? '').join('\n');
    // A policy is about the resource type it checks; a settings file's comments elsewhere name no key's service.
    const fenceService = policy ? fenceServiceOf(comments, code) : undefined;
    const added: IacValue[] = [];
    let group: string[] = [];
    let section: string[] = [];
    // Keys already inside a resource block belong to it (the reader bound them by its type).
    const inResource = (offset: number): boolean => fence.resources.some((r) => r.start <= at + offset && at + offset < r.end);
    for (const line of lines) {
      if (line.text.trim() === '') {
        group = [];
        continue;
      }
      const comment = COMMENT_LINE.exec(line.text);
      if (comment) {
        group.push(comment[1] ?? '');
        continue;
      }
      const head = SECTION.exec(line.text);
      if (head) {
        section = wordsOf(head[1] ?? '');
        group = [];
        continue;
      }
      const m = LINE.exec(line.text);
      if (!m || inResource(line.start)) continue;
      const [, key = '', op = '', dq, sq, plain] = m;
      // `a: b` is a properties line, not a shell one; `==` never reaches here.
      if (op === ':' && !properties) continue;
      const raw = dq ?? sq ?? plain ?? '';
      let i = line.text.indexOf(op, line.text.indexOf(key) + key.length) + op.length;
      while (line.text[i] === ' ' || line.text[i] === '\t') i++;
      if (dq !== undefined || sq !== undefined) i++;
      const valueAt = line.start + i;
      let words = [...section, ...wordsOf(key)];
      let unitKey: string | undefined;
      if (BARE.test(raw.trim()) && unitOfName(wordsOf(key)) === undefined) {
        // A policy constant without a unit: the key it is compared with names the attribute and its unit.
        unitKey = comparedKey(code, key);
        if (unitKey) words = [...words, ...wordsOf(unitKey)];
      }
      const bound = policy ? (/\bmin(?:imum)?\b/i.test(words.join(' ')) ? 'minimum' : 'maximum') : undefined;
      const value = bindSetting({ words, key, raw, start: valueAt, end: valueAt + raw.length, comment: [m[6] ?? '', ...group].join(' '), bound }, fenceService, at);
      if (value) added.push(value);
    }
    return withBound(fence, added);
  } catch {
    return fence;
  }
}

// ---- trees ---------------------------------------------------------------------------------------

/** Keys that only hold settings: not part of a setting's name. */
const CONTAINERS = /^(?:values|config|configuration|settings|env|environment|envs|vars|variables|data|spec|properties|global|globals|defaults|app|application|parameters|params|\$defs|definitions)$/i;
/** JSON Schema keywords that bound a property's value. */
const SCHEMA_BOUNDS: Readonly<Record<string, 'maximum' | 'minimum' | 'default'>> = { maximum: 'maximum', minimum: 'minimum', default: 'default' };
/**
 * CI files (a job's `timeout-minutes` under a job named for what it deploys is the job's) and Step
 * Functions definitions (a `LambdaTask`'s `TimeoutSeconds` is the state's).
 */
const CI_FILE = /^[ \t]*["']?(?:runs-on|steps|stages|script|jobs|workflow_dispatch|pipeline|StartAt|States)["']?[ \t]*:/m;

/** The words of a path from the nearest key naming a service down to the leaf (container keys left out). */
function pathWords(path: readonly string[]): string[] {
  const kept = path.filter((k) => !CONTAINERS.test(k));
  for (let j = kept.length - 1; j >= 0; j--) {
    if (nameServices(wordsOf(kept[j] ?? '')).size > 0) return kept.slice(j).flatMap(wordsOf);
  }
  return kept.slice(-2).flatMap(wordsOf);
}

/** The comment on the line of `offset` and the comment lines right above that line. */
function commentsAround(code: string, offset: number): string {
  const lineStart = code.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = code.indexOf('\n', offset);
  const line = code.slice(lineStart, lineEnd === -1 ? code.length : lineEnd);
  const own = / #(.*)$/.exec(line.slice(offset - lineStart))?.[1] ?? '';
  const above: string[] = [];
  for (let end = lineStart - 1; end > 0 && above.length < 4; ) {
    const start = code.lastIndexOf('\n', end - 1) + 1;
    const m = /^[ \t]*#(.*)$/.exec(code.slice(start, end).replace(/\r$/, ''));
    if (!m) break;
    above.unshift(m[1] ?? '');
    end = start - 1;
  }
  return [own, ...above].join(' ');
}

interface Leaf {
  readonly path: readonly string[];
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** A JSON Schema bound, with the property it bounds as the path's last key. */
  readonly bound?: 'maximum' | 'minimum' | 'default';
  /** A schema property's description. */
  readonly note?: string;
}

const MAX_DEPTH = 48;

function yamlScalar(node: unknown, code: string): { raw: string; start: number; end: number } | undefined {
  if (!isScalar(node) || !node.range || node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return undefined;
  if (typeof node.value !== 'number' && typeof node.value !== 'string') return undefined;
  let [start, end] = node.range;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    start += 1;
    end -= 1;
  }
  return end > start ? { raw: code.slice(start, end), start, end } : undefined;
}

function yamlKey(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}

function yamlLeaves(node: unknown, path: string[], depth: number, code: string, out: Leaf[]): void {
  if (depth > MAX_DEPTH) return;
  if (isMap(node)) {
    const map = node as YAMLMap;
    const keys = new Map<string, unknown>();
    for (const pair of map.items) {
      const k = yamlKey(pair.key);
      if (k !== undefined) keys.set(k, pair.value);
    }
    const schema = keys.has('type') && [...keys.keys()].some((k) => SCHEMA_BOUNDS[k] !== undefined);
    const note = schema ? yamlScalar(keys.get('description'), code)?.raw : undefined;
    for (const pair of map.items) {
      const k = yamlKey(pair.key);
      if (k === undefined) continue;
      const v = yamlScalar(pair.value, code);
      if (v) {
        const bound = schema ? SCHEMA_BOUNDS[k] : undefined;
        if (schema && !bound) continue;
        out.push(schema ? { path, ...v, bound, note } : { path: [...path, k], ...v });
      } else yamlLeaves(pair.value, [...path, k], depth + 1, code, out);
    }
  } else if (isSeq(node)) {
    for (const item of (node as YAMLSeq).items) {
      if (isMap(item)) {
        // A Kubernetes `env` item: `- name: LAMBDA_TIMEOUT_SECONDS` / `value: "1200"`.
        const name = yamlKey(item.get('name', true));
        const value = yamlScalar(item.get('value', true), code);
        if (name && value && item.items.length <= 3) out.push({ path: [...path, name], ...value });
        else yamlLeaves(item, path, depth + 1, code, out);
        continue;
      }
      // A Compose `environment` list item: `- SQS_RETENTION=20d`.
      const s = yamlScalar(item, code);
      const m = s ? /^([A-Za-z_][A-Za-z0-9_]{0,80})=(.+)$/.exec(s.raw) : null;
      if (s && m) {
        const valueStart = s.start + (m[1]?.length ?? 0) + 1;
        out.push({ path: [...path, m[1] ?? ''], raw: m[2] ?? '', start: valueStart, end: s.end });
      } else yamlLeaves(item, path, depth + 1, code, out);
    }
  }
}

function jsonLeaves(node: JsonNode, path: string[], depth: number, code: string, out: Leaf[]): void {
  if (depth > MAX_DEPTH) return;
  if (node.type === 'object') {
    const props = new Map<string, JsonNode>();
    for (const p of node.children ?? []) {
      const [k, v] = p.children ?? [];
      if (k && typeof k.value === 'string' && v) props.set(k.value, v);
    }
    const schema = props.has('type') && [...props.keys()].some((k) => SCHEMA_BOUNDS[k] !== undefined);
    const description = props.get('description');
    const note = schema && description?.type === 'string' && typeof description.value === 'string' ? description.value : undefined;
    for (const [k, v] of props) {
      if (v.type === 'number' || v.type === 'string') {
        const bound = schema ? SCHEMA_BOUNDS[k] : undefined;
        if (schema && !bound) continue;
        const start = v.type === 'string' ? v.offset + 1 : v.offset;
        const end = v.type === 'string' ? v.offset + v.length - 1 : v.offset + v.length;
        if (end <= start) continue;
        const leaf = { raw: code.slice(start, end), start, end };
        out.push(schema ? { path, ...leaf, bound, note } : { path: [...path, k], ...leaf });
      } else if (v.type === 'object' || v.type === 'array') jsonLeaves(v, [...path, k], depth + 1, code, out);
    }
  } else if (node.type === 'array') for (const item of node.children ?? []) jsonLeaves(item, path, depth + 1, code, out);
}

function treeValues(leaves: readonly Leaf[], code: string, at: number): IacValue[] {
  const out: IacValue[] = [];
  for (const leaf of leaves) {
    const last = leaf.path[leaf.path.length - 1];
    if (last === undefined) continue;
    const words = pathWords(leaf.path);
    const comment = `${commentsAround(code, leaf.start)} ${leaf.note ?? ''}`;
    const own = wordsOf(last);
    const ends = own.length <= words.length && own.every((w, k) => words[words.length - own.length + k] === w);
    const value = bindSetting({ words, key: last, raw: leaf.raw, start: leaf.start, end: leaf.end, comment, bound: leaf.bound, ...(ends ? { leaf: own } : {}) }, undefined, at);
    if (value) out.push(value);
  }
  return out;
}

/**
 * One setting written as a key path (`queue.visibilityTimeout`, a table's key cell) and its value
 * (`raw` at `start`..`end` of a text at document offset `at`), with the words around it (a description):
 * bound as a settings tree's leaf is, the value being what the key is set to. `service`: the one the
 * page or section is about, when neither the key nor its words name one.
 */
export function bindKeyPath(path: readonly string[], raw: string, comment: string, start: number, end: number, at: number, service?: string): IacValue | undefined {
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  const words = pathWords(path);
  const own = wordsOf(last);
  const ends = own.length <= words.length && own.every((w, k) => words[words.length - own.length + k] === w);
  return bindSetting({ words, key: path.join('.'), raw, start, end, comment, setting: true, ...(ends ? { leaf: own } : {}) }, service, at);
}

/** Whether a fence defines AWS resources (a settings group of `settings.ts` is none). */
const hasResources = (fence: IacFence): boolean => fence.resources.some((r) => r.resourceType !== '');

/** The bound settings of a YAML settings tree (Helm values, `application.yml`, Compose, JSON Schema in YAML). */
export function withConfigYaml(fence: IacFence, code: string, at: number): IacFence {
  if (hasResources(fence) || code.length > MAX_FENCE || CI_FILE.test(code) || tooDeep(code)) return fence;
  try {
    const leaves: Leaf[] = [];
    for (const doc of parseAllDocuments(code, { uniqueKeys: false, strict: false, prettyErrors: false })) yamlLeaves(doc.contents, [], 0, code, leaves);
    return withBound(fence, treeValues(leaves, code, at));
  } catch {
    return fence;
  }
}

/** The bound settings of a JSON settings object or a JSON Schema; a template (with resources) is left alone. */
export function withConfigJson(fence: IacFence, code: string, at: number): IacFence {
  if (hasResources(fence) || code.length > MAX_FENCE || CI_FILE.test(code) || jsonTooDeep(code)) return fence;
  try {
    const root = parseTree(code, [], { allowTrailingComma: true, disallowComments: false });
    if (!root) return fence;
    const leaves: Leaf[] = [];
    jsonLeaves(root, [], 0, code, leaves);
    return withBound(fence, treeValues(leaves, code, at));
  } catch {
    return fence;
  }
}
