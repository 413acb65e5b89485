import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const REDSHIFT = /\b(?:Amazon\s+)?Redshift\b(?!\s+Spectrum)/i;
/**
 * Redshift with indexes: "Redshift is fast because of its indexes", "Redshift's use of indexes", "we
 * add a secondary index to the Redshift table". Redshift has no conventional indexes.
 */
const INDEXES: readonly ClaimFrame[] = [
  {
    subject: REDSHIFT,
    predicate:
      /\b(?:uses?|use\s+of|using|relies\s+on|reliance\s+on|has|have|supports?|builds?|maintains?|leverages?|thanks\s+to|because\s+of|due\s+to|with|via|through)\s+(?:its\s+|the\s+|their\s+|secondary\s+|B-?tree\s+|conventional\s+|traditional\s+)*ind(?:exes|ices)\b|\bind(?:exes|ices)\s+(?:make|makes|speed|speeds|keep|keeps)\b/i,
    reach: 40,
  },
  {
    subject: REDSHIFT,
    predicate: /\b(?:add|create|build|define)\s+(?:an?\s+|the\s+)?(?:secondary\s+|B-?tree\s+)?index(?:es)?\s+(?:on|to|in|for)\b/i,
    reach: 30,
    ordered: false,
  },
];
/** Sort keys, zone maps or distribution keys named: the writer knows what Redshift has instead. */
const KNOWS = /\bsort\s*keys?\b|\bSORTKEY\b|\bzone\s+maps?\b|\bdist(?:ribution)?\s*keys?\b|\bDISTKEY\b|\blike\s+(?:an?\s+)?ind(?:ex|exes|ices)\b|\bsimilar\s+to\b|\bPostgreSQL\b|\bMySQL\b|\bOpenSearch\b|\bDynamoDB\b|\bAurora\b|\bRDS\b/i;

export const redshiftIndexes: ContextRule = {
  id: 'redshift-indexes',
  scope: 'context',
  cue: { words: ['index', 'indices'] },
  description: 'Amazon Redshift said to use indexes, although it has none; its speed comes from columnar storage, sort keys and zone maps.',
  rationale:
    'Amazon Redshift has no conventional (B-tree or secondary) indexes. Queries are fast because of columnar storage and compression, ' +
    'zone maps that let a scan skip blocks, sort keys that make those zone maps selective, distribution keys that keep joins local, ' +
    'massively parallel processing and result caching. Primary and foreign keys can be declared but are informational and build no ' +
    'index. A design that plans indexes for Redshift tables should choose sort and distribution keys instead. Text that names sort keys, ' +
    'zone maps or another database engine is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['redshift.performance'],
  fixable: false,
  examples: {
    flag: [
      {
        text: "- **Performance Compared to Athena:** Redshift typically offers faster queries. This is due to Redshift's use of indexes and its ability to optimize query execution.",
        flagged: ['Redshift\'s use of indexes'],
      },
      { text: 'Redshift answers the dashboards quickly because of its indexes.', flagged: ['Redshift answers the dashboards quickly because of its indexes'] },
      { text: 'Create a secondary index on the Redshift orders table.', flagged: ['Create a secondary index on the Redshift'] },
    ],
    pass: [
      'Redshift has no indexes; it relies on sort keys and zone maps.',
      'Redshift does not use indexes.',
      'Does Redshift use indexes?',
      'PostgreSQL uses B-tree indexes, whereas Redshift uses sort keys.',
      'The Redshift cluster loads the nightly files through COPY.',
    ],
  },
  check(context, report) {
    if (!/\bind(?:ex|exes|ices)\b/i.test(context.text) || !REDSHIFT.test(context.text) || KNOWS.test(context.text)) return;
    for (const claim of assertedClaims(context, INDEXES)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Amazon Redshift has no conventional indexes: it relies on columnar storage, zone maps, sort keys and distribution keys.',
      });
    }
  },
};
