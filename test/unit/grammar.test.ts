/**
 * The TextMate injection grammar (syntaxes/archnotes.injection.tmLanguage.json), tokenised for real
 * with vscode-textmate + vscode-oniguruma over VS Code's markdown grammar (from the tm-grammars
 * package): our scopes appear on CIDRs, ports, Regions, resource IDs, ARNs and service names in prose,
 * never inside code, links or comments, and markdown's own scopes stay intact. Also runs the
 * vscode-tmgrammar-test fixtures in test/grammar/ (against the committed file) and checks the committed
 * grammar is the generator's output for the current fact pack.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';
import { SERVICES } from '../../server/src/facts/catalog';
import { GRAMMAR_PATH, SCOPE_NAME, collectAliases, renderGrammar, spellings } from '../../scripts/gen-grammar';

const ROOT = join(__dirname, '..', '..');
const MARKDOWN_GRAMMAR = join(ROOT, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json');
const SERVICE = 'support.type.aws-service.archnotes';
const RETIRED = 'invalid.deprecated.aws-service.archnotes';
const CIDR = 'constant.numeric.cidr.archnotes';
const PORT = 'constant.numeric.port.archnotes';
const OURS = /\.archnotes$/;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let markdownGrammar: tm.IGrammar | undefined;

async function loadGrammar(): Promise<tm.IGrammar> {
  if (markdownGrammar) return markdownGrammar;
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'text.html.markdown') return tm.parseRawGrammar(readFileSync(MARKDOWN_GRAMMAR, 'utf8'), MARKDOWN_GRAMMAR);
      // Generated in memory from the current fact pack, so these tests check the generator; the first
      // test checks that the committed file is that same output.
      if (scopeName === SCOPE_NAME) return tm.parseRawGrammar(renderGrammar(), GRAMMAR_PATH);
      return null; // embedded languages of fenced code: not needed here
    },
    // What VS Code does for a grammar contributed with "injectTo": ["text.html.markdown"].
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [SCOPE_NAME] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('markdown grammar did not load');
  markdownGrammar = grammar;
  return grammar;
}

/** Tokens of every line of `text`, with line state carried across lines. */
async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let stack = tm.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
  });
}

/** The tokens of `line` covering the `nth` occurrence of `sub`. */
function tokensOf(lineTokens: readonly Token[], line: string, sub: string, nth = 1): Token[] {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = line.indexOf(sub, at + 1);
    assert.ok(at >= 0, `"${sub}" not in "${line}"`);
  }
  const end = at + sub.length;
  return lineTokens.filter((t) => t.start < end && t.end > at);
}

function assertScope(lineTokens: readonly Token[], line: string, sub: string, scope: string, nth = 1): void {
  const tokens = tokensOf(lineTokens, line, sub, nth);
  for (const t of tokens) assert.ok(t.scopes.includes(scope), `"${t.text}" in "${sub}" lacks ${scope}: ${t.scopes.join(' ')}`);
}

function assertNoOwnScopes(lineTokens: readonly Token[], line: string, sub: string): void {
  for (const t of tokensOf(lineTokens, line, sub)) {
    const ours = t.scopes.filter((s) => OURS.test(s));
    assert.deepEqual(ours, [], `"${t.text}" got ${ours.join(' ')} inside "${sub}"`);
  }
}

/** The exact span our service scope covers in a one-line text, or undefined. */
async function serviceSpan(line: string, scope = SERVICE): Promise<string | undefined> {
  const [tokens = []] = await tokenize(line);
  const hit = tokens.filter((t) => t.scopes.includes(scope));
  if (hit.length === 0) return undefined;
  return line.slice(hit[0]!.start, hit[hit.length - 1]!.end);
}

describe('injection grammar', () => {
  it('is the one generated from the current fact pack (run `npm run grammar:gen` after changing aliases)', () => {
    assert.equal(readFileSync(GRAMMAR_PATH, 'utf8'), renderGrammar(), `${GRAMMAR_PATH} is stale: run npm run grammar:gen`);
  });

  it('injects into markdown text only, outside code, links and comments', () => {
    const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(grammar.scopeName, SCOPE_NAME);
    assert.match(grammar.injectionSelector, /^text\.html\.markdown /);
    for (const excluded of ['markup.fenced_code', 'markup.raw', 'markup.inline.raw', 'comment', 'meta.link']) {
      assert.ok(grammar.injectionSelector.includes(`-${excluded}`), `selector does not exclude ${excluded}`);
    }
  });

  it('scopes CIDRs, ports, Regions, resource IDs, ARNs and services in prose', async () => {
    const lines = [
      'The VPC 10.0.0.0/16 has the subnet 10.0.1.0/24 in us-east-1a.',
      'RDS for PostgreSQL on port 5432; Aurora MySQL at orders.cluster-abc.eu-west-1.rds.amazonaws.com:3306.',
      'Allow TCP 443 and 6379/tcp; the proxy is 10.0.1.5:5432; ports 1024-65535 for the NACL.',
      'Attach vpc-0a1b2c3d and subnet-0123456789abcdef0; the queue is arn:aws:sqs:us-east-1:111122223333:orders.',
    ];
    const tokens = await tokenize(lines.join('\n'));
    const [l0, l1, l2, l3] = lines as [string, string, string, string];
    const [t0 = [], t1 = [], t2 = [], t3 = []] = tokens;
    assertScope(t0, l0, 'VPC', SERVICE);
    assertScope(t0, l0, '10.0.0.0/16', CIDR);
    assertScope(t0, l0, '10.0.1.0/24', CIDR);
    assertScope(t0, l0, 'us-east-1a', 'constant.language.aws-region.archnotes');
    assertScope(t1, l1, 'RDS for PostgreSQL', SERVICE);
    assertScope(t1, l1, '5432', PORT);
    assertScope(t1, l1, 'Aurora MySQL', SERVICE);
    assertScope(t1, l1, '3306', PORT);
    assertNoOwnScopes(t1, l1, 'orders.cluster-abc.eu-west-1.rds.amazonaws.com');
    assertScope(t2, l2, '443', PORT);
    assertScope(t2, l2, '6379', PORT);
    assertScope(t2, l2, '10.0.1.5', 'constant.numeric.ip-address.archnotes');
    assertScope(t2, l2, '5432', PORT);
    assertScope(t2, l2, '1024', PORT);
    assertScope(t2, l2, '65535', PORT);
    assertScope(t3, l3, 'vpc-0a1b2c3d', 'variable.other.constant.aws-resource-id.archnotes');
    assertScope(t3, l3, 'subnet-0123456789abcdef0', 'variable.other.constant.aws-resource-id.archnotes');
    assertScope(t3, l3, 'arn:aws:sqs:us-east-1:111122223333:orders', 'string.other.arn.archnotes');
  });

  it('leaves look-alikes alone: times, versions, ratios, names with service words, invalid CIDRs', async () => {
    const line = 'At 10:30 run version 1.2.3 at 3:1 on prod-lambda and orders_rds; Lambdas; 10.0.0.0/33; 300.1.2.3/8; support 5432.';
    const [tokens = []] = await tokenize(line);
    assertNoOwnScopes(tokens, line, line);
  });

  it('does not apply inside fenced code, indented code, inline code, links or HTML comments', async () => {
    const text = [
      'Inline `VPC 10.0.0.0/16 port 5432` code.',
      '',
      '```hcl',
      'cidr_block = "10.0.0.0/16" # VPC, port 5432, Lambda',
      '```',
      '',
      '~~~',
      'VPC 10.0.0.0/16 port 5432 Lambda',
      '~~~',
      '',
      '    VPC 10.0.0.0/16 port 5432 Lambda (indented code)',
      '',
      'See [the VPC 10.0.0.0/16 guide](https://docs.aws.amazon.com/vpc/latest/userguide/).',
      '',
      '<!-- VPC 10.0.0.0/16 on port 5432 -->',
    ];
    const tokens = await tokenize(text.join('\n'));
    const check = (index: number, sub: string, markdownScope: string): void => {
      const line = text[index]!;
      const lineTokens = tokens[index] ?? [];
      assertNoOwnScopes(lineTokens, line, sub);
      for (const t of tokensOf(lineTokens, line, sub)) assert.ok(t.scopes.some((s) => s.startsWith(markdownScope)), `"${t.text}" lost ${markdownScope}: ${t.scopes.join(' ')}`);
    };
    check(0, 'VPC 10.0.0.0/16 port 5432', 'markup.inline.raw');
    check(3, text[3]!, 'markup.fenced_code');
    check(7, text[7]!, 'markup.fenced_code');
    check(10, 'VPC 10.0.0.0/16 port 5432 Lambda (indented code)', 'markup.raw.block');
    check(12, 'the VPC 10.0.0.0/16 guide', 'string.other.link.title');
    check(12, 'https://docs.aws.amazon.com/vpc/latest/userguide/', 'markup.underline.link');
    check(14, 'VPC 10.0.0.0/16 on port 5432', 'comment.block.html');
  });

  it('keeps markdown scopes for headings, emphasis, lists, quotes and tables, with ours nested inside', async () => {
    const text = [
      '## VPC prod-vpc in eu-west-1',
      '',
      '**Amazon SQS** and _Lambda_ and *10.0.0.0/16*',
      '',
      '- A list item with SQS on port 443',
      '',
      '> A quote about RDS for MySQL on port 3306',
      '',
      '| Subnet | Subnet CIDR |',
      '|---|---|',
      '| public-a | 10.0.0.0/24 |',
    ];
    const tokens = await tokenize(text.join('\n'));
    const at = (i: number): [Token[], string] => [tokens[i] ?? [], text[i]!];
    assertScope(...at(0), '##', 'punctuation.definition.heading.markdown');
    assertScope(...at(0), 'VPC', 'entity.name.section.markdown');
    assertScope(...at(0), 'VPC', SERVICE);
    assertScope(...at(0), 'prod-vpc', 'markup.heading.markdown');
    assertScope(...at(2), '**', 'punctuation.definition.bold.markdown');
    assertScope(...at(2), 'Amazon SQS', 'markup.bold.markdown');
    assertScope(...at(2), 'Amazon SQS', SERVICE);
    assertScope(...at(2), 'Lambda', 'markup.italic.markdown');
    assertScope(...at(2), 'Lambda', SERVICE);
    assertScope(...at(2), '10.0.0.0/16', 'markup.italic.markdown');
    assertScope(...at(2), '10.0.0.0/16', CIDR);
    assertScope(...at(4), '-', 'punctuation.definition.list.begin.markdown');
    assertScope(...at(4), 'SQS', 'markup.list.unnumbered.markdown');
    assertScope(...at(4), 'SQS', SERVICE);
    assertScope(...at(4), '443', PORT);
    assertScope(...at(6), 'RDS for MySQL', 'markup.quote.markdown');
    assertScope(...at(6), 'RDS for MySQL', SERVICE);
    assertScope(...at(8), '|', 'punctuation.definition.table.markdown');
    assertScope(...at(10), '10.0.0.0/24', 'markup.table.markdown');
    assertScope(...at(10), '10.0.0.0/24', CIDR);
  });

  it('gives markdown the same scopes with and without the injection outside our tokens', async () => {
    // Strip our scopes: what is left must be what markdown alone produces.
    const text = readFileSync(join(ROOT, 'test', 'grammar', 'prose.test.md'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('<!--'))
      .join('\n');
    const withInjection = await tokenize(text);
    const raw = JSON.parse(readFileSync(MARKDOWN_GRAMMAR, 'utf8')) as object;
    const wasmReady = loadGrammar(); // make sure oniguruma is loaded
    await wasmReady;
    const plainRegistry = new tm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => (scopeName === 'text.html.markdown' ? tm.parseRawGrammar(JSON.stringify(raw), 'markdown.json') : null),
    });
    const plain = await plainRegistry.loadGrammar('text.html.markdown');
    assert.ok(plain);
    let stack = tm.INITIAL;
    text.split('\n').forEach((line, i) => {
      const result = plain.tokenizeLine(line, stack);
      stack = result.ruleStack;
      const scopesAt = (tokens: ReadonlyArray<{ start: number; end: number; scopes: readonly string[] }>, col: number): string =>
        (tokens.find((t) => t.start <= col && col < t.end)?.scopes ?? []).filter((s) => !OURS.test(s)).join(' ');
      const plainTokens = result.tokens.map((t) => ({ start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
      for (let col = 0; col < line.length; col++) {
        assert.equal(scopesAt(withInjection[i] ?? [], col), scopesAt(plainTokens, col), `line ${i + 1} col ${col}: "${line}"`);
      }
    });
  });

  it('recognises every alias of every active service in the fact pack', async () => {
    const { plain, ambiguous } = collectAliases(SERVICES, false);
    assert.ok(plain.length > 10);
    const misses: string[] = [];
    for (const alias of plain) {
      const span = await serviceSpan(`We chose ${alias} for this.`);
      if (span !== alias) misses.push(`${alias} → ${span ?? 'nothing'}`);
    }
    for (const alias of ambiguous) {
      const withPrefix = await serviceSpan(`We chose AWS ${alias} for this.`);
      if (withPrefix !== `AWS ${alias}` && withPrefix !== alias) misses.push(`AWS ${alias} → ${withPrefix ?? 'nothing'}`);
      if (/^[a-z]/.test(alias)) {
        const bare = await serviceSpan(`We chose ${alias} for this.`);
        if (bare !== undefined) misses.push(`bare ambiguous "${alias}" was scoped`);
      }
    }
    assert.deepEqual(misses, []);
  });

  it('recognises all-lower-case aliases Capitalised, in Title Case and in UPPER case too', async () => {
    const lower = collectAliases(SERVICES, false).plain.filter((a) => /^[a-z][a-z -]+$/.test(a) && a.length > 3).slice(0, 20);
    assert.ok(lower.length > 0);
    for (const alias of lower) {
      for (const written of spellings(alias)) assert.equal(await serviceSpan(`We chose ${written} for this.`), written, written);
    }
  });

  it('prefers the longest name across active and retired services', async () => {
    const retired = collectAliases(SERVICES, true).plain;
    const active = collectAliases(SERVICES, false).plain;
    for (const r of retired) {
      for (const a of active.filter((x) => x.length > r.length && x.startsWith(`${r} `))) {
        assert.equal(await serviceSpan(`We chose ${a} for this.`), a, a);
        assert.equal(await serviceSpan(`We chose ${a} for this.`, RETIRED), undefined, a);
      }
    }
  });

  it('marks retired services as deprecated', async () => {
    const { plain } = collectAliases(SERVICES, true);
    for (const alias of plain) assert.equal(await serviceSpan(`We chose ${alias} for this.`, RETIRED), alias, alias);
  });

  it('passes the vscode-tmgrammar-test fixtures in test/grammar/', () => {
    const cli = join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
    const run = spawnSync(process.execPath, [cli, '--config', join('test', 'grammar', 'grammars.json'), 'test/grammar/**/*.test.md'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, output);
    assert.match(run.stdout, /prose\.test\.md run successfuly/);
    assert.match(run.stdout, /code\.test\.md run successfuly/);
  });
});
