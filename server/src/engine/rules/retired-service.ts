import { getService } from '../../facts/catalog';
import type { ServiceCard } from '../../facts/types';
import type { AnalysedContext } from '../model';
import type { DocumentRule } from './types';

/** Text that already talks about the service's end, or about the past: no need to tell the reader. */
const AWARE =
  /\b(?:retir\w*|discontinu\w*|deprecat\w*|end[- ]of[- ](?:life|support)|EOL|sunset\w*|shut\s*down|closed to new|no longer (?:available|open|offered|accept\w*)|not (?:available|open) to new|existing customers|legacy|previously|formerly|used to|historical(?:ly)?|migrat\w*(?:\s+\w+){0,3}\s+(?:off|away|from)|moved? (?:off|away from)|replac\w*|instead of|successor|alternative to|was (?:a|an|the)\b|were\b|decommission\w*|phas\w* out)\b/i;

function isLifecycleRetired(card: ServiceCard): boolean {
  return card.status !== undefined && card.status.state !== 'active' && card.status.state !== 'renamed';
}

function isRetiredMention(serviceId: string): boolean {
  const card = getService(serviceId);
  return card !== undefined && isLifecycleRetired(card);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-07-31" → "31 July 2025" (a table, not Intl: formatting a date object per finding was most of a keystroke's cost). */
function when(since: string): string {
  const [y, m, d] = since.split('-');
  const month = MONTHS[Number(m) - 1];
  if (!month) return y ?? since;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

function aware(context: AnalysedContext): boolean {
  return AWARE.test(context.text) || context.parents.some((p) => AWARE.test(p.text)) || (context.header ?? []).some((h) => AWARE.test(h.text));
}

export const retiredService: DocumentRule = {
  id: 'retired-service',
  scope: 'document',
  description: 'A retired service, or one closed to new customers, used in the design.',
  rationale:
    'Some AWS services are retired (QLDB, Snowmobile, Snowcone, Kinesis Data Analytics for SQL, Server Migration Service, Pinpoint engagement ' +
    'features) or closed to new customers (S3 Select, S3 Object Lambda, Timestream for LiveAnalytics, Cloud9, App Runner…; CodeCommit is open to new customers again since November 2025). A new ' +
    'design cannot adopt them. The first mention of each is reported with the date and the successor from the fact pack; mentions that ' +
    'already say "retired", "legacy", "migrate off"… are left alone. Retired: warning; closed to new customers: info.',
  severity: 'warning',
  category: 'lifecycle',
  facts: ['qldb.lifecycle', 'snowmobile.lifecycle', 'kinesis-data-analytics-sql.lifecycle'],
  fixable: false,
  examples: {
    flag: [
      { text: 'The audit trail is stored in Amazon QLDB for its cryptographic verification.', flagged: ['Amazon QLDB'] },
      { text: 'We will ship the 10 PB archive with AWS Snowmobile.', flagged: ['AWS Snowmobile'] },
      {
        text: 'Click events are aggregated with Kinesis Data Analytics for SQL before landing in S3.',
        flagged: ['Kinesis Data Analytics for SQL'],
      },
      { text: 'Reports filter the CSV objects with S3 Select.', flagged: ['S3 Select'] },
    ],
    pass: [
      'QLDB was retired in July 2025, so the audit trail uses Aurora PostgreSQL.',
      'We migrate off Kinesis Data Analytics to Managed Service for Apache Flink.',
      'The audit trail is stored in Aurora PostgreSQL with pgAudit.',
    ],
  },
  select: (context) => context.services.some((mention) => isRetiredMention(mention.serviceId)),
  check({ contexts }, report) {
    const seen = new Set<string>();
    for (const context of contexts) {
      for (const mention of context.services) {
        if (seen.has(mention.serviceId)) continue;
        const card = getService(mention.serviceId);
        if (!card || !isLifecycleRetired(card) || !card.status || card.status.state === 'active') continue;
        // "AWS Backup Vault Lock" is not Glacier's Vault Lock.
        if (/^Vault Lock$/i.test(mention.text) && /\bBackup\s+$/i.test(context.text.slice(0, mention.start - context.start))) continue;
        seen.add(mention.serviceId);
        if (aware(context)) continue;
        const status = card.status;
        const retired = status.state === 'retired';
        const lifecycleFact = card.facts.find((f) => f.kind === 'lifecycle');
        report({
          start: mention.start,
          end: mention.end,
          severity: retired ? 'warning' : 'info',
          message:
            `${card.name} ${retired ? 'was retired' : 'is closed to new customers'} (${when(status.since)})` +
            (status.successor ? `; use ${status.successor}.` : '.'),
          factIds: lifecycleFact ? [lifecycleFact.id] : [],
        });
      }
    }
  },
};
