/**
 * JSON fences: CloudFormation templates and fragments, IAM-style documents, any JSON or JSONC.
 * Read with `jsonc-parser`'s tree (comments and trailing commas allowed, errors tolerated), whose
 * offsets index the fence text, so adding the fence's document offset gives exact UTF-16 offsets.
 */
import { parseTree, type Node } from 'jsonc-parser';
import { blockStart, MAX_FENCE, normalizeKey, numberOf, type IacFence, type IacResource, type IacValue } from './types';
import { ordered } from './yaml';
import { extensionType, openApiTypes, type OpenApiTypes } from './openapi';

const RESOURCE_TYPE = /^(?:AWS|Alexa|Custom)::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)*$/;

/** The parser recurses per nesting level; real JSON nests a few dozen levels, hostile text thousands. */
const MAX_NESTING = 200;

export function tooDeep(code: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_NESTING) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

function property(object: Node, name: string): Node | undefined {
  for (const p of object.children ?? []) if (p.children?.[0]?.value === name) return p.children[1];
  return undefined;
}

function typeOf(node: Node | undefined): string | undefined {
  if (node?.type !== 'object') return undefined;
  const type = property(node, 'Type');
  return type?.type === 'string' && typeof type.value === 'string' && RESOURCE_TYPE.test(type.value) ? type.value : undefined;
}

interface Source {
  readonly code: string;
  /** Added to a tree offset to get the document offset (the wrapper brace of a fragment shifts it by one). */
  readonly shift: number;
}

function resourceOf(src: Source, prop: Node, type: string, name: string): IacResource {
  const key = prop.children?.[0];
  const value = prop.children?.[1];
  const from = key?.offset ?? prop.offset;
  const to = value ? value.offset + value.length : prop.offset + prop.length;
  return { start: src.shift + blockStart(src.code, from), end: src.shift + to, resourceType: type, name };
}

function resourcesOf(src: Source, root: Node | undefined): IacResource[] {
  if (root?.type !== 'object') return [];
  const rootType = typeOf(root);
  if (rootType) return [{ start: src.shift + root.offset, end: src.shift + root.offset + root.length, resourceType: rootType, name: '' }];
  const out: IacResource[] = [];
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0]?.value;
    const value = prop.children?.[1];
    if (typeof key !== 'string') continue;
    if (key === 'Resources' && value?.type === 'object') {
      for (const item of value.children ?? []) {
        const name = item.children?.[0]?.value;
        const type = typeOf(item.children?.[1]);
        if (typeof name === 'string' && type) out.push(resourceOf(src, item, type, name));
      }
    } else {
      const type = typeOf(value);
      if (type) out.push(resourceOf(src, prop, type, key));
    }
  }
  return out;
}

/** API Gateway extension objects of an OpenAPI definition (openapi.ts), each a resource, at any depth. */
function extensionResources(src: Source, root: Node | undefined, types: OpenApiTypes): IacResource[] {
  const out: IacResource[] = [];
  // An explicit stack: the tree can be as deep as MAX_NESTING.
  const stack: Node[] = root ? [root] : [];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'array') for (const c of n.children ?? []) stack.push(c);
    if (n.type !== 'object') continue;
    for (const prop of n.children ?? []) {
      const key = prop.children?.[0]?.value;
      const value = prop.children?.[1];
      const type = typeof key === 'string' ? extensionType(types, key) : undefined;
      if (type && value?.type === 'object') out.push(resourceOf(src, prop, type, ''));
      else if (value) stack.push(value);
    }
  }
  return out;
}

function walkValues(src: Source, node: Node | undefined, parentKey: string | undefined, emit: (v: IacValue) => void): void {
  // An explicit stack: the tree can be as deep as MAX_NESTING.
  const stack: Array<{ node: Node; parentKey: string | undefined }> = node ? [{ node, parentKey }] : [];
  const out: IacValue[] = [];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node: n, parentKey: parent } = item;
    if (n.type === 'array') {
      for (const c of n.children ?? []) stack.push({ node: c, parentKey: parent });
      continue;
    }
    if (n.type !== 'object') continue;
    for (const p of n.children ?? []) {
      const keyNode = p.children?.[0];
      const value = p.children?.[1];
      const key = keyNode?.value;
      if (typeof key !== 'string' || !value) continue;
      if (value.type === 'object' || value.type === 'array') {
        stack.push({ node: value, parentKey: normalizeKey(key) });
        continue;
      }
      const quoted = value.type === 'string';
      const start = value.offset + (quoted ? 1 : 0);
      const end = value.offset + value.length - (quoted && value.length > 1 ? 1 : 0);
      if (end <= start) continue;
      const raw = src.code.slice(start, end);
      out.push({ key, normalizedKey: normalizeKey(key), parentKey: parent, raw, number: numberOf(raw), start: src.shift + start, end: src.shift + end });
    }
  }
  for (const v of out.sort((a, b) => a.start - b.start)) emit(v);
}

/** Reads a JSON fence whose text starts at document offset `at`. Never throws: broken JSON gives what parsed. */
export function readJson(code: string, at: number): IacFence {
  if (code.length > MAX_FENCE || tooDeep(code)) return { resources: [], values: [] };
  try {
    // A fragment of properties (`"Queue": { "Type": … }`) is read inside a wrapping object.
    const fragment = /^\s*"/.test(code);
    const text = fragment ? `{${code}\n}` : code;
    const src: Source = { code: text, shift: at - (fragment ? 1 : 0) };
    const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    const values: IacValue[] = [];
    walkValues(src, root, undefined, (v) => values.push(v));
    const openApi = openApiTypes(code);
    // Inside a template's resource (a `Body` of a RestApi) the resource's type wins (`ordered` keeps the outer block).
    return { resources: ordered([...resourcesOf(src, root), ...(openApi ? extensionResources(src, root, openApi) : [])]), values };
  } catch {
    return { resources: [], values: [] };
  }
}
