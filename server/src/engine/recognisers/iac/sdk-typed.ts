/**
 * AWS SDK requests in Go, Java, C# and Rust fences: the same operations as `sdk.ts` (SQS CreateQueue /
 * SetQueueAttributes, Lambda CreateFunction / UpdateFunctionConfiguration, …) in the forms these SDKs
 * write a request in:
 *
 * - Go v1/v2: a struct literal of the operation's input, `&sqs.SetQueueAttributesInput{ Attributes:
 *   map[string]string{"MessageRetentionPeriod": "2592000"} }`, `&lambda.UpdateFunctionConfigurationInput{
 *   Timeout: aws.Int32(1200) }`, typed map keys `string(types.QueueAttributeNameMessageRetentionPeriod)`;
 * - Java v2 builders, `UpdateFunctionConfigurationRequest.builder().timeout(1200).build()`, a consumer
 *   `lambda.updateFunctionConfiguration(r -> r.timeout(1200))`, v1 `new …Request().withTimeout(1200)`, and
 *   attribute maps `Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, "2592000")`;
 * - C# object initializers, `new SetQueueAttributesRequest { Attributes = new Dictionary<string, string>
 *   { ["MessageRetentionPeriod"] = "2592000" } }`, `{ { "VisibilityTimeout", "50000" } }`, `Timeout = 1200`;
 * - Rust fluent builders, `client.update_function_configuration().timeout(1200).send()`,
 *   `.attributes(QueueAttributeName::MessageRetentionPeriod, "2592000")`.
 *
 * The operation gives the resource type (its parameters are the CloudFormation properties of that name,
 * `attributes.ts`); a package qualifier that names another service (`cloudfront.CreateFunctionInput`), or a
 * fence that uses the SDK of a service whose operations share these names (DocumentDB and Neptune's
 * `ModifyDBCluster`), leaves the request unread. A small scanner like `sdk.ts`: linear in the fence, never throws.
 */
import { closing } from './cdk';
import { OPERATIONS } from './sdk';
import { MAX_FENCE, type IacFence, type IacResource, type IacValue } from './types';

/** Go, Java and Kotlin, C#, Rust: the languages whose SDK requests this file reads. */
export const TYPED_SDK_LANGS = /^(?:go|golang|java|kotlin|kt|kts|cs|csharp|c#|rust|rs)$/;

const norm = (name: string): string => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** Operation, lower-cased without separators (`setqueueattributes`, `createdbinstance`) → CloudFormation type. */
const BY_OPERATION = new Map(Object.entries(OPERATIONS).map(([snake, type]) => [norm(snake), type] as const));

/** The package names of each type's service (a Go qualifier, a Rust crate suffix), and other SDKs whose operations share its names. */
const SERVICE_OF_TYPE: Readonly<Record<string, { readonly packages: RegExp; readonly others: RegExp }>> = {
  'AWS::SQS::Queue': { packages: /^sqs$/i, others: /\b(?:mediaconvert|connect)\b|MediaConvert|Connect(?:Client)?\b/ },
  'AWS::Lambda::Function': { packages: /^lambda$/i, others: /\b(?:cloudfront|appsync)\b|CloudFront|AppSync/ },
  'AWS::Kinesis::Stream': { packages: /^kinesis$/i, others: /(?!)/ },
  'AWS::RDS::DBInstance': { packages: /^rds$/i, others: /\b(?:docdb|neptune)\b|DocDB|DocDb|Neptune/ },
  'AWS::RDS::DBCluster': { packages: /^rds$/i, others: /\b(?:docdb|neptune)\b|DocDB|DocDb|Neptune/ },
  'AWS::Logs::LogGroup': { packages: /^(?:cloudwatchlogs|logs)$/i, others: /(?!)/ },
};

/** A Go or C# literal of a request: `&sqs.SetQueueAttributesInput{`, `new SetQueueAttributesRequest {`, `new …Request() {`. */
const LITERAL = /(?:\b([a-z][a-z0-9]{0,30})\.)?\b([A-Z][A-Za-z0-9]{2,63}?)(?:Input|Request)\s*(?:\(\s*\)\s*)?\{/g;
/** A Java builder or v1 request: `SetQueueAttributesRequest.builder()`, `new SetQueueAttributesRequest()`. */
const BUILDER = /\b(?:([A-Z][A-Za-z0-9]{2,63}?)Request[ \t]*\.[ \t]*builder[ \t]*\([ \t]*\)|new[ \t]+([A-Z][A-Za-z0-9]{2,63}?)Request[ \t]*\()/g;
/** A Java consumer request `.updateFunctionConfiguration(r -> r…)`, a Rust fluent builder `.update_function_configuration()`. */
const METHOD = /\.([a-z][A-Za-z0-9_]{2,63})[ \t]*\([ \t]*(?:\)|([A-Za-z_]\w{0,20})[ \t]*->)/g;
/** A chained call `.name(…)` right after `at` (whitespace and line breaks between). */
const CHAINED = /^[ \t\r\n]*\.[ \t]*([A-Za-z_]\w{0,63})[ \t]*\(/;

/** A number as these SDKs pass it: `1200`, `"2592000"`, `aws.Int32(1200)`, `aws.String("50000")`, `1200L`, `1200_i32`, `Some(1200)`. */
const NUMBER = String.raw`(?:(?:aws\.(?:Int(?:32|64)?|String)|int(?:32|64)?|Integer\.valueOf|Long\.valueOf|Some)\([ \t]*)?(?<q>["']?)(?<n>\d{1,12})(?:L|_?[iu](?:32|64))?\k<q>\)?(?![\w.]|[ \t]*[-+*/%])`;
/** A field or a map entry: `Timeout: aws.Int32(1200)`, `Timeout = 1200`, `"MessageRetentionPeriod": "2592000"`, `["VisibilityTimeout"] = "50000"`. */
const FIELD = new RegExp(String.raw`(?:\[[ \t]*"([A-Za-z][A-Za-z0-9]{0,63})"[ \t]*\]|(["']?)([A-Za-z][A-Za-z0-9]{0,63})\2)[ \t]*(?::(?!:)|=(?![=>]))[ \t]*${NUMBER}`, 'g');
/** A builder setter: `.timeout(1200)`, `.withMemorySize(2048)`, `.message_retention_period(1_209_600)`. */
const SETTER = new RegExp(String.raw`\.(?:with)?([A-Za-z][A-Za-z0-9_]{0,63})[ \t]*\([ \t]*${NUMBER}[ \t]*\)`, 'g');
/** Between a key and its value: `,` (arguments, a C# pair), `:` (Go), `] =` (a C# indexer), Kotlin's `to`. */
const PAIR_SEPARATOR = String.raw`[ \t]*(?:,|:(?!:)|\][ \t]*=|to(?=[ \t]))[ \t]*`;
/**
 * A key and its value as two arguments or a pair: `{ "VisibilityTimeout", "50000" }`, `Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD,
 * "2592000")`, `.attributes(QueueAttributeName::MessageRetentionPeriod, "2592000")`, Go `string(types.QueueAttributeNameVisibilityTimeout): "50000"`.
 */
const PAIR = new RegExp(String.raw`(?:"([A-Za-z][A-Za-z0-9]{0,63})"|\b(?:[\w]+(?:\.|::))*[A-Za-z]*AttributeName(?:\.|::)?([A-Za-z][A-Za-z0-9_]{0,63})\)?)${PAIR_SEPARATOR}${NUMBER}`, 'g');

/**
 * An SQS queue attribute named by the SDK's own enum, wherever the map is built (`attributes.put(QueueAttributeName.
 * VISIBILITY_TIMEOUT, "50000")`, Go `string(types.QueueAttributeNameVisibilityTimeout): "50000"`, C# `[QueueAttributeName.
 * VisibilityTimeout] = "50000"`, Rust `QueueAttributeName::VisibilityTimeout, "50000"`): the enum names the queue's attribute.
 */
const QUEUE_ATTRIBUTE = new RegExp(String.raw`\bQueueAttributeName(?:\.|::)?([A-Za-z][A-Za-z0-9_]{0,63})\)?${PAIR_SEPARATOR}${NUMBER}`, 'g');

interface Request {
  readonly type: string;
  /** Where the request's text starts (its literal, builder or method name) and its body's brackets or chain. */
  readonly start: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/** The end of a chain of `.name(…)` calls starting at `from` (after its last call's `)`), up to `.build()` / `.send()`. */
function chainEnd(code: string, from: number): number {
  let end = from;
  for (let calls = 0; calls < 64; calls++) {
    const m = CHAINED.exec(code.slice(end, end + 200));
    if (!m) break;
    const open = end + m[0].length - 1;
    const close = closing(code, open);
    if (close < 0) break;
    end = close + 1;
    if (m[1] === 'build' || m[1] === 'send') break;
  }
  return end;
}

/** Whether a request for `type` is one this file reads: a qualifier of its own service, and no SDK of a service that shares its operations. */
function readable(type: string, qualifier: string | undefined, code: string): boolean {
  const service = SERVICE_OF_TYPE[type];
  if (!service) return false;
  if (qualifier !== undefined && qualifier !== 'types' && !service.packages.test(qualifier)) return false;
  return !service.others.test(code);
}

function requestsOf(code: string): Request[] {
  const found: Request[] = [];
  LITERAL.lastIndex = 0;
  for (let m = LITERAL.exec(code); m; m = LITERAL.exec(code)) {
    const type = BY_OPERATION.get(norm(m[2] ?? ''));
    if (!type || !readable(type, m[1], code)) continue;
    const open = m.index + m[0].length - 1;
    const close = closing(code, open);
    if (close > open) found.push({ type, start: m.index, bodyStart: open, bodyEnd: close + 1 });
  }
  BUILDER.lastIndex = 0;
  for (let m = BUILDER.exec(code); m; m = BUILDER.exec(code)) {
    const type = BY_OPERATION.get(norm(m[1] ?? m[2] ?? ''));
    if (!type || !readable(type, undefined, code)) continue;
    // v1 `new CreateQueueRequest("jobs")`: its arguments, then the chain of setters after them.
    const close = m[2] === undefined ? m.index + m[0].length - 1 : closing(code, m.index + m[0].length - 1);
    const end = close < 0 ? -1 : chainEnd(code, close + 1);
    if (end > close + 1) found.push({ type, start: m.index, bodyStart: m.index + m[0].length - (m[2] === undefined ? 0 : 1), bodyEnd: end });
  }
  METHOD.lastIndex = 0;
  for (let m = METHOD.exec(code); m; m = METHOD.exec(code)) {
    const type = BY_OPERATION.get(norm(m[1] ?? ''));
    if (!type || !readable(type, undefined, code)) continue;
    const open = code.indexOf('(', m.index);
    const close = closing(code, open);
    if (close < 0) continue;
    // A consumer's calls are inside the brackets; a fluent builder's follow them.
    const end = m[2] !== undefined ? close + 1 : chainEnd(code, close + 1);
    if (end > close + 1 || m[2] !== undefined) found.push({ type, start: m.index, bodyStart: open, bodyEnd: end });
  }
  // In document order; a request inside another (a literal passed to its operation's method) is the outer one's.
  found.sort((a, b) => a.start - b.start || b.bodyEnd - a.bodyEnd);
  const kept: Request[] = [];
  for (const r of found) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.bodyEnd) continue;
    kept.push(r);
  }
  return kept;
}

/** The name right before the innermost bracket still open at `index` inside the body: the setting a nested value belongs to. */
function parentKeyAt(code: string, from: number, index: number): string | undefined {
  const stack: number[] = [];
  for (let i = from; i < index; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      const end = code.indexOf(c, i + 1);
      if (end < 0 || end >= index) break;
      i = end;
    } else if (c === '{' || c === '(' || c === '[') stack.push(i);
    else if ((c === '}' || c === ')' || c === ']') && stack.length > 0) stack.pop();
  }
  const innermost = stack[stack.length - 1];
  if (innermost === undefined || innermost === from) return undefined;
  return setterBefore(code.slice(Math.max(from, innermost - 120), innermost));
}

const isIdent = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** The identifier `text` ends with ('' when none). */
function trailingIdent(text: string): string {
  let i = text.length;
  while (i > 0 && isIdent(text[i - 1])) i--;
  return text.slice(i);
}

/**
 * The setting named right before a bracket (`before` is the text up to it): `EphemeralStorage: &types.EphemeralStorage`,
 * `Attributes: map[string]string`, `Attributes = new Dictionary<string, string>()`, `.ephemeral_storage`. Read
 * backwards without a regex over the text (linear).
 */
function setterBefore(before: string): string | undefined {
  let t = before.trimEnd();
  if (t.endsWith('()')) t = t.slice(0, -2).trimEnd();
  if (t.endsWith('>')) {
    const open = t.lastIndexOf('<');
    if (open < 0 || t.length - open > 62) return undefined;
    t = t.slice(0, open);
  }
  // The type written after the setting (`&types.EphemeralStorage`, `map[string]string`, `new Dictionary`).
  const typed = t;
  let i = t.length;
  while (i > 0 && (isIdent(t[i - 1]) || t[i - 1] === '.' || t[i - 1] === '[' || t[i - 1] === ']' || (t[i - 1] === ':' && t[i - 2] === ':'))) i -= t[i - 1] === ':' ? 2 : 1;
  t = t.slice(0, i).trimEnd();
  if (t.endsWith('new') && !isIdent(t[t.length - 4])) t = t.slice(0, -3).trimEnd();
  if (t.endsWith('&')) t = t.slice(0, -1).trimEnd();
  const op = t[t.length - 1];
  if ((op === ':' && t[t.length - 2] !== ':') || (op === '=' && t[t.length - 2] !== '=' && t[t.length - 2] !== '!')) {
    const name = trailingIdent(t.slice(0, -1).trimEnd());
    return name === '' ? undefined : norm(name);
  }
  // `.ephemeralStorage(`: the method is the setting.
  const name = trailingIdent(typed);
  return name !== '' && typed[typed.length - name.length - 1] === '.' ? norm(name) : undefined;
}

/** The numeric settings inside one request's body. */
function valuesOf(code: string, request: Request, at: number): IacValue[] {
  const out: IacValue[] = [];
  const body = code.slice(request.bodyStart, request.bodyEnd);
  const add = (key: string, raw: string, valueAt: number, nameAt: number): void => {
    if (out.some((v) => v.start === at + valueAt)) return;
    const parentKey = parentKeyAt(code, request.bodyStart, nameAt);
    out.push({ key, normalizedKey: norm(key), ...(parentKey === undefined ? {} : { parentKey }), raw, number: Number(raw), start: at + valueAt, end: at + valueAt + raw.length });
  };
  const valueAt = (m: RegExpExecArray, raw: string): number => {
    // The digits' own offset in the match (after any wrapper and opening quote).
    const rel = m[0].lastIndexOf(raw);
    return request.bodyStart + m.index + rel;
  };
  for (const re of [PAIR, FIELD, SETTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const raw = m.groups?.n ?? '';
      const key = re === FIELD ? (m[1] ?? m[3] ?? '') : re === PAIR ? (m[1] ?? m[2] ?? '') : (m[1] ?? '');
      if (key === '' || raw === '') continue;
      // A pair's key may sit in a conversion (`string(types.…)`): its map is the one open at its value.
      const offset = valueAt(m, raw);
      add(key, raw, offset, re === PAIR ? offset : request.bodyStart + m.index);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reads the SDK requests of one Go, Java, C# or Rust fence (`code` at document offset `at`). */
export function readTypedSdk(code: string, at: number): IacFence {
  if (code.length > MAX_FENCE) return { resources: [], values: [] };
  try {
    const found: Array<{ start: number; end: number; type: string; values: IacValue[] }> = [];
    const requests = requestsOf(code);
    for (const request of requests) found.push({ start: request.start, end: request.bodyEnd, type: request.type, values: valuesOf(code, request, at) });
    // Queue attributes set outside a request, by the enum's name: each is a queue's value on its own.
    QUEUE_ATTRIBUTE.lastIndex = 0;
    for (let m = QUEUE_ATTRIBUTE.exec(code); m; m = QUEUE_ATTRIBUTE.exec(code)) {
      const raw = m.groups?.n ?? '';
      const key = m[1] ?? '';
      const index = m.index;
      const offset = index + m[0].lastIndexOf(raw);
      if (raw === '' || requests.some((r) => r.start <= index && index < r.bodyEnd)) continue;
      found.push({ start: index, end: offset + raw.length, type: 'AWS::SQS::Queue', values: [{ key, normalizedKey: norm(key), raw, number: Number(raw), start: at + offset, end: at + offset + raw.length }] });
    }
    found.sort((a, b) => a.start - b.start);
    const resources: IacResource[] = [];
    const values: IacValue[] = [];
    for (const item of found) {
      const lineStart = code.lastIndexOf('\n', item.start) + 1;
      const previousEnd = (resources[resources.length - 1]?.end ?? at) - at;
      resources.push({ start: at + Math.max(lineStart, previousEnd), end: at + item.end, resourceType: item.type, name: '' });
      values.push(...item.values);
    }
    return { resources, values };
  } catch {
    return { resources: [], values: [] };
  }
}
