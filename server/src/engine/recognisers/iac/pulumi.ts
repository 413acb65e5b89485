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
import { scanCalls, topLevelArguments } from './cdk';
import { PULUMI_TYPES } from './yaml';
import { EMPTY_FENCE, normalizeKey, type IacFence, type IacValue } from './types';

/**
 * A fence that is a Pulumi program: it imports the AWS provider, or (a snippet without imports) calls
 * a class of the provider's `aws` namespace with a resource name first (`new aws.sqs.Queue("orders"`).
 * CDK writes `new sqs.Queue(this, …)`, never `aws.sqs.Queue("…"`.
 */
export const PULUMI_HINT = /@pulumi\/aws\b|\bpulumi_aws\b|(?<![\w$.])aws\.[a-z0-9]{1,32}_?\.[A-Z][\w$]{0,63}[ \t]{0,8}\([ \t]{0,8}["']/;

/** `aws.sqs.Queue(` / `new aws.ec2.Vpc(` / Python's `aws.lambda_.Function(`: group 1 is `sqs.Queue`, `lambda_.Function`. */
const CALL = /(?<![\w$.])aws\.([a-z0-9]{1,32}_?\.[A-Z][\w$]{0,63})[ \t]{0,8}\(/g;
/** A literal: a number (`1_209_600`) or a string (`"postgres"`, `'10.0.0.0/16'`). */
const LITERAL = /^(?:(\d[\d_]{0,15}(?:\.\d{1,6})?)(?![\w.])|"([^"\n]{0,200})"|'([^'\n]{0,200})')/;

/** The literal arguments at the top level of a call (`topLevelArguments`): numbers and strings. */
function argumentsOf(code: string, open: number, close: number, at: number): IacValue[] {
  const out: IacValue[] = [];
  topLevelArguments(code, open, close, (key, valueAt) => {
    const literal = LITERAL.exec(code.slice(valueAt, Math.min(close, valueAt + 210)));
    if (!literal) return;
    const number = literal[1];
    const text = number ?? literal[2] ?? literal[3] ?? '';
    // A string's value starts after its quote.
    const start = valueAt + (number === undefined ? 1 : 0);
    out.push({
      key,
      normalizedKey: normalizeKey(key),
      raw: number === undefined ? text : number.replace(/_/g, ''),
      ...(number === undefined ? {} : { number: Number(number.replace(/_/g, '')) }),
      start: at + start,
      end: at + start + text.length,
    });
  });
  return out;
}

/** Reads the Pulumi AWS resources of one fence (`code` at document offset `at`). */
export function readPulumi(code: string, at: number): IacFence {
  if (!PULUMI_HINT.test(code)) return EMPTY_FENCE;
  // Python escapes a module named like a keyword with a trailing underscore (`lambda_`).
  return scanCalls(code, at, CALL, (name) => PULUMI_TYPES[name.replace(/^([a-z0-9]+)_\./, '$1.').replace('.', ':')], ({ item: type, open, close }) => ({
    type,
    name: /^\(\s*(['"])([^'"\n]{1,80})\1/.exec(code.slice(open, open + 120))?.[2] ?? '',
    values: argumentsOf(code, open, close, at),
  }));
}
