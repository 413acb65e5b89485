import { distinctClaims, findClaims, findFrames, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const ALB = /\b(?:ALBs?|Application\s+Load\s+Balancers?|application\s+load\s+balancers?)\b(?:\s+(?:HTTPS\s+|TLS\s+)?listeners?)?|\bHTTPS\s+listeners?\b/;
const CERT = String.raw`(?:(?:SSL|TLS|SSL\/TLS|TLS\/SSL|HTTPS|ACM|X\.509|server)\s+)?cert(?:ificate)?s?`;
/**
 * The writer speaks of the default certificate (one per listener, true), a wildcard or SAN certificate
 * that covers the names, client certificates (mTLS), or the Classic Load Balancer (one certificate, no SNI).
 */
const OTHER_CERT =
  /\bdefault\s+cert|\bwild-?card\b|\bSANs?\b|\bsubject\s+alternative\b|\*\.[a-z]|\bmTLS\b|\bmutual\s+TLS\b|\btrust\s+stores?\b|\bCA\s+cert|\bclient\s+cert|\bClassic\s+Load\s+Balancers?\b|\bCLBs?\b|\bELB\s+classic\b/i;

/**
 * One certificate only: "the ALB supports only one SSL certificate", "an HTTPS listener is limited to a
 * single certificate", "ALB does not support SNI", "one certificate per ALB".
 */
const ONE_CERT: readonly ClaimFrame[] = [
  {
    subject: ALB,
    predicate: new RegExp(
      String.raw`\b(?:supports?|allows?|takes?|holds?|accepts?|serves?|presents?|uses?|can\s+(?:have|hold|use|attach|serve|present|take|carry))\s+only\s+(?:one|a\s+single|1)\s+${CERT}\b|` +
        String.raw`\bonly\s+(?:supports?|allows?|takes?|holds?|accepts?|serves?|presents?|has|have|(?:can\s+)?(?:have|hold|use|attach|serve|present|take))\s+(?:one|a\s+single|1)\s+${CERT}\b|` +
        String.raw`\b(?:limited|restricted)\s+to\s+(?:one|a\s+single|1)\s+${CERT}\b|` +
        String.raw`\b(?:one|a\s+single|1)\s+${CERT}\s+(?:only\b|per\s+(?:listener|load\s+balancer|ALB)\b)|` +
        String.raw`\b(?:does\s+not|doesn't|do\s+not|don't|cannot|can't|can\s+not|won't)\s+(?:support|do|handle|use|offer)\s+(?:SNI|Server\s+Name\s+Indication)\b|` +
        String.raw`\b(?:does\s+not|doesn't|do\s+not|don't|cannot|can't|can\s+not|won't)\s+(?:support|have|hold|host|serve|present|attach|use|take)\s+(?:multiple|several|many|more\s+than\s+one|two|different)\s+${CERT}\b|` +
        String.raw`\bno\s+SNI(?:\s+support)?\b`,
      'i',
    ),
    reach: 40,
  },
];
/** "We need a separate ALB for each domain's certificate", "one ALB per TLS certificate". */
const ALB_PER_DOMAIN = new RegExp(
  String.raw`\b(?:need|needs|require|requires|must\s+(?:use|create|deploy|have))\s+(?:a\s+|one\s+)?(?:separate|dedicated|another|its\s+own|an?\s+extra)\s+(?:ALB|Application\s+Load\s+Balancer|load\s+balancer)\s+(?:per|for\s+(?:each|every))\s+(?:(?:custom\s+)?domain|hostname|host\s+name|site|website|${CERT})\b|\bone\s+(?:ALB|Application\s+Load\s+Balancer)\s+per\s+(?:${CERT}|domain|hostname)\b`,
  'i',
);

export const albSingleCertificate: ContextRule = {
  id: 'alb-single-certificate',
  scope: 'context',
  cue: { words: ['cert', 'sni', 'indication'] },
  description: 'An Application Load Balancer said to serve one TLS certificate only, although it selects among many with SNI.',
  rationale:
    'An HTTPS listener of an Application Load Balancer has one default certificate and an optional certificate list; with Server Name ' +
    'Indication the load balancer picks the certificate that matches the host name each client asks for, so one ALB serves many ' +
    'domains with their own certificates (25 besides the default by default, an adjustable quota). One certificate per listener and no ' +
    'SNI describe the Classic Load Balancer. Text about the default certificate, a wildcard or SAN certificate, client certificates ' +
    '(mTLS) or the Classic Load Balancer is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['alb.certificates', 'clb.certificates'],
  fixable: false,
  examples: {
    flag: [
      { text: 'An ALB supports only one SSL certificate, so each domain gets its own load balancer.', flagged: ['ALB supports only one SSL certificate'] },
      { text: 'The HTTPS listener of the Application Load Balancer is limited to a single certificate.', flagged: ['HTTPS listener of the Application Load Balancer is limited to a single certificate'] },
      { text: '- ALB: no SNI support.', flagged: ['ALB: no SNI support'] },
      { text: 'Application Load Balancers cannot serve multiple TLS certificates.', flagged: ['Application Load Balancers cannot serve multiple TLS certificates'] },
      { text: 'We need a separate ALB for each domain because of its TLS certificate.', flagged: ['need a separate ALB for each domain'] },
    ],
    pass: [
      'An ALB listener has one default certificate and can add up to 25 more for SNI.',
      'The ALB uses only one certificate, a wildcard for *.example.com.',
      'A Classic Load Balancer supports only one SSL certificate per listener; the ALB supports SNI.',
      'Does an ALB support only one SSL certificate?',
      'The ALB does not only support one certificate: it selects among several with SNI.',
      'Unlike the CLB, an ALB is not limited to a single certificate.',
    ],
  },
  check(context, report) {
    if (!/\bcert|\bSNI\b|Server\s+Name\s+Indication/i.test(context.text)) return;
    const said = [context.text, ...context.parents.map((p) => p.text)].join(' ');
    if (!ALB.test(said)) return;
    const matches = [...findFrames(context, ONE_CERT, { excludes: OTHER_CERT }), ...findClaims(context, ALB_PER_DOMAIN, { excludes: OTHER_CERT, requires: /\bALBs?\b|\bApplication\s+Load\s+Balancers?\b|\bHTTPS\b/i })];
    for (const claim of distinctClaims(matches)) {
      if (/\?[\s*_)]*$/.test(claim.clause)) continue;
      report({
        start: claim.start,
        end: claim.end,
        message: 'An ALB HTTPS listener takes a certificate list and picks the matching certificate per host name with SNI (25 besides the default by default); one certificate only is the Classic Load Balancer.',
      });
    }
  },
};
