/**
 * OpenAPI definitions with API Gateway's extensions (recognisers/iac/openapi.ts): an
 * `x-amazon-apigateway-integration` object's `timeoutInMillis` is the integration timeout of a REST or
 * an HTTP API, told apart by what only one of them has. Texts written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { openApiTypes } from '../../server/src/engine/recognisers/iac/openapi';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${f.severity} ${text.slice(f.start, f.end)}`);
}

const fence = (lang: string, body: string): string => ['# Catalog API', '', `\`\`\`${lang}`, body, '```'].join('\n');

const httpYaml = [
  'openapi: "3.0.1"',
  'info:',
  '  title: catalog',
  'paths:',
  '  /products:',
  '    get:',
  '      x-amazon-apigateway-integration:',
  '        payloadFormatVersion: "2.0"',
  '        type: aws_proxy',
  '        uri: arn:aws:lambda:eu-west-1:111122223333:function:list-products',
  '        timeoutInMillis: 28000',
  '    put:',
  '      x-amazon-apigateway-integration:',
  '        payloadFormatVersion: "2.0"',
  '        type: aws_proxy',
  '        uri: arn:aws:lambda:eu-west-1:111122223333:function:put-product',
  '        timeoutInMillis: 42000',
].join('\n');

const restJson = JSON.stringify(
  {
    swagger: '2.0',
    paths: {
      '/reports': {
        post: { 'x-amazon-apigateway-integration': { type: 'aws', httpMethod: 'POST', passthroughBehavior: 'when_no_match', timeoutInMillis: 20 } },
        get: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', timeoutInMillis: 90000 } },
      },
    },
  },
  null,
  2,
);

describe('readers: OpenAPI definitions with API Gateway extensions', () => {
  it('reads an HTTP API integration’s timeout against the HTTP API’s fixed 30 s', () => {
    assert.deepEqual(flagged(fence('yaml', httpYaml)), ['api-gateway-http-timeout error 42000']);
  });

  it('reads a REST API integration below the minimum, and above 29 s only when the API is edge-optimized', () => {
    // No endpoint type stated: a Regional or private API may have a raised quota, so 90 s is not read.
    assert.deepEqual(flagged(fence('json', restJson)), ['api-gateway-timeout warning 20']);
    const edge = restJson.replace('"swagger": "2.0",', '"swagger": "2.0",\n  "x-amazon-apigateway-endpoint-configuration": { "types": ["EDGE"] },');
    assert.deepEqual(flagged(fence('json', edge)), ['api-gateway-timeout warning 20', 'api-gateway-timeout warning 90000']);
  });

  it('reads the integrations of an OpenAPI body inline in a SAM template by the template’s API type', () => {
    const sam = [
      'Resources:',
      '  CatalogApi:',
      '    Type: AWS::Serverless::HttpApi',
      '    Properties:',
      '      DefinitionBody:',
      ...httpYaml.split('\n').map((l) => `        ${l}`),
      '  ReportsApi:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      EndpointConfiguration:',
      '        Type: REGIONAL',
      '      DefinitionBody:',
      '        paths:',
      '          /reports:',
      '            get:',
      '              x-amazon-apigateway-integration:',
      '                type: aws_proxy',
      '                timeoutInMillis: 90000',
    ].join('\n');
    assert.deepEqual(flagged(fence('yaml', sam)), ['api-gateway-http-timeout error 42000']);
    // Edge-optimized (SAM's default) holds it to 29 s.
    assert.deepEqual(flagged(fence('yaml', sam.replace('      EndpointConfiguration:\n        Type: REGIONAL\n', ''))), ['api-gateway-http-timeout error 42000', 'api-gateway-timeout warning 90000']);
  });

  it('reads a Lambda authorizer’s result TTL, in OpenAPI, CloudFormation, SAM and Terraform', () => {
    const openapi = [
      'openapi: 3.0.1',
      'components:',
      '  securitySchemes:',
      '    bearer:',
      '      type: apiKey',
      '      name: Authorization',
      '      in: header',
      '      x-amazon-apigateway-authorizer:',
      '        type: token',
      '        authorizerResultTtlInSeconds: 5400',
      '    apiKeyCheck:',
      '      type: apiKey',
      '      name: x-check',
      '      in: header',
      '      x-amazon-apigateway-authorizer:',
      '        type: request',
      '        authorizerResultTtlInSeconds: 600',
    ].join('\n');
    assert.deepEqual(flagged(fence('yaml', openapi)).map((f) => f.replace(/ (?:warning|error) /, ' ')), ['stated-limit 5400']);
    const sam = [
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      Auth:',
      '        Authorizers:',
      '          TokenCheck:',
      '            FunctionArn: !GetAtt Check.Arn',
      '            Identity:',
      '              ReauthorizeEvery: 7200',
      '  Classic:',
      '    Type: AWS::ApiGateway::Authorizer',
      '    Properties:',
      '      AuthorizerResultTtlInSeconds: 3600',
    ].join('\n');
    assert.deepEqual(flagged(fence('yaml', sam)).map((f) => f.replace(/ (?:warning|error) /, ' ')), ['stated-limit 7200']);
    const hcl = 'resource "aws_api_gateway_authorizer" "check" {\n  name = "check"\n  authorizer_result_ttl_in_seconds = 4000\n}';
    assert.deepEqual(flagged(fence('hcl', hcl)).map((f) => f.replace(/ (?:warning|error) /, ' ')), ['stated-limit 4000']);
  });

  it('reads nothing when the definition is both or neither an API Gateway one', () => {
    assert.equal(openApiTypes('openapi: 3.0.1\npaths: {}\n'), undefined);
    const both = `${httpYaml}\nx-amazon-apigateway-gateway-responses:\n  DEFAULT_4XX:\n    statusCode: 400\n`;
    assert.equal(openApiTypes(both)?.integration, undefined);
    assert.deepEqual(flagged(fence('yaml', both)), []);
    // A `timeoutInMillis` outside an integration object is no integration timeout.
    assert.deepEqual(flagged(fence('yaml', 'openapi: 3.0.1\nx-amazon-apigateway-cors:\n  maxAge: 60\nclient:\n  timeoutInMillis: 45000\n')), []);
  });
});
