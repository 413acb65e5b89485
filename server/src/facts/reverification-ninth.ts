/**
 * The ninth re-verification pass (issue 13, facts helper session 9): limit, quota and default facts still
 * dated 2026-11-27, and former values (with the date AWS changed them) for limits an earlier pass
 * re-verified. Values live in services/*.ts.
 *
 * NINTH_CHECKED maps each fact read to what the page says; "fixed:" marks a changed value, wording or source.
 * Where only the frozen awsdocs copy (GitHub, archived 2023) states the value, the note says "2023 copy":
 * the checked date moves, but the fact is not stamped `reverified` (that stamp means the current page).
 * NINTH_REVERIFIED holds range and limit facts re-verified on a current copy (same form as
 * reverification.ts). NINTH_HISTORY adds former values to facts an earlier pass re-verified; a history
 * entry is what lets a check say "200 was the maximum until October 2020" and flag an outdated ceiling.
 */

import type { FormerValue } from './types';
import type { Reverification } from './reverification';

export const NINTH_ON = '2026-12-07';

const CFN_HISTORY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/ReleaseHistory.html';
const DDB_HISTORY = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DocumentHistory.html';

export const NINTH_CHECKED: Readonly<Record<string, string>> = {
  'sqs.max-receive-count':
    'fixed: 2023 copy of sqs-configure-dead-letter-queue: set Maximum receives to a value between 1 and 1,000; the cited sqs-dead-letter-queues page does not give the range, so the source moved',
};

export const NINTH_REVERIFIED: Readonly<Record<string, Reverification>> = {};

export interface HistoryEntry {
  readonly history: readonly FormerValue[];
  /** Where the former value and the date were read. */
  readonly note: string;
}

export const NINTH_HISTORY: Readonly<Record<string, HistoryEntry>> = {
  'cloudformation.resources-per-stack': {
    history: [{ value: '200 resources', until: '2020-10', source: CFN_HISTORY }],
    note: 'document history, October 22, 2020: "You can now declare a maximum of 500 resources"; the quotas page said 200 resources until then (awsdocs copies 2017-2020)',
  },
  'cloudformation.parameters': {
    history: [{ value: '60 parameters', until: '2020-10', source: CFN_HISTORY }],
    note: 'document history, October 22, 2020: a maximum of 200 parameters; the quotas page said 60 parameters until then (awsdocs copies 2017-2020)',
  },
  'cloudformation.stacks': {
    history: [{ value: '200 stacks', until: '2021-07', source: CFN_HISTORY }],
    note: 'document history, July 15, 2021: a defaulted maximum of 2000 stacks; the quotas page said 200 stacks until then (awsdocs copies 2017-2021)',
  },
  'dynamodb.tables': {
    history: [{ value: '256 tables', until: '2022-03', source: DDB_HISTORY }],
    note: 'document history, March 9, 2022: the default quota for tables per account and Region increased from 256 to 2,500',
  },
};
