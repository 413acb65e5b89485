import { maskOf, toDotted, type NetmaskMention, type PrefixMention } from '../recognisers/cidr';
import type { ContextRule } from './kit/types';

/** Pairs each netmask with the prefix written next to it (within a short window, nearest wins). */
export function netmaskPairs(text: string, base: number, row: boolean, prefixes: readonly PrefixMention[], masks: readonly NetmaskMention[]): Array<[PrefixMention, NetmaskMention]> {
  const out: Array<[PrefixMention, NetmaskMention]> = [];
  for (const mask of masks) {
    let best: PrefixMention | undefined;
    let bestDistance = Number.MAX_SAFE_INTEGER;
    for (const p of prefixes) {
      const distance = p.end <= mask.start ? mask.start - p.end : p.start >= mask.end ? p.start - mask.end : 0;
      if (distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    if (!best) continue;
    const between = text.slice(Math.min(best.end, mask.end) - base, Math.max(best.start, mask.start) - base);
    // Same clause only: a ';', a sentence end or a cell border separates two statements.
    if ((row ? /;|[.!?]\s/ : /[;|]|[.!?]\s/).test(between)) continue;
    const alone = prefixes.length === 1 && masks.length === 1;
    if (bestDistance <= 24 || (alone && bestDistance <= 80)) out.push([best, mask]);
  }
  return out;
}

export const cidrNetmaskMismatch: ContextRule = {
  id: 'cidr-netmask-mismatch',
  scope: 'context',
  cue: { has: ['netmask'] },
  description: 'A prefix length and the dotted netmask written next to it disagree.',
  rationale:
    'A /24 is the netmask 255.255.255.0, a /16 is 255.255.0.0. When both are written and disagree, one of them is wrong ' +
    'and readers will size subnets or security rules from the wrong one. A mask whose one-bits are not contiguous is not a valid netmask at all.',
  severity: 'error',
  category: 'addressing',
  facts: ['vpc.cidr-prefix'],
  fixable: true,
  examples: {
    flag: [
      {
        text: 'The app subnet is 10.0.1.0/24 (netmask 255.255.0.0).',
        flagged: ['255.255.0.0'],
        output: 'The app subnet is 10.0.1.0/24 (netmask 255.255.255.0).',
      },
      {
        text: '- /16 (255.255.255.0): allows the last two octets to change.',
        flagged: ['255.255.255.0'],
        output: '- /16 (255.255.0.0): allows the last two octets to change.',
      },
      {
        text: '| Prefix | Netmask |\n| --- | --- |\n| /20 | 255.255.255.0 |',
        flagged: ['255.255.255.0'],
        output: '| Prefix | Netmask |\n| --- | --- |\n| /20 | 255.255.240.0 |',
      },
    ],
    pass: [
      '- /24 (255.255.255.0): allows the last octet to change.',
      '- /8 (255.0.0.0): allows the last three octets to change.',
      '| Prefix | Netmask |\n| --- | --- |\n| /20 | 255.255.240.0 |',
      'The VPC is 10.0.0.0/16; set the interface netmask to 255.255.255.255 for the loopback.',
    ],
  },
  check(context, report) {
    if (context.netmasks.length === 0 || context.prefixes.length === 0) return;
    for (const [prefix, mask] of netmaskPairs(context.text, context.start, context.kind === 'tableRow', context.prefixes, context.netmasks)) {
      if (mask.prefix === prefix.prefix) continue;
      const expected = toDotted(maskOf(prefix.prefix));
      report({
        start: mask.start,
        end: mask.end,
        message:
          mask.prefix === undefined
            ? `${mask.text} is not a contiguous netmask; /${prefix.prefix} is ${expected}.`
            : `/${prefix.prefix} is the netmask ${expected}, not ${mask.text} (which is /${mask.prefix}).`,
        fixes: [{ title: `Use ${expected}`, edits: [{ start: mask.start, end: mask.end, newText: expected }], safe: false }],
      });
    }
  },
};
