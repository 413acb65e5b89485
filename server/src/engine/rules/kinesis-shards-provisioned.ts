import { distinctClaims, findClaims, findFrames, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';
import type { AnalyzedContext } from '../model/document-model';

/** Kinesis Data Streams by its names (not Firehose or Video Streams, which have no shards to plan). */
const KINESIS = /\bKinesis\b(?!\s+(?:Data\s+)?(?:Firehose|Analytics|Video|Agent))|\bKDS\b/i;
/** "Data Streams" as a name is capitalised; "data streams" is any streaming system. */
const DATA_STREAMS = /\bData Streams\b/;
const STREAM_OR_KDS = new RegExp(`${KINESIS.source}|\\b(?:Data Streams|(?:the|a|each|every|our)\\s+(?:Kinesis\\s+)?streams?)\\b`, 'i');
/** The writer knows both modes, or speaks of the provisioned one only. */
const MODE_AWARE = /\bon[- ]demand\b|\bprovisioned\s+(?:capacity\s+)?mode\b|\bin\s+provisioned\b|\bcapacity\s+modes?\b|\bFirehose\b|\bElastiCache\b|\bOpenSearch\b|\bElasticsearch\b|\bDocumentDB\b|\bMongoDB\b|\bRedis\b|\bValkey\b|\bKafka\b|\bMSK\b/i;

/**
 * Capacity only by planning shards: "you must provision shards in advance", "the shard count has to be
 * chosen up front", "a stream does not scale by itself", "scaling is a manual reshard".
 */
const SHARDS_BY_HAND: readonly ClaimFrame[] = [
  {
    subject: STREAM_OR_KDS,
    predicate:
      /\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|required\s+to|always)\s+(?:pre-?)?(?:provision|specify|choose|pick|set|plan|size|declare)\s+(?:the\s+|its\s+|your\s+|enough\s+)?(?:number\s+of\s+)?shards?(?:\s+count)?\b|\bshards?(?:\s+count)?\s+(?:must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:always\s+)?be\s+(?:pre-?)?(?:provisioned|specified|chosen|planned|set|sized|declared|added|managed)(?:\s+(?:manually|by\s+hand|in\s+advance|up\s*front|ahead\s+of\s+time))?\b|\bshards?\s+(?:are|is)\s+always\s+(?:provisioned|managed|added)\s+(?:manually|by\s+hand)\b|\b(?:needs?|requires?)\s+(?:the\s+|a\s+|its\s+)?(?:shard\s+count|number\s+of\s+shards)\s+(?:to\s+be\s+)?(?:pre-?)?(?:planned|provisioned|specified|set|chosen|sized)\b/i,
    reach: 60,
    subjectInScope: true,
  },
  {
    subject: STREAM_OR_KDS,
    predicate:
      /\b(?:does\s+not|doesn't|do\s+not|don't|cannot|can't|won't|will\s+not|never)\s+(?:(?:have|offer|support)\s+(?:the\s+)?(?:ability|capability|option)\s+to\s+)?(?:do\s+)?(?:auto-?\s*scal(?:e|ing)|scale\s+(?:automatically|by\s+itself|on\s+its\s+own|itself))\b|\bscal(?:ing|es?)\s+(?:is|are|must\s+be|has\s+to\s+be)\s+(?:always\s+)?(?:manual|done\s+(?:manually|by\s+hand))\b|\bno\s+(?:auto-?\s*scaling|automatic\s+scaling)\b/i,
    reach: 40,
  },
];

/** "Scaling a Kinesis stream is always manual": the stream sits inside the predicate. */
const MANUAL_SCALING = /\b(?:scaling|resharding|capacity)\b[^.;]{0,50}?\b(?:is|are)\s+(?:always\s+|purely\s+|entirely\s+|only\s+)?(?:manual|done\s+by\s+hand)\b/i;

function aboutKinesisStreams(context: AnalyzedContext): boolean {
  return [context.text, context.lead, ...context.parents.map((p) => p.text)].some((text) => KINESIS.test(text) || DATA_STREAMS.test(text));
}

export const kinesisShardsProvisioned: ContextRule = {
  id: 'kinesis-shards-provisioned',
  scope: 'context',
  cue: { words: ['shard', 'scal'] },
  description: 'Kinesis Data Streams said to need shards planned by hand, although on-demand mode manages them.',
  rationale:
    'Kinesis Data Streams has two capacity modes. In provisioned mode you choose the shard count and reshard as traffic changes; in ' +
    'on-demand mode the service manages the shards and scales with the write and read throughput, with no capacity planning. "You must ' +
    'provision shards in advance" or "a stream does not scale by itself" is true of provisioned mode only, so the finding is ' +
    'informational. Text that names a capacity mode, on-demand or another sharded service is left alone.',
  severity: 'info',
  category: 'behaviour',
  facts: ['kinesis-data-streams.capacity-modes'],
  fixable: false,
  examples: {
    flag: [
      { text: 'With Kinesis Data Streams you must provision shards in advance for the expected load.', flagged: ['Kinesis Data Streams you must provision shards'] },
      { text: 'Kinesis streams do not scale automatically, so we add shards before the sale.', flagged: ['Kinesis streams do not scale automatically'] },
      { text: '## Kinesis Data Streams\n\n- Capacity: you must provision shards in advance.', flagged: ['must provision shards'] },
      { text: 'Kinesis Data Streams does not have the ability to do auto scaling.', flagged: ['Kinesis Data Streams does not have the ability to do auto scaling'] },
      { text: '- KDS: the shard count has to be chosen up front.', flagged: ['KDS: the shard count has to be chosen up front'] },
      {
        text: '- **Shards:** Kinesis Data Streams are made of shards. You must provision shards in advance for the peak.',
        flagged: ['must provision shards'],
      },
      { text: 'The clickstream lands in Kinesis, and shards must always be provisioned manually.', flagged: ['Kinesis, and shards must always be provisioned manually'] },
    ],
    pass: [
      'In provisioned mode, Kinesis Data Streams need you to specify the number of shards.',
      'Kinesis Data Streams in on-demand mode manage capacity. In provisioned mode you must provision shards in advance.',
      'Data Streams feed the ElastiCache loader. ElastiCache for Redis: you must choose the number of shards up front.',
      'Kinesis Data Streams in on-demand mode manage shards for you.',
      'Kinesis Data Streams do not require you to provision shards in on-demand mode.',
      'Must you provision shards in advance for Kinesis Data Streams?',
      'Kinesis Data Firehose scales automatically; no shards to plan.',
      'Before November 2021, Kinesis Data Streams required you to provision shards in advance.',
      'ElastiCache for Redis: you must choose the number of shards when you create the cluster.',
    ],
  },
  fromSection: { services: ['kinesis-data-streams'], cue: /\bshards?\b|\bauto-?\s*scal/i },
  check(context, report) {
    if (!/\bshards?\b|\bscal/i.test(context.text) || !aboutKinesisStreams(context) || MODE_AWARE.test(context.text)) return;
    const matches = [...findFrames(context, SHARDS_BY_HAND, { excludes: MODE_AWARE }), ...findClaims(context, MANUAL_SCALING, { requires: KINESIS, excludes: MODE_AWARE })];
    for (const claim of distinctClaims(matches)) {
      if (/\?[\s*_)]*$/.test(claim.clause)) continue;
      report({
        start: claim.start,
        end: claim.end,
        message:
          'Only provisioned mode needs a shard count planned by hand; a Kinesis data stream in on-demand mode manages its shards and scales with the traffic.',
      });
    }
  },
};
