import { limitRule } from './limit-rule';

export const apiGatewayTimeout = limitRule({
  id: 'api-gateway-timeout',
  description: 'An API Gateway integration timeout outside 50 ms to 29 seconds.',
  rationale:
    'API Gateway waits 50 ms to 29 seconds for an integration by default. Since June 2024 Regional and private REST APIs can raise the ' +
    'limit by a quota request; HTTP APIs stay at 30 seconds and edge-optimized APIs at 29. A longer synchronous call is usually a design ' +
    'smell: return 202 and poll, or use WebSockets. Warning, not error, because the quota can be raised.',
  severity: 'warning',
  fact: 'api-gateway.integration-timeout',
  services: ['api-gateway'],
  attribute: /\b(?:integration\s+)?time-?outs?\b/i,
  // Another timeout, also when it qualifies the word ("idle connection timeout", CloudFront's "origin response timeout").
  notAttribute: /\bLambda\b|\bidle\b|\bvisibility\b|\bclient\b|\bconnection\b|\bkeep-?alive\b|\borigin\b|\bread\b|\bsocket\b|\bsession\b/i,
  // An HTTP API (API Gateway v2) allows up to 30 s, not adjustable: api-gateway-http-timeout judges it.
  notInClause: /\bHTTP APIs?\b|\bAPI\s*Gateway\s*v2\b|\bapigatewayv2\b/i,
  iac: {
    // v2 integrations (HTTP and WebSocket APIs) are api-gateway-http-timeout's: an HTTP API allows 30 s.
    resources: /^(?:aws_api_gateway_integration|AWS::ApiGateway::Method)$/,
    keys: { timeoutmilliseconds: 0.001, timeoutinmillis: 0.001 },
  },
  note: 'Regional and private REST APIs can raise it by a quota request.',
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
      'API Gateway integration timeout: 29 seconds.',
      'API Gateway calls the Lambda function, whose timeout is 5 minutes.',
      'Requests that take longer than 29 seconds go through the async API Gateway endpoint.',
      "- The presign integration has a 30 second timeout on the client SDK side (the client's own\n  timeout, not API Gateway).",
      // CloudFront's origin timeout, an HTTP API's (up to 30 s), a WebSocket idle timeout, a quota raised on request.
      '- CloudFront in front of API Gateway: origin response timeout 60 seconds.',
      '- We use an HTTP API (API Gateway v2) with a 30 s integration timeout.',
      '- API Gateway WebSocket API: idle connection timeout 10 minutes.',
      '- Regional REST API integration timeout raised to 120 seconds via Service Quotas (case 171234).',
    ],
  },
});
