/** What rules report: plain data with offsets, turned into LSP diagnostics or CLI lines by adapters. */

export type Severity = 'error' | 'warning' | 'info';

/** One text replacement; fixes are data so "fix one", "fix all" and `--fix` share one code path. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  /** Shown as the quick fix title, e.g. "Use 10.0.0.0/16". */
  readonly title: string;
  readonly edits: readonly Edit[];
  /** Safe fixes are applied by fix-all and `archnotes check --fix`; others only on request. */
  readonly safe: boolean;
}

export interface Related {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly fixes: readonly Fix[];
  /** Fact ids the finding rests on; their sources are shown with it. */
  readonly factIds: readonly string[];
  readonly related?: readonly Related[];
  /** An outdated-figure finding: the year AWS changed the figure (a document dated before it was right then). */
  readonly changedIn?: number;
}
