/**
 * Terraform (HCL) fences, read with a small tokenizer and a recursive-descent reader of bodies:
 * `resource "aws_x" "name" { arg = value }` and its nested blocks, `module` inputs (for modules whose
 * source the attribute table maps to a resource type), `variable` defaults and `locals`, which an
 * argument written as `var.x` / `local.x` takes its value from, and Terragrunt's top-level `inputs = { … }`
 * (the module its `terraform { source }` names, else settings by their key paths, as a local module's
 * inputs and nested maps are). Comments and heredocs are skipped; literals are numbers, strings, bools
 * and arithmetic of number literals (`60 * 60 * 24`, evaluated); arithmetic that reads a variable's
 * default or a local (`var.minutes * 60`) is evaluated once the fence's are known, and belongs to the
 * resource it is written in. Any other expression is stepped over by bracket depth.
 * Every loop advances at least one character or token, so the reader is linear; nothing here is a
 * regular expression with nested quantifiers.
 */
import { MAX_FENCE, normalizeKey, numberOf, blockStart, type IacFence, type IacResource, type IacValue } from './types';
import { MODULE_PREFIX, moduleResourceType } from './attributes';
import { bindKeyPath } from './config-keys';
import { nameServices, speaksOfOther, wordsOf } from './constants';
import { factOfKey, soleServiceOfKey } from './named-facts';

type Kind = 'ident' | 'string' | 'number' | 'heredoc' | 'newline' | 'punct';

interface Token {
  readonly kind: Kind;
  /** For strings: the content's range, quotes excluded. */
  readonly start: number;
  readonly end: number;
  /** Punctuation and operators as written; identifiers' text. */
  readonly text: string;
  /** Strings: `${…}` or `%{…}` inside (not a literal), or no closing quote on the line. */
  readonly template?: boolean;
}

const isIdentStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdentPart = (c: number): boolean => isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Interpolations nested inside strings inside interpolations: real code goes two or three deep. */
const MAX_TEMPLATE_DEPTH = 32;

/** The end of a quoted string opened at `open` (index after its closing quote), and whether it holds a template. */
function scanString(code: string, open: number): { contentEnd: number; next: number; template: boolean; closed: boolean } {
  // A stack of states: -1 inside a string, n >= 0 inside an interpolation with n open braces.
  const stack: number[] = [-1];
  let template = false;
  let i = open + 1;
  while (i < code.length) {
    const c = code.charCodeAt(i);
    const top = stack[stack.length - 1] ?? -1;
    if (c === 10) break; // a quoted string does not span lines: stop at the break, unterminated
    if (top === -1) {
      if (c === 92) {
        i += 2;
        continue;
      }
      if ((c === 36 || c === 37) && code.charCodeAt(i + 1) === c && code.charCodeAt(i + 2) === 123) {
        i += 3; // `$${` and `%%{` are escapes, not templates
        continue;
      }
      if ((c === 36 || c === 37) && code.charCodeAt(i + 1) === 123) {
        template = true;
        if (stack.length >= MAX_TEMPLATE_DEPTH) break;
        stack.push(0);
        i += 2;
        continue;
      }
      if (c === 34) {
        stack.pop();
        if (stack.length === 0) return { contentEnd: i, next: i + 1, template, closed: true };
      }
    } else if (c === 34) {
      if (stack.length >= MAX_TEMPLATE_DEPTH) break;
      stack.push(-1);
    } else if (c === 123) stack[stack.length - 1] = top + 1;
    else if (c === 125) {
      if (top === 0) stack.pop();
      else stack[stack.length - 1] = top - 1;
    }
    i++;
  }
  return { contentEnd: i, next: i, template, closed: false };
}

/** Index after a heredoc opened at `at` (`<<EOF` or `<<-EOF`), or undefined when `at` opens none. */
function skipHeredoc(code: string, at: number): number | undefined {
  let i = at + 2;
  if (code[i] === '-') i++;
  const from = i;
  while (i < code.length && isIdentPart(code.charCodeAt(i))) i++;
  if (i === from || !isIdentStart(code.charCodeAt(from))) return undefined;
  const marker = code.slice(from, i);
  let line = code.indexOf('\n', i);
  while (line !== -1) {
    const next = code.indexOf('\n', line + 1);
    const text = code.slice(line + 1, next === -1 ? code.length : next).trim();
    if (text === marker) return next === -1 ? code.length : next;
    line = next;
  }
  return code.length;
}

export function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
    } else if (c === 10) {
      tokens.push({ kind: 'newline', start: i, end: i + 1, text: '\n' });
      i++;
    } else if (c === 35 || (c === 47 && code.charCodeAt(i + 1) === 47)) {
      const end = code.indexOf('\n', i);
      i = end === -1 ? code.length : end;
    } else if (c === 47 && code.charCodeAt(i + 1) === 42) {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? code.length : end + 2;
    } else if (c === 34) {
      const s = scanString(code, i);
      tokens.push({ kind: 'string', start: i + 1, end: s.contentEnd, text: '"', template: s.template || !s.closed });
      i = Math.max(s.next, i + 1);
    } else if (c === 60 && code.charCodeAt(i + 1) === 60) {
      const end = skipHeredoc(code, i);
      if (end === undefined) {
        tokens.push({ kind: 'punct', start: i, end: i + 2, text: '<<' });
        i += 2;
      } else {
        tokens.push({ kind: 'heredoc', start: i, end, text: '<<' });
        i = end;
      }
    } else if (isDigit(c)) {
      const start = i;
      while (i < code.length && isDigit(code.charCodeAt(i))) i++;
      if (code[i] === '.' && isDigit(code.charCodeAt(i + 1))) {
        i++;
        while (i < code.length && isDigit(code.charCodeAt(i))) i++;
      }
      if ((code[i] === 'e' || code[i] === 'E') && (isDigit(code.charCodeAt(i + 1)) || ((code[i + 1] === '+' || code[i + 1] === '-') && isDigit(code.charCodeAt(i + 2))))) {
        i += 2;
        while (i < code.length && isDigit(code.charCodeAt(i))) i++;
      }
      tokens.push({ kind: 'number', start, end: i, text: code.slice(start, i) });
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < code.length && isIdentPart(code.charCodeAt(i))) i++;
      tokens.push({ kind: 'ident', start, end: i, text: code.slice(start, i) });
    } else {
      // Two-character operators, so `==` and `=>` are not read as an assignment.
      const two = code.slice(i, i + 2);
      const op = two === '==' || two === '=>' || two === '!=' || two === '<=' || two === '>=' || two === '&&' || two === '||' ? two : code[i] ?? '';
      tokens.push({ kind: 'punct', start: i, end: i + op.length, text: op });
      i += op.length;
    }
  }
  return tokens;
}

/** Bodies nested deeper than this are stepped over: real modules nest a handful of blocks. */
const MAX_DEPTH = 48;
/** Brackets nested deeper than this in an arithmetic value make it no literal. */
const MAX_ARITHMETIC_DEPTH = 16;

interface Reference {
  readonly value: Omit<IacValue, 'raw' | 'number' | 'start' | 'end'>;
  readonly scope: 'var' | 'local';
  readonly name: string;
  readonly resource: number;
}

/** `timeout = var.minutes * 60`: arithmetic over literals and references, evaluated once the fence's variables and locals are known. */
interface Computed {
  readonly value: Omit<IacValue, 'raw' | 'number' | 'start' | 'end'>;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** The expression's tokens. */
  readonly from: number;
  readonly to: number;
  readonly resource: number;
}

type Lookup = (scope: 'var' | 'local', name: string) => number | undefined;

interface Block {
  readonly type: string;
  readonly labels: readonly string[];
  readonly start: number;
  end: number;
  /** Literal attributes directly in the body, by name (variable `default`, module `source`, locals). */
  readonly literals: Map<string, IacValue>;
  /** Every literal in the body with its key path from the body down (`queue = { visibility_timeout = 60 }` → queue, visibility_timeout). */
  readonly nested: Array<{ readonly path: readonly string[]; readonly value: IacValue }>;
}

class Reader {
  private i = 0;
  readonly values: IacValue[] = [];
  readonly references: Reference[] = [];
  readonly computed: Computed[] = [];
  readonly blocks: Block[] = [];
  /** While an expression is evaluated: the value of a `var.x` / `local.x` operand; undefined while reading. */
  private lookup: Lookup | undefined;
  /** The expression just read has a reference among its operands. */
  private referenced = false;
  /** Index into `blocks` of the top-level block being read. */
  private current = -1;
  /** Keys of the maps and nested blocks around the attribute being read, inside the current block. */
  private readonly path: string[] = [];

  constructor(
    private readonly code: string,
    private readonly at: number,
    private readonly tokens: readonly Token[],
  ) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private isPunct(token: Token | undefined, text: string): boolean {
    return token?.kind === 'punct' && token.text === text;
  }

  /** Reads a body until its closing `}` (consumed) or the end of input. */
  body(depth: number, parentKey: string | undefined): void {
    while (this.i < this.tokens.length) {
      const token = this.peek();
      if (!token) return;
      if (token.kind === 'newline' || this.isPunct(token, ',')) {
        this.i++;
        continue;
      }
      if (this.isPunct(token, '}')) {
        this.i++;
        return;
      }
      if (token.kind !== 'ident' && token.kind !== 'string') {
        this.skipLine();
        continue;
      }
      const next = this.peek(1);
      // `inputs = { … }` at the top (Terragrunt, a tfvars object): a body of its own, as a block's.
      if (depth === 0 && this.isPunct(next, '=') && this.isPunct(this.peek(2), '{')) {
        this.i += 3;
        this.topBody('=', [this.keyOf(token)], token.start);
        this.skipToEnd();
        continue;
      }
      if (this.isPunct(next, '=') || (depth > 0 && this.isPunct(next, ':'))) {
        this.i += 2;
        this.attribute(this.keyOf(token), depth, parentKey);
      } else this.block(depth);
    }
  }

  private keyOf(token: Token): string {
    return token.kind === 'string' ? this.code.slice(token.start, token.end) : token.text;
  }

  /** `type "label" "label" {`: a nested block, or a line that is none (skipped). */
  private block(depth: number): void {
    const first = this.peek();
    if (!first) return;
    const type = first.text;
    const labels: string[] = [];
    this.i++;
    for (let t = this.peek(); t && (t.kind === 'ident' || (t.kind === 'string' && !t.template)); t = this.peek()) {
      labels.push(this.keyOf(t));
      this.i++;
    }
    if (!this.isPunct(this.peek(), '{')) {
      this.skipLine();
      return;
    }
    this.i++;
    if (depth >= MAX_DEPTH) {
      this.skipBalanced(1);
      return;
    }
    if (depth === 0) {
      this.topBody(type, labels, first.start);
      return;
    }
    this.path.push(type);
    this.body(depth + 1, normalizeKey(type));
    this.path.pop();
  }

  /** A top-level block's body (its `{` consumed), or a top-level attribute's object (type `=`, its key the label). */
  private topBody(type: string, labels: readonly string[], start: number): void {
    this.blocks.push({ type, labels, start, end: this.code.length, literals: new Map(), nested: [] });
    this.current = this.blocks.length - 1;
    this.path.length = 0;
    this.body(1, undefined);
    const block = this.blocks[this.current];
    const last = this.tokens[this.i - 1];
    if (block && last && this.isPunct(last, '}')) block.end = last.end;
    this.current = -1;
    this.path.length = 0;
  }

  /** The value of `key = …`: a literal becomes an IacValue, an object or list is read for its keys, anything else is stepped over. */
  private attribute(key: string, depth: number, parentKey: string | undefined): void {
    const token = this.peek();
    if (!token) return;
    if (this.isPunct(token, '{') || this.isPunct(token, '[')) {
      this.i++;
      this.path.push(key);
      if (depth >= MAX_DEPTH) this.skipBalanced(1);
      else if (token.text === '{') this.body(depth + 1, normalizeKey(key));
      else this.list(depth + 1, normalizeKey(key));
      this.path.pop();
      this.skipToEnd();
      return;
    }
    const literal = this.literal();
    if (literal) {
      const value: IacValue = { key, normalizedKey: normalizeKey(key), parentKey, ...literal };
      this.values.push(value);
      const block = this.blocks[this.current];
      if (depth === 1) block?.literals.set(key, value);
      block?.nested.push({ path: [...this.path, key], value });
      return;
    }
    const computed = this.current >= 0 ? this.computedExpression() : undefined;
    if (computed) {
      this.computed.push({ value: { key, normalizedKey: normalizeKey(key), parentKey }, ...computed, resource: this.current });
      return;
    }
    const reference = this.reference();
    if (reference && this.current >= 0) {
      this.references.push({ value: { key, normalizedKey: normalizeKey(key), parentKey }, ...reference, resource: this.current });
      return;
    }
    this.skipToEnd();
  }

  /** A list's items: objects in it are read like bodies (`ingress = [{ from_port = 80 }]`). */
  private list(depth: number, parentKey: string): void {
    while (this.i < this.tokens.length) {
      const token = this.peek();
      if (!token || this.isPunct(token, ']')) {
        this.i++;
        return;
      }
      if (this.isPunct(token, '{')) {
        this.i++;
        this.body(depth + 1, parentKey);
      } else if (this.isPunct(token, '[') || this.isPunct(token, '(')) {
        this.i++;
        this.skipBalanced(1);
      } else if (this.isPunct(token, '}')) return; // unbalanced: leave it to the enclosing body
      else this.i++;
    }
  }

  /** A number, bool or template-free string, or arithmetic of number literals, followed by the end of the expression. */
  private literal(): Pick<IacValue, 'raw' | 'number' | 'start' | 'end'> | undefined {
    return this.scalar() ?? this.arithmetic();
  }

  /**
   * `60 * 60 * 24 * 16`, `1024 * 10`, `(15 * 60) + 60`: an expression of number literals, `+ - * / %`
   * and brackets, evaluated; undefined when any operand is not a literal (`var.x * 60`, a call).
   */
  private arithmetic(): Pick<IacValue, 'raw' | 'number' | 'start' | 'end'> | undefined {
    const read = this.expression();
    if (!read || this.referenced) {
      if (read) this.i = read.from;
      return undefined;
    }
    return { raw: read.raw, number: read.number, start: read.start, end: read.end };
  }

  /** Arithmetic with a reference among its operands (`var.minutes * 60`), read for later evaluation. */
  private computedExpression(): Omit<Computed, 'value' | 'resource'> | undefined {
    const read = this.expression();
    if (read && !this.referenced) this.i = read.from;
    return read && this.referenced ? { raw: read.raw, start: read.start, end: read.end, from: read.from, to: this.i } : undefined;
  }

  /** An expression of one operator at least, up to the expression's end; the reader stays at its start when none. */
  private expression(): { raw: string; number: number; start: number; end: number; from: number } | undefined {
    const from = this.i;
    const first = this.peek();
    this.referenced = false;
    const n = this.sum(0);
    const last = this.tokens[this.i - 1];
    // One operator at least: a bare number is a scalar, a bare reference a reference.
    if (n === undefined || !first || !last || this.i - from < 3 || !this.ends(this.peek()) || !Number.isFinite(n) || (this.referenced && this.i - from < 5)) {
      this.i = from;
      return undefined;
    }
    return { raw: this.code.slice(first.start, last.end), number: n, start: this.at + first.start, end: this.at + last.end, from };
  }

  /** The value of the expression in tokens [from, to), with each reference's value from `lookup`. */
  evaluate(from: number, to: number, lookup: Lookup): number | undefined {
    this.i = from;
    this.lookup = lookup;
    try {
      const n = this.sum(0);
      return n !== undefined && this.i === to && Number.isFinite(n) ? n : undefined;
    } finally {
      this.lookup = undefined;
    }
  }

  private sum(depth: number): number | undefined {
    let left = this.product(depth);
    for (let t = this.peek(); left !== undefined && (this.isPunct(t, '+') || this.isPunct(t, '-')); t = this.peek()) {
      this.i++;
      const right = this.product(depth);
      left = right === undefined ? undefined : t?.text === '+' ? left + right : left - right;
    }
    return left;
  }

  private product(depth: number): number | undefined {
    let left = this.operand(depth);
    for (let t = this.peek(); left !== undefined && (this.isPunct(t, '*') || this.isPunct(t, '/') || this.isPunct(t, '%')); t = this.peek()) {
      this.i++;
      const right = this.operand(depth);
      if (right === undefined || (t?.text !== '*' && right === 0)) return undefined;
      left = t?.text === '*' ? left * right : t?.text === '/' ? left / right : left % right;
    }
    return left;
  }

  private operand(depth: number): number | undefined {
    const t = this.peek();
    if (t?.kind === 'number') {
      this.i++;
      return Number(t.text);
    }
    const [dot, name] = [this.peek(1), this.peek(2)];
    if (t?.kind === 'ident' && (t.text === 'var' || t.text === 'local') && this.isPunct(dot, '.') && name?.kind === 'ident' && !this.isPunct(this.peek(3), '.') && !this.isPunct(this.peek(3), '[')) {
      this.i += 3;
      this.referenced = true;
      // While reading, any number stands in: the expression's shape is all that is checked.
      return this.lookup ? this.lookup(t.text, name.text) : 1;
    }
    if (this.isPunct(t, '-')) {
      this.i++;
      const v = this.operand(depth);
      return v === undefined ? undefined : -v;
    }
    if (!this.isPunct(t, '(') || depth >= MAX_ARITHMETIC_DEPTH) return undefined;
    this.i++;
    const inner = this.sum(depth + 1);
    if (inner === undefined || !this.isPunct(this.peek(), ')')) return undefined;
    this.i++;
    return inner;
  }

  /** A number, bool or template-free string followed by the end of the expression. */
  private scalar(): Pick<IacValue, 'raw' | 'number' | 'start' | 'end'> | undefined {
    let token = this.peek();
    let negative: Token | undefined;
    if (this.isPunct(token, '-') && this.peek(1)?.kind === 'number') {
      negative = token;
      token = this.peek(1);
    }
    if (!token) return undefined;
    const literal =
      token.kind === 'number' ||
      (token.kind === 'string' && !token.template) ||
      (token.kind === 'ident' && (token.text === 'true' || token.text === 'false'));
    const after = this.peek(negative ? 2 : 1);
    if (!literal || !this.ends(after)) return undefined;
    this.i += negative ? 2 : 1;
    const start = negative ? negative.start : token.start;
    const raw = this.code.slice(start, token.end);
    return { raw, number: token.kind === 'ident' ? undefined : numberOf(raw), start: this.at + start, end: this.at + token.end };
  }

  /** `var.name` / `local.name` followed by the end of the expression. */
  private reference(): { scope: 'var' | 'local'; name: string } | undefined {
    const [scope, dot, name, after] = [this.peek(), this.peek(1), this.peek(2), this.peek(3)];
    if (scope?.kind !== 'ident' || (scope.text !== 'var' && scope.text !== 'local')) return undefined;
    if (!this.isPunct(dot, '.') || name?.kind !== 'ident' || !this.ends(after)) return undefined;
    this.i += 3;
    return { scope: scope.text, name: name.text };
  }

  private ends(token: Token | undefined): boolean {
    return !token || token.kind === 'newline' || this.isPunct(token, ',') || this.isPunct(token, '}') || this.isPunct(token, ']');
  }

  /** Steps over the rest of an expression: to a newline, `,`, `}` or `]` outside brackets. */
  private skipToEnd(): void {
    let depth = 0;
    while (this.i < this.tokens.length) {
      const t = this.peek();
      if (!t) return;
      if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) depth++;
      else if (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) {
        if (depth === 0) return;
        depth--;
      } else if (depth === 0 && (t.kind === 'newline' || this.isPunct(t, ','))) return;
      this.i++;
    }
  }

  /** Steps over tokens until `open` brackets are closed. */
  private skipBalanced(open: number): void {
    let depth = open;
    while (this.i < this.tokens.length && depth > 0) {
      const t = this.peek();
      if (t?.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) depth++;
      else if (t?.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) depth--;
      this.i++;
    }
  }

  private skipLine(): void {
    this.i++;
    this.skipToEnd();
  }
}

const IDENTIFIER = /^[A-Za-z_][\w-]*$/;

/**
 * A number an input or default sets, bound by its key path's words as a settings key is (config-keys.ts),
 * else, as a property of the one service the path's or the module's name (`owner`) names, or of the one
 * service a property name of three words or more belongs to (`message_retention_seconds` is SQS's), in the
 * property's unit. An arithmetic value is bound by what it evaluates to and shown as written.
 */
function namedSetting(path: readonly string[], value: IacValue, comment: string, owner: string | undefined): IacValue | undefined {
  const leaf = path[path.length - 1];
  if (leaf === undefined || value.number === undefined) return undefined;
  const key = path.join('.');
  const written = { key, normalizedKey: value.normalizedKey, raw: value.raw };
  const setting = bindKeyPath(path, String(value.number), comment, value.start, value.end, 0);
  if (setting?.bound) return { ...setting, ...written, number: setting.number, bound: { ...setting.bound, modality: 'stated' } };
  const words = wordsOf(leaf);
  if (value.number <= 0 || speaksOfOther(`${path.join(' ')} ${owner ?? ''} ${comment}`)) return undefined;
  const around = nameServices([...(owner === undefined ? [] : wordsOf(owner)), ...path.slice(0, -1).flatMap(wordsOf)]);
  const only = around.size === 0 && words.length >= 3 ? soleServiceOfKey(normalizeKey(leaf)) : undefined;
  const services = only === undefined ? around : new Set([only]);
  const binding = services.size === 1 ? factOfKey(normalizeKey(leaf), services) : undefined;
  if (!binding) return undefined;
  return { ...value, ...written, bound: { fact: binding.fact, service: binding.service, factor: binding.factor, modality: 'stated' } };
}

/** Reads a Terraform fence whose text starts at document offset `at`. Never throws: broken HCL gives what parsed. */
export function readHcl(code: string, at: number): IacFence {
  if (code.length > MAX_FENCE) return { resources: [], values: [] };
  try {
    const reader = new Reader(code, at, tokenize(code));
    reader.body(0, undefined);
    const resources: Array<IacResource & { readonly block: number; values?: IacValue[] }> = [];
    const variables = new Map<string, IacValue>();
    const locals = new Map<string, IacValue>();
    /** Inputs of local modules and defaults of variables, read as settings by their key paths (see below). */
    const named: Array<{ readonly path: readonly string[]; readonly value: IacValue; readonly comment: string; readonly variable: boolean; readonly owner?: string }> = [];
    /** Inputs as settings: every number in the body, by its path (`queue = { visibility_timeout = 60 * 60 }`). */
    const inputs = (block: (typeof reader.blocks)[number], prefix: readonly string[], owner?: string): void => {
      for (const { path, value } of block.nested) if (value.number !== undefined) named.push({ path: [...prefix, ...path], value, comment: '', variable: false, owner });
    };
    // Terragrunt: `terraform { source = "tfr:///terraform-aws-modules/sqs/aws" }` makes `inputs` that module's.
    const terragrunt = moduleResourceType(reader.blocks.find((b) => b.type === 'terraform')?.literals.get('source')?.raw ?? '');
    reader.blocks.forEach((block, index) => {
      const [first, second] = block.labels;
      const span = { start: at + blockStart(code, block.start), end: at + block.end, block: index };
      if (block.type === 'resource' && first && second !== undefined) {
        // A Terraform name is an identifier: anything else is not a name to show.
        resources.push({ ...span, resourceType: first, name: IDENTIFIER.test(second) ? second : '' });
      }
      else if (block.type === 'module' && first) {
        const type = moduleResourceType(block.literals.get('source')?.raw ?? '');
        // Not the resource itself: a module may differ in what it does with an input (the SQS module adds `.fifo`).
        if (type) resources.push({ ...span, resourceType: `${MODULE_PREFIX}${type}`, name: first });
        // A module of the team's own (`source = "./modules/ingest"`): its inputs are settings named by their
        // words (`lambda_timeout = 960`, `sqs_retention_seconds = 1382400`), read as a settings file's keys are.
        else inputs(block, [], first);
      } else if (block.type === 'variable' && first) {
        const value = block.literals.get('default');
        if (value) variables.set(first, value);
        if (value?.number !== undefined) named.push({ path: [first], value, comment: block.literals.get('description')?.raw ?? '', variable: true });
      } else if (block.type === 'locals') for (const [name, value] of block.literals) locals.set(name, value);
      else if (block.type === '=' && first === 'inputs' && terragrunt) resources.push({ ...span, resourceType: `${MODULE_PREFIX}${terragrunt}`, name: '' });
      // Terragrunt's `inputs` of a module it does not map, a tfvars object (`queue = { … }`): settings by their paths.
      else if (block.type === '=' && first) inputs(block, first === 'inputs' ? [] : [first]);
    });
    // `message_retention_seconds = var.retention`: the resource's argument has the variable's default,
    // found (and fixed) where the default is written.
    // Once per default and argument: two queues reading one variable get one finding on it, not two.
    const attached = new Set<string>();
    /** Where the defaults a resource reads are written. */
    const read = new Set<number>();
    for (const ref of reader.references) {
      const target = (ref.scope === 'var' ? variables : locals).get(ref.name);
      const resource = resources.find((r) => r.block === ref.resource);
      if (!target || !resource) continue;
      const id = `${target.start}:${ref.value.normalizedKey}:${resource.resourceType}`;
      if (attached.has(id)) continue;
      attached.add(id);
      read.add(target.start);
      (resource.values ??= []).push({ ...ref.value, raw: target.raw, number: target.number, start: target.start, end: target.end });
    }
    // `timeout = var.minutes * 60`: arithmetic over the defaults and locals it reads, judged where it is written.
    for (const c of reader.computed) {
      const resource = resources.find((r) => r.block === c.resource);
      if (!resource) continue;
      const used: number[] = [];
      const n = reader.evaluate(c.from, c.to, (scope, name) => {
        const target = (scope === 'var' ? variables : locals).get(name);
        if (target) used.push(target.start);
        return target?.number;
      });
      if (n === undefined) continue;
      for (const start of used) read.add(start);
      (resource.values ??= []).push({ ...c.value, raw: c.raw, number: n, start: c.start, end: c.end });
    }
    // A variable a resource reads is judged there, with the resource's type; the others by their names.
    const bound = new Map<number, IacValue>();
    for (const { path, value, comment, variable, owner } of named) {
      if (variable && read.has(value.start)) continue;
      const setting = namedSetting(path, value, comment, owner);
      // What the input or default is set to: "max" in `max_message_size` names the setting, it claims no ceiling.
      if (setting) bound.set(value.start, setting);
    }
    const values = reader.values.map((v) => bound.get(v.start) ?? v);
    return { resources: resources.map(({ start, end, resourceType, name, values }) => ({ start, end, resourceType, name, values })), values: values.sort((a, b) => a.start - b.start) };
  } catch {
    return { resources: [], values: [] };
  }
}
