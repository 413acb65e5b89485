/**
 * Template parameters that carry a limit: a CloudFormation `Parameters` entry (`Default`, `MaxValue`,
 * `MinValue`, a `Description` such as "Retention in days (max 35)") and an SSM Automation document's
 * `parameters` entry (`default`, `description`). A parameter a resource property reads (`!Ref P`,
 * `{ "Ref": "P" }`) is that property's: its default is the value the resource is deployed with (a value
 * of the resource, bound by its type, as a Terraform variable's default is), and its `MaxValue` or the
 * maximum its description states is the bound the template enforces (keyed as a bound, so only a figure
 * beyond what AWS accepts is wrong there). A parameter no resource reads is bound by its name, with the
 * service its name or description names (named-facts.ts), as a Terraform variable is (hcl-validation.ts).
 *
 * A description's maximum is "max 35", "maximum: 35", "up to 35", "at most 35" or "no more than 35",
 * in the property's unit unless a unit word follows the number ("max 14 days"); another word after it
 * ("max 10 retries") says it is not the value's bound.
 */
import { isMap, isScalar, parseAllDocuments, Scalar, type Pair, type YAMLMap } from 'yaml';
import { iacAttributeOf, type IacBinding } from './attributes';
import { bindKeyPath } from './config-keys';
import { unitOfWord } from './constants';
import { factOfKey, factOfPrefixedName, servicesIn } from './named-facts';
import { CFN_TAGS, tooDeep } from './yaml';
import { MAX_FENCE, normalizeKey, numberOf, type BoundValue, type IacFence, type IacResource, type IacValue } from './types';

interface Parameter {
  readonly name: string;
  readonly defaultNode?: Scalar;
  readonly maxNode?: Scalar;
  readonly minNode?: Scalar;
  readonly description: string;
  readonly descriptionNode?: Scalar;
}

const keyOf = (pair: Pair): string | undefined => (isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined);

function scalarChild(map: YAMLMap, ...names: string[]): Scalar | undefined {
  for (const item of map.items) {
    const key = keyOf(item);
    if (key !== undefined && names.includes(key) && isScalar(item.value)) return item.value;
  }
  return undefined;
}

/** The `Parameters` / `parameters` entries of a template or Automation document's root. */
function parametersOf(root: YAMLMap): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  for (const pair of root.items) {
    const key = keyOf(pair);
    if ((key !== 'Parameters' && key !== 'parameters') || !isMap(pair.value)) continue;
    for (const item of pair.value.items) {
      const name = keyOf(item);
      if (name === undefined || !isMap(item.value)) continue;
      const body = item.value;
      const description = scalarChild(body, 'Description', 'description');
      out.set(name, {
        name,
        defaultNode: scalarChild(body, 'Default', 'default'),
        maxNode: scalarChild(body, 'MaxValue'),
        minNode: scalarChild(body, 'MinValue'),
        description: typeof description?.value === 'string' ? description.value : '',
        descriptionNode: description,
      });
    }
  }
  return out;
}

/** A scalar's value as written and its offsets (inside quotes), or undefined for a block scalar or a tagged one. */
function written(code: string, node: Scalar | undefined): { raw: string; start: number; end: number } | undefined {
  if (!node?.range || node.tag !== undefined) return undefined;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return undefined;
  let [start, end] = node.range;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    start += 1;
    end -= 1;
  }
  return end > start ? { raw: code.slice(start, end), start, end } : undefined;
}

interface Reference {
  readonly name: string;
  readonly key: string;
  readonly parentKey?: string;
}

/** The parameter a property's value reads: `!Ref P` or `{ Ref: P }`. */
function referenced(value: unknown): string | undefined {
  if (isScalar(value) && value.tag === '!Ref' && typeof value.value === 'string') return value.value;
  if (isMap(value) && value.items.length === 1) {
    const only = value.items[0] as Pair;
    if (keyOf(only) === 'Ref' && isScalar(only.value) && typeof only.value.value === 'string') return only.value.value;
  }
  return undefined;
}

const MAX_DEPTH = 32;

/** Properties of a resource body that read a parameter, with their key and the key of the map they sit in. */
function referencesIn(node: unknown, parentKey: string | undefined, depth: number, out: Reference[]): void {
  if (depth > MAX_DEPTH || !isMap(node)) return;
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (key === undefined) continue;
    const name = referenced(pair.value);
    if (name !== undefined) out.push({ name, key, parentKey });
    else referencesIn(pair.value, normalizeKey(key), depth + 1, out);
  }
}

/** "max 35", "up to 35 days": the maximum a description states, with its offsets in the text and the factor a unit word gives. */
const DESCRIBED_MAX = /\b(?:max(?:imum)?|up to|at most|no more than)\b(?:[ \t]+of)?[ \t]{0,3}:?[ \t]{0,3}(\d{1,9})(?:[ \t]{0,3}([A-Za-z]{1,12}))?/gi;

function describedMaximum(description: string): { number: number; index: number; length: number; factor?: number } | undefined {
  const found = [...description.matchAll(DESCRIBED_MAX)];
  if (found.length !== 1) return undefined;
  const m = found[0] as RegExpMatchArray;
  const digits = m[1] ?? '';
  const word = m[2];
  const unit = word ? unitOfWord(word) : undefined;
  if (word && !unit) return undefined;
  if (unit && unit.dim === 'none') return undefined;
  const index = (m.index ?? 0) + m[0].indexOf(digits, m[0].search(/\d/));
  return { number: Number(digits), index, length: digits.length, ...(unit ? { factor: unit.n } : {}) };
}

/** The bounds a parameter states (`MaxValue`, `MinValue`, a described maximum) as values bound to `binding`'s fact. */
function boundsOf(code: string, at: number, p: Parameter, binding: IacBinding): IacValue[] {
  const out: IacValue[] = [];
  const bound = (modality: BoundValue['modality'], factor = binding.factor): BoundValue => ({ fact: binding.fact, service: binding.service, factor, modality });
  for (const [node, side] of [[p.maxNode, 'upper'], [p.minNode, 'lower']] as const) {
    const v = written(code, node);
    const number = v ? numberOf(v.raw) : undefined;
    if (!v || number === undefined || number === 0) continue;
    out.push({ key: `${side} bound of ${p.name}`, normalizedKey: '', raw: v.raw, number, start: at + v.start, end: at + v.end, bound: bound(side === 'upper' ? 'maximum' : 'minimum') });
  }
  const said = p.maxNode ? undefined : written(code, p.descriptionNode);
  const max = said ? describedMaximum(said.raw) : undefined;
  if (said && max && max.number > 0) {
    const start = at + said.start + max.index;
    out.push({ key: `upper bound of ${p.name}`, normalizedKey: '', raw: String(max.number), number: max.number, start, end: start + max.length, bound: bound('maximum', max.factor) });
  }
  return out;
}

/**
 * A parameter's fact read from the words of its name and the service its description names, as a
 * settings key is (`RetentionDays` with "RDS backup retention, max 35"): the name's unit word gives the factor.
 */
function wordBinding(p: Parameter): IacBinding | undefined {
  const probe = bindKeyPath([p.name], '1', p.description, 0, 1, 0)?.bound;
  return probe && { fact: probe.fact, service: probe.service, factor: probe.factor };
}

/** The parameters' values: those a resource reads as the resource's, the others by their name. */
function parameterValues(code: string, at: number, root: unknown, resources: readonly IacResource[]): { resources: IacResource[]; values: IacValue[] } {
  if (!isMap(root)) return { resources: [...resources], values: [] };
  const parameters = parametersOf(root);
  if (parameters.size === 0) return { resources: [...resources], values: [] };
  const values: IacValue[] = [];
  const read = new Set<string>();
  const bound = new Set<string>();
  const out = resources.map((r) => r);
  const body = root.items.find((pair) => keyOf(pair) === 'Resources')?.value;
  if (isMap(body)) {
    for (const item of body.items) {
      const name = keyOf(item);
      const index = out.findIndex((r) => r.name === name && r.name !== '');
      const resource = out[index];
      if (!resource || !isMap(item.value)) continue;
      const refs: Reference[] = [];
      referencesIn(item.value, undefined, 0, refs);
      const own: IacValue[] = [];
      const text = code.slice(resource.start - at, resource.end - at);
      for (const ref of refs) {
        const p = parameters.get(ref.name);
        if (!p) continue;
        read.add(p.name);
        const probe = { key: ref.key, normalizedKey: normalizeKey(ref.key), ...(ref.parentKey ? { parentKey: ref.parentKey } : {}) };
        const binding = iacAttributeOf(resource.resourceType, { ...probe, raw: '', start: 0, end: 0 }, text);
        // A parameter several resources read states its default and bounds once: for the first that binds it.
        if (!binding || bound.has(p.name)) continue;
        bound.add(p.name);
        const d = written(code, p.defaultNode);
        const number = d ? numberOf(d.raw) : undefined;
        if (d) own.push({ ...probe, raw: d.raw, ...(number !== undefined ? { number } : {}), start: at + d.start, end: at + d.end });
        values.push(...boundsOf(code, at, p, binding));
      }
      if (own.length > 0) out[index] = { ...resource, values: [...(resource.values ?? []), ...own] };
    }
  }
  for (const p of parameters.values()) {
    if (read.has(p.name)) continue;
    const binding = factOfPrefixedName(p.name) ?? factOfKey(normalizeKey(p.name), servicesIn(p.description)) ?? wordBinding(p);
    if (!binding) continue;
    values.push(...boundsOf(code, at, p, binding));
    const d = written(code, p.defaultNode);
    const number = d ? numberOf(d.raw) : undefined;
    if (d && number !== undefined && number > 0) {
      values.push({ key: `default of ${p.name}`, normalizedKey: '', raw: d.raw, number, start: at + d.start, end: at + d.end, bound: { fact: binding.fact, service: binding.service, factor: binding.factor, modality: 'default' } });
    }
  }
  return { resources: out, values };
}

/** A template's or Automation document's `Parameters` / `parameters` section: a line of its own at the root, or a JSON key. */
const PARAMETERS_SECTION = /^["']?[Pp]arameters["']?[ \t]*:[ \t]*\r?$|"[Pp]arameters"[ \t]*:/m;

/**
 * Adds what a fence's parameters state to its reading (yaml.ts or json.ts read the resources and values).
 * A JSON template is read with the YAML parser too (JSON is YAML's flow notation, with the same ranges).
 */
export function withParameters(fence: IacFence, code: string, at: number): IacFence {
  if (code.length > MAX_FENCE || !PARAMETERS_SECTION.test(code) || tooDeep(code)) return fence;
  try {
    let resources = [...fence.resources];
    const added: IacValue[] = [];
    for (const doc of parseAllDocuments(code, { customTags: CFN_TAGS, uniqueKeys: false, strict: false, prettyErrors: false })) {
      const read = parameterValues(code, at, doc.contents, resources);
      resources = read.resources;
      added.push(...read.values);
    }
    if (added.length === 0 && resources.every((r, i) => r === fence.resources[i])) return fence;
    // A bound a parameter states replaces the plain reading of the same scalar; values stay in document order.
    const taken = new Set(added.map((v) => v.start));
    const values = [...fence.values.filter((v) => !taken.has(v.start)), ...added].sort((a, b) => a.start - b.start);
    return { resources, values };
  } catch {
    return fence;
  }
}
