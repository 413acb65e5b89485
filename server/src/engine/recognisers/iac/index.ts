/**
 * IaC inside code fences: which resources a fence defines (each is one binding scope, so a
 * `cidr_block` or `port` belongs to the resource it sits in) and the scalar values it sets. Each
 * language has a real reader: YAML (`yaml.ts`), JSON (`json.ts`), Terraform HCL (`hcl.ts`), CDK apps
 * (`cdk.ts`), Pulumi programs (`pulumi.ts`), SDK calls (`sdk.ts`); what a value means is data (`attributes.ts`).
 */
import { readCdk } from './cdk';
import { readCdkDiff } from './cdk-diff';
import { readHcl } from './hcl';
import { readJson } from './json';
import { PULUMI_HINT, readPulumi } from './pulumi';
import { readSdk } from './sdk';
import { readTypedSdk, TYPED_SDK_LANGS } from './sdk-typed';
import { readYaml } from './yaml';
import { withJsonSettings, withLineSettings, withSettings } from './settings';
import { withValidations } from './hcl-validation';
import { withParameters } from './parameters';
import { withoutCallouts } from './callouts';
import { withTestAssertions } from './test-assertions';
import { POWERSHELL_LANGS, readPowerShell } from './powershell';
import { withAnsibleTasks } from './ansible';
import { CONSTANT_LANGS, withConstants } from './constants';
import { CONFIG_LINE_LANGS, withConfigJson, withConfigLines, withConfigYaml } from './config-keys';
import { MODULE_PREFIX } from './attributes';
import { withGenericValues } from './generic';
import { EMPTY_FENCE, type IacFence, type IacValue } from './types';

export type { IacFence, IacResource, IacValue } from './types';
export { normalizeKey } from './types';
export { settingPorts } from './settings';

const YAML_LANGS = /^(?:ya?ml|cloudformation|cfn|sam)$/;
const JSON_LANGS = /^(?:json5?|jsonc)$/;
/** Terraform, and config formats of `key = value` lines that the HCL reader reads the same way. */
const HCL_LANGS = /^(?:hcl|terraform|tf|tfvars|toml|ini|properties|conf)$/;
/** AWS CDK apps: constructs in TypeScript, JavaScript or Python (programs, where a resource is a constructor call). */
export const CDK_LANGS = /^(?:ts|typescript|tsx|js|javascript|jsx|mjs|py|python|python3)$/;
/** Shell scripts and env files, whose `KEY=value` lines may set a database's engine and port. */
const ENV_LANGS = /^(?:env|dotenv|sh|bash|shell|zsh|console|shell-session|shellsession|terminal)$/;
/** Fences without a language, or marked as plain text: read by their content. */
const UNMARKED = /^(?:|text|txt|plain|plaintext)$/;

/** A fence that holds a CloudFormation template. */
const CFN_HINT = /\bAWSTemplateFormatVersion\b|\bType"?[ \t]*:[ \t]*["']?AWS::/;
/** A fence that holds Terraform: a top-level block keyword at a line start. */
const HCL_HINT = /^(?:resource|module|variable|data|locals|provider|terraform|output)[ \t]+(?:"|\{)/m;
/** A fence that holds a YAML mapping: its first line is `key:` or `key: value`. */
const YAML_HINT = /^[ \t]*[A-Za-z_][\w.-]*:(?:[ \t]|$)/;

function firstLine(code: string): string {
  const m = /\S/.exec(code);
  if (!m) return '';
  const end = code.indexOf('\n', m.index);
  return code.slice(m.index, end === -1 ? code.length : end);
}

/** Where the `>` markers of a blockquote end on a line (0 when the line has none). */
function quotePrefixEnd(code: string, from: number): number {
  let i = from;
  while (i < from + 3 && code[i] === ' ') i++;
  if (code[i] !== '>') return from;
  while (code[i] === '>') {
    i++;
    if (code[i] === ' ') i++;
    while (code[i] === ' ' && code[i + 1] === '>') i++;
  }
  return i;
}

/**
 * A fence inside a blockquote carries the quote's `> ` on every line: blank them out (same length,
 * so offsets stay) when every non-blank line has them, and the parsers see the code as written.
 */
function withoutQuoteMarkers(code: string): string {
  const spans: Array<[number, number]> = [];
  for (let lineStart = 0; lineStart < code.length; ) {
    const next = code.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? code.length : next;
    const end = quotePrefixEnd(code, lineStart);
    if (end === lineStart) {
      if (code.slice(lineStart, lineEnd).trim() !== '') return code;
    } else spans.push([lineStart, end]);
    lineStart = lineEnd + 1;
  }
  if (spans.length === 0) return code;
  let out = '';
  let last = 0;
  for (const [from, to] of spans) {
    out += code.slice(last, from) + ' '.repeat(to - from);
    last = to;
  }
  return out + code.slice(last);
}

/**
 * Reads one fence's text (`code`, starting at document offset `at`), by its info string's first
 * word (`lang`, lower-cased) and, when that says nothing, by its content. Never throws.
 */
export function readFence(fenceText: string, at: number, lang: string): IacFence {
  // AsciiDoc callouts (`timeout = 900 <1>`) are notes on the line, not part of the value (callouts.ts).
  const code = withoutCallouts(withoutQuoteMarkers(fenceText));
  // The view of `cdk diff` output (parse/cdk-diff-fence.ts).
  if (lang === 'cdkdiff') return readCdkDiff(code, at);
  // Keys of any language whose service the code around them tells, where the language's reader left them (generic.ts).
  return withGenericValues(readByLanguage(code, at, lang), code, at, lang);
}

/** What the reader (or readers) of the fence's language find in it. */
function readByLanguage(code: string, at: number, lang: string): IacFence {
  // Kubernetes and Helm YAML carry AWS settings in strings and sibling keys (settings.ts).
  // Limits written as settings keys (`LAMBDA_TIMEOUT_SECONDS=1200`, Helm values, JSON Schema bounds): config-keys.ts.
  // Template and Automation parameters: a default a resource reads is its value, a bound the template's (parameters.ts).
  // Ansible tasks of the AWS collections: the module names the resource (ansible.ts).
  if (YAML_LANGS.test(lang)) return withAnsibleTasks(withConfigYaml(withSettings(withParameters(readYaml(code, at), code, at), code, at), code, at), code, at);
  if (JSON_LANGS.test(lang)) return withConfigJson(withJsonSettings(withParameters(readJson(code, at), code, at), code, at), code, at);
  // A `variable`'s validation bounds state the limit the module enforces (hcl-validation.ts).
  if (HCL_LANGS.test(lang)) {
    const read = withValidations(withLineSettings(readHcl(code, at), code, at), code, at);
    return CONFIG_LINE_LANGS.test(lang) ? withConfigLines(read, code, at, lang) : read;
  }
  if (CDK_LANGS.test(lang)) {
    // A Pulumi program names the AWS provider's classes (`aws.sqs.Queue`), which CDK constructs share names with.
    if (PULUMI_HINT.test(code)) return readPulumi(code, at);
    // A program holds CDK constructs or SDK calls; a fence of SDK calls has no construct.
    const cdk = readCdk(code, at);
    // Named constants that state a limit (`const MAX_MESSAGE_BYTES = 256 * 1024;`, constants.ts).
    // What tests assert about a resource's properties (test-assertions.ts).
    return withTestAssertions(withConstants(cdk.resources.length > 0 ? cdk : readSdk(code, at), code, at, lang), code, at);
  }
  // CDK constructs in Java, Kotlin, Go and C# (cdk.ts), else SDK requests in Go, Java, C# and Rust (sdk-typed.ts), and named constants.
  if (CONSTANT_LANGS.test(lang)) {
    const cdk = readCdk(code, at, true);
    return withTestAssertions(withConstants(cdk.resources.length > 0 ? cdk : TYPED_SDK_LANGS.test(lang) ? readTypedSdk(code, at) : EMPTY_FENCE, code, at, lang), code, at);
  }
  // AWS Tools for PowerShell cmdlets (powershell.ts); `aws` commands in it are read per line (cli-values.ts).
  if (POWERSHELL_LANGS.test(lang)) return readPowerShell(code, at);
  // Shell and env files: `aws` commands are read per line (cli-values.ts), `DB_PORT=…` lines as settings (settings.ts).
  if (ENV_LANGS.test(lang)) return withConfigLines(withLineSettings(EMPTY_FENCE, code, at), code, at, lang);
  // Makefiles and Rego policies: variables and constants (config-keys.ts).
  if (CONFIG_LINE_LANGS.test(lang)) return withConfigLines(EMPTY_FENCE, code, at, lang);
  if (!UNMARKED.test(lang)) return EMPTY_FENCE; // SQL, code
  const content = contentLanguage(code);
  if (content === 'json') return withConfigJson(withJsonSettings(withParameters(readJson(code, at), code, at), code, at), code, at);
  if (content === 'hcl') return withValidations(withLineSettings(readHcl(code, at), code, at), code, at);
  if (content === 'yaml') return withAnsibleTasks(withConfigYaml(withSettings(withParameters(readYaml(code, at), code, at), code, at), code, at), code, at);
  return withConfigLines(withLineSettings(EMPTY_FENCE, code, at), code, at, '');
}

/** The IaC language an unmarked fence's content is written in, by its first line and block keywords ('' when none). */
export function contentLanguage(code: string): 'json' | 'hcl' | 'yaml' | '' {
  const first = firstLine(code);
  if (first.startsWith('{') || first.startsWith('[') || first.startsWith('"')) return 'json';
  if (HCL_HINT.test(code)) return 'hcl';
  if (CFN_HINT.test(code) || YAML_HINT.test(first)) return 'yaml';
  return '';
}

/** RDS API engine identifiers (Terraform `engine`, CloudFormation `Engine`) → fact pack card ids. */
export const RDS_ENGINE_IDS: Readonly<Record<string, string>> = {
  postgres: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  'aurora-postgresql': 'aurora-postgresql',
  'aurora-mysql': 'aurora-mysql',
  aurora: 'aurora-mysql',
  'oracle-ee': 'oracle',
  'oracle-ee-cdb': 'oracle',
  'oracle-se2': 'oracle',
  'oracle-se2-cdb': 'oracle',
  'sqlserver-ee': 'sqlserver',
  'sqlserver-se': 'sqlserver',
  'sqlserver-ex': 'sqlserver',
  'sqlserver-web': 'sqlserver',
  // ElastiCache / DocumentDB `engine` values.
  redis: 'elasticache',
  valkey: 'elasticache',
  memcached: 'elasticache-memcached',
  docdb: 'documentdb',
};

/** `engine = "postgres"` / `Engine: aurora-mysql`: the engine a database resource runs, as a service mention. */
export function engineMentions(values: readonly IacValue[]): Array<{ start: number; end: number; serviceId: string }> {
  const out: Array<{ start: number; end: number; serviceId: string }> = [];
  for (const v of values) {
    if (v.normalizedKey !== 'engine') continue;
    const id = RDS_ENGINE_IDS[v.raw.toLowerCase()];
    if (id) out.push({ start: v.start, end: v.end, serviceId: id });
  }
  return out;
}

const VPC_TYPES = /^(?:aws_vpc|aws_vpc_ipv4_cidr_block_association|AWS::EC2::VPC|AWS::EC2::VPCCidrBlock)$/;
const SUBNET_TYPES = /^(?:aws_subnet|AWS::EC2::Subnet)$/;

/** The `key =` of the HCL line holding `offset` in `text`, or of the nearest line above it that has one. */
function hclKeyAt(text: string, offset: number): string | undefined {
  let end = offset;
  for (let lines = 0; lines < 40 && end >= 0; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const m = /^[ \t]*([A-Za-z_][\w-]{0,63})[ \t]*=(?!=)/.exec(text.slice(start, Math.min(text.length, start + 80)));
    if (m) return m[1];
    if (start === 0) return undefined;
    end = start - 1;
  }
  return undefined;
}

/**
 * The role of a CIDR written at `offset` of a resource block's text: the resource's own, or for the
 * Terraform VPC module the input's (`cidr` and `secondary_cidr_blocks` are the VPC's, `*_subnets` its subnets').
 */
export function roleInResource(type: string, text: string, offset: number): 'vpc' | 'subnet' | 'other' {
  if (type !== `${MODULE_PREFIX}aws_vpc`) return roleOfResource(type);
  const key = hclKeyAt(text, offset) ?? '';
  if (/_subnets$/.test(key)) return 'subnet';
  return key === 'cidr' || key === 'secondary_cidr_blocks' ? 'vpc' : 'other';
}

export function roleOfResource(type: string): 'vpc' | 'subnet' | 'other' {
  if (VPC_TYPES.test(type)) return 'vpc';
  if (SUBNET_TYPES.test(type)) return 'subnet';
  return 'other';
}
