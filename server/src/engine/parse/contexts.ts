/**
 * Contexts are the places a fact is stated: a sentence of a paragraph or list item, a heading, a
 * table row (with its header), or a fenced code block. Recognisers and rules work on these, so a
 * number is bound to the entity it belongs to and not to one three paragraphs away.
 */
import type { Nodes, Parents, RootContent, Table } from 'mdast';
import { readFence, type IacValue } from '../recognisers/iac';
import { isComponentTagLine } from './jsx-tabs';
import { keyTableValues, verticalKeyTableValues } from '../recognisers/iac/key-tables';
import { csvRowValues } from '../recognisers/iac/csv-values';
import { propertyDefault } from '../recognisers/iac/property-docs';
import { diagramLabels, labelContexts } from './diagrams';
import { diffView, withoutRemoved } from './diff-fence';
import { planView } from './plan-fence';
import { cdkDiffView } from './cdk-diff-fence';
import { htmlTableContexts } from './html-tables';
import { quotedCommandEnd, statementJoiner } from './code-statements';
import { groupedHeader } from './group-headers';
import { mediaWikiTableContexts, wikiTableContexts } from './wiki-tables';
import { csvDelimiters, csvTableContexts } from './csv-tables';
import { WIKI_CODE_CLOSE, WIKI_CODE_OPEN } from './wiki-markup';
import { asciidocCodeSpan } from './asciidoc';
import { orgRstCodeSpan } from './org-rst';
import { listTableContexts } from './rst-list-table';
import { boxedCidrRoles } from './box-diagrams';
import { isLogFence, loggedCidrRoles, type LoggedCidrRole } from './log-fence';
import { commentProseStart, stringProseSpan } from './code-comments';
import { isSoftWrap } from './clauses';

export type ContextKind = 'sentence' | 'heading' | 'tableRow' | 'code';

export interface Cell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Context {
  readonly kind: ContextKind;
  /** Absolute UTF-16 offsets into the document. */
  readonly start: number;
  readonly end: number;
  /** The document text between start and end, as written (markdown syntax included). */
  readonly text: string;
  /** Contexts with the same group share a paragraph, list item or table: the wider binding scope. */
  readonly group: number;
  /**
   * Groups of the enclosing list items, innermost first, so a nested item "* /12 (172.16.0.0/12)" can
   * inherit the subject "Each VPC can have…" from its parent item.
   */
  readonly ancestors: readonly number[];
  /** Text of a list item (its marker is outside `text`), a definition, a diagram label or a code comment: never a title line. */
  readonly listItem?: boolean;
  /** Table rows: the header cells of the table and this row's cells (undefined for other kinds). */
  readonly header?: readonly Cell[];
  readonly cells?: readonly Cell[];
  /** Code blocks: the info string's first word, lower-cased ('' when none). */
  readonly lang?: string;
  /** Code blocks: tool output (`terraform plan`, `cdk diff`) read as the code it proposes; not the source to edit. */
  readonly transcript?: boolean;
  /** Code inside an IaC resource block: its type (`aws_vpc`, `AWS::RDS::DBInstance`). */
  readonly resourceType?: string;
  /** Code inside an IaC resource block: its name or logical id ('' when it has none, e.g. SAM Globals). */
  readonly resourceName?: string;
  /** Code: the scalar values the fence's reader found in this piece. */
  readonly iacValues?: readonly IacValue[];
  /** A log entry's CIDRs with the role the words right before each give it (log-fence.ts). */
  readonly cidrRoles?: readonly LoggedCidrRole[];
}

interface CodePiece {
  start: number;
  end: number;
  resourceType?: string;
  resourceName?: string;
  iacValues?: readonly IacValue[];
}

/**
 * A fence is cut into IaC resource blocks when it has any (each resource is one binding scope),
 * and the rest into lines (a shell command or a config line is its own statement). The fence is
 * read once, by its language's parser; each value goes to the piece that holds it.
 */
function codePieces(code: string, at: number, lang: string): CodePiece[] {
  const fence = readFence(code, at, lang);
  const pieces: CodePiece[] = [];
  const lines = (from: number, to: number): void => {
    const joins = statementJoiner(lang);
    let lineStart = from;
    let statementStart = from;
    for (let i = from; i <= to; i++) {
      if (i === to || code.charCodeAt(i - at) === 10) {
        // A CRLF line ends before its \r: a range must not end between \r and \n.
        const end = i > lineStart && code.charCodeAt(i - 1 - at) === 13 ? i - 1 : i;
        // A shell command continued over several lines (`\`, a YAML plain scalar, its label comment) is one statement (code-statements.ts).
        if (i < to && joins !== undefined && joins(code, lineStart - at, end - at)) {
          lineStart = i + 1;
          continue;
        }
        if (/\S/.test(code.slice(statementStart - at, end - at))) {
          // `sh script: 'aws … --timeout 1200', returnStdout: true`: the command ends at its string's closing quote.
          const cut = quotedCommandEnd(code.slice(statementStart - at, end - at));
          if (cut !== undefined) pieces.push({ start: statementStart, end: statementStart + cut }, { start: statementStart + cut, end });
          else pieces.push({ start: statementStart, end });
        }
        lineStart = i + 1;
        statementStart = lineStart;
      }
    }
  };
  let cursor = at;
  for (const resource of fence.resources) {
    if (resource.start > cursor) lines(cursor, resource.start);
    pieces.push({ start: resource.start, end: resource.end, resourceType: resource.resourceType, resourceName: resource.name, iacValues: resource.values });
    cursor = Math.max(cursor, resource.end);
  }
  lines(cursor, at + code.length);
  let next = 0;
  for (const piece of pieces) {
    const own: IacValue[] = [];
    while (next < fence.values.length && (fence.values[next]?.start ?? 0) < piece.start) next++;
    while (next < fence.values.length && (fence.values[next]?.end ?? 0) <= piece.end) own.push(fence.values[next++] as IacValue);
    // A resource's values written elsewhere (a variable's default) come after its own.
    if (own.length > 0) piece.iacValues = piece.iacValues ? [...own, ...piece.iacValues] : own;
  }
  return pieces;
}

/**
 * A paragraph of `KEY=value`, `export KEY=value`, `VAR ?= value` lines (a key in capitals or with `_`
 * or `.`, a value of one token) and `#` comments only: "Timeout = 20 minutes" stays a sentence.
 */
const SETTINGS_PARAGRAPH = /^(?:[ \t]*(?:#[^\n]*|(?:export[ \t]+)?(?=[A-Za-z0-9]*[_.]|[A-Z][A-Z0-9]*[ \t]*[?:]?=)[A-Za-z_][A-Za-z0-9_.]{0,80}[ \t]*(?:\?=|:=|=)[ \t]*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'=#]+)[ \t]*(?:#[^\n]*)?)\r?(?:\n|$))+$/;

/** The contexts of a paragraph: its sentences, or the table or settings file it holds. */
function paragraphContexts(span: { start: number; end: number }, source: string, base: number, groups: GroupCounter, ancestors: number[], inItem: boolean): Context[] {
  // A Jira/Confluence table pasted as wiki markup parses as a paragraph (wiki-tables.ts).
  const wikiTable = wikiTableContexts(source, span.start, span.end, base, groups, ancestors);
  if (wikiTable.length > 0) return wikiTable;
  // A MediaWiki table (`{| class="wikitable"` … `|}`) is one paragraph too.
  const mediaWiki = mediaWikiTableContexts(source, span.start, span.end, base, groups, ancestors);
  if (mediaWiki.length > 0) return mediaWiki;
  // CSV or TSV records pasted without a fence are an inventory table (csv-tables.ts).
  const inventory = csvTableContexts(source, span.start, span.end, base, groups, ancestors, { delimiters: ',\t;', strict: true });
  if (inventory.length > 0) return inventory;
  const text = source.slice(span.start, span.end);
  // `KEY=value` lines pasted without a fence are a settings file, read as an unmarked fence is.
  if (SETTINGS_PARAGRAPH.test(text)) return settingsParagraph(text, span.start, source, base, groups, ancestors);
  const group = groups.next++;
  return splitSentences(text, span.start).map((piece) => {
    const sentence = source.slice(piece.start, piece.end);
    // `*Default:* Duration.days(30)` under a property heading: its key is the heading's (property-docs.ts).
    const fieldDefault = propertyDefault(sentence, piece.start + base);
    return {
      kind: 'sentence',
      start: piece.start + base,
      end: piece.end + base,
      text: sentence,
      group,
      ancestors,
      ...(inItem ? { listItem: true } : {}),
      ...(fieldDefault ? { iacValues: [fieldDefault] } : {}),
    };
  });
}

/** The code contexts of a paragraph of settings lines (`text` at `start` in `source`). */
function settingsParagraph(text: string, start: number, source: string, base: number, groups: GroupCounter, ancestors: number[]): Context[] {
  const group = groups.next++;
  return codePieces(text, start, '').map((piece) => codeContext(piece, source, base, group, ancestors, ''));
}

/** A code piece as a context, its values at document offsets. */
function codeContext(piece: CodePiece, source: string, base: number, group: number, ancestors: number[], lang: string): Context {
  return {
    kind: 'code',
    start: piece.start + base,
    end: piece.end + base,
    text: source.slice(piece.start, piece.end),
    group,
    ancestors,
    lang,
    resourceType: piece.resourceType,
    resourceName: piece.resourceName,
    iacValues: base === 0 ? piece.iacValues : piece.iacValues?.map((v) => ({ ...v, start: v.start + base, end: v.end + base })),
  };
}

/** Mutable counter so group ids are unique within one document analysis. */
export interface GroupCounter {
  next: number;
}

/** A sentence ends at `.!?;` before a capital, at a blank line, and before a field line (`:Retention: 20 days`, org-rst.ts). */
const SENTENCE_END = /[.!?;](?=\s+(?:[A-Z0-9`*_"'(\[]|\p{Extended_Pictographic}))|\n\s*\n|\n(?=[ \t]{0,3}:[A-Za-z][\w -]{0,40}:[ \t]+\S)/gu;

/** Splits a paragraph slice into sentences at '. ' + capital (keeps decimals, e.g. and 0.5 MB intact). */
export function splitSentences(text: string, start: number): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const cut = m.index + m[0].length;
    // "e.g." / "i.e." / "vs." are not sentence ends.
    const before = text.slice(Math.max(0, m.index - 4), m.index + 1).toLowerCase();
    if (/(?:e\.g|i\.e|vs|etc|approx|incl)\.$/.test(before)) continue;
    // "A. Add a deny rule…": an option letter or an initial is not a sentence.
    if (/^\s*[A-Za-z]$/.test(text.slice(from, m.index))) continue;
    pieces.push({ start: start + from, end: start + cut });
    from = cut;
  }
  if (from < text.length) pieces.push({ start: start + from, end: start + text.length });
  return pieces.filter((p) => /\S/.test(text.slice(p.start - start, p.end - start)));
}

/** An opening fence line with its info string's first word; a closing fence line (any indentation: inside an indented block). */
const HELD_OPEN = /^[ \t]*(`{3,}(?!`)|~{3,}(?!~))([^`]*)$/;
const INFO_LANG = /^[ \t]*([\w+#.-]{0,40})/;
const HELD_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;

interface HeldFence {
  readonly start: number;
  readonly end: number;
  readonly lang: string;
}

/**
 * The fences an indented code block holds (a tab's or a component's body indented once too often),
 * when it is made of nothing else: fences, blank lines and component tags (jsx-tabs.ts blanks those
 * before the parse, so the block runs over them). Each with its code and its opening line's language;
 * none when any other line sits outside a fence or a fence is not closed.
 */
function heldFences(raw: string): HeldFence[] {
  const out: HeldFence[] = [];
  let open: { marker: string; lang: string; codeStart: number } | undefined;
  for (let lineStart = 0; lineStart <= raw.length; ) {
    const next = raw.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? raw.length : next;
    const contentEnd = lineEnd > lineStart && raw.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = raw.slice(lineStart, contentEnd);
    if (open) {
      const close = HELD_CLOSE.exec(line)?.[1];
      if (close !== undefined && close[0] === open.marker[0] && close.length >= open.marker.length) {
        // The code ends before the line break (and its \r) that ends its last line.
        let end = Math.max(open.codeStart, lineStart - 1);
        if (end > open.codeStart && raw.charCodeAt(end - 1) === 13) end--;
        out.push({ start: open.codeStart, end, lang: open.lang });
        open = undefined;
      }
    } else if (line.trim() !== '' && !isComponentTagLine(line)) {
      const m = HELD_OPEN.exec(line);
      if (!m || next === -1) return [];
      open = { marker: m[1] ?? '', lang: INFO_LANG.exec(m[2] ?? '')?.[1] ?? '', codeStart: next + 1 };
    }
    if (next === -1) break;
    lineStart = next + 1;
  }
  return open ? [] : out;
}

function offsets(node: Nodes): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Enclosing list items kept per context: real notes nest a few levels, not dozens. */
const MAX_ANCESTORS = 32;

/**
 * Contexts of one top-level block. `source` is the text the node's offsets index into, `base` is
 * added to every offset (so a block parsed on its own can be placed in the document).
 */
export function contextsOfBlock(node: RootContent, source: string, base: number, groups: GroupCounter): Context[] {
  const out: Context[] = [];
  // An explicit stack, not recursion: 5,000 nested '>' or list items overflowed the call stack.
  // Children are pushed in reverse so nodes are visited in document order (group ids depend on it).
  const stack: Array<{ node: Nodes; ancestors: number[]; inItem?: boolean }> = [{ node, ancestors: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    for (const child of contextsOfNode(item.node, item.ancestors, source, base, groups, out, item.inItem === true).reverse()) stack.push(child);
  }
  return out;
}

/** The contexts of a fence's code (`innerStart`..`innerEnd` of `source`, in the language `lang`). */
function codeBlockContexts(innerStart: number, innerEnd: number, lang: string, source: string, base: number, groups: GroupCounter, ancestors: number[], out: Context[], meta = ''): void {
  // A CSV or TSV inventory is a table of records (csv-tables.ts); so is an unmarked fence made only of delimited records.
  const delimiters = csvDelimiters(lang);
  const unmarked = delimiters === undefined && /^(?:|text|txt|plain|plaintext)$/.test(lang);
  if (delimiters !== undefined || unmarked) {
    const inventory = csvTableContexts(source, innerStart, innerEnd, base, groups, ancestors, { delimiters: delimiters ?? ',\t', strict: unmarked, lead: meta });
    if (inventory.length > 0) {
      out.push(...inventory);
      return;
    }
  }
  // A diagram is read as the labels a reader sees, not as code (diagrams.ts).
  const labels = diagramLabels(source.slice(innerStart, innerEnd), lang);
  if (labels) {
    out.push(...labelContexts(labels, source, innerStart, base, groups, ancestors));
    return;
  }
  const group = groups.next++;
  // A diff, or `terraform plan` / `cdk diff` output, is read as the code it becomes; what it removes
  // is in no context (diff-fence.ts, plan-fence.ts, cdk-diff-fence.ts).
  const inner = source.slice(innerStart, innerEnd);
  const transcript = planView(inner, lang) ?? cdkDiffView(inner, lang);
  const diff = transcript ?? diffView(inner, lang);
  const pieces = diff ? withoutRemoved(codePieces(diff.code, innerStart, diff.lang), diff, innerStart) : codePieces(inner, innerStart, lang);
  const log = !diff && isLogFence(inner, lang);
  // An ASCII box diagram: a CIDR's role and VPC come from the boxes around it (box-diagrams.ts).
  const boxed = diff || log || !inner.includes('/') ? [] : boxedCidrRoles(inner, innerStart + base, lang);
  // Comment lines that read as prose are sentences in place of their code contexts (code-comments.ts);
  // consecutive ones are one paragraph.
  let comment: { start: number; end: number } | undefined;
  const flush = (): void => {
    if (comment) out.push(...commentSentences(comment, source, base, groups, ancestors));
    comment = undefined;
  };
  for (const piece of pieces) {
    const roles = log
      ? loggedCidrRoles(source.slice(piece.start, piece.end), piece.start + base)
      : boxed.filter((r) => r.start >= piece.start + base && r.end <= piece.end + base);
    // Plain code outside a resource block, a transcript or a diagram's boxes may hold prose.
    const free = !(diff || log || piece.resourceType !== undefined || roles.length > 0);
    const values = piece.iacValues ?? [];
    const prose = free && values.length === 0 ? commentProseAt(source, piece, lang) : -1;
    // A prose key's string or a guard message on its own line is a sentence in place of its code context.
    // The line's only value may be the prose string itself (a YAML reader reads every scalar).
    const sentence = free && prose < 0 && values.every((v) => v.number === undefined) ? stringProseAt(source, piece) : undefined;
    if (sentence) {
      flush();
      out.push(...commentSentences(sentence, source, base, groups, ancestors));
      continue;
    }
    if (prose >= 0) {
      // A comment line right below the last one goes on its paragraph.
      if (comment && !/\S/.test(source.slice(comment.end, piece.start)) && source.slice(comment.end, piece.start).split('\n').length === 2) comment.end = piece.end;
      else {
        flush();
        comment = { start: prose, end: piece.end };
      }
      continue;
    }
    flush();
    out.push({
      ...codeContext(piece, source, base, group, ancestors, diff ? diff.lang : lang),
      ...(roles.length > 0 ? { cidrRoles: roles } : {}),
      ...(transcript ? { transcript: true } : {}),
    });
  }
  flush();
}

/** The span of a one-line code piece's prose string in `source` (code-comments.ts), if it has one. */
function stringProseAt(source: string, piece: CodePiece): { start: number; end: number } | undefined {
  const line = source.slice(piece.start, piece.end);
  if (line.includes('\n')) return undefined;
  const span = stringProseSpan(line);
  return span ? { start: piece.start + span.start, end: piece.start + span.end } : undefined;
}

/** Where a one-line code piece's comment prose starts in `source`, or -1 when the piece is no prose comment. */
function commentProseAt(source: string, piece: CodePiece, lang: string): number {
  const line = source.slice(piece.start, piece.end);
  if (line.includes('\n')) return -1;
  const at = commentProseStart(line, lang);
  return at < 0 ? -1 : piece.start + at;
}

/**
 * The runs of comment lines that continue one another as prose: a line break that is no soft wrap
 * (clauses.ts) starts a new run, so a cheat sheet of comment lines ("#   /22 -> 1,024 addresses, netmask
 * 255.255.252.0" over "#   /23 -> …") stays one statement per line, as its code lines were.
 */
function commentRuns(span: { start: number; end: number }, source: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let from = span.start;
  for (let at = source.indexOf('\n', span.start); at !== -1 && at < span.end; at = source.indexOf('\n', at + 1)) {
    if (isSoftWrap(source, at, at + 1)) continue;
    runs.push({ start: from, end: at });
    from = at + 1;
  }
  runs.push({ start: from, end: span.end });
  return runs.filter((run) => /\S/.test(source.slice(run.start, run.end)));
}

/** The sentences of a paragraph of comment lines (`source[span.start, span.end)`, markers inside). */
function commentSentences(span: { start: number; end: number }, source: string, base: number, groups: GroupCounter, ancestors: number[]): Context[] {
  const group = groups.next++;
  return commentRuns(span, source).flatMap((run) => splitSentences(source.slice(run.start, run.end), run.start)).map((piece) => ({
    kind: 'sentence' as const,
    start: piece.start + base,
    end: piece.end + base,
    text: source.slice(piece.start, piece.end),
    group,
    ancestors,
    // A comment opens no section for the prose after the fence.
    listItem: true,
  }));
}

/** Pushes the contexts `node` states itself and returns the children still to visit, in order. */
function contextsOfNode(
  node: Nodes,
  ancestors: number[],
  source: string,
  base: number,
  groups: GroupCounter,
  out: Context[],
  inItem = false,
): Array<{ node: Nodes; ancestors: number[]; inItem?: boolean }> {
  const span = offsets(node);
  switch (node.type) {
    case 'paragraph':
      if (span) out.push(...paragraphContexts(span, source, base, groups, ancestors, inItem));
      return [];
    case 'heading': {
      if (!span) return [];
      out.push({ kind: 'heading', start: span.start + base, end: span.end + base, text: source.slice(span.start, span.end), group: groups.next++, ancestors });
      return [];
    }
    case 'code': {
      if (!span) return [];
      // Only the code's own lines: skip the opening fence line and the closing fence.
      const raw = source.slice(span.start, span.end);
      const firstBreak = raw.indexOf('\n');
      // A wiki `{code:hcl}` … `{code}` block parses as a fence (wiki-markup.ts); its tags are its fence lines.
      const fenced = /^\s{0,3}(`{3,}|~{3,})/.test(raw) || WIKI_CODE_OPEN.test(raw.slice(0, firstBreak === -1 ? raw.length : firstBreak));
      let innerStart = span.start;
      let innerEnd = span.end;
      if (fenced) {
        innerStart = firstBreak === -1 ? span.end : span.start + firstBreak + 1;
        const lastBreak = raw.lastIndexOf('\n');
        const lastLine = lastBreak === -1 ? '' : raw.slice(lastBreak + 1);
        if (lastBreak > firstBreak && (/^\s{0,3}(`{3,}|~{3,})\s*$/.test(lastLine) || WIKI_CODE_CLOSE.test(lastLine))) innerEnd = span.start + lastBreak;
        if (innerEnd > innerStart && source.charCodeAt(innerEnd - 1) === 13 && source.charCodeAt(innerEnd) === 10) innerEnd--;
      }
      // An AsciiDoc `[source,yaml]` block made a fence (asciidoc.ts): its code is below the attribute and delimiter lines.
      // So is an org `#+BEGIN_SRC` block or an RST `.. code-block::` (org-rst.ts).
      const adoc = fenced ? undefined : (asciidocCodeSpan(raw) ?? orgRstCodeSpan(raw));
      if (adoc) [innerStart, innerEnd] = [span.start + adoc.start, span.start + adoc.end];
      // An indented code block that holds fences (a tab's or a component's body indented once too often) is those fences.
      const held = fenced || adoc || node.lang ? [] : heldFences(raw);
      if (held.length > 0) {
        for (const h of held) codeBlockContexts(span.start + h.start, span.start + h.end, h.lang.toLowerCase(), source, base, groups, ancestors, out);
        return [];
      }
      if (innerEnd < innerStart) innerEnd = innerStart;
      codeBlockContexts(innerStart, innerEnd, (node.lang ?? '').toLowerCase(), source, base, groups, ancestors, out, node.meta ?? '');
      return [];
    }
    case 'table':
      visitTable(node, source, base, groups, ancestors, out);
      return [];
    case 'listItem': {
      // An RST `.. list-table::` that org-rst.ts made a list item is a table (rst-list-table.ts).
      const table = listTableContexts(node, source, base, groups, ancestors);
      if (table) {
        out.push(...table);
        return [];
      }
      // Each item is its own scope; nested items see this one as an ancestor.
      // The item's first paragraph takes the next group id; an item that starts with a nested list has none.
      const own = node.children[0]?.type === 'paragraph' ? groups.next : -1;
      // Capped so hostile nesting (thousands of levels) does not copy a longer list per level.
      const nested = own >= 0 ? [own, ...ancestors.slice(0, MAX_ANCESTORS - 1)] : ancestors;
      return node.children.map((child) => ({ node: child, ancestors: child.type === 'list' ? nested : ancestors, inItem: child.type !== 'list' }));
    }
    case 'html':
      // A raw HTML table is read as a table (html-tables.ts); other HTML states nothing the engine reads.
      if (span) out.push(...htmlTableContexts(source, span.start, span.end, base, groups, ancestors));
      return [];
    default:
      return 'children' in node ? (node as Parents).children.map((child) => ({ node: child as Nodes, ancestors, inItem })) : [];
  }
}

function cellsOf(row: Table['children'][number], source: string, base: number): Cell[] {
  const cells: Cell[] = [];
  for (const cell of row.children) {
    const span = offsets(cell);
    if (!span) continue;
    // Trim the pipes and padding so a cell's range covers its content.
    let { start, end } = span;
    while (start < end && /[|\s]/.test(source[start] ?? '')) start++;
    while (end > start && /[|\s]/.test(source[end - 1] ?? '')) end--;
    cells.push({ start: start + base, end: end + base, text: source.slice(start, end) });
  }
  return cells;
}

function visitTable(node: Table, source: string, base: number, groups: GroupCounter, ancestors: number[], out: Context[]): void {
  const group = groups.next++;
  const [headRow, ...rows] = node.children;
  if (!headRow) return;
  const written = cellsOf(headRow, source, base);
  // A comparison matrix's merged group headers give each column its service (group-headers.ts).
  const header = written.some((c) => c.text === '') && rows[0] ? (groupedHeader(written, cellsOf(rows[0], source, base)) ?? written) : written;
  const headSpan = offsets(headRow);
  const rowCells = rows.map((row) => cellsOf(row, source, base));
  // A two-column table of `| VisibilityTimeout | 86400 |` pairs has no header row: its first pair is one too.
  const vertical = verticalKeyTableValues(written, rowCells);
  if (headSpan) {
    const own = vertical?.[0] ?? [];
    out.push({ kind: 'heading', start: headSpan.start + base, end: headSpan.end + base, text: source.slice(headSpan.start, headSpan.end), group, ancestors, ...(own.length > 0 ? { iacValues: own } : {}) });
  }
  // A table of configuration keys states `key = value` settings, one per row (recognisers/iac/key-tables.ts);
  // so does a table whose headers are keys or end with their unit ("Timeout seconds"), for the service the
  // table or the record's label names (csv-values.ts, as a CSV inventory's).
  const keyed = vertical?.slice(1) ?? keyTableValues(written, rowCells);
  const settings = keyed.some((v) => v.length > 0) ? keyed : csvRowValues(header, rowCells, '', true);
  rows.forEach((row, i) => {
    const span = offsets(row);
    if (!span) return;
    const values = settings[i] ?? [];
    out.push({
      kind: 'tableRow',
      start: span.start + base,
      end: span.end + base,
      text: source.slice(span.start, span.end),
      group,
      ancestors,
      header,
      cells: rowCells[i] ?? [],
      ...(values.length > 0 ? { iacValues: values } : {}),
    });
  });
}
