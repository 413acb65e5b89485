/**
 * A short name for the AWS page a fact cites, read from its address, so a hover can label a source link by
 * what the page is ("Working with automated backups: backup retention", "API reference: MetricDatum",
 * "Lambda quotas") rather than by its position or by the first fact that cites it. No page titles are
 * stored: the name comes from the URL slug, with a few hand-written names for slugs that read badly.
 */

/** Slugs whose words say little on their own ("gettingstarted-limits", "qfacts"). */
const NAMED: Readonly<Record<string, string>> = {
  'lambda/latest/dg/gettingstarted-limits': 'Lambda quotas',
  'AmazonS3/latest/userguide/qfacts': 'S3 multipart upload limits',
  'AmazonS3/latest/userguide/storage-class-intro': 'S3 storage classes',
  'amazondynamodb/latest/developerguide/ServiceQuotas': 'DynamoDB quotas',
  'AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages': 'SQS message quotas',
  'vpc/latest/userguide/amazon-vpc-limits': 'Amazon VPC quotas',
  'AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits': 'CloudFront quotas',
  'AWSCloudFormation/latest/UserGuide/cloudformation-limits': 'CloudFormation quotas',
};

/** Words written in capitals in AWS page names. */
const ACRONYMS = new Set([
  'acl', 'acm', 'alb', 'api', 'aws', 'az', 'cli', 'dax', 'dns', 'ebs', 'ec2', 'ecr', 'ecs', 'efa', 'efs', 'eks', 'elb', 'fifo',
  'http', 'https', 'iam', 'ip', 'ipv4', 'ipv6', 'kms', 'mfa', 'msk', 'nat', 'nlb', 'rds', 's3', 'sdk', 'sla', 'sns', 'sqs', 'ssh', 'ssl',
  'tls', 'ttl', 'vpc', 'vpn', 'waf',
]);

/** "WorkingWithAutomatedBackups" → "Working With Automated Backups"; "ec2-launchtemplate" → "ec2 launchtemplate". */
function words(slug: string): string[] {
  return slug
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[-_\s]+/)
    .filter((w) => w !== '');
}

function sentence(slug: string): string {
  const ws = words(slug).map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
  const text = ws.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "create-db-instance-read-replica-request" → "CreateDbInstanceReadReplicaRequest"; first: lower-case first word. */
function camel(slug: string, lowerFirst: boolean): string {
  const joined = words(slug.replace(/^-/, ''))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return lowerFirst ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
}

function awsSite(path: readonly string[]): string {
  const [first, second, third, fourth] = path;
  if (first === 'about-aws' && second === 'whats-new' && third && fourth) return `What's New, ${third}-${fourth}`;
  if (first === 'blogs' && second) return `AWS ${sentence(second)} blog`;
  const service = first ? sentence(first) : 'AWS';
  const pricing = path.indexOf('pricing');
  if (pricing > 0) return `${sentence(path.slice(0, pricing).join('-'))} pricing`;
  if (second === 'faqs') return `${service} FAQ`;
  if (second === 'sla') return `${service} SLA`;
  if (second === 'features') return `${service} features`;
  return second ? `${service}: ${sentence(second)}` : service;
}

/** The page's name, from its address; the address itself when it is not an AWS page. */
export function sourcePageLabel(url: string): string {
  const m = /^https?:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\/([^?#]*)/.exec(url);
  if (!m) return url;
  const path = (m[2] ?? '').split('/').filter((p) => p !== '');
  if (m[1] === 'aws.amazon.com') return awsSite(path);
  const last = (path[path.length - 1] ?? '').replace(/\.(html|md)$/, '');
  const key = [...path.slice(0, -1), last].join('/');
  const named = NAMED[key];
  if (named) return named;
  if (path[0] === 'sdk-for-kotlin' && path.length >= 2) {
    // .../aws.sdk.kotlin.services.rds.model/-db-proxy/idle-client-timeout.html
    const owner = path[path.length - 2] ?? '';
    return owner.startsWith('-') ? `SDK reference: ${camel(owner, false)} ${camel(last, true)}` : `SDK reference: ${camel(last, true)}`;
  }
  if (last.startsWith('API_')) return `API reference: ${last.slice(4)}`;
  if (/^aws-(properties|resource)-/.test(last)) return `CloudFormation reference: ${sentence(last.replace(/^aws-(properties|resource)-/, ''))}`;
  if (path[0] === 'general' && path[2] === 'gr') return `${sentence(last.replace(/[-_](service|region)$/, ''))} endpoints and quotas`;
  // A guide's generic pages ("welcome", "what-is", "limits") take the guide's name from the address.
  const guide = sentence(path[0] ?? '');
  const generic = last.toLowerCase();
  if (generic === 'welcome' || generic === 'introduction') return `${guide} overview`;
  if (generic === 'what-is') return `What is ${guide}`;
  if (generic === 'limits' || generic === 'quotas' || generic === 'service-quotas') return `${guide} quotas`;
  // "USER_WorkingWithAutomatedBackups.BackupRetention" → "Working with automated backups: backup retention".
  const parts = last.replace(/^(USER|CHAP)_/, '').split('.');
  const [head, ...rest] = parts.map((p) => sentence(p));
  return [head ?? '', ...rest.map((p) => p.charAt(0).toLowerCase() + p.slice(1))].join(': ');
}
