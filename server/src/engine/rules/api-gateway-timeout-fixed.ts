import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

/** API Gateway's REST integration timeout, by the words a writer uses for it. */
const REST_TIMEOUT = /\bAPI\s*Gateway\b|\bAPIGW\b|\bAPI\s*GW\b|\bREST\s+APIs?\b|\bintegration\s+time-?outs?\b/i;
/** "29 seconds", "29s", "29-second", "29 sec". */
const TWENTY_NINE = /\b29[\s-]?(?:s|secs?|seconds?)\b/i;
/** Said to be fixed: "a hard limit", "cannot be raised", "not adjustable". */
const FIXED: readonly ClaimFrame[] = [
  {
    subject: TWENTY_NINE,
    predicate:
      /\bhard(?:[\s-]+coded)?\s+(?:limit|cap|ceiling|max(?:imum)?|time-?out|cut-?off|quota)\b|\b(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+be\s+(?:raised|increased|extended|changed|adjusted|lifted|configured)\b|\b(?:we|you|one|AWS|customers?|nobody)\s+(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+(?:raise|increase|extend|change|adjust|lift)\b|\bnot\s+(?:adjustable|configurable|raisable|increasable)\b|\bno\s+way\s+to\s+(?:raise|increase|extend)\b|\b(?:is|are)\s+fixed\b/i,
    reach: 40,
  },
  { subject: REST_TIMEOUT, predicate: /\bhard\s+29[\s-]?(?:s|secs?|seconds?)\b/i, reach: 40 },
];
/** The correct cases: HTTP APIs (30 s, fixed), edge-optimized and WebSocket APIs, or the writer already knows about the raise. */
const RIGHTLY_FIXED = /\bHTTP\s+APIs?\b|\bAPI\s*Gateway\s*v2\b|\bedge[- ]optimi[sz]ed\b|\bWebSocket\b|\bRegional\b|\bprivate\s+(?:REST\s+)?APIs?\b|\bService\s+Quotas\b|\bquota\s+(?:increase|request)\b|\b(?:can|could)\s+(?:now\s+)?be\s+(?:raised|increased)\b|\bsince\s+(?:June\s+)?2024\b/i;

export const apiGatewayTimeoutFixed: ContextRule = {
  id: 'api-gateway-timeout-fixed',
  scope: 'context',
  cue: { words: ['29'] },
  description: 'API Gateway’s 29-second REST integration timeout said to be a hard limit that cannot be raised.',
  rationale:
    'The REST API integration timeout defaults to 29 seconds, and since June 2024 Regional and private REST APIs can raise it by a ' +
    'Service Quotas request (at the cost of Region-level throttle quota). Only edge-optimized REST APIs keep the 29-second cap, and ' +
    'HTTP APIs stop at 30 seconds. A design that rules out a synchronous call because "29 seconds is a hard limit" may be choosing a ' +
    'more complex pattern than it needs. Text that names HTTP, edge-optimized or WebSocket APIs, or the quota increase, is left alone.',
  severity: 'info',
  category: 'behaviour',
  facts: ['api-gateway.integration-timeout'],
  fixable: false,
  examples: {
    flag: [
      { text: 'API Gateway has a hard limit of 29 seconds on integrations, so the export runs asynchronously.', flagged: ['hard limit of 29 seconds'] },
      { text: 'The REST API integration timeout is 29 seconds and cannot be raised.', flagged: ['29 seconds and cannot be raised'] },
      { text: '- API Gateway: 29s integration timeout, a hard limit.', flagged: ['29s integration timeout, a hard limit'] },
      { text: 'API Gateway has a hard 29-second integration timeout.', flagged: ['API Gateway has a hard 29-second'] },
      // The same claim in the active voice.
      { text: 'The API Gateway integration timeout is 29 seconds, which we cannot raise.', flagged: ['29 seconds, which we cannot raise'] },
    ],
    pass: [
      'API Gateway REST integrations time out after 29 seconds by default.',
      'HTTP APIs have a hard 30-second integration timeout; the 29 second REST timeout can be raised for Regional APIs.',
      'Edge-optimized REST APIs keep a hard limit of 29 seconds.',
      'We asked for a quota increase because the 29 second timeout is not adjustable by default.',
      'Is the 29 second API Gateway timeout a hard limit?',
      'Lambda has a hard limit of 15 minutes.',
    ],
  },
  check(context, report) {
    if (!TWENTY_NINE.test(context.text) || !REST_TIMEOUT.test(context.text) || RIGHTLY_FIXED.test(context.text)) return;
    for (const claim of assertedClaims(context, FIXED, { excludes: RIGHTLY_FIXED })) {
      report({
        start: claim.start,
        end: claim.end,
        message:
          'The 29-second REST integration timeout is a default: Regional and private REST APIs can raise it by a Service Quotas request (since June 2024); only edge-optimized REST APIs and HTTP APIs (30 s) are capped.',
      });
    }
  },
};
