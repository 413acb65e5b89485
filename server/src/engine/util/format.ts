/**
 * Number formatting for messages and hovers. One cached Intl.NumberFormat: `toLocaleString` builds a
 * new formatter on every call, which profiled as a large share of analysis time.
 */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** 1209600 → "1,209,600"; 0.5 → "0.5". */
export function formatNumber(n: number): string {
  return GROUPED.format(n);
}
