import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list, price } from './util';

const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Introduction.html';
const CF_FEATURES = 'https://aws.amazon.com/cloudfront/features/';
const CF_LIMITS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html';
const CF_TTL = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html';
/** The distribution settings reference states the Default TTL's default (86,400 s); Expiration.html does not. */
const CF_DEFAULT_TTL = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValuesDefaultTTL';
const CF_OAC = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html';
const CF_VPC_ORIGINS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-vpc-origins.html';
const CF_PRICE_CLASS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PriceClass.html';
const CF_CERTS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html';
const CF_ORIGIN_READ_TIMEOUT = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CustomOriginConfig.html';
const CF_ORIGIN_TIMEOUT = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html';
const CF_INVALIDATION_PRICE = 'https://aws.amazon.com/cloudfront/pricing/';
const CFF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-functions.html';
const CFF_LIMITS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions';
const CFF_RESTRICTIONS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-features.html';
const EDGE_CHOOSE = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-choosing.html';
const CF_FUNCTION_ASSOCIATION_API = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_FunctionAssociation.html';
const LE = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-the-edge.html';
const LE_LIMITS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge';
const LE_RESTRICTIONS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-restrictions.html';
const LE_FUNCTION_RESTRICTIONS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html';
const GA = 'https://docs.aws.amazon.com/global-accelerator/latest/dg/what-is-global-accelerator.html';
const GA_LIMITS = 'https://docs.aws.amazon.com/global-accelerator/latest/dg/limits-global-accelerator.html';
const GA_ENDPOINTS = 'https://docs.aws.amazon.com/global-accelerator/latest/dg/about-endpoints.html';
const GA_PRICING = 'https://aws.amazon.com/global-accelerator/pricing/';
const R53_INBOUND = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-forwarding-inbound-queries-values.html';
const R53 = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/Welcome.html';
const R53_LIMITS = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html';
const R53_ROUTING = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html';
const R53_MULTIVALUE = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-multivalue.html';
const R53_ALIAS = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-choosing-alias-non-alias.html';
const R53_HC = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-creating-values.html';
const R53_HC_PRIVATE = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-private-endpoints.html';
const R53_PRICING = 'https://aws.amazon.com/route53/pricing/';
const R53_SLA = 'https://aws.amazon.com/route53/sla/';
const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/welcome.html';
const APIGW_LIMITS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html';
const APIGW_HTTP_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html';
const APIGW_THROTTLE = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html';
const APIGW_ENDPOINTS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html';
const APIGW_CACHE = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html';
// The use-cases page has a section for each API type (the REST/HTTP comparison page leaves WebSocket out).
const APIGW_API_TYPES = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-overview-developer-experience.html';
const APIGW_PRICING = 'https://aws.amazon.com/api-gateway/pricing/';
const APIGW_CREATE_AUTHORIZER = 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html';
const APIGW_CERTS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains-prerequisites.html';
const APIGW_WEBSOCKET_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html';

export const cloudfront: ServiceCard = {
  id: 'cloudfront',
  name: 'Amazon CloudFront',
  summary: 'Global content delivery network caching and accelerating content from S3, load balancers, EC2 or any HTTP origin.',
  aliases: ['CloudFront', 'Amazon CloudFront', 'CloudFront distribution', 'CloudFront distributions', 'CDN', 'edge location', 'edge locations', 'regional edge cache', 'Origin Access Control', 'OAC', 'Origin Access Identity', 'OAI', 'price class', 'VPC origins', 'VPC origin'],
  category: 'Networking',
  docs: CF,
  facts: [
    text('cloudfront.pops', 'Edge network', 'count', '600+ Points of Presence and 13 regional edge caches (AWS cites 700+ PoPs in 2025)', CF_FEATURES, {
      seedLine: 1445,
      changed: { notes: '216 points of presence', note: 'The CloudFront network has grown past 600 PoPs.' },
    }),
    // A default, not a range: the page sets no maximum for Default TTL (above 31,536,000 s it raises Maximum TTL's default).
    num('cloudfront.default-ttl', 'Default TTL (when the origin sends none)', 'default', 86_400, 'seconds', CF_DEFAULT_TTL, {
      detail:
        '86,400 seconds (one day) by default; a Minimum TTL above that raises it. Maximum TTL defaults to 31,536,000 seconds (one year). Used only when the origin sends no Cache-Control max-age, s-maxage or Expires.',
    }),
    text('cloudfront.s3-access', 'Private S3 origin access', 'behaviour', 'Origin access control (OAC) is recommended: unlike origin access identity (OAI) it supports buckets in all Regions (including opt-in Regions launched after December 2022), SSE-KMS and PUT/DELETE requests', CF_OAC, {
      seedLine: 1447,
      changed: { notes: 'Origin Access Identity (OAI)', note: 'Use Origin Access Control (OAC, 2022).' },
    }),
    text('cloudfront.vpc-origins', 'Private origins', 'behaviour', 'VPC origins reach internal ALBs, NLBs and EC2 instances in private subnets (since November 2024)', CF_VPC_ORIGINS, {
      seedLine: 1459,
      changed: { notes: 'the ALB and EC2 origins must be public', note: 'CloudFront VPC origins support private origins.' },
    }),
    range('cloudfront.origin-response-timeout', 'Origin response timeout', { min: 1, max: 120, default: 30 }, 'seconds', CF_ORIGIN_READ_TIMEOUT, {
      hardLimit: false,
      detail: 'OriginReadTimeout: 1 to 120 seconds, default 30 (API and CloudFormation references); the Developer Guide used to give 1 to 60 seconds with more on request.',
    }),
    list('cloudfront.price-classes', 'Price classes', 'behaviour', ['Price Class 100', 'Price Class 200', 'Price Class All'], CF_PRICE_CLASS),
    text('cloudfront.certificate-region', 'ACM certificate Region', 'behaviour', 'Certificates for CloudFront must be in us-east-1 (N. Virginia)', CF_CERTS),
    num('cloudfront.distributions', 'Distributions per account', 'quota', 500, 'count', CF_LIMITS, { hardLimit: false }),
    num('cloudfront.max-file-size', 'Maximum cacheable file size (per HTTP GET response)', 'limit', 50, 'GB', CF_LIMITS, {
      hardLimit: true,
      detail: 'Only GET responses are cached; older pages give 30 GB (and 20 GB before that).',
    }),
    text('cloudfront.invalidation', 'Invalidation paths', 'price', 'First 1,000 paths per month free, then $0.005 per path', CF_INVALIDATION_PRICE),
  ],
};

export const cloudfrontFunctions: ServiceCard = {
  id: 'cloudfront-functions',
  parent: 'cloudfront',
  name: 'CloudFront Functions',
  summary: 'Lightweight JavaScript functions that run at every CloudFront edge location on viewer requests and responses.',
  aliases: ['CloudFront Functions', 'CloudFront Function', 'CloudFront function', 'CloudFront functions'],
  category: 'Networking',
  docs: CFF,
  facts: [
    num('cloudfront-functions.size', 'Maximum function size', 'limit', 10, 'KB', CFF_LIMITS, {
      hardLimit: true,
      seedLine: 2215,
      changed: { notes: 'maximum package size 2 MB', note: '2 MB is the memory limit; the function code may be at most 10 KB.' },
    }),
    num('cloudfront-functions.memory', 'Maximum memory', 'limit', 2, 'MB', CFF_LIMITS, { hardLimit: true }),
    list('cloudfront-functions.triggers', 'Triggers', 'behaviour', ['viewer request', 'viewer response'], CF_FUNCTION_ASSOCIATION_API),
    text('cloudfront-functions.runtime', 'Runtime', 'behaviour', 'JavaScript (ECMAScript 5.1-compliant runtime 1.0, or runtime 2.0 with newer features); no network or file access', CFF_RESTRICTIONS),
    text('cloudfront-functions.execution', 'Execution time', 'limit', 'Sub-millisecond; measured as compute utilisation', EDGE_CHOOSE),
    num('cloudfront-functions.per-account', 'Functions per account', 'quota', 100, 'count', CFF_LIMITS, { hardLimit: false }),
  ],
};

export const lambdaEdge: ServiceCard = {
  id: 'lambda-edge',
  parent: 'lambda',
  name: 'Lambda@Edge',
  summary: 'Lambda functions (Node.js, Python) replicated to CloudFront regional edge caches, triggered by viewer and origin events.',
  aliases: ['Lambda@Edge', 'Lambda at Edge', 'Lambda@edge', 'Lambda Edge'],
  category: 'Compute',
  docs: LE,
  facts: [
    num('lambda-edge.viewer-timeout', 'Timeout, viewer triggers', 'limit', 30, 'seconds', LE_LIMITS, {
      hardLimit: true,
      seedLine: 2238,
      checked: '2026-12-06',
      detail: 'The quotas page now lists the 30-second function timeout among the general Lambda@Edge quotas (every event type); earlier versions gave 5 seconds for viewer request and viewer response events.',
      changed: { notes: '5 to 10 seconds', note: 'The current quotas page gives one function timeout, 30 s, for viewer and origin triggers alike (it was 5 s for viewer triggers).' },
    }),
    num('lambda-edge.origin-timeout', 'Timeout, origin triggers', 'limit', 30, 'seconds', LE_LIMITS, { hardLimit: true }),
    text('lambda-edge.region', 'Where to create it', 'behaviour', 'Must be created in us-east-1 and associated as a numbered version ($LATEST and aliases are not allowed)', `${LE_FUNCTION_RESTRICTIONS}#lambda-at-edge-restrictions-region`, {
      seedLine: 2236,
      changed: { notes: 'deployed in one Region (typically us-east-1)', note: 'The function must be in us-east-1.' },
    }),
    num('lambda-edge.package-size', 'Maximum compressed size of the function and its libraries', 'limit', 50, 'MB', LE_LIMITS, {
      hardLimit: true,
      checked: '2026-12-06',
      detail: 'A general Lambda@Edge quota on the current page (every event type); earlier versions gave 1 MB for viewer triggers. Only the generated response size still differs: 40 KB for viewer events, 1 MB for origin events.',
    }),
    // The one Lambda@Edge quota that still differs by event type (quotas page, read 2026-12-07).
    num('lambda-edge.viewer-response-size', 'Generated response size, viewer triggers (headers and body)', 'limit', 40, 'KB', LE_LIMITS, {
      hardLimit: true,
      checked: '2026-12-07',
      detail: 'A response generated by a viewer request or viewer response function; origin request and origin response functions may generate up to 1 MB.',
    }),
    num('lambda-edge.origin-response-size', 'Generated response size, origin triggers (headers and body)', 'limit', 1, 'MB', LE_LIMITS, {
      hardLimit: true,
      checked: '2026-12-07',
      detail: 'A response generated by an origin request or origin response function; viewer functions are limited to 40 KB.',
    }),
    list('lambda-edge.runtimes', 'Runtimes', 'behaviour', ['Node.js', 'Python'], LE_RESTRICTIONS),
  ],
};

export const globalAccelerator: ServiceCard = {
  id: 'global-accelerator',
  name: 'AWS Global Accelerator',
  summary: 'Two static anycast IP addresses that route TCP/UDP traffic over the AWS backbone to the nearest healthy regional endpoint.',
  aliases: ['Global Accelerator', 'AWS Global Accelerator', 'anycast IP', 'anycast IPs'],
  category: 'Networking',
  docs: GA,
  facts: [
    num('global-accelerator.static-ips', 'Static anycast IPv4 addresses per accelerator', 'count', 2, 'count', 'https://docs.aws.amazon.com/global-accelerator/latest/dg/introduction-components.html', { detail: 'Dual-stack accelerators also get two IPv6 addresses.' }),
    list('global-accelerator.endpoints', 'Endpoint types', 'behaviour', ['Application Load Balancer', 'Network Load Balancer', 'EC2 instance', 'Elastic IP address'], GA_ENDPOINTS),
    num('global-accelerator.accelerators', 'Accelerators per account', 'quota', 20, 'count', GA_LIMITS, { hardLimit: false }),
    text('global-accelerator.caching', 'Caching', 'behaviour', 'None: it proxies TCP/UDP (gaming, IoT, VoIP, fast failover); use CloudFront to cache HTTP', GA),
    price('global-accelerator.hourly-price', 'Fixed fee per accelerator-hour', 0.025, GA_PRICING, { detail: 'Plus data transfer premium per GB.' }),
  ],
};

export const route53: ServiceCard = {
  id: 'route53',
  name: 'Amazon Route 53',
  summary: 'Highly available DNS: domain registration, public and private hosted zones, routing policies and health checks.',
  aliases: ['Route 53', 'Route53', 'Amazon Route 53', 'R53', 'hosted zone', 'hosted zones', 'private hosted zone', 'public hosted zone', 'Alias record', 'alias record', 'routing policy', 'health check', 'health checks', 'Route 53 Resolver'],
  // ALB, NLB, ECS and Global Accelerator have health checks too: only next to Route 53.
  contextualAliases: ['health check', 'health checks'],
  category: 'Networking',
  docs: R53,
  facts: [
    port('route53.default-port', 'DNS port', 53, R53_INBOUND, { detail: 'TCP and UDP; Resolver inbound endpoints need both open on port 53 (and 443 for DNS over HTTPS).' }),
    num('route53.availability', 'SLA', 'availability', 100, 'percent', R53_SLA),
    list('route53.routing-policies', 'Routing policies', 'behaviour', ['simple', 'weighted', 'latency', 'failover', 'geolocation', 'geoproximity', 'IP-based', 'multivalue answer'], R53_ROUTING),
    num('route53.multivalue-records', 'Healthy records returned by multivalue answer', 'limit', 8, 'count', R53_MULTIVALUE, { hardLimit: true }),
    text('route53.alias', 'Alias records', 'behaviour', 'Only to selected AWS resources — API Gateway, VPC interface endpoints, CloudFront, Elastic Beanstalk, ELB load balancers, Global Accelerator, S3 website buckets, AppSync — or another record in the zone (an EC2 instance is not one); allowed at the zone apex; alias queries to AWS resources are free', R53_ALIAS),
    list('route53.health-check-interval', 'Health check interval', 'default', ['30 seconds (standard)', '10 seconds (fast, extra cost)'], R53_HC),
    text('route53.private-health-checks', 'Private endpoints', 'behaviour', 'Public health checkers run outside the VPC (check private resources through a CloudWatch alarm-based health check); private endpoint health checks run from a health check source in your VPC', R53_HC_PRIVATE, {
      detail: 'A health check source has an IP address in each of three subnets in three Availability Zones and serves up to 200 private endpoint health checks.',
      seedLine: 840,
      changed: { notes: "private hosted zones can't access VPC/on-prem resources", note: 'It is health checkers, not private hosted zones, that cannot reach private endpoints.' },
    }),
    num('route53.hosted-zones', 'Hosted zones per account', 'quota', 500, 'count', R53_LIMITS, { hardLimit: false }),
    num('route53.records', 'Records per hosted zone', 'quota', 10_000, 'count', R53_LIMITS, { hardLimit: false }),
    price('route53.hosted-zone-price', 'Hosted zone per month (first 25)', 0.5, R53_PRICING),
  ],
};

export const apiGateway: ServiceCard = {
  id: 'api-gateway',
  name: 'Amazon API Gateway',
  summary: 'Managed REST, HTTP and WebSocket APIs in front of Lambda, HTTP backends and AWS services, with auth, throttling and caching.',
  aliases: ['API Gateway', 'Amazon API Gateway', 'API GW', 'APIGW', 'REST API', 'HTTP API', 'WebSocket API', 'usage plan', 'usage plans', 'API key', 'Lambda authorizer'],
  category: 'Application integration',
  docs: APIGW,
  facts: [
    range('api-gateway.integration-timeout', 'Integration timeout', { min: 50, max: 29_000, default: 29_000 }, 'milliseconds', APIGW_LIMITS, {
      hardLimit: false,
      detail: '50 ms to 29 s; Regional and private REST APIs can raise it above 29 s by quota request (since June 2024).',
    }),
    range('api-gateway.http-integration-timeout', 'HTTP API integration timeout', { min: 50, max: 30_000, default: 30_000 }, 'milliseconds', APIGW_HTTP_QUOTAS, {
      hardLimit: true,
      detail: 'HTTP APIs (API Gateway v2): 50 ms to 30 s, not adjustable.',
    }),
    num('api-gateway.payload', 'Payload size', 'limit', 10, 'MB', APIGW_LIMITS, { hardLimit: true }),
    num('api-gateway.throttle-rate', 'Account throttle (steady-state requests/s per Region)', 'quota', 10_000, 'per second', APIGW_THROTTLE, {
      hardLimit: false,
      detail: 'Burst 5,000 requests.',
    }),
    list('api-gateway.api-types', 'API types', 'behaviour', ['REST API', 'HTTP API', 'WebSocket API'], APIGW_API_TYPES, { checked: '2026-12-06' }),
    list('api-gateway.endpoint-types', 'REST endpoint types', 'behaviour', ['edge-optimized', 'Regional', 'private'], APIGW_ENDPOINTS),
    range('api-gateway.cache-ttl', 'Cache TTL (REST)', { min: 0, max: 3_600, default: 300 }, 'seconds', APIGW_CACHE, { hardLimit: true }),
    text('api-gateway.certificate-region', 'Custom domain certificate', 'behaviour', 'Edge-optimized: ACM certificate in us-east-1; Regional: in the API\u2019s Region', APIGW_CERTS),
    price('api-gateway.rest-price', 'REST API per million requests (first 333 million, us-east-1)', 3.5, APIGW_PRICING, { detail: 'HTTP APIs: $1.00 per million.' }),
    range('api-gateway.authorizer-ttl', 'Lambda authorizer result cache TTL', { min: 0, max: 3_600, default: 300 }, 'seconds', APIGW_CREATE_AUTHORIZER, {
      hardLimit: true,
      detail: '0 turns authorizer caching off. HTTP API Lambda authorizers have the same maximum; their API reference gives no default.',
    }),
    // The WebSocket quotas table: both "Can be increased: No".
    num('api-gateway.websocket-connection-duration', 'WebSocket connection duration', 'limit', 7_200, 'seconds', APIGW_WEBSOCKET_QUOTAS, {
      hardLimit: true,
      checked: '2026-12-07',
      sourceSection: 'Connection duration for WebSocket API: 2 hours (cannot be increased)',
      quota: { adjustable: false },
      names: { words: ['WebSocket connection duration', 'connection duration', 'maximum connection duration', 'WebSocket connections', 'WebSocket connection'], units: ['hours', 'minutes'] },
    }),
    num('api-gateway.websocket-idle-timeout', 'WebSocket idle connection timeout', 'limit', 600, 'seconds', APIGW_WEBSOCKET_QUOTAS, {
      hardLimit: true,
      checked: '2026-12-07',
      sourceSection: 'Idle Connection Timeout: 10 minutes (cannot be increased)',
      quota: { adjustable: false },
      names: { words: ['idle connection timeout', 'WebSocket idle timeout'], units: ['minutes', 'seconds'] },
    }),
  ],
};
