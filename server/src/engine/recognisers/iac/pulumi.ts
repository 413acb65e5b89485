/**
 * Pulumi programs in TypeScript/JavaScript and Python fences: `new aws.sqs.Queue("orders", {
 * messageRetentionSeconds: 1209600 })`, `aws.rds.Instance("db", engine="postgres", port=5432)`. Pulumi's
 * AWS provider is bridged from Terraform's, so a resource class is a Terraform resource type (the same
 * table as Pulumi YAML, `yaml.ts`) and its arguments are that type's arguments in camelCase or
 * snake_case, which normalise to the same keys (`attributes.ts` maps them to facts and units).
 *
 * The CDK reader's scanner: the call's brackets are matched, and the literal numbers and strings at
 * the top level of its argument object (TypeScript) or keyword arguments (Python) are read. Linear in
 * the fence; never throws.
 */
import { scanCalls } from './cdk';
import { PULUMI_TYPES } from './yaml';
import { EMPTY_FENCE, normalizeKey, type IacFence, type IacValue } from './types';

/**
 * A fence that is a Pulumi program: it imports the AWS provider, or (a snippet without imports) calls
 * a class of the provider's `aws` namespace with a resource name first (`new aws.sqs.Queue("orders"`).
 * CDK writes `new sqs.Queue(this, …)`, never `aws.sqs.Queue("…"`.
 */
export const PULUMI_HINT = /@pulumi\/aws\b|\bpulumi_aws\b|(?<![\w$.])aws\.[a-z0-9]{1,32}\.[A-Z][\w$]{0,63}[ \t]{0,8}\([ \t]{0,8}["']/;

/** `aws.sqs.Queue(` / `new aws.ec2.Vpc(`: group 1 is `sqs.Queue`. */
const CALL = /(?<![\w$.])aws\.([a-z0-9]{1,32}\.[A-Z][\w$]{0,63})[ \t]{0,8}\(/g;
/** A key and its separator: `messageRetentionSeconds:` (an object literal) or `port=` (a keyword argument). */
const PROP = /^([A-Za-z_$][\w$]{0,63})\s*(?::|=(?!=))\s*/;
/** A literal: a number (`1_209_600`) or a string (`"postgres"`, `'10.0.0.0/16'`). */
const LITERAL = /^(?:(\d[\d_]{0,15}(?:\.\d{1,6})?)(?![\w.])|"([^"\n]{0,200})"|'([^'\n]{0,200})')/;

/**
 * The literal arguments at the top level of a call's arguments: one object literal deep (TypeScript's
 * `args`) or as keyword arguments (Python), skipping nested objects, lists and calls.
 */
function argumentsOf(code: string, open: number, close: number, at: number): IacValue[] {
  const out: IacValue[] = [];
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
    if (depth > 0 || braces > 1 || !/[A-Za-z_$]/.test(c ?? '') || /[\w$.]/.test(code[i - 1] ?? '')) continue;
    const m = PROP.exec(code.slice(i, Math.min(close, i + 80)));
    if (!m?.[1]) continue;
    const valueAt = i + m[0].length;
    const literal = LITERAL.exec(code.slice(valueAt, Math.min(close, valueAt + 210)));
    if (literal) {
      const number = literal[1];
      const text = number ?? literal[2] ?? literal[3] ?? '';
      // A string's value starts after its quote.
      const start = valueAt + (number === undefined ? 1 : 0);
      out.push({
        key: m[1],
        normalizedKey: normalizeKey(m[1]),
        raw: number === undefined ? text : number.replace(/_/g, ''),
        ...(number === undefined ? {} : { number: Number(number.replace(/_/g, '')) }),
        start: at + start,
        end: at + start + text.length,
      });
    }
    i = valueAt - 1;
  }
  return out;
}

/** Reads the Pulumi AWS resources of one fence (`code` at document offset `at`). */
export function readPulumi(code: string, at: number): IacFence {
  if (!PULUMI_HINT.test(code)) return EMPTY_FENCE;
  return scanCalls(code, at, CALL, (name) => PULUMI_TYPES[name.replace('.', ':')], ({ item: type, open, close }) => ({
    type,
    name: /^\(\s*(['"])([^'"\n]{1,80})\1/.exec(code.slice(open, open + 120))?.[2] ?? '',
    values: argumentsOf(code, open, close, at),
  }));
}
