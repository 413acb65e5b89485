/**
 * AWS CDK constructs in TypeScript/JavaScript and Python fences: `new sqs.Queue(this, 'Orders',
 * { retentionPeriod: Duration.days(30) })`, `lambda_.Function(self, "Fn", timeout=Duration.minutes(20),
 * memory_size=20480)`. Each construct of a class in the table below is a resource of its
 * CloudFormation type; each prop the table names is a value under its CloudFormation property name,
 * in that property's unit, so the assertion model reads it like the same template written in YAML.
 *
 * A small scanner, not a TypeScript parser: it finds `new X.Y(` / `X.Y(self,`, matches brackets and
 * quotes to the construct's end, and reads props at the top level of its argument list. Linear in the
 * fence; never throws.
 */
import type { IacFence, IacResource, IacValue } from './types';

/** A CDK prop: the CloudFormation property it sets and how a CDK value converts to that property's unit. */
interface Prop {
  readonly cfn: string;
  readonly unit: 'milliseconds' | 'seconds' | 'hours' | 'days' | 'MiB' | 'bytes';
}

interface Construct {
  /** CDK class names as written after the module alias (`Queue`, `Function`, `NodejsFunction`). */
  readonly classes: readonly string[];
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
    type: 'AWS::Lambda::Function',
    props: {
      timeout: { cfn: 'Timeout', unit: 'seconds' },
      memorysize: { cfn: 'MemorySize', unit: 'MiB' },
      ephemeralstoragesize: { cfn: 'EphemeralStorageSize', unit: 'MiB' },
    },
  },
  {
    classes: ['Stream'],
    type: 'AWS::Kinesis::Stream',
    props: { retentionperiod: { cfn: 'RetentionPeriodHours', unit: 'hours' } },
  },
  {
    classes: ['DatabaseInstance', 'DatabaseCluster', 'DatabaseInstanceFromSnapshot', 'ServerlessCluster'],
    type: 'AWS::RDS::DBInstance',
    props: { backupretention: { cfn: 'BackupRetentionPeriod', unit: 'days' } },
  },
  // aws_elasticloadbalancingv2.ApplicationLoadBalancerProps.idleTimeout (the load balancer attribute idle_timeout.timeout_seconds).
  { classes: ['ApplicationLoadBalancer'], type: 'aws_lb', props: { idletimeout: { cfn: 'IdleTimeout', unit: 'seconds' } } },
  // aws_apigateway.IntegrationOptions.timeout (the method integration's TimeoutInMillis) and the HTTP API
  // integrations' timeout (aws_apigatewayv2_integrations, the v2 integration's TimeoutInMillis).
  { classes: ['LambdaIntegration', 'HttpIntegration', 'AwsIntegration', 'StepFunctionsIntegration'], type: 'AWS::ApiGateway::Method', props: { timeout: { cfn: 'TimeoutInMillis', unit: 'milliseconds' } } },
  { classes: ['HttpLambdaIntegration', 'HttpUrlIntegration', 'HttpAlbIntegration', 'HttpNlbIntegration'], type: 'AWS::ApiGatewayV2::Integration', props: { timeout: { cfn: 'TimeoutInMillis', unit: 'milliseconds' } } },
  // No number to read: the resource type gives the CIDR written in the call its role
  // (`ipAddresses: IpAddresses.cidr('10.0.0.0/16')`, `cidrBlock: '10.0.1.0/24'`).
  { classes: ['Vpc'], type: 'AWS::EC2::VPC', props: {} },
  { classes: ['Subnet', 'PublicSubnet', 'PrivateSubnet'], type: 'AWS::EC2::Subnet', props: {} },
];

const BY_CLASS = new Map<string, Construct>(CONSTRUCTS.flatMap((c) => c.classes.map((name) => [name, c] as const)));

/** Seconds in one unit of a CDK `Duration` factory; bytes in one unit of a `Size` factory. */
const DURATION_SECONDS: Readonly<Record<string, number>> = { millis: 0.001, seconds: 1, minutes: 60, hours: 3600, days: 86_400 };
const SIZE_BYTES: Readonly<Record<string, number>> = { bytes: 1, kibibytes: 1024, mebibytes: 1024 ** 2, gibibytes: 1024 ** 3 };
const UNIT_SECONDS = { milliseconds: 0.001, seconds: 1, hours: 3600, days: 86_400 } as const;
const UNIT_BYTES = { MiB: 1024 ** 2, bytes: 1 } as const;

/** A construct call: the class name of `new sqs.Queue(` (TypeScript/JavaScript) or `sqs.Queue(self,` (Python). */
const CALL = /(?<![\w$])([A-Z][\w$]{0,63})[ \t]{0,8}\(/g;
/** A prop name followed by `:` (an object literal) or `=` (a Python keyword argument). */
const PROP = /^([A-Za-z_$][\w$]*)\s*(?::|=(?!=))\s*/;
/** A literal or factory value: `30`, `1_024`, `Duration.days(30)`, `cdk.Size.mebibytes(512)`. */
const VALUE = /^(?:(\d[\d_]*(?:\.\d+)?)|(?:[A-Za-z_$][\w$]*\.)?(Duration|Size)\.([a-z]+)\(\s*(\d[\d_]*(?:\.\d+)?)\s*\))/;

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

/** The value a prop's text states, in the CloudFormation property's unit, or undefined. */
function valueIn(prop: Prop, text: string): { raw: string; number: number } | undefined {
  const m = VALUE.exec(text);
  if (!m) return undefined;
  const raw = m[0];
  if (m[1] !== undefined) return { raw, number: Number(m[1].replace(/_/g, '')) };
  const n = Number((m[4] ?? '').replace(/_/g, ''));
  if (m[2] === 'Duration' && prop.unit in UNIT_SECONDS) {
    const per = DURATION_SECONDS[m[3] ?? ''];
    return per === undefined ? undefined : { raw, number: (n * per) / UNIT_SECONDS[prop.unit as keyof typeof UNIT_SECONDS] };
  }
  if (m[2] === 'Size' && prop.unit in UNIT_BYTES) {
    const per = SIZE_BYTES[m[3] ?? ''];
    return per === undefined ? undefined : { raw, number: (n * per) / UNIT_BYTES[prop.unit as keyof typeof UNIT_BYTES] };
  }
  return undefined;
}

/**
 * Each `key:` / `key=` at the top level of a call's arguments (between `open` and `close`): in the
 * argument list itself (Python keywords) or one object literal deep (TypeScript), skipping strings,
 * nested objects, lists and calls. `visit` gets the key and where its value starts. Shared by the CDK
 * and Pulumi readers.
 */
export function topLevelArguments(code: string, open: number, close: number, visit: (key: string, valueAt: number) => void): void {
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
    if (depth > 0 || braces > 1 || !/[A-Za-z_$]/.test(c ?? '') || /[\w$.]/.test(code[i - 1] ?? '')) continue;
    const m = PROP.exec(code.slice(i, Math.min(close, i + 64)));
    if (!m?.[1]) continue;
    const valueAt = i + m[0].length;
    visit(m[1], valueAt);
    i = valueAt - 1;
  }
}

/** The props at the top level of a construct's argument list (between `open` and `close`). */
function propsOf(code: string, open: number, close: number, construct: Construct, at: number): IacValue[] {
  const out: IacValue[] = [];
  topLevelArguments(code, open, close, (key, valueAt) => {
    const prop = construct.props[key.replace(/_/g, '').toLowerCase()];
    const value = prop ? valueIn(prop, code.slice(valueAt, Math.min(close, valueAt + 64))) : undefined;
    if (prop && value) {
      out.push({ key, normalizedKey: prop.cfn.toLowerCase(), raw: value.raw, number: value.number, start: at + valueAt, end: at + valueAt + value.raw.length });
    }
  });
  return out;
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

/** Reads the CDK constructs of one fence (`code` at document offset `at`). */
export function readCdk(code: string, at: number): IacFence {
  return scanCalls(code, at, CALL, (name) => BY_CLASS.get(name), ({ item: construct, open, close }) => ({
    type: construct.type,
    name: /^\(\s*(?:this|self|scope|stack)\s*,\s*(['"])([^'"\n]{1,80})\1/.exec(code.slice(open, open + 120))?.[2] ?? '',
    values: propsOf(code, open, close, construct, at),
  }));
}
