/**
 * Prints, as JSON, every pattern compiled with `RegExp(…)` / `new RegExp(…)` while the server's modules
 * load and the engine analyses the rule fixtures and seed documents (hovers, completions, symbols and
 * fixes included). Run in its own process by `redos.test.ts`: the hook has to be in place before any
 * module builds its patterns, and it must not leak into the other tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const recorded = new Map<string, { where: string; source: string; flags: string }>();
/** The frame that built the pattern, relative to the repository (`server/src/…:line`, `node_modules/…`). */
function caller(): string {
  for (const line of new Error().stack?.split('\n').slice(1) ?? []) {
    const m = /\(?((?:file:\/\/)?\/[^():]+):(\d+):\d+\)?$/.exec(line.trim());
    if (!m?.[1] || m[1].endsWith('record-regexps.ts')) continue;
    const path = m[1].replace(/^file:\/\//, '');
    return `${path.startsWith(root) ? path.slice(root.length + 1) : path}:${m[2]}`;
  }
  return 'unknown';
}
const record = (re: RegExp): RegExp => {
  const key = `${re.flags}/${re.source}`;
  if (!recorded.has(key)) recorded.set(key, { where: caller(), source: re.source, flags: re.flags });
  return re;
};
const Native = RegExp;
const hooked: RegExpConstructor = new Proxy(Native, {
  construct: (target, args: [string | RegExp, string?], newTarget) => record(Reflect.construct(target, args, newTarget === hooked ? target : newTarget) as RegExp),
  apply: (target, self, args: [string | RegExp, string?]) => record(Reflect.apply(target, self, args) as RegExp),
});
globalThis.RegExp = hooked;

const markdown = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdown(path) : name.endsWith('.md') ? [path] : [];
  });

async function main(): Promise<void> {
  // Entry points that start a server or a worker are left out; everything else loads.
  const skip = new Set(['lsp/main.ts', 'cli/bin.ts', 'cli/worker.ts']);
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
    });
  const src = join(root, 'server/src');
  for (const file of sources(src)) if (!skip.has(file.slice(src.length + 1))) await import(file);
  // Extra modules named on the command line (the test's planted pattern).
  for (const file of process.argv.slice(2)) await import(resolve(file));

  const engine = await import(join(src, 'engine/index.ts'));
  const docs = [...markdown(join(root, 'test/fixtures')), ...markdown(join(root, 'examples'))];
  for (const path of docs) {
    const text = readFileSync(path, 'utf8');
    const analysis = engine.analyzeText(text);
    for (let offset = 0; offset < text.length; offset += 97) {
      engine.hoverAt(analysis, offset);
      engine.completeServices(text, offset);
      engine.completeCidr(analysis.model, text, offset);
    }
    engine.documentSymbols(analysis.model);
    for (const finding of analysis.findings) engine.quickFixActions(analysis, finding);
    engine.fixAllAction(analysis);
  }
  process.stdout.write(JSON.stringify([...recorded.values()]));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
