/**
 * Prices no pass could confirm (issue 13, fourteenth pass): shown as an unverified list price, not as a current figure.
 *
 * Why: every numeric price in the pack cites an aws.amazon.com pricing page, and no stored copy of one states its
 * rate table (AWS fills the table in per Region from a selector; copies keep only the page's worked examples, some
 * for another Region). Nine random audits could check none of them, and AWS changes prices without a documentation
 * page recording it. A figure that may be wrong is worse on a hover card than one marked as unchecked, so a numeric
 * price still dated before the first re-verification (REVERIFIED_ON) becomes a text value that says so; the figure
 * and its reading date stay visible, and a pass that confirms the price (moving its checked date) shows it as a
 * number again. Text prices ("No additional charge") are statements of the pricing model and stay as they are.
 */
import type { Fact, FactValue } from './types';
import { REVERIFIED_ON } from './reverification';

/** A numeric price that no re-verification confirmed. */
export function isUnverifiedPrice(fact: Fact): boolean {
  return fact.kind === 'price' && fact.value.type === 'number' && fact.checked < REVERIFIED_ON;
}

/** Dollars as prices are written: "$0.10", "$0.045", "$3,000". */
function dollars(n: number): string {
  if (Number.isInteger(n)) return `$${n.toLocaleString('en-US')}`;
  return `$${(String(n).split('.')[1] ?? '').length < 2 ? n.toFixed(2) : String(n)}`;
}

function amount(value: Extract<FactValue, { type: 'number' }>): string {
  if (value.unit === 'USD') return dollars(value.value);
  if (value.unit === 'percent') return `${value.value}%`;
  return `${value.value} ${value.unit}`;
}

/** The fact as the card shows it: the figure marked as an unverified list price, with the date it was read. */
export function withUnverifiedPrice(fact: Fact): Fact {
  if (!isUnverifiedPrice(fact) || fact.value.type !== 'number') return fact;
  const note = `Unverified: read ${fact.checked} on the pricing page, whose rate table no stored copy states; check the page before relying on it.`;
  return {
    ...fact,
    value: { type: 'text', value: `${amount(fact.value)} (unverified list price, read ${fact.checked})` },
    detail: fact.detail ? `${note} ${fact.detail}` : note,
  };
}
