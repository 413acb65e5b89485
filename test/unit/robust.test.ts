/**
 * Hostile input (issue 16, probe report D1–D16): deep nesting, inputs that made a regex backtrack,
 * CLI reads and writes in untrusted trees, escaping of names and text in the output. Each test uses
 * its own input, built to trip the defect it guards against when the defect comes back.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Nodes, RootContent } from 'mdast';
import { hostileName } from '../fuzz/generators';
import { LspClient } from './helpers/lsp-client';
import { checkReportCase } from '../fuzz/properties';
import { analyzeText } from '../../server/src/engine/analyze';
import { writeFixed } from '../../server/src/cli/check';
import { WorkspaceSymbols } from '../../server/src/lsp/workspace-symbols';
import { loadConfigFor, MAX_CONFIG_BYTES, parseConfig } from '../../server/src/config/config';
import { quickFixActions, type ActionData } from '../../server/src/engine/features/code-actions';
import { contextsOfBlock } from '../../server/src/engine/parse/contexts';
import { applyEdits, safeEdits } from '../../server/src/engine/features/fixes';
import { unsupportedText } from '../../server/src/engine/parse/unsupported-text';
import { deepestNesting, flattenDeepNesting, MAX_LINE_NESTING, MAX_NESTING } from '../../server/src/engine/parse/nesting';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { headerUnitOf } from '../../server/src/engine/recognisers/quantities';

/** Every node type in the parse of `text`. */
function nodeTypes(text: string): Set<string> {
  const types = new Set<string>();
  const stack: Nodes[] = [parseMarkdown(text)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    types.add(node.type);
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return types;
}

/** A list nested `depth` levels deep, built by hand so the walk is tested apart from the parser. */
function nestedList(depth: number): RootContent {
  let offset = 0;
  const at = (n: number) => ({ start: { line: 1, column: n + 1, offset: n }, end: { line: 1, column: n + 2, offset: n + 1 } });
  let inner: Nodes = { type: 'paragraph', children: [{ type: 'text', value: 'x' }], position: at(2 * depth) };
  for (let level = depth - 1; level >= 0; level--) {
    offset = 2 * level;
    const item: Nodes = { type: 'listItem', spread: false, children: [inner as never], position: at(offset) };
    inner = { type: 'list', ordered: false, spread: false, children: [item], position: at(offset) };
  }
  return inner as RootContent;
}

describe('robust: deep nesting (D2)', () => {
  it('the context walk handles 50,000 nested list levels without recursion', () => {
    const depth = 50_000;
    const source = '- '.repeat(depth) + 'x';
    const contexts = contextsOfBlock(nestedList(depth), source, 0, { next: 0 });
    assert.equal(contexts.length, 1);
    assert.equal(contexts[0]?.text, 'x');
  });

  for (const [name, text] of [
    ['3,000 nested bullets on one line', '- '.repeat(3000) + 'The VPC is 10.0.0.0/8.\n'],
    ['6,000 block-quote markers', '>'.repeat(6000) + ' x\n'],
    ['2,500 ordered items on one line', '1. '.repeat(2500) + 'x\n'],
    ['quotes and lists alternating 1,500 times', '> - 2) '.repeat(1500) + 'x\n'],
  ] as const) {
    it(`analyzeText survives ${name}`, () => {
      assert.doesNotThrow(() => analyzeText(text));
    });
  }

  it('lines nesting past the cap are flattened in place (same length, shallower tree)', () => {
    const deep = '- '.repeat(MAX_LINE_NESTING + 10) + 'x\n';
    const flat = flattenDeepNesting(deep);
    assert.equal(flat.length, deep.length);
    assert.equal(flat.slice(0, 2 * MAX_LINE_NESTING), deep.slice(0, 2 * MAX_LINE_NESTING));
    assert.match(flat.slice(2 * MAX_LINE_NESTING), /^ +x\n$/);
    const ordinary = '> - 1. nested a little\n\n- a\n  - b\n';
    assert.equal(flattenDeepNesting(ordinary), ordinary);
  });

  it('a finding on a line after deep nesting keeps its position', () => {
    const text = '- '.repeat(500) + 'x\n\nThe VPC is 10.0.0.0/8.\n';
    const finding = analyzeText(text).findings.find((f) => f.ruleId === 'vpc-cidr-size');
    assert.equal(finding && text.slice(finding.start, finding.end).includes('10.0.0.0/8'), true);
  });

  it('nesting built over many lines (deeper indentation each line) is skipped with a note', () => {
    const stair = Array.from({ length: MAX_NESTING + 20 }, (_, i) => '  '.repeat(i) + '- item').join('\n');
    assert.ok(deepestNesting(stair).depth > MAX_NESTING);
    assert.equal(unsupportedText(stair)?.kind, 'deep-nesting');
    const usual = Array.from({ length: 6 }, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n\n```\n' + ' '.repeat(120) + '+----+\n```\n';
    assert.equal(unsupportedText(usual), undefined);
  });
});

describe('robust: inline syntax the engine does not read is not parsed', () => {
  // Emphasis, link labels, footnote calls and autolink literals are super-linear in micromark and
  // remark-gfm on hostile text (24 KB of nested emphasis: 24 s). Without them these parse at once;
  // with them back, each would take seconds to minutes and fail by timeout.
  for (const [name, text] of [
    ['nested emphasis', '*a '.repeat(20000) + 'x' + ' b*'.repeat(20000)],
    ['nested link labels', '['.repeat(20000) + 'x' + '](u)'.repeat(20000)],
    ['unmatched closing brackets', 'a]'.repeat(30000)],
  ] as const) {
    it(`${name} (${Math.round(text.length / 1024)} KB on one line) is plain text`, () => {
      const types = nodeTypes(text + '\n');
      for (const type of ['emphasis', 'link', 'footnoteReference']) assert.ok(!types.has(type), type);
    });
  }

  it('what the engine reads is still parsed: tables, footnote definitions, inline HTML comments, code spans', () => {
    const text = 'A `<!-- not html -->` span and <!-- archnotes-disable-line x -->.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^n]: The VPC is 10.0.0.0/8.\n';
    const types = nodeTypes(text);
    for (const type of ['table', 'tableCell', 'footnoteDefinition', 'html', 'inlineCode']) assert.ok(types.has(type), type);
    assert.ok(analyzeText(text).findings.some((f) => f.ruleId === 'vpc-cidr-size'), 'a footnote is analysed');
  });
});

describe('robust: code fences (D1)', () => {
  it('a fence line of a word, a colon and spaces is analysed at once (was cubic: 8 KB, 30 s)', () => {
    const n = 30000;
    for (const lang of ['yaml', 'hcl', '']) {
      const text = '```' + lang + '\n' + 'a'.repeat(n) + ':' + ' '.repeat(n) + 'b:\n```\n';
      assert.doesNotThrow(() => analyzeText(text));
    }
  });
});

describe('robust: code actions for a whole document (D13)', () => {
  it('every finding of a rule shares one fix-all action, so 2,000 findings give 2,000 actions plus one', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `- Subnet ${i} is 10.${i >> 8}.${i & 255}.5/24.`).join('\n') + '\n';
    const analysis = analyzeText(text);
    const hostBits = analysis.findings.filter((f) => f.ruleId === 'cidr-host-bits');
    assert.equal(hostBits.length, 2000);
    const actions = new Set<ActionData>();
    let fixAll: ActionData | undefined;
    for (const finding of hostBits) {
      for (const action of quickFixActions(analysis, finding)) {
        actions.add(action);
        if (action.title.startsWith('Fix all')) fixAll ??= action;
      }
    }
    assert.equal(fixAll?.edits.length, 2000);
    assert.equal([...actions].filter((a) => a.title.startsWith('Fix all')).length, 1, 'one shared object');
  });
});

describe('robust: regexes on long lines (D10)', () => {
  // Each line took 10–12 s before (quadratic); three of them would fail by the test timeout.
  for (const [name, line] of [
    ['a quota cue followed by 60,000 tabs', 'The account can allow only' + '\t'.repeat(60000) + '5 VPCs.'],
    ['a peering sentence with a 60,000-character name', 'x'.repeat(60000) + ' peers with vpc-b.'],
    ['60,000 characters of "a peers with "', 'a peers with '.repeat(4600)],
  ] as const) {
    it(`${name}, three times`, () => {
      assert.doesNotThrow(() => analyzeText(`${line}\n\n${line}\n\n${line}\n`));
    });
  }

  it('the bounded patterns still find what they found', () => {
    const found = (text: string): string[] => analyzeText(text).findings.map((f) => f.ruleId);
    assert.ok(found('Each AWS region can accommodate a maximum of 5 VPCs.').includes('quota-as-hard-limit'));
    assert.ok(found('Because VPC-A peers with VPC-B and VPC-B peers with VPC-C, VPC-A can reach VPC-C.').includes('peering-transitive'));
  });
});

describe('robust: tables (D9)', () => {
  it('a long header over many numeric rows is read once, and short headers keep their unit', () => {
    assert.equal(headerUnitOf('Memory (MB)'), 'MB');
    assert.equal(headerUnitOf('Timeout [s]'), 's');
    assert.equal(headerUnitOf('a '.repeat(1000) + '(MB)'), undefined, 'not a column title');
    const table = '| ' + 'a '.repeat(30000) + ' |\n| --- |\n' + '| 5 |\n'.repeat(2000);
    assert.doesNotThrow(() => analyzeText(table));
  });
});

describe('robust: line guard (D6, D16)', () => {
  it('a paragraph or table of short lines past 128 KB is skipped with a note; the same text in paragraphs is not', () => {
    const line = 'The subnet uses port 5432 and 10.0.1.0/24 in the VPC\n';
    assert.equal(unsupportedText(line.repeat(3000))?.kind, 'long-block');
    assert.equal(unsupportedText('| a | b |\n| - | - |\n' + '| 10.0.1.0/24 | 5432 |\n'.repeat(8000))?.kind, 'long-block');
    assert.equal(unsupportedText((line + '\n').repeat(3000)), undefined);
    assert.equal(unsupportedText((line + '\r\n \t\r\n').repeat(3000)), undefined, 'whitespace-only lines are blank');
  });

  it('a classic-Mac file (CR line ends only) over 64 KB is not taken for one long line', () => {
    const text = 'The VPC is 10.0.0.0/16.\r'.repeat(4000);
    assert.equal(unsupportedText(text), undefined);
    assert.equal(unsupportedText('x'.repeat(70000))?.kind, 'long-line');
  });
});

// The CLI, run as users run it (the bundle in bin/, built by `npm test`).
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'archnotes.cjs');
const ORDERS = readFileSync(join(ROOT, 'examples', 'orders-platform.md'), 'utf8');
const temporary: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archnotes-robust-'));
  temporary.push(dir);
  return dir;
}

function cli(args: string[], cwd: string, stdin?: number): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' }, ...(stdin === undefined ? {} : { stdio: [stdin, 'pipe', 'pipe'] }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Root hook: removes the folders of every test in this file when the run ends.
after(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('robust: CLI exit codes and failures (D2, D8)', function () {
  this.timeout(120000);

  it('exits 0 clean, 1 on error findings, 2 on unreadable input', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'clean.md'), 'The VPC is 10.1.0.0/16.\n');
    writeFileSync(join(dir, 'bad.md'), 'The VPC is 10.0.0.0/8.\n');
    assert.equal(cli(['check', 'clean.md'], dir).code, 0);
    assert.equal(cli(['check', 'bad.md'], dir).code, 1);
    assert.equal(cli(['check', 'clean.md', 'gone.md'], dir).code, 2);
    assert.equal(cli(['check', '--format', 'yaml'], dir).code, 2);
  });

  it('a deeply nested file never hides the report for the others', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-deep.md'), '- '.repeat(3000) + 'x\n\n' + '>'.repeat(6000) + ' y\n');
    writeFileSync(join(dir, 'b-stair.md'), Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n');
    writeFileSync(join(dir, 'c-orders.md'), ORDERS);
    const r = cli(['check', '.', '--format', 'json'], dir);
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; error?: string; findings: unknown[] }> }).files;
    assert.deepEqual(files.map((f) => f.path), ['a-deep.md', 'b-stair.md', 'c-orders.md']);
    assert.equal(files[0]?.error, undefined, 'one deep line is flattened and analysed');
    assert.match(files[1]?.error ?? '', /nests lists or quotes/);
    assert.ok((files[2]?.findings.length ?? 0) > 0);
    assert.equal(r.code, 2, 'a skipped file is input the check could not read');
    assert.doesNotMatch(r.stderr, /RangeError|at .*\.cjs/);
  });

  it('an unexpected failure exits 3, not 1 (stdin is a folder)', () => {
    const dir = tempDir();
    const fd = openSync(dir, 'r');
    try {
      const r = cli(['check', '--stdin'], dir, fd);
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, /archnotes: internal error/);
    } finally {
      closeSync(fd);
    }
  });

  for (const [name, output] of [
    ['a folder', 'out'],
    ['a missing folder', join('missing', 'report.txt')],
  ] as const) {
    it(`--output to ${name} exits 2 before --fix writes anything`, () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'out'));
      const text = 'Search runs on Amazon Elasticsearch Service.\n';
      writeFileSync(join(dir, 'notes.md'), text);
      const r = cli(['check', 'notes.md', '--fix', '-o', output], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot write/);
      assert.doesNotMatch(r.stderr, /at .*\.cjs/, 'no stack trace');
      assert.equal(readFileSync(join(dir, 'notes.md'), 'utf8'), text);
    });
  }
});

describe('robust: CLI reads regular files only, inside the tree (D5)', function () {
  this.timeout(120000);

  it('a link to /dev/zero, a FIFO and links out of the tree are skipped; the rest is checked', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempDir();
    const tree = join(dir, 'tree');
    mkdirSync(tree);
    writeFileSync(join(dir, 'outside.md'), 'The VPC is 10.0.0.0/8.\n');
    symlinkSync('/dev/zero', join(tree, 'zero.md'));
    symlinkSync(join(dir, 'outside.md'), join(tree, 'outside-link.md'));
    execFileSync('mkfifo', [join(tree, 'fifo.md')]);
    writeFileSync(join(tree, 'real.md'), 'The VPC is 10.1.0.0/16.\n');
    symlinkSync(join(tree, 'real.md'), join(tree, 'inside-link.md'));
    const r = cli(['check', 'tree', '--format', 'json'], dir);
    const paths = (JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    assert.deepEqual(paths, ['tree/inside-link.md', 'tree/real.md']);
    assert.match(r.stderr, /zero\.md: skipped, a symbolic link out of the checked folder/);
    assert.match(r.stderr, /outside-link\.md: skipped/);
    assert.equal(r.code, 0);
    const named = cli(['check', 'tree/fifo.md'], dir);
    assert.equal(named.code, 2);
    assert.match(named.stderr, /not a regular file/);
  });

  it('--fix never writes through a symbolic link', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempDir();
    const text = 'Search runs on Amazon Elasticsearch Service.\n';
    writeFileSync(join(dir, 'target.md'), text);
    symlinkSync(join(dir, 'target.md'), join(dir, 'link.md'));
    const r = cli(['check', '--fix', 'link.md'], dir);
    assert.match(r.stderr, /link\.md: not fixed: the file is a symbolic link/);
    assert.equal(readFileSync(join(dir, 'target.md'), 'utf8'), text);
  });
});

describe('robust: fixes leave suppressed mentions alone (D3b)', () => {
  it('the renamed-service fix does not rename a mention under disable-next-line', () => {
    const text = 'Search runs on Amazon Elasticsearch Service.\n\n<!-- archnotes-disable-next-line renamed-service -- historical -->\nIn 2019 the contract named Amazon Elasticsearch Service.\n';
    const analysis = analyzeText(text);
    const fixed = applyEdits(text, safeEdits(analysis.findings));
    assert.match(fixed, /^Search runs on Amazon OpenSearch Service\./);
    assert.match(fixed, /the contract named Amazon Elasticsearch Service\./);
  });

  it('the renamed-service fix leaves quotations and link text alone, and flags neither', () => {
    const text = [
      'Search runs on Amazon Elasticsearch Service.',
      '',
      'The 2019 contract says "hosted on Amazon Elasticsearch Service" and the memo “Amazon Elasticsearch Service sizing”.',
      '',
      'See [Amazon Elasticsearch Service pricing](https://example.com/es) and [Amazon Elasticsearch Service][es].',
      '',
      '[es]: https://example.com/es',
      '',
    ].join('\n');
    const analysis = analyzeText(text);
    const findings = analysis.findings.filter((f) => f.ruleId === 'renamed-service');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.start, text.indexOf('Amazon Elasticsearch'));
    const fixed = applyEdits(text, safeEdits(analysis.findings));
    assert.equal(fixed, text.replace('Search runs on Amazon Elasticsearch Service.', 'Search runs on Amazon OpenSearch Service.'));
    // Only quoted and linked mentions: nothing to flag.
    const quotedOnly = text.split('\n').slice(2).join('\n');
    assert.deepEqual(analyzeText(quotedOnly).findings.filter((f) => f.ruleId === 'renamed-service'), []);
  });
});

describe('robust: --fix loses no data (D3, D4)', function () {
  this.timeout(120000);

  it('a file with bytes that are not UTF-8 is not fixed, and not a byte changes', () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' notes\n\nSearch runs on Amazon Elasticsearch Service.\n')]);
    writeFileSync(join(dir, 'latin1.md'), bytes);
    const r = cli(['check', '--fix', 'latin1.md'], dir);
    assert.match(r.stderr, /latin1\.md: not fixed: the file is not valid UTF-8/);
    assert.ok(readFileSync(join(dir, 'latin1.md')).equals(bytes));
  });

  it('a file changed after it was read is not overwritten', () => {
    const dir = tempDir();
    const path = join(dir, 'notes.md');
    const read = 'Search runs on Amazon Elasticsearch Service.\n';
    writeFileSync(path, read);
    const original = readFileSync(path);
    writeFileSync(path, read + 'A line the user added meanwhile.\n');
    assert.equal(writeFixed(path, original, read, 'Search runs on Amazon OpenSearch Service.\n'), 'the file changed while it was checked');
    assert.match(readFileSync(path, 'utf8'), /added meanwhile/);
    writeFileSync(path, read);
    assert.equal(writeFixed(path, original, read, 'Fixed.\n'), undefined);
    assert.equal(readFileSync(path, 'utf8'), 'Fixed.\n');
  });
});

describe('robust: nothing in a name or a document drives a terminal or a CI runner (D7, D12)', function () {
  this.timeout(120000);

  it('a file name with a newline cannot print a line of its own (a GitHub ::error command), ESC is escaped', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempDir();
    mkdirSync(join(dir, 'inj'));
    writeFileSync(join(dir, 'inj', 'a\n::error file=README.md,line=1::Injected\n.md'), 'The VPC is 10.0.0.0/8.\n');
    writeFileSync(join(dir, 'inj', 'b\u001b[2J\u001b]0;owned\u0007.md'), 'Upload to s3://Bad_\u001bc.\n');
    const r = cli(['check', 'inj'], dir);
    assert.equal(r.code, 1);
    for (const line of (r.stdout + r.stderr).split('\n')) assert.doesNotMatch(line, /^::/, line);
    assert.doesNotMatch(r.stdout + r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, 'no raw control character');
    assert.match(r.stdout, /inj\/a\\u000a::error file=README\.md,line=1::Injected\\u000a\.md:1:/);
    assert.match(r.stdout, /inj\/b\\u001b\[2J/);
  });

  it('SARIF URIs keep #, ? and % in the name; a name starting with .. stays relative; outside the folder is a file URI', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'repo'));
    for (const name of ['plan #1.md', 'q?x.md', '100%.md', '..notes.md']) writeFileSync(join(dir, 'repo', name), 'The VPC is 10.0.0.0/8.\n');
    writeFileSync(join(dir, 'outside.md'), 'The VPC is 10.0.0.0/8.\n');
    const r = cli(['check', '.', '../outside.md', '--format', 'sarif'], join(dir, 'repo'));
    const sarif = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }> }> };
    const locations = sarif.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation) ?? [];
    const uris = [...new Set(locations.map((l) => `${l?.uriBaseId ?? ''} ${l?.uri}`))];
    assert.deepEqual(uris, ['%SRCROOT% ..notes.md', '%SRCROOT% 100%25.md', '%SRCROOT% plan%20%231.md', '%SRCROOT% q%3Fx.md', ` ${pathToFileURL(join(dir, 'outside.md')).href}`]);
    const base = new URL('file:///root/');
    assert.equal(decodeURIComponent(new URL('plan%20%231.md', base).pathname), '/root/plan #1.md');
  });
});

describe('robust: configuration (D11, D16)', () => {
  it('a top-level "__proto__" key does not set rule levels, and is reported', () => {
    const loaded = parseConfig('{ "__proto__": { "rules": { "vpc-cidr-size": "off" } }, "rules": { "__proto__": "off" } }', 'c.jsonc');
    assert.equal(loaded.config.rules['vpc-cidr-size'], undefined);
    assert.ok(loaded.problems.some((p) => /"__proto__" is ignored/.test(p.message)));
  });

  it('problems are capped per file', () => {
    const rules = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`no-such-rule-${i}`, 'off']));
    const loaded = parseConfig(JSON.stringify({ rules }), 'c.jsonc');
    assert.equal(loaded.problems.length, 21);
    assert.match(loaded.problems[20]?.message ?? '', /and 480 more problems/);
  });

  it('a config is parsed once while unchanged, again when it changes, and not at all past 1 MB', () => {
    const dir = tempDir();
    const config = join(dir, '.archnotes.jsonc');
    const old = new Date(Date.now() - 60000);
    writeFileSync(config, '{ "rules": { "vpc-cidr-size": "off" } }');
    utimesSync(config, old, old);
    const first = loadConfigFor(join(dir, 'a.md'));
    assert.equal(loadConfigFor(join(dir, 'b.md')), first, 'the same parse');
    writeFileSync(config, '{ "rules": { "vpc-cidr-size": "warning" } }');
    assert.equal(loadConfigFor(join(dir, 'a.md')).config.rules['vpc-cidr-size'], 'warning');
    writeFileSync(config, `{ "rules": {} ${' '.repeat(MAX_CONFIG_BYTES)} }`);
    assert.match(loadConfigFor(join(dir, 'a.md')).problems[0]?.message ?? '', /larger than 1024 KB/);
  });
});

describe('robust: workspace symbols read on-disk files through the guard (D6)', () => {
  it('a never-opened file with a 200 KB table is not analysed; an ordinary one is', () => {
    const dir = tempDir();
    const table = '| Name | Engine |\n| --- | --- |\n| orders-db | Amazon RDS for PostgreSQL |\n';
    writeFileSync(join(dir, 'ok.md'), `# Orders\n\n${table}`);
    writeFileSync(join(dir, 'huge.md'), `# Huge\n\n${table.replace('orders-db', 'huge-db')}${'| filler-row | Amazon RDS for PostgreSQL |\n'.repeat(5000)}`);
    const symbols = new WorkspaceSymbols();
    symbols.setFolders([pathToFileURL(dir).toString()]);
    const names = symbols.search('db').map((m) => m.symbol.name);
    assert.ok(names.includes('orders-db'), names.join(','));
    assert.ok(!names.includes('huge-db'));
  });

  it('the server search yields after each analysed file and stops when cancelled (D6)', async () => {
    const dir = tempDir();
    const table = '| Name | Engine |\n| --- | --- |\n| orders-db | Amazon RDS for PostgreSQL |\n';
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `note-${i}.md`), `# Note ${i}\n\n${table.replace('orders-db', `db-${i}`)}`);
    const symbols = new WorkspaceSymbols();
    symbols.setFolders([pathToFileURL(dir).toString()]);
    // Cancelled at the second yield: no answer, and the files after it are not analysed.
    let yields = 0;
    let cancelled = false;
    const partial = await symbols.searchYielding('db', () => cancelled, async () => {
      yields++;
      if (yields === 2) cancelled = true;
    });
    assert.equal(partial, undefined);
    assert.equal(yields, 2);
    // Not cancelled: the same answer as the plain search, one yield per analysed file the first time…
    const fresh = new WorkspaceSymbols();
    fresh.setFolders([pathToFileURL(dir).toString()]);
    let freshYields = 0;
    const all = await fresh.searchYielding('db', () => false, async () => void freshYields++);
    assert.equal(freshYields, 6);
    assert.deepEqual(all?.map((m) => m.symbol.name).sort(), ['db-0', 'db-1', 'db-2', 'db-3', 'db-4', 'db-5']);
    assert.deepEqual(fresh.search('db').map((m) => m.symbol.name).sort(), all?.map((m) => m.symbol.name).sort());
    // …and none for files answered from the cache.
    freshYields = 0;
    await fresh.searchYielding('db', () => false, async () => void freshYields++);
    assert.equal(freshYields, 0);
  });
});

describe('hostile file names through every CLI output format (seeded sample of the fuzz property)', function () {
  this.timeout(120_000);
  it('no raw control or bidi character, one line per finding, valid JSON/SARIF', () => {
    const text = 'The VPC uses 10.0.0.0/15 and port 3306 for PostgreSQL.\n\n| Subnet | CIDR |\n| --- | --- |\n| app | 10.0.1.0/33 |\n';
    fc.assert(
      fc.property(hostileName, (name) => checkReportCase(name, text)),
      { seed: 20261206, numRuns: 150 },
    );
  });

});

describe('robust: workspace/symbol over the real server lets a hover and a cancel through (D6)', function () {
  this.timeout(120_000);
  it('a hover sent after workspace/symbol is answered first, and the cancel is honoured', async () => {
    const dir = tempDir();
    const note = readFileSync(join(__dirname, '..', '..', 'examples', 'orders-platform.md'), 'utf8');
    for (let i = 0; i < 100; i++) writeFileSync(join(dir, `note-${i}.md`), note.replace(/orders-db/g, `orders-db-${i}`));
    const client = new LspClient(['--stdio']);
    try {
      const folder = pathToFileURL(dir).toString();
      await client.request('initialize', { processId: process.pid, rootUri: folder, capabilities: {}, workspaceFolders: [{ uri: folder, name: 'ws' }] });
      client.notify('initialized', {});
      const uri = `${folder}/open.md`;
      const published = client.waitFor('textDocument/publishDiagnostics', (p: { uri: string }) => p.uri === uri, 60_000);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'The VPC is 10.0.0.0/16.\n' } });
      await published;
      // Cancelled while it runs (300 ms in; 100 files take seconds): the old synchronous loop read
      // the cancel only after the last file and answered with a result.
      const cancelled = client.requestWithId('workspace/symbol', { query: 'orders-db' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      client.notify('$/cancelRequest', { id: cancelled.id });
      const answer = await cancelled.response;
      assert.equal(answer.error?.code, -32800, JSON.stringify(answer).slice(0, 200));
      // A hover sent right after a search is answered while the search still runs.
      const order: string[] = [];
      const search = client.request<Array<{ name: string }>>('workspace/symbol', { query: 'orders-db' }).then((found) => {
        order.push('symbols');
        return found;
      });
      const hover = client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 13 } }).then(() => order.push('hover'));
      const [found] = await Promise.all([search, hover]);
      assert.deepEqual(order, ['hover', 'symbols']);
      assert.ok(found.length >= 100, `${found.length} symbols`);
    } finally {
      client.process.kill();
    }
  });
});
