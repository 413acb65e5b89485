import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expandTargets, globToRegExp } from '../../server/src/cli/files';
import { walkMarkdown } from '../../server/src/workspace/files';
import { WorkspaceSymbols } from '../../server/src/lsp/workspace-symbols';

/** A tree with the cases both walkers care about: dot and skipped directories, links, other files. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archnotes-walk-'));
  const files: Record<string, string> = {
    'b.md': '# B\n',
    'a.markdown': '# A\n',
    'notes.txt': 'not markdown\n',
    'docs/z.md': '# Z\n',
    'docs/c.MD': '# C\n',
    '.github/pull_request_template.md': '# PR\n',
    'node_modules/pkg/readme.md': '# skip\n',
    '.git/info.md': '# skip\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(dir, 'b.md'), join(dir, 'link.md'));
  symlinkSync(join(dir, 'docs'), join(dir, 'docs-link.md'));
  return dir;
}

const rel = (dir: string, files: readonly string[]): string[] => files.map((f) => relative(dir, f).split('\\').join('/'));

describe('walking for markdown files (CLI and workspace symbols)', () => {
  let dir = '';
  beforeEach(() => {
    dir = tree();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI walk: name order, dot directories kept, links to files taken, node_modules and .git skipped', () => {
    const skipped: string[] = [];
    const files = walkMarkdown(dir, { sorted: true, links: true, onSkip: (at, why) => skipped.push(`${relative(dir, at)}: ${why}`) });
    assert.deepEqual(rel(dir, files), ['.github/pull_request_template.md', 'a.markdown', 'b.md', 'docs/c.MD', 'docs/z.md', 'link.md']);
    assert.deepEqual(skipped, ['docs-link.md: a symbolic link to something other than a regular file']);
  });

  it('the workspace-symbol walk: no dot directories, no links, bounded', () => {
    const files = walkMarkdown(dir, { skipDotDirs: true });
    assert.deepEqual(rel(dir, files).sort(), ['a.markdown', 'b.md', 'docs/c.MD', 'docs/z.md']);
    assert.equal(walkMarkdown(dir, { skipDotDirs: true, maxFiles: 2 }).length, 2);
    const out = walkMarkdown(dir, { maxFiles: 3 });
    assert.equal(walkMarkdown(join(dir, 'docs'), { maxFiles: 3 }, out).length, 3, 'the bound holds across folders sharing one list');
  });

  it('reports an unreadable directory and goes on', () => {
    const problems: string[] = [];
    const files = walkMarkdown(join(dir, 'missing'), { onError: (at, code) => problems.push(`${relative(dir, at)} ${code}`) });
    assert.deepEqual(files, []);
    assert.deepEqual(problems, ['missing ENOENT']);
  });

  it('expandTargets walks directories and globs with the CLI walk', () => {
    const all = expandTargets(['.'], dir);
    assert.deepEqual(rel(dir, all.files), ['.github/pull_request_template.md', 'a.markdown', 'b.md', 'docs/c.MD', 'docs/z.md', 'link.md']);
    assert.deepEqual(all.problems, []);
    assert.deepEqual(rel(dir, expandTargets(['docs/*.md'], dir).files), ['docs/z.md']);
    assert.deepEqual(expandTargets(['nothing/**/*.md'], dir).problems.length, 2, 'the unreadable base and the empty match');
    assert.ok(globToRegExp('**/*.md').test('a/b/c.md'));
  });

  it('workspace symbols find resources in on-disk docs outside dot directories', () => {
    writeFileSync(join(dir, 'docs', 'z.md'), '# Orders\n\n| Name | Engine |\n| --- | --- |\n| orders-db | Amazon RDS for PostgreSQL |\n');
    writeFileSync(join(dir, '.github', 'pull_request_template.md'), '# PR\n\n| Name | Engine |\n| --- | --- |\n| hidden-db | Amazon RDS for PostgreSQL |\n');
    const symbols = new WorkspaceSymbols();
    symbols.setFolders([pathToFileURL(dir).toString()]);
    const found = symbols.search('db').map((m) => [m.symbol.name, relative(dir, new URL(m.uri).pathname)]);
    assert.deepEqual(found, [['orders-db', join('docs', 'z.md')]]);
  });
});
