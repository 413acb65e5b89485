import { findFrames, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const ALB = /\b(?:ALBs?|Application Load Balancers?|application load balancers?)\b/;
const NLB = /\b(?:NLBs?|Network Load Balancers?|network load balancers?)\b/;
const OTHER_LB = /\b(?:CLB|Classic Load Balancer|GWLB|Gateway Load Balancer|API Gateway|CloudFront|Global Accelerator|Ingress|nginx|HAProxy|Envoy|service mesh)\b/i;

/** What only a layer 4 balancer is: said of the ALB it swaps the two. */
const LAYER_4 = /\b(?:layer|L)[- ]?4\b|\btransport[- ]layer\b|\bTCP[- ]level\b|\bconnection[- ]level\b/i;
/** What only a layer 7 balancer does: said of the NLB it swaps the two. */
const LAYER_7 =
  /\b(?:layer|L)[- ]?7\b|\bapplication[- ]layer\b|\b(?:path|host|header|URL|query[- ]string|cookie)[- ]based\s+(?:routing|rules?|stickiness)\b|\brout(?:e|es|ed|ing)\s+(?:requests\s+|traffic\s+)?(?:on|by)\s+(?:the\s+)?(?:URL\s+|request\s+)?(?:path|host(?:name)?|HTTP\s+headers?|headers?|query\s+strings?)\b|\binspect(?:s|ing)?\s+(?:the\s+)?HTTP\b|\b(?:reads?|looks?\s+at)\s+(?:the\s+)?HTTP\s+headers?\b/i;

const FRAMES: ReadonlyArray<{ readonly frame: ClaimFrame; readonly message: string }> = [
  {
    frame: { subject: ALB, predicate: LAYER_4, rival: NLB, reach: 40 },
    message: 'An Application Load Balancer works at layer 7 (HTTP/HTTPS/gRPC requests); the Network Load Balancer is the layer 4 one.',
  },
  {
    frame: { subject: NLB, predicate: LAYER_7, rival: ALB, reach: 40 },
    message: 'A Network Load Balancer works at layer 4 (TCP, UDP, TLS and QUIC listeners) and cannot route on paths, hosts or headers; that is the Application Load Balancer.',
  },
];

export const loadBalancerLayer: ContextRule = {
  id: 'load-balancer-layer',
  scope: 'context',
  cue: { words: ['alb', 'application', 'nlb', 'network'] },
  description: 'The layers of the Application and Network Load Balancers swapped.',
  rationale:
    'An Application Load Balancer works at layer 7: it reads HTTP requests and routes on host, path, headers or query string. A Network ' +
    'Load Balancer works at layer 4: it forwards TCP, UDP and TLS connections by protocol and port and never reads a path or header. ' +
    'A design that puts path-based routing on an NLB, or calls the ALB a layer 4 balancer, picks the wrong one. Statements that name ' +
    'both with their right layers, negations and comparisons are not flagged.',
  severity: 'error',
  category: 'behaviour',
  facts: ['alb.osi-layer', 'nlb.osi-layer'],
  fixable: false,
  examples: {
    flag: [
      { text: 'The ALB is a layer 4 load balancer.', flagged: ['ALB is a layer 4'] },
      { text: 'Use a Network Load Balancer for path-based routing to the services.', flagged: ['Network Load Balancer for path-based routing'] },
      { text: 'The NLB routes requests by host header to each tenant.', flagged: ['NLB routes requests by host'] },
      { text: '- NLB: L7, terminates HTTP and inspects HTTP headers', flagged: ['NLB: L7'] },
    ],
    pass: [
      'The ALB is a layer 7 load balancer; the NLB works at layer 4.',
      'An NLB cannot do path-based routing, so the API uses an ALB.',
      'Put an NLB in front of the ALB, which does the path-based routing.',
      'Unlike the ALB, the NLB works at layer 4.',
      'The ALB terminates TLS and routes on the URL path; the NLB passes TCP through at layer 4.',
      'NLB vs ALB: layer 4 vs layer 7.',
    ],
  },
  check(context, report) {
    if (!ALB.test(context.text) && !NLB.test(context.text)) return;
    // "ALB vs NLB" and comparison tables list both sides: nothing is asserted of one of them alone.
    if (/\bvs\.?\b|\bversus\b|\bcompared\s+(?:to|with)\b/i.test(context.text)) return;
    for (const { frame, message } of FRAMES) {
      for (const claim of findFrames(context, [frame], { excludes: OTHER_LB })) report({ start: claim.start, end: claim.end, message });
    }
  },
};
