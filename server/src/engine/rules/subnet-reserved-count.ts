import { requireFact } from '../../facts/catalog';
import { NEGATION } from './kit/helpers';
import type { ContextRule } from './kit/types';
import { DIGIT_WORDS, numberValue, wordsPattern } from '../util/number-words';

const RESERVED = 'vpc.reserved-ips-per-subnet';
const NUM = String.raw`(\d|${wordsPattern(DIGIT_WORDS.slice(1, 9))})`;
// "AWS reserves 4 IP addresses in each subnet", "4 addresses are reserved in every subnet", "reserves the first 3 and the last"
// The same said with other verbs: "holds back 4 addresses", "sets aside four IPs", "AWS keeps 4 addresses",
// "4 addresses are unusable", "each subnet loses 4 addresses to AWS".
const ADDRESSES = String.raw`\s+(?:IPv4\s+|IP\s+)?(?:addresses|IPs)\b`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:reserve[sd]?|hold(?:s|ing)?\s+back|held\s+back|set(?:s|ting)?\s+aside|withhold(?:s|ing)?|withheld)\s+(?:the\s+first\s+)?${NUM}${ADDRESSES}`, 'gi'),
  new RegExp(String.raw`\bAWS\s+(?:always\s+)?(?:keeps|takes|uses|blocks|claims)\s+(?:the\s+first\s+)?${NUM}${ADDRESSES}`, 'gi'),
  new RegExp(String.raw`\b${NUM}${ADDRESSES}\s+(?:are|is|get|gets)\s+(?:reserved|held\s+back|set\s+aside|withheld|unusable|not\s+usable)\b`, 'gi'),
  new RegExp(String.raw`\blos(?:es|e|ing)\s+${NUM}${ADDRESSES}\s+to\s+AWS\b`, 'gi'),
];

export const subnetReservedCount: ContextRule = {
  id: 'subnet-reserved-count',
  scope: 'context',
  cue: { words: ['reserve', 'hold', 'held', 'set', 'withh', 'keeps', 'takes', 'uses', 'blocks', 'claims', 'unusable', 'usable', 'lose', 'losing'] },
  description: 'A claim that AWS reserves some other number than 5 addresses per subnet.',
  rationale:
    'AWS reserves exactly 5 IPv4 addresses in every subnet: the first four (network, VPC router, Amazon DNS, future use) and the last. ' +
    'Sizing with 2 (network and broadcast) or 4 leaves subnets a few addresses short.',
  severity: 'error',
  category: 'addressing',
  facts: [RESERVED],
  fixable: true,
  examples: {
    flag: [
      // "plan" is no LAN: only the word LAN names another network.
      { text: '2. AWS keeps 3 addresses in every subnet, so plan for that.', flagged: ['3'], output: '2. AWS keeps 5 addresses in every subnet, so plan for that.' },
      { text: 'AWS reserves 4 IP addresses in each subnet.', flagged: ['4'], output: 'AWS reserves 5 IP addresses in each subnet.' },
      {
        text: 'Remember that 2 addresses are reserved in every subnet (network and broadcast).',
        flagged: ['2'],
        output: 'Remember that 5 addresses are reserved in every subnet (network and broadcast).',
      },
      { text: 'AWS holds back 4 addresses in each subnet.', flagged: ['4'], output: 'AWS holds back 5 addresses in each subnet.' },
      { text: 'Every subnet loses four IP addresses to AWS.', flagged: ['four'], output: 'Every subnet loses five IP addresses to AWS.' },
      {
        text: '- In a VPC subnet, AWS reserves three IPs at the start of the range.',
        flagged: ['three'],
        output: '- In a VPC subnet, AWS reserves five IPs at the start of the range.',
      },
    ],
    pass: [
      'AWS reserves 5 IP addresses within each subnet: .0, .1 (router), .2 (DNS), .3 (future) and the last.',
      'On a classic LAN, 2 addresses are reserved in every subnet; AWS reserves 5.',
      'We reserve 10 IPs in the subnet for static assignments.',
      'AWS sets aside five IP addresses in every subnet.',
      'Each subnet needs 8 free IP addresses for the load balancer; AWS keeps 5 addresses of it.',
    ],
  },
  check(context, report) {
    const v = requireFact(RESERVED).value;
    const expected = v.type === 'number' ? v.value : 5;
    if (!/\bsub-?nets?\b|\bVPCs?\b/i.test(context.text) && !context.parents.some((p) => /\bsub-?nets?\b/i.test(p.text))) return;
    // Only AWS's own reservation: "AWS reserves", or an unqualified "are reserved" in a subnet sentence without "we".
    if (/\b(?:we|our|I)\b/i.test(context.text) && !/\bAWS\b/.test(context.text)) return;
    if (NEGATION.test(context.text) || /\b(?:classic|traditional|on-?prem|LAN)\b/i.test(context.text)) return;
    for (const re of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
        const raw = m[1] ?? '';
        const n = numberValue(raw) ?? expected;
        if (n === expected) continue;
        const at = context.start + m.index + m[0].indexOf(raw);
        report({
          start: at,
          end: at + raw.length,
          message: `AWS reserves ${expected} addresses in every subnet (network, VPC router, DNS, future use and the last address), not ${n}.`,
          fixes: [{ title: `Use ${expected}`, edits: [{ start: at, end: at + raw.length, newText: /^\d$/.test(raw) ? String(expected) : 'five' }], safe: true }],
        });
      }
    }
  },
};
