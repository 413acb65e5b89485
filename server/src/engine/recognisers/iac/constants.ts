/**
 * Named constants in program fences as limit values: Go `const` blocks (`MaxRetention = 7 * 24 *
 * time.Hour // SQS retention`), TypeScript `const MAX_MESSAGE_BYTES = 256 * 1024;`, Python
 * `RETENTION = timedelta(days=14)`, Java `Duration.ofMinutes(15)`, Kotlin, C#, Rust. The expression is
 * evaluated by a small arithmetic reader (numbers, `+ - * / <<`, brackets, time and size factories,
 * constants defined earlier in the fence; no `eval`). The unit comes from the expression (`time.Hour`,
 * `timedelta(days=…)`) or, for a bare number, from the name (`_BYTES`, `_SECONDS`, `Ms`).
 *
 * What the value sets comes from words: the name split into words, its trailing comment and the comment
 * lines right above it. Their service (or the one service the fence's comments name) and one registered
 * attribute whose words they hold (`assertions/registry.ts`, the words prose is bound with) give the
 * fact; any other attribute noun, a negation, a past tense or another cloud's name leaves it unbound.
 */
import { registeredAttributes } from '../../assertions/registry';
import { getService, requireFact, SERVICES } from '../../../facts/catalog';
import type { FactUnit } from '../../../facts/types';
import { findServices } from '../services';
import { serviceOfModule } from './resource-services';
import { MAX_FENCE, type BoundValue, type IacFence, type IacValue } from './types';

export const CONSTANT_LANGS = /^(?:go|golang|ts|typescript|tsx|js|javascript|jsx|mjs|py|python|python3|java|kotlin|kt|kts|cs|csharp|c#|rust|rs|scala)$/;

export type Dimension = 'none' | 'duration' | 'size';

export interface Amount {
  readonly n: number;
  readonly dim: Dimension;
}

const DURATION_NAMES: Readonly<Record<string, number>> = {
  nanosecond: 1e-9, nanoseconds: 1e-9, nanos: 1e-9, ns: 1e-9,
  microsecond: 1e-6, microseconds: 1e-6, micros: 1e-6,
  millisecond: 0.001, milliseconds: 0.001, millis: 0.001, ms: 0.001, msec: 0.001,
  second: 1, seconds: 1, secs: 1, sec: 1,
  minute: 60, minutes: 60, mins: 60,
  hour: 3600, hours: 3600, hrs: 3600,
  day: 86_400, days: 86_400,
  week: 604_800, weeks: 604_800,
};

const SIZE_NAMES: Readonly<Record<string, number>> = {
  byte: 1, bytes: 1,
  kb: 1024, kib: 1024, kibibytes: 1024, kilobytes: 1024,
  mb: 1024 ** 2, mib: 1024 ** 2, mebibytes: 1024 ** 2, megabytes: 1024 ** 2,
  gb: 1024 ** 3, gib: 1024 ** 3, gibibytes: 1024 ** 3, gigabytes: 1024 ** 3,
  tb: 1024 ** 4, tib: 1024 ** 4, tebibytes: 1024 ** 4, terabytes: 1024 ** 4,
};

/** The unit a word of a name or a factory's name states. */
export function unitOfWord(word: string): Amount | undefined {
  const w = word.toLowerCase();
  if (DURATION_NAMES[w] !== undefined) return { n: DURATION_NAMES[w], dim: 'duration' };
  if (SIZE_NAMES[w] !== undefined) return { n: SIZE_NAMES[w], dim: 'size' };
  return undefined;
}

// ---- tokens --------------------------------------------------------------------------------------

interface Token {
  readonly kind: 'ident' | 'number' | 'punct' | 'string';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const isIdentStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const TWO_CHAR = new Set(['<<', '>>', '**', '::', '==', '=>', '<=', '>=', '!=', ':=', '->', '&&', '||']);

/** Tokens of one line up to its comment; `comment` is the comment's text ('' when none). */
function tokenizeLine(line: string, hashComments: boolean): { tokens: Token[]; comment: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) i++;
    else if ((c === 47 && line.charCodeAt(i + 1) === 47) || (hashComments && c === 35)) return { tokens, comment: line.slice(i + (c === 35 ? 1 : 2)) };
    else if (c === 47 && line.charCodeAt(i + 1) === 42) {
      const end = line.indexOf('*/', i + 2);
      if (end === -1) return { tokens, comment: line.slice(i + 2) };
      i = end + 2;
    } else if (c === 34 || c === 39 || c === 96) {
      const end = line.indexOf(line[i] ?? '"', i + 1);
      const stop = end === -1 ? line.length : end + 1;
      tokens.push({ kind: 'string', text: line.slice(i, stop), start: i, end: stop });
      i = stop;
    } else if (isDigit(c)) {
      const start = i;
      if (c === 48 && (line[i + 1] === 'x' || line[i + 1] === 'X')) {
        i += 2;
        while (i < line.length && /[0-9a-fA-F_]/.test(line[i] ?? '')) i++;
      } else {
        while (i < line.length && (isDigit(line.charCodeAt(i)) || line[i] === '_')) i++;
        if (line[i] === '.' && isDigit(line.charCodeAt(i + 1))) {
          i++;
          while (i < line.length && (isDigit(line.charCodeAt(i)) || line[i] === '_')) i++;
        }
        if ((line[i] === 'e' || line[i] === 'E') && isDigit(line.charCodeAt(i + 1))) {
          i++;
          while (i < line.length && isDigit(line.charCodeAt(i))) i++;
        }
      }
      // Java `1024L`, Rust `900u64`, C# `10UL`, Kotlin `5f`: a type suffix.
      const suffix = /^(?:[lL]{1,2}|[uU][lL]?|[fFdDmM]|u8|u16|u32|u64|u128|usize|i32|i64|i128|f32|f64)(?![\w])/.exec(line.slice(i, i + 6));
      tokens.push({ kind: 'number', text: line.slice(start, i), start, end: i });
      if (suffix) i += suffix[0].length;
    } else if (isIdentStart(c) || c === 36) {
      const start = i;
      while (i < line.length && (isIdentStart(line.charCodeAt(i)) || isDigit(line.charCodeAt(i)) || line[i] === '$')) i++;
      tokens.push({ kind: 'ident', text: line.slice(start, i), start, end: i });
    } else {
      const two = line.slice(i, i + 2);
      const text = TWO_CHAR.has(two) ? two : (line[i] ?? '');
      tokens.push({ kind: 'punct', text, start: i, end: i + text.length });
      i += text.length;
    }
  }
  return { tokens, comment: '' };
}

// ---- the arithmetic ------------------------------------------------------------------------------

/** Classes whose factories make a duration or a size: Java/Kotlin/CDK/Rust `Duration`, C# `TimeSpan`, CDK `Size`. */
const FACTORY_OWNERS = new Set(['Duration', 'TimeSpan', 'Size']);

/** Calls that convert a number without changing it: Go `time.Duration`, jsii, the Go SDK's pointer helpers, Java boxing. */
const CONVERSIONS = new Set(['time.Duration', 'jsii.Number', 'aws.Int', 'aws.Int32', 'aws.Int64', 'aws.Float64', 'Integer.valueOf', 'Long.valueOf']);

/**
 * A recursive-descent reader over one expression's tokens: `+ - * / << >>`, brackets, numbers, unit
 * terms (`time.Hour`, `Duration.ofMinutes(15)`, `timedelta(days=14)`, `15.minutes`) and names of
 * constants defined earlier. Undefined for anything else (a call, a string, an unknown name).
 */
class Arithmetic {
  private i = 0;
  private shifts = false;
  private sums = false;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly known: ReadonlyMap<string, Amount>,
  ) {}

  read(): Amount | undefined {
    const value = this.sum(0);
    // `1 << 20 + 1` groups differently in Go and in C-like languages: mixed, it is not read.
    if (!value || this.i !== this.tokens.length || (this.shifts && this.sums)) return undefined;
    return Number.isFinite(value.n) ? value : undefined;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private punct(text: string): boolean {
    const t = this.peek();
    if (t?.kind === 'punct' && t.text === text) {
      this.i++;
      return true;
    }
    return false;
  }

  private sum(depth: number): Amount | undefined {
    if (depth > 16) return undefined;
    let left = this.product(depth);
    for (;;) {
      if (!left) return undefined;
      const t = this.peek();
      if (t?.kind !== 'punct' || (t.text !== '+' && t.text !== '-')) return left;
      this.i++;
      this.sums = true;
      const right = this.product(depth);
      if (!right || (left.dim !== right.dim && left.n !== 0 && right.n !== 0)) return undefined;
      left = { n: t.text === '+' ? left.n + right.n : left.n - right.n, dim: left.dim === 'none' ? right.dim : left.dim };
    }
  }

  private product(depth: number): Amount | undefined {
    let left = this.unary(depth);
    for (;;) {
      if (!left) return undefined;
      const t = this.peek();
      if (t?.kind !== 'punct' || !['*', '/', '<<', '>>'].includes(t.text)) return left;
      this.i++;
      const right = this.unary(depth);
      if (!right) return undefined;
      if (t.text === '*') {
        if (left.dim !== 'none' && right.dim !== 'none') return undefined;
        left = { n: left.n * right.n, dim: left.dim === 'none' ? right.dim : left.dim };
      } else if (t.text === '/') {
        if (right.dim !== 'none' || right.n === 0) return undefined;
        left = { n: left.n / right.n, dim: left.dim };
      } else {
        this.shifts = true;
        if (right.dim !== 'none' || left.dim !== 'none' || right.n < 0 || right.n > 60 || !Number.isInteger(right.n)) return undefined;
        left = { n: t.text === '<<' ? left.n * 2 ** right.n : Math.floor(left.n / 2 ** right.n), dim: 'none' };
      }
    }
  }

  private unary(depth: number): Amount | undefined {
    if (this.punct('-')) {
      const v = this.unary(depth + 1);
      return v && { n: -v.n, dim: v.dim };
    }
    return this.primary(depth);
  }

  private primary(depth: number): Amount | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.kind === 'punct' && t.text === '(') {
      this.i++;
      const inner = this.sum(depth + 1);
      return inner && this.punct(')') ? inner : undefined;
    }
    if (t.kind === 'number') {
      this.i++;
      const n = Number(t.text.replace(/_/g, ''));
      if (!Number.isFinite(n)) return undefined;
      // Kotlin `15.minutes`, Ruby-like `7.days`: a unit property of the number.
      const dot = this.peek();
      const unit = this.tokens[this.i + 1];
      if (dot?.kind === 'punct' && dot.text === '.' && unit?.kind === 'ident') {
        const u = unitOfWord(unit.text);
        if (!u) return undefined;
        this.i += 2;
        return { n: n * u.n, dim: u.dim };
      }
      return { n, dim: 'none' };
    }
    if (t.kind === 'ident') return this.named(depth);
    return undefined;
  }

  /** `time.Hour`, `Duration.ofMinutes(15)`, `Duration::from_secs(900)`, `timedelta(days=14)`, `time.Duration(5)`, a known constant. */
  private named(depth: number): Amount | undefined {
    const path: string[] = [];
    for (let t = this.peek(); t?.kind === 'ident'; t = this.peek()) {
      path.push(t.text);
      this.i++;
      const sep = this.peek();
      if (sep?.kind === 'punct' && (sep.text === '.' || sep.text === '::') && this.tokens[this.i + 1]?.kind === 'ident') this.i++;
      else break;
    }
    const name = path.join('.');
    const last = path[path.length - 1] ?? '';
    const owner = path.slice(0, -1).join('.');
    if (!this.punct('(')) {
      // Go `time.Hour`, `time.Millisecond`; a constant defined above.
      if (owner === 'time') return unitOfWord(last);
      return path.length === 1 ? this.known.get(name) : undefined;
    }
    // Go `time.Duration(n)`, jsii's `jsii.Number(n)`, the SDKs' `aws.Int32(n)`, Java `Long.valueOf(n)`: a
    // conversion, the number unchanged.
    if (CONVERSIONS.has(name)) {
      const inner = this.sum(depth + 1);
      return inner && this.punct(')') ? inner : undefined;
    }
    if (name === 'timedelta' || name === 'datetime.timedelta') return this.timedelta(depth);
    // Go CDK `awscdk.Duration_Hours(…)`, `awscdk.Size_Mebibytes(…)`: the factory's class and unit in one name.
    const joined = /^(Duration|Size)_([A-Za-z]{1,20})$/.exec(last);
    if (!joined && !FACTORY_OWNERS.has(path[path.length - 2] ?? '')) return undefined;
    // Java `ofMinutes`, C# `FromMinutes`, Rust `from_secs`, CDK `minutes` / `mebibytes`, C# CDK `Hours`.
    const word = (joined?.[2] ?? last).replace(/^(?:of|From|from_)/, '').toLowerCase();
    const unit = unitOfWord(word);
    if (!unit) return undefined;
    const inner = this.sum(depth + 1);
    if (!inner || inner.dim !== 'none' || !this.punct(')')) return undefined;
    return { n: inner.n * unit.n, dim: unit.dim };
  }

  /** Python `timedelta(days=14, hours=2)` or `timedelta(14)` (days). */
  private timedelta(depth: number): Amount | undefined {
    let total = 0;
    let position = 0;
    const POSITIONAL = [86_400, 1, 1e-6, 0.001, 60, 3600, 604_800];
    while (!this.punct(')')) {
      const key = this.peek();
      let factor: number | undefined;
      if (key?.kind === 'ident' && this.tokens[this.i + 1]?.text === '=') {
        factor = DURATION_NAMES[key.text.toLowerCase()];
        this.i += 2;
      } else factor = POSITIONAL[position++];
      const v = this.sum(depth + 1);
      if (factor === undefined || !v || v.dim !== 'none') return undefined;
      total += v.n * factor;
      if (!this.punct(',') && this.peek()?.text !== ')') return undefined;
    }
    return { n: total, dim: 'duration' };
  }
}

/**
 * The value of one expression written in a program (`Duration.hours(18)`, `awscdk.Duration_Hours(jsii.Number(18))`,
 * `Duration.ofDays(15)`, `TimeSpan.FromHours(18)`, `18 * time.Hour`, `timedelta(days=15)`, `10 * 1024`), with its
 * dimension; undefined for anything the arithmetic does not read. `hashComments`: a `#` starts a comment.
 */
export function evaluate(text: string, hashComments = false, known: ReadonlyMap<string, Amount> = new Map()): Amount | undefined {
  if (text.length > 200) return undefined;
  const { tokens } = tokenizeLine(text.replace(/[\r\n]/g, ' '), hashComments);
  return tokens.length === 0 ? undefined : new Arithmetic(tokens, known).read();
}

// ---- declarations --------------------------------------------------------------------------------

const MODIFIERS = new Set(['export', 'public', 'private', 'protected', 'internal', 'static', 'final', 'readonly', 'const', 'let', 'var', 'val', 'pub', 'declare', 'override', 'lateinit', 'constexpr']);
const DECLARES = new Set(['const', 'let', 'var', 'val', 'final', 'readonly', 'static']);

interface Declaration {
  readonly name: string;
  /** Token index range of the expression. */
  readonly expression: Token[];
  readonly comment: string;
}

/**
 * `const X = …`, `static final long X = …`, `X: int = …`, a Go `X = …` inside `const (`: the name and
 * the expression's tokens (to `;` or the line's end), or undefined.
 */
function declarationOf(tokens: readonly Token[], comment: string, go: boolean, inGoBlock: boolean, python: boolean): Declaration | undefined {
  const eq = tokens.findIndex((t) => t.kind === 'punct' && t.text === '=');
  if (eq < 1) return undefined;
  const left = tokens.slice(0, eq);
  const declared = left.some((t) => t.kind === 'ident' && DECLARES.has(t.text));
  const firstIdent = left.find((t) => t.kind === 'ident' && !MODIFIERS.has(t.text));
  if (!firstIdent) return undefined;
  let name: string | undefined;
  const colon = left.findIndex((t) => t.kind === 'punct' && t.text === ':');
  if (go) {
    if (!inGoBlock && !(left[0]?.text === 'const' || left[0]?.text === 'var')) return undefined;
    name = firstIdent.text;
  } else if (colon > 0) name = left[colon - 1]?.kind === 'ident' ? left[colon - 1]?.text : undefined;
  else name = [...left].reverse().find((t) => t.kind === 'ident')?.text;
  // A name longer than any real constant's is not read (its words are split with a backtracking pattern).
  if (!name || name.length > 80 || MODIFIERS.has(name)) return undefined;
  // Without a declaring keyword only a constant's name (UPPER_CASE), as Python writes module constants.
  if (!go && !declared && !(python && /^[A-Z][A-Z0-9_]*$/.test(name) && /[A-Z]{2}/.test(name))) return undefined;
  let end = tokens.length;
  const semi = tokens.findIndex((t, i) => i > eq && t.kind === 'punct' && t.text === ';');
  if (semi >= 0) end = semi;
  return { name, expression: tokens.slice(eq + 1, end), comment };
}

/** `MaxMessageBytes`, `MAX_MESSAGE_BYTES`, `lambda-timeout` → its words. */
export function wordsOf(name: string): string[] {
  const words: string[] = [];
  let word = '';
  const kind = (c: string): 'upper' | 'lower' | 'digit' | 'other' => (c >= 'A' && c <= 'Z' ? 'upper' : c >= 'a' && c <= 'z' ? 'lower' : c >= '0' && c <= '9' ? 'digit' : 'other');
  for (let i = 0; i < name.length; i++) {
    const c = name[i] ?? '';
    const k = kind(c);
    if (k === 'other') {
      if (word) words.push(word);
      word = '';
      continue;
    }
    const previous = kind(name[i - 1] ?? '');
    // `maxMessage`, `S3Max`: a capital after a small letter or a digit; `HTTPServer`: the last capital of a run before a small letter.
    const startsWord = k === 'upper' && (previous === 'lower' || previous === 'digit' || (previous === 'upper' && kind(name[i + 1] ?? '') === 'lower'));
    if (startsWord && word) {
      words.push(word);
      word = '';
    }
    word += c;
  }
  if (word) words.push(word);
  return words;
}

/** A comment that speaks of something else or of the past: nothing in it binds. */
/** Whether words speak of something else or of the past (a contrast, another cloud, an old figure). */
export const speaksOfOther = (words: string): boolean => NOT_A_STATEMENT.test(words);

const NOT_A_STATEMENT = /\b(?:not|no|never|unlike|instead|than|vs\.?|versus|was|were|used\s+to|old|older|legacy|previous(?:ly)?|formerly|until|before|azure|gcp|google|pub\/?sub|kafka|rabbitmq|service\s+bus|event\s+hubs?|blob|cloud\s+(?:run|functions|storage)|oci|alibaba)\b/i;
/** Attribute nouns of settings no pack fact binds here; one left beside the attribute's own words names another setting. */
const OTHER_NOUNS = /\b(?:batch(?:es)?|window|interval|ttl|latency|cooldown|backoff|deadline|jitter|heartbeat|grace|idle|poll(?:ing)?|lease|lock|cache[ds]?|sleep|retry|retries|tick|refresh|expiry|age|budget|buffer|throttle|rate|chunk|parts?|page|requests?|response|connect(?:ion)?|read|write|keepalive|session|token|upload|download|header|body|logs?|records?|events?|objects?|files?|items?|poll|wait|delay|burst|concurrency|quota|total|sum|per|each|every)\b/gi;
export const MODALITY_WORDS: ReadonlyArray<readonly [RegExp, BoundValue['modality']]> = [
  [/\b(?:max(?:imum)?|limit|ceiling|cap|upper)\b/i, 'maximum'],
  [/\b(?:min(?:imum)?|floor|lower)\b/i, 'minimum'],
  [/\bdefaults?\b/i, 'default'],
];

const UNIT_FACTORS: Partial<Record<FactUnit, Dimension>> = {
  milliseconds: 'duration', seconds: 'duration', minutes: 'duration', hours: 'duration', days: 'duration', years: 'duration',
  bytes: 'size', KiB: 'size', MiB: 'size', GiB: 'size', TiB: 'size', KB: 'size', MB: 'size', GB: 'size', TB: 'size',
};

export function dimensionOfFact(id: string): Dimension {
  const v = requireFact(id).value;
  return v.type === 'range' || v.type === 'number' ? (UNIT_FACTORS[v.unit] ?? 'none') : 'none';
}

function matches(id: string, services: readonly string[]): boolean {
  if (services.includes(id)) return true;
  const parent = getService(id)?.parent;
  return parent !== undefined && services.includes(parent);
}

/**
 * Open-source software an AWS service runs or resembles: in a name (`POSTGRES_PORT`, `REDIS_TIMEOUT`,
 * `KAFKA_RETENTION_HOURS`) it names the software the program talks to, not the AWS service.
 */
const SOFTWARE_WORDS = new Set([
  'postgres', 'postgresql', 'pg', 'mysql', 'mariadb', 'redis', 'valkey', 'memcached', 'kafka', 'rabbitmq', 'activemq', 'mongo', 'mongodb',
  'elasticsearch', 'cassandra', 'spark', 'hadoop', 'flink', 'kubernetes', 'k8s', 'influxdb', 'lustre', 'oracle', 'mssql', 'nfs', 'sftp', 'mqtt', 'cdn',
]);

/** Names of a service's parts that a program's own settings use for its own client (`PAYMENTS_HTTP_API_TIMEOUT_MS`, `API_KEY_TTL`). */
const CLIENT_PHRASES = new Set(['http api', 'rest api', 'websocket api', 'api key', 'health check', 'health checks', 'data transfer', 'user data', 'custom endpoint', 'cluster endpoint']);

let phrases: Map<string, string> | undefined;

/** A service's names of two or more words that are no ordinary phrase (`cloudwatch logs` → CloudWatch Logs), lower-cased. */
function phraseServices(): Map<string, string> {
  if (phrases) return phrases;
  const map = new Map<string, string>();
  for (const card of SERVICES) {
    const generic = new Set([...(card.ambiguousAliases ?? []), ...(card.contextualAliases ?? [])]);
    for (const alias of card.aliases) {
      // Only names with a capital: "CloudWatch Logs", "API Gateway"; not "log group" or "health check".
      if (!/\s/.test(alias) || generic.has(alias) || !/[A-Z]/.test(alias) || /[^\w\s]/.test(alias)) continue;
      const key = alias.toLowerCase();
      if (!map.has(key)) map.set(key, card.id);
    }
  }
  phrases = map;
  return map;
}

/**
 * The services a name's own words name: `KINESIS_RETENTION_HOURS`, `sqsVisibilityTimeout`,
 * `step_functions_timeout`. Upper-case words are read in lower case, where only the service names
 * people type that way count (`kinesis`, `sqs`, `lambda`; not `DR` or `ADS`), and windows of one to
 * three words are also read capitalised (`Step Functions`, `Athena`), at a sentence start, where an
 * ordinary word that is also a name (`Config`, `Glue`) does not count. Open-source software words count for nothing.
 */
export function nameServices(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  const lower = words.map((w) => w.toLowerCase());
  // In an all-caps name every word is capitals: `DR` or `ADS` there is no acronym of a service.
  const asWritten = words.some((w) => /[a-z]/.test(w));
  for (let size = 1; size <= 3; size++) {
    for (let i = 0; i + size <= words.length; i++) {
      const part = lower.slice(i, i + size);
      if (part.some((w) => SOFTWARE_WORDS.has(w)) || CLIENT_PHRASES.has(part.join(' '))) continue;
      const forms = new Set([part.join(' '), part.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')]);
      // `CLOUDWATCH_LOGS`, `API_GATEWAY`: a service name of several words, in any case.
      const phrase = size > 1 ? phraseServices().get(part.join(' ')) : undefined;
      if (phrase) out.add(phrase);
      if (asWritten) forms.add(words.slice(i, i + size).join(' '));
      for (const form of forms) {
        for (const m of findServices(form, 0)) if (m.start === 0 && m.end === form.length) out.add(m.serviceId);
      }
    }
  }
  // "SQS FIFO queue" is about the FIFO queue: a parent named beside its child is the child's.
  for (const id of [...out]) {
    const parent = getService(id)?.parent;
    if (parent !== undefined && out.has(parent)) out.delete(parent);
  }
  return out;
}

/**
 * The fact a name (its words) and the words around it (a trailing comment, comment lines above) set,
 * with a dimension the value has. The service is the one the name's own words name; else the one
 * the comments name; else the one the fence's comments name.
 */
export function bindName(
  name: readonly string[],
  amount: Amount,
  comments: string,
  fenceService: string | undefined,
  attributeFromName = false,
): { fact: string; service: string } | undefined {
  const said = `${attributeWords(name, amount)} ${comments}`;
  if (NOT_A_STATEMENT.test(said)) return undefined;
  // A setting's key must name the attribute itself (`X=1200 # Lambda timeout` is no Lambda timeout); its comments may name the service.
  const words = attributeFromName ? attributeWords(name, amount) : said;
  const own = nameServices(name);
  if (own.size > 1) return undefined;
  const around = new Set(findServices(comments, 0).map((s) => s.serviceId));
  if (own.size === 0 && around.size > 1) return undefined;
  const service = own.size === 1 ? [...own][0] : around.size === 1 ? [...around][0] : fenceService;
  const bound = service === undefined ? undefined : bindWords(words, amount.dim, service);
  // A setting whose service only its comments name is the service's when its key is the attribute and nothing
  // else (`TIMEOUT_SECONDS=1200` under `# Lambda`); `HTTP_TIMEOUT_SECONDS` there is the program's client's.
  if (bound && attributeFromName && own.size === 0 && around.size === 1 && /\w/.test(bound.rest.replace(BARE_SETTING_WORDS, ' '))) return undefined;
  return bound && { fact: bound.fact, service: bound.service };
}

/** Words a setting's key may hold beside its attribute's: a bound, a unit, an article. */
const BARE_SETTING_WORDS = /\b(?:max(?:imum)?|min(?:imum)?|defaults?|limit|in|the|of|size|aws)\b/gi;

/** The fact the words set for `service`, with a dimension the value has, and the words its attribute leaves. */
function bindWords(words: string, dim: Dimension, service: string): { fact: string; service: string; rest: string } | undefined {
  const facts = new Map<string, { fact: string; service: string; spans: Array<[number, number]>; rest: string }>();
  for (const { spec } of registeredAttributes()) {
    if (!matches(service, spec.services) || dimensionOfFact(spec.fact) !== dim) continue;
    if (!spec.attribute.test(words) || spec.notAttribute?.test(words) || (spec.requires && !spec.requires.test(words))) continue;
    // What is left once the attribute's own words are taken must not name another setting.
    const flags = spec.attribute.flags.includes('g') ? spec.attribute.flags : `${spec.attribute.flags}g`;
    const all = new RegExp(spec.attribute.source, flags);
    const spans = [...words.matchAll(all)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as [number, number]);
    const rest = words.replace(all, ' ');
    OTHER_NOUNS.lastIndex = 0;
    if (OTHER_NOUNS.test(rest)) continue;
    facts.set(spec.fact, { fact: spec.fact, service: spec.services.includes(service) ? service : (spec.services[0] ?? service), spans, rest });
  }
  // "memory size" names Lambda memory, though "size" alone would be /tmp: an attribute whose words lie inside another's gives way.
  const within = (a: Array<[number, number]>, b: Array<[number, number]>): boolean =>
    a.every(([s, e]) => b.some(([t, f]) => t <= s && e <= f && f - t > e - s));
  const kept = [...facts.values()].filter((f) => ![...facts.values()].some((g) => g !== f && within(f.spans, g.spans)));
  const [only] = kept;
  return kept.length === 1 && only ? { fact: only.fact, service: only.service, rest: only.rest } : undefined;
}

/** The unit a bare number takes from its name's last words (`_BYTES`, `TimeoutMs`, `RETENTION_DAYS`). */
export function unitOfName(words: readonly string[]): Amount | undefined {
  const last = words[words.length - 1];
  if (!last || words.length < 2) return undefined;
  // `_MIN` is more often "minimum" than "minutes", `_S` / `_B` too short to trust alone.
  return unitOfWord(last);
}

/** Words a unit name adds to the name ("bytes" → "size"), so "MaxMessageBytes" reads as "max message size". */
function attributeWords(words: readonly string[], amount: Amount): string {
  return words.map((w) => (unitOfWord(w) ? (amount.dim === 'size' ? 'size' : '') : (ABBREVIATIONS[w.toLowerCase()] ?? w))).join(' ');
}

/** Short forms names use for an attribute's words (`MAX_MSG_BYTES`). */
const ABBREVIATIONS: Readonly<Record<string, string>> = { msg: 'message', msgs: 'messages' };

/**
 * The AWS SDK a fence imports, by its package's service part: Rust `aws_sdk_sqs`, JavaScript `@aws-sdk/client-sqs`,
 * Go `aws-sdk-go-v2/service/sqs`, Java `software.amazon.awssdk.services.sqs`, Ruby `aws-sdk-sqs`, boto3 `client("sqs")`.
 */
const SDK_IMPORT = /\baws_sdk_([a-z0-9]{2,30})\b|@aws-sdk\/client-([a-z0-9-]{2,40})|aws-sdk-go(?:-v2)?\/service\/([a-z0-9]{2,30})|\bawssdk\.services\.([a-z0-9]{2,30})|\baws-sdk-([a-z0-9]{2,30})\b|\bboto3\.(?:client|resource)\([ \t]*["']([a-z0-9-]{2,40})["']/g;

/** The one service whose SDK a fence imports, or undefined (none, or several). */
function importedService(code: string): string | undefined {
  const found = new Set<string>();
  SDK_IMPORT.lastIndex = 0;
  for (let m = SDK_IMPORT.exec(code); m; m = SDK_IMPORT.exec(code)) {
    const module = (m.slice(1).find((g) => g !== undefined) ?? '').replace(/-/g, '');
    const id = serviceOfModule(module);
    if (id) found.add(id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether a name states an attribute in two words or more (`MAX_MESSAGE_BYTES` → message size; `TIMEOUT_MS` is one). */
function namesWholeAttribute(words: readonly string[], amount: Amount): boolean {
  return attributeWords(words, amount).split(/\s+/).filter((w) => w !== '' && !/^(?:max(?:imum)?|min(?:imum)?|defaults?|limit|aws)$/i.test(w)).length >= 2;
}

/** A named constant a fence declares, with the amount its expression evaluates to (in the unit its name gives a bare number). */
interface Declared {
  readonly line: { readonly start: number; readonly text: string };
  readonly declaration: Declaration;
  readonly words: string[];
  readonly amount: Amount;
  /** The comment lines right above it. */
  readonly lead: readonly string[];
}

/**
 * The named constants of a program fence in order (`const MAX_MSG: usize = 256 * 1024;`, a Go `const (` block), each
 * evaluated with the constants declared before it; `known` ends up holding them all by name. `fenceComments` gets
 * the text of all the fence's comments.
 */
function declaredConstants(code: string, lang: string, known: Map<string, Amount>, fenceComments?: (comments: string) => void): Declared[] {
  const go = lang === 'go' || lang === 'golang';
  const python = /^py/.test(lang);
  const out: Declared[] = [];
  const lines: Array<{ start: number; text: string }> = [];
  for (let s = 0; s <= code.length; ) {
    const n = code.indexOf('\n', s);
    const e = n === -1 ? code.length : n;
    lines.push({ start: s, text: code.slice(s, e) });
    if (n === -1) break;
    s = n + 1;
  }
  fenceComments?.(lines.map((l) => tokenizeLine(l.text, python).comment).join('\n'));
  let inGoBlock = false;
  let above: string[] = [];
  for (const line of lines) {
    const { tokens, comment } = tokenizeLine(line.text, python);
    if (tokens.length === 0) {
      // A comment line speaks for the declaration below it; a blank line ends that.
      above = comment.trim() === '' ? [] : [...above, comment];
      continue;
    }
    if (go && tokens.length === 2 && (tokens[0]?.text === 'const' || tokens[0]?.text === 'var') && tokens[1]?.text === '(') {
      inGoBlock = true;
      above = [];
      continue;
    }
    if (go && inGoBlock && tokens.length === 1 && tokens[0]?.text === ')') {
      inGoBlock = false;
      above = [];
      continue;
    }
    const declaration = declarationOf(tokens, comment, go, inGoBlock, python);
    const lead = above;
    above = [];
    if (!declaration || declaration.expression.length === 0) continue;
    const evaluated = new Arithmetic(declaration.expression, known).read();
    if (!evaluated) continue;
    const words = wordsOf(declaration.name);
    let amount = evaluated;
    if (amount.dim === 'none') {
      const unit = unitOfName(words);
      if (unit) amount = { n: amount.n * unit.n, dim: unit.dim };
    }
    known.set(declaration.name, amount);
    out.push({ line, declaration, words, amount, lead });
  }
  return out;
}

/** The named constants a program fence declares (`MAX_MSG` → 262144), for readers that meet them in a value. */
export function fenceConstants(code: string, lang: string): ReadonlyMap<string, Amount> {
  const known = new Map<string, Amount>();
  if (code.length <= MAX_FENCE && code.includes('=')) {
    try {
      declaredConstants(code, lang, known);
    } catch {
      known.clear();
    }
  }
  return known;
}

/** Adds named constants whose words bind them to a fact to a program fence's reading. */
export function withConstants(fence: IacFence, code: string, at: number, lang: string): IacFence {
  if (code.length > MAX_FENCE || !code.includes('=')) return fence;
  try {
    const added: IacValue[] = [];
    let fenceService: string | undefined;
    let imported: string | undefined;
    const declared = declaredConstants(code, lang, new Map(), (comments) => {
      // The one service the fence's comments name: the subject of constants whose own words name none.
      const fenceIds = new Set(findServices(comments, 0).map((m) => m.serviceId));
      fenceService = fenceIds.size === 1 ? [...fenceIds][0] : undefined;
    });
    for (const { line, declaration, words, amount, lead } of declared) {
      if (amount.dim === 'none') continue;
      // The SDK the fence imports names the service of a constant whose own name states the whole attribute.
      imported ??= importedService(code) ?? '';
      const service = fenceService ?? (imported !== '' && namesWholeAttribute(words, amount) ? imported : undefined);
      const bound = bindName(words, amount, `${declaration.comment} ${lead.join(' ')}`, service);
      if (!bound) continue;
      const modality = MODALITY_WORDS.find(([re]) => re.test(`${words.join(' ')} ${declaration.comment}`))?.[1] ?? 'stated';
      const first = declaration.expression[0] as Token;
      const last = declaration.expression[declaration.expression.length - 1] as Token;
      const raw = line.text.slice(first.start, last.end);
      // A bare number keeps its own unit (the name's), so a fix writes a number in that unit; an expression states its value itself.
      const written = declaration.expression.length === 1 && first.kind === 'number' ? Number(first.text.replace(/_/g, '')) : undefined;
      if (written === 0 || amount.n === 0) continue;
      added.push({
        key: declaration.name,
        normalizedKey: '',
        raw,
        number: written ?? amount.n,
        start: at + line.start + first.start,
        end: at + line.start + last.end,
        bound: { fact: bound.fact, service: bound.service, factor: written === undefined ? 1 : amount.n / written, modality },
      });
    }
    if (added.length === 0) return fence;
    const taken = added.map((v) => [v.start, v.end] as const);
    const values = [...fence.values.filter((v) => !taken.some(([s, e]) => v.start < e && s < v.end)), ...added].sort((a, b) => a.start - b.start);
    return { resources: fence.resources, values };
  } catch {
    return fence;
  }
}
