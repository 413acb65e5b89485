/**
 * CI formats: GitHub Actions workflow-command annotations (plus a Markdown step summary, since
 * GitHub shows only the first few annotations of each kind per step) and the GitLab Code Quality
 * report. Every piece of document or path text is escaped (escape.ts): a file name or a flagged
 * line must never become a workflow command of its own.
 */
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { Severity } from '../engine';
import { ruleDocsUrl } from '../engine';
import { escapeCommandData, escapeCommandProperty, escapeMarkdownCell, escapeTerminal, stripControls } from './escape';
import { displayPath, summaryLine, totals, type FileResult } from './report';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** One `::error file=…,line=…::message` line per finding, then the summary line. */
export function formatGithub(results: readonly FileResult[], cwd: string): string {
  const out: string[] = [];
  for (const result of results) {
    const file = escapeCommandProperty(displayPath(result.path, cwd));
    if (result.error) out.push(`::error file=${file},title=${escapeCommandProperty('archnotes')}::${escapeCommandData(escapeTerminal(result.error))}`);
    for (const f of result.findings) {
      const props = [`file=${file}`, `line=${f.line}`, `endLine=${f.endLine}`, `col=${f.column}`, `endColumn=${f.endColumn}`, `title=${escapeCommandProperty(`archnotes ${f.ruleId}`)}`];
      const source = f.sources[0] ? ` (source: ${f.sources[0].url})` : '';
      out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeCommandData(escapeTerminal(f.message + source))}`);
    }
  }
  out.push(escapeCommandData(summaryLine(results)));
  return out.join('\n') + '\n';
}

/** Rows past this go uncounted in the table (a step summary is capped at 1 MiB). */
const SUMMARY_ROWS = 500;

export interface GithubContext {
  readonly serverUrl?: string;
  readonly repository?: string;
  readonly sha?: string;
  readonly workspace?: string;
}

export function githubContext(env: NodeJS.ProcessEnv = process.env): GithubContext {
  return { serverUrl: env['GITHUB_SERVER_URL'], repository: env['GITHUB_REPOSITORY'], sha: env['GITHUB_SHA'], workspace: env['GITHUB_WORKSPACE'] };
}

/** The Markdown for `$GITHUB_STEP_SUMMARY`: totals and a table of findings, linked to the commit when known. */
export function githubSummary(results: readonly FileResult[], cwd: string, context: GithubContext = {}): string {
  const t = totals(results);
  const out = ['## archnotes', '', escapeMarkdownCell(summaryLine(results)), ''];
  const rows: string[] = [];
  let more = 0;
  for (const result of results) {
    const shown = displayPath(result.path, cwd);
    const inRepo = context.workspace ? relative(context.workspace, result.path).split(sep).join('/') : shown;
    const link = (line: number): string | undefined =>
      context.serverUrl && context.repository && context.sha && !inRepo.startsWith('../')
        ? `${context.serverUrl}/${context.repository}/blob/${context.sha}/${inRepo.split('/').map(encodeURIComponent).join('/')}#L${line}`
        : undefined;
    const cell = (line: number): string => {
      const text = `${escapeMarkdownCell(shown)}:${line}`;
      const url = link(line);
      return url ? `[${text}](${url})` : text;
    };
    if (result.error) rows.push(`| error | ${escapeMarkdownCell(shown)} | archnotes | ${escapeMarkdownCell(result.error)} |`);
    for (const f of result.findings) {
      if (rows.length >= SUMMARY_ROWS) {
        more++;
        continue;
      }
      rows.push(`| ${f.severity} | ${cell(f.line)} | [${escapeMarkdownCell(f.ruleId)}](${ruleDocsUrl(f.ruleId)}) | ${escapeMarkdownCell(f.message)} |`);
    }
  }
  if (rows.length > 0) out.push('| Severity | Where | Rule | Message |', '| --- | --- | --- | --- |', ...rows, '');
  if (more > 0) out.push(`…and ${more} more (see the annotations or the log).`, '');
  if (t.errors + t.warnings + t.infos === 0 && rows.length === 0) out.push('No problems found.', '');
  return out.join('\n');
}

const CODEQUALITY_SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

/** GitLab Code Quality: a JSON array of issues; the fingerprint adds the path to the finding's own. */
export function formatCodeQuality(results: readonly FileResult[], cwd: string): string {
  const issues = results.flatMap((result) => {
    const path = displayPath(result.path, cwd);
    return result.findings.map((f) => ({
      type: 'issue',
      check_name: f.ruleId,
      description: stripControls(f.message),
      severity: CODEQUALITY_SEVERITY[f.severity],
      fingerprint: createHash('sha256')
        .update(`${f.fingerprint ?? `${f.ruleId}:${f.line}:${f.column}`}\u0000${path}`)
        .digest('hex')
        .slice(0, 32),
      location: { path, lines: { begin: f.line, end: f.endLine } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
