/**
 * The layers of docs/architecture.md, held by a test over the import graph of `server/src` (read
 * with the TypeScript compiler, so comments and strings that look like imports do not count):
 * - nothing in `server/src` imports the VS Code API (`vscode`): only `client/` does;
 * - the engine imports no `vscode*` package (that includes the LSP libraries), no Node built-in,
 *   nothing from `lsp/` or `cli/`;
 * - `lsp/` and `cli/` do not import each other (code both need lives in a shared module);
 * - `facts/` imports nothing from the engine;
 * - no runtime import cycle (type-only imports are erased and do not count);
 * - every folder of `server/src` has its paragraph in the code map;
 * - identifiers and file names spell analyze and normalize one way (with z, as most of the code
 *   did); user-facing text keeps the README's British spelling.
 * The checker is a pure function over a graph, and the first tests run it on in-memory graphs and
 * sources to show that each rule fails when a forbidden import is added.
 */
import { strict as assert } from 'node:assert';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const SRC = 'server/src';

export interface Import {
  /** A repository-relative path with '/' for a relative import, else the bare specifier. */
  readonly target: string;
  /** Erased at runtime: `import type`, `export type … from`, or only `type` specifiers. */
  readonly typeOnly: boolean;
}

/** Module path (repository-relative, '/'-separated) → its imports. */
export type ImportGraph = ReadonlyMap<string, readonly Import[]>;

/** The imports of one source file; `resolveRelative` turns './x' into the imported file's path. */
export function importsOf(source: string, file: string, resolveRelative: (from: string, specifier: string) => string): Import[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (specifier: string, typeOnly: boolean): void => {
    out.push({ target: specifier.startsWith('.') ? resolveRelative(file, specifier) : specifier, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypeSpecifiers =
        clause !== undefined && clause.name === undefined && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, clause?.isTypeOnly === true || onlyTypeSpecifiers);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause;
      const onlyTypeSpecifiers = named !== undefined && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, node.isTypeOnly || onlyTypeSpecifiers);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0] as ts.Node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) add((node.arguments[0] as ts.StringLiteral).text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Which layer a module belongs to, by folder. */
function layerOf(path: string): 'engine' | 'facts' | 'lsp' | 'cli' | undefined {
  const m = /^server\/src\/(engine|facts|lsp|cli)\//.exec(path);
  return m ? (m[1] as 'engine' | 'facts' | 'lsp' | 'cli') : undefined;
}

const NODE_BUILTINS = new Set(builtinModules);

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0] ?? '');
}

/** Every broken layer rule in `graph`, one line each ("from → to: why"); empty when the layers hold. */
export function layerViolations(graph: ImportGraph): string[] {
  const out: string[] = [];
  for (const [from, imports] of graph) {
    const layer = layerOf(from);
    for (const { target } of imports) {
      const to = layerOf(target);
      const bad = (why: string): void => void out.push(`${from} → ${target}: ${why}`);
      if (layer === 'engine') {
        if (/^vscode./.test(target)) bad('the engine knows no editor or LSP library');
        else if (isNodeBuiltin(target)) bad('the engine uses no Node built-in (no file system, no process)');
        else if (to === 'lsp' || to === 'cli') bad(`the engine does not import the ${to} face`);
      }
      if (target === 'vscode') bad('only client/ imports the VS Code API; the server runs in any editor');
      if ((layer === 'lsp' && to === 'cli') || (layer === 'cli' && to === 'lsp')) bad('lsp/ and cli/ do not import each other; share a module instead');
      if (layer === 'facts' && to === 'engine') bad('facts depend on nothing in the engine');
    }
  }
  return out;
}

/** The runtime import cycles of `graph` (Tarjan's strongly connected components of size > 1, or a self-import). */
export function runtimeCycles(graph: ImportGraph): string[][] {
  const edges = new Map<string, string[]>();
  for (const [from, imports] of graph) edges.set(from, imports.filter((i) => !i.typeOnly && graph.has(i.target)).map((i) => i.target));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const strongConnect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) strongConnect(v);
  return cycles;
}

/** The British spelling in an identifier or file name: `AnalysedContext`, `normalise`, `analysing` (not `analyses`). */
const BRITISH = /[Aa]nalys(?:e|ed|er|ing)(?![a-z])|[Nn]ormalis/;

/** The identifiers of `source` spelled the British way (comments, strings and templates do not count). */
export function britishIdentifiers(source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && BRITISH.test(node.text)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return found;
}

/** Resolves './x' from a repository-relative file the way the bundler does (x.ts, x/index.ts). */
function resolveOnDisk(from: string, specifier: string): string {
  const base = resolve(ROOT, dirname(from), specifier);
  const candidates = [base, `${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
  return relative(ROOT, found).split(sep).join('/');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function graphOnDisk(): ImportGraph {
  const graph = new Map<string, Import[]>();
  for (const file of sourceFiles(SRC)) graph.set(file, importsOf(readFileSync(join(ROOT, file), 'utf8'), file, resolveOnDisk));
  return graph;
}

/** An in-memory graph from sources keyed by path, resolved among those paths only. */
function graphOf(sources: Record<string, string>): ImportGraph {
  const resolveInMemory = (from: string, specifier: string): string => {
    const base = join(dirname(from), specifier).split(sep).join('/');
    return [`${base}.ts`, `${base}/index.ts`].find((c) => c in sources) ?? base;
  };
  return new Map(Object.entries(sources).map(([path, text]) => [path, importsOf(text, path, resolveInMemory)]));
}

/** Functions (declarations, methods, arrows, function expressions) longer than `max` lines, as "name (n lines)". */
export function longFunctions(source: string, file: string, max: number): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isConstructorDeclaration(node)) {
      const body = node.body;
      if (body) {
        const lines = sf.getLineAndCharacterOfPosition(body.getEnd()).line - sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        const parent = node.parent;
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) ? parent.name.text : '(anonymous)';
        if (lines > max) out.push(`${name} (${lines} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('architecture: the layers hold', () => {
  describe('the checker (on in-memory code, so it is seen to fail)', () => {
    const clean = {
      'server/src/engine/analyze.ts': "import { parse } from './parse';\nimport type { Fact } from '../facts/types';",
      'server/src/engine/parse.ts': "import { unified } from 'unified';",
      'server/src/facts/types.ts': 'export interface Fact { id: string }',
      'server/src/lsp/server.ts': "import { createConnection } from 'vscode-languageserver/node';\nimport { analyze } from '../engine/analyze';\nimport { walk } from '../workspace/files';",
      'server/src/cli/main.ts': "import { readFileSync } from 'node:fs';\nimport { walk } from '../workspace/files';",
      'server/src/workspace/files.ts': "import { readdirSync } from 'node:fs';",
    };

    it('passes a clean graph', () => {
      const graph = graphOf(clean);
      assert.deepEqual(layerViolations(graph), []);
      assert.deepEqual(runtimeCycles(graph), []);
    });

    it('fails when the engine imports vscode*, a Node built-in, lsp/ or cli/', () => {
      for (const line of ["import * as vscode from 'vscode';", "import type { Diagnostic } from 'vscode-languageserver';", "import { readFileSync } from 'node:fs';", "import * as path from 'path';", "import { toDiagnostic } from '../lsp/server';", "import { main } from '../cli/main';"]) {
        const graph = graphOf({ ...clean, 'server/src/engine/parse.ts': line });
        assert.equal(layerViolations(graph).length, 1, line);
      }
    });

    it('fails when anything in server/src imports the VS Code API (only client/ does)', () => {
      assert.equal(layerViolations(graphOf({ ...clean, 'server/src/lsp/server.ts': "import { window } from 'vscode';" })).length, 1);
      assert.equal(layerViolations(graphOf({ ...clean, 'server/src/workspace/files.ts': "import type { Uri } from 'vscode';" })).length, 1);
    });

    it('fails when lsp/ imports cli/ or the other way round', () => {
      assert.match(layerViolations(graphOf({ ...clean, 'server/src/lsp/symbols.ts': "import { main } from '../cli/main';" })).join(), /lsp\/ and cli\//);
      assert.match(layerViolations(graphOf({ ...clean, 'server/src/cli/x.ts': "export { startServer } from '../lsp/server';" })).join(), /lsp\/ and cli\//);
    });

    it('fails when facts/ imports the engine', () => {
      assert.match(layerViolations(graphOf({ ...clean, 'server/src/facts/types.ts': "import type { Finding } from '../engine/analyze';" })).join(), /facts depend on nothing/);
    });

    it('finds a runtime cycle and ignores one made only of type imports', () => {
      const cyclic = graphOf({ ...clean, 'server/src/engine/parse.ts': "import { analyze } from './analyze';" });
      assert.deepEqual(runtimeCycles(cyclic), [['server/src/engine/analyze.ts', 'server/src/engine/parse.ts']]);
      for (const typeOnly of ["import type { A } from './analyze';", "import { type A, type B } from './analyze';", "export type { A } from './analyze';", "let a: import('./analyze').A;"]) {
        assert.deepEqual(runtimeCycles(graphOf({ ...clean, 'server/src/engine/parse.ts': typeOnly })), [], typeOnly);
      }
      assert.equal(runtimeCycles(graphOf({ ...clean, 'server/src/engine/parse.ts': "import { type A, b } from './analyze';" })).length, 1, 'a value import among type imports counts');
      assert.equal(runtimeCycles(graphOf({ ...clean, 'server/src/engine/parse.ts': "const m = require('./analyze');" })).length, 1, 'require counts');
    });

    it('reads imports from code only, not from comments or strings', () => {
      const graph = graphOf({ ...clean, 'server/src/engine/parse.ts': "// import 'vscode'\nconst s = \"import { x } from 'node:fs'\";" });
      assert.deepEqual(layerViolations(graph), []);
    });
  });

  describe('server/src', () => {
    const graph = graphOnDisk();

    it('reads a plausible graph (the engine entry imports the rules)', () => {
      assert.ok(graph.size > 50, `${graph.size} modules`);
      assert.ok(graph.get('server/src/engine/analyze.ts')?.some((i) => i.target.startsWith('server/src/engine/rules')), 'analyze.ts imports rules');
    });

    it('keeps the layers: engine free of editor, Node, lsp/ and cli/; lsp/ and cli/ apart; facts free of the engine', () => {
      assert.deepEqual(layerViolations(graph), []);
    });

    it('has no runtime import cycle', () => {
      assert.deepEqual(runtimeCycles(graph), []);
    });

    it('every folder is in the code map of docs/architecture.md', () => {
      const map = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
      const folders = (dir: string): string[] =>
        readdirSync(join(ROOT, dir), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .flatMap((entry) => [`${dir}/${entry.name}`, ...folders(`${dir}/${entry.name}`)]);
      const missing = folders(SRC).filter((folder) => !map.includes(`\`${folder}/\``));
      assert.deepEqual(missing, [], 'add a paragraph for each to the code map in docs/architecture.md');
    });
  });

  describe('no function in server/src is longer than 120 lines', () => {
    it('the check finds a long function (in-memory sample)', () => {
      const body = Array.from({ length: 130 }, (_, i) => `  const x${i} = ${i};`).join('\n');
      assert.deepEqual(longFunctions(`function big() {\n${body}\n}\nconst small = () => 1;`, 'x.ts', 120), ['big (132 lines)']);
    });

    it('holds in server/src', () => {
      const long = sourceFiles('server/src').flatMap((file) => longFunctions(readFileSync(join(ROOT, file), 'utf8'), file, 120).map((f) => `${file}: ${f}`));
      assert.deepEqual(long, []);
    });
  });

  describe('one spelling of analyze and normalize in identifiers and file names', () => {
    it('the check finds a British identifier and leaves text and the noun alone', () => {
      assert.deepEqual(britishIdentifiers('const normalise = (c: AnalysedContext) => c; // analysed'), ['normalise', 'AnalysedContext']);
      assert.deepEqual(britishIdentifiers("const analyses = analysis; const s = 'analysing'; const t = `analysed ${analyses}`;"), []);
    });

    it('holds in server/, test/, scripts/ and bench/', () => {
      const bad = ['server/src', 'test', 'scripts', 'bench'].flatMap((dir) =>
        sourceFiles(dir).flatMap((file) => [
          ...(BRITISH.test(file.slice(file.lastIndexOf('/') + 1)) ? [`${file} (file name)`] : []),
          ...britishIdentifiers(readFileSync(join(ROOT, file), 'utf8')).map((id) => `${file}: ${id}`),
        ]),
      );
      assert.deepEqual(bad, []);
    });
  });
});
