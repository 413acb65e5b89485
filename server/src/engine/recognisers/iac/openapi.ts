/**
 * OpenAPI definitions with API Gateway's extensions, in YAML or JSON: each `x-amazon-apigateway-integration`
 * object is an integration (its `timeoutInMillis` the integration timeout) and each
 * `x-amazon-apigateway-authorizer` object an authorizer (its `authorizerResultTtlInSeconds` the TTL of
 * cached results). yaml.ts and json.ts give each such object a resource of the CloudFormation type an
 * import creates, so attributes.ts maps its properties as it maps a template's.
 *
 * REST or HTTP API, which differ in their timeout (29 s by default and raisable, against 30 s fixed),
 * is read from what only one of them has: `payloadFormatVersion`, `x-amazon-apigateway-cors` or
 * `x-amazon-apigateway-importexport-version` are an HTTP API's; `swagger: "2.0"`, `passthroughBehavior`,
 * `requestTemplates`, request validators, gateway responses, an API key source or a resource policy a
 * REST API's. Neither is read as REST (the common case); both say nothing. Only an edge-optimized
 * REST API is held to 29 s: unless the definition's endpoint configuration says `EDGE`, the API may be
 * Regional or private with a raised quota, and only a timeout below the minimum is read (attributes.ts,
 * `raisable`).
 */

/** The object keys this reader looks for. */
export const INTEGRATION_KEY = 'x-amazon-apigateway-integration';
export const AUTHORIZER_KEY = 'x-amazon-apigateway-authorizer';

const HTTP_MARKERS = /\bpayloadFormatVersion\b|\bx-amazon-apigateway-(?:cors|importexport-version)\b/;
const REST_MARKERS = /^[ \t]*["']?swagger["']?[ \t]*:|\bpassthroughBehavior\b|\brequestTemplates\b|\bx-amazon-apigateway-(?:request-validators?|gateway-responses|api-key-source|policy)\b/m;
const ENDPOINT_CONFIGURATION = /\bx-amazon-apigateway-endpoint-configuration\b/;
/** An endpoint type that may raise the REST timeout, within the endpoint configuration's next lines. */
const RAISABLE_TYPE = /\b(?:REGIONAL|PRIVATE)\b/;
const EDGE_TYPE = /\bEDGE\b/;

export interface OpenApiTypes {
  /** The resource type an integration object is read as; undefined when the API kind is unknown or the timeout may be raised. */
  readonly integration?: string;
  readonly authorizer: string;
}

/** The resource types of a fence's API Gateway extension objects, or undefined when it has none. */
export function openApiTypes(code: string): OpenApiTypes | undefined {
  if (!code.includes('x-amazon-apigateway-')) return undefined;
  const http = HTTP_MARKERS.test(code);
  const rest = REST_MARKERS.test(code);
  if (http && rest) return { authorizer: 'AWS::ApiGateway::Authorizer' };
  if (http) return { integration: 'AWS::ApiGatewayV2::Integration', authorizer: 'AWS::ApiGatewayV2::Authorizer' };
  // Only an edge-optimized REST API is held to 29 s; one whose type the definition does not state may be Regional or private.
  const configured = ENDPOINT_CONFIGURATION.exec(code);
  const stated = configured ? code.slice(configured.index, configured.index + 300) : '';
  const edge = EDGE_TYPE.test(stated) && !RAISABLE_TYPE.test(stated);
  return { integration: edge ? 'AWS::ApiGateway::Method' : INTEGRATION_KEY, authorizer: 'AWS::ApiGateway::Authorizer' };
}

/** The resource type an extension object under `key` is read as, or undefined. */
export function extensionType(types: OpenApiTypes, key: string): string | undefined {
  if (key === INTEGRATION_KEY) return types.integration;
  if (key === AUTHORIZER_KEY) return types.authorizer;
  return undefined;
}
