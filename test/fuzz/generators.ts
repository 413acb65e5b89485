/**
 * fast-check arbitraries for markdown architecture notes: generated structures (tables, lists, fences,
 * HTML, front matter, deep nesting), mutated real text (fixtures under test/fixtures/fuzz/, the
 * example design doc and every rule's own examples) and raw random text (binary, lone surrogates,
 * NUL, BOM, CR/CRLF/LF mixes, emoji).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SERVICES } from '../../server/src/facts/catalog';
import { RULES } from '../../server/src/engine/rules';
import { exampleText } from '../../server/src/engine/rules/kit/types';

const FIXTURES = join(__dirname, '..', 'fixtures', 'fuzz');

/** How many of `seedTexts()` are fixture files (they come first). */
export function fixtureCount(): number {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).length;
}

/** Real text: committed excerpts of the notes, the example doc, and every rule example. */
export function seedTexts(): string[] {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
  const examples = RULES.flatMap((rule) => [...rule.examples.flag.map(exampleText), ...rule.examples.pass]);
  return [...files, ...examples];
}

const SERVICE_NAMES = [...new Set(SERVICES.flatMap((s) => [...s.aliases, ...(s.ambiguousAliases ?? [])]))].sort();

const octet = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(0, 1, 10, 16, 20, 31, 168, 172, 192, 255) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 255 }) }, { weight: 1, arbitrary: fc.integer({ min: 256, max: 999 }) });
const prefix = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(0, 8, 12, 15, 16, 20, 24, 28, 29, 32) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 32 }) }, { weight: 1, arbitrary: fc.integer({ min: 33, max: 999 }) });

export const cidr = fc.tuple(octet, octet, octet, octet, prefix).map(([a, b, c, d, p]) => `${a}.${b}.${c}.${d}/${p}`);

const port = fc.oneof(fc.constantFrom(22, 80, 443, 1433, 1521, 3306, 5432, 6379, 6432, 11211, 27017), fc.integer({ min: 0, max: 99999 }));
const portPhrase = fc.tuple(fc.constantFrom('port ', 'Port: ', 'port = ', 'ports ', 'db.example.rds.amazonaws.com:', 'TCP ', '-p ', '--port=', 'from_port = ', '"Port": ', ''), port, fc.constantFrom('', '/tcp', ' and 443', ', 5432')).map(([a, b, c]) => `${a}${b}${c}`);

const quantity = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 100000 }).map(String), fc.constantFrom('0.5', '1,209,600', 'fifteen', 'twenty-one', 'a')), fc.constantFrom(' ', '', '-'), fc.constantFrom('s', 'ms', 'seconds', 'min', 'minutes', 'h', 'hours', 'days', 'd', 'weeks', 'KB', 'KiB', 'MB', 'MiB', 'GB', 'bytes', 'B', 'm')).map(([n, s, u]) => `${n}${s}${u}`);

const keyword = fc.constantFrom('VPC', 'VPCs', 'subnet', 'Subnet', 'subnets', 'route', 'route table', 'destination', '-> local', 'on-premises', 'corporate', 'office', 'instance', 'host', 'RFC 1918', 'custom', 'instead of', 'reserved', 'usable', 'addresses', 'IPs', 'netmask', 'mask', 'AWS', 'Amazon', 'the', 'is', 'uses', 'has', 'for', 'e.g.', 'i.e.', 'vs.', 'engine', 'Engine:');

const word = fc.oneof(fc.constantFrom('orders', 'queue', 'private-a', 'public-b', 'app', 'db', 'cluster', 'eu-west-1a', 'Multi-AZ', '10', '3', '256', '65,536', '255.255.255.0', '255.255.0.0', '/24', '/16', '1.', 'x'), fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme-ascii' }));

/** Inline markup and hostile text: links, images, HTML, code spans, pipes, escapes. */
const hostile = fc.constantFrom(
  '[x](command:foo)',
  '[click](command:workbench.action.terminal.new?%5B%5D)',
  '<img src=x onerror=alert(1)>',
  '![](http://evil.example/p.png)',
  '![x](https://evil.example/x.svg "t")',
  '<a href="command:foo">x</a>',
  '<script>alert(1)</script>',
  'https://evil.example/',
  'www.evil.example',
  'mail@evil.example',
  '`',
  '``',
  '```',
  '|',
  '\\',
  '\\|',
  '*',
  '**',
  '_',
  '~~',
  '&amp;',
  '&#x3C;',
  '$(zap)',
  '[^1]',
  '<http://x>',
  '<!--',
  '-->',
  '<!-- archnotes-disable-next-line -->',
  '<!-- archnotes-disable-line vpc-cidr-size -- reason -->',
  '<!-- archnotes-disable cidr-host-bits -->',
  '<!-- archnotes-enable -->',
  '<!-- archnotes-disable-file engine-port-mismatch -->',
);

/** Characters and sequences that break naive offset handling. */
const odd = fc.constantFrom('\u0000', '\ud800', '\udc00', '\udbff\udfff', '😀', '🇪🇺', '👩‍👩‍👧', '⏱️', '\ufeff', '\u202e', '\u200b', '\u00a0', '\t', '\r', '\r\n', '\n', '\u2028', '\u0085', 'é', 'e\u0301', '—', '“', '”', '\f', '\v');

export const token = fc.oneof(
  { weight: 5, arbitrary: cidr },
  { weight: 3, arbitrary: fc.constantFrom(...SERVICE_NAMES) },
  { weight: 3, arbitrary: portPhrase },
  { weight: 2, arbitrary: quantity },
  { weight: 5, arbitrary: keyword },
  { weight: 5, arbitrary: word },
  { weight: 2, arbitrary: hostile },
  { weight: 2, arbitrary: odd },
  { weight: 1, arbitrary: fc.constantFrom('.', ',', ':', ';', '(', ')', '. ', ': ', '!', '?') },
);

const sep = fc.constantFrom(' ', ' ', ' ', '', '  ', ', ', '. ', ': ', ' | ', '\u00a0');

export const line = fc.array(fc.tuple(token, sep), { maxLength: 10 }).map((parts) => parts.map(([t, s]) => t + s).join(''));

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r');

interface Sized {
  readonly big: boolean;
}

function tableArb({ big }: Sized): fc.Arbitrary<string> {
  const cell = fc.array(token, { maxLength: 3 }).map((ts) => ts.join(' '));
  const cols = big ? fc.integer({ min: 1, max: 60 }) : fc.integer({ min: 1, max: 5 });
  return cols.chain((n) =>
    fc.tuple(
      fc.array(cell, { minLength: n, maxLength: n }),
      fc.array(fc.array(cell, { minLength: 0, maxLength: n + 1 }), { maxLength: big ? 2000 : 5 }),
      fc.constantFrom('---', ':--', '--:', ':-:'),
      fc.boolean(),
    ).map(([head, rows, dash, outer]) => {
      const row = (cells: readonly string[]): string => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | '));
      return [row(head), row(head.map(() => dash)), ...rows.map(row)].join('\n');
    }),
  );
}

const fenceArb = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````', '   ```'),
    fc.constantFrom('', 'hcl', 'terraform', 'yaml', 'json', 'bash', 'sh', 'sql', 'HCL extra info'),
    fc.oneof(
      fc.array(line, { maxLength: 6 }).map((ls) => ls.join('\n')),
      fc.tuple(fc.constantFrom('aws_vpc', 'aws_subnet', 'aws_db_instance', 'aws_security_group', 'aws_lambda_function'), cidr, port, fc.constantFrom('postgres', 'mysql', 'aurora-mysql', 'sqlserver-ee', 'redis')).map(
        ([type, c, p, engine]) => `resource "${type}" "main" {\n  cidr_block = "${c}"\n  engine = "${engine}"\n  port   = ${p}\n}`,
      ),
      fc.tuple(fc.constantFrom('AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::RDS::DBInstance'), cidr, port).map(([type, c, p]) => `Resources:\n  Main:\n    Type: ${type}\n    Properties:\n      CidrBlock: ${c}\n      Port: ${p}`),
    ),
    fc.constantFrom('close', 'close', 'close', 'unterminated', 'shorter'),
  )
  .map(([fence, lang, body, end]) => {
    const close = end === 'close' ? `\n${fence.trim()}` : end === 'shorter' ? '\n``' : '';
    return `${fence}${lang}\n${body}${close}`;
  });

const htmlArb = fc
  .tuple(fc.constantFrom('<div>', '<details><summary>x</summary>', '<!--', '<table><tr><td>', '<pre>', '<?php', '<![CDATA['), line, fc.boolean())
  .map(([open, body, closed]) => {
    if (!closed) return `${open}\n${body}`;
    const close = open === '<!--' ? '-->' : open === '<?php' ? '?>' : open === '<![CDATA[' ? ']]>' : open.replace(/<(\w+).*/, '</$1>');
    return `${open}\n${body}\n${close}`;
  });

const frontMatter = fc.array(fc.tuple(fc.constantFrom('title', 'vpc', 'cidr', 'tags', 'port'), line), { maxLength: 4 }).map((kv) => `---\n${kv.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---`);

function listArb(depth: number, ordered: boolean): fc.Arbitrary<string> {
  const marker = ordered ? '1.' : fc.constantFrom('-', '*', '+');
  return fc.tuple(fc.array(fc.tuple(typeof marker === 'string' ? fc.constant(marker) : marker, line), { minLength: 1, maxLength: 4 })).map(([items]) => {
    const indent = '  '.repeat(depth);
    return items.map(([m, l]) => `${indent}${m} ${l}`).join('\n');
  });
}

/**
 * Deep structures: nested lists, block quotes, emphasis and brackets; in big mode one-line nesting
 * up to 5,000 levels and the reliability probe's attack lines (issue 16). Nesting over many lines
 * stays at 400 levels (its text grows with the square of the depth).
 */
function deepArb({ big }: Sized): fc.Arbitrary<string> {
  const kinds = ['list', 'quote', 'emphasis', 'brackets', 'mixed', ...(big ? (['bullets', 'fence', 'closers'] as const) : [])];
  return fc.tuple(fc.integer({ min: 8, max: big ? 5000 : 40 }), fc.constantFrom(...kinds), line).map(([n, kind, l]) => {
  switch (kind) {
    case 'list':
      return Array.from({ length: Math.min(n, 400) }, (_, i) => `${'  '.repeat(i)}- ${i % 3 === 0 ? l : `level ${i} VPC 10.${i % 256}.0.0/16`}`).join('\n');
    case 'bullets':
      return `${'- '.repeat(n)}${l}`;
    case 'fence':
      return `\`\`\`yaml\n${'a'.repeat(n)}:${' '.repeat(n)}b:\n\`\`\``;
    case 'closers':
      return `${l} ${'a]'.repeat(n)}`;
    case 'quote':
      return `${'> '.repeat(n)}${l}`;
    case 'emphasis':
      return `${'*_'.repeat(n)}${l}${'_*'.repeat(n)}`;
    case 'brackets':
      return `${'['.repeat(n)}${l}${'](x)'.repeat(n)}`;
    default:
      return Array.from({ length: Math.min(n, 400) }, (_, i) => `${'> '.repeat(i % 7)}${'  '.repeat(i % 5)}${i % 2 ? '-' : '1.'} ${l}`).join('\n');
  }
  });
}

/** A 100k-character line: prose, a CIDR soup, or one token repeated. */
export const hugeLine = fc.tuple(fc.integer({ min: 20000, max: 100000 }), fc.constantFrom('prose', 'cidrs', 'pipes', 'backticks', 'digits'), line).map(([n, kind, l]) => {
  const unit = kind === 'prose' ? `${l} The VPC 10.0.0.0/15 uses port 3306 with PostgreSQL. ` : kind === 'cidrs' ? '10.0.0.0/8 ' : kind === 'pipes' ? '| ' : kind === 'backticks' ? '`' : '1.';
  return unit.repeat(Math.ceil(n / Math.max(1, unit.length))).slice(0, n);
});

/**
 * One block of about 1 MB (issue 16): a paragraph of short lines, a table, a code fence, a list or a
 * block quote with no blank line, so no line reaches the 64 KB line guard and only the block guard
 * (`long-block`) or a linear analysis keeps it in time.
 */
export const megaBlock = fc.tuple(fc.integer({ min: 900_000, max: 1_100_000 }), fc.constantFrom('paragraph', 'table', 'fence', 'list', 'quote'), line).map(([n, kind, l]) => {
  const row = kind === 'table' ? `| vpc-${l.length} | 10.0.0.0/16 | 3306 | ${l.replace(/\|/g, '/')} |\n` : `${kind === 'list' ? '- ' : kind === 'quote' ? '> ' : ''}${l} VPC 10.0.0.0/15 port 5432\n`;
  const body = row.repeat(Math.ceil(n / Math.max(1, row.length)));
  if (kind === 'table') return `| Name | CIDR | Port | Notes |\n| --- | --- | --- | --- |\n${body}`;
  if (kind === 'fence') return `\`\`\`hcl\n${body}\`\`\``;
  return body;
});

/**
 * File names a CLI or an editor may be handed (issue 16): control characters (a newline followed by a
 * GitHub `::error` command, ESC/CSI/OSC sequences, BEL, NUL-free C0/C1), bidi overrides and isolates
 * (RTL, Trojan Source), URI-significant `#`, `?`, `%`, `..` segments, lone surrogates, emoji, and
 * names up to 4,000 characters.
 */
export const hostileName = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(
          '\n::error file=README.md,line=1::Injected annotation\n',
          '\r::warning::x',
          '\u001b[2J',
          '\u001b]0;owned\u0007',
          '\u009b31m',
          '\u0007',
          '\u202e',
          '\u2066',
          '\u200f',
          '\u2028',
          'سلام',
          'שלום',
          '#1',
          '?x=1',
          '100%',
          '%20',
          '..',
          ' ',
          '😀',
          '\ud800',
          '\udfff',
          '東京',
        ),
        fc.string({ unit: 'binary', maxLength: 8 }).map((t) => t.replace(/[\u0000/]/g, '')),
        fc.integer({ min: 200, max: 4000 }).map((n) => 'x'.repeat(n)),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    fc.constantFrom('.md', '.markdown', '.md\n', '.md\u202e'),
  )
  .map(([parts, ext]) => `${parts.join('') || 'x'}${ext}`);

export function blockArb(sized: Sized): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: line },
    { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`) },
    { weight: 1, arbitrary: fc.tuple(line, fc.constantFrom('===', '---')).map(([l, u]) => `${l}\n${u}`) },
    { weight: 4, arbitrary: tableArb(sized) },
    { weight: 3, arbitrary: fenceArb },
    { weight: 3, arbitrary: fc.tuple(listArb(0, false), listArb(1, false), listArb(2, true)).map(([a, b, c]) => `${a}\n${b}\n${c}`) },
    { weight: 1, arbitrary: line.map((l) => `> ${l}`) },
    { weight: 2, arbitrary: htmlArb },
    { weight: 1, arbitrary: hostile },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '', '    indented code 10.0.0.0/15 port 3306 PostgreSQL', '\t\tcode') },
    { weight: sized.big ? 2 : 1, arbitrary: deepArb(sized) },
    ...(sized.big ? [{ weight: 1, arbitrary: hugeLine }, { weight: 1, arbitrary: megaBlock }] : []),
  );
}

/** A generated document: optional BOM and front matter, blocks, mixed line endings. */
export function structuredDoc(sized: Sized = { big: false }): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('', '', '', '\ufeff'),
      fc.option(frontMatter, { freq: 5 }),
      fc.array(fc.tuple(blockArb(sized), eol, fc.constantFrom(1, 1, 2, 2, 3)), { maxLength: sized.big ? 40 : 8 }),
      fc.constantFrom('', '\n', '\r\n', '\n\n'),
      fc.constantFrom('keep', 'keep', 'keep', 'crlf', 'cr', 'lf'),
    )
    .map(([bom, front, blocks, tail, endings]) => {
      const body = blocks.map(([b, e, n]) => b + e.repeat(n)).join('');
      const text = `${bom}${front === null ? '' : `${front}\n`}${body}${tail}`;
      return withEndings(text, endings);
    });
}

function withEndings(text: string, endings: 'keep' | 'crlf' | 'cr' | 'lf'): string {
  if (endings === 'keep') return text;
  const lf = text.replace(/\r\n?/g, '\n');
  return endings === 'lf' ? lf : lf.replace(/\n/g, endings === 'crlf' ? '\r\n' : '\r');
}

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'char'; at: number; code: number }
  | { kind: 'endings'; to: 'crlf' | 'cr' | 'lf' }
  | { kind: 'swapLines'; a: number; b: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(token, line, blockArb({ big: false })) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }), to: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('char' as const), at: fc.nat(), code: fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0, 10, 13, 0x7c, 0x60, 0xd800, 0xdc00, 0xfeff)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('endings' as const), to: fc.constantFrom('crlf' as const, 'cr' as const, 'lf' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }) },
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = (n: number): number => (out.length === 0 ? 0 : n % (out.length + 1));
    switch (m.kind) {
      case 'insert': {
        const i = at(m.at);
        out = out.slice(0, i) + m.text + out.slice(i);
        break;
      }
      case 'delete': {
        const i = at(m.at);
        out = out.slice(0, i) + out.slice(i + m.length);
        break;
      }
      case 'duplicate': {
        const i = at(m.at);
        const piece = out.slice(i, i + m.length);
        const j = at(m.to);
        out = out.slice(0, j) + piece + out.slice(j);
        break;
      }
      case 'char': {
        const i = at(m.at);
        out = out.slice(0, i) + String.fromCharCode(m.code) + out.slice(i);
        break;
      }
      case 'endings':
        out = withEndings(out, m.to);
        break;
      case 'swapLines': {
        const lines = out.split('\n');
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        const tmp = lines[a] ?? '';
        lines[a] = lines[b] ?? '';
        lines[b] = tmp;
        out = lines.join('\n');
        break;
      }
    }
  }
  return out;
}

export function mutatedSeed(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { maxLength: 8 })).map(([seed, ms]) => mutate(seed, ms));
}

/** Raw random text: binary (any UTF-16 unit, lone surrogates included) or markdown-heavy alphabets. */
export const rawText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('|', '-', '`', '*', '_', '#', '>', '<', '[', ']', '(', ')', '!', '\\', ' ', '\n', '\r', '\t', '1', '0', '.', '/', ':', 'a', 'V', 'P', 'C', '~', '\u0000', '\ud83d', '\ude00'), maxLength: 400 }),
  fc.array(token, { maxLength: 40 }).map((ts) => ts.join('')),
  fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** Every kind of document the fuzzer feeds the engine. */
export function anyDoc(seeds: readonly string[], sized: Sized = { big: false }): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: structuredDoc(sized) }, { weight: 4, arbitrary: mutatedSeed(seeds) }, { weight: 2, arbitrary: rawText });
}

/** Random edits: typing, deleting, pasting blocks, line breaks of every kind, surrogate halves. */
export const editArb = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.integer({ min: 6, max: 400 }) }),
  insert: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('', 'a', ' ', '|', '`', '```', '\n', '\r\n', '\r', '\n\n', '- ', '# ', '> ', '0', '/', '.', '\ud83d', '\ude00', '😀', '<!--', '-->') },
    { weight: 3, arbitrary: token },
    { weight: 2, arbitrary: line },
    { weight: 1, arbitrary: blockArb({ big: false }).map((b) => `\n${b}\n`) },
  ),
});
