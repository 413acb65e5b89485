/**
 * Security: nothing from a document becomes live markup in hovers or diagnostics; the client never
 * trusts hover markdown; no network access at run time (bundles and a guarded run); configuration is
 * JSON data only; the extension declares untrusted and virtual workspace support.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Nodes, Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { analyzeText } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';
import { escapeMarkdown, plainLabel, safeLink } from '../../server/src/engine/util/markdown-escape';
import { LspClient } from './helpers/lsp-client';

const ROOT = join(__dirname, '..', '..');
const VETTED = /^https:\/\/(?:[\w-]+\.)*(?:amazon\.com|amazonaws\.com|github\.com)\//;

/** How an editor renders hover markdown: all of CommonMark and GFM (the engine's parser reads less). */
const renderer = unified().use(remarkParse).use(remarkGfm);
const parseMarkdown = (markdown: string): Root => renderer.parse(markdown) as Root;

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Every node of a markdown tree. */
function nodesOf(root: Root): Nodes[] {
  const out: Nodes[] = [];
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return out;
}

/** Parses rendered markdown (CommonMark + GFM, autolinks included) and rejects anything live. */
function assertInert(markdown: string, what: string): void {
  for (const node of nodesOf(parseMarkdown(markdown))) {
    if (node.type === 'html') assert.fail(`${what}: HTML ${JSON.stringify(node.value)} in ${JSON.stringify(markdown)}`);
    if (node.type === 'image' || node.type === 'imageReference') assert.fail(`${what}: image in ${JSON.stringify(markdown)}`);
    if (node.type === 'linkReference' || node.type === 'definition') assert.fail(`${what}: reference link in ${JSON.stringify(markdown)}`);
    if (node.type === 'link' && !VETTED.test(node.url)) assert.fail(`${what}: link to ${node.url} in ${JSON.stringify(markdown)}`);
  }
  assert.doesNotMatch(markdown, /command:|javascript:|evil/i, what);
}

/** The escaped text renders as exactly one paragraph of plain text equal to the input. */
function assertLiteral(input: string): void {
  const escaped = escapeMarkdown(input);
  const root = parseMarkdown(`x ${escaped} x`);
  const kinds = new Set(nodesOf(root).map((n) => n.type));
  assert.deepEqual([...kinds].sort(), ['paragraph', 'root', 'text'], `${JSON.stringify(input)} → ${JSON.stringify(escaped)}: ${[...kinds].join(',')}`);
  const paragraph = root.children[0];
  // Zero-width spaces break autolink literals (see escapeMarkdown); they are the only addition.
  const text = paragraph && 'children' in paragraph ? paragraph.children.map((c) => ('value' in c ? c.value : '')).join('').replace(/\u200b/g, '') : '';
  const expected = `x ${input.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')} x`;
  assert.equal(text, expected, `${JSON.stringify(input)} → ${JSON.stringify(escaped)}`);
}

const HOSTILE = [
  '[x](command:foo)',
  '[x](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '![](http://evil.example/p.png)',
  '![x][r]\n\n[r]: http://evil.example',
  '<a href="command:foo">x</a>',
  '<https://evil.example>',
  'https://evil.example/x',
  'www.evil.example',
  'mail@evil.example',
  '`code` and ``two``',
  '| a | b |',
  '**bold** _em_ ~~del~~',
  '# heading',
  '1. item',
  '- item',
  '> quote',
  '$(zap) $(alert)',
  '&lt;img&gt; &#60;b&#62;',
  'a\\',
  'line\nbreak\r\nand\rcr',
  '[^1]',
  '10.0.0.0/16',
];

describe('security: escaping of document text', () => {
  it('escapeMarkdown renders hostile text literally, as plain text', () => {
    for (const input of HOSTILE) assertLiteral(input);
  });

  it('escapeMarkdown keeps CIDRs and decimals readable and removes controls, bidi overrides and lone surrogates', () => {
    assert.equal(escapeMarkdown('10.0.0.0/16'), '10.0.0.0/16');
    assert.equal(escapeMarkdown('2.5 GB'), '2.5 GB');
    assert.equal(escapeMarkdown('1. x'), '1\\. x');
    assert.equal(escapeMarkdown('www.x.io'), 'www\u200b\\.x\\.io');
    assert.equal(escapeMarkdown('http://x'), 'http\\:\u200b//x');
    assert.equal(escapeMarkdown('a\u0000b\u202ec\ud800d'), 'a\ufffdb\ufffdc\ufffdd');
    assert.equal(escapeMarkdown('😀'), '😀');
  });

  it('safeLink links only vetted https URLs', () => {
    assert.equal(safeLink('x', 'command:foo'), 'x');
    assert.equal(safeLink('x', 'https://evil.example/a'), 'x');
    assert.equal(safeLink('x', 'https://docs.aws.amazon.com/a)(command:foo'), 'x');
    assert.equal(safeLink('[y](command:z)', 'https://docs.aws.amazon.com/vpc/'), '[\\[y\\]\\(command\\:z\\)](https://docs.aws.amazon.com/vpc/)');
  });

  it('a Terraform resource name with link syntax never becomes a name in a message (found by npm run fuzz, seed 20261204)', () => {
    const text = '```hcl\nresource "aws_vpc" "[x](command:foo) main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_subnet" "a" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "192.168.1.0/24"\n}\n```';
    const findings = analyzeText(text).findings;
    assert.ok(findings.some((f) => f.ruleId === 'subnet-outside-vpc'), JSON.stringify(findings.map((f) => f.ruleId)));
    for (const finding of findings) assert.doesNotMatch(finding.message, /\]\(|command:/, finding.message);
  });

  it('plainLabel keeps names and drops markup', () => {
    assert.equal(plainLabel('private-a'), 'private-a');
    assert.equal(plainLabel('Public subnet (AZ a)'), 'Public subnet (AZ a)');
    assert.equal(plainLabel('[x](command:foo)'), undefined);
    assert.equal(plainLabel('<img src=x>'), undefined);
    assert.equal(plainLabel('a'.repeat(65)), undefined);
  });

  const services = ['Amazon SQS', 'RDS for PostgreSQL'];
  const values = ['10.0.6.0/15', '300.1.2.3/24', 'port 3306'];
  const docs: string[] = [];
  for (const [i, h] of HOSTILE.entries()) {
    for (const s of services) docs.push(`${h}${s}${h} and ${s} ${h}`, `| ${h} | ${s} |\n| --- | --- |\n| ${s}${h} | ${h} |`);
    for (const v of i % 3 === 0 ? values : []) {
      docs.push(`The VPC uses ${h}${v}${h} for PostgreSQL.`, `- subnet ${h} ${v}`, `| Subnet | CIDR |\n| --- | --- |\n| ${h} | ${v} |\n| b | ${v}|${h}|`);
      docs.push(`\`${v}\` in the VPC ![](http://evil.example/${v}) [${v}](command:foo) <b>${v}</b>`);
    }
  }

  it(`hover markdown from ${docs.length} hostile documents holds no link, image or HTML from the document`, function () {
    this.timeout(300000);
    let hovers = 0;
    for (const text of docs) {
      const analysis = analyzeText(text);
      const offsets = new Set<number>();
      for (const block of analysis.blocks) for (const c of block.contexts) for (const m of [...c.cidrs, ...c.services, ...c.ports]) [m.start, m.start + 1, m.end].forEach((o) => offsets.add(o));
      for (const offset of offsets) {
        const hover = hoverAt(analysis, offset);
        if (!hover) continue;
        hovers++;
        assertInert(hover.markdown, `hover at ${offset} of ${JSON.stringify(text)}`);
      }
      for (const f of [...analysis.findings, ...analysis.suppressed]) {
        assert.doesNotMatch(f.message, /command:|evil|<img|<a |<b>|\]\(/, `diagnostic of ${JSON.stringify(text)}: ${f.message}`);
        for (const fix of f.fixes) assert.doesNotMatch(fix.title, /command:|evil|<img|\]\(/, fix.title);
      }
    }
    assert.ok(hovers > docs.length, `hovers shown: ${hovers}`);
  });
});

describe('security: the client never trusts hover markdown', () => {
  it('the extension sets isTrusted: false and supportHtml: false, and nothing sets them true', () => {
    const source = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(source, /markdown:\s*\{\s*isTrusted:\s*false,\s*supportHtml:\s*false\s*\}/);
    assert.doesNotMatch(source, /isTrusted:\s*true|supportHtml:\s*true|enabledCommands/);
    for (const file of readdirSync(join(ROOT, 'server', 'src'), { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      assert.doesNotMatch(withoutComments(readFileSync(join(ROOT, 'server', 'src', file), 'utf8')), /isTrusted|['"`(]command:/, file);
    }
  });

  it('package.json declares untrusted and virtual workspace support', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown } };
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(pkg.capabilities?.virtualWorkspaces, true);
  });
});

describe('security: configuration is data, nothing from the workspace runs', () => {
  it('server and client code has no eval, Function constructor, dynamic import or non-literal require', () => {
    const roots = [join(ROOT, 'server', 'src'), join(ROOT, 'client', 'src')];
    for (const root of roots) {
      for (const file of readdirSync(root, { recursive: true }) as string[]) {
        if (!file.endsWith('.ts') || file.includes('test')) continue;
        const text = withoutComments(readFileSync(join(root, file), 'utf8'));
        assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(|\bimport\s*\(|\brequire\s*\(\s*[^'"\s)]/, file);
        assert.doesNotMatch(text, /from 'node:(?:child_process|vm)'|require\('(?:node:)?(?:child_process|vm)'\)/, file);
        // Worker threads (the CLI's parallel check) may only run our own bundled code, never a workspace file.
        if (/new Worker\(/.test(text)) assert.match(text, /join\(__dirname, '[\w-]+\.cjs'\)/, `${file}: a worker runs a bundled script next to it`);
      }
    }
  });

  it('a hostile .archnotes.jsonc is parsed as data: no code runs, the defaults apply', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archnotes-sec-'));
    const marker = join(dir, 'pwned');
    try {
      writeFileSync(
        join(dir, '.archnotes.jsonc'),
        `{ "rules": { "__proto__": { "polluted": "error" }, "constructor": "error", "vpc-cidr-size": "off" }, "extends": "./evil.js", "plugins": ["./evil.js"] }\n`,
      );
      writeFileSync(join(dir, 'evil.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`);
      writeFileSync(join(dir, 'notes.md'), 'The production VPC uses 10.0.0.0/15.\n');
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'archnotes.cjs'), 'check', join(dir, 'notes.md'), '--format', 'json'], { encoding: 'utf8', timeout: 60000 });
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      assert.ok(!existsSync(marker), 'evil.js ran');
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
      assert.doesNotMatch(run.stdout, /vpc-cidr-size/, 'the rule is off as configured');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Which module of an esbuild bundle each line belongs to (esbuild marks modules with `// path`). */
function modulesWith(bundle: string, pattern: RegExp): string[] {
  const out = new Set<string>();
  let current = '(bundle prologue)';
  for (const line of bundle.split('\n')) {
    const marker = /^\/\/ ((?:node_modules|server|client)\/\S+)$/.exec(line);
    if (marker) current = marker[1] ?? current;
    else if (pattern.test(line)) out.add(current);
  }
  return [...out].sort();
}

describe('security: no network access at run time', function () {
  this.timeout(60000);
  const bundles = ['server.cjs', 'server-worker.cjs', 'cli.cjs', 'extension.cjs'].map((f) => join(ROOT, 'dist', f));

  it('the bundles require no http/https/http2/tls/dgram/dns module and call no fetch/WebSocket/XMLHttpRequest', () => {
    for (const file of bundles) {
      assert.ok(existsSync(file) && statSync(file).size > 0, `${file} (npm run build)`);
      const bundle = readFileSync(file, 'utf8');
      assert.deepEqual(modulesWith(bundle, /require\("(?:node:)?(?:http|https|http2|tls|dgram|dns|undici)"\)/), [], file);
      assert.deepEqual(modulesWith(bundle, /(?<![\w.$])fetch\s*\(|new\s+(?:WebSocket|XMLHttpRequest|EventSource)\s*\(/), [], file);
    }
  });

  it('only vscode-jsonrpc (IPC, pipe and socket transports) requires net; only LSP libraries require child_process', () => {
    for (const file of bundles) {
      const bundle = readFileSync(file, 'utf8');
      for (const module of modulesWith(bundle, /require\("(?:node:)?net"\)/)) assert.match(module, /^node_modules\/vscode-jsonrpc\/lib\/node\//, `${file}: net in ${module}`);
      for (const module of modulesWith(bundle, /require\("(?:node:)?child_process"\)/)) {
        assert.match(module, /^node_modules\/vscode-language(?:server|client)\/lib\/node\//, `${file}: child_process in ${module}`);
      }
    }
  });

  it('a full LSP session and a CLI run open no network connection (guarded net, dns, http, fetch)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archnotes-net-'));
    const log = join(dir, 'net.log');
    const guard = join(ROOT, 'test', 'fuzz', 'net-guard.cjs');
    const env = { ...process.env, ARCHNOTES_NET_LOG: log };
    writeFileSync(join(dir, '.archnotes.jsonc'), '{ "rules": { "engine-port-mismatch": "error" } }\n');
    const doc = readFileSync(join(ROOT, 'examples', 'orders-platform.md'), 'utf8');
    writeFileSync(join(dir, 'notes.md'), doc);
    const uri = pathToFileURL(join(dir, 'notes.md')).toString();
    const client = new LspClient(['--stdio'], { execArgv: ['--require', guard], env });
    client.process.stderr.resume();
    try {
      await client.initialize({ workspace: { configuration: true } });
      const published = client.waitFor<{ uri: string; diagnostics: unknown[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc } });
      assert.ok((await published).diagnostics.length > 0);
      for (let line = 0; line < 20; line++) await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 30 } });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, context: { diagnostics: [] } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 14, character: 2 } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.process.kill();
    }
    const cli = spawnSync(process.execPath, ['--require', guard, join(ROOT, 'bin', 'archnotes.cjs'), 'check', join(dir, 'notes.md'), '--format', 'sarif'], { encoding: 'utf8', env, timeout: 60000 });
    assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
    const attempts = existsSync(log) ? readFileSync(log, 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    assert.equal(attempts, '', `network attempts:\n${attempts}`);
  });

  it('the guard itself catches a connection attempt (the test can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archnotes-net-'));
    const log = join(dir, 'net.log');
    const run = spawnSync(process.execPath, ['--require', join(ROOT, 'test', 'fuzz', 'net-guard.cjs'), '-e', "try { require('node:net').connect(443, 'example.com') } catch {} try { require('node:https').get('https://example.com') } catch {}"], {
      encoding: 'utf8',
      env: { ...process.env, ARCHNOTES_NET_LOG: log },
    });
    assert.equal(run.status, 0, run.stderr);
    const attempts = readFileSync(log, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    assert.match(attempts, /net\.Socket\.connect/);
    assert.match(attempts, /https\.get/);
  });
});
