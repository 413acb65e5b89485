import { findClaims } from './kit/claims';
import type { ContextRule } from './kit/types';

/** A count of CloudFront's edge network: "216 points of presence", "a network of 410 edge locations". */
const POP_COUNT = /\b(\d{1,3})\s+(?:(?:global\s+|CloudFront\s+)?edge\s+locations|points?\s+of\s+presence|PoPs)\b/gi;
/** Today's published figure: AWS documents "600+ Points of Presence" (fact `cloudfront.pops`). */
const CURRENT_FLOOR = 600;
/** A floor below a quarter of today's figure ("over 60 edge locations") describes the network of another decade. */
const OUTDATED_FLOOR = 150;
/** A floor ("over 200"), a dated count ("in 2019") or another network: nothing outdated is claimed. */
const FLOOR_BEFORE = /\b(?:over|more\s+than|at\s+least|above|beyond|exceeding)\s*$|[>≥]\s*$/i;
const DATED = /\b(?:19|20)\d\d\b|\bat\s+launch\b|\boriginally\b/i;
const CLOUDFRONT = /\bCloudFront\b|\bCDN\b/i;

export const cloudfrontPopCount: ContextRule = {
  id: 'cloudfront-pop-count',
  scope: 'context',
  description: 'CloudFront\'s edge network counted with an outdated figure (fewer than the 600+ points of presence AWS publishes).',
  rationale:
    'Study notes and slides copy the size of CloudFront\'s network from the year they were written: 216 points of presence, 310, ' +
    '410. AWS now describes a global network of 600+ points of presence and 13 regional edge caches in 100+ cities. A count below ' +
    'that, stated as today\'s, is out of date. A floor ("over 200"), a dated count ("in 2019") and text about another network are not ' +
    'flagged, unless the floor is below a quarter of today\'s figure ("over 60 edge locations"). ' +
    'flagged.',
  severity: 'info',
  category: 'limits',
  facts: ['cloudfront.pops'],
  cue: { words: ['edge', 'point', 'pops'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'With 216 points of presence (PoPs) worldwide, CloudFront ensures low latency.', flagged: ['216 points of presence'] },
      { text: 'CloudFront serves content from 410 edge locations.', flagged: ['410 edge locations'] },
      { text: 'Amazon CloudFront\n\n- A network of 310 PoPs in 90 cities.', flagged: ['310 PoPs'] },
      { text: 'CloudFront caches content at over 60 global edge locations.', flagged: ['60 global edge locations'] },
    ],
    pass: [
      'CloudFront has 600+ points of presence and 13 regional edge caches.',
      'CloudFront has over 200 edge locations.',
      'In 2019 CloudFront had 216 points of presence.',
      'Our own CDN runs 40 PoPs in Europe.',
      'How many edge locations does CloudFront have?',
    ],
  },
  fromSection: { services: ['cloudfront'], cue: /\b\d{1,3}\s+(?:edge\s+locations|points?\s+of\s+presence|PoPs)\b/i, otherServices: true },
  check(context, report) {
    if (!/\d/.test(context.text) || DATED.test(context.text)) return;
    if (!CLOUDFRONT.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' '))) return;
    if (/\bown\b|\bAkamai\b|\bCloudflare\b|\bFastly\b|\bAzure\b|\bGoogle\b/i.test(context.text)) return;
    for (const claim of findClaims(context, POP_COUNT)) {
      const found = context.text.slice(claim.start - context.start, claim.end - context.start);
      const count = Number.parseInt(found, 10);
      // A floor is true of any bigger network, unless it is far below today's count ("over 60 edge locations").
      if (!(count < CURRENT_FLOOR) || (FLOOR_BEFORE.test(context.text.slice(0, claim.start - context.start)) && count >= OUTDATED_FLOOR)) continue;
      report({
        start: claim.start,
        end: claim.end,
        message: `CloudFront's network has grown past that: AWS describes 600+ points of presence and 13 regional edge caches; ${count} is an older count.`,
      });
    }
  },
};
