import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const CLOUDWATCH = /\b(?:Amazon\s+)?CloudWatch\b(?!\s+(?:agent|Agent|Logs|Container\s+Insights))|\b(?:default|basic|standard|built-in)\s+(?:EC2\s+)?(?:monitoring|metrics)\b/;
/** Inside the guest OS: memory and the space used on a file system, which the hypervisor cannot see. */
const GUEST_METRIC = String.raw`(?:memory|RAM|swap|disk\s+(?:space|usage|utili[sz]ation|capacity|fullness)|free\s+disk|file\s*system\s+(?:usage|space|utili[sz]ation)|(?:used|free)\s+(?:disk\s+)?space)`;
/** Collected without anything installed, said in the ways people say it. */
const BY_DEFAULT = String.raw`(?:automatically|by\s+default|out\s+of\s+the\s+box|natively|(?:with\s+)?no\s+agent|without\s+(?:an?\s+|any\s+)?agent|for\s+free)`;
const COLLECTS = String.raw`(?:collects?|gathers?|monitors?|tracks?|reports?|captures?|records?|provides?|includes?|shows?|measures?|publishes?|sends?|exposes?)`;

/**
 * Memory or disk space among the EC2 metrics CloudWatch has without the agent: "CloudWatch automatically
 * collects memory and CPU for EC2", "memory utilization of the instances is reported by CloudWatch by
 * default", "the default EC2 metrics include disk usage".
 */
const DEFAULT_GUEST_METRICS: readonly ClaimFrame[] = [
  {
    subject: CLOUDWATCH,
    predicate: new RegExp(String.raw`\b${COLLECTS}\b[^.;:]{0,90}?\b${GUEST_METRIC}\b`, 'i'),
    reach: 60,
    ordered: true,
  },
  {
    subject: /\bEC2(?:\s+instances?)?\b|\b(?:our|the|each|every)\s+instances?\b/i,
    predicate: new RegExp(String.raw`\b(?:report|reports|send|sends|publish|publishes|emit|emits)\b[^.;:]{0,40}?\b${GUEST_METRIC}\b`, 'i'),
    reach: 20,
    ordered: true,
  },
  {
    subject: CLOUDWATCH,
    predicate: new RegExp(
      String.raw`\b${GUEST_METRIC}\b[^.;]{0,40}?\s(?:is|are)\s+(?:also\s+)?(?:collected|reported|monitored|tracked|available|included|published|captured|shown)\b`,
      'i',
    ),
    reach: 60,
  },
  {
    // "EC2 memory utilization is a default CloudWatch metric".
    subject: /\bEC2(?:\s+instances?)?\b|\b(?:our|the|each|every)\s+instances?(?:'s|')?\b/i,
    predicate: new RegExp(String.raw`\b${GUEST_METRIC}\b[^.;]{0,40}?\s(?:is|are)\s+(?:an?\s+|one\s+of\s+the\s+)?(?:default|basic|standard|built-in)\s+(?:EC2\s+)?(?:CloudWatch\s+)?metrics?\b`, 'i'),
    reach: 20,
    ordered: true,
  },
  {
    subject: /\b(?:default|basic|standard|built-in|out-of-the-box)\s+(?:EC2\s+)?(?:CloudWatch\s+)?(?:monitoring|metrics)\b/i,
    predicate: new RegExp(String.raw`\b(?:include|includes|cover|covers|contain|contains|are|show|shows)\b[^.;]{0,60}?\b${GUEST_METRIC}\b`, 'i'),
    reach: 20,
    ordered: true,
  },
];
/** The clause says the metric comes without setup (or names the default metrics). */
const DEFAULT_SAID = new RegExp(String.raw`\b${BY_DEFAULT}\b|\b(?:default|basic|standard|built-in)\s+(?:EC2\s+)?(?:CloudWatch\s+)?(?:monitoring|metrics?)\b|\bOut-of-the-Box\b`, 'i');
/** An EC2 instance is what is monitored; other services publish memory metrics of their own by default. */
const EC2 = /\bEC2\b|\binstances?\b|\bservers?\b|\bVMs?\b|\bhosts?\b/i;
const OTHER_SOURCE =
  /\bagent\b|\bCWAgent\b|\bContainer\s+Insights\b|\bECS\b|\bFargate\b|\bEKS\b|\bRDS\b|\bAurora\b|\bLambda\b|\bEnhanced\s+Monitoring\b|\bcustom\s+metrics?\b|\bElastiCache\b|\bRedis\b|\bDocumentDB\b|\bOpenSearch\b|\bcontainers?\b|\btasks?\b|\bpods?\b|\bSSM\b|\bmonitoring\s+scripts?\b|\bPutMetricData\b|\binstall(?:s|ed|ing)?\b|\bonce\b/i;

export const cloudwatchEc2MemoryMetrics: ContextRule = {
  id: 'cloudwatch-ec2-memory-metrics',
  scope: 'context',
  cue: { words: ['cloudwatch', 'default', 'basic', 'standard', 'built'] },
  description: 'CloudWatch said to collect EC2 memory or disk space by default, although that needs the CloudWatch agent.',
  rationale:
    'The metrics EC2 sends to CloudWatch by default come from the hypervisor: CPU, network, disk and EBS I/O, and status checks. Memory ' +
    'use, swap and the space used on a file system live inside the guest operating system; they reach CloudWatch only when the ' +
    'CloudWatch agent (or another collector) publishes them as custom metrics. A design that alarms on EC2 memory "out of the box" has ' +
    'no such metric. Text that names the agent, custom metrics, or a service that publishes memory itself (ECS, RDS, Lambda, ' +
    'ElastiCache) is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['cloudwatch.ec2-default-metrics'],
  fixable: false,
  examples: {
    flag: [
      { text: 'EC2 memory utilization is a default CloudWatch metric.', flagged: ['EC2 memory utilization is a default CloudWatch metric'] },
      {
        text: 'CloudWatch automatically collects CPU, memory and network metrics for every EC2 instance.',
        flagged: ['CloudWatch automatically collects CPU, memory'],
      },
      {
        text: 'Memory utilization of our EC2 hosts is reported by default in CloudWatch.',
        flagged: ['Memory utilization of our EC2 hosts is reported by default in CloudWatch'],
      },
      { text: '- The default EC2 metrics in CloudWatch include disk space and RAM.', flagged: ['default EC2 metrics in CloudWatch include disk space'] },
    ],
    pass: [
      'For EC2, memory utilization is not a default CloudWatch metric.',
      'CloudWatch collects CPU and network for EC2 by default; memory needs the CloudWatch agent.',
      'CloudWatch does not collect EC2 memory metrics by default.',
      'Does CloudWatch collect memory metrics for EC2 instances automatically?',
      'ECS publishes CPU and memory utilization to CloudWatch automatically.',
      'CloudWatch automatically collects CPU utilization and disk reads for EC2 instances.',
    ],
  },
  check(context, report) {
    if (!/\bCloudWatch\b|\bdefault|\bbasic|\bstandard|\bbuilt-in/i.test(context.text)) return;
    if (!EC2.test(context.text) || OTHER_SOURCE.test(context.text)) return;
    for (const claim of assertedClaims(context, DEFAULT_GUEST_METRICS, { requires: DEFAULT_SAID })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'EC2 sends CPU, network, disk I/O and status checks to CloudWatch by default; memory and disk space need the CloudWatch agent.',
      });
    }
  },
};
