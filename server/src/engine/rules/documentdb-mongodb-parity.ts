import { requireFact } from '../../facts/catalog';
import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

/** The MongoDB API versions the pack lists ("4.0, 5.0 and 8.0"), so the message and the hover say the same. */
function apiVersions(): string {
  const fact = requireFact('documentdb.compatibility');
  const text = fact.value.type === 'text' ? fact.value.value : '';
  return /MongoDB\s+(\d+\.\d+(?:,\s*\d+\.\d+)*(?:,?\s+and\s+\d+\.\d+)?)/.exec(text)?.[1] ?? 'API';
}

const DOCUMENTDB = /\b(?:Amazon\s+)?(?:DocumentDB|DocDB)\b/i;
const MONGODB = String.raw`Mongo(?:DB)?`;
/**
 * Full parity with MongoDB: "DocumentDB is fully compatible with MongoDB", "100% MongoDB compatible",
 * "supports every MongoDB feature", "a drop-in replacement for MongoDB". DocumentDB implements the
 * MongoDB APIs the fact pack lists (`documentdb.compatibility`) with documented functional differences.
 */
const FULL_PARITY: readonly ClaimFrame[] = [
  {
    subject: DOCUMENTDB,
    predicate: new RegExp(
      String.raw`\b(?:fully|completely|totally|entirely|100\s?%|one\s+hundred\s+percent)\s+(?:${MONGODB}[- ]compatible|compatible\s+with\s+(?:the\s+)?${MONGODB})\b|\b(?:full|complete|total|100\s?%)\s+(?:${MONGODB}\s+)?(?:compatibility|parity)\b|\b(?:supports?|runs?|offers?)\s+(?:all|every|any)\s+(?:${MONGODB}\s+)?(?:features?|operators?|commands?|APIs?|queries)\b|\bdrop-?in\s+replacement\b|\bidentical\s+to\s+${MONGODB}\b`,
      'i',
    ),
    reach: 60,
    subjectInScope: true,
  },
];
/** The writer names the gaps: versions, differences, unsupported features. */
const KNOWS_GAPS = /\bdifferen\w*|\bunsupported\b|\bnot\s+(?:all|every)\b|\bexcept\b|\bgaps?\b|\blimitations?\b|\bsubset\b|\bmost\b|\bpartial\w*/i;

export const documentdbMongodbParity: ContextRule = {
  id: 'documentdb-mongodb-parity',
  scope: 'context',
  description: 'Amazon DocumentDB said to be fully compatible with MongoDB, although it implements the MongoDB API with functional differences.',
  rationale:
    'Amazon DocumentDB (with MongoDB compatibility) implements the MongoDB 4.0, 5.0 and 8.0 APIs on its own storage engine. ' +
    'AWS documents functional differences and lists unsupported commands, operators and features (for example capped collections ' +
    'and some aggregation stages and index types), so an application written for MongoDB must be tested against DocumentDB before a ' +
    'migration. Text that names the differences, a subset or unsupported features is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['documentdb.compatibility'],
  cue: { words: ['mongo'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'Amazon DocumentDB is fully compatible with MongoDB.', flagged: ['Amazon DocumentDB is fully compatible with MongoDB'] },
      { text: 'DocumentDB supports every MongoDB feature, so the app needs no changes.', flagged: ['DocumentDB supports every MongoDB feature'] },
      { text: 'Amazon DocumentDB\n\n- **MongoDB Compatibility:**\n  - Fully compatible with MongoDB and its drivers.', flagged: ['Fully compatible with MongoDB'] },
    ],
    pass: [
      'DocumentDB implements the MongoDB API, with functional differences listed by AWS.',
      'DocumentDB is not fully compatible with MongoDB.',
      'Is DocumentDB fully compatible with MongoDB?',
      'Unlike DocumentDB, MongoDB Atlas is fully compatible with MongoDB.',
      'DocumentDB is compatible with the MongoDB 5.0 API.',
    ],
  },
  fromSection: { services: ['documentdb'], cue: /\bcompatib|\bparity\b|\bdrop-?in\b|\b(?:all|every)\s+Mongo/i },
  check(context, report) {
    if (!/\bMongo/i.test(context.text) || !DOCUMENTDB.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' ')) || KNOWS_GAPS.test(context.text)) return;
    for (const claim of assertedClaims(context, FULL_PARITY)) {
      report({
        start: claim.start,
        end: claim.end,
        message: `Amazon DocumentDB implements the MongoDB ${apiVersions()} APIs but not every MongoDB feature; AWS lists the functional differences and unsupported operations.`,
      });
    }
  },
};
