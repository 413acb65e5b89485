/**
 * Point in time: a document can say when it was written (front matter `date:`, an ADR's "Date:" or
 * "Status: Accepted 2021-03-04" line near the top). An outdated figure in a dated record was right
 * when it was written, so such a finding keeps its place but drops to info with the history wording.
 */
import type { Finding } from '../findings';

/** Only the top of the document: a date there is the record's; one further down is about something else. */
const HEAD = 3000;
const DATE_LINE = /^(?:---\s*\n(?:.*\n){0,20}?)?[\t >*_-]*(?:date|created|last[ _-]?updated|updated|status)\s*[:=|][^\n]*?\b((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?\b/im;

export interface DocumentDate {
  readonly year: number;
  readonly text: string;
}

/** The date the document gives itself near its top, if any. */
export function documentDate(text: string): DocumentDate | undefined {
  const m = DATE_LINE.exec(text.slice(0, HEAD));
  if (!m || !m[1]) return undefined;
  return { year: Number(m[1]), text: [m[1], m[2], m[3]].filter((p) => p !== undefined).join('-') };
}

/** A finding about a figure that changed after the document's date: info, worded as history. */
export function asOf(finding: Finding, date: DocumentDate): Finding {
  if (finding.changedIn === undefined || date.year >= finding.changedIn) return finding;
  return {
    ...finding,
    severity: 'info',
    message: `${finding.message} The document is dated ${date.text}: the figure was current then.`,
  };
}
