/**
 * AWS SDK calls inside code fences: boto3 (`sqs.create_queue(QueueName=…, Attributes={"MessageRetentionPeriod":
 * "2592000"})`), the JavaScript SDK v3 (`new UpdateFunctionConfigurationCommand({ Timeout: 1200 })`) and v2
 * (`lambda.updateFunctionConfiguration({ MemorySize: 12288 })`). Each call to an operation in the table below
 * is a resource of the CloudFormation type it configures, and its parameters are values under their API
 * names, which are the CloudFormation property names (`attributes.ts` maps them to facts and units).
 *
 * A small scanner like the CDK reader: it finds the operation's call, matches brackets and quotes to the
 * call's end, and reads `Name: number`, `Name=number` and `"Name": "number"` pairs anywhere inside it,
 * with the key of the map they sit in. Linear in the fence; never throws.
 */
import { closing, expressionEnd, scanCalls } from './cdk';
import { evaluate } from './constants';
import type { IacFence, IacValue } from './types';

/**
 * Operations (boto3 snake_case; the JavaScript v2 method and v3 `…Command` are derived) → CloudFormation
 * type. Parameter names from the API references (SQS CreateQueue/SetQueueAttributes/ChangeMessageVisibility, Lambda
 * CreateFunction/UpdateFunctionConfiguration, Kinesis IncreaseStreamRetentionPeriod, RDS
 * CreateDBInstance/ModifyDBInstance/CreateDBCluster/ModifyDBCluster, CloudWatch Logs PutRetentionPolicy).
 */
export const OPERATIONS: Readonly<Record<string, string>> = {
  create_queue: 'AWS::SQS::Queue',
  set_queue_attributes: 'AWS::SQS::Queue',
  // ChangeMessageVisibility: VisibilityTimeout, the same 0 to 43,200 seconds as the queue's.
  change_message_visibility: 'AWS::SQS::Queue',
  create_function: 'AWS::Lambda::Function',
  update_function_configuration: 'AWS::Lambda::Function',
  increase_stream_retention_period: 'AWS::Kinesis::Stream',
  decrease_stream_retention_period: 'AWS::Kinesis::Stream',
  create_db_instance: 'AWS::RDS::DBInstance',
  modify_db_instance: 'AWS::RDS::DBInstance',
  create_db_cluster: 'AWS::RDS::DBCluster',
  modify_db_cluster: 'AWS::RDS::DBCluster',
  // CloudWatch Logs PutRetentionPolicy: retentionInDays, the log group's RetentionInDays.
  put_retention_policy: 'AWS::Logs::LogGroup',
};

/** Every spelling of an operation → its type: `create_queue`, `createQueue`, `CreateQueueCommand`. */
const BY_NAME = new Map<string, string>();
for (const [snake, type] of Object.entries(OPERATIONS)) {
  const camel = snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/Db/g, 'DB');
  BY_NAME.set(snake, type);
  BY_NAME.set(camel, type);
  BY_NAME.set(`${camel.charAt(0).toUpperCase()}${camel.slice(1)}Command`, type);
}

/** Operations lower-cased without separators (`setqueueattributes`) → type. */
const BY_NORMALIZED = new Map(Object.entries(OPERATIONS).map(([snake, type]) => [snake.replace(/_/g, ''), type] as const));

/**
 * The CloudFormation type an operation configures, by its name in any SDK's spelling: `create_queue`, `createQueue`,
 * `CreateQueueCommand`, `SetQueueAttributesRequest`, `CreateQueueAsync`; undefined for any other name.
 */
export function operationType(name: string): string | undefined {
  return BY_NAME.get(name) ?? BY_NORMALIZED.get(name.replace(/(?:Command|Request|Input|Async|_async)$/, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase());
}

/** A call of a method or a v3 command: `.create_queue(`, `.createQueue(`, `new CreateQueueCommand(`. */
const CALL = /(?:\.|\bnew[ \t]+)([A-Za-z][\w]{0,63})[ \t]{0,8}\(/g;
/** A parameter with a number: `Timeout: 1200`, `Timeout=1200`, `"VisibilityTimeout": "50000"`, `'Size': 20480`. */
const PARAM = /(["']?)([A-Za-z][A-Za-z0-9]{0,63})\1[ \t]*(?::|=(?!=))[ \t]*(["']?)(\d{1,12})\3(?![\w.])/g;
/** The key that opens a map: `Attributes={`, `EphemeralStorage: {`, `"Attributes": {`. */
const MAP_KEY = /(["']?)([A-Za-z][A-Za-z0-9]{0,63})\1[ \t]*(?::|=)[ \t]*(?:dict\()?$/;

function normalized(key: string): string {
  return key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** The key of the innermost map that is open at `index` inside the call (between `open` and there). */
function parentKeyAt(code: string, open: number, index: number): string | undefined {
  const stack: number[] = [];
  for (let i = open + 1; i < index; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = code.indexOf(c, i + 1);
      if (end < 0 || end >= index) break;
      i = end;
    } else if (c === '{' || (c === '(' && code.slice(Math.max(0, i - 4), i) === 'dict')) stack.push(i);
    else if ((c === '}' || c === ')') && stack.length > 0) stack.pop();
  }
  const innermost = stack[stack.length - 1];
  if (innermost === undefined) return undefined;
  const start = code[innermost] === '(' ? innermost - 4 : innermost;
  const m = MAP_KEY.exec(code.slice(Math.max(open, start - 80), start));
  return m?.[2] === undefined ? undefined : normalized(m[2]);
}

/**
 * A number written as arithmetic, alone or in a conversion to text: `Timeout=15 * 60`, `"VisibilityTimeout": str(12 * 3600)`,
 * `String(14 * 86400)`. The expression starts at `from` (its first digit); undefined unless it reads as a plain number.
 */
function arithmeticAt(code: string, from: number, limit: number): { raw: string; number: number } | undefined {
  const raw = code.slice(from, expressionEnd(code, from, Math.min(limit, from + 120))).trimEnd();
  const amount = evaluate(raw);
  return amount?.dim === 'none' && Number.isFinite(amount.n) ? { raw, number: amount.n } : undefined;
}

/** A key whose value converts arithmetic to text: `str(`, `String(`, `strconv.Itoa(`, `Integer.toString(`. */
const CONVERTED = /(["']?)([A-Za-z][A-Za-z0-9]{0,63})\1[ \t]*(?::|=(?!=))[ \t]*(?:str|String|int|Number|strconv\.Itoa|Integer\.toString|Long\.toString)\([ \t]*(?=\d)/g;

/** The numeric parameters inside one call's brackets (`open`..`close`), with the key of the map each sits in. */
export function paramsOf(code: string, open: number, close: number, at: number): IacValue[] {
  const out: IacValue[] = [];
  const args = code.slice(open, close);
  const push = (key: string, keyAt: number, value: { raw: string; number: number }, valueAt: number): void => {
    const parentKey = parentKeyAt(code, open, keyAt);
    out.push({ key, normalizedKey: normalized(key), ...(parentKey === undefined ? {} : { parentKey }), raw: value.raw, number: value.number, start: at + valueAt, end: at + valueAt + value.raw.length });
  };
  PARAM.lastIndex = 0;
  for (let p = PARAM.exec(args); p; p = PARAM.exec(args)) {
    const raw = p[4] ?? '';
    const valueAt = open + p.index + p[0].length - raw.length - (p[3] ?? '').length;
    // `Timeout=15 * 60`: the whole expression is the value, never its first operand.
    const expression = p[3] === '' && /^[ \t]*[-+*/%]/.test(args.slice(p.index + p[0].length)) ? arithmeticAt(code, valueAt, close) : undefined;
    if (expression === undefined && p[3] === '' && /^[ \t]*[-+*/%]/.test(args.slice(p.index + p[0].length))) continue;
    push(p[2] ?? '', open + p.index, expression ?? { raw, number: Number(raw) }, valueAt);
  }
  CONVERTED.lastIndex = 0;
  for (let p = CONVERTED.exec(args); p; p = CONVERTED.exec(args)) {
    const valueAt = open + p.index + p[0].length;
    const value = arithmeticAt(code, valueAt, close);
    if (value && !out.some((v) => v.start === at + valueAt)) push(p[2] ?? '', open + p.index, value, valueAt);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reads the SDK calls of one fence (`code` at document offset `at`). */
export function readSdk(code: string, at: number): IacFence {
  return scanCalls(code, at, CALL, (name) => BY_NAME.get(name), ({ item: type, open, close }) => ({ type, name: '', values: paramsOf(code, open, close, at) }));
}
