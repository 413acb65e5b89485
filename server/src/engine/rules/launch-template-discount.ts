import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const LAUNCH_TEMPLATE = /\blaunch\s+(?:templates?|configurations?)\b/i;
/**
 * A discount from a launch template: "launch templates, which offer discounts, …", "using a launch
 * template lowers the instance price". Discounts come from Spot, Reserved Instances and Savings Plans.
 */
const DISCOUNT: readonly ClaimFrame[] = [
  {
    subject: LAUNCH_TEMPLATE,
    predicate:
      /\b(?:offers?|offering|provides?|providing|gives?|giving|brings?|comes?\s+with|includes?|unlocks?|qualif(?:y|ies)\s+for|gets?|earns?)\s+(?:(?:us|you|them|customers|users)\s+)?(?:\d{1,2}\s*%\s+|(?:a|an|the|some|big|significant|additional|extra|volume|pricing|cost)\s+)*(?:discounts?|discounted\s+(?:pricing|prices|rates))\b|\b(?:lowers?|reduces?|cuts?)\s+(?:the\s+)?(?:instance\s+|hourly\s+|EC2\s+)?(?:price|prices|rates?|costs?)\b/i,
    reach: 40,
    ordered: true,
  },
];
/** A pricing model named: the discount may be its own (a template that requests Spot Instances). */
const PRICING_MODEL = /\bSpot\b|\bReserved\s+Instances?\b|\bRIs?\b|\bSavings\s+Plans?\b|\bOn-Demand\s+Capacity\s+Reservations?\b|\bGraviton\b|\bright-?siz\w*|\b(?:cheaper|smaller|newer|burstable)\s+(?:instance\s+types?|instances)\b/i;

export const launchTemplateDiscount: ContextRule = {
  id: 'launch-template-discount',
  scope: 'context',
  cue: { words: ['launch'] },
  description: 'A launch template said to give a discount, although it only holds launch settings; discounts come from pricing models.',
  rationale:
    'A launch template (and the legacy launch configuration) stores the settings an instance is launched with: AMI, instance type, key ' +
    'pair, security groups, user data, storage, network interfaces. It changes no price. EC2 discounts come from the purchasing options: ' +
    'Spot Instances, Reserved Instances and Savings Plans. A template can request Spot capacity or a cheaper instance type, so text that ' +
    'names a pricing model or instance types beside the template is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['ec2-auto-scaling.launch-templates'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'Launch templates, which offer discounts, are used to specify configurations like AMI, user data and security groups.',
        flagged: ['Launch templates, which offer discounts'],
      },
      { text: 'Moving the ASG to a launch template gives us a 10% discount.', flagged: ['launch template gives us a 10% discount'] },
      { text: 'A launch template lowers the hourly price of each instance.', flagged: ['launch template lowers the hourly price'] },
    ],
    pass: [
      'A launch template holds the AMI and instance settings; discounts come from Savings Plans.',
      'Launch templates do not offer discounts.',
      'Do launch templates offer discounts?',
      'The launch template requests Spot Instances, which offer discounts of up to 90%.',
      'Launch templates replace launch configurations.',
    ],
  },
  check(context, report) {
    if (!/discount|price|rate|cost/i.test(context.text) || !LAUNCH_TEMPLATE.test(context.text) || PRICING_MODEL.test(context.text)) return;
    for (const claim of assertedClaims(context, DISCOUNT)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A launch template only holds launch settings and changes no price; EC2 discounts come from Spot Instances, Reserved Instances and Savings Plans.',
      });
    }
  },
};
