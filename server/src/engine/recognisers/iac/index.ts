/**
 * IaC inside code fences: which resources a fence defines (each is one binding scope, so a
 * `cidr_block` or `port` belongs to the resource it sits in) and the scalar values it sets. Each
 * language has a real reader: YAML (`yaml.ts`), JSON (`json.ts`), Terraform HCL (`hcl.ts`); what a
 * value means is data (`attributes.ts`).
 */
import { readJson } from './json';
import { findIacValues, iacSegments } from './legacy-lines';
import { readYaml } from './yaml';
import type { IacFence, IacValue } from './types';

export type { IacFence, IacResource, IacValue } from './types';
export { normalizeKey } from './types';
export { openBlockKey } from './legacy-lines';

const YAML_LANGS = /^(?:ya?ml|cloudformation|cfn|sam)$/;
const JSON_LANGS = /^(?:json5?|jsonc)$/;

/** A fence of another language that holds a CloudFormation template all the same. */
const CFN_HINT = /\bAWSTemplateFormatVersion\b|\bType"?\s*:\s*["']?AWS::/;

function legacy(code: string, at: number): IacFence {
  return { resources: iacSegments(code, at), values: findIacValues(code, at) };
}

/**
 * Reads one fence's text (`code`, starting at document offset `at`), by its info string's first
 * word (`lang`, lower-cased) and, when that says nothing, by its content. Never throws.
 */
export function readFence(code: string, at: number, lang: string): IacFence {
  if (YAML_LANGS.test(lang)) return readYaml(code, at);
  if (JSON_LANGS.test(lang)) return readJson(code, at);
  if (lang === '' || lang === 'text' || lang === 'txt') {
    const first = /\S/.exec(code)?.[0];
    if ((first === '{' || first === '[') && CFN_HINT.test(code)) return readJson(code, at);
    if (CFN_HINT.test(code) && first !== '{' && !/^\s*resource\s+"/m.test(code)) return readYaml(code, at);
  }
  return legacy(code, at);
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

export function roleOfResource(type: string): 'vpc' | 'subnet' | 'other' {
  if (VPC_TYPES.test(type)) return 'vpc';
  if (SUBNET_TYPES.test(type)) return 'subnet';
  return 'other';
}
