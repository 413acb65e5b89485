/**
 * Scoring of the development corpus (docs/quality.md): joins the findings of one engine run with the
 * hand labels in test/corpus/labels-*.jsonl. Pure: no file system, so it is unit-tested without the
 * cached documents (which are other people's texts and never in the repository).
 */

export type Severity = 'error' | 'warning' | 'info';

/** One finding of a run, located in a corpus document by its manifest index (lines are 1-based). */
export interface CorpusFinding {
  readonly doc: number;
  readonly line: number;
  readonly endLine: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface MistakeLabel {
  readonly doc: number;
  readonly line: number;
  readonly type: 'mistake';
  readonly class: string;
  readonly catalogue: boolean;
  readonly note: string;
}

export interface FindingLabel {
  readonly doc: number;
  readonly line: number;
  readonly type: 'finding';
  readonly rule: string;
  readonly verdict: 'right' | 'wrong';
  readonly note: string;
}

export type Label = MistakeLabel | FindingLabel;

export interface Ratio {
  readonly hits: number;
  readonly of: number;
}

export interface RuleRow {
  readonly rule: string;
  readonly findings: number;
  readonly right: number;
  readonly wrong: number;
  readonly unjudged: number;
}

export interface MistakeResult {
  readonly label: MistakeLabel;
  /** Rules of the findings that sit on the mistake's line (empty: missed). */
  readonly caughtBy: readonly string[];
}

export interface Metrics {
  readonly documents: number;
  readonly lines: number;
  readonly findings: { readonly error: number; readonly warning: number; readonly info: number };
  /** right / judged, over findings at error or warning. */
  readonly precisionErrorWarning: Ratio;
  readonly precisionInfo: Ratio;
  readonly falseAlarmsErrorWarningPer1000: number;
  readonly falseAlarmsAllPer1000: number;
  /** Documents with at least one finding at error judged wrong. */
  readonly docsWithFalseError: readonly number[];
  readonly recallInCatalogue: Ratio;
  readonly recallOutsideCatalogue: Ratio;
  /** Recall per mistake class, inside and outside the catalogue. */
  readonly recallByClass: ReadonlyArray<{ readonly class: string; readonly inside: Ratio; readonly outside: Ratio }>;
  readonly mistakes: readonly MistakeResult[];
  readonly rules: readonly RuleRow[];
  readonly unjudged: readonly CorpusFinding[];
  /** Finding labels that match no finding of this run (the engine changed, or a typo in a label). */
  readonly staleVerdicts: readonly FindingLabel[];
}

const key = (doc: number, line: number, rule: string): string => `${doc}:${line}:${rule}`;

/** The verdict for a finding: a label with the same document, first line and rule. */
export function verdictIndex(labels: readonly Label[]): Map<string, FindingLabel> {
  const index = new Map<string, FindingLabel>();
  for (const label of labels) if (label.type === 'finding') index.set(key(label.doc, label.line, label.rule), label);
  return index;
}

export function verdictOf(index: ReadonlyMap<string, FindingLabel>, finding: CorpusFinding): FindingLabel | undefined {
  return index.get(key(finding.doc, finding.line, finding.rule));
}

/**
 * Scores one run. `docLines` maps every document that was analysed to its line count; labels and
 * findings of other documents are left out, so a partial cache gives figures for what it holds.
 */
export function score(findings: readonly CorpusFinding[], labels: readonly Label[], docLines: ReadonlyMap<number, number>): Metrics {
  const inRun = findings.filter((f) => docLines.has(f.doc));
  const usable = labels.filter((l) => docLines.has(l.doc));
  const verdicts = verdictIndex(usable);
  const used = new Set<FindingLabel>();
  const counts = { error: 0, warning: 0, info: 0 };
  const ew = { hits: 0, of: 0 };
  const info = { hits: 0, of: 0 };
  let wrongEW = 0;
  let wrongAll = 0;
  const falseErrorDocs = new Set<number>();
  const rules = new Map<string, { findings: number; right: number; wrong: number; unjudged: number }>();
  const unjudged: CorpusFinding[] = [];
  for (const finding of inRun) {
    counts[finding.severity] += 1;
    const row = rules.get(finding.rule) ?? { findings: 0, right: 0, wrong: 0, unjudged: 0 };
    rules.set(finding.rule, row);
    row.findings += 1;
    const verdict = verdictOf(verdicts, finding);
    if (!verdict) {
      row.unjudged += 1;
      unjudged.push(finding);
      continue;
    }
    used.add(verdict);
    const right = verdict.verdict === 'right';
    if (right) row.right += 1;
    else row.wrong += 1;
    const bucket = finding.severity === 'info' ? info : ew;
    bucket.of += 1;
    if (right) bucket.hits += 1;
    else {
      wrongAll += 1;
      if (finding.severity !== 'info') wrongEW += 1;
      if (finding.severity === 'error') falseErrorDocs.add(finding.doc);
    }
  }
  const mistakes: MistakeResult[] = [];
  const inCat = { hits: 0, of: 0 };
  const outCat = { hits: 0, of: 0 };
  for (const label of usable) {
    if (label.type !== 'mistake') continue;
    const caughtBy = [...new Set(inRun.filter((f) => f.doc === label.doc && f.line <= label.line && label.line <= f.endLine).map((f) => f.rule))];
    mistakes.push({ label, caughtBy });
    const bucket = label.catalogue ? inCat : outCat;
    bucket.of += 1;
    if (caughtBy.length > 0) bucket.hits += 1;
  }
  const classes = new Map<string, { inside: { hits: number; of: number }; outside: { hits: number; of: number } }>();
  for (const { label, caughtBy } of mistakes) {
    const row = classes.get(label.class) ?? { inside: { hits: 0, of: 0 }, outside: { hits: 0, of: 0 } };
    classes.set(label.class, row);
    const bucket = label.catalogue ? row.inside : row.outside;
    bucket.of += 1;
    if (caughtBy.length > 0) bucket.hits += 1;
  }
  const lines = [...docLines.values()].reduce((a, b) => a + b, 0);
  const per1000 = (n: number): number => (lines === 0 ? 0 : (n * 1000) / lines);
  return {
    documents: docLines.size,
    lines,
    findings: counts,
    precisionErrorWarning: ew,
    precisionInfo: info,
    falseAlarmsErrorWarningPer1000: per1000(wrongEW),
    falseAlarmsAllPer1000: per1000(wrongAll),
    docsWithFalseError: [...falseErrorDocs].sort((a, b) => a - b),
    recallInCatalogue: inCat,
    recallOutsideCatalogue: outCat,
    recallByClass: [...classes.entries()].map(([c, r]) => ({ class: c, ...r })).sort((a, b) => b.inside.of + b.outside.of - (a.inside.of + a.outside.of) || a.class.localeCompare(b.class)),
    mistakes,
    rules: [...rules.entries()].map(([rule, r]) => ({ rule, ...r })).sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule)),
    unjudged,
    staleVerdicts: usable.filter((l): l is FindingLabel => l.type === 'finding' && !used.has(l)),
  };
}

/** Parses one JSON Lines label file; returns the labels and a message per bad line (never throws). */
export function parseLabels(text: string, file: string): { labels: Label[]; problems: string[] } {
  const labels: Label[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${where}: not JSON`);
      return;
    }
    const problem = labelProblem(value);
    if (problem) problems.push(`${where}: ${problem}`);
    else labels.push(value as Label);
  });
  return { labels, problems };
}

function labelProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const v = value as Record<string, unknown>;
  if (!Number.isInteger(v['doc']) || (v['doc'] as number) < 0) return '"doc" must be a manifest index';
  if (!Number.isInteger(v['line']) || (v['line'] as number) < 1) return '"line" must be a 1-based line number';
  if (typeof v['note'] !== 'string' || v['note'] === '') return '"note" is required';
  if (v['type'] === 'mistake') {
    if (!['limit', 'claim', 'lifecycle', 'cidr', 'port', 'other'].includes(v['class'] as string)) return 'bad "class"';
    if (typeof v['catalogue'] !== 'boolean') return '"catalogue" must be true or false';
    return undefined;
  }
  if (v['type'] === 'finding') {
    if (typeof v['rule'] !== 'string' || v['rule'] === '') return '"rule" is required';
    if (v['verdict'] !== 'right' && v['verdict'] !== 'wrong') return '"verdict" must be right or wrong';
    return undefined;
  }
  return '"type" must be mistake or finding';
}

export interface SnapshotFinding {
  readonly doc: number;
  readonly line: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface RuleDiff {
  readonly rule: string;
  readonly before: number;
  readonly after: number;
  readonly added: readonly SnapshotFinding[];
  readonly removed: readonly SnapshotFinding[];
}

/**
 * Rule-by-rule difference between two runs. Findings are matched by document, line, rule and
 * severity (a severity change shows as one removed and one added); messages may change freely.
 */
export function diffRuns(before: readonly SnapshotFinding[], after: readonly SnapshotFinding[]): RuleDiff[] {
  const id = (f: SnapshotFinding): string => `${f.doc}:${f.line}:${f.rule}:${f.severity}`;
  const count = (list: readonly SnapshotFinding[]): Map<string, SnapshotFinding[]> => {
    const m = new Map<string, SnapshotFinding[]>();
    for (const f of list) m.set(id(f), [...(m.get(id(f)) ?? []), f]);
    return m;
  };
  const b = count(before);
  const a = count(after);
  const rules = new Set([...before, ...after].map((f) => f.rule));
  const out: RuleDiff[] = [];
  for (const rule of [...rules].sort()) {
    const added: SnapshotFinding[] = [];
    const removed: SnapshotFinding[] = [];
    for (const [k, list] of a) if (list[0]!.rule === rule) added.push(...list.slice(b.get(k)?.length ?? 0));
    for (const [k, list] of b) if (list[0]!.rule === rule) removed.push(...list.slice(a.get(k)?.length ?? 0));
    const n = (list: readonly SnapshotFinding[]): number => list.filter((f) => f.rule === rule).length;
    out.push({ rule, before: n(before), after: n(after), added, removed });
  }
  return out;
}

export const percent = (r: Ratio): string => (r.of === 0 ? 'n/a' : `${((100 * r.hits) / r.of).toFixed(0)} % (${r.hits}/${r.of})`);
