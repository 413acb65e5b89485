/**
 * ASCII box diagrams in plain fences (`+----+` / `| VPC prod 10.0.0.0/16 |`, or `┌──┐` / `│ … │`):
 * a CIDR belongs to the innermost box around it, and the words of that box (its own lines, not the
 * boxes nested in it) give its role: "subnet" a subnet, "VPC" a VPC, on-premises words another
 * network. A subnet's VPC is the nearest enclosing box that holds a VPC block, never the VPC box
 * beside it on the same lines: each CIDR carries its holder (the VPC block's offset), which the
 * model reads like a setting fence's (`mayHold`), so the layout of boxes side by side cannot make a
 * subnet "outside" or "overlapping" another box's VPC. A CIDR outside any closed box keeps the
 * engine's own binding.
 *
 * Columns are UTF-16 indexes in the line; box-drawing characters are one unit each. Every walk is
 * bounded by the fence's lines and columns (a box's sides are followed once per CIDR).
 */
import type { LoggedCidrRole } from './log-fence';

const BOX_LANGS = /^(?:|text|txt|plain|plaintext|ascii|asciiart|diagram|art|none)$/;
const VERTICAL = new Set(['|', '│', '║', '┃']);
const CORNER = new Set(['+', '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼', '╔', '╗', '╚', '╝', '╠', '╣', '╦', '╩', '╬', '┏', '┓', '┗', '┛', '*', '.', "'"]);
const HORIZONTAL = new Set(['-', '─', '═', '━', '=', '+', '┬', '┴', '┼', '╦', '╩', '╬']);
/** A line that draws a box's top or bottom edge: a corner followed by a run of horizontal strokes. */
const EDGE = /[+┌└╔╚┏┗.'][-─═━=]{3}/;
const CIDR = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}(?![\d/])/g;
const SUBNET_WORD = /\bsub-?nets?\b/i;
const VPC_WORD = /\bvpcs?\b/i;
const OTHER_WORD = /\b(?:on[- ]?prem(?:ises)?|corp(?:orate)?|office|data ?cent(?:er|re)s?|customer|partner|internet|home)\b/i;
/** Fences larger than this are not read as diagrams. */
const MAX_DIAGRAM = 32 * 1024;

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A CIDR's role and, for a VPC or subnet, the offset of the VPC block that holds it. */
export type BoxedCidrRole = LoggedCidrRole;

const at = (lines: readonly string[], row: number, col: number): string => lines[row]?.[col] ?? '';

/** Whether the columns `left`..`right` of `row` are a box edge (corners at both ends, strokes between). */
function isEdge(lines: readonly string[], row: number, left: number, right: number): boolean {
  if (!CORNER.has(at(lines, row, left)) || !CORNER.has(at(lines, row, right))) return false;
  // A grid's row rule runs on past the cell (`+----+----+`): a cell of a table, not a box.
  if (HORIZONTAL.has(at(lines, row, left - 1)) || HORIZONTAL.has(at(lines, row, right + 1))) return false;
  // A title may be written into the edge ("┌── VPC prod ──┐"): strokes around it are enough.
  let strokes = 0;
  for (let c = left + 1; c < right; c++) if (HORIZONTAL.has(at(lines, row, c))) strokes++;
  return strokes >= Math.min(3, right - left - 1);
}

const isSide = (ch: string): boolean => VERTICAL.has(ch) || CORNER.has(ch);

/** The closed box whose sides are at `left` and `right` around `row`, or undefined. */
function boxAround(lines: readonly string[], row: number, left: number, right: number): Box | undefined {
  let top = row - 1;
  while (top >= 0 && !isEdge(lines, top, left, right)) {
    if (!isSide(at(lines, top, left)) || !isSide(at(lines, top, right))) return undefined;
    top--;
  }
  let bottom = row + 1;
  while (bottom < lines.length && !isEdge(lines, bottom, left, right)) {
    if (!isSide(at(lines, bottom, left)) || !isSide(at(lines, bottom, right))) return undefined;
    bottom++;
  }
  return top >= 0 && bottom < lines.length ? { top, bottom, left, right } : undefined;
}

/** The innermost closed box containing columns `from`..`to` of `row`, searching outward from `left`/`right`. */
function enclosing(lines: readonly string[], row: number, from: number, to: number): Box | undefined {
  const line = lines[row] ?? '';
  let left = from - 1;
  let right = to;
  for (let tries = 0; tries < 16; tries++) {
    while (left >= 0 && !VERTICAL.has(line[left] ?? '')) left--;
    while (right < line.length && !VERTICAL.has(line[right] ?? '')) right++;
    if (left < 0 || right >= line.length) return undefined;
    const box = boxAround(lines, row, left, right);
    if (box) return box;
    // Two boxes side by side: the bars found may belong to different boxes; widen on the side that fails.
    left--;
    right++;
  }
  return undefined;
}

/** The box whose top edge holds columns `from`..`to` of `row` as its title (`┌── VPC 10.0.0.0/16 ──┐`), or undefined. */
function titledBox(lines: readonly string[], row: number, from: number, to: number): Box | undefined {
  const line = lines[row] ?? '';
  let left = from - 1;
  while (left >= 0 && !CORNER.has(line[left] ?? '')) left--;
  let right = to;
  while (right < line.length && !CORNER.has(line[right] ?? '')) right++;
  if (left < 0 || right >= line.length || !isEdge(lines, row, left, right)) return undefined;
  const box = row + 1 < lines.length ? boxAround(lines, row + 1, left, right) : undefined;
  return box && box.top === row ? box : undefined;
}

/**
 * The box's own text: its rows' columns between the sides, without what nested boxes take; undefined
 * when bars are left inside it (columns of a grid, or boxes without a CIDR): then only a CIDR's own
 * line speaks for it.
 */
function ownText(lines: readonly string[], box: Box, nested: readonly Box[]): string | undefined {
  const parts: string[] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    let text = '';
    for (let c = box.left + 1; c < box.right; c++) {
      const inner = nested.some((n) => n !== box && r >= n.top && r <= n.bottom && c >= n.left && c <= n.right && n.left > box.left && n.right < box.right);
      const ch = at(lines, r, c);
      if (!inner && r > box.top && r < box.bottom && VERTICAL.has(ch)) return undefined;
      text += inner || HORIZONTAL.has(ch) || CORNER.has(ch) ? ' ' : ch;
    }
    parts.push(text);
  }
  return parts.join(' ');
}

function roleOfWords(words: string): LoggedCidrRole['role'] | undefined {
  const subnet = SUBNET_WORD.test(words);
  const vpc = VPC_WORD.test(words);
  if (OTHER_WORD.test(words) && !subnet && !vpc) return 'other';
  if (subnet && !vpc) return 'subnet';
  if (vpc && !subnet) return 'vpc';
  return undefined;
}

/** Whether `inner` lies inside `outer`. */
function inside(inner: Box, outer: Box): boolean {
  return inner !== outer && inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** Whether a fence's text draws boxes: at least two edge lines and a side bar. */
export function isBoxDiagram(code: string, lang: string): boolean {
  if (!BOX_LANGS.test(lang) || code.length > MAX_DIAGRAM) return false;
  let edges = 0;
  for (const line of code.split('\n')) if (EDGE.test(line)) edges++;
  return edges >= 2 && /[|│║┃]/.test(code);
}

/**
 * The roles (and VPC holders) of the CIDRs of a box diagram fence whose text `code` starts at document
 * offset `start`. Empty for a fence that draws no boxes.
 */
export function boxedCidrRoles(code: string, start: number, lang: string): BoxedCidrRole[] {
  if (!isBoxDiagram(code, lang)) return [];
  const lines = code.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; i++) {
    lineStarts.push(offset);
    offset += code.indexOf('\n', offset) === -1 ? code.length - offset : code.indexOf('\n', offset) - offset + 1;
  }
  const found: Array<{ start: number; end: number; box: Box; row: number; col: number }> = [];
  lines.forEach((line, row) => {
    CIDR.lastIndex = 0;
    for (let m = CIDR.exec(line); m; m = CIDR.exec(line)) {
      const box = enclosing(lines, row, m.index, m.index + m[0].length) ?? titledBox(lines, row, m.index, m.index + m[0].length);
      const offset = start + (lineStarts[row] ?? 0) + m.index;
      if (box) found.push({ start: offset, end: offset + m[0].length, box, row, col: m.index });
    }
  });
  if (found.length === 0) return [];
  const boxes = [...new Set(found.map((f) => f.box))];
  // Enclosing boxes of the boxes that hold CIDRs (a VPC box holding subnet boxes), for the holders.
  const all = [...boxes];
  for (const box of boxes) {
    let current: Box | undefined = box;
    for (let depth = 0; current && depth < 8; depth++) {
      const outer: Box | undefined = enclosing(lines, current.top + 1 <= current.bottom - 1 ? current.top + 1 : current.top, current.left, current.right + 1);
      if (!outer || !inside(current, outer)) break;
      if (!all.some((b) => b.top === outer.top && b.left === outer.left && b.right === outer.right && b.bottom === outer.bottom)) all.push(outer);
      current = outer;
    }
  }
  const roles = found.map((f) => {
    // The CIDR's own line within its box speaks first ("| VPC prod 10.0.0.0/16 |"), then the box's own text.
    const segment = (lines[f.row] ?? '').slice(f.box.left + 1, f.box.right);
    const own = roleOfWords(segment) === undefined ? ownText(lines, f.box, all) : undefined;
    return { ...f, role: roleOfWords(segment) ?? (own === undefined ? undefined : roleOfWords(own)) };
  });
  const out: BoxedCidrRole[] = [];
  for (const r of roles) {
    if (r.role === undefined) continue;
    let holder: number | undefined;
    if (r.role === 'vpc') holder = r.start;
    else if (r.role === 'subnet') {
      // The nearest box around this one that holds a VPC block: its VPC.
      const owners = roles.filter((o) => o.role === 'vpc' && (inside(r.box, o.box) || (o.box === r.box && o.start !== r.start)));
      owners.sort((a, b) => b.box.left - a.box.left || b.box.top - a.box.top);
      const nearest = owners.filter((o) => o.box === owners[0]?.box);
      // No VPC box around it, or two in the nearest one: no VPC of this diagram holds it.
      holder = nearest.length === 1 ? nearest[0]?.start : -1 - r.start;
    }
    out.push({ start: r.start, end: r.end, role: r.role, ...(holder !== undefined ? { holder } : {}) });
  }
  return out;
}
