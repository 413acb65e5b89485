import { limitRule } from './kit/limit-rule';

export const apiGatewayHttpTimeout = limitRule({
  id: 'api-gateway-http-timeout',
  description: 'An API Gateway HTTP API integration timeout above 30 seconds.',
  rationale:
    'An HTTP API (API Gateway v2) waits at most 30 seconds for an integration, and the quota cannot be raised (unlike Regional and private ' +
    'REST APIs, see api-gateway-timeout). Longer work needs an asynchronous pattern: return 202 and poll, or a WebSocket API. Checked in prose ' +
    'that names an HTTP API and in `timeout_milliseconds` / `TimeoutInMillis` of v2 integrations.',
  severity: 'error',
  fact: 'api-gateway.http-integration-timeout',
  services: ['api-gateway'],
  attribute: /\b(?:integration\s+)?time-?outs?\b/i,
  notAttribute: /\bLambda\b|\bidle\b|\bclient\b|\bconnection\b|\bkeep-?alive\b|\borigin\b|\bread\b|\bauthori[sz]er\b|\bJWKS?\b/i,
  requires: /\bHTTP APIs?\b|\bAPI\s*Gateway\s*v2\b/i,
  proseMin: false,
  examples: {
    flag: [
      {
        text: 'The HTTP API integration timeout is 60 seconds for the export route.',
        flagged: ['60 seconds'],
        output: 'The HTTP API integration timeout is 30 seconds for the export route.',
      },
      {
        text: '| API | Type | Integration timeout |\n| --- | --- | --- |\n| reports | HTTP API | 2 min |',
        flagged: ['2 min'],
        output: '| API | Type | Integration timeout |\n| --- | --- | --- |\n| reports | HTTP API | 30 seconds |',
      },
      {
        text: '```hcl\nresource "aws_apigatewayv2_integration" "export" {\n  timeout_milliseconds = 45000\n}\n```',
        flagged: ['45000'],
        output: '```hcl\nresource "aws_apigatewayv2_integration" "export" {\n  timeout_milliseconds = 30000\n}\n```',
      },
    ],
    pass: [
      '- We use an HTTP API (API Gateway v2) with a 30 s integration timeout.',
      'The HTTP API route calls a Lambda function whose timeout is 5 minutes.',
      '- API Gateway WebSocket API: idle connection timeout 10 minutes.',
      '```hcl\nresource "aws_apigatewayv2_integration" "export" {\n  timeout_milliseconds = 30000\n}\n```',
    ],
  },
});
