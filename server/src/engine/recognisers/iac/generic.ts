/**
 * One key/value reading of code in any language, beside the readers written for one language: Rust builders
 * (`.retention_period_hours(24 * 400)`), Ruby hashes and keywords (`'MessageRetentionPeriod' => '1209600'`,
 * `visibility_timeout: 43_200`), Jsonnet objects (`visibilityTimeout: hours(13)` with `local hours(n) = n * 3600;`),
 * Python keyword arguments of an Airflow operator, PowerShell hashtables, `--timeout 960` flags, Elixir, Scala, Lua.
 *
 * A key is an identifier in any case style, quoted or not, then `=`, `:`, `=>`, `:=`, the `(` of a setter, a
 * `-Key` / `--key` flag, or (quoted or an SDK enum member) a `,` before its value. The value is one expression read
 * by the arithmetic of `constants.ts` (numbers with `_`, quoted numbers, `256 * 1024`, unit factories such as
 * `Duration::from_secs(…)`, `TimeSpan.FromHours(…)`, `timedelta(hours=…)`, the fence's named constants, and a helper
 * the fence defines as its argument times a number). Only a key that names an attribute (`attributes.ts`) is read.
 *
 * The service comes from the code around the key, innermost first: the statement before it (a builder's receiver,
 * a flag's command), a CloudFormation or Terraform type among its siblings, the lines it is indented under, then the
 * same around each enclosing bracket (the call, constructor, hash or block it is written in: `sqs.create_queue(`,
 * `SqsQueue.new(`, `LambdaCreateFunctionOperator(`, `Aws::SQS::Client`). The first place that names a service
 * decides: the key's attribute of that service, or nothing. A key only one service has (`MessageRetentionPeriod`) is
 * that service's when nothing around it names one and the fence names the service. Another cloud or another
 * product named first (`azure`, `redis`, `pubsub`) leaves the value unread. A value already read, or inside a resource
 * a specific reader found, is left to that reader. A linear scanner; never throws.
 */
import { getService } from '../../../facts/catalog';
import { expressionEnd } from './cdk';
import { dimensionOfFact, evaluate, fenceConstants, nameServices, speaksOfOther, unitOfWord, wordsOf, type Amount } from './constants';
import { valueAmount } from './config-keys';
import { isAttributeKey, keyBindingOf } from './attributes';
import { operationType } from './sdk';
import { serviceOfModule, serviceOfResourceType } from './resource-services';
import { MAX_FENCE, normalizeKey, type IacFence, type IacValue } from './types';

/** Languages where `#` starts no comment (a preprocessor line, an attribute, a private field). */
const NO_HASH_COMMENTS = /^(?:go|golang|ts|typescript|tsx|js|javascript|jsx|mjs|cjs|java|kotlin|kt|kts|cs|csharp|c#|rust|rs|scala|sc|swift|c|cpp|c\+\+|h|hpp|dart|groovy|jenkinsfile|gradle|json5?|jsonc)$/;

const CODE = 0;
const STRING = 1;
const COMMENT = 2;

/** What each position of a fence is (code, string, comment) and the brackets around it. */
interface Layout {
  readonly code: string;
  readonly kind: Uint8Array;
  /** The innermost open bracket around each position (-1 at the top level); a bracket's own entry is the one around it. */
  readonly parent: Int32Array;
  /** Open bracket → its close (the fence's end when unclosed); close bracket → its open. */
  readonly closeOf: Map<number, number>;
  readonly openOf: Map<number, number>;
  /** The unindented lines of each YAML document, by where it starts (rootLines). */
  readonly roots: Map<number, string>;
}

function lineEndFrom(code: string, i: number): number {
  const n = code.indexOf('\n', i);
  return n === -1 ? code.length : n;
}

/** Where a string opening at `i` ends (after its closing quote), or -1 when it is no string (an apostrophe, a lifetime). */
function stringEnd(code: string, i: number): number {
  const q = code[i] ?? '';
  if (code.startsWith(q.repeat(3), i)) {
    const e = code.indexOf(q.repeat(3), i + 3);
    return e < 0 ? code.length : e + 3;
  }
  if (q === '`') {
    const e = code.indexOf('`', i + 1);
    return e < 0 ? -1 : e + 1;
  }
  for (let j = i + 1; j < code.length; j++) {
    const c = code[j];
    if (c === '\\') j++;
    else if (c === q) return j + 1;
    else if (c === '\n') return -1;
  }
  return -1;
}

/** Where a comment starting at `i` ends, or -1 when none starts there. */
function commentEnd(code: string, i: number, hashComments: boolean): number {
  const c = code[i];
  const before = i === 0 ? '\n' : (code[i - 1] ?? '');
  if (c === '/' && code[i + 1] === '/' && before !== ':') return lineEndFrom(code, i);
  if (c === '/' && code[i + 1] === '*') {
    const e = code.indexOf('*/', i + 2);
    return e < 0 ? code.length : e + 2;
  }
  const spaced = before === ' ' || before === '\t' || before === '\n';
  if (c === '#' && hashComments && spaced && code[i + 1] !== '{' && code[i + 1] !== '[') return lineEndFrom(code, i);
  // Lua, SQL, Haskell `-- note`; a flag has no blank after its dashes.
  if (c === '-' && code[i + 1] === '-' && (code[i + 2] === ' ' || code[i + 2] === '\n') && spaced) return lineEndFrom(code, i);
  return -1;
}

function layoutOf(code: string, hashComments: boolean): Layout {
  const n = code.length;
  const kind = new Uint8Array(n);
  const parent = new Int32Array(n);
  const closeOf = new Map<number, number>();
  const openOf = new Map<number, number>();
  const stack: number[] = [];
  const top = (): number => stack[stack.length - 1] ?? -1;
  let i = 0;
  while (i < n) {
    const c = code[i];
    const comment = commentEnd(code, i, hashComments);
    const string = comment < 0 && (c === '"' || c === "'" || c === '`') ? stringEnd(code, i) : -1;
    if (comment >= 0 || string >= 0) {
      const end = comment >= 0 ? comment : string;
      kind.fill(comment >= 0 ? COMMENT : STRING, i, end);
      parent.fill(top(), i, end);
      i = end;
      continue;
    }
    parent[i] = top();
    if (c === '(' || c === '[' || c === '{') stack.push(i);
    else if ((c === ')' || c === ']' || c === '}') && stack.length > 0) {
      const open = stack.pop() as number;
      closeOf.set(open, i);
      openOf.set(i, open);
      parent[i] = top();
    }
    i++;
  }
  for (const open of stack) closeOf.set(open, n);
  return { code, kind, parent, closeOf, openOf, roots: new Map() };
}

/** Characters that, ending a line or starting the next, continue a statement over the line break. */
const CONTINUES_AFTER = new Set([',', '(', '[', '{', '=', '+', '-', '*', '/', '\\', '|', '&', '.', ':', '`', '>']);
const CONTINUES_BEFORE = new Set(['.', '|', '&', '?', ')', ']', '}']);

/** Whether the line break at `j` ends a statement. */
function endsStatement(l: Layout, j: number): boolean {
  let p = j - 1;
  while (p >= 0 && (l.kind[p] === COMMENT || /[ \t\r]/.test(l.code[p] ?? ''))) p--;
  let q = j + 1;
  while (q < l.code.length && /[ \t\r\n]/.test(l.code[q] ?? '')) q++;
  return !(p < 0 || CONTINUES_AFTER.has(l.code[p] ?? '') || CONTINUES_BEFORE.has(l.code[q] ?? '') || l.code.startsWith('->', q));
}

/** Where the statement (or argument) holding `pos` starts, walking back inside the bracket `open` over nested groups. */
function statementStart(l: Layout, pos: number, open: number): number {
  const floor = Math.max(open + 1, pos - 600);
  let j = pos - 1;
  for (; j >= floor; j--) {
    if (l.kind[j] !== CODE) continue;
    const c = l.code[j];
    const groupOpen = l.openOf.get(j);
    if (groupOpen !== undefined) {
      j = groupOpen;
      continue;
    }
    if (c === ';' || c === ',' || (c === '\n' && endsStatement(l, j))) break;
  }
  return Math.max(j + 1, floor);
}

/** Other clouds and products whose settings share AWS keys: named first, they make the value theirs. */
const OTHER = new Set(['azure', 'gcp', 'google', 'gcloud', 'pubsub', 'servicebus', 'redis', 'rabbitmq', 'amqp', 'kafka', 'nats', 'oci', 'alibaba', 'aliyun', 'celery', 'sidekiq', 'bull', 'bullmq', 'resque', 'beanstalkd', 'nsq']);

interface Evidence {
  readonly services: Set<string>;
  readonly other: boolean;
}

/**
 * A CloudFormation type, a Terraform type, a Pulumi type token (`aws:sqs/queue:Queue`, `aws:lambda:Function`), a Kubernetes
 * API group of AWS resources (ACK `lambda.services.k8s.aws/`, Crossplane `sqs.aws.upbound.io/`).
 */
const TYPE_NAME = /\bAWS::[A-Za-z0-9]{2,40}::[A-Za-z0-9]{2,60}\b|\baws_[a-z0-9_]{2,80}|\baws:([a-z0-9]{2,40})(?:\/[A-Za-z0-9]{1,60})?:[A-Z][A-Za-z0-9]{1,60}\b|\b([a-z0-9]{2,40})\.(?:services\.k8s\.aws|aws\.crossplane\.io|aws\.upbound\.io)\//g;
const IDENT = /[A-Za-z_$][\w$]{0,80}/g;

/** The services CloudFormation or Terraform type names in `text` are of. */
function typeServices(text: string, into: Set<string>): void {
  TYPE_NAME.lastIndex = 0;
  for (let m = TYPE_NAME.exec(text); m; m = TYPE_NAME.exec(text)) {
    const module = m[1] ?? m[2];
    const id = module !== undefined ? serviceOfModule(module) : serviceOfResourceType(m[0]);
    if (id) into.add(id);
  }
}

/** The services identifiers name (an operation, a client, a class, a module) and whether one names another cloud or product. */
function identifierEvidence(l: Layout, from: number, to: number, skip?: readonly [number, number]): Evidence {
  const services = new Set<string>();
  const operations = new Set<string>();
  let other = false;
  const text = l.code.slice(from, to);
  typeServices(text, services);
  IDENT.lastIndex = 0;
  for (let m = IDENT.exec(text); m; m = IDENT.exec(text)) {
    const at = from + m.index;
    const name = m[0];
    if (skip && at >= skip[0] && at < skip[1]) continue;
    if (l.kind[at] === COMMENT) continue;
    if (l.kind[at] === STRING) {
      // `boto3.client("sqs")`, `session.resource('lambda')`: a client's service as a string.
      const quote = l.code[at - 1];
      if ((quote === '"' || quote === "'") && l.code[at + name.length] === quote && /\b(?:client|resource|Client)[ \t]*\([ \t]*$/.test(l.code.slice(Math.max(0, at - 30), at - 1))) {
        const id = serviceOfModule(name);
        if (id) services.add(id);
      }
      continue;
    }
    if (/^\d/.test(name) || (at > 0 && /[\w$]/.test(l.code[at - 1] ?? ''))) continue;
    // Python's `lambda x: …` is no Lambda function.
    if (name === 'lambda' && /^[\w, *]*:/.test(l.code.slice(at + 6, at + 60))) continue;
    // An attribute's own key names no subject (`VisibilityTimeout` reads as SQS's words).
    if (isAttributeKey(normalizeKey(name))) continue;
    const words = wordsOf(name).map((w) => w.toLowerCase());
    if (words.some((w) => OTHER.has(w)) || speaksOfOther(words.join(' '))) other = true;
    const type = operationType(name);
    const typed = type === undefined ? undefined : serviceOfResourceType(type);
    // `&sqs.CreateQueueInput{`: a request type counts when its package is the service's (`jobs.CreateQueueInput` is not).
    const qualifier = l.code[at - 1] === '.' ? lastName(l.code.slice(Math.max(0, at - 40), at - 1)) : undefined;
    if (typed && !(/(?:Input|Request)$/.test(name) && qualifier !== undefined && !nameServices(wordsOf(qualifier)).has(typed))) operations.add(typed);
    for (const id of nameServices(wordsOf(name))) services.add(id);
    if (/^[a-z0-9]+$/.test(name)) {
      const id = serviceOfModule(name);
      if (id) services.add(id);
    }
  }
  // A client, module or class name says more than an operation's name (`cloudfront.CreateFunctionInput` is CloudFront's).
  return { services: services.size > 0 ? services : operations, other };
}

/** The text of a bracket's own level (its nested groups left out). */
function ownLevel(l: Layout, open: number): string {
  const close = l.closeOf.get(open) ?? l.code.length;
  let out = '';
  for (let i = open + 1; i < close && out.length < 4000; i++) {
    const nested = l.closeOf.get(i);
    if (nested !== undefined && l.kind[i] === CODE) {
      i = nested;
      out += ' ';
    } else out += l.code[i];
  }
  return out;
}

/** The line starts above `pos` that it is indented under (YAML, Python and Ruby blocks), innermost first, inside bracket `open`. */
function indentParents(l: Layout, pos: number, open: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lineStart = l.code.lastIndexOf('\n', pos - 1) + 1;
  let indent = /^[ \t]*/.exec(l.code.slice(lineStart, pos))?.[0].length ?? 0;
  let end = lineStart - 1;
  for (let lines = 0; lines < 200 && end > open && indent > 0; lines++) {
    const start = l.code.lastIndexOf('\n', end - 1) + 1;
    const line = l.code.slice(start, end);
    const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (start <= open) break;
    if (line.trim() !== '' && l.kind[start + own] === CODE && own < indent && l.parent[start + own] === open) {
      out.push([start, end]);
      indent = own;
    }
    end = start - 1;
  }
  return out;
}

/** Where the lines indented under the line `start`..`end` end. */
function blockEnd(code: string, start: number, end: number): number {
  const own = /^[ \t]*/.exec(code.slice(start, end))?.[0].length ?? 0;
  let at = end;
  for (let lines = 0; lines < 200 && at < code.length; lines++) {
    const next = code.indexOf('\n', at + 1);
    const lineEnd = next === -1 ? code.length : next;
    const line = code.slice(at + 1, lineEnd);
    if (line.trim() !== '' && (/^[ \t]*/.exec(line)?.[0].length ?? 0) <= own) return at;
    at = lineEnd;
  }
  return at;
}

/** The unindented lines of the YAML document (between `---` lines) that holds `at`. */
function rootLines(l: Layout, at: number): string {
  const before = l.code.lastIndexOf('\n---', at);
  const known = l.roots.get(before);
  if (known !== undefined) return known;
  const after = l.code.indexOf('\n---', at);
  const lines = l.code.slice(before < 0 ? 0 : before + 1, after < 0 ? l.code.length : after).split('\n');
  const roots = lines.filter((line) => line !== '' && line[0] !== ' ' && line[0] !== '\t').join('\n');
  l.roots.set(before, roots);
  return roots;
}

/**
 * The places around a key that may name its service, innermost first: the statement before it, the types among
 * its siblings, the lines it is indented under; then the same for each bracket around it.
 */
function* evidenceAround(l: Layout, keyAt: number, value: readonly [number, number]): Generator<Evidence> {
  let anchor = keyAt;
  let open = l.parent[keyAt] ?? -1;
  for (let level = 0; level < 8; level++) {
    const start = statementStart(l, anchor, open);
    // A map of the program's own names (environment variables, tags, a payload) sets no attribute of the service around it.
    if (level > 0 && opensOpaqueMap(l.code.slice(start, anchor))) {
      yield { services: new Set(), other: true };
      return;
    }
    const head = l.code.slice(start, anchor);
    // An SDK client's or an HTTP client's own settings (`new AmazonLambdaConfig {`, `config::Builder::new().timeout(`) are no resource's.
    const callee = lastName(head, WRAPPERS) ?? '';
    if (level > 0 ? CLIENT_SETTINGS.test(callee) && operationType(callee) === undefined : CLIENT_CHAIN.test(head) && !hasOperation(head)) {
      yield { services: new Set(), other: true };
      return;
    }
    yield identifierEvidence(l, start, anchor, value);
    if (open >= 0) {
      const siblings = new Set<string>();
      typeServices(ownLevel(l, open), siblings);
      yield { services: siblings, other: false };
    }
    for (const [start, end] of indentParents(l, anchor, open)) {
      if (opensOpaqueMap(l.code.slice(start, end))) {
        yield { services: new Set(), other: true };
        return;
      }
      yield identifierEvidence(l, start, end);
      // `type: aws:sqs:Queue` beside `properties:` under the same parent.
      const block = new Set<string>();
      typeServices(l.code.slice(end, blockEnd(l.code, start, end)), block);
      yield { services: block, other: false };
    }
    if (open < 0) {
      // A manifest's `apiVersion: lambda.services.k8s.aws/v1alpha1` beside the `spec:` the key is under.
      const root = new Set<string>();
      typeServices(rootLines(l, anchor), root);
      yield { services: root, other: false };
      return;
    }
    anchor = open;
    open = l.parent[open] ?? -1;
  }
}

/** Keys of maps whose entries are the program's own names, not a resource's settings: `Environment={"Variables": {`, `tags:`. */
const OPAQUE_KEYS = new Set(['env', 'environment', 'environmentvariables', 'variables', 'vars', 'tags', 'labels', 'annotations', 'metadata', 'headers', 'context', 'extra', 'params', 'payload', 'body', 'event', 'message', 'input', 'data', 'default', 'defaults']);
/** Words of a map's or an object's construction between its key and its bracket (`dict(`, `map[string]string{`, `Map.of(`, `.new`). */
const WRAPPERS = new Set(['dict', 'hash', 'Hash', 'map', 'Map', 'of', 'mapOf', 'hashMapOf', 'HashMap', 'Dictionary', 'string', 'String', 'str', 'any', 'interface', 'object', 'Object', 'new', 'builder', 'jsonencode', 'json']);

/** The last identifier in `text` (skipping `skip`'s words), or undefined. */
function lastName(text: string, skip?: ReadonlySet<string>): string | undefined {
  let end = text.length;
  for (let names = 0; names < 8; names++) {
    while (end > 0 && !/[\w$]/.test(text[end - 1] ?? '')) end--;
    let start = end;
    while (start > 0 && /[\w$]/.test(text[start - 1] ?? '')) start--;
    if (start === end) return undefined;
    const name = text.slice(start, end);
    if (!skip?.has(name)) return name;
    end = start;
  }
  return undefined;
}

/** Whether the text before a bracket (or a parent line) is the key of an environment, tags or payload map. */
function opensOpaqueMap(head: string): boolean {
  const name = lastName(head, WRAPPERS);
  return name !== undefined && OPAQUE_KEYS.has(name.replace(/_/g, '').toLowerCase());
}

/** The name that opens a client's or a configuration's settings (`AmazonLambdaConfig`, `httpOptions`, `Aws::SQS::Client.new`). */
const CLIENT_SETTINGS = /(?:client|config|configuration|clientoptions|httpoptions|session|handler|agent|transport|retrypolicy|retryoptions)$/i;
/** A setter chain on a configuration builder (`aws_sdk_lambda::config::Builder::new()`, `ClientConfiguration()`). */
const CLIENT_CHAIN = /\b(?:config|Config|configuration|Configuration|ClientConfig\w*|HttpClient\w*|httpClient\w*)\b/;

/** Whether a text holds an SDK operation's name (a request's receiver chain, not a client's settings). */
function hasOperation(text: string): boolean {
  return (text.match(/[A-Za-z_]\w{2,80}/g) ?? []).some((name) => operationType(name) !== undefined);
}

/** Keys only one service's API has, read without a service named around them when the fence names it. */
const OWN_KEYS = new Set([
  'messageretentionperiod', 'messageretentionseconds', 'visibilitytimeout', 'visibilitytimeoutseconds', 'receivemessagewaittimeseconds',
  'receivewaittimeseconds', 'retentionperiodhours', 'rotationperiodindays', 'pendingwindowindays', 'deletionwindowindays', 'recoverywindowindays',
  'maxsessionduration', 'automatedsnapshotretentionperiod', 'ephemeralstoragesize', 'authorizerresultttlinseconds', 'deregistrationdelaytimeoutseconds',
  'idletimeouttimeoutseconds', 'stickinesslbcookiedurationseconds', 'tcpidletimeoutseconds', 'recoveryperiodindays',
]);

/** `key = v`, `key: v`, `"Key" => v`, `key := v`, `["Key"] = v`, `"Key", v` (the `,` only after a quoted key). */
const KEY = /(?<![\w$-])(?:(["'])([A-Za-z_][\w-]{0,63})\1\]?|:?([A-Za-z_]\w{0,63}(?:-[A-Za-z0-9_]+){0,8}))[ \t]*(=>|:=|=(?![=>~])|:(?![:=])|,)[ \t]*/g;
/** An assignment to an object's property: `o.VisibilityTimeout = TimeSpan.FromHours(18)`, `queue.visibility_timeout = 43_200`. */
const MEMBER = /(?<=[\w)\]]\.)([A-Za-z_]\w{0,63})[ \t]*=(?![=>~])[ \t]*/g;
/** A setter or builder call: `.retention_period_hours(`, `.withTimeout(`, `.setVisibilityTimeout(`. */
const SETTER = /\.[ \t]*([A-Za-z_]\w{0,63})[ \t]*\([ \t]*/g;
/** An SDK's attribute enum as a map key: `QueueAttributeName::MaximumMessageSize, `, `QueueAttributeName.VISIBILITY_TIMEOUT:`. */
const ENUM_KEY = /\b[A-Z]\w{0,40}AttributeName(?:\.|::)?([A-Za-z]\w{0,63})\)?[ \t]*(?:,|:(?!:)|=>|\][ \t]*=)[ \t]*/g;
/** A flag and its value: `--timeout 960`, `--timeout=960`, `-VisibilityTimeout 43200`, `-Timeout:1200`. */
const FLAG = /(?<![\w-])--?([A-Za-z][A-Za-z0-9]{0,40}(?:-[A-Za-z0-9]+){0,8})(?:[ \t]+|[=:])(?=["']?\d)/g;
/** Text before a key that makes it a flag's argument. */
const FLAG_ARGUMENT = /(?:^|[\s(])--?[A-Za-z][\w-]{0,40}[ \t]+["']?[{[]?["']?$/;
/** An `aws` command: its flags are read by cli-values.ts. */
const AWS_COMMAND = /\baws[ \t]+[a-z0-9-]+[ \t]+[a-z]/;

interface Candidate {
  readonly key: string;
  readonly keyAt: number;
  readonly valueAt: number;
  readonly flag: boolean;
  readonly quotedKey: boolean;
  readonly comma: boolean;
}

/** Whether a candidate's key is written in code: not in a comment, in a string only as a quoted key or a script's flag. */
function inCode(l: Layout, c: Candidate): boolean {
  const at = c.quotedKey ? c.keyAt - 1 : c.keyAt;
  return !(l.kind[at] === COMMENT || (l.kind[at] === STRING && !c.flag && !(c.quotedKey && l.kind[at - 1] !== STRING)));
}

/** The keys of attributes a fence's text writes with a value after them (before telling code from comments and strings). */
function candidatesOf(code: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (key: string, keyAt: number, valueAt: number, flag: boolean, quotedKey: boolean, comma = false): void => {
    if (isAttributeKey(normalizeKey(key))) out.push({ key, keyAt, valueAt, flag, quotedKey, comma });
  };
  KEY.lastIndex = 0;
  for (let m = KEY.exec(code); m; m = KEY.exec(code)) {
    const quoted = m[2] !== undefined;
    const key = m[2] ?? m[3] ?? '';
    if (m[4] === ',' && !quoted) continue;
    // `TIMEOUT: 1200`, `"MAX_SIZE" => …`: an environment variable's or a constant's name, not a property.
    if (/^[A-Z][A-Z0-9_]*$/.test(key) && /[A-Z]{2}/.test(key)) continue;
    // `--attributes VisibilityTimeout=50000`: a flag's argument, the command's to read (cli-values.ts).
    if (FLAG_ARGUMENT.test(code.slice(Math.max(code.lastIndexOf('\n', m.index) + 1, m.index - 80), m.index))) continue;
    push(key, m.index + (quoted ? 1 : m[0].indexOf(key)), m.index + m[0].length, false, quoted, m[4] === ',');
  }
  MEMBER.lastIndex = 0;
  for (let m = MEMBER.exec(code); m; m = MEMBER.exec(code)) push(m[1] ?? '', m.index, m.index + m[0].length, false, false);
  SETTER.lastIndex = 0;
  for (let m = SETTER.exec(code); m; m = SETTER.exec(code)) {
    const name = m[1] ?? '';
    // `.withTimeout(`, `.setVisibilityTimeout(`, `.set_timeout(`: the property without its prefix.
    const key = /^(?:with|set)(?=[A-Z_])_?/.test(name) ? name.replace(/^(?:with|set)_?/, '') : name;
    push(key, m.index + m[0].indexOf(name), m.index + m[0].length, false, false);
  }
  ENUM_KEY.lastIndex = 0;
  for (let m = ENUM_KEY.exec(code); m; m = ENUM_KEY.exec(code)) push(m[1] ?? '', m.index + m[0].indexOf(m[1] ?? ''), m.index + m[0].length, false, false);
  FLAG.lastIndex = 0;
  for (let m = FLAG.exec(code); m; m = FLAG.exec(code)) push(m[1] ?? '', m.index + m[0].indexOf(m[1] ?? ''), m.index + m[0].length, true, false);
  return out.sort((a, b) => a.valueAt - b.valueAt);
}

/** Conversions around a value that keep its amount: `int(…)`, `str(…)`, `String(…)`, `Some(…)`, `.to_i`, `.total_seconds()`. */
const WRAPPER = /^(?:int|str|float|String|Number|Integer|Long|Some|to_string|u32|u64|i32|i64|int32|int64|strconv\.Itoa|fmt\.Sprint|String\.valueOf|Integer\.toString|Long\.toString|Convert\.ToString|Convert\.ToInt32)\((.*)\)$/s;
const SUFFIX = /\.(?:to_[is]|to_string\(\)|toString\(\)|ToString\(\)|into\(\)|to_owned\(\)|total_seconds\(\)|as_secs\(\)|as_millis\(\)|inWholeSeconds|(?:to|get)(?:Seconds|Minutes|Hours|Days|Millis)(?:\(\))?|TotalSeconds|TotalHours|TotalMinutes|TotalDays|TotalMilliseconds)$/;

/** A helper the fence defines as its argument times numbers (`local hours(n) = n * 3600;`, `def days(n) = n * 86_400`): its factor. */
function helperFactor(code: string, name: string, cache: Map<string, number | undefined>): number | undefined {
  if (cache.has(name)) return cache.get(name);
  let factor: number | undefined;
  const head = new RegExp(String.raw`(?:\b(?:def|defp|fn|fun|function|func|local|const|let|val|var)[ \t]+(?:function[ \t]+)?${name}\b[ \t]*(?:=[ \t]*(?:function\b|lambda\b)?[ \t]*)?\(?|\b${name}[ \t]*=[ \t]*(?:lambda\b|function\b[ \t]*\(|\())[ \t]*([A-Za-z_]\w{0,20})`, 'g');
  for (let m = head.exec(code); m && factor === undefined; m = head.exec(code)) {
    const param = m[1] ?? '';
    const body = code.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const product = new RegExp(String.raw`(?:^|[^\w.])${param}((?:[ \t]*\*[ \t]*\d[\d_]*(?![\w.]))+)|(?<![\w.])(\d[\d_]*)[ \t]*\*[ \t]*${param}(?!\w)`).exec(body);
    if (!product) continue;
    const numbers = (product[1] ?? product[2] ?? '').match(/\d[\d_]*/g) ?? [];
    factor = numbers.reduce((p, n) => p * Number(n.replace(/_/g, '')), 1);
  }
  cache.set(name, factor);
  return factor;
}

/** `hours(13)` → `(13) * 3600` for each helper the fence defines; the text unchanged when a call is none. */
function withHelpers(raw: string, code: string, cache: Map<string, number | undefined>): string {
  return raw.replace(/(?<![\w.:$])([a-z_][A-Za-z0-9_]{1,30})\(([^()]{1,40})\)/g, (call, name: string, arg: string) => {
    const factor = helperFactor(code, name, cache);
    return factor === undefined ? call : `(${arg}) * ${factor}`;
  });
}

/** The amount an expression states, with the fence's constants and helpers. */
function amountOf(raw: string, code: string, hashComments: boolean, known: ReadonlyMap<string, Amount>, helpers: Map<string, number | undefined>): Amount | undefined {
  let text = raw.trim();
  for (let i = 0; i < 4; i++) {
    const before = text;
    text = text.replace(SUFFIX, '').trim();
    const inner = WRAPPER.exec(text);
    if (inner) text = (inner[1] ?? '').trim();
    if (text === before) break;
  }
  return evaluate(withHelpers(text, code, helpers), hashComments, known);
}

/** The value written at `from`: a quoted number, a flag's word, or an expression to its end. */
function valueText(l: Layout, c: Candidate): { raw: string; start: number; end: number; quoted: boolean } | undefined {
  const code = l.code;
  const from = c.valueAt;
  const q = code[from];
  if (q === '"' || q === "'") {
    const close = code.indexOf(q, from + 1);
    const eol = lineEndFrom(code, from);
    if (close < 0 || close > eol || close - from > 40) return undefined;
    return { raw: code.slice(from + 1, close), start: from + 1, end: close, quoted: true };
  }
  if (c.flag) {
    const word = /^[^\s,;)'"`]{1,40}/.exec(code.slice(from, from + 41))?.[0];
    return word ? { raw: word, start: from, end: from + word.length, quoted: false } : undefined;
  }
  const end = expressionEnd(code, from, Math.min(code.length, from + 200));
  const raw = code.slice(from, end).trimEnd();
  return raw === '' ? undefined : { raw, start: from, end: from + raw.length, quoted: false };
}

/** The value of a quoted number or amount (`'1209600'`, `"43_200"`, `"15m"`). */
function quotedAmount(raw: string): Amount | undefined {
  if (/^-?\d[\d_]*(?:\.\d+)?$/.test(raw)) return { n: Number(raw.replace(/_/g, '')), dim: 'none' };
  const read = valueAmount(raw);
  if (!read) return undefined;
  return read.unit ? { n: read.n * read.unit.n, dim: read.unit.dim } : { n: read.n, dim: 'none' };
}

/** Adds the values of attribute keys whose service the code around them tells to a fence's reading (see the file's comment). */
export function withGenericValues(fence: IacFence, code: string, at: number, lang: string): IacFence {
  if (code.length > MAX_FENCE) return fence;
  try {
    const hashComments = !NO_HASH_COMMENTS.test(lang);
    const found = candidatesOf(code);
    if (found.length === 0) return fence;
    const l = layoutOf(code, hashComments);
    const candidates = found.filter((c) => inCode(l, c));
    const known = fenceConstants(code, hashComments ? 'python' : lang);
    const helpers = new Map<string, number | undefined>();
    // Inside a resource a specific reader found, only a value of that resource's service is added.
    const resourceService = (i: number): string | undefined => {
      const r = fence.resources.find((x) => x.start - at <= i && i < x.end - at);
      return r && (serviceOfResourceType(r.resourceType.replace(/^module:/, '')) ?? '');
    };
    let fenceEvidence: Evidence | undefined;
    const added: IacValue[] = [];
    const replaced = new Map<IacValue, IacValue>();
    for (const c of candidates) {
      const value = valueText(l, c);
      if (!value) continue;
      // A value another reader read stays its; one it left without a subject, outside any resource, takes this one's.
      const overlapping = fence.values.filter((v) => v.start - at < value.end && value.start < v.end - at);
      const [existing] = overlapping;
      if (existing && (overlapping.length > 1 || existing.bound || existing.start - at !== value.start || existing.end - at !== value.end || resourceService(c.keyAt) !== undefined)) continue;
      if (added.some((v) => v.start - at < value.end && value.start < v.end - at)) continue;
      const lineStart = code.lastIndexOf('\n', c.keyAt - 1) + 1;
      if (AWS_COMMAND.test(code.slice(lineStart, lineEndFrom(code, c.keyAt)))) continue;
      const amount = value.quoted ? quotedAmount(value.raw) : amountOf(value.raw, code, hashComments, known, helpers);
      if (!amount || !Number.isFinite(amount.n) || amount.n < 0) continue;
      const probe: IacValue = { key: c.key, normalizedKey: normalizeKey(c.key), raw: value.raw, number: amount.n, start: at + value.start, end: at + value.end };
      let services: Set<string> | undefined;
      let unread = false;
      for (const found of evidenceAround(l, c.keyAt, [value.start, value.end])) {
        if (found.other) {
          unread = true;
          break;
        }
        if (found.services.size > 0) {
          services = found.services;
          break;
        }
      }
      if (unread) continue;
      if (!services) {
        if (!OWN_KEYS.has(probe.normalizedKey)) continue;
        fenceEvidence ??= identifierEvidence(l, 0, code.length);
        const only = keyBindingOf(probe, undefined, code);
        if (!only || fenceEvidence.other || !fenceEvidence.services.has(only.service)) continue;
        services = new Set([only.service]);
      }
      const binding = keyBindingOf(probe, services, code.slice(Math.max(0, c.keyAt - 400), value.end + 400));
      if (!binding) continue;
      if (amount.dim !== 'none' && dimensionOfFact(binding.fact) !== amount.dim) continue;
      // A bare number under a key only the pack names is in a unit nothing states, unless the key says it (`…InSeconds`).
      if (binding.byPack && amount.dim === 'none' && !wordsOf(c.key).some((w) => unitOfWord(w) !== undefined || /^(?:in)?(?:seconds|millis|hours|days|bytes|kib|mib)$/i.test(w))) continue;
      const within = resourceService(c.keyAt);
      if (within !== undefined && within !== binding.service && within !== getService(binding.service)?.parent) continue;
      // A number keeps the key's unit (a fix writes one in that unit); an amount with a unit is in seconds or bytes.
      const factor = amount.dim === 'none' ? binding.factor : 1;
      const bound = { fact: binding.fact, service: binding.service, factor, modality: 'stated' as const };
      if (existing) replaced.set(existing, { ...existing, number: amount.n, bound });
      else added.push({ ...probe, bound });
    }
    if (added.length === 0 && replaced.size === 0) return fence;
    return { resources: fence.resources, values: [...fence.values.map((v) => replaced.get(v) ?? v), ...added].sort((a, b) => a.start - b.start) };
  } catch {
    return fence;
  }
}
