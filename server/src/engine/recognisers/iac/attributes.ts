/**
 * What an IaC property or argument means, as data: resource type → service, and property name →
 * the fact it sets and the unit it is written in. One table for CloudFormation, SAM, Serverless
 * Framework, Terraform and `aws` CLI flags (cli-values.ts names the resource a command configures),
 * read by the assertion model (`assertions/quantity.ts`). Fact ids are the fact pack's; each
 * entry cites the reference page that gives the property's unit.
 */
import { getService, rangeOf, SERVICES } from '../../../facts/catalog';
import type { FactUnit } from '../../../facts/types';
import { normalizeKey, type IacValue } from './types';

/** Units IaC writes quantities in, with their factor to the fact's seconds or bytes. */
const UNITS = {
  milliseconds: 0.001,
  seconds: 1,
  hours: 3600,
  days: 86_400,
  bytes: 1,
  MiB: 1024 ** 2,
} as const;

export type IacUnit = keyof typeof UNITS;

export interface IacAttribute {
  /** The fact pack id of the attribute (`sqs.retention`). */
  readonly fact: string;
  readonly unit: IacUnit;
  /** The normalised key of the block the property must sit in (`ephemeralstorage` for `Size`). */
  readonly parent?: string;
  /** Written in the same resource block, puts the value outside the fact's range (a capacity provider). */
  readonly notWith?: RegExp;
  /** Values the argument accepts outside the fact's range, in its own unit (Terraform's 0: delete without recovery). */
  readonly allowed?: readonly number[];
  /**
   * The resource's quota may have been raised above the fact's maximum (a REST API whose endpoint type
   * the block does not say): a value above it is not read, one below the minimum is.
   */
  readonly raisable?: true;
}

interface ResourceAttributes {
  readonly types: readonly string[];
  /** The fact pack service id the resource is an instance of. */
  readonly service: string;
  /** Normalised property names (lower case, no separators) → attribute. */
  readonly keys: Readonly<Record<string, IacAttribute>>;
  /** Reference pages that state the properties and their units. */
  readonly sources: readonly string[];
}

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/';
const TF = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/';

const LAMBDA_MANAGED_INSTANCES = /\bcapacity_?provider|\bCapacityProvider/i;

const TABLE: readonly ResourceAttributes[] = [
  {
    types: ['aws_lambda_function', 'AWS::Lambda::Function', 'AWS::Serverless::Function'],
    service: 'lambda',
    keys: {
      // A function on Lambda Managed Instances (`capacity_provider_config`, `CapacityProviderConfig`, Serverless
      // Framework `capacityProvider` in the resource) has its own memory sizing and a 90-minute timeout for most invocations.
      timeout: { fact: 'lambda.timeout', unit: 'seconds', notWith: LAMBDA_MANAGED_INSTANCES },
      memorysize: { fact: 'lambda.memory', unit: 'MiB', notWith: LAMBDA_MANAGED_INSTANCES },
      // CloudFormation `EphemeralStorage: { Size }`, Terraform `ephemeral_storage { size }`.
      size: { fact: 'lambda.ephemeral-storage', unit: 'MiB', parent: 'ephemeralstorage' },
      // Serverless Framework `ephemeralStorageSize`.
      ephemeralstoragesize: { fact: 'lambda.ephemeral-storage', unit: 'MiB' },
    },
    sources: [`${CFN}aws-resource-lambda-function.html`, 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html', `${TF}lambda_function`],
  },
  {
    types: ['aws_kms_key', 'AWS::KMS::Key'],
    service: 'kms',
    keys: {
      rotationperiodindays: { fact: 'kms.rotation-period', unit: 'days' },
      pendingwindowindays: { fact: 'kms.deletion-window', unit: 'days' },
      deletionwindowindays: { fact: 'kms.deletion-window', unit: 'days' },
    },
    sources: [`${CFN}aws-resource-kms-key.html`, `${TF}kms_key`],
  },
  {
    types: ['aws_sqs_queue', 'AWS::SQS::Queue'],
    service: 'sqs',
    keys: {
      messageretentionseconds: { fact: 'sqs.retention', unit: 'seconds' },
      messageretentionperiod: { fact: 'sqs.retention', unit: 'seconds' },
      visibilitytimeoutseconds: { fact: 'sqs.visibility-timeout', unit: 'seconds' },
      visibilitytimeout: { fact: 'sqs.visibility-timeout', unit: 'seconds' },
      maxmessagesize: { fact: 'sqs.message-size', unit: 'bytes' },
      maximummessagesize: { fact: 'sqs.message-size', unit: 'bytes' },
      receivewaittimeseconds: { fact: 'sqs.receive-wait-time', unit: 'seconds' },
      receivemessagewaittimeseconds: { fact: 'sqs.receive-wait-time', unit: 'seconds' },
      delayseconds: { fact: 'sqs.delay', unit: 'seconds' },
    },
    sources: [`${CFN}aws-resource-sqs-queue.html`, `${TF}sqs_queue`],
  },
  {
    types: ['aws_kinesis_stream', 'AWS::Kinesis::Stream'],
    service: 'kinesis-data-streams',
    keys: {
      // Terraform `retention_period` and CloudFormation `RetentionPeriodHours` are both hours.
      retentionperiod: { fact: 'kinesis-data-streams.retention', unit: 'hours' },
      retentionperiodhours: { fact: 'kinesis-data-streams.retention', unit: 'hours' },
    },
    sources: [`${CFN}aws-resource-kinesis-stream.html`, `${TF}kinesis_stream`],
  },
  {
    types: ['aws_db_instance', 'aws_rds_cluster', 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    service: 'rds',
    keys: {
      backupretentionperiod: { fact: 'rds.backup-retention', unit: 'days' },
    },
    sources: [`${CFN}aws-resource-rds-dbinstance.html`, `${CFN}aws-resource-rds-dbcluster.html`, `${TF}db_instance`, `${TF}rds_cluster`],
  },
  {
    types: ['aws_dynamodb_table', 'AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    service: 'dynamodb',
    keys: {
      recoveryperiodindays: { fact: 'dynamodb.pitr', unit: 'days' },
    },
    sources: [`${CFN}aws-properties-dynamodb-table-pointintimerecoveryspecification.html`, `${TF}dynamodb_table`],
  },
  {
    // REST API integrations; v2 (HTTP and WebSocket API) integrations are the next entry's.
    types: ['aws_api_gateway_integration', 'AWS::ApiGateway::Method'],
    service: 'api-gateway',
    keys: {
      timeoutmilliseconds: { fact: 'api-gateway.integration-timeout', unit: 'milliseconds' },
      timeoutinmillis: { fact: 'api-gateway.integration-timeout', unit: 'milliseconds' },
    },
    sources: [`${CFN}aws-properties-apigateway-method-integration.html`, `${TF}api_gateway_integration`],
  },
  {
    types: ['aws_apigatewayv2_integration', 'AWS::ApiGatewayV2::Integration'],
    service: 'api-gateway',
    keys: {
      timeoutmilliseconds: { fact: 'api-gateway.http-integration-timeout', unit: 'milliseconds' },
      timeoutinmillis: { fact: 'api-gateway.http-integration-timeout', unit: 'milliseconds' },
    },
    sources: [`${CFN}aws-resource-apigatewayv2-integration.html`, `${TF}apigatewayv2_integration`],
  },
  {
    // A REST API's `x-amazon-apigateway-integration` object in an OpenAPI definition that states no endpoint type
    // (openapi.ts): the API may be Regional or private, with the timeout quota raised.
    types: ['x-amazon-apigateway-integration'],
    service: 'api-gateway',
    keys: {
      timeoutinmillis: { fact: 'api-gateway.integration-timeout', unit: 'milliseconds', raisable: true },
    },
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html'],
  },
  {
    // An OpenAPI definition inline in a template (SAM `DefinitionBody`, RestApi `Body`): its integrations (openapi.ts).
    // A Regional or private REST API may have a raised timeout.
    types: ['AWS::Serverless::Api', 'AWS::ApiGateway::RestApi'],
    service: 'api-gateway',
    keys: {
      timeoutinmillis: { fact: 'api-gateway.integration-timeout', unit: 'milliseconds', parent: 'xamazonapigatewayintegration', notWith: /\b(?:REGIONAL|PRIVATE)\b/ },
      authorizerresultttlinseconds: { fact: 'api-gateway.authorizer-ttl', unit: 'seconds', parent: 'xamazonapigatewayauthorizer' },
      // SAM `Auth: Authorizers: <name>: Identity: ReauthorizeEvery` (LambdaTokenAuthorizationIdentity, seconds).
      reauthorizeevery: { fact: 'api-gateway.authorizer-ttl', unit: 'seconds', parent: 'identity' },
    },
    sources: [`${CFN}aws-resource-apigateway-restapi.html`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html'],
  },
  {
    types: ['AWS::Serverless::HttpApi', 'AWS::ApiGatewayV2::Api'],
    service: 'api-gateway',
    keys: {
      timeoutinmillis: { fact: 'api-gateway.http-integration-timeout', unit: 'milliseconds', parent: 'xamazonapigatewayintegration' },
      authorizerresultttlinseconds: { fact: 'api-gateway.authorizer-ttl', unit: 'seconds', parent: 'xamazonapigatewayauthorizer' },
      reauthorizeevery: { fact: 'api-gateway.authorizer-ttl', unit: 'seconds', parent: 'identity' },
    },
    sources: [`${CFN}aws-resource-apigatewayv2-api.html`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html'],
  },
  {
    // Lambda authorizers of REST and HTTP APIs; an OpenAPI `x-amazon-apigateway-authorizer` object is read as one (openapi.ts).
    types: ['AWS::ApiGateway::Authorizer', 'AWS::ApiGatewayV2::Authorizer', 'aws_api_gateway_authorizer', 'aws_apigatewayv2_authorizer'],
    service: 'api-gateway',
    keys: {
      authorizerresultttlinseconds: { fact: 'api-gateway.authorizer-ttl', unit: 'seconds' },
    },
    sources: [
      `${CFN}aws-resource-apigateway-authorizer.html`,
      `${CFN}aws-resource-apigatewayv2-authorizer.html`,
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-lambdatokenauthorizationidentity.html',
      `${TF}api_gateway_authorizer`,
      `${TF}apigatewayv2_authorizer`,
    ],
  },
  {
    types: ['aws_kinesis_firehose_delivery_stream', 'AWS::KinesisFirehose::DeliveryStream'],
    service: 'firehose',
    keys: {
      // CloudFormation `BufferingHints: { IntervalInSeconds }`; Terraform `buffering_interval` (`buffer_interval` before provider 5).
      intervalinseconds: { fact: 'firehose.buffer-interval', unit: 'seconds' },
      bufferinginterval: { fact: 'firehose.buffer-interval', unit: 'seconds' },
      bufferinterval: { fact: 'firehose.buffer-interval', unit: 'seconds' },
    },
    sources: [`${CFN}aws-properties-kinesisfirehose-deliverystream-bufferinghints.html`, `${TF}kinesis_firehose_delivery_stream`],
  },
  {
    types: ['aws_cloudfront_distribution', 'AWS::CloudFront::Distribution'],
    service: 'cloudfront',
    keys: {
      originreadtimeout: { fact: 'cloudfront.origin-response-timeout', unit: 'seconds' },
    },
    sources: [`${CFN}aws-properties-cloudfront-distribution-customoriginconfig.html`, `${TF}cloudfront_distribution`],
  },
  {
    // Terraform's load balancer: the idle timeout is an ALB's (a network or gateway load balancer has none there).
    types: ['aws_lb', 'aws_alb'],
    service: 'alb',
    keys: {
      idletimeout: { fact: 'alb.idle-timeout', unit: 'seconds', notWith: /load_balancer_type\s*=\s*"(?:network|gateway)"/ },
      // The attribute's name in `aws elbv2 modify-load-balancer-attributes` (an NLB has no such attribute).
      idletimeouttimeoutseconds: { fact: 'alb.idle-timeout', unit: 'seconds' },
    },
    sources: [`${TF}lb`],
  },
  {
    types: ['aws_lb_target_group', 'aws_alb_target_group'],
    service: 'elb',
    keys: {
      deregistrationdelay: { fact: 'elb.deregistration-delay', unit: 'seconds' },
      // The attribute's name in `aws elbv2 modify-target-group-attributes`.
      deregistrationdelaytimeoutseconds: { fact: 'elb.deregistration-delay', unit: 'seconds' },
      cookieduration: { fact: 'elb.sticky-duration', unit: 'seconds', parent: 'stickiness' },
    },
    sources: [`${TF}lb_target_group`],
  },
  {
    types: ['aws_iam_role', 'AWS::IAM::Role'],
    service: 'iam',
    keys: {
      maxsessionduration: { fact: 'iam.role-session', unit: 'seconds' },
    },
    sources: [`${CFN}aws-resource-iam-role.html`, `${TF}iam_role`],
  },
  {
    types: ['aws_secretsmanager_secret'],
    service: 'secrets-manager',
    keys: {
      // "0 to force deletion without recovery or range from 7 to 30 days" (the Terraform argument).
      recoverywindowindays: { fact: 'secrets-manager.recovery-window', unit: 'days', allowed: [0] },
    },
    sources: [`${TF}secretsmanager_secret`],
  },
  {
    types: ['aws_redshift_cluster', 'AWS::Redshift::Cluster'],
    service: 'redshift',
    keys: {
      automatedsnapshotretentionperiod: { fact: 'redshift.snapshot-retention', unit: 'days' },
    },
    sources: [`${CFN}aws-resource-redshift-cluster.html`, `${TF}redshift_cluster`],
  },
];

const BY_TYPE = new Map<string, ResourceAttributes>();
for (const entry of TABLE) for (const type of entry.types) BY_TYPE.set(type, entry);

export interface IacBinding {
  readonly fact: string;
  readonly service: string;
  /** Multiplies the written number into the fact's seconds or bytes. */
  readonly factor: number;
  /** Named by the fact pack only (`names.iac`), whose keys do not say which unit a bare number is in. */
  readonly byPack?: true;
}

/**
 * Resource types beyond the table above whose properties the fact pack names itself (`names.iac`, in the
 * fact's own unit): type → the service id of those facts. Types from the CloudFormation and Terraform
 * references (DeliveryStream BufferingHints, Distribution CustomOriginConfig, TargetGroup, Cluster).
 */
const PACK_TYPES: Readonly<Record<string, string>> = {
  'AWS::KinesisFirehose::DeliveryStream': 'firehose',
  aws_kinesis_firehose_delivery_stream: 'firehose',
  'AWS::CloudFront::Distribution': 'cloudfront',
  aws_cloudfront_distribution: 'cloudfront',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'elb',
  aws_lb_target_group: 'elb',
  aws_alb_target_group: 'elb',
  'AWS::Redshift::Cluster': 'redshift',
  aws_redshift_cluster: 'redshift',
};

/** Seconds or bytes in one unit of a fact, for the units IaC properties are written in. */
const FACT_UNITS: Partial<Record<FactUnit, number>> = { milliseconds: 0.001, seconds: 1, minutes: 60, hours: 3600, days: 86_400, bytes: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

let packKeys: Map<string, IacBinding[]> | undefined;

/** Normalised `names.iac` key → the facts (with service and unit factor) that name it, built once. */
function packKeyIndex(): Map<string, IacBinding[]> {
  if (packKeys) return packKeys;
  packKeys = new Map();
  for (const card of SERVICES) {
    for (const fact of card.facts) {
      const v = fact.value;
      const factor = v.type === 'range' || v.type === 'number' ? FACT_UNITS[v.unit] : undefined;
      if (factor === undefined) continue;
      // `AutomatedSnapshotRetentionPeriod` and `automated_snapshot_retention_period` are one key.
      for (const k of new Set((fact.names?.iac ?? []).map(normalizeKey))) {
        packKeys.set(k, [...(packKeys.get(k) ?? []), { fact: fact.id, service: card.id, factor }]);
      }
    }
  }
  return packKeys;
}

/** Whether `amount` (seconds or bytes) is above the range fact's maximum. */
function aboveMaximum(fact: string, amount: number): boolean {
  const range = rangeOf(fact);
  const factor = FACT_UNITS[range.unit as FactUnit];
  return factor !== undefined && amount > range.max * factor;
}

/** The fact a value of a resource of `resourceType` sets, or undefined when neither the table nor the pack knows it. */
export function iacAttributeOf(resourceType: string, value: IacValue, resourceText = ''): IacBinding | undefined {
  const type = resourceType.startsWith(MODULE_PREFIX) ? resourceType.slice(MODULE_PREFIX.length) : resourceType;
  const entry = BY_TYPE.get(type);
  const attribute = entry?.keys[value.normalizedKey];
  if (entry && attribute) {
    if (attribute.parent !== undefined && value.parentKey !== attribute.parent) return undefined;
    if (attribute.notWith?.test(resourceText)) return undefined;
    if (value.number !== undefined && attribute.allowed?.includes(value.number)) return undefined;
    if (value.number !== undefined && attribute.raisable && aboveMaximum(attribute.fact, value.number * UNITS[attribute.unit])) return undefined;
    return { fact: attribute.fact, service: entry.service, factor: UNITS[attribute.unit] };
  }
  const service = PACK_TYPES[type];
  if (service === undefined) return undefined;
  const found = (packKeyIndex().get(value.normalizedKey) ?? []).filter((b) => b.service === service);
  // One fact of the service names the key, or the key is ambiguous and says nothing.
  return found.length === 1 ? found[0] : undefined;
}

/** An attribute a key may set, with the service it is of: the table's (with its conditions) or the pack's. */
interface KeyAttribute extends IacBinding {
  readonly attribute?: IacAttribute;
}

let byKey: Map<string, KeyAttribute[]> | undefined;

/** Normalised key → every attribute the table or the pack says it sets, in any resource type; built once. */
function keyIndex(): Map<string, KeyAttribute[]> {
  if (byKey) return byKey;
  byKey = new Map();
  const add = (key: string, found: KeyAttribute): void => {
    const list = byKey!.get(key) ?? [];
    // The table's unit for a key comes first (the pack's `RetentionPeriodHours` is the table's hours).
    if (!list.some((k) => k.fact === found.fact && k.service === found.service)) list.push(found);
    byKey!.set(key, list);
  };
  for (const entry of TABLE) for (const [key, attribute] of Object.entries(entry.keys)) add(key, { fact: attribute.fact, service: entry.service, factor: UNITS[attribute.unit], attribute });
  for (const [key, bindings] of packKeyIndex()) for (const b of bindings) add(key, b);
  return byKey;
}

/** Whether a normalised key names an attribute of any resource (a cheap test before a reader looks further). */
export function isAttributeKey(normalizedKey: string): boolean {
  return keyIndex().has(normalizedKey);
}

/**
 * The fact a key sets where no resource type is written, only the services the code around it names (a call, a client, a
 * builder: recognisers/iac/generic.ts): the one fact the key names for those services (a service's child counts as it),
 * under the table's conditions; `services` undefined: the one fact the key names at all. Undefined when none or several.
 */
export function keyBindingOf(value: IacValue, services: ReadonlySet<string> | undefined, text: string): IacBinding | undefined {
  const found = (keyIndex().get(value.normalizedKey) ?? []).filter((k) => {
    const a = k.attribute;
    if (services && !services.has(k.service) && !services.has(getService(k.service)?.parent ?? '')) return false;
    if (!a) return true;
    if (a.parent !== undefined && value.parentKey !== a.parent) return false;
    if (a.notWith?.test(text)) return false;
    if (value.number !== undefined && a.allowed?.includes(value.number)) return false;
    return !(value.number !== undefined && a.raisable && aboveMaximum(a.fact, value.number * k.factor));
  });
  const [first] = found;
  if (!first || !found.every((k) => k.fact === first.fact && k.factor === first.factor)) return undefined;
  return { fact: first.fact, service: first.service, factor: first.factor, ...(first.attribute ? {} : { byPack: true as const }) };
}

/** Every (type, key, fact, unit) the table holds: for the tests and the docs. */
export function iacAttributeRows(): Array<{ type: string; key: string; fact: string; unit: IacUnit; service: string }> {
  return TABLE.flatMap((entry) => entry.types.flatMap((type) => Object.entries(entry.keys).map(([key, a]) => ({ type, key, fact: a.fact, unit: a.unit, service: entry.service }))));
}

/**
 * Community modules whose inputs are named like the resource's own arguments (`message_retention_seconds`,
 * `timeout`, `backup_retention_period`): registry `terraform-aws-modules/<name>/aws` or its GitHub repository.
 */
const MODULES: Readonly<Record<string, string>> = {
  sqs: 'aws_sqs_queue',
  lambda: 'aws_lambda_function',
  rds: 'aws_db_instance',
  'rds-aurora': 'aws_rds_cluster',
  'dynamodb-table': 'aws_dynamodb_table',
  // Its inputs hold the VPC's block (`cidr`) and its subnets' (`private_subnets`): roles by key (index.ts).
  vpc: 'aws_vpc',
};

/** The resource type of a module block: `module:aws_sqs_queue` (its inputs are the queue's arguments, but it is not the resource). */
export const MODULE_PREFIX = 'module:';

/** The resource type a `module` block's `source` creates, when its inputs are the resource's arguments. */
export function moduleResourceType(source: string): string | undefined {
  const at = source.indexOf('terraform-aws-modules/');
  if (at === -1) return undefined;
  let rest = source.slice(at + 'terraform-aws-modules/'.length);
  if (rest.startsWith('terraform-aws-')) rest = rest.slice('terraform-aws-'.length);
  const name = rest.split(/[/.?]/)[0] ?? '';
  // `…/rds/aws//modules/db_subnet_group`: a submodule creates something else.
  if (source.slice(at).includes('//modules/')) return undefined;
  return MODULES[name];
}
