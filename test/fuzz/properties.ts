/**
 * The engine's invariants, checked on any text. Each check throws an Error naming what broke, so
 * fast-check can shrink the input to a small counterexample.
 *
 * - analysis never throws (also with rule levels from settings);
 * - every range (findings, fixes, related ranges, directives, blocks, contexts, mentions, hovers,
 *   completions) lies inside the document, on UTF-16 boundaries (no split surrogate pair) and not
 *   between the \r and \n of a CRLF;
 * - LineIndex agrees with vscode-languageserver-textdocument (the LSP reference) both ways;
 * - hover markdown carries no link, image or HTML taken from the document;
 * - applying all safe fixes changes the text only inside the fixed ranges, the fixed findings are
 *   gone on re-analysis, and fixing again changes nothing (idempotent); every single fix, safe or
 *   not, removes its own finding.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, type Analysis, type RuleSettings } from '../../server/src/engine/analyze';
import { completeCidr, completeServices } from '../../server/src/engine/features/completion';
import type { Edit, Finding } from '../../server/src/engine/findings';
import { applyEdits, safeEdits } from '../../server/src/engine/features/fixes';
import { hoverAt } from '../../server/src/engine/features/hover';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';
import { LineIndex, splitsSurrogate } from '../../server/src/engine/util/text';
import { formatCodeQuality, githubSummary, formatGithub } from '../../server/src/cli/ci-report';
import { formatJson, formatSarif, formatText, toJsonFinding, type FileResult } from '../../server/src/cli/report';

export class PropertyError extends Error {}

function fail(message: string): never {
  throw new PropertyError(message);
}

function splitsCrlf(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

export function checkSpan(text: string, start: number, end: number, what: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${what}: non-integer range ${start}..${end}`);
  if (start < 0 || end > text.length || start > end) fail(`${what}: range ${start}..${end} outside 0..${text.length}`);
  for (const at of [start, end]) {
    if (splitsSurrogate(text, at)) fail(`${what}: offset ${at} splits a surrogate pair`);
    if (splitsCrlf(text, at)) fail(`${what}: offset ${at} splits a CRLF`);
  }
}

function checkFinding(text: string, f: Finding, where: string): void {
  const what = `${where} ${f.ruleId} ${f.start}..${f.end}`;
  checkSpan(text, f.start, f.end, what);
  if (typeof f.message !== 'string' || f.message.length === 0) fail(`${what}: empty message`);
  for (const r of f.related ?? []) checkSpan(text, r.start, r.end, `${what} related`);
  for (const fix of f.fixes) {
    for (const e of fix.edits) checkSpan(text, e.start, e.end, `${what} fix "${fix.title}"`);
    const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) if ((sorted[i]?.start ?? 0) < (sorted[i - 1]?.end ?? 0)) fail(`${what} fix "${fix.title}": overlapping edits`);
  }
}

/** Markdown that renders no link, image, autolink or HTML: only our vetted https links may appear. */
export function checkInertMarkdown(markdown: string, what: string): void {
  const withoutSafeLinks = markdown.replace(/\[[^\]]*\]\(https:\/\/(?:[\w-]+\.)*(?:amazon\.com|amazonaws\.com|github\.com)\/[\w\-./#%?=&~+]*\)/g, '');
  if (/(?<!\\)\]\(/.test(withoutSafeLinks)) fail(`${what}: link syntax in ${JSON.stringify(markdown.slice(0, 300))}`);
  if (/(?<!\\)\]\[/.test(withoutSafeLinks)) fail(`${what}: reference link in hover markdown`);
  if (/(?<!\\)!\[/.test(withoutSafeLinks)) fail(`${what}: image syntax in hover markdown`);
  if (/<[A-Za-z!/?]/.test(withoutSafeLinks)) fail(`${what}: HTML in hover markdown`);
  if (/(?<!\\)(?:command|javascript|data|vbscript|file|https?):/i.test(withoutSafeLinks)) fail(`${what}: live scheme in hover markdown`);
  if (/(?:^|[\s(*_~])www\.[a-z]/i.test(withoutSafeLinks)) fail(`${what}: www autolink in hover markdown`);
  if (/[\w.+-](?<!\\)@[\w-]+\.[a-z]/i.test(withoutSafeLinks)) fail(`${what}: e-mail autolink in hover markdown`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/.test(markdown)) fail(`${what}: control or bidi character in hover markdown`);
}

/** LineIndex against the LSP reference implementation, for the given offsets and positions. */
export function checkLineIndex(text: string, lines: LineIndex, probes: readonly number[]): void {
  const reference = TextDocument.create('untitled:x', 'markdown', 1, text);
  for (const probe of probes) {
    const offset = Math.max(0, Math.min(probe, text.length));
    const ours = lines.positionAt(offset);
    const theirs = reference.positionAt(offset);
    if (ours.line !== theirs.line || ours.character !== theirs.character) fail(`positionAt(${offset}) = ${JSON.stringify(ours)}, LSP reference ${JSON.stringify(theirs)}`);
    if (!splitsCrlf(text, offset) && lines.offsetAt(ours) !== offset) fail(`offsetAt(positionAt(${offset})) = ${lines.offsetAt(ours)}`);
    for (const position of [ours, { line: ours.line, character: ours.character + 1 + (probe % 7) }, { line: ours.line + (probe % 3), character: probe % 200 }, { line: -1, character: 5 }, { line: ours.line, character: -3 }]) {
      const a = lines.offsetAt(position);
      const b = reference.offsetAt(position);
      if (a !== b) fail(`offsetAt(${JSON.stringify(position)}) = ${a}, LSP reference ${b}`);
    }
  }
  const last = lines.lineCount - 1;
  if (lines.offsetAt({ line: last + 5, character: 0 }) !== text.length) fail('offsetAt past the last line must be the document end');
}

const MAX_PROBES = 48;

/** Offsets worth probing: every range boundary plus a spread of others. */
function probeOffsets(analysis: Analysis, extra: readonly number[]): number[] {
  const set = new Set<number>(extra.map((n) => n % (analysis.text.length + 1)));
  for (const f of analysis.findings) [f.start, f.end, (f.start + f.end) >> 1].forEach((n) => set.add(n));
  for (const b of analysis.blocks) for (const c of b.contexts) for (const m of [...c.cidrs, ...c.services, ...c.ports]) [m.start, m.end, m.start + 1].forEach((n) => set.add(n));
  set.add(0);
  set.add(analysis.text.length);
  // An offset between \r and \n is no position an LSP client can send (offsetAt never yields one).
  const all = [...set].filter((n) => n >= 0 && n <= analysis.text.length && !splitsCrlf(analysis.text, n));
  // Bounded work per case: every boundary of small documents, an even spread of big ones.
  if (all.length <= MAX_PROBES) return all;
  const step = all.length / MAX_PROBES;
  return Array.from({ length: MAX_PROBES }, (_, i) => all[Math.floor(i * step)] ?? 0);
}

export function checkRanges(analysis: Analysis): void {
  const { text } = analysis;
  for (const f of analysis.findings) checkFinding(text, f, 'finding');
  for (const f of analysis.suppressed) checkFinding(text, f, 'suppressed');
  for (const d of analysis.unusedDirectives) checkSpan(text, d.start, d.end, `directive ${d.kind}`);
  let previousEnd = -1;
  for (const block of analysis.blocks) {
    checkSpan(text, block.start, block.end, 'block');
    if (block.start < previousEnd) fail(`blocks overlap or are unsorted at ${block.start}`);
    previousEnd = block.end;
    for (const f of block.findings) checkFinding(text, f, 'block finding');
    for (const d of block.directives) checkSpan(text, d.start, d.end, `directive ${d.kind}`);
    for (const c of block.contexts) {
      checkSpan(text, c.start, c.end, `${c.kind} context`);
      if (c.start < block.start || c.end > block.end) fail(`${c.kind} context ${c.start}..${c.end} outside its block ${block.start}..${block.end}`);
      if (text.slice(c.start, c.end) !== c.text) fail(`${c.kind} context text differs from the document at ${c.start}..${c.end}`);
      for (const cell of [...(c.cells ?? []), ...(c.header ?? [])]) {
        checkSpan(text, cell.start, cell.end, 'table cell');
        if (text.slice(cell.start, cell.end) !== cell.text) fail(`table cell text differs from the document at ${cell.start}`);
      }
      for (const m of c.cidrs) {
        checkSpan(text, m.start, m.end, 'cidr');
        if (text.slice(m.start, m.end) !== m.text) fail(`cidr text differs from the document at ${m.start}`);
      }
      for (const m of c.services) checkSpan(text, m.start, m.end, `service ${m.serviceId}`);
      for (const m of c.ports) checkSpan(text, m.start, m.end, 'port');
      for (const m of c.quantities) checkSpan(text, m.start, m.end, 'quantity');
      for (const m of c.services) if (m.start < c.start || m.end > c.end) fail(`service mention ${m.start}..${m.end} outside its context`);
    }
  }
}

export function checkHoversAndCompletions(analysis: Analysis, extra: readonly number[]): void {
  const { text } = analysis;
  for (const offset of probeOffsets(analysis, extra)) {
    const hover = hoverAt(analysis, offset);
    if (hover) {
      checkSpan(text, hover.start, hover.end, `hover at ${offset}`);
      if (offset < hover.start || offset > hover.end) fail(`hover at ${offset} covers ${hover.start}..${hover.end}, not the offset`);
      checkInertMarkdown(hover.markdown, `hover at ${offset}`);
    }
    for (const c of [...completeCidr(analysis.model, text, offset), ...completeServices(text, offset)]) {
      checkSpan(text, c.start, c.end, `completion ${c.label} at ${offset}`);
      if (c.end !== offset) fail(`completion ${c.label} at ${offset} replaces ${c.start}..${c.end}`);
    }
  }
}

/**
 * The fixed finding, still there: same rule, overlapping the fixed range, and the same message or
 * exactly the same range. (A fix may reveal a different claim of the same rule in the same sentence;
 * that is a new finding, not the old one surviving.)
 */
function sameFindingAt(findings: readonly Finding[], old: Finding, start: number, end: number): Finding | undefined {
  return findings.find((f) => f.ruleId === old.ruleId && f.start < end && f.end > start && (f.message === old.message || (f.start === start && f.end === end)));
}

/** Where [start, end) of the old text lies after `edits` (non-overlapping, sorted). */
function mapRange(edits: readonly Edit[], start: number, end: number): { start: number; end: number } {
  let shift = 0;
  let newStart = start;
  let newEnd = end;
  for (const e of edits) {
    if (e.end <= start) shift += e.newText.length - (e.end - e.start);
    else if (e.start >= end) break;
    else {
      // The edit touches the range: the range becomes the edit's replacement span plus what remains.
      newStart = Math.min(start, e.start);
      newEnd = Math.max(end, e.end) + (e.newText.length - (e.end - e.start));
    }
  }
  return { start: newStart + shift, end: newEnd + shift };
}

export interface FixReport {
  readonly safeEdits: number;
  readonly singleFixes: number;
}

export function checkFixes(analysis: Analysis, options: { rules?: RuleSettings }, singleFixLimit = 2): FixReport {
  const { text } = analysis;
  const edits = safeEdits(analysis.findings);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if ((sorted[i]?.start ?? 0) < (sorted[i - 1]?.end ?? 0)) fail('safeEdits returned overlapping edits');
  let singleFixes = 0;
  if (edits.length > 0) {
    const fixed = applyEdits(text, edits);
    // Outside the edits the text is untouched.
    let at = 0;
    let out = 0;
    for (const e of sorted) {
      const keep = text.slice(at, e.start);
      if (fixed.slice(out, out + keep.length) !== keep) fail(`text outside the fixes changed before ${e.start}`);
      out += keep.length;
      if (fixed.slice(out, out + e.newText.length) !== e.newText) fail(`fix text not at ${e.start}`);
      out += e.newText.length;
      at = e.end;
    }
    if (fixed.slice(out) !== text.slice(at)) fail('text after the last fix changed');
    const again = analyzeText(fixed, options);
    checkRanges(again);
    // The fixed findings are gone: no finding of the same rule overlaps a fixed range.
    for (const finding of analysis.findings) {
      const fix = finding.fixes.find((f) => f.safe);
      if (!fix || !fix.edits.every((e) => sorted.includes(e))) continue;
      const { start, end } = mapRange(sorted, finding.start, finding.end);
      const still = sameFindingAt(again.findings, finding, start, end);
      if (still) fail(`after fix-all, ${finding.ruleId} at ${finding.start}..${finding.end} ("${text.slice(finding.start, finding.end)}") is still reported: ${still.message}`);
    }
    const twice = applyEdits(fixed, safeEdits(again.findings));
    if (twice !== fixed) fail(`fix-all is not idempotent: a second pass changes ${JSON.stringify(safeEdits(again.findings).slice(0, 3))}`);
  }
  // Every single fix, safe or not, on its own removes its own finding and stays inside the document.
  for (const finding of analysis.findings) {
    for (const fix of finding.fixes) {
      // Safe fixes were checked by fix-all above; here the others, a few per case (each costs an analysis).
      if (fix.safe && fix.edits.every((e) => sorted.includes(e))) continue;
      if (singleFixes >= singleFixLimit) break;
      singleFixes++;
      const fixEdits = [...fix.edits].sort((a, b) => a.start - b.start);
      const fixed = applyEdits(text, fixEdits);
      const again = analyzeText(fixed, options);
      const { start, end } = mapRange(fixEdits, finding.start, finding.end);
      const still = sameFindingAt(again.findings, finding, start, end);
      if (still) fail(`fix "${fix.title}" for ${finding.ruleId} at ${finding.start}..${finding.end} leaves ${still.ruleId} at ${still.start}..${still.end}: ${still.message}`);
    }
  }
  return { safeEdits: edits.length, singleFixes };
}

export interface CaseOptions {
  readonly rules?: RuleSettings;
  /** Extra offsets to probe hovers and positions at. */
  readonly probes?: readonly number[];
  /** Skip the fix re-analysis (for huge inputs). */
  readonly skipFixes?: boolean;
}

export interface CaseReport {
  readonly findings: number;
  readonly safeEdits: number;
}

/** All engine properties on one text. */
export function checkEngineCase(text: string, options: CaseOptions = {}): CaseReport {
  let analysis: Analysis;
  try {
    analysis = analyzeText(text, { rules: options.rules });
  } catch (error) {
    fail(`analyzeText threw: ${(error as Error).stack ?? String(error)}`);
  }
  if (analysis.text !== text) fail('analysis.text is not the input');
  checkRanges(analysis);
  const probes = options.probes ?? [];
  checkLineIndex(text, analysis.lines, probeOffsets(analysis, probes));
  checkHoversAndCompletions(analysis, probes);
  for (const f of analysis.findings) {
    if (/\]\(|<[a-z!/]|!\[/i.test(f.message)) fail(`diagnostic message carries markup: ${f.message}`);
    if (options.rules?.[f.ruleId] === 'off') fail(`${f.ruleId} is off but reported`);
  }
  const fixes = options.skipFixes ? { safeEdits: 0 } : checkFixes(analysis, { rules: options.rules });
  return { findings: analysis.findings.length, safeEdits: fixes.safeEdits };
}

/** What must agree between two analyses of the same text. */
function comparable(analysis: Analysis): string {
  const finding = (f: Finding): unknown => [f.ruleId, f.severity, f.message, f.start, f.end, f.fixes, f.related ?? null];
  return JSON.stringify({
    findings: analysis.findings.map(finding),
    suppressed: analysis.suppressed.map(finding),
    unused: analysis.unusedDirectives.map((d) => [d.kind, d.start, d.end]),
    blocks: analysis.blocks.map((b) => [b.start, b.end, b.contexts.map((c) => [c.kind, c.start, c.end])]),
  });
}

export interface RandomEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/**
 * Incremental analysis (IncrementalAnalyzer, small slices so slicing is exercised) after a sequence
 * of edits equals a whole-document analysis of the final text, after every edit.
 */
export function checkIncremental(text: string, edits: readonly RandomEdit[], chunkChars: number, options: { rules?: RuleSettings } = {}): void {
  const analyzer = new IncrementalAnalyzer(text, options, chunkChars);
  if (comparable(analyzer.analysis) !== comparable(analyzeText(text, options))) fail(`cold chunked analysis (chunk ${chunkChars}) differs from analyzeText`);
  let current = text;
  for (const [i, edit] of edits.entries()) {
    const start = edit.at % (current.length + 1);
    const end = Math.min(current.length, start + edit.remove);
    const next = current.slice(0, start) + edit.insert + current.slice(end);
    const incremental = i % 2 === 0 ? analyzer.applyChanges([{ start, end, text: edit.insert }]) : analyzer.update(next);
    current = next;
    const full = analyzeText(current, options);
    if (incremental.text !== current) fail(`edit ${i}: incremental text differs`);
    const a = comparable(incremental);
    const b = comparable(full);
    if (a !== b) {
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      fail(`edit ${i} (${start}..${end} → ${JSON.stringify(edit.insert)}): incremental differs from full analysis near ${JSON.stringify(a.slice(Math.max(0, k - 80), k + 120))} vs ${JSON.stringify(b.slice(Math.max(0, k - 80), k + 120))}`);
    }
  }
}

// Characters that must never reach a terminal or a CI log raw: C0 (but tab and the line feeds the
// format itself writes), DEL, C1, bidi controls and the Unicode line separators.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * A file with a hostile name (control characters, bidi, `::error` lines, `#`/`?`, `..`, lone
 * surrogates, 4,000 characters) through every CLI output format: no format throws; the text and
 * GitHub formats carry no raw control or bidi character and write exactly one line per finding and
 * file error plus the summary (a newline in the name starts no `::` command of its own); JSON,
 * SARIF and Code Quality parse, keep the name in their own escaping, and SARIF URIs carry no raw
 * `#` or `?` and no `..` segment.
 */
export function checkReportCase(name: string, text: string): void {
  const cwd = '/work/notes';
  const path = `${cwd}/${name}`;
  const analysis = analyzeText(text);
  const findings = analysis.findings.slice(0, 20).map((f) => toJsonFinding(analysis.lines, f));
  const results: FileResult[] = [
    { path, findings, suppressed: 0, fixed: 0 },
    { path: `${cwd}/sub/${name}`, findings: [], suppressed: 0, fixed: 0, error: `cannot read ${name}`, failure: 'unreadable' },
  ];
  const lineCount = (out: string): number => out.split('\n').length - 1;
  for (const [format, out] of [['text', formatText(results, cwd, false)], ['text (colour)', formatText(results, cwd, true).replace(/\u001b\[\d+m/g, '')], ['github', formatGithub(results, cwd)]] as const) {
    // A GitHub command's file= property must stay the real name for the annotation to link to the
    // file (GitHub decodes only %25 %0D %0A %3A %2C), so only its message part is checked there.
    const checked = format === 'github' ? out.split('\n').map((l) => (l.startsWith('::') ? l.slice(l.indexOf('::', 2)) : l)).join('\n') : out;
    const raw = RAW_CONTROL.exec(checked);
    if (raw) fail(`${format}: raw U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} in the output for name ${JSON.stringify(name)}`);
    if (format === 'github') {
      const commands = out.split('\n').filter((l) => l.startsWith('::'));
      if (commands.length !== findings.length + 1) fail(`github: ${commands.length} command lines for ${findings.length} findings and one error (name ${JSON.stringify(name)})`);
      if (lineCount(out) !== findings.length + 2) fail(`github: ${lineCount(out)} lines, expected ${findings.length + 2}`);
    }
  }
  for (const [format, out] of [['json', formatJson(results, cwd)], ['sarif', formatSarif(results, cwd)], ['codequality', formatCodeQuality(results, cwd)], ['summary', JSON.stringify(githubSummary(results, cwd))]] as const) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(out);
    } catch (error) {
      fail(`${format}: not JSON for name ${JSON.stringify(name)} (${(error as Error).message})`);
    }
    if (format === 'sarif') {
      const uris = JSON.stringify(parsed).match(/"uri":"[^"]*"/g) ?? [];
      for (const uri of uris) {
        if (!uri.includes('file:') && /[#?]/.test(uri)) fail(`sarif: raw # or ? in ${uri}`);
        if (/(?:^"uri":"|\/)\.\.(?:\/|")/.test(uri)) fail(`sarif: a '..' segment in ${uri}`);
      }
    }
  }
  const summary = githubSummary(results, cwd);
  const rawSummary = RAW_CONTROL.exec(summary);
  if (rawSummary) fail(`github summary: raw U+${rawSummary[0].charCodeAt(0).toString(16)} for name ${JSON.stringify(name)}`);
}
