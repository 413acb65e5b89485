/**
 * AWS CDK constructs in program fences, in every language the CDK is written in: TypeScript/JavaScript
 * `new sqs.Queue(this, 'Orders', { retentionPeriod: Duration.days(30) })`, Python `lambda_.Function(self,
 * "Fn", timeout=Duration.minutes(20), memory_size=20480)`, Java `Queue.Builder.create(this, "Orders")
 * .visibilityTimeout(Duration.hours(18)).build()` and `QueueProps.builder()…`, Go `awssqs.NewQueue(stack,
 * jsii.String("Orders"), &awssqs.QueueProps{ VisibilityTimeout: awscdk.Duration_Hours(jsii.Number(18)) })`,
 * C# `new Queue(this, "Orders", new QueueProps { VisibilityTimeout = Duration.Hours(18) })`. Each construct
 * of a class in the table below is a resource of its CloudFormation type; each prop the table names (in any
 * case: `retentionPeriod`, `RetentionPeriod`, `retention_period`) is a value under its CloudFormation
 * property name, in that property's unit, so the assertion model reads it like the same template in YAML.
 * A value is one expression read by the arithmetic of `constants.ts` (`Duration.ofDays(15)`, `TimeSpan.FromHours(18)`,
 * `10 * 1024`, `jsii.Number(20480)`).
 *
 * A small scanner, not a parser: it finds the construct's call, its props class's literal or its builder,
 * matches brackets and quotes to its end (a builder's: its chain of setters), and reads props at the top
 * level of its arguments: `key:` / `key =` and `.key(…)` setters. A construct qualified by the module of another
 * service with a class of that name (`cloudfront.Function`) is not read. Linear in the fence; never throws.
 */
import { evaluate } from './constants';
import type { IacFence, IacResource, IacValue } from './types';

/** A CDK prop: the CloudFormation property it sets and how a CDK value converts to that property's unit. */
interface Prop {
  readonly cfn: string;
  /** `port`: a database construct's listener port, a number kept as written (a port mention, `settings.ts`). */
  readonly unit: 'milliseconds' | 'seconds' | 'hours' | 'days' | 'MiB' | 'bytes' | 'port';
}

interface Construct {
  /** CDK class names as written after the module alias (`Queue`, `Function`, `NodejsFunction`). */
  readonly classes: readonly string[];
  /**
   * Modules of other services with a class of the same name (`cloudfront.Function`, `awscloudfront.NewFunction`,
   * `Amazon.CDK.AWS.CloudFront.Function`): a class qualified by one (its qualifier's last part) is not this construct.
   */
  readonly others: RegExp;
  readonly type: string;
  /** CDK prop names, lower-cased without separators (`retentionperiod` for retentionPeriod / retention_period). */
  readonly props: Readonly<Record<string, Prop>>;
}

// Props and units from the CDK API reference (aws-cdk-lib.aws_sqs.QueueProps, aws_lambda.FunctionProps,
// aws_kinesis.StreamProps, aws_rds.DatabaseInstanceProps, the load balancer and API Gateway integration
// props below) and the CloudFormation properties they set.
const CONSTRUCTS: readonly Construct[] = [
  {
    classes: ['Queue'],
    others: /batch|mediaconvert|connect|gamelift/i,
    type: 'AWS::SQS::Queue',
    props: {
      retentionperiod: { cfn: 'MessageRetentionPeriod', unit: 'seconds' },
      visibilitytimeout: { cfn: 'VisibilityTimeout', unit: 'seconds' },
      receivemessagewaittime: { cfn: 'ReceiveMessageWaitTimeSeconds', unit: 'seconds' },
      deliverydelay: { cfn: 'DelaySeconds', unit: 'seconds' },
      maxmessagesizebytes: { cfn: 'MaximumMessageSize', unit: 'bytes' },
    },
  },
  {
    classes: ['Function', 'NodejsFunction', 'PythonFunction', 'DockerImageFunction', 'GoFunction', 'SingletonFunction'],
    others: /cloudfront|appsync|stepfunctions|sfn|glue|synthetics|iot|edge/i,
    type: 'AWS::Lambda::Function',
    props: {
      timeout: { cfn: 'Timeout', unit: 'seconds' },
      memorysize: { cfn: 'MemorySize', unit: 'MiB' },
      ephemeralstoragesize: { cfn: 'EphemeralStorageSize', unit: 'MiB' },
    },
  },
  {
    classes: ['Stream'],
    others: /qldb|ivs|firehose|dynamodb|video/i,
    type: 'AWS::Kinesis::Stream',
    props: { retentionperiod: { cfn: 'RetentionPeriodHours', unit: 'hours' } },
  },
  {
    classes: ['DatabaseInstance', 'DatabaseCluster', 'DatabaseInstanceFromSnapshot', 'ServerlessCluster'],
    others: /docdb|neptune|redshift|lightsail|timestream/i,
    type: 'AWS::RDS::DBInstance',
    props: { backupretention: { cfn: 'BackupRetentionPeriod', unit: 'days' }, port: { cfn: 'Port', unit: 'port' } },
  },
  // aws_elasticloadbalancingv2.ApplicationLoadBalancerProps.idleTimeout (the load balancer attribute idle_timeout.timeout_seconds).
  { classes: ['ApplicationLoadBalancer'], others: /(?!)/, type: 'aws_lb', props: { idletimeout: { cfn: 'IdleTimeout', unit: 'seconds' } } },
  // aws_apigateway.IntegrationOptions.timeout (the method integration's TimeoutInMillis) and the HTTP API
  // integrations' timeout (aws_apigatewayv2_integrations, the v2 integration's TimeoutInMillis).
  { classes: ['LambdaIntegration', 'HttpIntegration', 'AwsIntegration', 'StepFunctionsIntegration'], others: /(?!)/, type: 'AWS::ApiGateway::Method', props: { timeout: { cfn: 'TimeoutInMillis', unit: 'milliseconds' } } },
  { classes: ['HttpLambdaIntegration', 'HttpUrlIntegration', 'HttpAlbIntegration', 'HttpNlbIntegration'], others: /(?!)/, type: 'AWS::ApiGatewayV2::Integration', props: { timeout: { cfn: 'TimeoutInMillis', unit: 'milliseconds' } } },
  // No number to read: the resource type gives the CIDR written in the call its role
  // (`ipAddresses: IpAddresses.cidr('10.0.0.0/16')`, `cidrBlock: '10.0.1.0/24'`).
  { classes: ['Vpc'], others: /(?!)/, type: 'AWS::EC2::VPC', props: {} },
  { classes: ['Subnet', 'PublicSubnet', 'PrivateSubnet'], others: /(?!)/, type: 'AWS::EC2::Subnet', props: {} },
];

const BY_CLASS = new Map<string, Construct>(CONSTRUCTS.flatMap((c) => c.classes.map((name) => [name, c] as const)));

const UNIT_SECONDS = { milliseconds: 0.001, seconds: 1, hours: 3600, days: 86_400 } as const;
const UNIT_BYTES = { MiB: 1024 ** 2, bytes: 1 } as const;

/**
 * Where a construct starts: TypeScript `new sqs.Queue(`, Python `sqs.Queue(`, Go `awssqs.NewQueue(`, a props
 * literal `new QueueProps {` / `&awssqs.QueueProps{`, Java `Queue.Builder.create(` and `QueueProps.builder()`.
 */
const CALL = /(?<![\w$])([A-Z][\w$]{0,63})(?:(\.Builder[ \t]*\.[ \t]*create[ \t]*\()|(\.builder[ \t]*\([ \t]*\))|[ \t]{0,8}([({]))/g;
/** A prop name followed by `:` (an object literal, a Go struct) or `=` (a Python keyword argument, a C# initializer). */
const PROP = /^([A-Za-z_$][\w$]*)\s*(?::(?!:)|=(?![=>]))\s*/;
/** A setter in a builder's chain: `.visibilityTimeout(`. */
const SETTER = /^[ \t\r\n]*\.[ \t]*([A-Za-z_]\w{0,63})[ \t]*\(/;

/** The index of the bracket that closes the one at `open`, skipping strings; -1 when none. */
export function closing(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = code.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Where the expression starting at `from` ends: at a `,` `;` or line break outside brackets, a bracket that
 * closes one opened before it, a comment, or `limit`.
 */
export function expressionEnd(code: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = code.indexOf(c, i + 1);
      if (end < 0 || end >= limit) return i;
      i = end;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (c === ',' || c === ';' || c === '\n' || c === '#' || (c === '/' && code[i + 1] === '/'))) return i;
  }
  return limit;
}

/** The value a prop's expression (from `valueAt`, at most to `limit`) states, in the CloudFormation property's unit, or undefined. */
function valueIn(prop: Prop, code: string, valueAt: number, limit: number): { raw: string; number: number } | undefined {
  const end = expressionEnd(code, valueAt, Math.min(limit, valueAt + 200));
  const raw = code.slice(valueAt, end).trimEnd();
  const amount = raw === '' ? undefined : evaluate(raw);
  if (!amount) return undefined;
  if (prop.unit === 'port') return amount.dim === 'none' && Number.isInteger(amount.n) ? { raw, number: amount.n } : undefined;
  if (amount.dim === 'none') return { raw, number: amount.n };
  if (amount.dim === 'duration' && prop.unit in UNIT_SECONDS) return { raw, number: amount.n / UNIT_SECONDS[prop.unit as keyof typeof UNIT_SECONDS] };
  if (amount.dim === 'size' && prop.unit in UNIT_BYTES) return { raw, number: amount.n / UNIT_BYTES[prop.unit as keyof typeof UNIT_BYTES] };
  return undefined;
}

/**
 * Each `key:` / `key=` at the top level of a call's arguments (between `open` and `close`): in the
 * argument list itself (Python keywords) or one object literal deep (TypeScript), skipping strings,
 * nested objects, lists and calls. `visit` gets the key and where its value starts. Shared by the CDK
 * and Pulumi readers.
 */
export function topLevelArguments(code: string, open: number, close: number, visit: (key: string, valueAt: number) => void, setters = false): void {
  let depth = 0;
  let braces = 0;
  for (let i = open + 1; i < close; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = code.indexOf(c, i + 1);
      if (end < 0 || end > close) break;
      i = end;
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '{') braces++;
    else if (c === '}') braces--;
    // A nested object (`environment: { TIMEOUT: 5 }`) is another thing's.
    if (depth > 0 || braces > 1 || !/[A-Za-z_$]/.test(c ?? '')) continue;
    if (setters && code[i - 1] === '.') {
      // A builder's setter (`QueueProps.builder().visibilityTimeout(Duration.hours(18))`): its value is its argument.
      const m = /^([A-Za-z_]\w{0,63})[ \t]*\(/.exec(code.slice(i, Math.min(close, i + 72)));
      if (m?.[1]) {
        visit(m[1], i + m[0].length);
        i += m[0].length - 2;
      }
      continue;
    }
    if (/[\w$.]/.test(code[i - 1] ?? '')) continue;
    const m = PROP.exec(code.slice(i, Math.min(close, i + 64)));
    if (!m?.[1]) continue;
    const valueAt = i + m[0].length;
    visit(m[1], valueAt);
    i = valueAt - 1;
  }
}

/** A prop's value as an IacValue under its CloudFormation name, when the construct knows the prop and the value reads. */
function propValue(code: string, key: string, valueAt: number, limit: number, construct: Construct, at: number): IacValue | undefined {
  const prop = construct.props[key.replace(/_/g, '').toLowerCase()];
  const value = prop ? valueIn(prop, code, valueAt, limit) : undefined;
  if (!prop || !value) return undefined;
  return { key, normalizedKey: prop.cfn.toLowerCase(), raw: value.raw, number: value.number, start: at + valueAt, end: at + valueAt + value.raw.length };
}

/** The props at the top level of a construct's argument list or props literal (between `open` and `close`). */
function propsOf(code: string, open: number, close: number, construct: Construct, at: number): IacValue[] {
  const out: IacValue[] = [];
  topLevelArguments(
    code,
    open,
    close,
    (key, valueAt) => {
      const value = propValue(code, key, valueAt, close, construct, at);
      if (value) out.push(value);
    },
    true,
  );
  return out;
}

/** A Java builder's chain of setters from `from` (after `create(…)` or `builder()`): its values and where it ends (after `.build()`). */
function chainOf(code: string, from: number, construct: Construct, at: number): { values: IacValue[]; end: number } {
  const values: IacValue[] = [];
  let end = from;
  for (let calls = 0; calls < 64; calls++) {
    const m = SETTER.exec(code.slice(end, end + 200));
    if (!m?.[1]) break;
    const open = end + m[0].length - 1;
    const close = closing(code, open);
    if (close < 0) break;
    const value = propValue(code, m[1], open + 1 + (/^\s*/.exec(code.slice(open + 1, close))?.[0].length ?? 0), close, construct, at);
    if (value) values.push(value);
    end = close + 1;
    if (m[1] === 'build') break;
  }
  return { values, end };
}

/** A call a scanner found: what its name means, and the brackets around its arguments. */
export interface FoundCall<T> {
  readonly match: RegExpExecArray;
  readonly item: T;
  readonly open: number;
  readonly close: number;
}

/**
 * The calls `re` finds in `code` whose name (group 1) `lookup` knows, each with the brackets of its
 * argument list, and the resource each defines: from its call's line (after the previous resource) to
 * its closing bracket, at document offset `at`. One scanner for CDK constructs and SDK calls.
 */
export function scanCalls<T>(code: string, at: number, re: RegExp, lookup: (name: string) => T | undefined, resource: (call: FoundCall<T>) => { type: string; name: string; values: readonly IacValue[] }): IacFence {
  const resources: IacResource[] = [];
  const values: IacValue[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const item = lookup(m[1] ?? '');
    if (item === undefined) continue;
    const open = m.index + m[0].length - 1;
    const close = closing(code, open);
    if (close < 0) break;
    const found = resource({ match: m, item, open, close });
    // The resource starts with the line of its call (`const q = new sqs.Queue(`), after the previous one.
    const lineStart = code.lastIndexOf('\n', m.index) + 1;
    const previousEnd = (resources[resources.length - 1]?.end ?? at) - at;
    resources.push({ start: at + Math.max(lineStart, previousEnd), end: at + close + 1, resourceType: found.type, name: found.name });
    values.push(...found.values);
    re.lastIndex = close + 1;
  }
  return { resources, values };
}

/** The module a class is qualified with right before `index` (`sqs.` → `sqs`, `Amazon.CDK.AWS.SQS.` → `SQS`), or ''. */
function qualifierBefore(code: string, index: number): string {
  if (code[index - 1] !== '.') return '';
  let i = index - 1;
  while (i > 0 && /[\w$]/.test(code[i - 1] ?? '')) i--;
  return code.slice(i, index - 1);
}

/** The construct a name found by CALL stands for: the class itself, Go's `NewQueue`, a props class `QueueProps`. */
function constructOf(name: string): { construct: Construct; props: boolean } | undefined {
  const direct = BY_CLASS.get(name);
  if (direct) return { construct: direct, props: false };
  if (name.startsWith('New')) {
    const go = BY_CLASS.get(name.slice(3));
    if (go) return { construct: go, props: false };
  }
  if (name.endsWith('Props')) {
    const props = BY_CLASS.get(name.slice(0, -5));
    if (props) return { construct: props, props: true };
  }
  return undefined;
}

/** A construct's arguments as the typed languages write them: a scope, then an id string (`this, "Orders"`, `stack, jsii.String("Orders")`). */
const SCOPE_AND_ID = /^\(\s*[A-Za-z_][\w.]{0,40}\s*,\s*(?:jsii\.String\(\s*)?(['"])([^'"\n]{1,80})\1/;

/**
 * Reads the CDK constructs of one fence (`code` at document offset `at`). `typed`: a Java, Kotlin, Go or C#
 * fence, where a bare `Queue(` is read only with a scope and an id as its first arguments (other classes share the names).
 */
export function readCdk(code: string, at: number, typed = false): IacFence {
  const resources: IacResource[] = [];
  const values: IacValue[] = [];
  CALL.lastIndex = 0;
  for (let m = CALL.exec(code); m; m = CALL.exec(code)) {
    const found = constructOf(m[1] ?? '');
    if (!found) continue;
    const { construct, props } = found;
    const qualifier = qualifierBefore(code, m.index);
    if (qualifier !== '' && construct.others.test(qualifier)) continue;
    // A props class is written as a literal (`QueueProps {`) or a builder (`QueueProps.builder()`), a construct as a
    // call (`Queue(`) or a builder (`Queue.Builder.create(`); `Queue {` is a declaration.
    if (props !== (m[3] !== undefined || m[4] === '{')) continue;
    const open = m.index + m[0].length - 1;
    let end: number;
    let read: IacValue[];
    let name = '';
    if (m[3] !== undefined) {
      // `QueueProps.builder()`: the chain after it.
      const chain = chainOf(code, m.index + m[0].length, construct, at);
      ({ end } = chain);
      read = chain.values;
    } else {
      const close = closing(code, open);
      if (close < 0) break;
      const id = SCOPE_AND_ID.exec(code.slice(open, open + 160));
      if (m[2] === undefined && m[4] === '(' && typed && !id) continue;
      name = id?.[2] ?? '';
      read = propsOf(code, open, close, construct, at);
      end = close + 1;
      if (m[2] !== undefined) {
        // `Queue.Builder.create(this, "Orders")`: the setters follow the arguments.
        const chain = chainOf(code, close + 1, construct, at);
        end = chain.end;
        read = [...read, ...chain.values];
      }
    }
    // The resource starts with the line of its call (`const q = new sqs.Queue(`), after the previous one.
    const lineStart = code.lastIndexOf('\n', m.index) + 1;
    const previousEnd = (resources[resources.length - 1]?.end ?? at) - at;
    resources.push({ start: at + Math.max(lineStart, previousEnd), end: at + end, resourceType: construct.type, name });
    values.push(...read);
    CALL.lastIndex = Math.max(end, m.index + m[0].length);
  }
  return { resources, values };
}
