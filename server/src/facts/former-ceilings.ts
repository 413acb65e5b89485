/**
 * Former ceilings of commonly restated limits (issue 13, second facts helper, 2026-12-07): the figure AWS
 * documented before it raised the limit, with the month of the change and the announcement that dates it,
 * and the counted nouns documents write after the number. With both, `outdated-ceiling` flags "up to 25
 * items per transaction" as the old maximum, while any other lower number stays a possible design choice.
 *
 * Each former figure was read on AWS's own earlier pages (the awsdocs GitHub copies or the SDK copies of an
 * API reference), and each month on the What's New post whose address carries it (read in stored copies or
 * quoted by stored pages). Values and sources of today's figures stay in services/*.ts and the passes.
 *
 * Counted nouns are the ones specific to the attribute: "items" or "actions" alone also count BatchWriteItem
 * requests (25 today), so the transaction nouns name the transaction.
 */
import type { AttributeNames, Fact, FormerValue } from './types';

const DDB_TRANSACTIONS_100 = 'https://aws.amazon.com/about-aws/whats-new/2022/09/amazon-dynamodb-supports-100-actions-per-transaction/';
const DDB_GSI_20 =
  'https://aws.amazon.com/about-aws/whats-new/2018/12/amazon-dynamodb-increases-the-number-of-global-secondary-indexes-and-projected-index-attributes-you-can-create-per-table/';
const S3_BUCKETS_10000 = 'https://aws.amazon.com/about-aws/whats-new/2024/11/amazon-s3-up-1-million-buckets-per-aws-account/';

export interface FormerCeiling {
  readonly history: readonly FormerValue[];
  /** Nouns or words added to the fact's own (`counted` for counts). */
  readonly names?: AttributeNames;
  /** Where the former figure and the date were read. */
  readonly note: string;
}

export const FORMER_CEILINGS: Readonly<Record<string, FormerCeiling>> = {
  'dynamodb.transaction-items': {
    history: [{ value: '25 actions', until: '2022-09', source: DDB_TRANSACTIONS_100 }],
    names: {
      counted: [
        'items per transaction',
        'items in a transaction',
        'items in a single transaction',
        'actions per transaction',
        'actions in a transaction',
        'actions in a single transaction',
        'operations per transaction',
        'operations in a transaction',
        'unique items',
        'distinct items',
        'action requests',
        'write actions',
      ],
      // "TransactWriteItems caps at 25 actions", "a transaction is limited to 25 items".
      countedIn: {
        nouns: ['items', 'actions', 'operations', 'writes', 'item', 'action', 'operation'],
        words: ['transaction', 'transactions', 'transactional'],
        operations: ['TransactWriteItems', 'TransactGetItems'],
      },
    },
    note:
      'transaction-apis in AWS\'s documentation source: "groups up to 25 write actions … up to 25 distinct items" in every copy from July 2019 ' +
      'to 2 May 2022, "up to 100" from the copy of 22 February 2023; the What\'s New post of September 2022 (a stored copy of its text): ' +
      '"The maximum number of actions in a single transaction has now increased from 25 to 100"',
  },
  'dynamodb.gsi': {
    history: [{ value: '5 global secondary indexes', until: '2018-12', source: DDB_GSI_20 }],
    names: { counted: ['global secondary indexes', 'global secondary indices', 'GSIs'] },
    note:
      'Limits in AWS\'s documentation source: "a maximum of 5 local secondary indexes and 5 global secondary indexes per table" (copies of ' +
      'April 2018 and April 2019), "an initial limit of 20 global secondary indexes per table" from the copy of 23 May 2019; the DynamoDB ' +
      'document history of 4 February 2019 already names 20 GSIs for DynamoDB local; the What\'s New post is dated December 2018 by its address',
  },
  's3.buckets': {
    history: [{ value: '100 buckets', until: '2024-11', source: S3_BUCKETS_10000 }],
    names: { counted: ['buckets', 'general purpose buckets'] },
    note:
      'BucketRestrictions, older copies on docs.aws.amazon.com and docs.amazonaws.cn: "By default, you can create up to 100 buckets in each of ' +
      'your AWS accounts" (raised on request to 1,000); current copies: up to 10,000 general purpose buckets by default; the What\'s New post ' +
      '"Amazon S3 now supports up to 1 million buckets per AWS account" is dated November 2024 by its address (pages that cite it give ' +
      'the default as 100 before and 10,000 after)',
  },
};

/** The fact with its former ceiling and nouns, when it has any (history newest first). */
export function withFormerCeiling(fact: Fact): Fact {
  const entry = FORMER_CEILINGS[fact.id];
  if (!entry) return fact;
  const history = [...(fact.history ?? []), ...entry.history].sort((a, b) => (a.until < b.until ? 1 : a.until > b.until ? -1 : 0));
  const names = entry.names ? { ...fact.names, ...entry.names, counted: [...(fact.names?.counted ?? []), ...(entry.names.counted ?? [])] } : fact.names;
  return { ...fact, history, ...(names ? { names } : {}) };
}
