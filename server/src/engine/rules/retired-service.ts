import { SERVICES, getService } from '../../facts/catalog';
import type { ServiceCard } from '../../facts/types';
import type { AnalysedContext } from '../model';
import type { DocumentRule } from './types';

/** Text that already talks about the service's end, or about the past: no need to tell the reader. */
const AWARE =
  /\b(?:retir\w*|discontinu\w*|deprecat\w*|end[- ]of[- ](?:life|support)|EOL|sunset\w*|shut\s*down|closed to new|no longer (?:available|open|offered|accept\w*)|not (?:available|open) to new|existing customers|legacy|previously|formerly|used to|historical(?:ly)?|migrat\w*(?:\s+\w+){0,3}\s+(?:off|away|from)|moved? (?:off|away from)|replac\w*|instead of|successor|alternative to|was (?:a|an|the)\b|were\b|decommission\w*|phas\w* out)\b/i;

function isLifecycleRetired(card: ServiceCard): boolean {
  return card.status !== undefined && card.status.state !== 'active' && card.status.state !== 'renamed';
}

function when(since: string): string {
  const [y, m, d] = since.split('-');
  if (!m) return y ?? since;
  const month = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1))).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
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
    'features) or closed to new customers (S3 Select, S3 Object Lambda, Timestream for LiveAnalytics, Cloud9, CodeCommit, App Runner…). A new ' +
    'design cannot adopt them. The first mention of each is reported with the date and the successor from the fact pack; mentions that ' +
    'already say "retired", "legacy", "migrate off"… are left alone. Retired: warning; closed to new customers: info.',
  severity: 'warning',
  category: 'lifecycle',
  facts: ['qldb.lifecycle', 'snowmobile.lifecycle', 'kinesis-data-analytics-sql.lifecycle'],
  fixable: false,
  examples: {
    flag: [
      'The audit trail is stored in Amazon QLDB for its cryptographic verification.',
      'We will ship the 10 PB archive with AWS Snowmobile.',
      'Click events are aggregated with Kinesis Data Analytics for SQL before landing in S3.',
      'Reports filter the CSV objects with S3 Select.',
    ],
    pass: [
      'QLDB was retired in July 2025, so the audit trail uses Aurora PostgreSQL.',
      'We migrate off Kinesis Data Analytics to Managed Service for Apache Flink.',
      'The audit trail is stored in Aurora PostgreSQL with pgAudit.',
    ],
  },
  check(model, report) {
    const seen = new Set<string>();
    for (const context of model.contexts) {
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

/** Former names of current services ("Kinesis Data Firehose" → Amazon Data Firehose). */
function formerNameIndex(): Map<string, { card: ServiceCard; until: string }> {
  const index = new Map<string, { card: ServiceCard; until: string }>();
  const currentNames = new Set(SERVICES.map((s) => s.name.toLowerCase()));
  for (const card of SERVICES) {
    for (const former of card.formerNames ?? []) {
      const full = former.name.toLowerCase();
      // A former name that is still another product's current name ("Amazon SageMaker"), or the current name with a
      // space or suffix changed ("QuickSight" → "Quick Sight"), is not worth a finding.
      if (currentNames.has(full)) continue;
      const squash = (t: string): string => t.toLowerCase().replace(/\s*\(.*\)$/, '').replace(/[^a-z0-9]/g, '');
      if (squash(card.name).startsWith(squash(former.name))) continue;
      const short = full.replace(/^(?:amazon|aws)\s+/, '');
      for (const key of [full, short]) if (!index.has(key)) index.set(key, { card, until: former.until });
    }
  }
  return index;
}

let formerIndex: Map<string, { card: ServiceCard; until: string }> | undefined;

export const renamedService: DocumentRule = {
  id: 'renamed-service',
  scope: 'document',
  description: 'A service called by its former name.',
  rationale:
    'AWS renamed several services: Kinesis Data Firehose is Amazon Data Firehose (2024), AWS Single Sign-On is IAM Identity Center (2022), ' +
    'Amazon Elasticsearch Service is Amazon OpenSearch Service (2021), CloudWatch Events is Amazon EventBridge. Docs, consoles and APIs use the ' +
    'new names. The first use of each former name is reported; the quick fix writes the current name.',
  severity: 'info',
  category: 'lifecycle',
  facts: [],
  fixable: true,
  examples: {
    flag: [
      'Flow logs are streamed to Kinesis Data Firehose and land in S3.',
      'Engineers sign in through AWS Single Sign-On.',
      'Search runs on Amazon Elasticsearch Service.',
    ],
    pass: [
      'Flow logs are streamed to Amazon Data Firehose and land in S3.',
      'Engineers sign in through IAM Identity Center (formerly AWS Single Sign-On).',
      'Search runs on Amazon OpenSearch Service.',
    ],
  },
  check(model, report) {
    formerIndex ??= formerNameIndex();
    const formerKeys = formerIndex;
    const keyOf = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();
    const renameable = (context: AnalysedContext, cardId: string): boolean =>
      // "IAM Identity Center (Single Sign-On)": the current name is right there; "formerly …": deliberate.
      !context.services.some((s) => s.serviceId === cardId && !formerKeys.has(keyOf(s.text))) &&
      !/\b(?:formerly|previously|renamed|now called|now named|now\b|was called|old name|then called)\b/i.test(context.text);
    // The fix renames every such mention, so fix-all is done in one pass (found by fuzzing: it took one pass per mention).
    const everywhere = new Map<string, Array<{ start: number; end: number }>>();
    for (const context of model.contexts) {
      if (context.kind === 'code') continue;
      for (const mention of context.services) {
        const hit = formerKeys.get(keyOf(mention.text));
        if (!hit || hit.card.id !== mention.serviceId || !renameable(context, hit.card.id)) continue;
        everywhere.set(hit.card.id, [...(everywhere.get(hit.card.id) ?? []), mention]);
      }
    }
    const seen = new Set<string>();
    for (const context of model.contexts) {
      if (context.kind === 'code') continue;
      for (const mention of context.services) {
        const key = keyOf(mention.text);
        const hit = formerIndex.get(key);
        if (!hit || hit.card.id !== mention.serviceId || seen.has(hit.card.id)) continue;
        // "IAM Identity Center (Single Sign-On)": the current name is right there.
        if (context.services.some((s) => s.serviceId === hit.card.id && !formerKeys.has(s.text.replace(/\s+/g, ' ').toLowerCase()))) continue;
        seen.add(hit.card.id);
        if (/\b(?:formerly|previously|renamed|now called|now named|now\b|was called|old name|then called)\b/i.test(context.text)) continue;
        const name = hit.card.name.replace(/\s*\(.*\)$/, '');
        report({
          start: mention.start,
          end: mention.end,
          message: `${mention.text} is now ${name} (renamed ${hit.until.slice(0, 4)}).`,
          fixes: [{ title: `Use "${name}"`, edits: (everywhere.get(hit.card.id) ?? [mention]).map((m) => ({ start: m.start, end: m.end, newText: name })), safe: true }],
        });
      }
    }
  },
};
