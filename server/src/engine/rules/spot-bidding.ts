import { assertedClaims, distinctClaims, type ClaimFrame } from './kit/claims';
import { parentSubjectClaims } from './kit/parent-subject';
import type { ContextRule } from './kit/types';

const SPOT = /\bSpot\b(?:\s+(?:Instances?|capacity|market|requests?|prices?|fleets?|nodes?|workers?))?/i;
/**
 * Spot as an auction: "interrupted when the Spot price exceeds your bid", "you bid on spare capacity",
 * "place a bid for Spot Instances", "the bid price you set". Bidding ended in November 2017: Spot
 * Instances are charged the current Spot price and reclaimed when EC2 needs the capacity back.
 */
const BIDDING: readonly ClaimFrame[] = [
  {
    subject: SPOT,
    predicate:
      /\b(?:your|my|our|their|the|a|an|higher|highest|lower|winning|maximum|max)\s+(?:(?:Spot|maximum|max)\s+)?bids?\b(?!\s+(?:farewell|adieu))|\bbid(?:s|ding)?\s+(?:price|prices|amount|for|on)\b|\b(?:you|we|users?|customers?)\s+(?:can\s+|must\s+|need\s+to\s+|have\s+to\s+)?bid\b|\bbidding\b|\boutbid\b|\bplaces?\s+(?:a\s+)?bids?\b/i,
    reach: 80,
    subjectInScope: true,
  },
];
/** The writer knows bidding is over, or compares with the old model ("the old bid price", "no bidding"). */
const KNOWS_CHANGE = /\b2017\b|\bno\s+(?:more\s+|longer\s+)?bid|\bwithout\s+bidd?ing\b|\bmax(?:imum)?\s+price\b|\bauction(?:s|ed)?\s+(?:model|era)\b|\bbidding\s+(?:model|system)\s+(?:ended|was\s+(?:removed|retired|dropped))/i;

export const spotBidding: ContextRule = {
  id: 'spot-bidding',
  scope: 'context',
  description: 'Spot Instances described as bidding, which ended in 2017; Spot is reclaimed when EC2 needs the capacity back.',
  rationale:
    'Since November 2017 there is no bidding for Spot Instances: an instance runs at the current Spot price, which moves slowly with ' +
    'long-term supply and demand, and Amazon EC2 interrupts it mainly when it needs the capacity back (with a two-minute notice). A ' +
    'maximum price can still be set, but AWS advises against it because it only adds interruptions. Notes that plan around "outbidding" ' +
    'or a bid price describe the old auction. Text that names 2017, the maximum price or the end of bidding is not flagged.',
  // 6 of 6 findings right on the labelled development corpus, every one on the notes right: a warning.
  severity: 'warning',
  category: 'behaviour',
  facts: ['ec2.spot-pricing'],
  cue: { words: ['bid', 'outbid'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'Spot Instances can be interrupted by AWS if the current spot price exceeds your bid.', flagged: ['Spot Instances can be interrupted by AWS if the current spot price exceeds your bid'] },
      { text: 'With Spot you bid on unused EC2 capacity.', flagged: ['Spot you bid'] },
      { text: '- **Spot Instances:**\n  - Lost as soon as someone else places a higher bid.', flagged: ['higher bid'] },
    ],
    pass: [
      'Spot Instances run at the current Spot price and are reclaimed when EC2 needs the capacity back.',
      'There is no bidding for Spot Instances any more.',
      'Do Spot Instances still use bidding?',
      'Until 2017, Spot Instances were lost when the Spot price exceeded your bid.',
      'Unlike the old Spot market, there is no bid price; an optional maximum price remains.',
    ],
  },
  check(context, report) {
    if (!/\bbid|\boutbid\b/i.test(context.text) || KNOWS_CHANGE.test(context.text)) return;
    for (const claim of distinctClaims([...assertedClaims(context, BIDDING), ...parentSubjectClaims(context, SPOT, BIDDING)])) {
      report({
        start: claim.start,
        end: claim.end,
        changedIn: 2017,
        message: 'There is no bidding for Spot Instances since 2017: they run at the current Spot price and are interrupted mainly when EC2 needs the capacity back (two-minute notice).',
      });
    }
  },
};
