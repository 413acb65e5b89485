import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const DYNAMODB = /\b(?:Amazon\s+)?DynamoDB\b(?!\s+Streams)/i;
const DMS = /\bDMS\b|\bDatabase\s+Migration\s+Service\b/i;
/** A target named between DynamoDB and the word "source" owns it ("DynamoDB as the target, Oracle as the source"). */
const RIVAL = /\btargets?\b|\bdestinations?\b|\binto\b/i;
/**
 * DynamoDB as a DMS source: "DMS with DynamoDB as the source endpoint", "DMS sources: Oracle, MySQL,
 * DynamoDB", "migrate data out of DynamoDB with DMS". DMS writes to DynamoDB; it does not read from it.
 */
const AS_SOURCE: readonly ClaimFrame[] = [
  { subject: DYNAMODB, predicate: /\bas\s+(?:an?\s+|the\s+|its\s+)?(?:DMS\s+)?source(?:\s+(?:endpoint|database|data\s+store|engine))?\b/i, reach: 20, ordered: true, rival: RIVAL },
  { subject: DYNAMODB, predicate: /\bsource\s+(?:endpoint|database|data\s+store|engine)\b/i, reach: 3, ordered: true },
  {
    subject: DYNAMODB,
    predicate: /\bsources?(?:\s+(?:endpoints?|databases?|data\s+stores?|engines?|systems?))?\s*(?:include|includes|including|such\s+as|like|:|=|(?:can|could|may)\s+be|are)/i,
    reach: 60,
    rival: RIVAL,
  },
  { subject: DYNAMODB, predicate: /\b(?:migrat\w*|replicat\w*|mov\w*|copy(?:ing)?|stream\w*|extract\w*)\s+(?:(?:the|our|all)\s+)?(?:data\s+|tables?\s+|items\s+)?(?:out\s+of|from)\b/i, reach: 12, ordered: false, rival: RIVAL },
];
/** Other tools that do read DynamoDB: the sentence may be about them. */
const OTHER_TOOL = /\bGlue\b|\bzero-ETL\b|\bexport\s+to\s+S3\b|\bData\s+Pipeline\b|\bEMR\b|\bStreams\b|\bKinesis\b|\bAWS\s+Backup\b|\bHive\b/i;

export const dmsDynamodbSource: ContextRule = {
  id: 'dms-dynamodb-source',
  scope: 'context',
  cue: { words: ['dms', 'database'] },
  description: 'AWS DMS said to read from DynamoDB, although DynamoDB is a DMS target only.',
  rationale:
    'AWS Database Migration Service can write to Amazon DynamoDB (a target endpoint), but it has no DynamoDB source endpoint. Moving data ' +
    'out of DynamoDB takes another path: export to S3, AWS Glue (or a zero-ETL integration), DynamoDB Streams with Lambda or Kinesis, or ' +
    'AWS Backup. A migration plan that counts on a DMS task reading DynamoDB tables cannot be built. Statements that name a target between ' +
    'the two, or another tool that does read DynamoDB, are not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['dms.dynamodb'],
  fixable: false,
  examples: {
    flag: [
      { text: 'We run a DMS task with DynamoDB as the source and Aurora as the target.', flagged: ['DynamoDB as the source'] },
      { text: 'DMS source endpoints include Oracle, MySQL and DynamoDB.', flagged: ['source endpoints include Oracle, MySQL and DynamoDB'] },
      { text: 'Use AWS DMS to migrate the data out of DynamoDB into PostgreSQL.', flagged: ['migrate the data out of DynamoDB'] },
    ],
    pass: [
      'DMS can load data into DynamoDB as a target, but not read from it.',
      'DynamoDB is not a DMS source.',
      'Can DMS use DynamoDB as a source?',
      'DMS migrates the Oracle source into DynamoDB as the target.',
      'To move data out of DynamoDB we use Glue, not DMS.',
    ],
  },
  check(context, report) {
    if (!DYNAMODB.test(context.text) || !DMS.test(context.text) || OTHER_TOOL.test(context.text)) return;
    for (const claim of assertedClaims(context, AS_SOURCE, { requires: DMS })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'DynamoDB is an AWS DMS target only: DMS can write to DynamoDB but has no DynamoDB source endpoint (use export to S3, Glue or Streams).',
      });
    }
  },
};
