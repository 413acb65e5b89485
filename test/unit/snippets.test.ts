/**
 * The markdown snippets: valid JSON, unique prefixes, ≥ 30 patterns, sane tab stops, and — the point —
 * every snippet, expanded with its defaults and with each choice option in turn, passes our own engine
 * with zero findings. The expander below implements the TextMate/VS Code snippet grammar
 * (tab stops, placeholders, choices, variables, regex transforms, escapes) closely enough to produce
 * the exact text VS Code would insert.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';

const SNIPPETS_PATH = join(__dirname, '..', '..', 'snippets', 'markdown.code-snippets');

// ---------------------------------------------------------------------------------------------
// Snippet grammar
// ---------------------------------------------------------------------------------------------

type FormatModifier = 'upcase' | 'downcase' | 'capitalize' | 'camelcase' | 'pascalcase';

type FormatPart =
  | { kind: 'text'; value: string }
  | { kind: 'group'; index: number; modifier?: FormatModifier }
  | { kind: 'cond'; index: number; ifValue?: string; elseValue?: string };

interface Transform {
  regex: RegExp;
  format: FormatPart[];
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; transform?: Transform }
  | { kind: 'placeholder'; index: number; children: Node[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: Node[]; transform?: Transform };

class SnippetSyntaxError extends Error {}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Node[] {
    const nodes = this.parseNodes(false);
    if (this.pos !== this.src.length) throw new SnippetSyntaxError(`unexpected '${this.src[this.pos]}' at ${this.pos}`);
    return nodes;
  }

  /** Text and constructs up to the end, or up to an unescaped `}` when inside a placeholder. */
  private parseNodes(inside: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += ch;
          this.pos++;
        }
        continue;
      }
      if (ch === '}' && inside) break;
      if (ch === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
      }
      text += ch;
      this.pos++;
    }
    flush();
    return nodes;
  }

  /** At a `$`: returns the construct, or undefined (and leaves pos) when the `$` is literal. */
  private parseDollar(): Node | undefined {
    const rest = this.src.slice(this.pos);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]) };
    }
    m = /^\$([_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { kind: 'variable', name: m[1]! };
    }
    m = /^\$\{(\d+)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const index = Number(m[1]);
      const next = this.src[this.pos];
      if (next === '}') {
        this.pos++;
        return { kind: 'tabstop', index };
      }
      if (next === ':') {
        this.pos++;
        const children = this.parseNodes(true);
        this.expect('}');
        return { kind: 'placeholder', index, children };
      }
      if (next === '|') {
        this.pos++;
        const options = this.parseChoiceOptions();
        return { kind: 'choice', index, options };
      }
      if (next === '/') {
        const transform = this.parseTransform();
        this.expect('}');
        return { kind: 'tabstop', index, transform };
      }
      throw new SnippetSyntaxError(`bad tab stop at ${this.pos}`);
    }
    m = /^\$\{([_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const name = m[1]!;
      const next = this.src[this.pos];
      if (next === '}') {
        this.pos++;
        return { kind: 'variable', name };
      }
      if (next === ':') {
        this.pos++;
        const children = this.parseNodes(true);
        this.expect('}');
        return { kind: 'variable', name, children };
      }
      if (next === '/') {
        const transform = this.parseTransform();
        this.expect('}');
        return { kind: 'variable', name, transform };
      }
      throw new SnippetSyntaxError(`bad variable at ${this.pos}`);
    }
    return undefined;
  }

  private parseChoiceOptions(): string[] {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === '\\' && this.pos + 1 < this.src.length && ',|\\'.includes(this.src[this.pos + 1]!)) {
        current += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (ch === ',') {
        options.push(current);
        current = '';
        this.pos++;
        continue;
      }
      if (ch === '|' && this.src[this.pos + 1] === '}') {
        options.push(current);
        this.pos += 2;
        return options;
      }
      current += ch;
      this.pos++;
    }
    throw new SnippetSyntaxError('unterminated choice');
  }

  /** `/regex/format/options` (pos at the first `/`). */
  private parseTransform(): Transform {
    this.expect('/');
    const regexSource = this.readUntilSlash(false);
    const formatSource = this.readUntilSlash(true);
    const optMatch = /^[a-z]*/.exec(this.src.slice(this.pos));
    const flags = optMatch ? optMatch[0] : '';
    this.pos += flags.length;
    return { regex: new RegExp(regexSource, flags), format: parseFormat(formatSource) };
  }

  /** Up to the next unescaped `/`; in a format, a `${…}` (which may hold `/upcase`) is read whole. */
  private readUntilSlash(format: boolean): string {
    let out = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (format && ch === '$' && this.src[this.pos + 1] === '{') {
        const close = this.src.indexOf('}', this.pos);
        if (close < 0) throw new SnippetSyntaxError('unterminated format group');
        out += this.src.slice(this.pos, close + 1);
        this.pos = close + 1;
        continue;
      }
      if (ch === '\\' && this.src[this.pos + 1] === '/') {
        out += '/';
        this.pos += 2;
        continue;
      }
      if (ch === '\\' && this.pos + 1 < this.src.length) {
        out += ch + this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (ch === '/') {
        this.pos++;
        return out;
      }
      out += ch;
      this.pos++;
    }
    throw new SnippetSyntaxError('unterminated transform');
  }

  private expect(ch: string): void {
    if (this.src[this.pos] !== ch) throw new SnippetSyntaxError(`expected '${ch}' at ${this.pos} in ${JSON.stringify(this.src.slice(this.pos - 20, this.pos + 20))}`);
    this.pos++;
  }
}

function parseFormat(src: string): FormatPart[] {
  const parts: FormatPart[] = [];
  let text = '';
  let i = 0;
  const flush = (): void => {
    if (text) parts.push({ kind: 'text', value: text });
    text = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\\' && i + 1 < src.length) {
      const next = src[i + 1]!;
      text += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      i += 2;
      continue;
    }
    if (ch === '$') {
      const rest = src.slice(i);
      let m = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
      if (m) {
        flush();
        parts.push({ kind: 'group', index: Number(m[1]) });
        i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+):\/(upcase|downcase|capitalize|camelcase|pascalcase)\}/.exec(rest);
      if (m) {
        flush();
        parts.push({ kind: 'group', index: Number(m[1]), modifier: m[2] as FormatModifier });
        i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+):\+((?:\\.|[^}\\])*)\}/.exec(rest);
      if (m) {
        flush();
        parts.push({ kind: 'cond', index: Number(m[1]), ifValue: unescapeFormat(m[2]!) });
        i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+):\?((?:\\.|[^:}\\])*):((?:\\.|[^}\\])*)\}/.exec(rest);
      if (m) {
        flush();
        parts.push({ kind: 'cond', index: Number(m[1]), ifValue: unescapeFormat(m[2]!), elseValue: unescapeFormat(m[3]!) });
        i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+):-?((?:\\.|[^}\\])*)\}/.exec(rest);
      if (m) {
        flush();
        parts.push({ kind: 'cond', index: Number(m[1]), elseValue: unescapeFormat(m[2]!) });
        i += m[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return parts;
}

function unescapeFormat(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

function applyTransform(value: string, t: Transform): string {
  return value.replace(t.regex, (...args: unknown[]) => {
    // String.replace passes (match, g1..gn, offset, string[, namedGroups]); the offset is the first number.
    const offsetIndex = args.findIndex((a) => typeof a === 'number');
    const captures = args.slice(0, offsetIndex) as Array<string | undefined>;
    let out = '';
    for (const part of t.format) {
      if (part.kind === 'text') out += part.value;
      else if (part.kind === 'group') out += modify(captures[part.index] ?? '', part.modifier);
      else {
        const v = captures[part.index];
        out += v ? (part.ifValue ?? v) : (part.elseValue ?? '');
      }
    }
    return out;
  });
}

function modify(value: string, modifier: string | undefined): string {
  switch (modifier) {
    case 'upcase':
      return value.toUpperCase();
    case 'downcase':
      return value.toLowerCase();
    case 'capitalize':
      return value.charAt(0).toUpperCase() + value.slice(1);
    case 'pascalcase':
    case 'camelcase': {
      const words = value.split(/[^a-zA-Z0-9]+/).filter(Boolean);
      const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('');
      return modifier === 'pascalcase' ? pascal : pascal.charAt(0).toLowerCase() + pascal.slice(1);
    }
    default:
      return value;
  }
}

const FIXED_NOW = new Date(2026, 10, 27, 9, 30, 15);
const pad = (n: number): string => String(n).padStart(2, '0');
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: String(FIXED_NOW.getFullYear()),
  CURRENT_YEAR_SHORT: String(FIXED_NOW.getFullYear()).slice(-2),
  CURRENT_MONTH: pad(FIXED_NOW.getMonth() + 1),
  CURRENT_MONTH_NAME: 'November',
  CURRENT_MONTH_NAME_SHORT: 'Nov',
  CURRENT_DATE: pad(FIXED_NOW.getDate()),
  CURRENT_DAY_NAME: 'Friday',
  CURRENT_DAY_NAME_SHORT: 'Fri',
  CURRENT_HOUR: pad(FIXED_NOW.getHours()),
  CURRENT_MINUTE: pad(FIXED_NOW.getMinutes()),
  CURRENT_SECOND: pad(FIXED_NOW.getSeconds()),
  CURRENT_SECONDS_UNIX: String(Math.floor(FIXED_NOW.getTime() / 1000)),
  TM_FILENAME: 'architecture.md',
  TM_FILENAME_BASE: 'architecture',
  TM_SELECTED_TEXT: '',
  TM_CURRENT_LINE: '',
  TM_CURRENT_WORD: '',
  TM_LINE_INDEX: '0',
  TM_LINE_NUMBER: '1',
  TM_DIRECTORY: '/workspace/docs',
  TM_FILEPATH: '/workspace/docs/architecture.md',
  RELATIVE_FILEPATH: 'docs/architecture.md',
  WORKSPACE_NAME: 'workspace',
  UUID: '3f2b8c1e-9d4a-4b6e-8f0a-1c2d3e4f5a6b',
  RANDOM: '123456',
  RANDOM_HEX: 'a1b2c3',
};

export interface ParsedSnippet {
  nodes: Node[];
  /** Tab stop number → its options, for every choice. */
  choices: Map<number, string[]>;
  /** Tab stop numbers in the order their definition (placeholder or choice) first appears. */
  definitionOrder: number[];
  /** Tab stops used without a definition anywhere (other than $0). */
  undefinedStops: number[];
  unknownVariables: string[];
  /** Tab stops defined more than once with different defaults. */
  conflictingDefinitions: number[];
}

export function parseSnippet(body: string): ParsedSnippet {
  const nodes = new Parser(body).parse();
  const choices = new Map<number, string[]>();
  const definitionOrder: number[] = [];
  const defaults = new Map<number, string>();
  const used = new Set<number>();
  const unknownVariables: string[] = [];
  const conflicting = new Set<number>();
  const walk = (list: Node[]): void => {
    for (const n of list) {
      if (n.kind === 'tabstop') used.add(n.index);
      else if (n.kind === 'placeholder' || n.kind === 'choice') {
        if (!definitionOrder.includes(n.index)) definitionOrder.push(n.index);
        const text = n.kind === 'choice' ? `|${n.options.join(',')}|` : JSON.stringify(n.children);
        const before = defaults.get(n.index);
        if (before !== undefined && before !== text) conflicting.add(n.index);
        defaults.set(n.index, text);
        if (n.kind === 'choice') choices.set(n.index, n.options);
        else walk(n.children);
      } else if (n.kind === 'variable') {
        if (!(n.name in VARIABLES)) unknownVariables.push(n.name);
        if (n.children) walk(n.children);
      }
    }
  };
  walk(nodes);
  const undefinedStops = [...used].filter((i) => i !== 0 && !defaults.has(i));
  return { nodes, choices, definitionOrder, undefinedStops, unknownVariables, conflictingDefinitions: [...conflicting] };
}

/**
 * The text VS Code inserts, with `picks` choosing an option per choice tab stop (default: the first).
 * VS Code applies a tab stop's transforms only when the user leaves that tab stop (Tab); until then
 * (and for good after Esc) a transformed mirror shows the raw value. `left` names the tab stops the
 * user has left (default: all of them, the text after tabbing through to the end).
 */
export function expandSnippet(body: string | ParsedSnippet, picks: ReadonlyMap<number, number> = new Map(), left?: ReadonlySet<number>): string {
  const parsed = typeof body === 'string' ? parseSnippet(body) : body;
  const values = new Map<number, string>();
  // First pass: the value of every defined tab stop. Placeholders may nest, so render lazily.
  const definitions = new Map<number, Node>();
  const collect = (list: Node[]): void => {
    for (const n of list) {
      if ((n.kind === 'placeholder' || n.kind === 'choice') && !definitions.has(n.index)) definitions.set(n.index, n);
      if (n.kind === 'placeholder') collect(n.children);
      if (n.kind === 'variable' && n.children) collect(n.children);
    }
  };
  collect(parsed.nodes);
  const resolving = new Set<number>();
  const valueOf = (index: number): string => {
    const cached = values.get(index);
    if (cached !== undefined) return cached;
    const def = definitions.get(index);
    let v = '';
    if (def?.kind === 'choice') v = def.options[picks.get(index) ?? 0] ?? '';
    else if (def?.kind === 'placeholder') {
      if (resolving.has(index)) throw new SnippetSyntaxError(`tab stop ${index} contains itself`);
      resolving.add(index);
      v = render(def.children);
      resolving.delete(index);
    }
    values.set(index, v);
    return v;
  };
  const render = (list: Node[]): string => {
    let out = '';
    for (const n of list) {
      switch (n.kind) {
        case 'text':
          out += n.value;
          break;
        case 'tabstop':
          out += n.transform && (left === undefined || left.has(n.index)) ? applyTransform(valueOf(n.index), n.transform) : valueOf(n.index);
          break;
        case 'placeholder':
        case 'choice':
          out += valueOf(n.index);
          break;
        case 'variable': {
          const known = VARIABLES[n.name];
          const v = known !== undefined ? known : n.children ? render(n.children) : n.name;
          out += n.transform ? applyTransform(v, n.transform) : v;
          break;
        }
      }
    }
    return out;
  };
  return render(parsed.nodes);
}

// ---------------------------------------------------------------------------------------------
// The snippets file
// ---------------------------------------------------------------------------------------------

interface SnippetDef {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

function loadSnippets(): Record<string, SnippetDef> {
  // VS Code reads .code-snippets as JSONC; ours is plain JSON so that any tool can read it.
  return JSON.parse(readFileSync(SNIPPETS_PATH, 'utf8')) as Record<string, SnippetDef>;
}

const bodyText = (s: SnippetDef): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixes = (s: SnippetDef): string[] => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

function describeFindings(text: string, findings: ReadonlyArray<{ ruleId: string; message: string; start: number; end: number }>): string {
  return findings
    .map((f) => {
      const line = text.slice(0, f.start).split('\n').length;
      return `  line ${line} [${f.ruleId}] "${text.slice(f.start, f.end)}": ${f.message}`;
    })
    .join('\n');
}

describe('snippet expander', () => {
  it('expands tab stops, placeholders, choices, mirrors and $0', () => {
    assert.equal(expandSnippet('a $1 b ${1:x} c $0'), 'a x b x c ');
    assert.equal(expandSnippet('${1|one,two|} / $1'), 'one / one');
    assert.equal(expandSnippet('${1|one,two|} / $1', new Map([[1, 1]])), 'two / two');
    assert.equal(expandSnippet('${1:outer ${2:inner}} $2'), 'outer inner inner');
  });
  it('honours escapes', () => {
    assert.equal(expandSnippet('cost \\$5 ${1:a\\}b} \\\\'), 'cost $5 a}b \\');
    assert.equal(expandSnippet('${1|a\\,b,c\\|d|}'), 'a,b');
    assert.equal(expandSnippet('${1|a\\,b,c\\|d|}', new Map([[1, 1]])), 'c|d');
    assert.equal(expandSnippet('{"k": "v"}'), '{"k": "v"}');
  });
  it('resolves variables and keeps unknown names as text', () => {
    assert.equal(expandSnippet('$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE'), '2026-11-27');
    assert.equal(expandSnippet('${TM_FILENAME_BASE}'), 'architecture');
    assert.deepEqual(parseSnippet('$NOPE ${NOPE2:x}').unknownVariables, ['NOPE', 'NOPE2']);
  });
  it('applies regex transforms, including conditionals and case modifiers', () => {
    assert.equal(expandSnippet('${1:10.20.0.0/16} ${1/^(\\d+\\.\\d+)\\..*$/$1/}.3.0/24'), '10.20.0.0/16 10.20.3.0/24');
    assert.equal(expandSnippet('${1|PostgreSQL (port 5432),MySQL (port 3306)|} ${1/^.*port (\\d+).*$/$1/}', new Map([[1, 1]])), 'MySQL (port 3306) 3306');
    assert.equal(expandSnippet('q${1/^(FIFO)?.*$/${1:+.fifo}/} ${1|standard,FIFO|}'), 'q standard');
    assert.equal(expandSnippet('q${1/^(FIFO)?.*$/${1:+.fifo}/} ${1|standard,FIFO|}', new Map([[1, 1]])), 'q.fifo FIFO');
    assert.equal(expandSnippet('${1:orders} ${1/(.*)/${1:/upcase}/}'), 'orders ORDERS');
    assert.equal(expandSnippet('${1:abc} ${1/(x)?.*/${1:?yes:no}/}'), 'abc no');
  });
  it('leaves a transform unresolved until its tab stop is left (Esc before that keeps the raw value)', () => {
    const queue = 'q${2/^(FIFO)?.*$/${1:+.fifo}/} ${1:x} ${2|standard,FIFO|}';
    assert.equal(expandSnippet(queue), 'q x standard');
    assert.equal(expandSnippet(queue, new Map(), new Set([1])), 'qstandard x standard');
    assert.equal(expandSnippet(queue, new Map(), new Set([1, 2])), 'q x standard');
  });
  it('reports undefined tab stops (an unescaped dollar) and conflicting defaults', () => {
    assert.deepEqual(parseSnippet('costs $5 a month').undefinedStops, [5]);
    assert.deepEqual(parseSnippet('${1:a} ${1:b}').conflictingDefinitions, [1]);
  });
});

describe('markdown snippets', () => {
  const snippets = loadSnippets();
  const entries = Object.entries(snippets);

  it('is valid JSON with at least 30 snippets', () => {
    assert.ok(entries.length >= 30, `only ${entries.length} snippets`);
  });

  it('has a unique aws- prefix, a description and a body for every snippet', () => {
    const seen = new Map<string, string>();
    for (const [name, s] of entries) {
      assert.ok(name.trim().length > 0);
      assert.ok(typeof s.description === 'string' && s.description.trim().length >= 20, `${name}: description missing or too short`);
      assert.ok(bodyText(s).trim().length > 0, `${name}: empty body`);
      for (const p of prefixes(s)) {
        assert.match(p, /^aws-[a-z0-9]+(-[a-z0-9]+)*$/, `${name}: prefix ${p}`);
        assert.ok(!seen.has(p), `prefix ${p} used by both "${seen.get(p)}" and "${name}"`);
        seen.set(p, name);
      }
    }
  });

  it('covers the patterns the issue asks for', () => {
    const all = new Set(entries.flatMap(([, s]) => prefixes(s)));
    for (const p of [
      'aws-3tier', 'aws-stateless', 'aws-stateful', 'aws-wordpress', 'aws-s3-site', 'aws-serverless-api', 'aws-fanout',
      'aws-sqs-worker', 'aws-sqs-queue', 'aws-sqs-fifo-queue', 'aws-eventbridge', 'aws-s3-event-fanout', 'aws-kinesis-pipeline', 'aws-cache', 'aws-rds-proxy',
      'aws-vpc-2az', 'aws-vpc-3az', 'aws-bastion', 'aws-peering', 'aws-tgw', 'aws-s2s-vpn', 'aws-dx', 'aws-dr',
      'aws-dr-backup-restore', 'aws-dr-pilot-light', 'aws-dr-warm-standby', 'aws-dr-multi-site', 'aws-aurora-global',
      'aws-route53', 'aws-block-ip', 'aws-hpc', 'aws-adr', 'aws-limits', 'aws-sg-table', 'aws-db-choice',
    ]) {
      assert.ok(all.has(p), `missing ${p}`);
    }
  });

  for (const [name, s] of entries) {
    describe(`${prefixes(s).join(', ')} (${name})`, () => {
      const body = bodyText(s);

      it('parses, with defined tab stops in order, known variables and a final $0', () => {
        const parsed = parseSnippet(body);
        assert.deepEqual(parsed.undefinedStops, [], `tab stops without a placeholder (unescaped "$"?): ${parsed.undefinedStops.join(', ')}`);
        assert.deepEqual(parsed.unknownVariables, [], `unknown variables (unescaped "$"?): ${parsed.unknownVariables.join(', ')}`);
        assert.deepEqual(parsed.conflictingDefinitions, [], 'a tab stop is defined twice with different defaults');
        const expected = [...parsed.definitionOrder].sort((a, b) => a - b);
        assert.deepEqual(parsed.definitionOrder, expected, 'tab stops are not numbered in the order they appear');
        assert.deepEqual(expected, expected.map((_, i) => i + 1), 'tab stop numbers have gaps');
        assert.ok(body.includes('$0'), 'no final $0');
        for (const [index, options] of parsed.choices) {
          assert.ok(options.length >= 2, `choice ${index} has one option`);
          assert.equal(new Set(options).size, options.length, `choice ${index} repeats an option`);
        }
      });

      it('leaves the same text after Esc at any tab stop as after tabbing through (no transform that resolves late)', () => {
        // Defect 8: VS Code resolves a transform only when its tab stop is left, so a transform
        // glued to a literal (`${2/^(FIFO)?.*$/${1:+.fifo}/}` after a name) left `orders-queuestandard`
        // behind an Esc. Every option of every choice, Esc at each tab stop in the order Tab visits them.
        const parsed = parseSnippet(body);
        const order = [...parsed.definitionOrder].sort((a, b) => a - b);
        const pickSets: Array<Map<number, number>> = [new Map()];
        for (const [index, options] of parsed.choices) for (let pick = 1; pick < options.length; pick++) pickSets.push(new Map([[index, pick]]));
        for (const picks of pickSets) {
          const finished = expandSnippet(parsed, picks);
          for (let at = 0; at <= order.length; at++) {
            const escaped = expandSnippet(parsed, picks, new Set(order.slice(0, at)));
            assert.equal(escaped, finished, `Esc at tab stop ${order[at] ?? 0} (picks ${JSON.stringify([...picks])}) leaves other text than tabbing through`);
          }
        }
      });

      it('expands to markdown that starts with a heading and has well-formed tables and fences', () => {
        const text = expandSnippet(body);
        assert.match(text, /^#{1,4} \S/, 'does not start with a heading');
        assert.equal((text.match(/^```/gm) ?? []).length % 2, 0, 'unbalanced code fence');
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) {
          if (!/^\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(lines[i]!)) continue;
          const header = lines[i - 1] ?? '';
          const columns = (row: string): number => row.replace(/\\\|/g, '').split('|').length;
          assert.ok(header.startsWith('|'), `table without a header row at line ${i + 1}`);
          for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
            assert.equal(columns(lines[j]!), columns(header), `row ${j + 1} has a different number of cells than its header:\n${lines[j]}`);
          }
        }
      });

      it('puts an address block in every cell of a Destination or CIDR column', () => {
        // Found in the real editor: the route tables' `local` rows mirrored the VPC tab stop `${4}`
        // (the first octets, "10.42") instead of the VPC block, so the destination read "10.42".
        const lines = expandSnippet(body).split('\n');
        const cells = (row: string): string[] => row.replace(/\\\|/g, '').split('|').slice(1, -1).map((c) => c.trim());
        const block = /^(?:\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}|[0-9a-f:]*:[0-9a-f:]*\/\d{1,3})$/i;
        const bad: string[] = [];
        for (let i = 1; i < lines.length; i++) {
          if (!/^\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(lines[i]!)) continue;
          const header = cells(lines[i - 1]!);
          const columns = header.flatMap((h, c) => (/^destination$|cidr/i.test(h) && !/secondary/i.test(h) ? [c] : []));
          for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
            const row = cells(lines[j]!);
            for (const c of columns) if (!block.test(row[c] ?? '') && !/^(none|—|-)$/i.test(row[c] ?? '')) bad.push(`line ${j + 1}, ${header[c]}: ${JSON.stringify(row[c])}`);
          }
        }
        assert.deepEqual(bad, [], `cells that should hold an address block:\n${bad.join('\n')}`);
      });

      it('has zero findings with its defaults', () => {
        const text = expandSnippet(body);
        const { findings } = analyzeText(text);
        assert.equal(findings.length, 0, `findings in the default expansion:\n${describeFindings(text, findings)}\n--- text ---\n${text}`);
      });

      const parsed = parseSnippet(body);
      if (parsed.choices.size > 0) {
        it('has zero findings with every option of every choice', () => {
          const failures: string[] = [];
          for (const [index, options] of parsed.choices) {
            for (let pick = 1; pick < options.length; pick++) {
              const text = expandSnippet(parsed, new Map([[index, pick]]));
              const { findings } = analyzeText(text);
              if (findings.length > 0) failures.push(`choice $${index} = "${options[pick]}":\n${describeFindings(text, findings)}`);
            }
          }
          assert.deepEqual(failures, [], failures.join('\n'));
        });
      }
    });
  }
});
