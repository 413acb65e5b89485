import { formatNumber } from '../util/format';
import { requireFact } from '../../facts/catalog';
import { findClaims } from './kit/claims';
import type { ContextRule } from './kit/types';
import { numberValue, wordsPattern } from '../util/number-words';

interface QuotaClaim {
  readonly fact: string;
  /** The counted noun, right after the number. */
  readonly noun: RegExp;
  /** Where the quota can go, for the message. */
  readonly raise: string;
}

const QUOTAS: readonly QuotaClaim[] = [
  { fact: 'vpc.per-region', noun: /VPCs?\b/, raise: 'it can be raised through Service Quotas' },
  { fact: 'vpc.ipv4-cidrs-per-vpc', noun: /(?:IPv4\s+|IP\s+)?CIDR(?:s|\s+blocks?|\s+ranges?)?\b/, raise: 'it can be raised to 50' },
  { fact: 'ec2.elastic-ips', noun: /(?:Elastic IP(?:s| addresses)?|EIPs?)\b/, raise: 'it can be raised through Service Quotas' },
  { fact: 'lambda.concurrency', noun: /concurrent (?:executions|invocations|Lambda(?: functions)?)\b|(?:Lambda\s+)?concurrency\b/, raise: 'it can be raised to tens of thousands through Service Quotas' },
];

/** The limits notes write out in words ('allows only five VPCs'). */
const LIMIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'ten', 'twenty', 'fifty'];
// Whitespace runs are bounded ({1,16}): two adjacent unbounded runs backtracked quadratically on a
// long run of tabs after a cue ('allow only' + 60,000 tabs: 11.5 s, probe D10).
const CUE = String.raw`\b(?:a\s{1,16})?(?:maximum\s{1,16}of|max(?:imum)?(?:\s{1,16}of)?|limit(?:ed)?\s{1,16}(?:of|to)|hard\s{1,16}limit\s{1,16}of|restriction\s{1,16}of|up\s{1,16}to|at\s{1,16}most|only|no\s{1,16}more\s{1,16}than|cap(?:ped)?\s{1,16}(?:of|at)|cannot\s{1,16}(?:have|create|exceed)\s{1,16}(?:more\s{1,16}than\s{1,16})?|can't\s{1,16}(?:have|create)\s{1,16}more\s{1,16}than|allows?\s{1,16}(?:a\s{1,16}maximum\s{1,16}of\s{1,16}|only\s{1,16})?)\s{0,16}`;
/** "unless raised", "until increased", "can be lifted": the text knows the number moves. */
const SOFT = /\bdefault\b|\bsoft\b|\badjustable\b|\bquotas?\b|(?<!\b(?:not|never|cannot|can't|won't)\s+(?:be\s+)?)\b(?:raise[sd]?|raising|raisable|increase[sd]?|increasing|increasable|lift(?:ed)?|bump(?:ed)?)\b|\brequest(?:ed)?\b|\bService Quotas\b|\bsupport (?:case|ticket)\b/i;

let compiled: Array<{ quota: (typeof QUOTAS)[number]; re: RegExp }> | undefined;

/** One pattern per quota, compiled once (building them per context was a profile hotspot). */
function quotaPatterns(): Array<{ quota: (typeof QUOTAS)[number]; re: RegExp }> {
  compiled ??= QUOTAS.map((quota) => ({
    quota,
    re: new RegExp(String.raw`${CUE}(\d{1,3}(?:,\d{3})*|${wordsPattern(LIMIT_WORDS)})\s{1,16}(?:\w+\s{1,16}){0,2}?(?:${quota.noun.source})`, 'i'),
  }));
  return compiled;
}

export const quotaAsHardLimit: ContextRule = {
  id: 'quota-as-hard-limit',
  scope: 'context',
  cue: { words: ['vpc', 'ip', 'cidr', 'elastic', 'eip', 'concurren', 'lambda'] },
  description: 'A default, adjustable quota stated as a hard maximum ("a maximum of 5 VPCs per Region").',
  rationale:
    '5 VPCs per Region, 5 IPv4 CIDR blocks per VPC, 5 Elastic IPs per Region and 1,000 concurrent Lambda executions are default quotas, ' +
    'not limits: Service Quotas raises them (CIDR blocks per VPC up to 50). Designs that split workloads or accounts "because of the limit" ' +
    'may not need to. Text that says default, soft, quota or adjustable is left alone.',
  severity: 'info',
  category: 'limits',
  facts: QUOTAS.map((q) => q.fact),
  fixable: false,
  examples: {
    flag: [
      { text: 'Each AWS region can accommodate a maximum of 5 VPCs.', flagged: ['a maximum of 5 VPCs'] },
      { text: 'Each VPC can have up to 5 CIDR blocks.', flagged: ['up to 5 CIDR blocks'] },
      { text: 'A region holds at most 5 VPCs and that number cannot be raised.', flagged: ['at most 5 VPCs'] },
      { text: 'AWS allows a maximum of five Elastic IPs per account.', flagged: ['allows a maximum of five Elastic IPs'] },
    ],
    pass: [
      'The default quota is 5 VPCs per Region (adjustable via Service Quotas).',
      'Each VPC has 2 CIDR blocks.',
      'We reserve up to 5 Elastic IPs for the partners, after a quota increase to 20.',
      '- Account limit: a maximum of 5 VPCs per region unless raised; ours is 40.',
      'Each VPC takes at most 5 CIDR blocks until increased through a support case.',
    ],
  },
  check(context, report) {
    for (const { quota, re } of quotaPatterns()) {
      const v = requireFact(quota.fact).value;
      const value = v.type === 'number' ? v.value : v.type === 'range' ? (v.default ?? v.min) : undefined;
      if (value === undefined) continue;
      for (const claim of findClaims(context, re, { excludes: SOFT })) {
        const m = re.exec(context.text.slice(claim.start - context.start, claim.end - context.start));
        const raw = m?.[1] ?? '';
        const n = numberValue(raw);
        if (n !== value) continue;
        const fact = requireFact(quota.fact);
        report({
          start: claim.start,
          end: claim.end,
          factIds: [quota.fact],
          message: `${fact.label}: ${formatNumber(value)} is the default quota, not a hard limit; ${quota.raise}.`,
        });
      }
    }
  },
};
