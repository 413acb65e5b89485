/** Engine results → LSP types. The only place that knows both. */
import { DiagnosticSeverity, type Diagnostic, type DocumentSymbol, type Range, type SymbolKind } from 'vscode-languageserver';
import { LSP_SYMBOL_KIND, type ArchSymbol } from '../engine';
import type { Analysis } from '../engine';
import type { Finding, Severity } from '../engine';
import { ruleDocsUrl } from '../engine';
import { sourceSuffix } from '../engine';
import type { LineIndex } from '../engine';

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

export function toDiagnostic(analysis: Analysis, finding: Finding): Diagnostic {
  return {
    range: toRange(analysis.lines, finding.start, finding.end),
    severity: toSeverity(finding.severity),
    source: 'archnotes',
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message + sourceSuffix(finding),
  };
}

export function toDocumentSymbol(lines: LineIndex, symbol: ArchSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: LSP_SYMBOL_KIND[symbol.kind] as SymbolKind,
    range: toRange(lines, symbol.start, symbol.end),
    selectionRange: toRange(lines, symbol.selectionStart, symbol.selectionEnd),
    children: symbol.children.map((child) => toDocumentSymbol(lines, child)),
  };
}
