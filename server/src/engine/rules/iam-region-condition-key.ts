import { findClaims, replaceFix } from './kit/claims';
import type { ContextRule, Report } from './kit/types';

const RIGHT = 'aws:RequestedRegion';
/** A global condition key spelt near aws:RequestedRegion: "aws:RequestRegion", "aws:RequestedRegions", "aws:Region". */
const KEY = /\baws:(?:Request(?:ed)?Regions?|Requested[_-]?Region|Requests?Region|Region|RequestRegions?|RequestedRegoin)\b/gi;

function isRight(key: string): boolean {
  return key.toLowerCase() === RIGHT.toLowerCase();
}

function reportKey(report: Report, at: number, key: string): void {
  report({
    start: at,
    end: at + key.length,
    message: `"${key}" is not a condition key: the global key for the Region a request is made to is aws:RequestedRegion.`,
    fixes: [replaceFix('Use aws:RequestedRegion', at, at + key.length, RIGHT)],
  });
}

/**
 * Pulumi's provider setting `aws:region` (all lower case) as a stack-config key (`aws:region: eu-west-1`)
 * or in `pulumi config set aws:region …`: a setting, not a policy's condition key.
 */
function pulumiSetting(text: string, at: number, key: string): boolean {
  if (key !== 'aws:region') return false;
  return /^:(?:[ \t]|$)/.test(text.slice(at + key.length)) || /\bconfig\s+(?:set|get|rm)\s+(?:--\S+\s+)*$/.test(text.slice(Math.max(0, at - 40), at));
}

export const iamRegionConditionKey: ContextRule = {
  id: 'iam-region-condition-key',
  scope: 'context',
  cue: { words: ['request', 'region'] },
  description: 'The global condition key for the requested Region misspelt (aws:RequestRegion, aws:Region), which a policy treats as absent.',
  rationale:
    'The global condition key that restricts the Region a request is made to is `aws:RequestedRegion` (key names are not case ' +
    'sensitive). A condition on a key that does not exist, such as `aws:RequestRegion` or `aws:Region`, never matches: an Allow with ' +
    'it allows nothing, and a Deny with it (the usual Region guardrail) denies nothing, so the guardrail silently does not apply. ' +
    'Policy documents in code blocks are read as they are; prose that negates or questions the key is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['iam.region-condition-key'],
  fixable: true,
  examples: {
    flag: [
      { text: '- **aws:RequestRegion:** Limits access to specific AWS regions.', flagged: ['aws:RequestRegion'], output: '- **aws:RequestedRegion:** Limits access to specific AWS regions.' },
      { text: '```json\n"Condition": { "StringNotEquals": { "aws:Region": ["eu-west-1"] } }\n```', flagged: ['aws:Region'], output: '```json\n"Condition": { "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1"] } }\n```' },
      { text: 'The SCP denies everything outside eu-central-1 with aws:RequestedRegions.', flagged: ['aws:RequestedRegions'], output: 'The SCP denies everything outside eu-central-1 with aws:RequestedRegion.' },
    ],
    pass: [
      '```yaml\nconfig:\n  aws:region: eu-west-1\n```',
      '```bash\npulumi config set aws:region us-east-2\n```',
      'The SCP denies requests where aws:RequestedRegion is outside the EU.',
      'Use aws:RequestedRegion, not aws:RequestRegion.',
      'Is the key aws:RequestRegion or aws:RequestedRegion?',
      'The ec2:Region key applies to EC2 actions only.',
      '```json\n{ "aws:requestedregion": "us-east-1" }\n```',
    ],
  },
  check(context, report) {
    if (!/\baws:(?:Request|Region)/i.test(context.text)) return;
    if (context.kind === 'code') {
      const re = new RegExp(KEY.source, 'gi');
      for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
        if (isRight(m[0]) || pulumiSetting(context.text, m.index, m[0])) continue;
        reportKey(report, context.start + m.index, m[0]);
      }
      return;
    }
    for (const claim of findClaims(context, KEY)) {
      const key = context.text.slice(claim.start - context.start, claim.end - context.start);
      // "There is no aws:RequestRegion key", "a typo for …": the clause already says the key is wrong.
      if (isRight(key) || /\?[\s*_)]*$/.test(claim.clause) || /\b(?:no|typo|misspel\w*|invalid|does\s+not\s+exist)\b/i.test(claim.clause)) continue;
      reportKey(report, claim.start, key);
    }
  },
};
