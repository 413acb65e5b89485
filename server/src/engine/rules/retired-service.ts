import { getService } from '../../facts/catalog';
import type { ServiceCard } from '../../facts/types';
import type { AnalyzedContext } from '../model/document-model';
import type { DocumentRule } from './kit/types';
import { memoByOrigin } from '../incremental/origin';
import { isSectionTitle, keysNamedInBody, mentionScopeKey } from './kit/mention-scope';

/** Text that already talks about the service's end, or about the past: no need to tell the reader. */
const AWARE =
  /\b(?:retir\w*|discontinu\w*|deprecat\w*|end[- ]of[- ](?:life|support)|EOL|sunset\w*|shut\s*down|closed to new|no longer (?:available|open|offered|accept\w*)|not (?:available|open) to new|existing customers|legacy|previously|formerly|used to|historical(?:ly)?|migrat\w*(?:\s+\w+){0,3}\s+(?:off|away|from)|moved? (?:off|away from)|replac\w*|instead of|successor|alternative to|was (?:a|an|the)\b|were\b|decommission\w*|phas\w* out)\b/i;

type LifecycleState = 'retired' | 'closed-to-new-customers';

function stateOf(serviceId: string): LifecycleState | undefined {
  const state = getService(serviceId)?.status?.state;
  return state === 'retired' || state === 'closed-to-new-customers' ? state : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-07-31" → "31 July 2025" (a table, not Intl: formatting a date object per finding was most of a keystroke's cost). */
function when(since: string): string {
  const [y, m, d] = since.split('-');
  const month = MONTHS[Number(m) - 1];
  if (!month) return y ?? since;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Once per context while its block is reused (a keystroke elsewhere re-runs this rule over every selected context). */
const aware = memoByOrigin(
  (context: AnalyzedContext): boolean => AWARE.test(context.text) || context.parents.some((p) => AWARE.test(p.text)) || (context.header ?? []).some((h) => AWARE.test(h.text)),
);

/** "(since 25 July 2024)", "; end of support on 31 March 2027", or nothing when AWS gives no date. */
function dates(card: ServiceCard): string {
  const status = card.status;
  if (!status || status.state === 'active') return '';
  const since = status.since ? ` (${status.state === 'retired' ? '' : 'since '}${when(status.since)})` : '';
  const end = status.state !== 'retired' && status.endOfSupport ? `; end of support on ${when(status.endOfSupport)}` : '';
  return since + end;
}

interface LifecycleRuleSpec {
  readonly id: string;
  readonly state: LifecycleState;
  readonly description: string;
  readonly rationale: string;
  readonly severity: DocumentRule['severity'];
  readonly facts: readonly string[];
  readonly examples: DocumentRule['examples'];
}

/**
 * One rule per lifecycle state (retired, closed to new customers), so a team can keep the first as a
 * warning and turn the second off. The first mention of each service is reported, and the first in each section about it (its first statement rather than its title).
 */
function lifecycleRule(spec: LifecycleRuleSpec): DocumentRule {
  return {
    id: spec.id,
    scope: 'document',
    description: spec.description,
    rationale: spec.rationale,
    severity: spec.severity,
    category: 'lifecycle',
    facts: spec.facts,
    fixable: false,
    examples: spec.examples,
    select: (context) => context.services.some((mention) => stateOf(mention.serviceId) === spec.state),
    check({ model, contexts }, report) {
      const seen = new Set<string>();
      const inBody = keysNamedInBody(model, contexts, (context) =>
        context.services.filter((mention) => stateOf(mention.serviceId) === spec.state).map((mention) => mention.serviceId),
      );
      for (const context of contexts) {
        for (const mention of context.services) {
          if (stateOf(mention.serviceId) !== spec.state) continue;
          const key = mentionScopeKey(model, context, mention.serviceId);
          if (seen.has(key)) continue;
          // A title that the section's statements name again gives way to the first of them (unless it says "retired" itself).
          if (inBody.has(key) && isSectionTitle(model, context)) {
            if (aware(context)) seen.add(key);
            continue;
          }
          const card = getService(mention.serviceId);
          if (!card) continue;
          // "AWS Backup Vault Lock" is not Glacier's Vault Lock.
          if (/^Vault Lock$/i.test(mention.text) && /\bBackup\s+$/i.test(context.text.slice(0, mention.start - context.start))) continue;
          seen.add(key);
          if (aware(context)) continue;
          const successor = card.status && card.status.state !== 'active' ? card.status.successor : undefined;
          const lifecycleFact = card.facts.find((f) => f.kind === 'lifecycle');
          report({
            start: mention.start,
            end: mention.end,
            message:
              `${card.name} ${spec.state === 'retired' ? 'was retired' : 'is closed to new customers'}${dates(card)}` +
              (successor ? `; use ${successor}.` : '.'),
            factIds: lifecycleFact ? [lifecycleFact.id] : [],
          });
        }
      }
    },
  };
}

export const retiredService = lifecycleRule({
  id: 'retired-service',
  state: 'retired',
  description: 'A retired AWS service used in the design.',
  rationale:
    'AWS has retired services (QLDB, Snowmobile, Snowcone, Kinesis Data Analytics for SQL, Server Migration Service, Pinpoint, App Mesh, ' +
    'DeepLens, Elastic Transcoder, IoT Events, RoboMaker, Chime, WorkDocs, OpsWorks Stacks, CodeStar, EC2-Classic, Aurora Serverless v1…): after the end-of-support date the console and resources are gone, so a design ' +
    'cannot use them. The first mention of each (and the first in each section titled with it) is reported with the date and the successor from the fact pack; mentions that already say ' +
    '"retired", "legacy", "migrate off"… are left alone. Services only closed to new customers are `closed-to-new-customers`.',
  severity: 'warning',
  facts: ['qldb.lifecycle', 'snowmobile.lifecycle', 'kinesis-data-analytics-sql.lifecycle', 'app-mesh.lifecycle'],
  examples: {
    flag: [
      { text: 'The audit trail is stored in Amazon QLDB for its cryptographic verification.', flagged: ['Amazon QLDB'] },
      { text: 'We will ship the 10 PB archive with AWS Snowmobile.', flagged: ['AWS Snowmobile'] },
      {
        text: 'Click events are aggregated with Kinesis Data Analytics for SQL before landing in S3.',
        flagged: ['Kinesis Data Analytics for SQL'],
      },
      { text: 'Service-to-service traffic goes through AWS App Mesh with Envoy sidecars.', flagged: ['AWS App Mesh'] },
      { text: 'Stand-ups happen in Amazon Chime.', flagged: ['Amazon Chime'] },
      { text: 'Servers are configured by AWS OpsWorks Stacks with Chef recipes.', flagged: ['AWS OpsWorks Stacks'] },
      { text: 'Reporting runs on Aurora Serverless v1 with auto-pause.', flagged: ['Aurora Serverless v1'] },
      { text: 'Design specs are shared through Amazon WorkDocs.', flagged: ['Amazon WorkDocs'] },
      // A CLI command's namespace names the service too.
      { text: 'For the old CMS, run `aws opsworks reboot-instance --instance-id i-0abc` on each server.', flagged: ['opsworks'] },
    ],
    pass: [
      'QLDB was retired in July 2025, so the audit trail uses Aurora PostgreSQL.',
      'Team members chime in during the design review.',
      'Calls use the Amazon Chime SDK for WebRTC media.',
      'Reporting runs on Aurora Serverless v2.',
      'CodePipeline pulls from GitHub through AWS CodeConnections.',
      'We migrate off Kinesis Data Analytics to Managed Service for Apache Flink.',
      'The audit trail is stored in Aurora PostgreSQL with pgAudit.',
      'Reports filter the CSV objects with S3 Select.',
    ],
  },
});

export const closedToNewCustomers = lifecycleRule({
  id: 'closed-to-new-customers',
  state: 'closed-to-new-customers',
  description: 'An AWS service that is closed to new customers used in a new design.',
  rationale:
    'Some AWS services still run for existing customers but take no new ones (S3 Select, S3 Object Lambda, Timestream for LiveAnalytics, ' +
    'Cloud9, App Runner, Fraud Detector, CodeCatalyst, CloudSearch, Data Pipeline…), some with an announced end of support (WorkMail, Cloud Directory). A team that ' +
    'already uses one may keep it, so this is its own rule at info level, separate from `retired-service`: turn it off in `.archnotes.jsonc` ' +
    'when the notes describe an existing estate. CodeCommit is open to new customers again since November 2025 and is not reported.',
  severity: 'info',
  facts: ['s3-select.lifecycle', 'cloud9.lifecycle', 'app-runner.lifecycle'],
  examples: {
    flag: [
      { text: 'Reports filter the CSV objects with S3 Select.', flagged: ['S3 Select'] },
      { text: 'Developers get an AWS Cloud9 environment each.', flagged: ['AWS Cloud9'] },
      { text: 'The mailboxes move to Amazon WorkMail next quarter.', flagged: ['Amazon WorkMail'] },
      { text: 'Nightly exports are scheduled with AWS Data Pipeline.', flagged: ['AWS Data Pipeline'] },
      { text: 'Product search is served by Amazon CloudSearch.', flagged: ['Amazon CloudSearch'] },
    ],
    pass: [
      'Our data pipeline streams events into S3.',
      'The Data Pipeline component writes to S3.',
      'Source lives in AWS CodeCommit and CodePipeline deploys it.',
      'Developers use the AWS Toolkit for VS Code instead of Cloud9.',
      'Existing customers of S3 Select can keep using it; new reports use Athena.',
      'The audit trail is stored in Amazon QLDB for its cryptographic verification.',
    ],
  },
});
