/**
 * The name a statement gives a VPC in prose, for a VPC that no table cell, resource or identifier
 * names: the words before "VPC" ("The production VPC is 10.0.0.0/16" → production). Read by the model
 * (rules link VPCs by these names) and by the outline and address plan (which show them).
 */
import type { NetworkBlock } from './document-model';

/** Words that stand before "VPC" without naming it ("the VPC", "each VPC", "a new VPC"). */
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'our', 'your', 'their', 'its', 'my', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'no',
  'one', 'single', 'same', 'other', 'another', 'new', 'existing', 'given', 'whole', 'entire', 'per', 'which', 'what',
  'in', 'of', 'to', 'for', 'from', 'into', 'on', 'at', 'by', 'with', 'and', 'or', 'is', 'are', 'as', 'if', 'than',
  'aws', 'amazon', 'ipv4', 'ipv6', 'create', 'use', 'uses', 'add', 'adds', 'choose', 'pick', 'peer', 'peered', 'vpc',
]);
const NAME_WINDOW = 160;
const DETERMINER = /^(?:the|our|your|their|its|my|this|that)$/i;

/** A word without a list or heading marker before it and punctuation after it. */
function trimmed(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && '-*+>#_`'.includes(word[start]!)) start++;
  while (end > start && ',:()*_`'.includes(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/**
 * For a VPC the model could only name by its CIDR: the words its own statement puts before "VPC"
 * ("The production VPC is 10.0.0.0/16" → production, "Shared services VPC: …" → Shared services),
 * after a determiner or at the start of the clause, at most three of them. A table row or code line
 * gives none (its name comes from its cells or resource).
 */
export function proseName(block: NetworkBlock): string | undefined {
  const { context, mention } = block;
  if (context.kind === 'tableRow' || context.kind === 'code') return undefined;
  const at = mention.start - context.start;
  const text = context.text;
  // The "VPC" nearest before the CIDR in its clause, else the first after it in the clause; within
  // NAME_WINDOW characters either side (one statement can hold thousands of CIDRs).
  const from = Math.max(0, at - NAME_WINDOW);
  const clauseStart = Math.max(...[...text.slice(from, at).matchAll(/[.;!?]\s|\n/g)].map((m) => from + (m.index ?? 0) + m[0].length), from);
  const clauseEndMatch = /[.;!?](?:\s|$)|\n/.exec(text.slice(at, at + NAME_WINDOW));
  const clauseEnd = clauseEndMatch ? at + clauseEndMatch.index : Math.min(text.length, at + NAME_WINDOW);
  const vpcWords = [...text.slice(clauseStart, clauseEnd).matchAll(/\bVPC\b/g)].map((m) => clauseStart + (m.index ?? 0));
  const before = vpcWords.filter((i) => i < at);
  const keyword = before.length > 0 ? before[before.length - 1] : vpcWords[0];
  if (keyword === undefined) return undefined;
  const lead = text.slice(clauseStart, keyword);
  // The words right before "VPC", back to a word that is no name.
  const words = lead.match(/[^\s]+/g) ?? [];
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 4; i--) {
    // "**prod** (111111111111): VPC …": an aside in brackets between the name and its colon.
    if (name.length === 0 && /^\([^()\s]*\)[,:]?$/.test(words[i]!)) continue;
    const word = trimmed(words[i]!);
    if (!/^[A-Za-z][A-Za-z-]*$/.test(word) || NOT_A_NAME.has(word.toLowerCase())) {
      // Only after a determiner or at the start of the clause ("Production VPC:", "- Shared services VPC is").
      if (!DETERMINER.test(word) && !/^[-*+>#]*$/.test(words[i]!)) return undefined;
      break;
    }
    if (i > 0 && /[,:()]$/.test(words[i - 1]!)) {
      name.unshift(word);
      break;
    }
    name.unshift(word);
  }
  if (name.length === 0 || name.length > 3) return undefined;
  return name.join(' ');
}
