/**
 * YAML fences: CloudFormation and SAM templates (short-form intrinsic tags such as `!Ref`, `!Sub`,
 * `!If` parse as tagged nodes), Serverless Framework files, Kubernetes manifests and any other YAML.
 * Read with the `yaml` package's node tree, whose ranges are indices into the fence text, so adding
 * the fence's document offset gives exact UTF-16 offsets whatever the line endings or emoji.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Node, type Pair, type Tags, type YAMLMap } from 'yaml';
import { extensionType, openApiTypes, type OpenApiTypes } from './openapi';
import { blockStart, MAX_FENCE, normalizeKey, numberOf, type IacFence, type IacResource, type IacValue } from './types';

/** CloudFormation's short-form intrinsic functions, each usable on a scalar, a sequence or a map. */
const INTRINSICS = [
  'Ref', 'Sub', 'GetAtt', 'If', 'Join', 'Select', 'Split', 'FindInMap', 'Base64', 'Cidr', 'ImportValue', 'GetAZs',
  'Equals', 'And', 'Or', 'Not', 'Condition', 'Transform', 'ToJsonString', 'Length', 'ForEach',
];

export const CFN_TAGS: Tags = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string): string => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: Node): Node => value },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: Node): Node => value },
]);

/** SAM `Globals` sections and the resource type whose properties they default. */
const SAM_GLOBALS: Readonly<Record<string, string>> = {
  Function: 'AWS::Serverless::Function',
  Api: 'AWS::Serverless::Api',
  HttpApi: 'AWS::Serverless::HttpApi',
  SimpleTable: 'AWS::Serverless::SimpleTable',
  StateMachine: 'AWS::Serverless::StateMachine',
  LayerVersion: 'AWS::Serverless::LayerVersion',
};

const RESOURCE_TYPE = /^(?:AWS|Alexa|Custom)::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)*$/;

/** How deep the walk descends: real templates nest a dozen levels, hostile text thousands. */
const MAX_DEPTH = 64;

type Emit = (value: IacValue) => void;

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key)) return undefined;
  const v = key.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function child(map: YAMLMap, key: string): unknown {
  for (const item of map.items) if (keyText(item) === key) return item.value;
  return undefined;
}

/** A scalar pair as an IacValue: untagged, not a block scalar, not an intrinsic function. */
function scalarValue(code: string, at: number, key: string, node: Scalar, parentKey: string | undefined): IacValue | undefined {
  if (node.tag !== undefined && !node.tag.startsWith('tag:yaml.org,2002:')) return undefined;
  const range = node.range;
  if (!range) return undefined;
  let [start, end] = range;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return undefined;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    start += 1;
    end -= 1;
  }
  if (end <= start) return undefined;
  const raw = code.slice(start, end);
  return { key, normalizedKey: normalizeKey(key), parentKey, raw, number: numberOf(raw), start: at + start, end: at + end };
}

function walkValues(code: string, at: number, node: unknown, parentKey: string | undefined, depth: number, emit: Emit): void {
  if (depth > MAX_DEPTH) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyText(pair);
      if (key === undefined) continue;
      const value = pair.value;
      if (isScalar(value)) {
        const v = scalarValue(code, at, key, value, parentKey);
        if (v) emit(v);
      } else walkValues(code, at, value, normalizeKey(key), depth + 1, emit);
    }
  } else if (isSeq(node)) {
    // The items of `Tags:` / `- Key: Name` belong to the key holding the sequence.
    for (const item of node.items) walkValues(code, at, item, parentKey, depth + 1, emit);
  }
}

function resourceOf(code: string, at: number, keyNode: unknown, value: unknown, type: string, name: string): IacResource | undefined {
  const from = isScalar(keyNode) ? keyNode.range?.[0] : undefined;
  const to = isMap(value) ? value.range?.[1] : undefined;
  if (from === undefined || to === undefined) return undefined;
  let end = to;
  while (end > from && /\s/.test(code[end - 1] ?? '')) end--;
  return { start: at + blockStart(code, from), end: at + end, resourceType: type, name };
}

/**
 * Pulumi YAML resource types (`aws:sqs:Queue`, `aws:sqs/queue:Queue`) → the Terraform resource type
 * whose arguments their properties are (Pulumi's AWS provider is bridged from Terraform's, with the
 * argument names in camelCase: `messageRetentionSeconds`, `memorySize`, `cidrBlock`).
 */
export const PULUMI_TYPES: Readonly<Record<string, string>> = {
  'sqs:Queue': 'aws_sqs_queue',
  'lambda:Function': 'aws_lambda_function',
  'kinesis:Stream': 'aws_kinesis_stream',
  'rds:Instance': 'aws_db_instance',
  'rds:Cluster': 'aws_rds_cluster',
  'dynamodb:Table': 'aws_dynamodb_table',
  'ec2:Vpc': 'aws_vpc',
  'ec2:Subnet': 'aws_subnet',
  'ec2:SecurityGroup': 'aws_security_group',
  'ec2:VpcIpv4CidrBlockAssociation': 'aws_vpc_ipv4_cidr_block_association',
  'cloudwatch:LogGroup': 'aws_cloudwatch_log_group',
};
const PULUMI_TYPE = /^aws:([a-z0-9]+)(?:\/[A-Za-z0-9]+)?:([A-Za-z0-9]+)$/;

function typeOf(value: unknown): string | undefined {
  if (!isMap(value)) return undefined;
  const type = child(value, 'Type');
  if (isScalar(type) && typeof type.value === 'string' && RESOURCE_TYPE.test(type.value)) return type.value;
  const pulumi = child(value, 'type');
  const m = isScalar(pulumi) && typeof pulumi.value === 'string' ? PULUMI_TYPE.exec(pulumi.value) : null;
  return m ? PULUMI_TYPES[`${m[1]}:${m[2]}`] : undefined;
}

/** Resources of one document's root: `Resources`, SAM `Globals`, Serverless `functions`, or logical ids at the root. */
function resourcesOf(code: string, at: number, root: unknown): IacResource[] {
  if (!isMap(root)) return [];
  const out: IacResource[] = [];
  const rootType = typeOf(root);
  if (rootType) {
    // A bare resource body (`Type: …` / `Properties: …`) with no logical id above it.
    const range = root.range;
    if (range) out.push({ start: at + range[0], end: at + range[1], resourceType: rootType, name: '' });
    return out;
  }
  const serverless = isServerless(root);
  for (const pair of root.items) {
    const key = keyText(pair);
    if (key === undefined) continue;
    const value = pair.value;
    // CloudFormation `Resources`, Pulumi YAML `resources`.
    if ((key === 'Resources' || key === 'resources') && isMap(value)) {
      // Serverless Framework `resources: { Resources: … }`: CloudFormation one level down.
      const nested = key === 'resources' ? child(value, 'Resources') : undefined;
      for (const item of (isMap(nested) ? nested : value).items) {
        const name = keyText(item);
        const type = typeOf(item.value);
        const r = name !== undefined && type ? resourceOf(code, at, item.key, item.value, type, name) : undefined;
        if (r) out.push(r);
      }
    } else if (key === 'Globals' && isMap(value)) {
      for (const item of value.items) {
        const type = SAM_GLOBALS[keyText(item) ?? ''];
        const r = type ? resourceOf(code, at, item.key, item.value, type, '') : undefined;
        if (r) out.push(r);
      }
    } else if (serverless && key === 'functions' && isMap(value)) {
      // Serverless Framework: each function is deployed as an AWS::Lambda::Function with these settings.
      for (const item of value.items) {
        const name = keyText(item);
        const r = name !== undefined ? resourceOf(code, at, item.key, item.value, 'AWS::Lambda::Function', name) : undefined;
        if (r) out.push(r);
      }
    } else if (serverless && key === 'provider' && isMap(value)) {
      // Provider-level settings are every function's defaults, like SAM Globals.
      const r = resourceOf(code, at, pair.key, value, 'AWS::Lambda::Function', '');
      if (r) out.push(r);
    } else {
      const type = typeOf(value);
      const r = type ? resourceOf(code, at, pair.key, value, type, key) : undefined;
      if (r) out.push(r);
    }
  }
  return out;
}

/** API Gateway extension objects of an OpenAPI definition (openapi.ts), each a resource, at any depth. */
function extensionResources(code: string, at: number, node: unknown, types: OpenApiTypes, depth: number, out: IacResource[]): void {
  if (depth > MAX_DEPTH) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyText(pair);
      const type = key === undefined ? undefined : extensionType(types, key);
      const r = type ? resourceOf(code, at, pair.key, pair.value, type, '') : undefined;
      if (r) out.push(r);
      else extensionResources(code, at, pair.value, types, depth + 1, out);
    }
  } else if (isSeq(node)) for (const item of node.items) extensionResources(code, at, item, types, depth + 1, out);
}

/** A Serverless Framework file: `provider: { name: aws }` next to `functions:`. */
function isServerless(root: YAMLMap): boolean {
  const provider = child(root, 'provider');
  if (!isMap(provider)) return false;
  const name = child(provider, 'name');
  return isScalar(name) && name.value === 'aws';
}

/** Flow collections and block indentation deeper than any template: the parser recurses (and builds regexes) per level. */
const MAX_FLOW_DEPTH = 200;
const MAX_INDENT = 400;

/** Whether the parser would nest deeper than real YAML does (hostile or garbled text is not parsed at all). */
export function tooDeep(code: string): boolean {
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      // Indentation and the block indicators that open a nested level on the same line.
      if (c === ' ' || c === '\t' || c === '-' || c === '?' || c === ':') {
        if (++indent > MAX_INDENT) return true;
        continue;
      }
      lineStart = false;
    }
    if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return true;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return false;
}

/** Reads a YAML fence whose text starts at document offset `at`. Never throws: broken YAML gives what parsed. */
export function readYaml(code: string, at: number): IacFence {
  if (code.length > MAX_FENCE || tooDeep(code)) return { resources: [], values: [] };
  const resources: IacResource[] = [];
  const values: IacValue[] = [];
  try {
    const docs = parseAllDocuments(code, { customTags: CFN_TAGS, uniqueKeys: false, strict: false, prettyErrors: false });
    if (!Array.isArray(docs)) return { resources, values };
    const openApi = openApiTypes(code);
    for (const doc of docs) {
      resources.push(...resourcesOf(code, at, doc.contents));
      // Inside a template's resource (a SAM `DefinitionBody`) the resource's type wins (`ordered` keeps the outer block).
      if (openApi) extensionResources(code, at, doc.contents, openApi, 0, resources);
      walkValues(code, at, doc.contents, undefined, 0, (v) => values.push(v));
    }
  } catch {
    // A parser bug must not cost the rest of the document its analysis.
  }
  return { resources: ordered(resources), values };
}

/** Resources sorted, an overlapping one (a nested logical id) dropped. */
export function ordered(resources: readonly IacResource[]): IacResource[] {
  const out: IacResource[] = [];
  for (const r of [...resources].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (!last || r.start >= last.end) out.push(r);
  }
  return out;
}
