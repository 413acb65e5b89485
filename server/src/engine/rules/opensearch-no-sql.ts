import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const OPENSEARCH = /\b(?:Amazon\s+)?OpenSearch(?:\s+Service|\s+Serverless)?\b|\bAmazon\s+Elasticsearch\s+Service\b|\bAmazon\s+ES\b/i;
/** No SQL: "OpenSearch does not (natively) support SQL", "cannot be queried with SQL", "no SQL support". */
const NO_SQL: readonly ClaimFrame[] = [
  {
    subject: OPENSEARCH,
    predicate:
      /\b(?:does\s+not|doesn't|do\s+not|don't|cannot|can't|can\s+not|won't)\s+(?:natively\s+|directly\s+)?(?:support|understand|speak|accept|run|offer|allow|provide)\s+(?:any\s+)?(?:native\s+)?SQL\b|\b(?:cannot|can't|can\s+not)\s+be\s+queried\s+(?:with|using|via|in)\s+SQL\b|\bno\s+(?:native\s+)?SQL(?:\s+(?:support|interface|queries|access))?\b|\bnot\s+(?:queryable|searchable)\s+(?:with|using|via|in)\s+SQL\b|\bwithout\s+(?:any\s+)?SQL\s+support\b|\bonly\s+(?:supports?|understands?|speaks|accepts?|uses?)\s+(?:its\s+(?:own\s+)?|the\s+)?(?:JSON\s+)?(?:query\s+)?DSL\b/i,
    reach: 50,
  },
];
/** Another engine, SQL named as supported, or "NoSQL" (a category, not a query language). */
const OTHER = /\bDynamoDB\b|\bDocumentDB\b|\bMongoDB\b|\bRedis\b|\bNeptune\b|\bKeyspaces\b|\bSQL\s+plugin\b|\bPPL\b|\bQuery\s+Workbench\b|\bJDBC\b|\bODBC\b/i;

export const opensearchNoSql: ContextRule = {
  id: 'opensearch-no-sql',
  scope: 'context',
  cue: { words: ['sql', 'dsl'] },
  description: 'Amazon OpenSearch Service said not to support SQL, although it answers SQL and PPL queries.',
  rationale:
    'Amazon OpenSearch Service accepts SQL queries (the SQL plugin, on domains running OpenSearch or Elasticsearch 6.5 and later, and ' +
    'on OpenSearch Serverless) and Piped Processing Language, besides its native JSON query DSL; Query Workbench and JDBC/ODBC drivers ' +
    'use them. SQL covers a subset (read-only queries, joins with limits), so "the DSL is the native language" is right; "no SQL" is ' +
    'not. Text that names the SQL plugin, PPL or the drivers is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['opensearch.query-languages'],
  fixable: false,
  examples: {
    flag: [
      { text: 'OpenSearch does not natively support SQL.', flagged: ['OpenSearch does not natively support SQL'] },
      { text: 'Amazon OpenSearch Service cannot be queried with SQL, so analysts export to Athena.', flagged: ['Amazon OpenSearch Service cannot be queried with SQL'] },
      { text: '- OpenSearch: no SQL support, only the query DSL.', flagged: ['OpenSearch: no SQL support'] },
    ],
    pass: [
      'OpenSearch Service supports SQL and PPL alongside its query DSL.',
      'OpenSearch is not a relational database, but it does accept SQL queries through the SQL plugin.',
      'Does OpenSearch support SQL?',
      'DynamoDB does not support SQL joins, unlike OpenSearch.',
      'OpenSearch is a NoSQL search engine.',
    ],
  },
  check(context, report) {
    if (!/\bSQL\b|\bDSL\b/.test(context.text) || !OPENSEARCH.test(context.text) || OTHER.test(context.text)) return;
    for (const claim of assertedClaims(context, NO_SQL)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Amazon OpenSearch Service answers SQL and PPL queries (SQL plugin, Query Workbench, JDBC/ODBC) besides its query DSL.',
      });
    }
  },
};
