/** The CLI's per-file result and its three output formats: text, JSON and SARIF 2.1.0. */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FACT_PACK_VERSION } from '../facts/catalog';
import type { Finding, Severity } from '../engine';
import { RULES, ruleDocsUrl } from '../engine';
import { sourcesOf, type FactSource } from '../engine';
import type { LineIndex } from '../engine';
import { VERSION } from '../version';
import { escapeTerminal } from './escape';
import type { FileFailure } from './exit-codes';

export { VERSION };
export const UNUSED_SUPPRESSION = 'unused-suppression';

export interface Located {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface JsonFinding extends Located {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fixes: ReadonlyArray<{ title: string; safe: boolean; edits: ReadonlyArray<Located & { newText: string }> }>;
  readonly sources: readonly FactSource[];
  /** Stable across moved lines: rule, flagged text and its occurrence in the file (see check.ts). */
  readonly fingerprint?: string;
}

export interface FileResult {
  readonly path: string;
  readonly findings: readonly JsonFinding[];
  readonly suppressed: number;
  readonly fixed: number;
  /** Set when the file could not be read or analysed. */
  readonly error?: string;
  /** What kind of failure `error` is (it decides the exit code, exit-codes.ts). */
  readonly failure?: FileFailure;
  /** Set when --fix had fixes for the file but did not write them, and why. */
  readonly notFixed?: string;
}

/** 1-based line/column (UTF-16 columns, as SARIF's default columnKind). */
export function locate(lines: LineIndex, start: number, end: number): Located {
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function toJsonFinding(lines: LineIndex, finding: Finding): JsonFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...locate(lines, finding.start, finding.end),
    fixes: finding.fixes.map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ ...locate(lines, e.start, e.end), newText: e.newText })) })),
    sources: sourcesOf(finding),
  };
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  filesWithFindings: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, files: results.length, filesWithFindings: 0 };
  for (const result of results) {
    if (result.findings.length > 0) t.filesWithFindings++;
    for (const f of result.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.infos++;
    }
  }
  return t;
}

/** True when `rel` (from path.relative) leaves the folder: '..' as a whole segment, or another drive. */
function outside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (outside(rel) ? path : rel).split(sep).join('/');
}

/** Lone surrogates (possible in Windows file names) as U+FFFD, as pathToFileURL writes them: encodeURIComponent throws on them. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * A SARIF artifact location: a relative URI reference under %SRCROOT% for a file inside `cwd`
 * (each segment percent-encoded, so `#` and `?` stay part of the name), an absolute file URI
 * otherwise (a name starting with '..' is inside).
 */
export function sarifLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, path);
  if (outside(rel)) return { uri: pathToFileURL(path).href };
  return { uri: rel.split(sep).map((segment) => encodeURIComponent(wellFormed(segment))).join('/'), uriBaseId: '%SRCROOT%' };
}

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };

export function formatText(results: readonly FileResult[], cwd: string, color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `${code}${s}${COLORS.reset}` : s);
  const out: string[] = [];
  for (const result of results) {
    // Names and document text are escaped: a newline or an ESC in them must not start a line of
    // their own (a CI workflow command) or a terminal sequence.
    const path = escapeTerminal(displayPath(result.path, cwd));
    if (result.error) out.push(`${path}  ${paint(COLORS.error, 'error')}  ${escapeTerminal(result.error)}`);
    for (const f of result.findings) {
      out.push(`${path}:${f.line}:${f.column}  ${paint(COLORS[f.severity], f.severity)}  ${escapeTerminal(f.message)}  ${paint(COLORS.dim, `[${f.ruleId}]`)}`);
    }
  }
  // The fact-pack version makes two runs' results comparable.
  out.push(`${summaryLine(results)} · fact pack ${FACT_PACK_VERSION}`);
  return out.join('\n') + '\n';
}

/** "3 problems (2 errors, 1 warning, 0 info) in 2 files; fixed 1". */
export function summaryLine(results: readonly FileResult[]): string {
  const t = totals(results);
  const fixed = results.reduce((n, r) => n + r.fixed, 0);
  const problems = t.errors + t.warnings + t.infos;
  return (
    `${problems} problem${problems === 1 ? '' : 's'} (${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}, ${t.infos} info) ` +
    `in ${t.files} file${t.files === 1 ? '' : 's'}` +
    (fixed > 0 ? `; fixed ${fixed}` : '')
  );
}

export function formatJson(results: readonly FileResult[], cwd: string): string {
  const t = totals(results);
  return (
    JSON.stringify(
      {
        version: 1,
        tool: { name: 'archnotes', version: VERSION, factPack: FACT_PACK_VERSION },
        files: results.map((r) => ({ path: displayPath(r.path, cwd), findings: r.findings, suppressed: r.suppressed, fixed: r.fixed, ...(r.error ? { error: r.error } : {}) })),
        summary: { errors: t.errors, warnings: t.warnings, infos: t.infos, files: t.files },
      },
      null,
      2,
    ) + '\n'
  );
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(results: readonly FileResult[], cwd: string): string {
  const rules = [
    ...RULES.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.description },
      fullDescription: { text: rule.rationale },
      helpUri: ruleDocsUrl(rule.id),
      defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    })),
    {
      id: UNUSED_SUPPRESSION,
      shortDescription: { text: 'An archnotes suppression comment that suppresses nothing.' },
      fullDescription: { text: 'Remove the comment, or fix its rule id.' },
      helpUri: ruleDocsUrl(UNUSED_SUPPRESSION),
      defaultConfiguration: { level: 'note' as const },
    },
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: SARIF_LEVEL[f.severity],
      ...(f.fingerprint ? { partialFingerprints: { 'archnotes/v1': f.fingerprint } } : {}),
      // The AWS source and checked date as data (a URL in the text cut the advice short in viewers).
      message: { text: f.message },
      ...(f.sources.length > 0 ? { properties: { sources: f.sources } } : {}),
      locations: [
        {
          physicalLocation: {
            artifactLocation: sarifLocation(r.path, cwd),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    })),
  );
  const invocations = [
    {
      executionSuccessful: !results.some((r) => r.error),
      toolExecutionNotifications: results
        .filter((r) => r.error)
        .map((r) => ({ level: 'error', message: { text: `${displayPath(r.path, cwd)}: ${r.error}` } })),
    },
  ];
  return (
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'archnotes',
                version: VERSION,
                semanticVersion: VERSION,
                informationUri: 'https://github.com/archnotes/archnotes',
                // Findings rest on the fact pack: its version tells two runs' results apart.
                properties: { factPack: FACT_PACK_VERSION },
                rules,
              },
            },
            originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(cwd) } },
            invocations,
            results: sarifResults,
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
}

function pathToUri(dir: string): string {
  const normal = dir.split(sep).join('/');
  return `file://${normal.startsWith('/') ? '' : '/'}${encodeURI(normal)}${normal.endsWith('/') ? '' : '/'}`;
}
