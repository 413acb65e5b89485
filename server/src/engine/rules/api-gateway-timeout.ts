import { limitRule } from './kit/limit-rule';
import type { FindingDraft, Report } from './kit/types';

/**
 * A Regional or private REST API may have the quota raised above 29 s (since June 2024): a longer timeout
 * written for one is not a mistake, so the rule stays quiet in a clause that names either endpoint type.
 */
const RAISABLE_ENDPOINT = /\b[Rr]egional\b|\bREGIONAL\b|\bprivate\s+(?:REST\s+)?APIs?\b|\bPRIVATE\b/;

const RAISED_NOTE = ' (raised by a Service Quotas request)';

const base = limitRule({
  id: 'api-gateway-timeout',
  description: 'An API Gateway REST integration timeout outside 50 ms to 29 seconds that is not a raised quota.',
  rationale:
    'API Gateway REST APIs wait 50 ms to 29 seconds for an integration by default. Since June 2024 Regional and private REST APIs can ' +
    'raise the timeout above 29 seconds by a quota request (Service Quotas); edge-optimized REST APIs cannot, and HTTP APIs stay at 30 ' +
    'seconds (api-gateway-http-timeout). A longer value in a clause that says the quota was raised, or that the API is Regional or ' +
    'private, is left alone. A longer synchronous call is still often a design smell: return 202 and poll, or use WebSockets. Warning, ' +
    'not error, because the quota can be raised. Quick fixes: use 29 seconds, or say that the quota was raised.',
  severity: 'warning',
  fact: 'api-gateway.integration-timeout',
  services: ['api-gateway'],
  attribute: /\b(?:integration\s+)?time-?outs?\b|\bintegration\s+times\s+out\b/i,
  // Another timeout, also when it qualifies the word ("idle connection timeout", CloudFront's "origin response timeout").
  notAttribute: /\bLambda\b|\bidle\b|\bvisibility\b|\bclient\b|\bconnection\b|\bkeep-?alive\b|\borigin\b|\bread\b|\bsocket\b|\bsession\b/i,
  // An HTTP API (API Gateway v2) allows up to 30 s, not adjustable: api-gateway-http-timeout judges it.
  raisableIn: RAISABLE_ENDPOINT,
  notInClause: /\bHTTP APIs?\b|\bAPI\s*Gateway\s*v2\b|\bapigatewayv2\b/i,
  note: 'Regional and private REST APIs can raise it above 29 seconds by a Service Quotas request; edge-optimized REST APIs cannot.',
  examples: {
    flag: [
      {
        text: 'API Gateway integration timeout: 5 minutes for the report endpoint.',
        flagged: ['5 minutes'],
        output: 'API Gateway integration timeout: 29 seconds for the report endpoint.',
      },
      // Loose: the fix writes "a 29 seconds timeout" (plural inside a compound adjective); output not stated.
      'The REST API in API Gateway has a 60 second timeout for the export call.',
      {
        text: '```hcl\nresource "aws_api_gateway_integration" "export" {\n  timeout_milliseconds = 120000\n}\n```',
        flagged: ['120000'],
        output: '```hcl\nresource "aws_api_gateway_integration" "export" {\n  timeout_milliseconds = 29000\n}\n```',
      },
      // Loose, as above.
      'The REST API in API Gateway has a 60 second\ntimeout for the export call.',
    ],
    pass: [
      // A change between two values, not a range whose start claims the minimum.
      '| Time | Event |\n| --- | --- |\n| 09:44 | p99 latency jumps from 180 ms to 29 s (API Gateway timeout) |',
      'API Gateway integration timeout: 29 seconds.',
      'API Gateway calls the Lambda function, whose timeout is 5 minutes.',
      'Requests that take longer than 29 seconds go through the async API Gateway endpoint.',
      "- The presign integration has a 30 second timeout on the client SDK side (the client's own\n  timeout, not API Gateway).",
      // CloudFront's origin timeout, an HTTP API's (up to 30 s), a WebSocket idle timeout, a quota raised on request.
      '- CloudFront in front of API Gateway: origin response timeout 60 seconds.',
      '- We use an HTTP API (API Gateway v2) with a 30 s integration timeout.',
      '- API Gateway WebSocket API: idle connection timeout 10 minutes.',
      '- Regional REST API integration timeout raised to 120 seconds via Service Quotas (case 171234).',
      'The Regional REST API in API Gateway has a 90 second integration timeout for the export call.',
      'Our private REST API in API Gateway uses a 120 second integration timeout.',
    ],
  },
});

/** Second fix for an over-the-default value in prose: say the quota was raised (which the rule then accepts). */
function withRaisedFix(draft: FindingDraft, text: string, contextStart: number): FindingDraft {
  if (!draft.message.includes(' is above the maximum.')) return draft;
  const after = text.slice(draft.end - contextStart, draft.end - contextStart + 40);
  // "60 second timeout": the note goes after the attribute word, not between number and noun.
  const tail = /^(?:[\s-]*(?:seconds?|secs?|s|minutes?|mins?|milliseconds?|ms))?(?:\s+(?:integration\s+)?time-?outs?)?/i.exec(after)?.[0] ?? '';
  const at = draft.end + tail.length;
  return {
    ...draft,
    message: draft.message.replace(' is above the maximum.', ' is above the default quota.'),
    fixes: [
      ...(draft.fixes ?? []),
      { title: 'Say the quota was raised (Regional or private REST API)', edits: [{ start: at, end: at, newText: RAISED_NOTE }], safe: false },
    ],
  };
}

export const apiGatewayTimeout: typeof base = {
  ...base,
  check(context, report: Report) {
    base.check(context, (draft) => report(context.kind === 'code' ? draft : withRaisedFix(draft, context.text, context.start)));
  },
};
