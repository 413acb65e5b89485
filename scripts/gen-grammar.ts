/**
 * Generates syntaxes/archnotes.injection.tmLanguage.json, the TextMate injection grammar that gives
 * AWS terms in markdown prose their own scopes: IPv4 CIDRs and addresses, ports written as ports
 * (`port 5432`, `:3306`, `5432/tcp`, `TCP 443`), Regions and AZs, resource IDs, ARNs, and AWS service
 * names. The service-name regex is built from the fact pack's aliases, so the grammar colours exactly
 * the names the hover and the rules recognise.
 *
 *   npm run grammar:gen            write the grammar
 *   npm run grammar:gen -- --check exit 1 when the committed grammar is stale
 *
 * The injection never applies inside code (fenced, indented, inline), links, HTML comments or front
 * matter, so markdown's own scopes stay as they are there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from '../server/src/facts/catalog';
import type { ServiceCard } from '../server/src/facts/types';

export const GRAMMAR_PATH = join(__dirname, '..', 'syntaxes', 'archnotes.injection.tmLanguage.json');
export const SCOPE_NAME = 'archnotes.markdown.injection';

/** Where the injection applies: markdown text, but not code, links, comments or front matter. */
export const INJECTION_SELECTOR = [
  'text.html.markdown',
  '-markup.fenced_code',
  '-markup.raw',
  '-markup.inline.raw',
  '-meta.embedded',
  '-comment',
  '-meta.link',
  '-meta.image',
  '-markup.underline.link',
  '-string.other.link',
  '-meta.separator',
].join(' ');

/**
 * Word boundaries that treat `_` as punctuation when it is emphasis (`_Lambda_`) but not inside
 * snake_case (`prod_lambda`): no letter or digit, nor letter/digit + `_`, on either side.
 */
const B = '(?<![A-Za-z0-9])(?<![A-Za-z0-9]_)';
const E = '(?![A-Za-z0-9])(?!_[A-Za-z0-9])';

const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const PORT = '(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}|0)';
const REGION = '(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:gov-|iso-|isob-)?(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-[1-9]';
const RESOURCE_PREFIXES = [
  'tgw-attach', 'tgw-rtb', 'eipalloc', 'subnet', 'vpce', 'eigw', 'snap', 'vpc', 'igw', 'nat', 'rtb', 'acl', 'pcx', 'tgw',
  'vgw', 'cgw', 'eni', 'ami', 'vol', 'sg', 'lt', 'i',
];

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface AliasGroup {
  readonly plain: string[];
  readonly ambiguous: string[];
}

const isRetired = (service: ServiceCard): boolean => service.status?.state === 'retired';

/** Aliases of active (retired = false) or retired services; a name any active service uses counts as active. */
export function collectAliases(services: readonly ServiceCard[], retired: boolean): AliasGroup {
  const activeNames = new Set<string>();
  for (const service of services) {
    if (isRetired(service)) continue;
    for (const alias of [...service.aliases, ...(service.ambiguousAliases ?? [])]) activeNames.add(alias.trim());
  }
  const plain = new Set<string>();
  const ambiguous = new Set<string>();
  for (const service of services) {
    if (isRetired(service) !== retired) continue;
    const keep = (alias: string): boolean => alias.trim() !== '' && (!retired || !activeNames.has(alias.trim()));
    for (const alias of service.aliases) if (keep(alias)) plain.add(alias.trim());
    for (const alias of service.ambiguousAliases ?? []) if (keep(alias)) ambiguous.add(alias.trim());
  }
  // An alias that is plain for one service and ambiguous for another is recognised without context.
  for (const alias of plain) ambiguous.delete(alias);
  return { plain: [...plain], ambiguous: [...ambiguous] };
}

const SERVICE_SCOPE = 'support.type.aws-service.archnotes';
const RETIRED_SCOPE = 'invalid.deprecated.aws-service.archnotes';
const SPACE = '[ \\u00a0]+';

/**
 * The spellings a grammar matches for an alias: as written when it has a capital (case-sensitive, like
 * the engine); for an all-lower-case alias (case-insensitive in the engine) the lower, Capitalised,
 * Title Case and UPPER forms, so the trie stays case-sensitive and merges common prefixes.
 */
export function spellings(alias: string): string[] {
  if (/[A-Z]/.test(alias)) return [alias];
  const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const title = alias.replace(/(^|[ \-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  return [...new Set([alias, capital(alias), title, alias.toUpperCase()])];
}

/** Plain names, plus ambiguous ones in their unambiguous forms ("AWS Glue", "Amazon Glue"). */
function namesOf(group: AliasGroup): { names: string[]; midSentence: string[] } {
  const names = new Set<string>();
  for (const alias of group.plain) for (const s of spellings(alias)) names.add(s);
  const midSentence = new Set<string>();
  for (const alias of group.ambiguous) {
    for (const s of spellings(alias)) for (const prefix of ['AWS', 'Amazon']) names.add(`${prefix} ${s}`);
    // "… uses Glue …": capitalised after a lower-case word, i.e. not at a sentence start.
    if (/^[A-Z]/.test(alias)) midSentence.add(alias);
  }
  return { names: [...names], midSentence: [...midSentence] };
}

interface TrieNode {
  end: boolean;
  readonly children: Map<string, TrieNode>;
}

/** One regex atom per character; a run of spaces matches any run of spaces or no-break spaces. */
function atoms(name: string): string[] {
  const out: string[] = [];
  for (const ch of name.replace(/ +/g, ' ')) out.push(ch === ' ' ? SPACE : escapeRegex(ch));
  return out;
}

/**
 * A prefix trie as a regex: shared prefixes are written once, so the scanner rejects most positions on
 * the first character. Where a name ends and a longer one continues, the continuation is an optional
 * greedy group: the longest name wins, and backtracking (the trailing word-boundary check) falls back
 * to the shorter one.
 */
export function trieRegex(names: readonly string[]): string {
  const root: TrieNode = { end: false, children: new Map() };
  for (const name of names) {
    let node = root;
    for (const atom of atoms(name)) {
      let next = node.children.get(atom);
      if (!next) {
        next = { end: false, children: new Map() };
        node.children.set(atom, next);
      }
      node = next;
    }
    node.end = true;
  }
  const render = (node: TrieNode): string => {
    const alternatives = [...node.children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([atom, child]) => atom + render(child));
    if (alternatives.length === 0) return '';
    const single = alternatives.length === 1 && !node.end;
    const body = single ? alternatives[0]! : `(?:${alternatives.join('|')})`;
    return node.end ? `${single ? `(?:${body})` : body}?` : body;
  };
  return render(root);
}

function namesRegex(group: AliasGroup): string | undefined {
  const { names, midSentence } = namesOf(group);
  const parts: string[] = [];
  if (names.length > 0) parts.push(trieRegex(names));
  if (midSentence.length > 0) parts.push(`(?<=[a-z0-9,;)] )${trieRegex(midSentence)}`);
  return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
}

/**
 * The service-name rules, from the aliases of active and retired services. Retired names are tried
 * first, except where a longer active name starts the same way ("Kinesis Data Analytics for Apache
 * Flink" is active, "Kinesis Data Analytics" retired): a lookahead leaves those to the active rule.
 * Ambiguous aliases ("Glue", "Backup") count only after "AWS"/"Amazon", or capitalised mid-sentence,
 * as the engine's recogniser does.
 */
function serviceRules(services: readonly ServiceCard[]): Array<[string, Rule]> {
  const activeGroup = collectAliases(services, false);
  const retiredGroup = collectAliases(services, true);
  const rules: Array<[string, Rule]> = [];
  const wrap = (body: string): string => `${B}(?<![./@-])${body}${E}(?!-[A-Za-z0-9])`;
  const retired = namesRegex(retiredGroup);
  if (retired) {
    // Mid-sentence forms too: "Chime" (retired, ambiguous) must yield to "Chime SDK" (active).
    const retiredNames = [...namesOf(retiredGroup).names, ...namesOf(retiredGroup).midSentence];
    const norm = (n: string): string => n.replace(/ +/g, ' ');
    const longerActive = namesOf(activeGroup).names.filter((a) => retiredNames.some((r) => norm(a).length > norm(r).length && norm(a).startsWith(norm(r))));
    const guard = longerActive.length > 0 ? `(?!${trieRegex(longerActive)}${E})` : '';
    rules.push(['retired-service', { comment: 'A retired AWS service (the engine reports it too).', match: wrap(`${guard}${retired}`), name: RETIRED_SCOPE }]);
  }
  const active = namesRegex(activeGroup);
  if (active) rules.push(['service', { comment: 'AWS service and feature names from the fact pack (SERVICES[].aliases).', match: wrap(active), name: SERVICE_SCOPE }]);
  return rules;
}

type Rule = Record<string, unknown>;

export function buildGrammar(services: readonly ServiceCard[] = SERVICES): Record<string, unknown> {
  const repository: Record<string, Rule> = {
    arn: {
      comment: 'An ARN: arn:partition:service:region:account:resource.',
      match: `${B}(?<![/-])arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:(?:[0-9]{12}|aws)?:[^\\s|\`'"<>)\\]]+`,
      name: 'string.other.arn.archnotes',
    },
    cidr: {
      comment: 'An IPv4 CIDR block: 10.0.0.0/16.',
      match: `${B}(?<!\\.)(${IPV4})(/)(3[0-2]|[12][0-9]|[0-9])${E}(?![/]|\\.[0-9])`,
      name: 'constant.numeric.cidr.archnotes',
      captures: {
        '1': { name: 'constant.numeric.cidr.address.archnotes' },
        '2': { name: 'punctuation.separator.cidr.archnotes' },
        '3': { name: 'constant.numeric.cidr.prefix-length.archnotes' },
      },
    },
    'ipv4-address': {
      comment: 'An IPv4 address, optionally with a port: 198.51.100.10, 10.0.1.5:5432.',
      match: `${B}(?<!\\.)(${IPV4})${E}(?![/]|\\.[0-9])(?:(:)(${PORT})${E})?`,
      captures: {
        '1': { name: 'constant.numeric.ip-address.archnotes' },
        '2': { name: 'punctuation.separator.port.archnotes' },
        '3': { name: 'constant.numeric.port.archnotes' },
      },
    },
    'port-keyword': {
      comment: 'A number introduced as a port: port 5432, ports 1024-65535, Port: 443, port=6379.',
      match: `${B}(?<!-)((?i:ports?))(?:[ \\u00a0]+(?i:number))?[ \\u00a0]*[:=]?[ \\u00a0]*(${PORT})(?:[ \\u00a0]*(?:-|–|to)[ \\u00a0]*(${PORT}))?${E}(?!\\.[0-9])`,
      captures: {
        '1': { name: 'meta.port-label.archnotes' }, // no colour: a keyword scope reads red in many themes
        '2': { name: 'constant.numeric.port.archnotes' },
        '3': { name: 'constant.numeric.port.archnotes' },
      },
    },
    'port-protocol': {
      comment: 'A port with its transport: TCP 443, UDP 500, TCP 1024-65535, 5432/tcp.',
      patterns: [
        {
          match: `${B}(?<!-)(TCP|UDP|tcp|udp)[ \\u00a0]+(${PORT})(?:[ \\u00a0]*(?:-|–)[ \\u00a0]*(${PORT}))?${E}(?!\\.[0-9])`,
          captures: {
            '1': { name: 'constant.language.protocol.archnotes' },
            '2': { name: 'constant.numeric.port.archnotes' },
            '3': { name: 'constant.numeric.port.archnotes' },
          },
        },
        {
          match: `${B}(?<![./-])(${PORT})(/)((?i:tcp|udp))${E}`,
          captures: {
            '1': { name: 'constant.numeric.port.archnotes' },
            '2': { name: 'punctuation.separator.port.archnotes' },
            '3': { name: 'constant.language.protocol.archnotes' },
          },
        },
      ],
    },
    'host-port': {
      comment: 'A host name with a port: orders.abc123.eu-west-1.rds.amazonaws.com:3306, localhost:8080.',
      match: `${B}(?<![.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|localhost)(:)(${PORT})${E}`,
      captures: {
        '2': { name: 'punctuation.separator.port.archnotes' },
        '3': { name: 'constant.numeric.port.archnotes' },
      },
    },
    region: {
      comment: 'A Region code or an Availability Zone name: eu-west-1, us-east-1a.',
      match: `${B}(?<![.-])${REGION}(?:[a-z])?${E}(?!-[A-Za-z0-9])`,
      name: 'constant.language.aws-region.archnotes',
    },
    'resource-id': {
      comment: 'A resource ID: vpc-0a1b2c3d, subnet-0123456789abcdef0.',
      match: `${B}(?<!-)(?:${RESOURCE_PREFIXES.join('|')})-(?:[0-9a-f]{17}|[0-9a-f]{8})${E}(?!-[A-Za-z0-9])`,
      name: 'variable.other.constant.aws-resource-id.archnotes',
    },
  };
  const patterns: Rule[] = [
    { include: '#arn' },
    { include: '#cidr' },
    { include: '#ipv4-address' },
    { include: '#host-port' },
    { include: '#port-keyword' },
    { include: '#port-protocol' },
    { include: '#resource-id' },
    { include: '#region' },
  ];
  for (const [key, rule] of serviceRules(services)) {
    repository[key] = rule;
    patterns.push({ include: `#${key}` });
  }
  return {
    information_for_contributors: [
      'Generated by scripts/gen-grammar.ts from the fact pack (server/src/facts). Do not edit by hand:',
      'change the generator or the fact pack and run `npm run grammar:gen`.',
    ],
    name: 'archnotes: AWS terms in markdown',
    scopeName: SCOPE_NAME,
    injectionSelector: INJECTION_SELECTOR,
    patterns,
    repository,
  };
}

export function renderGrammar(services: readonly ServiceCard[] = SERVICES): string {
  return `${JSON.stringify(buildGrammar(services), null, 2)}\n`;
}

function main(): void {
  const rendered = renderGrammar();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(GRAMMAR_PATH, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== rendered) {
      console.error(`${GRAMMAR_PATH} is stale: run npm run grammar:gen`);
      process.exit(1);
    }
    console.log('grammar up to date');
    return;
  }
  writeFileSync(GRAMMAR_PATH, rendered);
  console.log(`wrote ${GRAMMAR_PATH}`);
}

if (/gen-grammar\.ts$/.test(process.argv[1] ?? '')) main();
