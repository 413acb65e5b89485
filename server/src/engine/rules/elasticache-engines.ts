import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const ELASTICACHE = /\b(?:Amazon\s+)?ElastiCache\b/i;
const REDIS = String.raw`Redis(?:\sOSS)?`;
/** ", ", " and ", ", or ", " / ": one separator, each space run read once. */
const SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[/&]\s*)`;
const BOTH = String.raw`(?:${REDIS}${SEP}Memcached|Memcached${SEP}${REDIS})`;

/**
 * The engines as a closed pair: "ElastiCache supports Redis and Memcached", "ElastiCache offers two
 * engines, Memcached and Redis", "engines: Redis / Memcached", "deploying Redis or Memcached clusters".
 * ElastiCache has offered Valkey besides them since October 2024.
 */
const TWO_ENGINES: readonly ClaimFrame[] = [
  {
    subject: ELASTICACHE,
    predicate: new RegExp(
      String.raw`\b(?:supports?|offers?|provides?|runs?|has|comes\s+in|engines?|flavou?rs|choices?|options?|either|for|of|managing|deploying|running|with|between)\b(?:(?!ElastiCache)[^.;|]){0,40}?\b${BOTH}\b(?!\s+(?:is|are)\s+(?:also|among|two\s+of))`,
      'i',
    ),
    reach: 40,
    ordered: true,
  },
  { subject: ELASTICACHE, predicate: new RegExp(String.raw`\b${BOTH}\b(?=\s+(?:are|is)\s+(?:the\s+)?(?:two\s+|only\s+)?(?:engines?|options?|flavou?rs|choices))`, 'i'), reach: 40 },
];
/** Valkey named, or a comparison or a migration between the two: nothing says there are just two. */
const KNOWS_MORE = /\bValkey\b|\bvs\.?\b|\bversus\b|\bcompared?\b|\bmigrat\w*|\bamong\b|\bsuch\s+as\b|\bincluding\b|\be\.g\.|\bfor\s+example\b|\blike\b/i;

export const elasticacheEngines: ContextRule = {
  id: 'elasticache-engines',
  scope: 'context',
  cue: { words: ['memcached'] },
  description: 'Amazon ElastiCache said to run Redis and Memcached, without Valkey, which it has offered since October 2024.',
  rationale:
    'Amazon ElastiCache supports three engines: Valkey (added in October 2024; every Redis OSS 7.2 feature is in Valkey 7.2 and ' +
    'later, and some Redis OSS caches can be upgraded to it in place), Redis OSS (as AWS now names it) and Memcached. A design that ' +
    'lists Redis and Memcached as the engines, or chooses between just those two, is out of date. ' +
    'Text that names Valkey, gives the pair as examples ("such as", "including") or compares the two engines is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['elasticache.engines'],
  fixable: false,
  examples: {
    flag: [
      {
        text: ' - ElastiCache is a managed service provided by AWS for deploying and managing Redis or Memcached clusters.',
        flagged: ['ElastiCache is a managed service provided by AWS for deploying and managing Redis or Memcached'],
      },
      { text: 'Amazon ElastiCache offers two engines, Memcached and Redis.', flagged: ['Amazon ElastiCache offers two engines, Memcached and Redis'] },
      { text: 'Redis and Memcached are the two engines of ElastiCache.', flagged: ['Redis and Memcached are the two engines of ElastiCache'] },
    ],
    pass: [
      'ElastiCache supports Valkey, Redis OSS and Memcached.',
      'We run ElastiCache for Redis OSS with cluster mode enabled.',
      'Does ElastiCache support only Redis and Memcached?',
      'ElastiCache Redis vs Memcached: we need replication, so Redis.',
      'ElastiCache engines such as Redis and Memcached keep hot data in memory.',
    ],
  },
  check(context, report) {
    if (!/\bMemcached\b/i.test(context.text) || !/\bRedis\b/i.test(context.text) || !ELASTICACHE.test(context.text) || KNOWS_MORE.test(context.text)) return;
    for (const claim of assertedClaims(context, TWO_ENGINES)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'ElastiCache supports three engines: Valkey (since October 2024), Redis OSS and Memcached.',
      });
    }
  },
};
