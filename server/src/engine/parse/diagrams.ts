/**
 * Diagram fences (Mermaid flowcharts and sequence diagrams, PlantUML) read as what a reader sees in
 * the rendered picture: the labels of nodes, edges, subgraphs, participants and notes. Each label is
 * a prose context whose range is exactly the label's characters in the document, so "retention 30
 * days" inside `A[SQS queue<br/>retention 30 days]` is checked like a sentence, and an edge label
 * ("port 3306" on an arrow into an Aurora node) or a note takes the node it points at as its parent
 * (the scope a nested list item gets from its parent item).
 *
 * Hand-written scanners, one pass per line: no regex here can backtrack over a long line. A fence
 * is one block, so the reader runs once per fence and its results are cached with the block.
 */
import type { Context, GroupCounter } from './contexts';
import { linesOf } from '../util/text';

/** What a label is in the diagram. */
export type LabelKind = 'node' | 'edge' | 'group' | 'note' | 'title';

export interface DiagramLabel {
  /** Offsets relative to the code the reader was given. */
  readonly start: number;
  readonly end: number;
  readonly kind: LabelKind;
  /** The node an edge label or note points at (its id), when the diagram says. */
  readonly target?: string;
  /** The node a node label names (its id). */
  readonly node?: string;
}

const MERMAID_LANGS = /^(?:mermaid|mmd)$/;
const STRUCTURIZR_LANGS = /^(?:structurizr|structurizr-dsl|structurizrdsl)$/;
/** Info strings other tools use for a Structurizr DSL fence, read as one only when it starts as a workspace or model does. */
const MAYBE_STRUCTURIZR = /^(?:dsl|c4|c4-dsl|groovy)$/;
const PLANTUML_LANGS = /^(?:plantuml|puml|uml|plant-uml)$/;
const UNMARKED = /^(?:|text|txt|plain|plaintext)$/;

/** Which diagram language a fence holds, by its info string or, unmarked, by its first line. */
export function diagramLanguage(code: string, lang: string): 'mermaid' | 'plantuml' | 'structurizr' | undefined {
  if (MERMAID_LANGS.test(lang)) return 'mermaid';
  if (PLANTUML_LANGS.test(lang)) return 'plantuml';
  if (STRUCTURIZR_LANGS.test(lang)) return 'structurizr';
  const first = firstWord(code);
  if ((first === 'workspace' || first === 'model') && (UNMARKED.test(lang) || MAYBE_STRUCTURIZR.test(lang))) return 'structurizr';
  if (!UNMARKED.test(lang)) return undefined;
  if (first === '@startuml') return 'plantuml';
  if (first === 'flowchart' || first === 'graph' || first === 'sequenceDiagram') return 'mermaid';
  return undefined;
}

function firstWord(code: string): string {
  let i = 0;
  while (i < code.length && /\s/.test(code[i] ?? '')) i++;
  let j = i;
  while (j < code.length && !/\s/.test(code[j] ?? '')) j++;
  return code.slice(i, j);
}

/** Labels of a diagram fence (offsets relative to `code`), or undefined when it is not a diagram. */
export function diagramLabels(code: string, lang: string): DiagramLabel[] | undefined {
  const language = diagramLanguage(code, lang);
  if (language === 'mermaid') return mermaidLabels(code);
  if (language === 'plantuml') return plantumlLabels(code);
  if (language === 'structurizr') return structurizrLabels(code);
  return undefined;
}

/**
 * The labels of a diagram fence as prose contexts (`at` is where the fence's code starts in
 * `source`, `base` what reaches document offsets). Each label is its own statement; an edge label or
 * a note has the label of the node it points at as its parent, the scope a nested item gets.
 */
export function labelContexts(
  labels: readonly DiagramLabel[],
  source: string,
  at: number,
  base: number,
  groups: GroupCounter,
  ancestors: readonly number[],
): Context[] {
  const groupOf = labels.map(() => groups.next++);
  const nodeGroup = new Map<string, number>();
  labels.forEach((label, i) => {
    if (label.kind === 'node' && label.node !== undefined && !nodeGroup.has(label.node)) nodeGroup.set(label.node, groupOf[i] ?? 0);
  });
  return labels.map((label, i) => {
    const target = label.target === undefined ? undefined : nodeGroup.get(label.target);
    return {
      kind: 'sentence',
      start: at + label.start + base,
      end: at + label.end + base,
      text: source.slice(at + label.start, at + label.end),
      group: groupOf[i] ?? 0,
      ancestors: target === undefined ? [...ancestors] : [target, ...ancestors],
      // A label is never a title line: it opens no section for the prose after the diagram.
      listItem: true,
    };
  });
}

/** Whether a line belongs to a block comment (PlantUML's `/' … '/`, `/* … *\/`); `state.open` carries one left open to the next line. */
function inBlockComment(text: string, state: { open: boolean }, opener: string, closer: string): boolean {
  if (state.open) {
    if (text.includes(closer)) state.open = false;
    return true;
  }
  if (!text.startsWith(opener)) return false;
  state.open = !text.includes(closer, opener.length);
  return true;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isIdChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

function skipSpaces(code: string, i: number, end: number): number {
  while (i < end && isSpace(code[i])) i++;
  return i;
}

/** `code.indexOf(needle, from)` that looks no further than `end` (a line): a missing bracket costs the line, not the fence. */
function indexIn(code: string, needle: string, from: number, end: number): number {
  for (let i = Math.max(0, from); i + needle.length <= end; i++) if (code.startsWith(needle, i)) return i;
  return -1;
}

/** `code.lastIndexOf(needle, end - 1)` that looks back no further than `from`. */
function lastIndexIn(code: string, needle: string, from: number, end: number): number {
  for (let i = end - needle.length; i >= from; i--) if (code.startsWith(needle, i)) return i;
  return -1;
}

/** [start, end) trimmed of blanks; undefined when nothing is left. */
function trimmed(code: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(code[start] ?? '')) start++;
  while (end > start && /\s/.test(code[end - 1] ?? '')) end--;
  return end > start ? { start, end } : undefined;
}

/** A quoted label keeps what is inside its quotes. */
function unquoted(code: string, span: { start: number; end: number }): { start: number; end: number } | undefined {
  if (span.end - span.start >= 2 && code[span.start] === '"' && code[span.end - 1] === '"') return trimmed(code, span.start + 1, span.end - 1);
  return span;
}

// ---------------------------------------------------------------------------------------------
// Mermaid

const MERMAID_SKIP = /^(?:%%|classDef\b|class\b|style\b|linkStyle\b|click\b|direction\b|end\b|accTitle\b|accDescr\b|autonumber\b|activate\b|deactivate\b|---)/;

function mermaidLabels(code: string): DiagramLabel[] {
  const lines = linesOf(code);
  let kind: 'flowchart' | 'sequence' | 'c4' | 'architecture' | undefined;
  const out: DiagramLabel[] = [];
  const bare: BareNode[] = [];
  for (const line of lines) {
    const from = skipSpaces(code, line.start, line.end);
    if (from >= line.end) continue;
    const text = code.slice(from, line.end);
    if (kind === undefined) {
      if (/^(?:flowchart|graph)\b/.test(text)) kind = 'flowchart';
      else if (/^sequenceDiagram\b/.test(text)) kind = 'sequence';
      else if (/^C4(?:Context|Container|Component|Dynamic|Deployment)\b/.test(text)) kind = 'c4';
      else if (/^architecture(?:-beta)?\b/.test(text)) kind = 'architecture';
      else if (/^(?:%%|---|[\w-]+\s*:)/.test(text)) continue; // comments, front matter
      else return []; // another diagram type: nothing read
      continue;
    }
    if (MERMAID_SKIP.test(text)) continue;
    if (kind === 'flowchart') flowchartLine(code, from, line.end, out, bare);
    else if (kind === 'sequence') sequenceLine(code, from, line.end, out);
    else if (kind === 'c4') {
      if (/^[A-Z]\w*\s*\(/.test(text)) macroLabels(code, from, line.end, out);
    } else architectureLine(code, from, line.end, out);
  }
  return kind === 'flowchart' ? withBareNodes(out, bare) : out;
}

/** A node id used without a shape: shown as its id. */
interface BareNode {
  readonly id: string;
  readonly at: number;
}

/** Node ids used without a shape anywhere are shown as their id: the first use of each is its label. */
function withBareNodes(labels: DiagramLabel[], bare: readonly BareNode[]): DiagramLabel[] {
  const shaped = new Set(labels.filter((l) => l.kind === 'node').map((l) => l.node));
  const out = [...labels];
  for (const use of bare) {
    if (shaped.has(use.id)) continue;
    shaped.add(use.id);
    out.push({ start: use.at, end: use.at + use.id.length, kind: 'node', node: use.id });
  }
  return out.sort((a, b) => a.start - b.start);
}

const OPENERS = '[({>';
const CLOSERS = ')]}';

/** One flowchart statement line: `subgraph …`, or a chain of nodes joined by edges. Statements may be `;`-separated. */
function flowchartLine(code: string, from: number, end: number, out: DiagramLabel[], bare: BareNode[]): void {
  if (code.startsWith('subgraph', from) && !isIdChar(code[from + 8])) {
    subgraphTitle(code, from + 8, end, out);
    return;
  }
  let i = from;
  let pendingEdges: DiagramLabel[] = [];
  while (i < end) {
    i = skipSpaces(code, i, end);
    if (i >= end) break;
    const c = code[i];
    if (c === ';') {
      pendingEdges = [];
      i++;
      continue;
    }
    if (c === '&') {
      i++;
      continue;
    }
    if (c === '%' && code[i + 1] === '%') return;
    if (isIdChar(c)) {
      const node = readNode(code, i, end, out, bare);
      for (const edge of pendingEdges) out.push({ ...edge, target: node.id });
      pendingEdges = [];
      i = node.next;
      continue;
    }
    const edge = readEdge(code, i, end);
    if (edge) {
      if (edge.label) pendingEdges.push({ ...edge.label, kind: 'edge' });
      i = edge.next;
      continue;
    }
    i++; // something this reader does not know: step over it
  }
  for (const edge of pendingEdges) out.push(edge);
}

function subgraphTitle(code: string, from: number, end: number, out: DiagramLabel[]): void {
  const i = skipSpaces(code, from, end);
  const bracket = indexIn(code, '[', i, end);
  if (bracket !== -1) {
    const close = lastIndexIn(code, ']', bracket, end);
    const span = close > bracket ? trimmed(code, bracket + 1, close) : undefined;
    const label = span && unquoted(code, span);
    if (label) out.push({ ...label, kind: 'group' });
    return;
  }
  const span = trimmed(code, i, end);
  const label = span && unquoted(code, span);
  if (label) out.push({ ...label, kind: 'group' });
}

/** A node: its id, then an optional shape holding its label (`[…]`, `(…)`, `[(…)]`, `{{…}}`, `>…]`, `@{ label: … }`). */
function readNode(code: string, from: number, end: number, out: DiagramLabel[], bare: BareNode[]): { id: string; next: number } {
  let i = from;
  while (i < end && (isIdChar(code[i]) || (code[i] === '-' && isIdChar(code[i + 1]) && code[i - 1] !== '-') || (code[i] === '.' && isIdChar(code[i + 1])))) i++;
  const id = code.slice(from, i);
  // `A:::className` attaches a class, not text.
  if (code.startsWith(':::', i)) {
    i += 3;
    while (i < end && isIdChar(code[i])) i++;
  }
  if (i < end && OPENERS.includes(code[i] ?? '')) {
    let open = i;
    while (open < end && (OPENERS.includes(code[open] ?? '') || code[open] === '/' || code[open] === '\\')) {
      open++;
      if (open - i >= 3) break;
    }
    const labelStart = open;
    let j = labelStart;
    if (code[j] === '"') {
      const quote = indexIn(code, '"', j + 1, end);
      j = quote === -1 ? end : quote + 1;
    }
    while (j < end && !CLOSERS.includes(code[j] ?? '')) j++;
    let labelEnd = j;
    while (labelEnd > labelStart && (code[labelEnd - 1] === '/' || code[labelEnd - 1] === '\\')) labelEnd--;
    const span = trimmed(code, labelStart, labelEnd);
    const label = span && unquoted(code, span);
    if (label) out.push({ ...label, kind: 'node', node: id });
    while (j < end && (CLOSERS.includes(code[j] ?? '') || code[j] === '/' || code[j] === '\\')) j++;
    if (code.startsWith(':::', j)) {
      j += 3;
      while (j < end && isIdChar(code[j])) j++;
    }
    return { id, next: j };
  }
  if (code.startsWith('@{', i)) {
    const close = indexIn(code, '}', i, end);
    const stop = close === -1 ? end : close;
    const key = indexIn(code, 'label:', i, stop);
    if (key !== -1) {
      const span = trimmed(code, key + 6, stop);
      const label = span && unquoted(code, span);
      if (label) out.push({ ...label, kind: 'node', node: id });
    }
    return { id, next: stop < end ? stop + 1 : end };
  }
  bare.push({ id, at: from });
  return { id, next: i };
}

const ARROW_CHARS = '-=.~<>';

/**
 * An edge at `from`: `-->`, `---`, `==>`, `-.->`, `<-->`, `--o`, `--x`, with its label written
 * `-->|label|` or `-- label -->`.
 */
function readEdge(code: string, from: number, end: number): { next: number; label?: { start: number; end: number } } | undefined {
  let i = from;
  while (i < end && ARROW_CHARS.includes(code[i] ?? '')) i++;
  const run = code.slice(from, i);
  if (!/[-=.~]{2}|-\.|\.-/.test(run)) return undefined;
  // `--o` / `--x`: a circle or cross head, when a blank or pipe follows.
  if ((code[i] === 'o' || code[i] === 'x') && (isSpace(code[i + 1]) || code[i + 1] === '|')) i++;
  const opener = run === '--' || run === '==' || run === '-.' || run === '<--' || run === '<==' || run === '<-.';
  if (opener && isSpace(code[i])) {
    // `-- label -->`: the label runs to the next arrow.
    const close = nextArrow(code, i, end);
    if (close !== undefined) {
      const label = trimmed(code, i, close.start);
      return { next: close.end, ...(label ? { label: unquoted(code, label) } : {}) };
    }
  }
  i = skipSpaces(code, i, end);
  if (code[i] === '|') {
    const close = indexIn(code, '|', i + 1, end);
    if (close !== -1) {
      const label = trimmed(code, i + 1, close);
      return { next: close + 1, ...(label ? { label: unquoted(code, label) } : {}) };
    }
  }
  return { next: i };
}

/** The next arrow (a run of two or more arrow characters) on the line. */
function nextArrow(code: string, from: number, end: number): { start: number; end: number } | undefined {
  for (let i = from; i < end; i++) {
    if (!ARROW_CHARS.includes(code[i] ?? '') || !ARROW_CHARS.includes(code[i + 1] ?? '')) continue;
    let j = i;
    while (j < end && ARROW_CHARS.includes(code[j] ?? '')) j++;
    if ((code[j] === 'o' || code[j] === 'x') && (isSpace(code[j + 1]) || j + 1 >= end)) j++;
    return { start: i, end: j };
  }
  return undefined;
}

const SEQUENCE_BLOCK = /^(?:loop|alt|else|opt|par|and|critical|option|break|rect|box)\b/;

/** A sequence diagram line: participants' aliases, messages, notes and the titles of loops and alternatives. */
function sequenceLine(code: string, from: number, end: number, out: DiagramLabel[]): void {
  const text = code.slice(from, end);
  const declared = /^(?:participant|actor)\s+/.exec(text);
  if (declared) {
    const idStart = from + declared[0].length;
    let i = idStart;
    while (i < end && !isSpace(code[i])) i++;
    const id = code.slice(idStart, i);
    const as = text.indexOf(' as ', i - from);
    const span = as === -1 ? trimmed(code, idStart, end) : trimmed(code, from + as + 4, end);
    const label = span && unquoted(code, span);
    if (label) out.push({ ...label, kind: 'node', node: id });
    return;
  }
  const block = SEQUENCE_BLOCK.exec(text);
  if (block) {
    const span = trimmed(code, from + block[0].length, end);
    if (span && block[0] !== 'rect') out.push({ ...span, kind: 'group' });
    return;
  }
  const colon = text.indexOf(':');
  if (colon === -1) return;
  const head = text.slice(0, colon);
  const span = trimmed(code, from + colon + 1, end);
  if (!span) return;
  if (/^note\b/i.test(head)) {
    const target = /\b(?:of|over)\s+([^\s,]+)/i.exec(head)?.[1];
    out.push({ ...span, kind: 'note', ...(target ? { target } : {}) });
    return;
  }
  // `A->>B: text`, `A-->>+B: text`, `A-)B: text`: the message goes to B.
  const arrow = /[-=.]+(?:>>|>|x|\)|)[+-]?/.exec(head);
  if (!arrow || arrow.index === 0) return;
  const target = head.slice(arrow.index + arrow[0].length).trim();
  out.push({ ...span, kind: 'edge', ...(target ? { target } : {}) });
}

// ---------------------------------------------------------------------------------------------
// PlantUML

const ELEMENT =
  /^(?:component|rectangle|node|database|queue|cloud|frame|package|folder|storage|artifact|actor|agent|boundary|control|entity|collections|participant|card|file|hexagon|interface|usecase|stack|person|label|circle|together|state|object|class)\b/i;
const PLANTUML_SKIP = /^(?:@start|@end|skinparam\b|!|hide\b|show\b|left to right\b|top to bottom\b|scale\b|autonumber\b|}|'|end\b|legend\b|endlegend\b|footer\b|header\b|caption\b|activate\b|deactivate\b|return\b)/i;

function plantumlLabels(code: string): DiagramLabel[] {
  const out: DiagramLabel[] = [];
  const lines = linesOf(code);
  const comment = { open: false };
  let note: { target?: string } | undefined;
  for (const line of lines) {
    const from = skipSpaces(code, line.start, line.end);
    const text = code.slice(from, line.end);
    if (inBlockComment(text, comment, "/'", "'/")) continue;
    if (note) {
      if (/^end\s*note\b/i.test(text)) note = undefined;
      else {
        const span = trimmed(code, from, line.end);
        if (span) out.push({ ...span, kind: 'note', ...(note.target ? { target: note.target } : {}) });
      }
      continue;
    }
    if (text === '') continue;
    if (/^title\b/i.test(text)) {
      const span = trimmed(code, from + 5, line.end);
      if (span) out.push({ ...span, kind: 'title' });
      continue;
    }
    if (/^note\b/i.test(text)) {
      note = plantumlNote(code, from, line.end, out);
      continue;
    }
    if (PLANTUML_SKIP.test(text)) continue;
    if (/^[A-Z]\w*\s*\(/.test(text)) {
      macroLabels(code, from, line.end, out);
      continue;
    }
    if (ELEMENT.test(text)) {
      plantumlElement(code, from, line.end, out);
      continue;
    }
    plantumlLink(code, from, line.end, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `note left of X : text` (one line) or `note right of X` … `end note` (returns the open note). */
function plantumlNote(code: string, from: number, end: number, out: DiagramLabel[]): { target?: string } | undefined {
  const text = code.slice(from, end);
  const target = /\b(?:of|over)\s+"?([^\s":,]+)/i.exec(text)?.[1];
  const colon = text.indexOf(':');
  if (colon !== -1) {
    const span = trimmed(code, from + colon + 1, end);
    if (span) out.push({ ...span, kind: 'note', ...(target ? { target } : {}) });
    return undefined;
  }
  const quoted = quotedSpan(code, from, end);
  if (quoted) {
    out.push({ ...quoted, kind: 'note', ...(target ? { target } : {}) });
    return undefined;
  }
  return target ? { target } : {};
}

/** The first `"…"` on the line, inside its quotes. */
function quotedSpan(code: string, from: number, end: number): { start: number; end: number } | undefined {
  const open = indexIn(code, '"', from, end);
  if (open === -1) return undefined;
  const close = indexIn(code, '"', open + 1, end);
  if (close === -1) return undefined;
  return trimmed(code, open + 1, close);
}

/** `database "Aurora PostgreSQL" as db`, `component [Orders API] as api`, `node web`, `queue orders as "Orders queue"`. */
function plantumlElement(code: string, from: number, end: number, out: DiagramLabel[]): void {
  let i = from;
  while (i < end && !isSpace(code[i])) i++;
  i = skipSpaces(code, i, end);
  let stop = end;
  for (const mark of [' <<', ' #', ' {', '{']) {
    const at = indexIn(code, mark, i, stop);
    if (at !== -1) stop = at;
  }
  const text = code.slice(i, stop);
  const as = text.search(/\sas\s/);
  const named = as === -1 ? text : text.slice(0, as);
  const alias = as === -1 ? undefined : text.slice(as + 4).trim();
  // Whichever side is quoted or bracketed is the label; the other is the id.
  let labelFrom = i;
  let labelTo = i + named.length;
  let id = named.trim();
  if (alias !== undefined && /^["[]/.test(alias) && !/^["[]/.test(named.trim())) {
    labelFrom = i + as + 4;
    labelTo = stop;
    id = named.trim();
  } else if (alias !== undefined) id = alias;
  const span = trimmed(code, labelFrom, labelTo);
  if (!span) return;
  let label: { start: number; end: number } | undefined = span;
  if (code[span.start] === '[' && code[span.end - 1] === ']') label = trimmed(code, span.start + 1, span.end - 1);
  else label = unquoted(code, span);
  if (label) out.push({ ...label, kind: 'node', node: id.replace(/^["[]|["\]]$/g, '') });
}

/**
 * An AWS or C4 macro: `SimpleQueueService(orders, "Orders queue", "retention 30 days")` labels node
 * `orders` with its strings; `Rel(api, orders, "sends, port 443")` labels the edge into `orders`.
 */
function macroLabels(code: string, from: number, end: number, out: DiagramLabel[]): void {
  const open = indexIn(code, '(', from, end);
  const first = open === -1 ? -1 : indexIn(code, '"', open, end);
  const close = first === -1 ? -1 : lastIndexIn(code, '"', first + 1, end);
  if (open === -1 || first === -1 || close <= first) return;
  const args = code.slice(open + 1, first).split(',').map((a) => a.trim()).filter((a) => a !== '');
  const span = trimmed(code, first + 1, close);
  if (!span) return;
  if (/^(?:Bi)?Rel\w*$/.test(code.slice(from, open).trim())) {
    const target = args[1];
    out.push({ ...span, kind: 'edge', ...(target ? { target } : {}) });
    return;
  }
  const id = args[0];
  out.push({ ...span, kind: 'node', ...(id ? { node: id } : {}) });
}

/** `service db(database)[Orders DB] in vpc`, `group vpc(cloud)[Production VPC]`: the bracketed label. */
function architectureLine(code: string, from: number, end: number, out: DiagramLabel[]): void {
  const m = /^(?:service|group|junction)\s+([\w-]+)/.exec(code.slice(from, end));
  if (!m) return;
  const open = indexIn(code, '[', from + m[0].length, end);
  const close = open === -1 ? -1 : indexIn(code, ']', open + 1, end);
  const span = close === -1 ? undefined : trimmed(code, open + 1, close);
  if (span) out.push({ ...span, kind: m[0].startsWith('group') ? 'group' : 'node', node: m[1] ?? '' });
}

/** `A --> B : label`, `[Web] -> db : port 5432`: a label after the colon, about the node the arrow points at. */
function plantumlLink(code: string, from: number, end: number, out: DiagramLabel[]): void {
  const text = code.slice(from, end);
  const colon = colonOutsideQuotes(text);
  const head = colon === -1 ? text : text.slice(0, colon);
  const arrow = /[-.=]+(?:\[[^\]\n]{0,40}\][-.=]*)?(?:>|\|>|\*|o|\+)?/.exec(head);
  if (!arrow || arrow[0].replace(/[^-.=]/g, '').length < 1) return;
  if (!/[-.]{2}|->|<-|-\[|\.>/.test(arrow[0]) && !head.slice(arrow.index - 1, arrow.index).includes('<')) return;
  const right = head.slice(arrow.index + arrow[0].length).trim();
  const target = withoutBrackets(right);
  // A bracketed or quoted node written in the link ("[Orders API] --> db") names it there.
  inlineNodes(code, from, from + head.length, out);
  if (colon === -1) return;
  const span = trimmed(code, from + colon + 1, end);
  if (span) out.push({ ...span, kind: 'edge', ...(target ? { target } : {}) });
}

/** `"db"`, `[Orders API]`, `(use case)` → the name inside. */
function withoutBrackets(name: string): string {
  let from = 0;
  let to = name.length;
  while (from < to && '"[('.includes(name[from] ?? '')) from++;
  while (to > from && '")]'.includes(name[to - 1] ?? '')) to--;
  return name.slice(from, to).trim();
}

function inlineNodes(code: string, from: number, end: number, out: DiagramLabel[]): void {
  for (let i = from; i < end; i++) {
    const c = code[i];
    if (c !== '[' && c !== '"') continue;
    const close = indexIn(code, c === '[' ? ']' : '"', i + 1, end);
    if (close === -1) return;
    const span = trimmed(code, i + 1, close);
    if (span && !(c === '[' && code[i - 1] === '-')) out.push({ ...span, kind: 'node', node: code.slice(span.start, span.end) });
    i = close;
  }
}

function colonOutsideQuotes(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Structurizr DSL

/** An element: `worker = container "Worker" "Processes orders" "AWS Lambda" {`, its identifier and its keyword. */
const STRUCTURIZR_ELEMENT = /^(?:([\w.-]{1,80})[ \t]*=[ \t]*)?(?:person|softwareSystem|container|component|deploymentNode|infrastructureNode|containerInstance|softwareSystemInstance|group|deploymentGroup|deploymentEnvironment)[ \t]+"/i;
/** A relationship: `api -> queue "Sends orders" "SQS"`, or `-> queue "…"` inside the source element's block. */
const STRUCTURIZR_RELATION = /^(?:[\w.-]{1,80}[ \t]*)?-(?:\/)?>[ \t]*([\w.-]{1,80})[ \t]+"/;
/** An element's own property line inside its block: `description "…"`, `technology "…"`. */
const STRUCTURIZR_PROPERTY = /^(?:description|technology)[ \t]+"/i;

/**
 * The labels of a Structurizr DSL workspace: an element's strings (name, description, technology) are one
 * label, as C4 macros' are, so "30 min timeout" in its description sits beside the "AWS Lambda" of its technology;
 * a relationship's strings label the edge into its destination. In an element's block, a `technology` line is the
 * scope of its `description` lines (as a parent item is), else the element's own label is.
 */
function structurizrLabels(code: string): DiagramLabel[] {
  const out: DiagramLabel[] = [];
  // The open blocks: the element each belongs to ('' for model, views, properties…), its technology and description lines.
  const blocks: Array<{ owner: string; technology?: DiagramLabel; descriptions: number[] }> = [];
  const comment = { open: false };
  let anonymous = 0;
  const close = (): void => {
    const block = blocks.pop();
    if (!block?.technology || block.owner === '') return;
    // The technology names the element's service: each description speaks under it.
    const node = `${block.owner}\u0000technology`;
    out[out.indexOf(block.technology)] = { ...block.technology, kind: 'node', node };
    for (const i of block.descriptions) out[i] = { ...(out[i] as DiagramLabel), target: node };
  };
  for (const line of linesOf(code)) {
    const from = skipSpaces(code, line.start, line.end);
    const text = code.slice(from, line.end).trimEnd();
    if (inBlockComment(text, comment, '/*', '*/')) continue;
    if (text === '' || text.startsWith('#') || text.startsWith('//')) continue;
    if (text.startsWith('}')) {
      close();
      continue;
    }
    const element = STRUCTURIZR_ELEMENT.exec(text);
    const relation = element ? undefined : STRUCTURIZR_RELATION.exec(text);
    const property = element || relation ? undefined : STRUCTURIZR_PROPERTY.exec(text);
    const strings = element || relation || property ? quotedRun(code, from, line.end) : undefined;
    const owner = element ? (element[1] ?? `\u0000${anonymous++}`) : '';
    if (strings && element) out.push({ ...strings, kind: 'node', node: owner });
    else if (strings && relation) out.push({ ...strings, kind: 'edge', target: relation[1] ?? '' });
    else if (strings && property) {
      const block = blocks[blocks.length - 1];
      const label: DiagramLabel = { ...strings, kind: 'note', ...(block?.owner ? { target: block.owner } : {}) };
      out.push(label);
      if (block && /^t/i.test(property[0])) block.technology = label;
      else if (block) block.descriptions.push(out.length - 1);
    }
    if (text.endsWith('{')) blocks.push({ owner, descriptions: [] });
  }
  while (blocks.length > 0) close();
  return out;
}

/** From inside the first `"` to inside the last `"` on the line: all the strings of a statement as one label. */
function quotedRun(code: string, from: number, end: number): { start: number; end: number } | undefined {
  const open = indexIn(code, '"', from, end);
  const close = open === -1 ? -1 : lastIndexIn(code, '"', open + 1, end);
  return close > open ? trimmed(code, open + 1, close) : undefined;
}
