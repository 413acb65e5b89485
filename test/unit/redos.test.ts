/**
 * ReDoS (issue 16): no regular expression in server/src may backtrack super-linearly on input it can
 * be given unbounded. Literals are read from the sources with the TypeScript compiler API; patterns
 * built with `new RegExp` are recorded while a child process loads the server's modules and runs the
 * engine over the fixtures. Both go through scslre (the analyser of eslint-plugin-regexp's
 * no-super-linear-backtracking / no-super-linear-move rules). A pattern it reports either gets fixed
 * or is listed in BOUNDED with the bound on what it ever sees; an entry nothing matches any more fails
 * too, so the list cannot rot.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { literalsUnder, regexLiterals, superLinear, type PatternSite, type SuperLinear } from './helpers/redos';

const ROOT = resolve(__dirname, '../..');

interface Bounded {
  /** The file whose pattern it is. */
  readonly file: string;
  /** A piece of the pattern's source that names it. */
  readonly fragment: string;
  /** Why the super-linear part can only ever see a short text. */
  readonly why: string;
}

const BOUNDED: readonly Bounded[] = [
  { file: 'server/src/engine/assertions/quantity.ts', fragment: String.raw`\d[\d.,]*\s*[a-zµ]{0,12}\.?\s*\(?\s*(?:by\s+)?default`, why: 'CUE_OF_PREVIOUS_VALUE: only the 64 characters before a quantity' },
  { file: 'server/src/engine/assertions/quantity-binding.ts', fragment: String.raw`\b(?:upper[- ]bound\s+(?:of|is)`, why: 'LIMIT_CUE_BEFORE: only the 64 characters before a quantity' },
  { file: 'server/src/engine/assertions/quantity-binding.ts', fragment: String.raw`^[ \t*_` + '`' + String.raw`]*(?:(?!(?:and|or|but`, why: 'PREMODIFIER_GAP: the gap between two quantities at most 24 characters apart' },
  { file: 'server/src/engine/assertions/quantity-binding.ts', fragment: String.raw`)[ \t_-]+(?:[\w-]+[ \t_-]+){0,2}$`, why: 'qualifiedBy (the limit rules\' notAttribute qualifiers): only the 48 characters before a quantity' },
  { file: 'server/src/engine/recognisers/quantities.ts', fragment: String.raw`\w[^()[\],]*?(?:\s\(\s*`, why: 'HEADER_UNIT: headers over MAX_HEADER_CHARS (200) are not scanned, each header once' },
  { file: 'server/src/engine/assertions/cidr-role.ts', fragment: String.raw`(?:\b(?:inside|within|(?:carved|cut`, why: 'POOL_BEFORE: the last 40 characters before a CIDR' },
  { file: 'server/src/engine/assertions/cidr-role.ts', fragment: String.raw`\b(?:sources?|destinations?|src|dst)`, why: 'ENDPOINT_BEFORE: the 120 characters before a CIDR' },
  { file: 'server/src/engine/assertions/cidr-role.ts', fragment: String.raw`(?:range|pool|supernet|space)\b`, why: 'POOL_AFTER: the 80 characters after a CIDR' },
  { file: 'server/src/engine/assertions/cidr-role.ts', fragment: '[`*_(]*$', why: 'isFlowEnd: the 120 characters before a CIDR' },
  { file: 'server/src/engine/assertions/cidr-role.ts', fragment: String.raw`\b(?:secondary|additional|second|extra)\s+(?:IPv4\s+)?(?:VPC\s+)?CIDR(?:\s+blocks?)?`, why: 'SECONDARY_BEFORE: the 40 characters before a CIDR' },
  { file: 'server/src/engine/recognisers/ports.ts', fragment: String.raw`(?:\s*(?:[:=(/|,–—·-]|\bon\b`, why: 'NAME_GAP_BEFORE: the 60 characters before a port number' },
  { file: 'server/src/engine/rules/kit/limit-rule.ts', fragment: String.raw`(?:\bup\s+(?:to|until)|\bmax(?:imum)?`, why: 'UP_TO_BEFORE: the 64 characters before a quantity' },
  { file: 'server/src/engine/rules/kit/limit-rule.ts', fragment: String.raw`(?:\bfrom\s+|\bbetween\s+)?(\d+(?:\.\d+)?)\s*([A-Za-z]{0,8})`, why: 'the range joint: the 40 characters before a quantity' },
  { file: 'server/src/engine/rules/renamed-service.ts', fragment: String.raw`(?<!\s)\s*\(.*\)$`, why: 'service names of the fact pack, never document text' },
  { file: 'server/src/engine/rules/sqs-fifo-name-suffix.ts', fragment: String.raw`(?:\bnew\s+)?([A-Za-z_][\w.]*)\s*$`, why: 'the 80 characters before a call\'s parenthesis' },
  {
    file: 'server/src/engine/rules/quota-as-hard-limit.ts',
    fragment: String.raw`(?<!\b(?:not|never|cannot|can't|won't)\s+(?:be\s+)?)`,
    why: 'SOFT: the move is inside a lookbehind that V8 tries only where a raise/increase word starts; 60 KB runs of spaces after "not" take < 1 ms (redos-runtime test)',
  },
];

function isBounded(site: PatternSite, list: readonly Bounded[] = BOUNDED): Bounded | undefined {
  return list.find((b) => site.where.startsWith(`${b.file}:`) && site.source.includes(b.fragment));
}

function explain(found: readonly SuperLinear[]): string {
  return found.map((f) => `${f.where} /${f.source.slice(0, 160)}/${f.flags}\n    ${f.causes.join('\n    ')}`).join('\n');
}

/** Patterns compiled at run time, from a child process (see helpers/record-regexps.ts). */
function constructedPatterns(extraModules: readonly string[] = []): PatternSite[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/unit/helpers/record-regexps.ts'), ...extraModules], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as PatternSite[];
}

describe('ReDoS: no super-linear regular expression on unbounded input (static check)', function () {
  this.timeout(180_000);
  let literals: PatternSite[] = [];
  let constructed: PatternSite[] = [];
  const reported: SuperLinear[] = [];

  before(() => {
    literals = literalsUnder(join(ROOT, 'server/src'), ROOT);
    constructed = constructedPatterns().filter((p) => p.where.startsWith('server/src/'));
  });

  it('finds a planted trade, nested quantifier and quadratic move in an in-memory source', () => {
    const source = [
      'const ok = /(?<!\\d)\\d+ms/g;',
      'const trade = /^\\s*\\s*x$/;',
      'const nested = /^(?:a+)+b$/;',
      'const move = /\\d+ms/g;',
      'const rule = { unit: /^(?:secondary)?\\s*\\s*Regions?\\b/i };',
    ].join('\n');
    const sites = regexLiterals('planted.ts', source);
    assert.deepEqual(sites.map((s) => s.where).sort(), ['planted.ts:1', 'planted.ts:2', 'planted.ts:3', 'planted.ts:4', 'planted.ts:5']);
    const found = superLinear(sites);
    assert.deepEqual(found.map((f) => f.where).sort(), ['planted.ts:2', 'planted.ts:3', 'planted.ts:4', 'planted.ts:5'], explain(found));
    assert.match(found.find((f) => f.where === 'planted.ts:3')?.causes.join() ?? '', /exponential/);
    assert.match(found.find((f) => f.where === 'planted.ts:4')?.causes.join() ?? '', /quadratic move/);
    // A bounded entry of another file does not excuse it.
    assert.equal(found.filter((f) => !isBounded(f)).length, 4);
  });

  it('finds a planted pattern built with new RegExp at run time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archnotes-redos-'));
    try {
      const module = join(dir, 'planted.ts');
      writeFileSync(module, "const WORD = String.raw`[\\w-]+`;\nexport const NAMES = new RegExp(`^(?:${WORD}\\\\s?)+:$`);\n");
      const planted = constructedPatterns([module]).filter((p) => p.where.startsWith(module));
      assert.equal(planted.length, 1, JSON.stringify(planted));
      assert.equal(planted[0]?.where, `${module}:2`);
      assert.equal(superLinear(planted).length, 1, 'the planted pattern is reported');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the literals and records the built patterns of server/src', () => {
    // Far fewer would mean the scan lost its way (a moved folder, a recorder that no longer runs).
    assert.ok(literals.length > 300, `${literals.length} literals`);
    assert.ok(constructed.length > 40, `${constructed.length} constructed patterns`);
  });

  it('every regex literal in server/src is linear, or listed as bounded', () => {
    const found = superLinear(literals);
    reported.push(...found);
    const unbounded = found.filter((f) => !isBounded(f));
    assert.equal(unbounded.length, 0, `super-linear literals (fix them, or bound their input and list them in BOUNDED):\n${explain(unbounded)}`);
  });

  it('every pattern built at run time is linear, or listed as bounded', () => {
    const found = superLinear(constructed);
    reported.push(...found);
    const unbounded = found.filter((f) => !isBounded(f));
    assert.equal(unbounded.length, 0, `super-linear built patterns:\n${explain(unbounded)}`);
  });

  it('every BOUNDED entry still names a reported pattern', () => {
    const stale = BOUNDED.filter((b) => !reported.some((r) => isBounded(r, [b])));
    assert.deepEqual(stale, [], 'remove the entries whose pattern is gone or now linear');
  });
});
