/**
 * AWS settings that Kubernetes manifests and Helm values carry in strings and in sibling keys, read
 * from a YAML fence's node tree after the YAML reader (`yaml.ts`) has read its values:
 *
 * - load balancer attribute annotations (`alb.ingress.kubernetes.io/target-group-attributes:
 *   deregistration_delay.timeout_seconds=30,…`): a `key=value` list in one string becomes one value
 *   per attribute, in a resource of the type the AWS Load Balancer Controller creates, so the
 *   attribute table (`attributes.ts`) gives each its fact;
 * - a database's engine and its port written as sibling settings (`engine: postgres` next to
 *   `endpoint: host:3306`; `DB_ENGINE` and `DB_PORT` in a container's `env` list, or as `KEY=value`
 *   strings in a Compose `environment` list): one settings group, so the engine/port check sees
 *   both. They are bound only when certain: one engine family, and the engine and the port keys
 *   share their prefix (`DB_ENGINE` / `DB_PORT`), or both are bare keys of a nested map that is not
 *   an environment. An RDS host name gives the engine only when its identifier names exactly one
 *   engine as a whole word (`orders-postgres.abc123.eu-west-1.rds.amazonaws.com`).
 *
 * A group is a piece with resource type '' (settings, not an AWS resource: no attribute binds to it).
 */
import { isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { MAX_FENCE, normalizeKey, numberOf, type IacFence, type IacResource, type IacValue } from './types';
import type { PortMention } from '../ports';
import { tooDeep } from './yaml';
import { tooDeep as jsonTooDeep } from './json';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';

/** Cheap cues, so fences without them are not parsed a second time. */
const CUE = /kubernetes\.io\/|engine|rds\.amazonaws\.com|\bimage:/i;

/** A Compose service's image (`postgres:16`, `bitnami/mysql:8.0`, `docker.io/library/redis`): the engine its repository's last part names. */
const IMAGE_ENGINE = /^(?:[\w.-]+(?::\d+)?\/)*(postgres|postgresql|mysql|mariadb|redis|valkey|memcached)(?::[\w.-]+)?(?:@sha256:[0-9a-f]+)?$/i;
/** A port mapping: `"3306:3306"`, `"127.0.0.1:5433:5432"`, `5432`, `"5432/tcp"`: the container's port is the last number. */
const PORT_MAPPING = /^(?:(?:[\d.]+|\[[0-9a-f:]+\]):)?(?:\d{1,5}:)?(\d{1,5})(?:\/(?:tcp|udp))?$/i;

/**
 * A Compose service that runs a database image and publishes its port: one settings group with the
 * image's engine and the container side of each mapping, for the engine/port check. A service that
 * sets the engine's port itself (an environment or a command that says `port`) is left alone.
 */
function composeService(map: YAMLMap, code: string, at: number, found: Found): void {
  let image: Setting | undefined;
  let ports: YAMLSeq | undefined;
  let own = '';
  for (const pair of map.items) {
    const key = keyOf(pair)?.text;
    if (key === 'image' && isScalar(pair.value)) {
      const v = scalarRange(pair.value, code);
      if (v) image = { key: 'image', norm: 'image', start: keyOf(pair)?.start ?? v.start, end: v.end, raw: v.raw, valueStart: v.start, valueEnd: v.end };
    } else if (key === 'ports' && isSeq(pair.value)) ports = pair.value;
    else if (key === 'environment' || key === 'command' || key === 'entrypoint') {
      const range = (pair.value as { range?: [number, number] } | null)?.range;
      if (range) own += ` ${code.slice(range[0], range[1])}`;
    }
  }
  const engine = image ? IMAGE_ENGINE.exec(image.raw.trim()) : null;
  const id = engine ? ENGINE_WORDS[(engine[1] ?? '').toLowerCase()] : undefined;
  if (!image || !engine || !id || !ports) return;
  const values: IacValue[] = [];
  for (const item of ports.items) {
    if (!isScalar(item)) continue;
    const v = scalarRange(item, code);
    const m = v ? PORT_MAPPING.exec(v.raw) : null;
    // `command: postgres -p 3306`, `PGPORT: 3306`: the service sets its engine's port itself.
    if (!v || !m?.[1] || /port/i.test(own) || new RegExp(`\\b${m[1]}\\b`).test(own)) continue;
    const start = v.start + v.raw.lastIndexOf(m[1], v.raw.includes('/') ? v.raw.indexOf('/') : v.raw.length);
    values.push({ key: 'ports', normalizedKey: 'port', raw: m[1], number: Number(m[1]), start: at + start, end: at + start + m[1].length });
  }
  if (values.length === 0) return;
  const wordAt = image.valueStart + image.raw.toLowerCase().lastIndexOf((engine[1] ?? '').toLowerCase(), image.raw.includes(':') ? image.raw.lastIndexOf(':') : image.raw.length);
  const end = Math.max(image.end, ...values.map((p) => p.end - at));
  found.resources.push({ start: at + Math.min(image.start, ...values.map((p) => p.start - at)), end: at + end, resourceType: '', name: '' });
  found.values.push({ key: 'image', normalizedKey: 'engine', raw: id, start: at + wordAt, end: at + wordAt + (engine[1] ?? '').length }, ...values);
}

/** Annotations whose value is a `key=value,…` list of load balancer attributes → the resource those attributes are set on. */
const ATTRIBUTE_LISTS: ReadonlyArray<readonly [RegExp, string]> = [
  // AWS Load Balancer Controller: Ingress (ALB) and Service (NLB) target groups.
  [/^(?:alb\.ingress\.kubernetes\.io\/target-group-attributes|service\.beta\.kubernetes\.io\/aws-load-balancer-target-group-attributes)$/, 'aws_lb_target_group'],
  [/^(?:alb\.ingress\.kubernetes\.io\/load-balancer-attributes|service\.beta\.kubernetes\.io\/aws-load-balancer-attributes)$/, 'aws_lb'],
];

/** Engine words a setting may hold → the RDS/ElastiCache API engine id (what `engineMentions` reads). */
const ENGINE_WORDS: Readonly<Record<string, string>> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  'aurora-postgresql': 'aurora-postgresql',
  mysql: 'mysql',
  'aurora-mysql': 'aurora-mysql',
  mariadb: 'mariadb',
  redis: 'redis',
  valkey: 'valkey',
  memcached: 'memcached',
};

/** Engine families: two engine words of one family are one engine for the port check. */
const FAMILY: Readonly<Record<string, string>> = {
  postgres: 'postgres',
  'aurora-postgresql': 'postgres',
  mysql: 'mysql',
  'aurora-mysql': 'mysql',
  mariadb: 'mysql',
  redis: 'redis',
  valkey: 'redis',
  memcached: 'memcached',
};

/** Maps of environment variables or free-form config: a bare `PORT` there is the app's own, not the database's. */
const ENVIRONMENT_KEYS = /^(?:env|environment|envs|extraenv|envvars|environmentvariables|variables|vars|data|stringdata|config|configmap|settings|global|globals)$/;

/** `orders-postgres.abc123.eu-west-1.rds.amazonaws.com`, an Aurora `…cluster-abc123…` or `…cluster-ro-abc123…` one. */
const RDS_HOST = /^([a-z][a-z0-9-]{0,62})\.(?:cluster-(?:ro-|custom-)?)?[a-z0-9]{6,20}\.[a-z]{2}(?:-[a-z]+)+-\d\.rds\.amazonaws\.com(?::\d{1,5})?(?:\/|$)/i;
/** Engine words an RDS identifier names, as whole hyphen-separated words (`aurora-mysql` first). */
const HOST_ENGINE = /(?:^|-)(aurora-mysql|aurora-postgresql|postgresql|postgres|mysql|mariadb)(?=-|$)/g;

interface Setting {
  /** The key as written (an env var's name). */
  readonly key: string;
  /** The normalised key. */
  readonly norm: string;
  /** Where the entry starts (its key, or the list item) and where its value ends, fence-relative. */
  readonly start: number;
  readonly end: number;
  /** The value's text and its range (fence-relative), quotes excluded. */
  readonly raw: string;
  readonly valueStart: number;
  readonly valueEnd: number;
}

type Kind = 'engine' | 'port' | 'host';

/** `DB_ENGINE` → ['engine', 'db']; `databasePort` → ['port', 'database']; `endpoint` → ['host', '']. */
function roleOf(norm: string): { kind: Kind; prefix: string } | undefined {
  const m = /^(.*?)(engine|port|host|hostname|endpoint|address|url|uri)$/.exec(norm);
  if (!m) return undefined;
  const word = m[2] ?? '';
  const kind: Kind = word === 'engine' ? 'engine' : word === 'port' ? 'port' : 'host';
  return { kind, prefix: m[1] ?? '' };
}

function scalarRange(node: Scalar, code: string): { start: number; end: number; raw: string } | undefined {
  const range = node.range;
  if (!range || node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return undefined;
  let [start, end] = range;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    start += 1;
    end -= 1;
  }
  return end > start ? { start, end, raw: code.slice(start, end) } : undefined;
}

function keyOf(pair: Pair): { text: string; start: number } | undefined {
  const key = pair.key;
  if (!isScalar(key) || typeof key.value !== 'string' || !key.range) return undefined;
  return { text: key.value, start: key.range[0] };
}

/** The settings a map states with scalar values. */
function mapSettings(map: YAMLMap, code: string): Setting[] {
  const out: Setting[] = [];
  for (const pair of map.items) {
    const key = keyOf(pair);
    const value = pair.value;
    if (!key || !isScalar(value)) continue;
    const v = scalarRange(value, code);
    if (v) out.push({ key: key.text, norm: normalizeKey(key.text), start: key.start, end: v.end, raw: v.raw, valueStart: v.start, valueEnd: v.end });
  }
  return out;
}

/** The settings an environment list states: `- name: DB_PORT` / `value: "3306"` items, or `- DB_PORT=3306` strings. */
function listSettings(seq: YAMLSeq, code: string): Setting[] {
  const out: Setting[] = [];
  for (const item of seq.items) {
    if (isMap(item)) {
      let name: Scalar | undefined;
      let value: Scalar | undefined;
      for (const pair of item.items) {
        const key = keyOf(pair)?.text;
        if (key === 'name' && isScalar(pair.value)) name = pair.value;
        else if (key === 'value' && isScalar(pair.value)) value = pair.value;
      }
      const n = name && typeof name.value === 'string' ? name.value : undefined;
      const v = value ? scalarRange(value, code) : undefined;
      const from = item.range?.[0];
      if (n && v && from !== undefined) out.push({ key: n, norm: normalizeKey(n), start: Math.min(from, v.start), end: Math.max(v.end, name?.range?.[1] ?? 0), raw: v.raw, valueStart: v.start, valueEnd: v.end });
    } else if (isScalar(item)) {
      const s = scalarRange(item, code);
      const m = s ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(s.raw) : null;
      if (s && m && m[1] !== undefined && m[2] !== undefined && m[2] !== '') {
        const valueStart = s.start + m[1].length + 1;
        out.push({ key: m[1], norm: normalizeKey(m[1]), start: s.start, end: s.end, raw: m[2], valueStart, valueEnd: s.end });
      }
    }
  }
  return out;
}

interface Found {
  readonly resources: IacResource[];
  /** Values that replace the YAML reader's value at the same range (or add one where it had none). */
  readonly values: IacValue[];
}

/** `k=v,k=v` in one annotation: one value per attribute, in a resource spanning the annotation's line. */
function attributeList(map: YAMLMap, code: string, at: number, found: Found): void {
  for (const pair of map.items) {
    const key = keyOf(pair);
    const type = key ? ATTRIBUTE_LISTS.find(([re]) => re.test(key.text))?.[1] : undefined;
    if (!key || !type || !isScalar(pair.value)) continue;
    const v = scalarRange(pair.value, code);
    if (!v) continue;
    const values: IacValue[] = [];
    let from = 0;
    for (const part of v.raw.split(',')) {
      const eq = part.indexOf('=');
      const name = part.slice(0, eq).trim();
      const raw = part.slice(eq + 1).trim();
      if (eq > 0 && /^[a-z0-9_.]+$/i.test(name) && raw !== '') {
        const start = at + v.start + from + part.indexOf(raw, eq + 1);
        values.push({ key: name, normalizedKey: normalizeKey(name), raw, number: numberOf(raw), start, end: start + raw.length });
      }
      from += part.length + 1;
    }
    if (values.length === 0) continue;
    const lineStart = code.lastIndexOf('\n', key.start - 1) + 1;
    const start = /^[ \t]*$/.test(code.slice(lineStart, key.start)) ? lineStart : key.start;
    found.resources.push({ start: at + start, end: at + v.end, resourceType: type, name: '' });
    found.values.push(...values);
  }
}

/** The engine a setting names: its value (an engine key), or an RDS host name's identifier (a host key). */
function engineOf(setting: Setting, kind: Kind): { id: string; start: number; end: number } | undefined {
  if (kind === 'engine') {
    const id = ENGINE_WORDS[setting.raw.trim().toLowerCase()];
    return id ? { id, start: setting.valueStart, end: setting.valueEnd } : undefined;
  }
  if (kind !== 'host') return undefined;
  // A URL's host, or the value itself.
  const host = setting.raw.replace(/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?/i, '');
  const m = RDS_HOST.exec(host);
  if (!m?.[1]) return undefined;
  const hints = [...m[1].toLowerCase().matchAll(HOST_ENGINE)];
  const families = new Set(hints.map((h) => FAMILY[ENGINE_WORDS[h[1] ?? ''] ?? '']));
  const hint = hints[0];
  if (!hint?.[1] || families.size !== 1) return undefined;
  const id = ENGINE_WORDS[hint[1]];
  const offset = setting.raw.length - host.length + (hint.index ?? 0) + (hint[0].startsWith('-') ? 1 : 0);
  return id ? { id, start: setting.valueStart + offset, end: setting.valueStart + offset + hint[1].length } : undefined;
}

/** A port the setting states: a port key's number, or the `:port` of a host key's value. */
function portOf(setting: Setting, kind: Kind): boolean {
  if (kind === 'port') return numberOf(setting.raw.trim()) !== undefined;
  return kind === 'host' && /[A-Za-z\]]:\d{2,5}(?:\/|$)/.test(setting.raw);
}

/**
 * Sibling settings that name one engine and its port: a group spanning the engine and port entries,
 * the engine given as an `engine` value for the engine/port check.
 */
function engineGroup(settings: readonly Setting[], bareAllowed: boolean, at: number, found: Found): void {
  const byPrefix = new Map<string, { engines: Array<{ id: string; start: number; end: number; setting: Setting }>; ports: Setting[] }>();
  for (const setting of settings) {
    const role = roleOf(setting.norm);
    if (!role || (role.prefix === '' && !bareAllowed)) continue;
    const entry = byPrefix.get(role.prefix) ?? { engines: [], ports: [] };
    const engine = engineOf(setting, role.kind);
    if (engine) entry.engines.push({ ...engine, setting });
    if (portOf(setting, role.kind)) entry.ports.push(setting);
    byPrefix.set(role.prefix, entry);
  }
  for (const { engines, ports } of byPrefix.values()) {
    const families = new Set(engines.map((e) => FAMILY[e.id]));
    if (families.size !== 1 || ports.length === 0) continue;
    const members = [...engines.map((e) => e.setting), ...ports];
    const start = Math.min(...members.map((s) => s.start));
    const end = Math.max(...members.map((s) => s.end));
    found.resources.push({ start: at + start, end: at + end, resourceType: '', name: '' });
    for (const e of engines) found.values.push({ key: e.setting.key, normalizedKey: 'engine', raw: e.id, start: at + e.start, end: at + e.end });
    // An env list's port is written under `value:`: give it its variable's name, so it is read as a port.
    for (const p of ports) {
      const number = numberOf(p.raw.trim());
      if (number !== undefined) found.values.push({ key: p.key, normalizedKey: p.norm, raw: p.raw, number, start: at + p.valueStart, end: at + p.valueEnd });
    }
  }
}

const MAX_DEPTH = 64;

function walk(node: unknown, parent: string | undefined, depth: number, code: string, at: number, found: Found): void {
  if (depth > MAX_DEPTH) return;
  if (isMap(node)) {
    attributeList(node, code, at, found);
    composeService(node, code, at, found);
    const bareAllowed = parent !== undefined && !ENVIRONMENT_KEYS.test(parent);
    engineGroup(mapSettings(node, code), bareAllowed, at, found);
    for (const pair of node.items) {
      const key = keyOf(pair);
      if (!isScalar(pair.value)) walk(pair.value, key ? normalizeKey(key.text) : undefined, depth + 1, code, at, found);
    }
  } else if (isSeq(node)) {
    engineGroup(listSettings(node, code), false, at, found);
    for (const item of node.items) walk(item, parent, depth + 1, code, at, found);
  }
}

/** A JSON scalar's text and range (string content without its quotes), fence-relative. */
function jsonScalar(node: JsonNode | undefined, code: string): { start: number; end: number; raw: string } | undefined {
  if (!node || (node.type !== 'string' && node.type !== 'number')) return undefined;
  const start = node.type === 'string' ? node.offset + 1 : node.offset;
  const end = node.type === 'string' ? node.offset + node.length - 1 : node.offset + node.length;
  return end > start ? { start, end, raw: code.slice(start, end) } : undefined;
}

/** A JSON object's settings with scalar values; an array's `{ "name": …, "value": … }` items (ECS `environment`). */
function jsonSettings(node: JsonNode, code: string): Setting[] {
  const out: Setting[] = [];
  if (node.type === 'object') {
    for (const p of node.children ?? []) {
      const [keyNode, valueNode] = p.children ?? [];
      const v = jsonScalar(valueNode, code);
      if (keyNode && typeof keyNode.value === 'string' && v) out.push({ key: keyNode.value, norm: normalizeKey(keyNode.value), start: keyNode.offset, end: v.end, raw: v.raw, valueStart: v.start, valueEnd: v.end });
    }
  } else if (node.type === 'array') {
    for (const item of node.children ?? []) {
      if (item.type !== 'object') continue;
      let name: string | undefined;
      let value: { start: number; end: number; raw: string } | undefined;
      for (const p of item.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k?.value === 'name' && v?.type === 'string' && typeof v.value === 'string') name = v.value;
        else if (k?.value === 'value') value = jsonScalar(v, code);
      }
      if (name !== undefined && value) out.push({ key: name, norm: normalizeKey(name), start: item.offset, end: item.offset + item.length, raw: value.raw, valueStart: value.start, valueEnd: value.end });
    }
  }
  return out;
}

function walkJson(node: JsonNode, parent: string | undefined, depth: number, code: string, at: number, found: Found): void {
  if (depth > MAX_DEPTH) return;
  const bareAllowed = node.type === 'object' && parent !== undefined && !ENVIRONMENT_KEYS.test(parent);
  engineGroup(jsonSettings(node, code), bareAllowed, at, found);
  if (node.type === 'object') {
    for (const p of node.children ?? []) {
      const [k, v] = p.children ?? [];
      if (v && (v.type === 'object' || v.type === 'array')) walkJson(v, typeof k?.value === 'string' ? normalizeKey(k.value) : undefined, depth + 1, code, at, found);
    }
  } else if (node.type === 'array') for (const item of node.children ?? []) if (item.type === 'object' || item.type === 'array') walkJson(item, parent, depth + 1, code, at, found);
}

/** The engine/port groups of a JSON fence (an ECS task definition's `environment`, a config object); a template is left alone. */
export function withJsonSettings(fence: IacFence, code: string, at: number): IacFence {
  if (fence.resources.length > 0 || code.length > MAX_FENCE || !CUE.test(code) || jsonTooDeep(code)) return fence;
  const found: Found = { resources: [], values: [] };
  try {
    const root = parseTree(code, [], { allowTrailingComma: true, disallowComments: false });
    if (root) walkJson(root, undefined, 0, code, at, found);
  } catch {
    return fence;
  }
  return merged(fence, found);
}

/** `KEY=value`, `export KEY="value"` on one line of an env file, a shell script or a properties file. */
const LINE_SETTING = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#;'"]+))/;

/** The `KEY=value` lines of a fence, as settings (at most one per line). */
function lineSettings(code: string): Setting[] {
  const out: Setting[] = [];
  let start = 0;
  while (start < code.length) {
    const nl = code.indexOf('\n', start);
    const end = nl === -1 ? code.length : nl;
    const m = LINE_SETTING.exec(code.slice(start, end));
    const key = m?.[1];
    const raw = m?.[2] ?? m?.[3] ?? m?.[4];
    if (m && key !== undefined && raw !== undefined && raw !== '') {
      const valueStart = start + m[0].length - raw.length - (m[4] === undefined ? 1 : 0);
      out.push({ key, norm: normalizeKey(key), start: start + m[0].lastIndexOf(key, m[0].indexOf('=')), end: valueStart + raw.length, raw, valueStart, valueEnd: valueStart + raw.length });
    }
    start = end + 1;
  }
  return out;
}

/** The engine/port groups of `KEY=value` lines (`DB_ENGINE=postgres`, `DB_PORT=3306`); a fence with resources is left alone. */
export function withLineSettings(fence: IacFence, code: string, at: number): IacFence {
  if (fence.resources.length > 0 || code.length > MAX_FENCE || !CUE.test(code)) return fence;
  const found: Found = { resources: [], values: [] };
  engineGroup(lineSettings(code), false, at, found);
  return merged(fence, found);
}

/**
 * A YAML fence's reading with the settings above added: new resources (none when the fence has
 * CloudFormation resources of its own) and the values inside them in place of the reader's.
 */
export function withSettings(fence: IacFence, code: string, at: number): IacFence {
  if (fence.resources.length > 0 || code.length > MAX_FENCE || !CUE.test(code) || tooDeep(code)) return fence;
  const found: Found = { resources: [], values: [] };
  try {
    for (const doc of parseAllDocuments(code, { uniqueKeys: false, strict: false, prettyErrors: false })) walk(doc.contents, undefined, 0, code, at, found);
  } catch {
    return fence;
  }
  return merged(fence, found);
}

/** The fence's reading with the found resources, and their values in place of the reader's. */
function merged(fence: IacFence, found: Found): IacFence {
  if (found.resources.length === 0) return fence;
  // Resources in order, never overlapping (a group inside an annotation's map cannot overlap it, but stay safe).
  const resources: IacResource[] = [];
  for (const r of found.resources.sort((a, b) => a.start - b.start)) {
    const last = resources[resources.length - 1];
    if (!last || r.start >= last.end) resources.push(r);
  }
  const inside = (v: IacValue): boolean => resources.some((r) => r.start <= v.start && v.end <= r.end);
  const added = found.values.filter(inside);
  const replaced = (v: IacValue): boolean => added.some((a) => a.start < v.end && v.start < a.end);
  const values = [...fence.values.filter((v) => !replaced(v)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  return { resources, values };
}

/**
 * The ports a settings group states under a port key (`- name: DB_PORT` / `value: "3306"`), which
 * the port recogniser cannot see in the text: only in a group (resource type ''), never elsewhere.
 */
export function settingPorts(resourceType: string | undefined, values: readonly IacValue[]): PortMention[] {
  // A database construct's or template's `Port` (`.port(1433)` in a Java builder, `Port: jsii.Number(1433)` in Go) is its listener's.
  if (resourceType !== undefined && DATABASE_TYPES.test(resourceType)) return databasePorts(values);
  if (resourceType !== '') return [];
  const out: PortMention[] = [];
  for (const v of values) {
    if (v.number === undefined || !Number.isInteger(v.number) || v.number < 1 || v.number > 65535 || roleOf(v.normalizedKey)?.kind !== 'port') continue;
    out.push({ start: v.start, end: v.end, port: v.number, form: 'keyword' });
  }
  return out;
}

const DATABASE_TYPES = /^AWS::RDS::DB(?:Instance|Cluster)$/;

/** The digits of a port value written inside a wrapper (`jsii.Number(5432)`), so a fix replaces the number alone. */
function portSpan(v: IacValue, port: number): { readonly start: number; readonly end: number } {
  const digits = String(port);
  const at = v.raw.lastIndexOf(digits);
  return at >= 0 && v.raw.length === v.end - v.start ? { start: v.start + at, end: v.start + at + digits.length } : { start: v.start, end: v.end };
}

/** The `Port` values of a database resource, as port mentions. */
function databasePorts(values: readonly IacValue[]): PortMention[] {
  const out: PortMention[] = [];
  for (const v of values) {
    if (v.normalizedKey !== 'port' || v.number === undefined || !Number.isInteger(v.number) || v.number < 1 || v.number > 65535) continue;
    out.push({ ...portSpan(v, v.number), port: v.number, form: 'keyword' });
  }
  return out;
}
