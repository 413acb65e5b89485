/**
 * Terraform `variable` blocks that state a limit: a `validation` whose `condition` bounds the variable
 * (`var.x <= 86400`, `var.x >= 60 && var.x <= 1209600`, `var.x == null || (…)`) says the module
 * accepts values up to (or from) that figure, so a bound beyond what AWS accepts is a wrong limit the
 * module enforces. The variable's fact comes from its name, read with the service its name, its
 * description or a resource type of the same fence names (`named-facts.ts`); the `error_message`
 * repeats the bound in words and is not read again. A variable's `default`, when no block of the
 * fence reads the variable (which would carry it already), is the value the module ships with.
 *
 * Bounds of 0 are left alone: `var.x >= 0` says "not negative", not AWS's minimum. Token walks only.
 */
import { tokenize } from './hcl';
import { serviceOfResourceType } from './resource-services';
import { factOfKey, factOfPrefixedName, servicesIn } from './named-facts';
import { MAX_FENCE, normalizeKey, type BoundValue, type IacFence, type IacValue } from './types';

type Token = ReturnType<typeof tokenize>[number];

interface VariableBlock {
  readonly name: string;
  /** Token indexes of the block's body (after `{`, before its `}`). */
  readonly from: number;
  readonly to: number;
  /** Offset of `variable` and of the closing brace. */
  readonly start: number;
  readonly end: number;
}

const isPunct = (t: Token | undefined, text: string): boolean => t?.kind === 'punct' && t.text === text;

/** Top-level `variable "name" { … }` blocks. */
function variableBlocks(tokens: readonly Token[], code: string): VariableBlock[] {
  const out: VariableBlock[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && (t.text === '{' || t.text === '(' || t.text === '[')) depth++;
    else if (t.kind === 'punct' && (t.text === '}' || t.text === ')' || t.text === ']')) depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.kind === 'ident' && t.text === 'variable') {
      const label = tokens[i + 1];
      if (label?.kind !== 'string' || label.template || !isPunct(tokens[i + 2], '{')) continue;
      let inner = 1;
      let j = i + 3;
      for (; j < tokens.length && inner > 0; j++) {
        const u = tokens[j] as Token;
        if (u.kind === 'punct' && (u.text === '{' || u.text === '(' || u.text === '[')) inner++;
        else if (u.kind === 'punct' && (u.text === '}' || u.text === ')' || u.text === ']')) inner--;
      }
      const close = tokens[j - 1];
      out.push({ name: code.slice(label.start, label.end), from: i + 3, to: inner === 0 ? j - 1 : j, start: t.start, end: close ? close.end : code.length });
      i = j - 1;
    }
  }
  return out;
}

/** The tokens of `key = <expression>` at the top of a body (`from`..`to`), up to the end of its line outside brackets. */
function attributeTokens(tokens: readonly Token[], from: number, to: number, key: string): Array<{ tokens: Token[]; at: number }> {
  const found: Array<{ tokens: Token[]; at: number }> = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && (t.text === '{' || t.text === '(' || t.text === '[')) depth++;
    else if (t.kind === 'punct' && (t.text === '}' || t.text === ')' || t.text === ']')) depth--;
    else if (depth === 0 && t.kind === 'ident' && t.text === key && isPunct(tokens[i + 1], '=')) {
      const expression: Token[] = [];
      let inner = 0;
      let j = i + 2;
      for (; j < to; j++) {
        const u = tokens[j] as Token;
        if (u.kind === 'newline') {
          if (inner === 0) break;
          continue;
        }
        if (u.kind === 'punct' && (u.text === '(' || u.text === '[' || u.text === '{')) inner++;
        else if (u.kind === 'punct' && (u.text === ')' || u.text === ']' || u.text === '}')) {
          if (inner === 0) break;
          inner--;
        }
        expression.push(u);
      }
      found.push({ tokens: expression, at: i });
      i = j - 1;
    }
  }
  return found;
}

/** The body token ranges of the `validation { … }` blocks of a variable. */
function validationBodies(tokens: readonly Token[], block: VariableBlock): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let depth = 0;
  for (let i = block.from; i < block.to; i++) {
    const t = tokens[i] as Token;
    if (depth === 0 && t.kind === 'ident' && t.text === 'validation' && isPunct(tokens[i + 1], '{')) {
      let inner = 1;
      let j = i + 2;
      for (; j < block.to && inner > 0; j++) {
        const u = tokens[j] as Token;
        if (u.kind === 'punct' && (u.text === '{' || u.text === '(' || u.text === '[')) inner++;
        else if (u.kind === 'punct' && (u.text === '}' || u.text === ')' || u.text === ']')) inner--;
      }
      out.push({ from: i + 2, to: inner === 0 ? j - 1 : j });
      i = j - 1;
      continue;
    }
    if (t.kind === 'punct' && (t.text === '{' || t.text === '(' || t.text === '[')) depth++;
    else if (t.kind === 'punct' && (t.text === '}' || t.text === ')' || t.text === ']')) depth--;
  }
  return out;
}

/** `list` split at top-level `op` tokens (`&&`, `||`). */
function splitAt(list: readonly Token[], op: string): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const t of list) {
    if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) depth++;
    else if (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) depth--;
    if (depth === 0 && t.kind === 'punct' && t.text === op) parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  return parts;
}

/** `( … )` around a whole expression, removed (as often as written). */
function unwrap(list: Token[]): Token[] {
  let out = list;
  while (out.length >= 2 && isPunct(out[0], '(') && isPunct(out[out.length - 1], ')')) {
    let depth = 0;
    let closesAtEnd = true;
    for (let i = 0; i < out.length; i++) {
      const t = out[i] as Token;
      if (isPunct(t, '(')) depth++;
      else if (isPunct(t, ')')) depth--;
      if (depth === 0 && i < out.length - 1) {
        closesAtEnd = false;
        break;
      }
    }
    if (!closesAtEnd) break;
    out = out.slice(1, -1);
  }
  return out;
}

/** `var.<name>` at tokens[i..i+2]. */
function isVariable(list: readonly Token[], i: number, name: string): boolean {
  const [scope, dot, id] = [list[i], list[i + 1], list[i + 2]];
  return scope?.kind === 'ident' && scope.text === 'var' && isPunct(dot, '.') && id?.kind === 'ident' && id.text === name;
}

interface Bound {
  readonly side: 'upper' | 'lower';
  readonly strict: boolean;
  readonly number: Token;
}

const FLIP: Readonly<Record<string, string>> = { '<=': '>=', '<': '>', '>=': '<=', '>': '<' };

/** `var.x <= 86400` or `86400 >= var.x`: one comparison of the variable with a number. */
function boundOf(list: Token[], name: string): Bound | undefined {
  const c = unwrap(list);
  if (c.length !== 5) return undefined;
  let op: string | undefined;
  let number: Token | undefined;
  if (isVariable(c, 0, name) && c[3]?.kind === 'punct' && c[4]?.kind === 'number') [op, number] = [c[3].text, c[4]];
  else if (c[0]?.kind === 'number' && c[1]?.kind === 'punct' && isVariable(c, 2, name)) [op, number] = [FLIP[c[1].text], c[0]];
  if (!number || !op || FLIP[op] === undefined) return undefined;
  return { side: op.startsWith('<') ? 'upper' : 'lower', strict: op.length === 1, number };
}

/** `var.x == null`: an alternative that lets an unset optional variable through. */
function isNullTest(list: Token[], name: string): boolean {
  const c = unwrap(list);
  return c.length === 5 && isVariable(c, 0, name) && isPunct(c[3], '==') && c[4]?.kind === 'ident' && c[4].text === 'null';
}

/** The bounds a condition puts on `var.<name>`: comparisons joined by `&&`, optionally after `var.x == null ||`. */
function boundsOf(condition: Token[], name: string): Bound[] {
  const alternatives = splitAt(condition, '||').filter((alt) => !isNullTest(alt, name));
  if (alternatives.length !== 1) return [];
  const out: Bound[] = [];
  for (const conjunct of splitAt(unwrap(alternatives[0] ?? []), '&&')) {
    const bound = boundOf(conjunct, name);
    if (bound) out.push(bound);
  }
  return out;
}

/** The fact a variable stands for: a service word in its name, else its key with the service its description or the fence names. */
function factOfVariable(name: string, description: string, fenceServices: ReadonlySet<string>): ReturnType<typeof factOfKey> {
  const prefixed = factOfPrefixedName(name);
  if (prefixed) return prefixed;
  const services = new Set([...servicesIn(description), ...fenceServices]);
  return services.size === 0 ? undefined : factOfKey(normalizeKey(name), services);
}

/** Services the fence's resource and module blocks are instances of. */
function fenceServices(code: string): Set<string> {
  const out = new Set<string>();
  for (const m of code.matchAll(/^[ \t]*resource[ \t]+"([A-Za-z][\w]{0,80})"/gm)) {
    const id = m[1] ? serviceOfResourceType(m[1]) : undefined;
    if (id) out.add(id);
  }
  return out;
}

/** Whether `var.<name>` is written outside the variable's own block (a resource or local reads it). */
function readElsewhere(code: string, block: VariableBlock): boolean {
  const reference = `var.${block.name}`;
  for (let i = code.indexOf(reference); i !== -1; i = code.indexOf(reference, i + 1)) {
    const after = code.charCodeAt(i + reference.length);
    const whole = !((after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 95 || after === 45);
    if (whole && (i < block.start || i >= block.end)) return true;
  }
  return false;
}

/** Adds the bounds and shipped defaults of validated variables to a Terraform fence's reading. */
export function withValidations(fence: IacFence, code: string, at: number): IacFence {
  if (code.length > MAX_FENCE || !code.includes('validation')) return fence;
  try {
    const tokens = tokenize(code);
    const added: IacValue[] = [];
    let services: Set<string> | undefined;
    for (const block of variableBlocks(tokens, code)) {
      const bodies = validationBodies(tokens, block);
      if (bodies.length === 0) continue;
      const description = attributeTokens(tokens, block.from, block.to, 'description')[0]?.tokens[0];
      const said = description?.kind === 'string' ? code.slice(description.start, description.end) : '';
      const fact = factOfVariable(block.name, said, (services ??= fenceServices(code)));
      if (!fact) continue;
      const bound = (modality: BoundValue['modality']): BoundValue => ({ fact: fact.fact, service: fact.service, factor: fact.factor, modality });
      for (const body of bodies) {
        for (const { tokens: condition } of attributeTokens(tokens, body.from, body.to, 'condition')) {
          for (const b of boundsOf(condition, block.name)) {
            const number = Number(b.number.text);
            if (!Number.isFinite(number) || number === 0) continue;
            // `var.x < 1209601` allows 1209600 at most: the bound judged is the last value let through.
            const judged = b.strict && Number.isInteger(number) ? number + (b.side === 'upper' ? -1 : 1) : number;
            added.push({
              key: `${b.side} bound of var.${block.name}`,
              normalizedKey: '',
              raw: b.strict ? `${b.number.text} (exclusive)` : b.number.text,
              number: judged,
              start: at + b.number.start,
              end: at + b.number.end,
              bound: bound(b.side === 'upper' ? 'maximum' : 'minimum'),
            });
          }
        }
      }
      // The default the module ships with, unless a block of the fence reads the variable (it carries the default then).
      const shipped = attributeTokens(tokens, block.from, block.to, 'default')[0]?.tokens;
      if (shipped?.length === 1 && shipped[0]?.kind === 'number' && !readElsewhere(code, block)) {
        const t = shipped[0];
        added.push({ key: `default of var.${block.name}`, normalizedKey: '', raw: t.text, number: Number(t.text), start: at + t.start, end: at + t.end, bound: bound('default') });
      }
    }
    if (added.length === 0) return fence;
    // A bound value replaces the plain reading of the same literal (the default's `default = …`).
    const taken = new Set(added.map((v) => v.start));
    const values = [...fence.values.filter((v) => !taken.has(v.start)), ...added].sort((a, b) => a.start - b.start);
    return { resources: fence.resources, values };
  } catch {
    return fence;
  }
}
