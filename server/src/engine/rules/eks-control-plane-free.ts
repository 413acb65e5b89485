import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

/** The managed control plane or the cluster of EKS (not EKS Anywhere or EKS Distro, which are free to run yourself). */
const EKS = /\b(?:Amazon\s+)?EKS\b(?!\s+(?:Anywhere|Distro|add-?ons?|Pod\s+Identity|Auto\s+Mode))(?:\s+(?:control[- ]plane|cluster|clusters|masters?|master\s+nodes?|API\s+server|management))?|(?<!\b(?:ECS|GKE|AKS|ECS's|GKE's|AKS's|Azure|Google|self-managed|kops)\s)\b(?:Kubernetes\s+)?control[- ]plane\b/i;
const NAMES_EKS = /\bEKS\b|\bElastic\s+Kubernetes\s+Service\b/i;
/** Costs, the rate or the cluster fee named: the writer knows it (or compares it). */
const KNOWS_FEE = /\$\s?0?\.\d|\bper\s+(?:cluster[- ])?hour\b|\bcluster[- ]hours?\b|\bhourly\b|\bcluster\s+fee\b|\bextended\s+support\b|\bfree\s+tier\b|\bEKS\s+(?:Anywhere|Distro)\b/i;

/**
 * No charge for the control plane: "the EKS control plane is free", "AWS does not bill the EKS masters",
 * "with EKS you only pay for the worker nodes", "the cluster itself costs nothing".
 */
const FREE: readonly ClaimFrame[] = [
  {
    subject: EKS,
    predicate:
      /\b(?:is|are|comes?|remains?|stays?)\s+(?:completely\s+|entirely\s+|totally\s+|always\s+)?(?:free(?:\s+of\s+charge)?\b(?!\s+(?:tier|to|from|of\s+(?!charge))|-)|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|included\s+(?:at\s+no\s+cost|for\s+free))|\bcosts?\s+(?:you\s+)?nothing\b|\bno\s+(?:extra\s+|additional\s+|separate\s+)?(?:charge|fee|cost)s?\s+for(?=\s+(?:the\s+)?(?:Amazon\s+)?(?:EKS|Kubernetes\s+control|control[- ]plane))|\b(?:has|have|with|carries|carry)\s+no\s+(?:extra\s+|additional\s+|separate\s+)?(?:charge|fee|cost|price)s?\b|\b(?:is|are)\s+not\s+(?:charged|billed)(?:\s+for)?\b|\b(?:doesn't|does\s+not|don't|do\s+not)\s+(?:charge|bill)\s+(?:you\s+)?(?:for\s+)?(?:the\s+)?(?:control[- ]plane|cluster|masters?)\b/i,
    reach: 40,
  },
  {
    subject: /\b(?:Amazon\s+)?EKS\b(?!\s+(?:Anywhere|Distro))/i,
    predicate:
      /\b(?:you\s+)?(?:only\s+pay|pay\s+only)\s+for\s+(?:the\s+)?(?:worker\s+nodes|nodes|node\s+groups|EC2\s+instances|EC2\s+nodes|worker\s+instances)\b/i,
    reach: 40,
    subjectInScope: true,
  },
];

export const eksControlPlaneFree: ContextRule = {
  id: 'eks-control-plane-free',
  scope: 'context',
  cue: { words: ['eks', 'control', 'pay'] },
  description: 'The EKS control plane said to be free, although every cluster is billed per hour.',
  rationale:
    'Amazon EKS charges a fee for each cluster for every hour it exists, whether or not any node or pod runs: $0.10 per hour in ' +
    'standard support (about $73 a month), more in extended support. Worker nodes, Fargate pods and load balancers are billed on top. ' +
    'ECS has no such charge, which is where the belief comes from; many small clusters per team or per environment add up. Text that ' +
    'states a rate, the cluster fee, the free tier, EKS Anywhere or EKS Distro is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['eks.cluster-hour'],
  fixable: false,
  examples: {
    flag: [
      { text: 'The EKS control plane is free; we only pay for the nodes.', flagged: ['EKS control plane is free'] },
      { text: 'Like ECS, EKS has no charge for the control plane.', flagged: ['EKS has no charge'] },
      { text: 'With Amazon EKS you only pay for the worker nodes, so one cluster per team costs nothing extra.', flagged: ['Amazon EKS you only pay for the worker nodes'] },
      { text: '- EKS: AWS does not charge for the control plane.', flagged: ['EKS: AWS does not charge for the control plane'] },
      { text: '## Amazon EKS\n\n**Benefits**:\n- AWS runs the control plane\n- Pay only for worker nodes and resources', flagged: ['Pay only for worker nodes'] },
    ],
    pass: [
      'The EKS control plane costs $0.10 per hour per cluster.',
      'The EKS control plane is not free, so we share one cluster between teams.',
      'ECS has no control-plane charge, unlike EKS.',
      'Is the EKS control plane free?',
      'EKS Anywhere is free to download; support subscriptions are extra.',
      'The EKS cluster is free to scale out with Karpenter.',
      'The ECS control plane is free, whereas EKS bills each cluster.',
    ],
  },
  fromSection: { services: ['eks'], cue: /\bpay\s+only\b|\bonly\s+pay\b/i },
  check(context, report) {
    if (!NAMES_EKS.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' ')) || KNOWS_FEE.test(context.text)) return;
    for (const claim of assertedClaims(context, FREE)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Every EKS cluster is billed per hour for its control plane ($0.10 per cluster-hour in standard support), on top of nodes and pods.',
      });
    }
  },
};
