/** Engine results → LSP types. The only place that knows both: every Diagnostic and CodeAction is built here. */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  type CodeAction,
  type Command,
  type Diagnostic,
  type DocumentSymbol,
  type Range,
  type SnippetTextEdit,
  type SymbolKind,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { ArchSymbol, ArchSymbolKind } from '../engine';
import type { Analysis } from '../engine';
import type { ActionData, RuleRequest } from '../engine';
import type { Finding, Severity } from '../engine';
import { ruleDocsUrl } from '../engine';
import { UNUSED_SUPPRESSION } from '../engine';
import { LineIndex } from '../engine';
import type { ConfigProblem } from '../config/config';

export const FIX_ALL_KIND = 'source.fixAll.archnotes';
const SOURCE = 'archnotes';

/**
 * Symbol kinds LSP clients have icons for: VPC → Namespace, subnet → Field, database → Struct,
 * queue → Event, function → Function, load balancer → Interface.
 */
export const LSP_SYMBOL_KIND: Readonly<Record<ArchSymbolKind, SymbolKind>> = {
  vpc: 3,
  subnet: 8,
  database: 23,
  queue: 24,
  function: 12,
  loadBalancer: 11,
};

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

export function toDiagnostic(analysis: Analysis, finding: Finding): Diagnostic {
  return toDiagnosticIn(analysis.lines, finding);
}

/** What a Diagnostic is made of: the analysis worker ships only this of a finding (analysis-gate.ts). */
export type DiagnosticFinding = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'start' | 'end'>;

/** A finding of a text whose lines are `lines` (provisional findings, and the worker's, have no analysis here yet). */
export function toDiagnosticIn(lines: LineIndex, finding: DiagnosticFinding): Diagnostic {
  return {
    range: toRange(lines, finding.start, finding.end),
    severity: toSeverity(finding.severity),
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    // The AWS source and checked date are in the hover card over the finding: a URL in the message
    // cut the advice short in the Problems panel, and codeDescription links the rule's page.
    message: finding.message,
    // An unused suppression is shown faded, like unused code.
    tags: finding.ruleId === UNUSED_SUPPRESSION ? [DiagnosticTag.Unnecessary] : undefined,
  };
}

export function toDocumentSymbol(lines: LineIndex, symbol: ArchSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: LSP_SYMBOL_KIND[symbol.kind],
    range: toRange(lines, symbol.start, symbol.end),
    selectionRange: toRange(lines, symbol.selectionStart, symbol.selectionEnd),
    children: symbol.children.map((child) => toDocumentSymbol(lines, child)),
  };
}

function note(range: Range, code: string, message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Information): Diagnostic {
  return { range, severity, source: SOURCE, code, message };
}

/** The note on line 1 of a file above `archnotes.largeFileSize`. */
export function largeFileNote(analysis: Analysis, bytes: number, maxFileSizeKb: number): Diagnostic {
  const firstLineEnd = analysis.lines.lineCount > 1 ? analysis.lines.lineStart(1) - 1 : analysis.text.length;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return note(
    toRange(analysis.lines, 0, Math.max(0, Math.min(firstLineEnd, 200))),
    'large-file',
    `This file is ${mb} MB, above archnotes.largeFileSize (${maxFileSizeKb} KB): archnotes diagnostics update when you save or pause typing. Hovers stay live.`,
  );
}

/** The one note on a binary or minified file (engine/parse/unsupported-text.ts), instead of findings. */
export function unsupportedNote(message: string): Diagnostic {
  return note({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'unsupported-file', message);
}

/** The one note on a document whose analysis was stopped after its budget (analysis-gate.ts), instead of findings. */
export function tooComplexNote(message: string): Diagnostic {
  return note({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'too-complex', message);
}

/** Problems of `.archnotes.jsonc`, placed where they are in the file when known (`text`: the file's text). */
export function configProblemDiagnostics(problems: readonly ConfigProblem[], text?: string): Diagnostic[] {
  const lines = text === undefined ? undefined : new LineIndex(text);
  return problems.map((problem) => {
    const at = lines && problem.offset !== undefined ? lines.positionAt(Math.min(problem.offset, text?.length ?? 0)) : { line: 0, character: 0 };
    // The diagnostic sits in the file itself: its path in front of the message only repeats it.
    const message = problem.message.startsWith(`${problem.file}: `) ? problem.message.slice(problem.file.length + 2) : problem.message;
    return note({ start: at, end: { line: at.line, character: at.character + 1 } }, 'config', message, DiagnosticSeverity.Error);
  });
}

/** Where the positions of a request and of an analysis's results meet (see PendingEdits). */
export interface Coordinates {
  /** A request position as an offset of the analysed text; undefined when it was edited since. */
  offsetAt(position: { line: number; character: number }): number | undefined;
  /** A span of the analysed text as a range of the current document; undefined when edited since. */
  range(start: number, end: number): Range | undefined;
}

export interface ActionTarget {
  readonly uri: string;
  readonly version: number;
  readonly analysis: Analysis;
  readonly coordinates: Coordinates;
  /** The client applies snippet edits (LSP 3.18): a suppression's reason becomes a placeholder. */
  readonly snippets: boolean;
  /** The edit that turns a rule off in the project config; undefined when there is none to make. */
  readonly configEdit: (ruleId: string) => { readonly edit: WorkspaceEdit; readonly configUri: string } | undefined;
}

/** The command of "Show documentation for <rule>" (arguments: rule id, page URL). The VS Code client opens the page it ships. */
export const SHOW_RULE_DOCS_COMMAND = 'archnotes.showRuleDocumentation';
/**
 * Run after the config edit (argument: the config's URI). An editor applies a workspace edit to an
 * unopened file in memory, and the server reads the file on disk: the VS Code client saves it, so
 * the rule goes off at once. The server ignores it (another editor leaves the file for the user to save).
 */
export const SAVE_CONFIG_COMMAND = 'archnotes.saveConfigFile';

/** An action on a rule: a command to run, or an edit of the config file. */
function requestAction(action: ActionData, request: RuleRequest, target: ActionTarget): CodeAction | undefined {
  if (request.type === 'showDocs') {
    const command: Command = { title: action.title, command: SHOW_RULE_DOCS_COMMAND, arguments: [request.ruleId, request.url] };
    return { title: action.title, kind: CodeActionKind.QuickFix, command };
  }
  const config = target.configEdit(request.ruleId);
  if (!config) return undefined;
  return { title: action.title, kind: CodeActionKind.QuickFix, edit: config.edit, command: { title: 'Save .archnotes.jsonc', command: SAVE_CONFIG_COMMAND, arguments: [config.configUri] } };
}

/** One engine action at the document's current positions; undefined when an edit since the analysis touched it. */
export function toCodeAction(action: ActionData, target: ActionTarget): CodeAction | undefined {
  const { analysis, coordinates } = target;
  if (action.request) return requestAction(action, action.request, target);
  const range = action.finding && coordinates.range(action.finding.start, action.finding.end);
  if (action.finding && !range) return undefined;
  const edits: Array<TextEdit | SnippetTextEdit> = [];
  let snippet = false;
  for (const edit of action.edits) {
    const where = coordinates.range(edit.start, edit.end);
    if (!where) {
      if (action.atomic) return undefined;
      continue;
    }
    if (edit.snippet !== undefined && target.snippets) {
      snippet = true;
      edits.push({ range: where, snippet: { kind: 'snippet', value: edit.snippet } });
    } else edits.push({ range: where, newText: edit.newText });
  }
  if (edits.length === 0) return undefined;
  const edit: WorkspaceEdit = snippet
    ? { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] }
    : { changes: { [target.uri]: edits.filter((e): e is TextEdit => 'newText' in e) } };
  return {
    title: action.asksReason && snippet ? `${action.title}, with a reason` : action.title,
    kind: action.kind === 'fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix,
    diagnostics: action.finding && range ? [{ ...toDiagnostic(analysis, action.finding), range }] : undefined,
    isPreferred: action.preferred || undefined,
    edit,
  };
}
