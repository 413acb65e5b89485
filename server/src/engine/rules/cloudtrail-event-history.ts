import { limitRule } from './kit/limit-rule';

export const cloudtrailEventHistory = limitRule({
  id: 'cloudtrail-event-history',
  description: 'CloudTrail event history said to keep events for something other than 90 days.',
  rationale:
    'CloudTrail event history shows the last 90 days of management events, with no setup and no way to extend it. Longer retention needs a ' +
    'trail delivering to S3 (with lifecycle or Object Lock; query it with Athena) or to CloudWatch Logs. CloudTrail Lake, the query store, ' +
    'takes no new customers since 31 May 2026.',
  severity: 'warning',
  fact: 'cloudtrail.event-history',
  services: ['cloudtrail'],
  attribute: /\bevent\s+history\b|\bretain(?:s|ed)?\b|\bkeeps?\b|\bkept\b|\blook\s+back\b|\bstores?\b/i,
  requires: /\bevent\s+history\b/i,
  exact: true,
  examples: {
    flag: [
      {
        text: 'CloudTrail event history retains API activity for 1 year.',
        flagged: ['1 year'],
        output: 'CloudTrail event history retains API activity for 90 days.',
      },
      {
        text: 'Auditors can look back 7 years in the CloudTrail event history.',
        flagged: ['7 years'],
        output: 'Auditors can look back 90 days in the CloudTrail event history.',
      },
      {
        text: '- CloudTrail event history: 30 days of management events',
        flagged: ['30 days'],
        output: '- CloudTrail event history: 90 days of management events',
      },
    ],
    pass: [
      'CloudTrail event history covers 90 days; an organization trail delivers to S3 for 7 years.',
      'CloudTrail trails deliver logs to S3, where they are kept for 7 years.',
      'The CloudTrail event history shows the last 90 days.',
    ],
  },
});
