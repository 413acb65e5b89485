/**
 * CloudWatch Logs accepts a fixed set of retention periods (1, 3, 5, 7, 14, 30 … 3653 days) or never
 * expire; 45 days or 4 years is refused by PutRetentionPolicy, CloudFormation and Terraform alike.
 * IaC keys are judged exactly; prose is bound with the limit rules' binding (nearest service and
 * attribute word), and months and years are read the way the console labels them (2 years = 731 days).
 */
import { requireFact } from '../../facts/catalog';
import type { QuantityMention } from '../recognisers/quantities';
import { formatNumber } from './kit/helpers';
import { asserted, assertionsOf } from '../assertions/quantity';
import { writtenOf, type AttributeSpec } from '../assertions/quantity-binding';
import { registerAttribute } from '../assertions/registry';
import type { ContextRule, FindingDraft } from './kit/types';

const SPEC: AttributeSpec = {
  fact: 'cloudwatch-logs.retention-period',
  services: ['cloudwatch-logs'],
  attribute: /\bretention(?:\s+period)?\b|\bretain(?:s|ed)?\b|\bkeeps?\b|\bkept\b|\bstores?\b|\bstored\b|\bexpir(?:e|es|y)\s+after\b|\bRetentionInDays\b/i,
};

const VALUES_FACT = 'cloudwatch-logs.retention-values';

let allowedCache: readonly number[] | undefined;

/** The allowed retention periods in days, from the fact pack. */
function allowedDays(): readonly number[] {
  if (!allowedCache) {
    const v = requireFact(VALUES_FACT).value;
    if (v.type !== 'list') throw new Error(`fact ${VALUES_FACT} is not a list`);
    allowedCache = v.values.map(Number).filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
  }
  return allowedCache;
}

/** Console labels for the long periods (731 days is "2 years"). */
const YEARS: Readonly<Record<number, string>> = { 365: '1 year', 545: '18 months', 731: '2 years', 1096: '3 years', 1827: '5 years', 2192: '6 years', 2557: '7 years', 2922: '8 years', 3288: '9 years', 3653: '10 years' };

/** The days a written quantity means, and whether it matches an allowed value (months and years loosely, as the console rounds them). */
function judge(q: QuantityMention): { days: number; allowed: boolean; inYears: boolean } | undefined {
  const unit = q.unit.toLowerCase();
  const allowed = allowedDays();
  if (/^(?:d|days?)$/.test(unit) || /^(?:w|wks?|weeks?)$/.test(unit) || /^(?:h|hrs?|hours?)$/.test(unit)) {
    const days = q.normalized / 86400;
    if (days < 1) return undefined;
    return { days, allowed: allowed.includes(days), inYears: false };
  }
  if (/^(?:mo|mos|months?)$/.test(unit) || /^(?:yr|yrs|years?)$/.test(unit)) {
    const inYears = /^y/.test(unit);
    const days = inYears ? q.value * 365.25 : q.value * 30.4375;
    const exact = inYears ? q.value * 365 : q.value * 30;
    return { days, allowed: allowed.some((a) => a === exact || Math.abs(days - a) <= a * 0.02), inYears };
  }
  return undefined;
}

/** The allowed values on either side of `days` (one when it is beyond the ends). */
function neighbours(days: number): number[] {
  const allowed = allowedDays();
  const below = [...allowed].reverse().find((a) => a < days);
  const above = allowed.find((a) => a > days);
  return [below, above].filter((n): n is number => n !== undefined);
}

function label(days: number, inYears: boolean): string {
  if (inYears && YEARS[days]) return YEARS[days] ?? `${days} days`;
  return days === 1 ? '1 day' : `${formatNumber(days)} days`;
}

function listText(): string {
  const a = allowedDays().map((n) => formatNumber(n));
  return `${a.slice(0, -1).join(', ')} or ${a[a.length - 1] ?? ''} days`;
}

/** Keys that hold a log group's retention in days wherever they appear (Serverless `logRetentionInDays`, module inputs). */
const ANY_CODE_KEY = /^(?:cloudwatch)?(?:logs?|loggroups?)retentionindays$|^cloudwatchloggroupretentionindays$/;
const LOG_GROUP_RESOURCE = /^(?:aws_cloudwatch_log_group|AWS::Logs::LogGroup)$/;
const CLI = /\bput-retention-policy\b[^\n]*?--retention-in-days[ =]+(\d+)\b/;

const RULE_ID = 'cloudwatch-logs-retention-invalid';
// The hover reads the same assertions: "CloudWatch Logs retention is 45 days" gets a card too.
registerAttribute(SPEC, RULE_ID);

export const cloudwatchLogsRetentionInvalid: ContextRule = {
  id: RULE_ID,
  scope: 'context',
  cue: { has: ['code', 'quantity'] },
  description: 'A CloudWatch Logs retention period that is not one of the values AWS accepts (1, 3, 5, 7, 14, 30 … 3653 days).',
  rationale:
    'A log group keeps events for one of a fixed set of periods: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, ' +
    '2192, 2557, 2922, 3288 or 3653 days, or forever (the default). PutRetentionPolicy, CloudFormation `RetentionInDays` and Terraform ' +
    '`retention_in_days` refuse anything else (Terraform also takes 0 for never expire), so 45 days or 4 years is an error in code and ' +
    'almost surely a mistake in prose. Months and years are read as the console labels them (2 years = 731 days, 18 months = 545 days). ' +
    'The quick fix offers the nearest allowed values.',
  severity: 'error',
  category: 'limits',
  facts: [VALUES_FACT, SPEC.fact],
  fixable: true,
  examples: {
    flag: [
      {
        text: 'CloudWatch Logs retention is 45 days for all Lambda log groups.',
        flagged: ['45 days'],
        output: 'CloudWatch Logs retention is 30 days for all Lambda log groups.',
      },
      {
        text: 'Keep API access logs in CloudWatch Logs for 15 years.',
        flagged: ['15 years'],
        output: 'Keep API access logs in CloudWatch Logs for 10 years.',
      },
      {
        text: '| Log group | Retention |\n| --- | --- |\n| /aws/lambda/orders | 4 years |',
        flagged: ['4 years'],
        output: '| Log group | Retention |\n| --- | --- |\n| /aws/lambda/orders | 3 years |',
      },
      {
        text: '```hcl\nresource "aws_cloudwatch_log_group" "orders" {\n  name              = "/aws/lambda/orders"\n  retention_in_days = 45\n}\n```',
        flagged: ['45'],
        output: '```hcl\nresource "aws_cloudwatch_log_group" "orders" {\n  name              = "/aws/lambda/orders"\n  retention_in_days = 30\n}\n```',
      },
      {
        text: '```yaml\nOrdersLogs:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    RetentionInDays: 100\n```',
        flagged: ['100'],
        output: '```yaml\nOrdersLogs:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    RetentionInDays: 90\n```',
      },
      {
        text: '```yaml\nprovider:\n  name: aws\n  logRetentionInDays: 21\n```',
        flagged: ['21'],
        output: '```yaml\nprovider:\n  name: aws\n  logRetentionInDays: 14\n```',
      },
      {
        text: '```bash\naws logs put-retention-policy --log-group-name /aws/lambda/orders --retention-in-days 45\n```',
        flagged: ['45'],
        output: '```bash\naws logs put-retention-policy --log-group-name /aws/lambda/orders --retention-in-days 30\n```',
      },
      {
        text: '| Log group | Retention (days) |\n| --- | --- |\n| /aws/lambda/orders | 45 |',
        flagged: ['45'],
        output: '| Log group | Retention (days) |\n| --- | --- |\n| /aws/lambda/orders | 30 |',
      },
    ],
    pass: [
      'Log groups keep 30 days in CloudWatch Logs; exports to S3 Glacier keep 7 years.',
      'CloudWatch Logs retention: 2 years for audit log groups, 18 months for access logs, 90 days for the rest.',
      'VPC Flow Logs go to S3, where they are kept for 45 days.',
      '```hcl\nresource "aws_cloudwatch_log_group" "orders" {\n  retention_in_days = 0\n}\n```',
      '```yaml\nOrdersLogs:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    RetentionInDays: 731\n```',
      'CloudWatch metrics keep 1-minute data points for 15 days.',
      'If CloudWatch Logs kept events for more than 10 years we would not need the S3 archive.',
    ],
  },
  check(context, report) {
    if (context.kind === 'code') {
      const inLogGroup = context.resourceType !== undefined && LOG_GROUP_RESOURCE.test(context.resourceType);
      for (const v of context.iacValues) {
        if (v.number === undefined || !Number.isInteger(v.number) || v.number === 0) continue;
        if (!(inLogGroup && v.normalizedKey === 'retentionindays') && !ANY_CODE_KEY.test(v.normalizedKey)) continue;
        if (allowedDays().includes(v.number)) continue;
        report({
          start: v.start,
          end: v.end,
          message: `${v.key} = ${v.raw} is not a retention CloudWatch Logs accepts: ${listText()} (or never expire).`,
          fixes: neighbours(v.number).map((n) => ({ title: `Use ${n}`, edits: [{ start: v.start, end: v.end, newText: String(n) }], safe: false })),
        });
      }
      const cli = CLI.exec(context.text);
      if (cli && cli[1]) {
        const value = Number(cli[1]);
        if (value > 0 && !allowedDays().includes(value)) {
          const start = context.start + (cli.index + cli[0].length - cli[1].length);
          const end = start + cli[1].length;
          report({
            start,
            end,
            message: `--retention-in-days ${value} is not a retention CloudWatch Logs accepts: ${listText()}.`,
            fixes: neighbours(value).map((n) => ({ title: `Use ${n}`, edits: [{ start, end, newText: String(n) }], safe: false })),
          });
        }
      }
      return;
    }
    if (context.quantities.length === 0) return;
    for (const a of assertionsOf(context)) {
      {
        const q = a.quantity;
        if (a.ruleId !== RULE_ID || !q || !asserted(a.modality)) continue;
        const verdict = judge(q);
        if (!verdict || verdict.allowed) continue;
        const written = writtenOf(context, q);
        const options = neighbours(verdict.days).map((n) => label(n, verdict.inYears));
        // A bare number under a "Retention (days)" header is replaced by a number of days; other header units get no fix.
        const days = q.unitFromHeader && /^(?:d|days?)$/i.test(q.unit);
        const over = verdict.days > (allowedDays()[allowedDays().length - 1] ?? 0) * 1.01;
        const draft: FindingDraft = {
          start: q.start,
          end: q.end,
          severity: over ? 'error' : 'warning',
          message: over
            ? `CloudWatch Logs: retention is at most 10 years (3,653 days) unless it never expires; ${written} is above the maximum.`
            : `CloudWatch Logs: ${written} is not an allowed retention (${listText()}, or never expire). Nearest: ${options.join(' or ')}.`,
          fixes: days
            ? neighbours(verdict.days).map((n) => ({ title: `Use ${n} days`, edits: [{ start: q.start, end: q.end, newText: String(n) }], safe: false }))
            : q.unitFromHeader
              ? undefined
              : options.map((o) => ({ title: `Use ${o}`, edits: [{ start: q.start, end: q.end, newText: o }], safe: false })),
        };
        report(draft);
      }
    }
  },
};
