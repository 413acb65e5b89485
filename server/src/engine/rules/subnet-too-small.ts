import { requireFact } from '../../facts/catalog';
import { formatCount, sizeOf, type PrefixMention } from '../recognisers/cidr';
import type { CountMention } from '../recognisers/counts';
import { columnAt } from '../parse/cells';
import { saysHistory, NEGATION, mentions } from './kit/helpers';
import type { ContextRule } from './kit/types';

const RESERVED = 'vpc.reserved-ips-per-subnet';
const SUBNET = /\bsub-?nets?\b|aws_subnet|AWS::EC2::Subnet/i;
/** "for 29 instances", "needs 40 IPs", "to host 12 nodes", "| 12 instances |" under a count header. */
const NEED_BEFORE = /\b(?:for|need|needs|needed|require[sd]?|host|hosts|hosting|fit|fits|run|runs|holds?|place|places|put|puts|to house|sized for)\s+(?:up to\s+|about\s+|around\s+|at least\s+|the\s+|all\s+)?$/i;
/** Spread over several subnets ("two /27 subnets", "a /27 per AZ", "across the app subnets"): one block holds a share. */
const SPREAD = /\b(?:two|three|four|five|six|several|multiple|across|per|each|every)\b[^.;]{0,24}\/\d{1,2}|\/\d{1,2}\s+(?:sub-?nets|per|each|in\s+(?:each|every))\b|\bacross\b/i;
/** "The 40 build agents go into a /27 subnet", "300 runners live in ci-1a": the count placed in the subnet after it. */
const PLACED_AFTER = /^\s*(?:(?:will|all|both|each)\s+)?(?:go|goes|run|runs|live|lives|sit|sits|land|lands|are\s+(?:placed|deployed|launched|put))\s+(?:in|into|inside|on)\b/i;
const CAUTION = /\bavoid|instead|too small|not enough|insufficient|only\b|\bleav(?:es|ing)\b/i;

function usable(prefix: number, aws: number): number {
  return Math.max(0, sizeOf(prefix) - aws);
}

function smallestFitting(n: number, aws: number): number | undefined {
  for (let p = 28; p >= 16; p--) if (usable(p, aws) >= n) return p;
  return undefined;
}

export const subnetTooSmall: ContextRule = {
  id: 'subnet-too-small',
  scope: 'context',
  cue: { has: ['count'] },
  description: 'A subnet prefix too small for the number of hosts the text puts in it.',
  rationale:
    'A subnet of prefix /n offers 2^(32−n) − 5 usable addresses in AWS (5 are reserved). A /27 has 27, so it cannot hold 29 instances; ' +
    'load balancers, NAT gateways, endpoints and Lambda or EKS interfaces take addresses too.',
  severity: 'warning',
  category: 'addressing',
  facts: [RESERVED, 'vpc.subnet-cidr-prefix'],
  fixable: true,
  examples: {
    flag: [
      { text: 'We use a /27 subnet for 29 EC2 instances.', flagged: ['/27'], output: 'We use a /26 subnet for 29 EC2 instances.' },
      // The count placed in the subnet by a verb after it.
      { text: 'The 40 build agents go into a /27 subnet.', flagged: ['/27'], output: 'The 40 build agents go into a /26 subnet.' },
      {
        text: '| Subnet | CIDR | Hosts |\n| --- | --- | --- |\n| app | 10.0.3.0/28 | 12 instances |',
        flagged: ['10.0.3.0/28'],
        output: '| Subnet | CIDR | Hosts |\n| --- | --- | --- |\n| app | 10.0.3.0/27 | 12 instances |',
      },
      {
        text: 'The private subnet 10.0.8.0/26 must hold 64 pods.',
        flagged: ['10.0.8.0/26'],
        output: 'The private subnet 10.0.8.0/25 must hold 64 pods.',
      },
    ],
    pass: [
      'The 40 build agents go into two /27 subnets.',
      'We use a /26 subnet for 29 instances.',
      'Avoid choosing a subnet of size /27 for 29 instances, because only 27 IPs are left.',
      'A /24 subnet for 200 instances leaves room to grow.',
      // The block's own size after "hold" is a statement of its size.
      'Our /28 subnets each hold 16 addresses, of which 11 are usable.',
    ],
  },
  check(context, report) {
    if (!mentions(context, SUBNET)) return;
    if (NEGATION.test(context.text) || saysHistory(context.text) || CAUTION.test(context.text)) return;
    const v = requireFact(RESERVED).value;
    const aws = v.type === 'number' ? v.value : 5;
    const prefixes = context.prefixes.filter((p) => p.prefix >= 16 && p.prefix <= 28);
    if (prefixes.length !== 1) return; // several sizes in one statement: cannot tell which holds what
    const prefix = prefixes[0] as PrefixMention;
    const needs: CountMention[] = [];
    for (const count of context.counts) {
      if (count.usable || count.total) continue;
      // "Our /28 subnets each hold 16 addresses": the block's own size, not what it must hold.
      if (count.noun === 'address' && count.value === sizeOf(prefix.prefix)) continue;
      const before = context.text.slice(Math.max(0, count.start - context.start - 40), count.start - context.start);
      const headerSaysCount = context.kind === 'tableRow' && context.cells && context.header
        ? /\b(?:hosts?|instances?|nodes?|IPs? needed|pods?|capacity|count)\b/i.test(context.header[columnAt(context.cells, count.start, count.end)]?.text ?? '')
        : false;
      const placed = PLACED_AFTER.test(context.text.slice(count.end - context.start, count.end - context.start + 40)) && count.end <= prefix.start && !SPREAD.test(context.text);
      if (NEED_BEFORE.test(before) || /\bmust hold\s*$|\bhold\s*$/i.test(before) || headerSaysCount || placed) needs.push(count);
    }
    if (needs.length !== 1) return;
    const need = needs[0] as CountMention;
    const have = usable(prefix.prefix, aws);
    if (need.value <= have) return;
    const better = smallestFitting(need.value, aws);
    report({
      start: prefix.start,
      end: prefix.end,
      message:
        `A /${prefix.prefix} subnet has ${formatCount(sizeOf(prefix.prefix))} addresses and ${formatCount(have)} usable after AWS reserves ${aws}; ` +
        `that is fewer than the ${formatCount(need.value)} needed.` + (better ? ` /${better} gives ${formatCount(usable(better, aws))}.` : ''),
      fixes: better
        ? [{ title: `Use /${better}`, edits: [{ start: prefix.end - String(prefix.prefix).length, end: prefix.end, newText: String(better) }], safe: false }]
        : [],
    });
  },
};
