/**
 * What tests assert about a resource's settings, in any program language:
 *
 * - The CDK assertions API names the CloudFormation type as a string and the properties after it:
 *   `template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 50000 })`, Python
 *   `has_resource_properties("AWS::SQS::Queue", {"MessageRetentionPeriod": 1500000})`, Java `Map.of("Timeout", 1200)`,
 *   Go `jsii.String("AWS::Lambda::Function"), &map[string]interface{}{"Timeout": 1200}`, C# `{ "Timeout", 1200 }`.
 *   The call is a resource of that type (its properties are `attributes.ts`'s); one under `Match.not` / `Match.absent`
 *   states nothing.
 * - An assertion over the attributes an SDK read returns: `assert attrs["MaximumMessageSize"] == "262144"`,
 *   `self.assertEqual(attrs["VisibilityTimeout"], "50000")`, `expect(Attributes.VisibilityTimeout).toBe("50000")`,
 *   Go `assert.Equal(t, "50000", attrs["VisibilityTimeout"])`, Java `assertEquals("50000", attrs.get("VisibilityTimeout"))`.
 *   The fence's read operations (`get_queue_attributes`, `GetFunctionConfiguration`, `describeStream`…) must name
 *   one resource type, and the key must be one of that type's properties: otherwise the key alone says nothing.
 *   Only equality on one line with one number is read (`<=`, `not`, `GreaterThan` compare, they do not state).
 *
 * Linear scanners over the fence; never throw.
 */
import { iacAttributeOf } from './attributes';
import { closing } from './cdk';
import { paramsOf } from './sdk';
import { MAX_FENCE, type IacFence, type IacResource, type IacValue } from './types';

/** A CloudFormation type string as an argument: `"AWS::SQS::Queue"`, `jsii.String("AWS::SQS::Queue")`. */
const TYPE_ARGUMENT = /\((?:[ \t]*jsii\.String\()?[ \t]*(["'])(AWS::[A-Za-z0-9]{2,40}::[A-Za-z0-9]{2,60})\1/g;
/** A matcher that negates or drops what it wraps. */
const NEGATED = /\bMatch\.(?:not_?|Not|absent|Absent)\b/;
/** Java `Map.of("Timeout", 1200)`, C# `{ "Timeout", 1200 }`: a quoted key and its number as two arguments. */
const PAIR = /(["'])([A-Z][a-z][A-Za-z0-9]{0,62})\1[ \t]*,[ \t]*(?:jsii\.Number\([ \t]*)?(["']?)(\d{1,12})\3(?![\w.])/g;

/** SDK operations that read a resource's settings (boto3 spelling; other spellings derived) → its type. */
const READ_OPERATIONS: Readonly<Record<string, string>> = {
  get_queue_attributes: 'AWS::SQS::Queue',
  get_function_configuration: 'AWS::Lambda::Function',
  get_function: 'AWS::Lambda::Function',
  describe_stream: 'AWS::Kinesis::Stream',
  describe_stream_summary: 'AWS::Kinesis::Stream',
  describe_db_instances: 'AWS::RDS::DBInstance',
  describe_db_clusters: 'AWS::RDS::DBCluster',
  describe_log_groups: 'AWS::Logs::LogGroup',
};
const BY_READ = new Map(Object.entries(READ_OPERATIONS).map(([snake, type]) => [snake.replace(/_/g, ''), type] as const));
/** An identifier that may name an operation, with the suffixes SDKs add (`GetQueueAttributesCommand`, `…Async`, `…Request`). */
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]{2,80}/g;
const OPERATION_SUFFIX = /(?:command|async|request|input|output|response|result)$/;

/** The one resource type the fence's read operations name, or undefined (none, or several). */
function readType(code: string): string | undefined {
  const types = new Set<string>();
  IDENTIFIER.lastIndex = 0;
  for (let m = IDENTIFIER.exec(code); m; m = IDENTIFIER.exec(code)) {
    const name = m[0].replace(/_/g, '').toLowerCase();
    const type = BY_READ.get(name) ?? BY_READ.get(name.replace(OPERATION_SUFFIX, ''));
    if (type) types.add(type);
  }
  return types.size === 1 ? [...types][0] : undefined;
}

/** A line that asserts: a test framework's assertion word. */
const ASSERTS = /\b(?:assert\w*|expect|Expect|Assert|Assertions|require\.Equal|should|Should)\b/;
/** A line that compares or negates rather than states the value. */
const COMPARES = /[<>]|!=|\bnot\b|\bNot\b|[Ll]ess|[Gg]reater|[Cc]ontain|[Mm]atch|[Cc]lose|[Bb]etween|[Aa]tLeast|[Aa]tMost|isNot|[Nn]otEqual|toBeDefined|[Tt]ruthy|[Ii]n\(/;
/** A key reference: `["Key"]`, `.get("Key")`, `.Key`. */
const KEY_REFERENCE = /\[[ \t]*(["'])([A-Za-z][A-Za-z0-9]{1,63})\1[ \t]*\]|\.(?:get|Get|GetValueOrDefault)\([ \t]*(["'])([A-Za-z][A-Za-z0-9]{1,63})\3[ \t]*\)|\.([A-Z][A-Za-z0-9]{1,63})\b(?![ \t]*\()/g;
/** A number as a test writes an expected value: `"262144"`, `262144`, `int("50000")`. */
const NUMBER = /(?<![\w.])(["']?)(\d{1,12})\1(?![\w.])/g;

/** The attribute assertions of one line of a fence whose read operations name `type`. */
function lineAssertion(line: string, lineAt: number, type: string, at: number): IacValue | undefined {
  if (!ASSERTS.test(line) || COMPARES.test(line)) return undefined;
  const keys: Array<{ key: string; start: number; end: number }> = [];
  KEY_REFERENCE.lastIndex = 0;
  for (let m = KEY_REFERENCE.exec(line); m; m = KEY_REFERENCE.exec(line)) keys.push({ key: m[2] ?? m[4] ?? m[5] ?? '', start: m.index, end: m.index + m[0].length });
  const numbers: Array<{ raw: string; start: number }> = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(line); m; m = NUMBER.exec(line)) {
    const index = m.index;
    if (keys.some((k) => k.start <= index && index < k.end)) continue;
    numbers.push({ raw: m[2] ?? '', start: m.index + (m[1] ?? '').length });
  }
  if (numbers.length !== 1) return undefined;
  const number = numbers[0] as { raw: string; start: number };
  const known = keys.filter((k) => {
    const probe: IacValue = { key: k.key, normalizedKey: k.key.toLowerCase(), raw: number.raw, number: Number(number.raw), start: 0, end: 0 };
    return iacAttributeOf(type, probe) !== undefined;
  });
  if (known.length !== 1) return undefined;
  const key = (known[0] as { key: string }).key;
  const value: IacValue = { key, normalizedKey: key.toLowerCase(), raw: number.raw, number: Number(number.raw), start: at + lineAt + number.start, end: at + lineAt + number.start + number.raw.length };
  const binding = iacAttributeOf(type, value);
  return binding ? { ...value, bound: { ...binding, modality: 'stated' } } : undefined;
}

/** The CDK assertions of a fence: each call with a CloudFormation type string, a resource of that type. */
function templateAssertions(code: string, at: number): Array<{ resource: IacResource; values: IacValue[] }> {
  const out: Array<{ resource: IacResource; values: IacValue[] }> = [];
  TYPE_ARGUMENT.lastIndex = 0;
  for (let m = TYPE_ARGUMENT.exec(code); m; m = TYPE_ARGUMENT.exec(code)) {
    const open = m.index;
    const close = closing(code, open);
    if (close < 0) break;
    TYPE_ARGUMENT.lastIndex = close + 1;
    const args = code.slice(open, close + 1);
    if (NEGATED.test(args)) continue;
    const from = open + m[0].length;
    const type = m[2] ?? '';
    // CloudFormation properties are PascalCase (`TIMEOUT` is an environment variable's), at the top of the properties
    // or in the block a property requires (`EphemeralStorage: { Size }`), not in another map (`Variables: { Timeout }`).
    const values = paramsOf(code, from, close, at).filter((v) => /^[A-Z][a-z]/.test(v.key) && (v.parentKey === undefined || v.parentKey === 'properties' || iacAttributeOf(type, { ...v, parentKey: undefined }) === undefined));
    PAIR.lastIndex = 0;
    for (let p = PAIR.exec(args); p; p = PAIR.exec(args)) {
      const raw = p[4] ?? '';
      const key = p[2] ?? '';
      const valueAt = open + p.index + p[0].length - raw.length - (p[3] ?? '').length;
      if (valueAt < from || values.some((v) => v.start === at + valueAt)) continue;
      values.push({ key, normalizedKey: key.toLowerCase(), raw, number: Number(raw), start: at + valueAt, end: at + valueAt + raw.length });
    }
    if (values.length === 0) continue;
    const lineStart = code.lastIndexOf('\n', open) + 1;
    out.push({ resource: { start: at + lineStart, end: at + close + 1, resourceType: type, name: '' }, values: values.sort((a, b) => a.start - b.start) });
  }
  return out;
}

/** Adds what a program fence's tests assert to its reading, where no other resource of the fence is there already. */
export function withTestAssertions(fence: IacFence, code: string, at: number): IacFence {
  if (code.length > MAX_FENCE || !/assert|expect|Assert|Expect|should|Should|AWS::/.test(code)) return fence;
  try {
    const resources = [...fence.resources];
    const values = [...fence.values];
    const free = (start: number, end: number): boolean => !resources.some((r) => r.start < end && start < r.end) && !values.some((v) => v.start < end && start < v.end);
    for (const found of templateAssertions(code, at)) {
      if (!free(found.resource.start, found.resource.end)) continue;
      resources.push(found.resource);
      values.push(...found.values);
    }
    const type = readType(code);
    if (type) {
      for (let lineAt = 0; lineAt < code.length; ) {
        const next = code.indexOf('\n', lineAt);
        const lineEnd = next === -1 ? code.length : next;
        const value = lineEnd - lineAt <= 400 ? lineAssertion(code.slice(lineAt, lineEnd), lineAt, type, at) : undefined;
        if (value && free(value.start, value.end)) values.push(value);
        lineAt = lineEnd + 1;
      }
    }
    if (resources.length === fence.resources.length && values.length === fence.values.length) return fence;
    return { resources: resources.sort((a, b) => a.start - b.start), values: values.sort((a, b) => a.start - b.start) };
  } catch {
    return fence;
  }
}
