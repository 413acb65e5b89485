import type { ServiceCard } from '../types';
import { num, range, text } from '../build';
import { list, price } from './util';

const CW = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/WhatIsCloudWatch.html';
const CW_RETENTION = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html';
const CW_EC2_MONITORING = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html';
const CW_EC2_METRICS = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html';
const CW_QUOTAS = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html';
const CW_PRICING = 'https://aws.amazon.com/cloudwatch/pricing/';
const CW_HIGHRES = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html';
const LOGS = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/WhatIsCloudWatchLogs.html';
const LOGS_RETENTION = 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html';
const LOGS_QUOTAS = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html';
const LOGS_EXPORT = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/S3Export.html';
const LOGS_SUBSCRIPTIONS = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions.html';
const LOGS_START_QUERY = 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html';
const AGENT = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Install-CloudWatch-Agent.html';
const AGENT_METRICS = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/metrics-collected-by-CloudWatch-agent.html';
// The Logs guide's quick start for the older agent carries the deprecation notice; the install page does not.
const LOGS_AGENT_OLD = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/QuickStartEC2Instance.html';
const AGENT_SSM = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/install-CloudWatch-Agent-on-EC2-Instance-fleet.html';
const ALARMS = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html';
const ALARM_ACTIONS = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html';
const COMPOSITE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Composite_Alarm.html';
const EC2_RECOVER = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UsingAlarmActions.html';
const CT = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-user-guide.html';
const CT_HISTORY = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html';
const CT_EVENTS = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html';
const CT_QUOTAS = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html';
const CT_PRICING = 'https://aws.amazon.com/cloudtrail/pricing/';
const CT_LAKE = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-lake.html';
// The availability notice: at the top of every CloudTrail Lake page and API reference, and in the document history (31 March 2026).
const CT_LAKE_AVAILABILITY = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-lake-service-availability-change.html';
const CT_INSIGHTS = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html';
const CT_TRAILS = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html';
const CONFIG = 'https://docs.aws.amazon.com/config/latest/developerguide/WhatIsConfig.html';
const CONFIG_MANAGED = 'https://docs.aws.amazon.com/config/latest/developerguide/managed-rules-by-aws-config.html';
const CONFIG_LIMITS = 'https://docs.aws.amazon.com/config/latest/developerguide/configlimits.html';
const CONFIG_EVAL = 'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config-rules.html';
const CONFIG_REMEDIATION = 'https://docs.aws.amazon.com/config/latest/developerguide/remediation.html';
const CONFIG_RETENTION = 'https://docs.aws.amazon.com/config/latest/developerguide/delete-config-data-with-retention-period.html';
const CONFIG_PRICING = 'https://aws.amazon.com/config/pricing/';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/Welcome.html';
const CFN_LIMITS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';
const CFN_OUTPUTS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html';
const CFN_RELEASE_HISTORY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/ReleaseHistory.html';
const CFN_DEPENDSON = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html';
const COMPOSER = 'https://docs.aws.amazon.com/infrastructure-composer/latest/dg/what-is-composer.html';
const CFN_PRICING = 'https://aws.amazon.com/cloudformation/pricing/';
const SSM = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/what-is-systems-manager.html';
const SSM_SETUP = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-instance-permissions.html';
const SSM_PRICING = 'https://aws.amazon.com/systems-manager/pricing/';
const SSM_ENDPOINTS = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html';
const SM = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html';
const SM_TIMEOUT = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-preferences-timeout.html';
const SM_LOGGING = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-logging.html';
const SM_PREREQ = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-prerequisites.html';
const CE_COMPARISONS_API = 'https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostAndUsageComparisons.html';
const CE = 'https://docs.aws.amazon.com/cost-management/latest/userguide/ce-what-is.html';
const CE_PRICING = 'https://aws.amazon.com/aws-cost-management/aws-cost-explorer/pricing/';
const SP_RECOMMENDATIONS = 'https://docs.aws.amazon.com/savingsplans/latest/userguide/sp-recommendations.html';
const CAD = 'https://docs.aws.amazon.com/cost-management/latest/userguide/manage-ad.html';
const CAD_PAGE = 'https://aws.amazon.com/aws-cost-management/aws-cost-anomaly-detection/';
const CAD_SUBSCRIPTION_API = 'https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AnomalySubscription.html';
const CAD_MONITOR_API = 'https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AnomalyMonitor.html';

export const cloudwatch: ServiceCard = {
  id: 'cloudwatch',
  name: 'Amazon CloudWatch',
  summary: 'Metrics, alarms, dashboards and logs for AWS resources and applications.',
  aliases: ['CloudWatch', 'Amazon CloudWatch', 'CloudWatch metrics', 'CloudWatch dashboard', 'CloudWatch dashboards', 'custom metric', 'custom metrics', 'detailed monitoring', 'basic monitoring', 'Container Insights', 'Lambda Insights', 'Contributor Insights', 'metric stream', 'metric streams'],
  category: 'Management',
  docs: CW,
  facts: [
    list('cloudwatch.metric-retention', 'Metric data retention', 'retention', ['< 60 s (high resolution): 3 hours', '1-minute: 15 days', '5-minute: 63 days', '1-hour: 455 days (15 months)'], CW_RETENTION),
    list('cloudwatch.ec2-monitoring', 'EC2 monitoring interval', 'default', ['basic: 5 minutes (free)', 'detailed: 1 minute (paid)'], CW_EC2_MONITORING),
    text('cloudwatch.ec2-default-metrics', 'EC2 default metrics', 'behaviour', 'CPU, network, instance store disk I/O, EBS I/O (Nitro) and status checks; memory and disk space are not among the AWS/EC2 metrics', CW_EC2_METRICS, {
      seedLine: 3491,
      changed: { notes: 'disk usage, CPU utilization and network activity out of the box', note: 'Disk space usage and memory need the CloudWatch agent.' },
    }),
    num('cloudwatch.high-resolution', 'Finest custom metric resolution', 'limit', 1, 'seconds', CW_HIGHRES, { hardLimit: true }),
    num('cloudwatch.dimensions', 'Dimensions per metric', 'limit', 30, 'count', CW_QUOTAS, { hardLimit: true }),
    price('cloudwatch.custom-metric-price', 'Custom metric per month (first 10,000)', 0.3, CW_PRICING),
  ],
};

export const cloudwatchLogs: ServiceCard = {
  id: 'cloudwatch-logs',
  parent: 'cloudwatch',
  name: 'Amazon CloudWatch Logs',
  summary: 'Centralised log groups and streams with retention settings, Logs Insights queries, subscriptions and metric filters.',
  aliases: ['CloudWatch Logs', 'Amazon CloudWatch Logs', 'log group', 'log groups', 'log stream', 'log streams', 'Logs Insights', 'CloudWatch Logs Insights', 'Live Tail', 'metric filter', 'metric filters', 'subscription filter', 'subscription filters'],
  category: 'Management',
  docs: LOGS,
  facts: [
    list('cloudwatch-logs.retention-values', 'Allowed retention values (days)', 'retention', ['1', '3', '5', '7', '14', '30', '60', '90', '120', '150', '180', '365', '400', '545', '731', '1096', '1827', '2192', '2557', '2922', '3288', '3653'], LOGS_RETENTION, {
      detail: 'Or never expire.',
    }),
    range('cloudwatch-logs.retention-period', 'Retention period (days)', { min: 1, max: 3_653 }, 'days', LOGS_RETENTION, {
      hardLimit: true,
      seedLine: 3462,
      detail: 'Only the allowed values above (1 day to 10 years), or never expire. Taken from the allowed-values fact (same source) and the notes (seed line 3462).',
    }),
    text('cloudwatch-logs.default-retention', 'Default retention', 'default', 'Never expire', LOGS_RETENTION),
    num('cloudwatch-logs.subscription-filters', 'Subscription filters per log group', 'limit', 2, 'count', LOGS_QUOTAS, {
      hardLimit: true,
      detail: 'Not adjustable; the PutSubscriptionFilter API reference says the same: each log group can have up to two subscription filters.',
    }),
    text('cloudwatch-logs.export', 'Export to S3', 'behaviour', 'Export is batch: log data can take up to 12 hours to become available for export; for near real time use subscriptions or Logs Insights', LOGS_EXPORT),
    list('cloudwatch-logs.subscription-targets', 'Subscription destinations', 'behaviour', ['Kinesis Data Streams', 'Amazon Data Firehose', 'Lambda'], LOGS_SUBSCRIPTIONS),
    text('cloudwatch-logs.insights', 'Logs Insights', 'behaviour', 'Queries time out after 60 minutes of runtime; up to 30 concurrent Logs Insights queries, dashboard queries included', LOGS_START_QUERY, {
      checked: '2026-12-07',
      detail: 'A query that times out: reduce the time range searched or split it into several queries.',
    }),
    price('cloudwatch-logs.ingestion-price', 'Standard log ingestion (per GB, us-east-1)', 0.5, CW_PRICING, { detail: 'Storage $0.03 per GB-month.' }),
  ],
};

export const cloudwatchAgent: ServiceCard = {
  id: 'cloudwatch-agent',
  parent: 'cloudwatch',
  name: 'Amazon CloudWatch agent',
  summary: 'Unified agent that ships system metrics (memory, disk space) and log files from EC2 and on-premises servers.',
  aliases: ['CloudWatch agent', 'CloudWatch Agent', 'unified CloudWatch agent', 'CloudWatch Logs agent'],
  category: 'Management',
  docs: AGENT,
  facts: [
    list('cloudwatch-agent.metrics', 'Extra metrics', 'behaviour', ['memory', 'disk space', 'swap', 'processes (procstat)', 'StatsD', 'collectd'], AGENT_METRICS),
    list('cloudwatch-agent.platforms', 'Platforms', 'behaviour', ['Linux', 'Windows Server', 'macOS', 'on-premises servers'], AGENT),
    text('cloudwatch-agent.config', 'Configuration', 'behaviour', 'JSON config, can be stored in SSM Parameter Store and deployed with Systems Manager', AGENT_SSM),
    text('cloudwatch-agent.legacy', 'CloudWatch Logs agent', 'lifecycle', 'The older Logs agent is deprecated; use the unified agent', LOGS_AGENT_OLD, {
      checked: '2026-12-06',
      detail: 'The unified CloudWatch agent collects both logs and metrics; the older agent supports neither IMDSv2 nor Python past 3.5.',
    }),
  ],
};

export const cloudwatchAlarms: ServiceCard = {
  id: 'cloudwatch-alarms',
  parent: 'cloudwatch',
  name: 'Amazon CloudWatch alarms',
  summary: 'Watch a metric or expression and act on state changes: notify, scale, stop/reboot/recover EC2, open incidents.',
  aliases: ['CloudWatch alarm', 'CloudWatch alarms', 'CloudWatch Alarm', 'composite alarm', 'composite alarms', 'alarm action'],
  category: 'Management',
  docs: ALARMS,
  facts: [
    list('cloudwatch-alarms.states', 'States', 'behaviour', ['OK', 'ALARM', 'INSUFFICIENT_DATA'], ALARMS),
    list('cloudwatch-alarms.actions', 'Actions', 'behaviour', [
      'SNS notification',
      'Lambda function',
      'EC2 stop/terminate/reboot/recover',
      'Auto Scaling group or Application Auto Scaling target',
      'Systems Manager OpsItem/incident (ALARM state only)',
      'CloudWatch investigation (ALARM state only)',
    ], ALARM_ACTIONS, { checked: '2026-12-06' }),
    text('cloudwatch-alarms.composite', 'Composite alarms', 'behaviour', 'Combine alarms with AND/OR/NOT to reduce noise', COMPOSITE),
    text('cloudwatch-alarms.recover', 'EC2 recover action', 'behaviour', 'Recovers an impaired instance onto new hardware, keeping instance ID, private IPs, Elastic IPs and metadata', EC2_RECOVER),
    price('cloudwatch-alarms.price', 'Standard-resolution metric alarm per month', 0.1, CW_PRICING),
  ],
};

export const cloudtrail: ServiceCard = {
  id: 'cloudtrail',
  name: 'AWS CloudTrail',
  summary: 'Records AWS API calls and account activity for audit: event history, trails to S3/CloudWatch Logs, CloudTrail Lake (closed to new customers).',
  // "CloudTrail Lake" is its own card (cloudtrailLake below): it is closed to new customers, CloudTrail is not.
  aliases: ['CloudTrail', 'AWS CloudTrail', 'CloudTrail trail', 'CloudTrail Insights', 'event history', 'management events', 'data events'],
  category: 'Management',
  docs: CT,
  facts: [
    num('cloudtrail.event-history', 'Event history (management events, no setup)', 'retention', 90, 'days', CT_HISTORY, {
      seedLine: 3539,
      changed: { notes: 'logs go to S3 or CloudWatch Logs', note: 'Only the 90-day event history is automatic; S3/CloudWatch Logs need a trail.' },
    }),
    text('cloudtrail.data-events', 'Data events', 'behaviour', 'S3 object-level, Lambda invoke, DynamoDB item events are not logged by default (extra charge)', CT_EVENTS),
    num('cloudtrail.trails', 'Trails per Region', 'limit', 5, 'count', CT_QUOTAS, { hardLimit: true }),
    text('cloudtrail.delivery', 'Delivery', 'behaviour', 'Trails deliver log files to S3 (typically within 5 minutes) and optionally to CloudWatch Logs and EventBridge', CT_TRAILS),
    text('cloudtrail.insights', 'CloudTrail Insights', 'behaviour', 'Detects unusual API call rates and error rates', CT_INSIGHTS),
    text('cloudtrail.price', 'Price', 'price', 'First copy of management events free; data events $0.10 per 100,000', CT_PRICING),
  ],
};

/**
 * CloudTrail Lake, a feature of CloudTrail with a lifecycle of its own (issue 13): AWS closed it to new customers on
 * 31 May 2026 (announced 31 March 2026 in the CloudTrail document history); trails and event history stay open.
 */
export const cloudtrailLake: ServiceCard = {
  id: 'cloudtrail-lake',
  parent: 'cloudtrail',
  name: 'AWS CloudTrail Lake',
  summary: 'SQL queries over events kept in immutable event data stores (up to 10 years); closed to new customers.',
  // An event data store is Lake's storage: the words also name `AWS::CloudTrail::EventDataStore` and
  // `aws_cloudtrail_event_data_store` (resource-services.ts matches a type's words against these aliases).
  aliases: ['CloudTrail Lake', 'AWS CloudTrail Lake', 'CloudTrail event data store', 'CloudTrail event data stores'],
  category: 'Management',
  docs: CT_LAKE,
  status: {
    state: 'closed-to-new-customers',
    since: '2026-05-31',
    successor: 'Amazon CloudWatch',
    source: CT_LAKE_AVAILABILITY,
    note: 'Existing customers can continue to use the service as normal; AWS points to CloudWatch for similar capabilities.',
  },
  facts: [
    text('cloudtrail-lake.lifecycle', 'Availability', 'lifecycle', 'No longer open to new customers since 31 May 2026; existing customers can continue to use it as normal', CT_LAKE_AVAILABILITY, {
      checked: '2026-12-07',
      detail: 'For capabilities similar to CloudTrail Lake, AWS points to CloudWatch. Trails and the 90-day event history of CloudTrail are not affected.',
    }),
    text('cloudtrail-lake.queries', 'Queries', 'behaviour', 'SQL queries over event data stores: immutable collections of events chosen with advanced event selectors, stored in Apache ORC', CT_LAKE, {
      checked: '2026-12-07',
    }),
    text('cloudtrail-lake.retention', 'Event data store retention', 'retention', 'Up to 3,653 days (10 years) or 2,557 days (7 years), depending on the pricing option', CT_LAKE),
  ],
};

export const config: ServiceCard = {
  id: 'config',
  name: 'AWS Config',
  summary: 'Records resource configuration history and evaluates it against rules and conformance packs, with optional remediation.',
  aliases: ['AWS Config', 'Config rule', 'Config rules', 'AWS Config rules', 'conformance pack', 'conformance packs', 'Config aggregator', 'configuration recorder'],
  ambiguousAliases: ['Config'],
  category: 'Management',
  docs: CONFIG,
  facts: [
    text('config.managed-rules', 'AWS managed rules', 'count', 'Several hundred (300+)', CONFIG_MANAGED, {
      seedLine: 3607,
      changed: { notes: 'over 75', note: 'AWS Config now offers well over 300 managed rules.' },
    }),
    list('config.triggers', 'Rule triggers', 'behaviour', ['configuration change', 'periodic (a frequency you choose, such as every 24 hours)'], CONFIG_EVAL),
    num('config.rules', 'Config rules per account per Region', 'limit', 1_000, 'count', CONFIG_LIMITS, { hardLimit: true }),
    range('config.retention', 'Configuration item retention', { min: 30, max: 2_557, default: 2_557 }, 'days', CONFIG_RETENTION, { hardLimit: true, detail: '7 years by default.' }),
    text('config.remediation', 'Remediation', 'behaviour', 'Manual or automatic, using Systems Manager Automation documents', CONFIG_REMEDIATION),
    price('config.item-price', 'Per configuration item recorded (continuous)', 0.003, CONFIG_PRICING, { detail: 'Rule evaluations from $0.001 each.' }),
  ],
};

export const cloudformation: ServiceCard = {
  id: 'cloudformation',
  name: 'AWS CloudFormation',
  summary: 'Infrastructure as code: JSON/YAML templates provisioned as stacks, with change sets, drift detection and StackSets.',
  aliases: ['CloudFormation', 'AWS CloudFormation', 'Cloudformation', 'CFN', 'CloudFormation stack', 'CloudFormation stacks', 'CloudFormation template', 'StackSets', 'change set', 'change sets'],
  category: 'Management',
  docs: CFN,
  facts: [
    text('cloudformation.ordering', 'Creation order', 'behaviour', 'From dependencies: Ref, Fn::GetAtt and Fn::Sub make implicit ones, DependsOn explicit ones; otherwise resources are created, updated and deleted in parallel as far as possible', CFN_DEPENDSON, {
      seedLine: 4396,
      changed: { notes: 'resources created in the order specified', note: 'Order comes from dependencies; template position is irrelevant.' },
    }),
    num('cloudformation.resources-per-stack', 'Resources per stack', 'limit', 500, 'count', CFN_LIMITS, { hardLimit: true }),
    num('cloudformation.stacks', 'Stacks per account per Region', 'quota', 2_000, 'count', CFN_LIMITS, { hardLimit: false, names: { counted: ['stacks per Region', 'stacks per account', 'stacks'] } }),
    list('cloudformation.template-size', 'Template body size', 'limit', ['51,200 bytes inline', '1 MB from S3'], CFN_LIMITS),
    num('cloudformation.parameters', 'Parameters per template', 'limit', 200, 'count', CFN_LIMITS, { hardLimit: true }),
    // Raised with resources and parameters on 22 October 2020 (the release history): 60 outputs and 100 mappings before.
    num('cloudformation.outputs', 'Outputs per template', 'limit', 200, 'count', CFN_OUTPUTS, {
      hardLimit: true,
      checked: '2026-12-07',
      sourceSection: 'Syntax: you can declare a maximum of 200 outputs in a template',
      quota: { adjustable: false },
      history: [{ value: '60 outputs', until: '2020-10', source: CFN_RELEASE_HISTORY }],
      names: { counted: ['outputs', 'stack outputs', 'template outputs'] },
    }),
    num('cloudformation.mappings', 'Mappings per template', 'limit', 200, 'count', CFN_LIMITS, {
      hardLimit: true,
      checked: '2026-12-07',
      sourceSection: 'Mappings: maximum number of mappings that you can declare in your template, 200 mappings',
      quota: { adjustable: false },
      history: [{ value: '100 mappings', until: '2020-10', source: CFN_RELEASE_HISTORY }],
      names: { counted: ['mappings'] },
    }),
    text('cloudformation.composer', 'Visual designer', 'lifecycle', 'AWS Infrastructure Composer (renamed from Application Composer in October 2024)', COMPOSER, {
      seedLine: 4407,
      changed: { notes: 'Application Composer', note: 'Renamed AWS Infrastructure Composer.' },
    }),
    text('cloudformation.price', 'Price', 'price', 'No charge for AWS resource types; third-party/private registry handlers are billed per operation', CFN_PRICING),
  ],
};

export const ssm: ServiceCard = {
  id: 'ssm',
  name: 'AWS Systems Manager',
  summary: 'Operations hub for managed nodes: Session Manager, Run Command, Patch Manager, Automation, Parameter Store and more.',
  aliases: ['Systems Manager', 'AWS Systems Manager', 'SSM', 'SSM Agent', 'Run Command', 'Patch Manager', 'Maintenance Windows', 'Maintenance Window', 'SSM Automation', 'Automation runbook', 'State Manager', 'Fleet Manager'],
  category: 'Management',
  docs: SSM,
  facts: [
    list('ssm.capabilities', 'Main capabilities', 'behaviour', ['Session Manager', 'Run Command', 'Patch Manager', 'Automation', 'Parameter Store', 'State Manager', 'Maintenance Windows', 'Inventory', 'Fleet Manager'], SSM),
    text('ssm.prerequisites', 'Managed node prerequisites', 'behaviour', 'SSM Agent, and permissions for it: an instance profile with AmazonSSMManagedInstanceCore, or Default Host Management Configuration (IMDSv2, SSM Agent 3.2.582.0 or later)', SSM_SETUP),
    text('ssm.vpc-endpoints', 'Private subnets', 'behaviour', 'Interface endpoints ssm, ssmmessages and ec2messages instead of internet access', SSM_ENDPOINTS),
    text('ssm.price', 'Price', 'price', 'Most capabilities free for EC2; advanced-tier on-premises nodes and some features are charged', SSM_PRICING),
  ],
};

export const ssmSessionManager: ServiceCard = {
  id: 'ssm-session-manager',
  parent: 'ssm',
  name: 'AWS Systems Manager Session Manager',
  summary: 'Browser or CLI shell access to managed nodes without inbound ports, bastion hosts or SSH keys, fully audited.',
  aliases: ['Session Manager', 'SSM Session Manager', 'AWS Systems Manager Session Manager'],
  category: 'Management',
  docs: SM,
  facts: [
    text('ssm-session-manager.ports', 'Network', 'behaviour', 'Outbound HTTPS (port 443) from the managed node to the Systems Manager endpoints', SM_PREREQ),
    list('ssm-session-manager.platforms', 'Platforms', 'behaviour', ['Linux', 'macOS', 'Windows Server'], SM_PREREQ, {
      seedLine: 4453,
      changed: { notes: 'Linux and macOS', note: 'Windows managed nodes are supported too.' },
    }),
    range('ssm-session-manager.idle-timeout', 'Idle session timeout', { min: 1, max: 60, default: 20 }, 'minutes', SM_TIMEOUT, { hardLimit: true }),
    text('ssm-session-manager.logging', 'Audit', 'behaviour', 'Session logs to Amazon S3 and CloudWatch Logs (not for port-forwarding or SSH sessions)', SM_LOGGING, { checked: '2026-12-06' }),
    text('ssm-session-manager.vs-ssh', 'Alternative needing port 22', 'behaviour', 'EC2 Instance Connect (SSH); "Session Connect" is not an AWS service', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-linux-inst-eic.html', {
      seedLine: 4455,
      changed: { notes: 'Session Connect', note: 'The SSH-based service is EC2 Instance Connect.' },
    }),
  ],
};

export const costExplorer: ServiceCard = {
  id: 'cost-explorer',
  name: 'AWS Cost Explorer',
  summary: 'Visualise, analyse and forecast AWS costs and usage, with Savings Plans and Reserved Instance recommendations.',
  aliases: ['Cost Explorer', 'AWS Cost Explorer'],
  category: 'Cost management',
  docs: CE,
  facts: [
    text('cost-explorer.history', 'History and forecast', 'duration', 'Up to 13 months of history (38 months at monthly granularity with multi-year data) and a cost forecast', CE_COMPARISONS_API, {
      detail: 'The forecast comes from GetCostForecast, another operation of the same API.',
    }),
    price('cost-explorer.api-price', 'Cost Explorer API, per request', 0.01, CE_PRICING, { detail: 'The console is free.' }),
    text('cost-explorer.recommendations', 'Recommendations', 'behaviour', 'Savings Plans and Reserved Instance purchase recommendations, utilisation and coverage reports', SP_RECOMMENDATIONS, {
      seedLine: 4489,
      changed: { notes: 'Cost Explorer offers Savings Plans', note: 'Savings Plans are bought from AWS Billing; Cost Explorer recommends them.' },
    }),
  ],
};

export const costAnomalyDetection: ServiceCard = {
  id: 'cost-anomaly-detection',
  name: 'AWS Cost Anomaly Detection',
  summary: 'Machine-learning monitors that flag unusual spend by service, account, cost category or tag, with alert subscriptions.',
  aliases: ['Cost Anomaly Detection', 'AWS Cost Anomaly Detection', 'cost monitor', 'anomaly subscription'],
  category: 'Cost management',
  docs: CAD,
  facts: [
    list('cost-anomaly-detection.frequency', 'Alert frequency', 'behaviour', ['individual alerts (immediate, through an SNS topic)', 'daily summary (email)', 'weekly summary (email)'], CAD_SUBSCRIPTION_API, {
      seedLine: 4491,
      changed: { notes: 'via SNS weekly or monthly', note: 'Immediate, daily or weekly; there is no monthly option.' },
    }),
    text('cost-anomaly-detection.price', 'Price', 'price', 'No additional charge', CAD_PAGE),
    list('cost-anomaly-detection.monitors', 'Monitor types', 'behaviour', ['AWS services', 'linked accounts', 'cost categories', 'cost allocation tags'], CAD_MONITOR_API),
  ],
};
