/**
 * Static ReDoS check (issue 16): every regular expression in server/src is analysed by scslre, the
 * analyser behind eslint-plugin-regexp's `no-super-linear-backtracking` and `no-super-linear-move`.
 * It reports three causes of super-linear matching time: two quantifiers trading characters
 * ("Trade", e.g. `\s*\s*x`), a quantifier nested in a repeated group ("Self", e.g. `(a+)+`), and an
 * unanchored quantifier that every start position re-scans ("Move", e.g. `\d+x` on a run of digits).
 *
 * Literals come from the TypeScript AST; patterns built with `new RegExp` are recorded at run time by
 * `record-regexps.ts` in a child process, so the check sees what the engine really compiles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as scslre from 'scslre';
import type { Report } from 'scslre';
import ts from 'typescript';

// scslre spells its entry point the British way; this repository's identifiers say "analyze".
const { ['analyse']: analyzeLiteral } = scslre;

export interface PatternSite {
  /** Where the pattern was found: `path:line` for a literal, `new RegExp` for a constructed one. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

export interface SuperLinear extends PatternSite {
  /** One line per cause: its kind, the quantifiers involved and the character to repeat. */
  readonly causes: readonly string[];
}

/** The regular expression literals of one TypeScript source, with their lines. */
export function regexLiterals(fileName: string, text: string): PatternSite[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: PatternSite[] = [];
  const stack: ts.Node[] = [file];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const slash = literal.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ where: `${fileName}:${line}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    }
    stack.push(...node.getChildren(file));
  }
  return found;
}

/** Every `.ts` file under `root`, as paths relative to `base`. */
export function sourceFiles(root: string, base: string): string[] {
  const files: string[] = [];
  const stack = [root];
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (name.endsWith('.ts')) files.push(relative(base, path));
    }
  }
  return files.sort();
}

/** The literals of every source file under `root`. */
export function literalsUnder(root: string, base: string): PatternSite[] {
  return sourceFiles(root, base).flatMap((file) => regexLiterals(file, readFileSync(join(base, file), 'utf8')));
}

function describe(report: Report): string {
  const char = JSON.stringify(report.character.pick);
  const degree = report.exponential ? 'exponential' : 'polynomial';
  switch (report.type) {
    case 'Trade':
      return `${degree} backtracking between ${report.startQuant.raw} and ${report.endQuant.raw} on a run of ${char}`;
    case 'Self':
      return `${degree} backtracking of ${report.quant.raw} inside ${report.parentQuant.raw} on a run of ${char}`;
    case 'Move':
      return `quadratic move: ${report.quant.raw} re-scanned from every start in a run of ${char}`;
  }
}

/** The causes of super-linear time in each pattern, for the patterns that have any. */
export function superLinear(sites: readonly PatternSite[]): SuperLinear[] {
  const found: SuperLinear[] = [];
  for (const site of sites) {
    const { reports } = analyzeLiteral({ source: site.source, flags: site.flags });
    if (reports.length > 0) found.push({ ...site, causes: [...new Set(reports.map(describe))] });
  }
  return found;
}
