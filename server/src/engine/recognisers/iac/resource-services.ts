/**
 * The service an IaC resource type is an instance of: `aws_db_instance` in Terraform, `AWS::SQS::Queue`
 * in CloudFormation, and a Pulumi module (`aws.elastictranscoder.Pipeline`). The type's words are
 * matched against the fact pack's service names (the longest run of words that is a service alias or id
 * wins: `aws_ec2_transit_gateway` is Transit Gateway, not EC2; among equally long runs the last, so
 * `AWS::EC2::VPC` is a VPC); the few types whose words name no service say so below. The hover's cards
 * for resource types and the lifecycle mentions of code read it.
 */
import { SERVICES, getService } from '../../../facts/catalog';

/** Words of a type (Terraform after `aws_`, CloudFormation's namespace) that name a service otherwise. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  // Terraform
  'db instance': 'rds',
  'db subnet group': 'rds',
  'db parameter group': 'rds',
  'rds cluster': 'rds',
  instance: 'ec2',
  'launch template': 'ec2',
  eip: 'elastic-ip',
  lb: 'elb',
  'lb listener': 'elb',
  'lb target group': 'elb',
  elb: 'clb',
  'autoscaling group': 'ec2-auto-scaling',
  wafv2: 'waf',
  'cloudwatch log group': 'cloudwatch-logs',
  'cloudwatch metric alarm': 'cloudwatch-alarms',
  'cloudwatch event rule': 'eventbridge',
  'sfn state machine': 'step-functions',
  'kinesis firehose delivery stream': 'firehose',
  'secretsmanager secret': 'secrets-manager',
  'acm certificate': 'acm',
  'route53 zone': 'route53',
  'route53 record': 'route53',
  subnet: 'vpc',
  'route table': 'vpc',
  // CloudFormation namespaces
  elasticloadbalancingv2: 'elb',
  elasticloadbalancing: 'clb',
  apigateway: 'api-gateway',
  apigatewayv2: 'api-gateway',
  logs: 'cloudwatch-logs',
  events: 'eventbridge',
  stepfunctions: 'step-functions',
  kinesisfirehose: 'firehose',
  secretsmanager: 'secrets-manager',
  certificatemanager: 'acm',
  autoscaling: 'ec2-auto-scaling',
  serverless: 'lambda',
};

let byWords: Map<string, string> | undefined;

/** Lower-case alias or id (hyphens as spaces) → service id; generic and ambiguous aliases left out. */
function index(): Map<string, string> {
  if (byWords) return byWords;
  byWords = new Map();
  for (const service of SERVICES) {
    const vague = new Set([...(service.ambiguousAliases ?? []), ...(service.contextualAliases ?? [])]);
    for (const alias of service.aliases) {
      const key = alias.toLowerCase();
      if (!vague.has(alias) && !byWords.has(key)) byWords.set(key, service.id);
    }
  }
  for (const service of SERVICES) {
    const key = service.id.replace(/-/g, ' ');
    if (!byWords.has(key)) byWords.set(key, service.id);
  }
  for (const [words, id] of Object.entries(TYPE_WORDS)) byWords.set(words, id);
  return byWords;
}

/** "DBInstance" → ["db", "instance"], "TransitGateway" → ["transit", "gateway"]. */
function camelWords(name: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const upper = ch >= 'A' && ch <= 'Z';
    const nextLower = i + 1 < name.length && name[i + 1]! >= 'a' && name[i + 1]! <= 'z';
    const prevLower = i > 0 && ((name[i - 1]! >= 'a' && name[i - 1]! <= 'z') || (name[i - 1]! >= '0' && name[i - 1]! <= '9'));
    if (upper && word && (prevLower || nextLower)) {
      words.push(word);
      word = '';
    }
    word += ch.toLowerCase();
  }
  if (word) words.push(word);
  return words;
}

/** The words of an IaC resource type, or undefined when it is none. */
function typeWords(type: string): string[] | undefined {
  if (type.startsWith('aws_')) return type.slice(4).split('_').filter(Boolean);
  const parts = type.split('::');
  if (parts.length >= 3 && parts[0] === 'AWS') return [parts[1]!.toLowerCase(), ...parts.slice(2).flatMap(camelWords)];
  return undefined;
}

/** The service an IaC resource type is an instance of: the longest run of its words that names one. */
export function serviceOfResourceType(type: string): string | undefined {
  const words = typeWords(type);
  if (!words || words.length === 0 || words.length > 12) return undefined;
  const names = index();
  for (let length = words.length; length >= 1; length--) {
    // Among equally long runs the last wins: `AWS::EC2::VPC` is a VPC, its namespace only says EC2.
    for (let start = words.length - length; start >= 0; start--) {
      const id = names.get(words.slice(start, start + length).join(' '));
      if (id) return id;
    }
  }
  return undefined;
}


let byJoined: Map<string, string> | undefined;

/**
 * The service of a Pulumi module (`elastictranscoder`, `qldb`, `opsworks`): an alias or id written
 * without spaces, hyphens or dots, or a word run the table above names.
 */
export function serviceOfModule(module: string): string | undefined {
  if (!byJoined) {
    byJoined = new Map();
    for (const [words, id] of index()) {
      const joined = words.replace(/[\s.-]+/g, '');
      if (!byJoined.has(joined)) byJoined.set(joined, id);
    }
  }
  return byJoined.get(module.toLowerCase());
}

/**
 * A Terraform resource or data source type (`resource "aws_qldb_ledger"`), a Pulumi module (`aws.qldb.Ledger(`), an EKS
 * controller's annotation group (`appmesh.k8s.aws/…`), an AWS CLI command's namespace (`aws opsworks reboot-instance`).
 */
const CODE_TYPE = /\b(?:resource|data)\s+"(aws_[a-z0-9_]{1,80})"|\baws\.([a-z0-9]{2,40})\.[A-Z][A-Za-z0-9]{1,60}\b|\b([a-z0-9]{2,40})\.k8s\.aws\/|(?:^|[\s`'"$(])aws\s+([a-z][a-z0-9-]{1,40})\s+[a-z][a-z-]{2,60}\b/g;

/**
 * Services a code text uses through a resource type, a Pulumi module or a controller annotation, only
 * where the service is retired or closed to new customers: what the lifecycle rules need, and no more
 * (a type's service in other code would change what the port and limit rules bind).
 */
export function retiredServiceMentions(text: string, base: number): Array<{ start: number; end: number; serviceId: string; text: string }> {
  if (!/aws_|aws\.|k8s\.aws|\baws\s/.test(text)) return [];
  const out: Array<{ start: number; end: number; serviceId: string; text: string }> = [];
  CODE_TYPE.lastIndex = 0;
  for (let m = CODE_TYPE.exec(text); m; m = CODE_TYPE.exec(text)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const serviceId = m[1] !== undefined ? serviceOfResourceType(name) : serviceOfModule(name.replace(/-/g, ''));
    const state = serviceId === undefined ? undefined : getService(serviceId)?.status?.state;
    if (!serviceId || (state !== 'retired' && state !== 'closed-to-new-customers')) continue;
    const at = m.index + m[0].indexOf(name);
    out.push({ start: base + at, end: base + at + name.length, serviceId, text: name });
  }
  return out;
}
