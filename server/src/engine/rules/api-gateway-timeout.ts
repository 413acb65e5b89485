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
  notAttribute: /\bLambda\b|\bidle\b|\bvisibility\b|\bclient\b/i,
  iac: {
    resources: /^(?:aws_api_gateway_integration|aws_apigatewayv2_integration|AWS::ApiGateway::Method|AWS::ApiGatewayV2::Integration)$/,
    keys: { timeoutmilliseconds: 0.001, timeoutinmillis: 0.001 },
  },
  note: 'Regional and private REST APIs can raise it by a quota request.',
  examples: {
    flag: [
      'API Gateway integration timeout: 5 minutes for the report endpoint.',
      'The REST API in API Gateway has a 60 second timeout for the export call.',
      '```hcl\nresource "aws_api_gateway_integration" "export" {\n  timeout_milliseconds = 120000\n}\n```',
      'The REST API in API Gateway has a 60 second\ntimeout for the export call.',
    ],
    pass: [
      'API Gateway integration timeout: 29 seconds.',
      'API Gateway calls the Lambda function, whose timeout is 5 minutes.',
      'Requests that take longer than 29 seconds go through the async API Gateway endpoint.',
      "- The presign integration has a 30 second timeout on the client SDK side (the client's own\n  timeout, not API Gateway).",
    ],
  },
});
