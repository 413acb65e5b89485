/**
 * Code actions as data: the quick fixes of a finding, "fix all" of one rule or of every rule, and
 * "suppress with a reason". Offsets are the analysed text's; an editor maps them to its own
 * positions and drops what its edits since the analysis touched.
 *
 * A suppression comment goes where markdown stays what it was: an HTML comment line between two
 * table rows ends the table, and one inside a paragraph splits it. So the comment goes before the
 * block that holds the finding (a disable-next-line when the finding is on the block's first line),
 * or a disable/enable pair goes around the block. The reason is a snippet placeholder, so the user
 * types it in place.
 */
import type { Analysis, BlockAnalysis } from '../analyze';
import { safeEdits } from './fixes';
import type { Edit, Finding } from '../findings';
import { ruleDocsUrl } from '../rules';
import { UNUSED_SUPPRESSION } from './suppress';

/**
 * An edit whose `snippet` (VS Code snippet syntax) an editor that can place the cursor uses instead
 * of `newText`; the snippet adds a reason to type (`ActionData.asksReason`).
 */
export interface ActionEdit extends Edit {
  readonly snippet?: string;
}

export interface ActionData {
  readonly kind: 'quickfix' | 'fixAll';
  readonly title: string;
  readonly edits: readonly ActionEdit[];
  /** The finding it resolves (quick fixes and suppressions). */
  readonly finding?: Finding;
  /** The fix an editor may apply without asking (the first safe fix of a finding). */
  readonly preferred?: boolean;
  /** Every edit is needed: drop the action when one cannot be placed (a fix), rather than apply part of it. */
  readonly atomic: boolean;
  /** A suppression: its snippet edit asks for the reason. */
  readonly asksReason?: boolean;
  /** Work outside this document that the editor carries out (then `edits` is empty). */
  readonly request?: RuleRequest;
}

/**
 * An action on a rule rather than on the text: turn it off in the project config (the editor knows
 * where that file is and edits it keeping its comments), or open the rule's page (offline where the
 * editor ships the pages; `url` is the published one).
 */
export type RuleRequest =
  | { readonly type: 'disableInConfig'; readonly ruleId: string }
  | { readonly type: 'showDocs'; readonly ruleId: string; readonly url: string };

/**
 * Per analysis: each rule's "fix all" action, built once and shared by reference (an editor asks for
 * the actions of every finding in a Select All range; building it per finding was quadratic, 2,000
 * findings gave no answer in 300 s, probe D13), and the line break. An editor that lists actions for
 * many findings keeps one copy of each shared action.
 */
const fixAllByRule = new WeakMap<Analysis, Map<string, ActionData | undefined>>();
const eolOf = new WeakMap<Analysis, string>();
/** Per analysis: each rule's "disable for this file / in the config / show documentation", shared like fix-all. */
const ruleActionsByRule = new WeakMap<Analysis, Map<string, readonly ActionData[]>>();

function ruleFixAll(analysis: Analysis, ruleId: string): ActionData | undefined {
  let byRule = fixAllByRule.get(analysis);
  if (!byRule) {
    byRule = new Map();
    const fixable = new Map<string, Finding[]>();
    for (const f of analysis.findings) {
      if (!f.fixes.some((x) => x.safe)) continue;
      const list = fixable.get(f.ruleId);
      if (list) list.push(f);
      else fixable.set(f.ruleId, [f]);
    }
    for (const [rule, findings] of fixable) {
      if (findings.length > 1) byRule.set(rule, { kind: 'quickfix', title: `Fix all ${rule} findings (${findings.length})`, edits: safeEdits(findings), atomic: false });
    }
    fixAllByRule.set(analysis, byRule);
  }
  return byRule.get(ruleId);
}

function eol(analysis: Analysis): string {
  let found = eolOf.get(analysis);
  if (found === undefined) {
    found = analysis.text.includes('\r\n') ? '\r\n' : '\n';
    eolOf.set(analysis, found);
  }
  return found;
}

/** The quick fixes of one finding, then "fix all of its rule" (when more than one), then "suppress". */
export function quickFixActions(analysis: Analysis, finding: Finding): ActionData[] {
  const actions: ActionData[] = finding.fixes.map((fix, i) => ({
    kind: 'quickfix',
    title: fix.title,
    edits: fix.edits,
    finding,
    preferred: i === 0 && fix.safe,
    atomic: true,
  }));
  const fixAll = ruleFixAll(analysis, finding.ruleId);
  if (fixAll) actions.push(fixAll);
  // An unused suppression is removed (its fix above), not suppressed in turn.
  const suppress = finding.ruleId === UNUSED_SUPPRESSION ? undefined : suppressAction(analysis, finding);
  if (suppress) actions.push(suppress);
  actions.push(...ruleActions(analysis, finding.ruleId));
  return actions;
}

/**
 * "Disable <rule> for this file", "Disable <rule> in .archnotes.jsonc" and "Show documentation for
 * <rule>": the same objects for every finding of a rule in one analysis, so an editor lists them
 * once however many findings a range holds. An unused suppression gets only its documentation.
 */
export function ruleActions(analysis: Analysis, ruleId: string): readonly ActionData[] {
  let byRule = ruleActionsByRule.get(analysis);
  if (!byRule) {
    byRule = new Map();
    ruleActionsByRule.set(analysis, byRule);
  }
  let actions = byRule.get(ruleId);
  if (!actions) {
    const docs: ActionData = { kind: 'quickfix', title: `Show documentation for ${ruleId}`, edits: [], atomic: true, request: { type: 'showDocs', ruleId, url: ruleDocsUrl(ruleId) } };
    actions =
      ruleId === UNUSED_SUPPRESSION
        ? [docs]
        : [
            disableForFileAction(analysis, ruleId),
            { kind: 'quickfix', title: `Disable ${ruleId} in .archnotes.jsonc`, edits: [], atomic: true, request: { type: 'disableInConfig', ruleId } },
            docs,
          ];
    byRule.set(ruleId, actions);
  }
  return actions;
}

/** YAML front matter: `---` on the first line, up to the next `---` or `...` line. */
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n(?:[^\n]*\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Where a file-wide comment goes: the first line, or the line after the front matter (which must
 * stay first to be front matter) and after a byte order mark. The front matter is searched for in
 * the first 64 KB only (no scan of a big file per request).
 */
function fileTop(text: string): number {
  const head = text.slice(0, 64 * 1024);
  const front = FRONT_MATTER.exec(head);
  if (front) return front[0].length;
  return head.startsWith('\uFEFF') ? 1 : 0;
}

/**
 * "Disable <rule> for this file": a disable-file comment on a line of its own at the top (an HTML
 * comment block ends at its line, so the block below keeps its kind), with the reason to type.
 */
export function disableForFileAction(analysis: Analysis, ruleId: string): ActionData {
  const at = fileTop(analysis.text);
  const lineBreak = eol(analysis);
  // Front matter that ends the file without a line break: the comment needs one before it.
  const before = at > 0 && at === analysis.text.length && !/\n$/.test(analysis.text) ? lineBreak : '';
  const head = `${before}<!-- archnotes-disable-file ${ruleId}`;
  return {
    kind: 'quickfix',
    title: `Disable ${ruleId} for this file`,
    edits: [{ start: at, end: at, newText: `${head} -->${lineBreak}`, snippet: `${snippetText(`${head} -- `)}\${1:reason}${snippetText(' -->')}${lineBreak}` }],
    atomic: true,
    asksReason: true,
  };
}

/** Every safe fix of the document (fix-all on save, `source.fixAll`). */
export function fixAllAction(analysis: Analysis): ActionData | undefined {
  const edits = safeEdits(analysis.findings);
  if (edits.length === 0) return undefined;
  return { kind: 'fixAll', title: `Fix all archnotes findings with a safe fix (${edits.length})`, edits, atomic: false };
}

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const QUOTE = /^\s{0,3}>/;

/** What a reader calls the block: "table", "code block", "list", … (used in the action's title). */
function blockNoun(analysis: Analysis, block: BlockAnalysis): string {
  const kinds = new Set(block.contexts.map((c) => c.kind));
  if (kinds.has('tableRow')) return 'table';
  if (kinds.has('code')) return 'code block';
  const first = analysis.text.slice(block.start, Math.min(block.end, block.start + 200));
  if (LIST_ITEM.test(first)) return 'list';
  if (QUOTE.test(first)) return 'quote';
  return 'paragraph';
}

/** Literal text inside a snippet: `$`, `}` and `\` are syntax there. */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * "Suppress <rule> …" (with a reason to type, in an editor that takes snippets): a disable-next-line comment before the block when the finding
 * sits on the block's first line, else a disable/enable pair around the block. Undefined for a
 * finding outside every block (cannot happen for rule findings; kept total for safety).
 */
export function suppressAction(analysis: Analysis, finding: Finding): ActionData | undefined {
  const { text, lines } = analysis;
  const block = analysis.blockAt(finding.start);
  if (!block) return undefined;
  const lineBreak = eol(analysis);
  const firstLine = lines.positionAt(block.start).line;
  const lineStart = lines.lineStart(firstLine);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 16))?.[0] ?? '';
  const rule = finding.ruleId;
  // Without snippets (an editor that cannot place the cursor) the comment has no reason, rather than a placeholder word.
  const comment = (kind: string): string => `${indent}<!-- archnotes-${kind} ${rule} -->`;
  // The comment with its reason as a selected placeholder.
  const snippet = (kind: string): string => `${snippetText(`${indent}<!-- archnotes-${kind} ${rule} -- `)}\${1:reason}${snippetText(' -->')}`;
  const sameLine = lines.positionAt(finding.start).line === firstLine && lines.positionAt(finding.end).line === firstLine;
  const noun = blockNoun(analysis, block);
  if (sameLine && noun !== 'table') {
    return {
      kind: 'quickfix',
      title: `Suppress ${rule} on this line`,
      edits: [{ start: lineStart, end: lineStart, newText: `${comment('disable-next-line')}${lineBreak}`, snippet: `${snippet('disable-next-line')}${lineBreak}` }],
      finding,
      atomic: true,
      asksReason: true,
    };
  }
  // The block's end is its last character: the enable comment goes on a line of its own after it.
  return {
    kind: 'quickfix',
    title: `Suppress ${rule} in this ${noun}`,
    edits: [
      { start: lineStart, end: lineStart, newText: `${comment('disable')}${lineBreak}`, snippet: `${snippet('disable')}${lineBreak}` },
      { start: block.end, end: block.end, newText: `${lineBreak}${indent}<!-- archnotes-enable ${rule} -->` },
    ],
    finding,
    atomic: true,
    asksReason: true,
  };
}
