/**
 * Values set by `aws` CLI commands, read as IaC values of the resource the command configures:
 * `aws lambda update-function-configuration --timeout 1200`, `aws sqs set-queue-attributes
 * --attributes MessageRetentionPeriod=2592000`, `aws kinesis increase-stream-retention-period
 * --retention-period-hours 240`. A flag or attribute name normalises like an IaC key (lower case,
 * no separators) and the command says which resource it is.
 * One statement at a time: a command continued over several lines (`\`, a PowerShell backtick) is
 * one code piece (parse/contexts.ts), so its flags on later lines are read too. What a flag means is
 * the IaC attribute table's (recognisers/iac/attributes.ts).
 */
import type { IacValue } from './iac';

/** `aws <service> <operation>` → the resource type whose IaC keys the flags are. */
const COMMANDS: ReadonlyArray<[RegExp, string]> = [
  [/\baws\s+lambda\s+(?:create-function|update-function-configuration)\b/, 'aws_lambda_function'],
  [/\baws\s+sqs\s+(?:create-queue|set-queue-attributes)\b/, 'aws_sqs_queue'],
  [/\baws\s+kinesis\s+(?:increase|decrease)-stream-retention-period\b/, 'aws_kinesis_stream'],
  [/\baws\s+rds\s+(?:create|modify)-db-(?:instance|cluster)\b/, 'aws_db_instance'],
  [/\baws\s+dynamodb\s+update-continuous-backups\b/, 'aws_dynamodb_table'],
  [/\baws\s+apigateway\s+(?:put|update)-integration\b/, 'aws_api_gateway_integration'],
  [/\baws\s+apigatewayv2\s+(?:create|update)-integration\b/, 'aws_apigatewayv2_integration'],
  [/\baws\s+kms\s+(?:create-key|enable-key-rotation|schedule-key-deletion)\b/, 'aws_kms_key'],
  [/\baws\s+elbv2\s+modify-target-group-attributes\b/, 'aws_lb_target_group'],
  [/\baws\s+elbv2\s+modify-load-balancer-attributes\b/, 'aws_lb'],
];

/** `aws ec2 …` commands that create a network block: the CIDR they are given has the resource's role. */
const NETWORK_COMMAND = /\baws\s+ec2\s+(create-vpc|associate-vpc-cidr-block|create-subnet)\b/g;
const NETWORK_TYPES: Readonly<Record<string, string>> = {
  'create-vpc': 'aws_vpc',
  'associate-vpc-cidr-block': 'aws_vpc_ipv4_cidr_block_association',
  'create-subnet': 'aws_subnet',
};

/**
 * The VPC or subnet resource created by the `aws ec2` command that a CIDR at `offset` in `text` is an
 * argument of: the last such command before it (a sentence may hold two), if any.
 */
export function cliNetworkResource(text: string, offset: number): string | undefined {
  const commands = networkCommandsOf(text);
  let found: string | undefined;
  for (const [at, type] of commands) {
    if (at >= offset) break;
    found = type;
  }
  return found;
}

/** The last text's `aws ec2` network commands (offset, resource type): asked once per CIDR of a context. */
let lastCommands: { text: string; commands: ReadonlyArray<readonly [number, string | undefined]> } | undefined;
function networkCommandsOf(text: string): ReadonlyArray<readonly [number, string | undefined]> {
  if (lastCommands?.text === text) return lastCommands.commands;
  const commands = /\baws\s+ec2\s/.test(text) ? [...text.matchAll(NETWORK_COMMAND)].map((m) => [m.index ?? 0, NETWORK_TYPES[m[1] ?? '']] as const) : [];
  lastCommands = { text, commands };
  return commands;
}

/** `--timeout 1200`, `--memory-size=2048` (also at the end of wiki monospace, `{{… --timeout 1200}}`). */
const FLAG = /(?:^|\s)--([a-z][a-z0-9-]*)(?:\s+|=)(\d+(?:\.\d+)?)(?=\s|$|\\|`|\}\})/g;
/**
 * `Key=Value` pairs of an `--attributes` or shorthand argument, and `"Key": "Value"` in its JSON form,
 * also with escaped quotes inside a double-quoted argument (`"{\"Key\":\"Value\"}"`).
 */
const PAIR = /(?:^|[\s,{])(?:\\?")?([A-Za-z][A-Za-z0-9]*)(?:\\?")?\s*(?:=|:)\s*(?:\\?")?(\d+(?:\.\d+)?)(?:\\?")?(?=[\s,}"\\`]|$)/g;
/**
 * A named attribute and its value, as the elbv2 commands take them: `Key=idle_timeout.timeout_seconds,Value=4000`
 * or `{"Key":"deregistration_delay.timeout_seconds","Value":"7200"}`. The value is the named attribute's.
 */
const KEY_VALUE = /\bKey\\?"?\s*[=:]\s*\\?"?([A-Za-z][\w.]{0,80}?)\\?"?\s*,\s*\\?"?Value\\?"?\s*[=:]\s*\\?"?(\d+(?:\.\d+)?)(?![\d.])/g;
/** `--ephemeral-storage Size=10240`: the shorthand's keys sit under the flag. */
const SHORTHAND = /(?:^|\s)--([a-z][a-z0-9-]*)\s+['"]?([A-Za-z]+=[^\s,'"]+(?:,[A-Za-z]+=[^\s,'"]+)*,?)/g;

const normalize = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface CliCommand {
  readonly resourceType: string;
  readonly values: readonly IacValue[];
}

/** The resource an `aws` command line configures and the numeric values it sets, or undefined. */
export function cliCommand(text: string, base: number): CliCommand | undefined {
  const command = COMMANDS.find(([re]) => re.test(text));
  if (!command) return undefined;
  const values: IacValue[] = [];
  const seen = new Set<number>();
  const push = (key: string, raw: string, at: number, parentKey?: string): void => {
    if (seen.has(at)) return;
    seen.add(at);
    values.push({ key, normalizedKey: normalize(key), parentKey, raw, number: Number(raw), start: base + at, end: base + at + raw.length });
  };
  for (const m of text.matchAll(FLAG)) {
    const [whole, flag, raw] = m;
    if (flag === undefined || raw === undefined) continue;
    push(`--${flag}`, raw, (m.index ?? 0) + whole.length - raw.length);
  }
  for (const m of text.matchAll(KEY_VALUE)) {
    const [whole, key, raw] = m;
    if (key === undefined || raw === undefined) continue;
    push(key, raw, (m.index ?? 0) + whole.length - raw.length);
  }
  for (const m of text.matchAll(SHORTHAND)) {
    const [whole, flag, pairs] = m;
    if (flag === undefined || pairs === undefined) continue;
    const from = (m.index ?? 0) + whole.length - pairs.length;
    for (const p of pairs.matchAll(/(?<![A-Za-z])([A-Za-z]+)=(\d+(?:\.\d+)?)(?=,|$)/g)) {
      if (p[1] === undefined || p[2] === undefined) continue;
      push(p[1], p[2], from + (p.index ?? 0) + p[1].length + 1, normalize(flag));
    }
  }
  // --attributes in JSON or shorthand form: the pairs are the resource's own properties.
  const attributes = /--attributes\b/.exec(text);
  if (attributes) {
    const rest = text.slice(attributes.index);
    for (const p of rest.matchAll(PAIR)) {
      const [whole, key, raw] = p;
      if (key === undefined || raw === undefined) continue;
      const at = attributes.index + (p.index ?? 0) + whole.lastIndexOf(raw);
      push(key, raw, at);
    }
  }
  return values.length > 0 ? { resourceType: command[1], values } : undefined;
}
